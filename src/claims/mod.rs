//! Claims: what a sentence asserts about each quantity, read off the
//! [shallow syntax](crate::syntax) of its sentence and the resolved spans
//! (quantities, entities, dates); nothing here calls back into the numeric
//! layer.
//!
//! [`annotate`] runs once after resolution and sets every quantity's
//! `claim`:
//!
//! * **no claim** for attributive sizes and ages (`a 19-year-old man`, `a
//!   $374 million scheme`), appositive ages (`Amman, 20,`), anaphoric and
//!   background counts (`the two incidents`, `of their thirteen
//!   children`), numbers inside a source phrase (`according to two
//!   officials`), time offsets and restrictors (`in 25 years`, `for fifteen
//!   years`) and ordinals that only identify something (`the first boat
//!   rescued`);
//! * the **predicate**: a state phrase or predicative adjective right after
//!   the quantity (`nine people in intensive care`, `20 dead`); the head of
//!   the nearest verb group before it in its clause (object or adjunct:
//!   `rescued over 700`, `sentenced … to 30 months`, `was 71 years old`),
//!   else the first after it (subject: `34 have been tested` → `tested`);
//!   `are reported to have` resolves to `have` with a hedge; a relational
//!   noun (`a death toll of 45`) where no verb governs; else the nearest
//!   verb group of the sentence (elided numbers, coordination);
//! * the **subject**: the noun phrase before the verb group (through `and`
//!   to the first conjunct's subject: `killed 5 and injured 12`), or the
//!   `by` agent of a passive;
//! * the **source**: the subject of an asserting predicate (`announced three
//!   days of mourning`), `according to X`, the subject of the nearest
//!   reporting verb of the sentence (`X said`, `…, police said`, `say
//!   prosecutors`, a speaker introducing a quote), or a paragraph header
//!   `According to X:` over the sentences that follow it;
//! * **hedge**, **negated**, and the **date** span of the clause.

use crate::english::{English, english, wc};
use crate::span::{Claim, Detail, Label, QuantityKind, Span};
use crate::syntax::{NONE, Pos, Sentence, VerbGroup};
use crate::tokenize::{Token, token_at_or_after};
use std::cell::{Cell, OnceCell, Ref, RefCell};
use std::ops::Range;

/// Head nouns after an attributive duration that make it the claim's
/// predicate (`an 11-year sentence`).
const TERM_NOUNS: &[&str] = &["sentence", "term", "ban", "suspension", "prison", "jail"];

/// Head nouns after an attributive amount of money that leave the claim to
/// the verb (`pay a $10,000 civil penalty`).
const PAYMENT_NOUNS: &[&str] = &[
    "penalty", "penalties", "fine", "fines", "fee", "fees", "settlement", "restitution", "payment",
    "payments", "bribe", "bribes", "bail", "bond", "judgment", "award", "contract", "grant",
    "donation", "loan", "salary", "bonus", "ransom", "damages", "refund", "tax", "forfeiture",
    "verdict",
];

/// Nouns that relate a quantity to what it measures (`a death toll of
/// 45`, `a fine of $2 million`).
const RELATIONAL_NOUNS: &[&str] = &[
    "toll", "fine", "penalty", "workforce", "population", "budget", "capacity", "loss", "losses",
    "debt", "deficit", "revenue", "revenues", "profit", "profits", "salary", "price", "cost",
    "value", "turnout", "tally", "forfeiture", "sentence", "term", "ransom", "bail", "bill",
    "increase", "decrease", "rise", "drop", "fall", "growth", "decline",
];

/// State phrases after a quantity (`nine people in intensive care`).
const STATES: &[&[&str]] = &[
    &["in", "intensive", "care"],
    &["in", "critical", "condition"],
    &["in", "serious", "condition"],
    &["in", "hospital"],
    &["in", "custody"],
    &["in", "jail"],
    &["in", "prison"],
];

/// Predicative adjectives right after a quantity (`20 dead`).
const STATE_ADJECTIVES: &[&str] = &["dead", "missing", "homeless", "alive", "unaccounted"];

/// Predicates whose subject is the claim's source (`The government
/// announced three days of mourning`, `Estimates suggest`).
const ASSERTING: &[&str] = &[
    "announce", "confirm", "estimate", "report", "predict", "suggest", "expect", "credit", "say",
    "tell", "state", "project", "forecast", "reveal", "admit",
];

/// Reporting verbs that name a source whatever follows them; other verbs of
/// communication (`pleaded`, `sentenced`, `charged`) only before `that`, a
/// quote, a colon or a comma.
const SOURCE_VERBS: &[&str] = &[
    "say", "tell", "report", "announce", "confirm", "estimate", "state", "add", "claim", "admit",
    "predict", "suggest", "explain", "warn", "note", "write", "describe", "testify", "acknowledge",
    "reveal", "disclose", "insist", "argue", "allege", "assert", "declare", "stress", "emphasize",
    "emphasise", "indicate", "tweet", "recall", "reply", "respond",
];

/// Passive verbs that hedge an infinitive (`are reported to have`), with
/// the hedge they give.
const HEDGING_VERBS: &[(&str, &str)] = &[
    ("report", "reportedly"),
    ("say", "reportedly"),
    ("believe", "allegedly"),
    ("think", "allegedly"),
    ("suppose", "allegedly"),
    ("allege", "allegedly"),
    ("fear", "allegedly"),
    ("expect", "estimated"),
    ("estimate", "estimated"),
];

/// Words hedging a sentence, with the hedge they give.
fn hedge_of(w: &str) -> Option<&'static str> {
    // Most words asked about are prepositions: the length turns them away.
    if !(6..=11).contains(&w.len()) {
        return None;
    }
    HEDGES
        .iter()
        .find(|(word, _)| word.len() == w.len() && word.eq_ignore_ascii_case(w))
        .map(|&(_, hedge)| hedge)
}

/// Hedge words and the hedge each stands for.
const HEDGES: &[(&str, &str)] = &[
    ("reportedly", "reportedly"),
    ("allegedly", "allegedly"),
    ("supposedly", "allegedly"),
    ("purportedly", "allegedly"),
    ("alleged", "allegedly"),
    ("estimated", "estimated"),
    ("estimates", "estimated"),
    ("estimate", "estimated"),
    ("expected", "estimated"),
    ("probably", "probably"),
    ("likely", "probably"),
    ("presumably", "probably"),
];

/// The quantity's place in the text: sentence-relative tokens `a..b`.
#[derive(Clone, Copy, Debug)]
struct Q {
    span: usize,
    a: usize,
    b: usize,
    kind: QuantityKind,
}

/// What the pass reads: the text, its tokens, one sentence's syntax and the
/// spans.
struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    s: &'a Sentence,
    spans: &'a [Span],
    lex: &'a English,
    /// What the readers ask of the sentence for every quantity in it,
    /// worked out at the first asking: a sentence of many quantities costs
    /// each one the few tokens, groups and spans that can answer, not
    /// another scan of the whole sentence.
    memo: &'a Memo,
}

/// See [`Reader::memo`]. Each is a function of the sentence alone; the
/// vectors are kept from sentence to sentence.
#[derive(Debug, Default)]
struct Memo {
    /// `according to X` of the sentence: [`Reader::according_to`]`(0)`.
    according: OnceCell<Option<Range<usize>>>,
    /// The tokens that are hedge words or prepositions, in order.
    hedge_marks: Lazy<usize>,
    /// Per verb group: [`Reader::is_source_verb`].
    source_verbs: Lazy<bool>,
    /// The least `last` token of the groups whose verb is `deny`
    /// (`usize::MAX` if none).
    first_denial_end: OnceCell<usize>,
    /// The date spans inside the sentence (indices into the spans).
    dates: Lazy<usize>,
}

impl Memo {
    /// Forgets the last sentence.
    fn reset(&mut self) {
        self.according = OnceCell::new();
        self.first_denial_end = OnceCell::new();
        self.hedge_marks.reset();
        self.source_verbs.reset();
        self.dates.reset();
    }
}

/// A vector worked out at the first asking, its storage kept for the next
/// sentence.
#[derive(Debug)]
struct Lazy<T> {
    ready: Cell<bool>,
    items: RefCell<Vec<T>>,
}

impl<T> Default for Lazy<T> {
    fn default() -> Lazy<T> {
        Lazy {
            ready: Cell::new(false),
            items: RefCell::new(Vec::new()),
        }
    }
}

impl<T> Lazy<T> {
    fn reset(&mut self) {
        self.ready.set(false);
        self.items.get_mut().clear();
    }

    /// The items, made by `fill` (which appends them) the first time.
    fn get(&self, fill: impl FnOnce(&mut Vec<T>)) -> Ref<'_, [T]> {
        if !self.ready.get() {
            fill(&mut self.items.borrow_mut());
            self.ready.set(true);
        }
        Ref::map(self.items.borrow(), Vec::as_slice)
    }
}

/// Sources carried over sentence boundaries: a paragraph header `According
/// to X:` over the sentences after it, and the speaker of a quotation that
/// runs on over several sentences.
#[derive(Clone, Default)]
struct Carried {
    header: Option<(String, Option<usize>)>,
    /// The speaker of the quotation open at the sentence's start.
    quote: Option<(String, Option<usize>)>,
    /// Sentence-relative token where that quotation closes (`usize::MAX`
    /// when it runs on).
    quote_end: usize,
}

/// Where quotation marks open and close in a sentence, given whether one
/// is open at its start: the first closing mark and the last opening mark
/// left open, sentence-relative. `quotes` are the sentence's quotation
/// marks (token indices), `first` its first token.
fn quote_marks(
    text: &str,
    tokens: &[Token],
    first: usize,
    quotes: &[usize],
    mut open: bool,
) -> (Option<usize>, Option<usize>) {
    let (mut first_close, mut left_open) = (None, None);
    for &q in quotes {
        let t = &tokens[q];
        let w = text.as_bytes().get(t.start..t.end).unwrap_or_default();
        let closes = w == "”".as_bytes() || w == b"\"" && open;
        let opens = w == "“".as_bytes() || w == b"\"" && !open;
        if closes && open {
            open = false;
            first_close.get_or_insert(q - first);
            left_open = None;
        } else if opens {
            open = true;
            left_open = Some(q - first);
        }
    }
    (first_close, left_open)
}

/// The most tokens read as one sentence. The readers look across the
/// sentence of each quantity, so a longer one (a text without full stops,
/// a list run together on one line) is read in pieces of this many tokens:
/// the work per quantity stays bounded and the whole linear in the text.
/// News sentences run to 150 tokens or so.
const MAX_SENTENCE: usize = 400;

/// The sentences of a text as token ranges, from their first tokens
/// (`sentence_starts`, `0` first) and the number of tokens `len`; those
/// over [`MAX_SENTENCE`] tokens in pieces of at most that many.
fn pieces(sentence_starts: &[usize], len: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    sentence_starts
        .iter()
        .enumerate()
        .flat_map(move |(j, &first)| {
            let end = sentence_starts.get(j + 1).copied().unwrap_or(len);
            (first..end)
                .step_by(MAX_SENTENCE)
                .map(move |a| a..(a + MAX_SENTENCE).min(end))
        })
}

/// Sets the `claim` of every quantity span (see the module doc). `spans`
/// are the final spans of `text`, sorted; `tokens` its tokens, given with
/// the first token of each sentence (`0` first) and the quotation marks
/// (`"`, `“`, `”`), in order: only those tokens are visited outside the
/// sentences that hold a quantity.
pub(crate) fn annotate(
    text: &str,
    tokens: &[Token],
    sentence_starts: &[usize],
    quotes: &[usize],
    spans: &mut [Span],
    buffers: &mut Buffers,
) {
    let lex = english();
    let Buffers {
        sentence,
        claims,
        quantities,
        memo,
    } = buffers;
    claims.clear();
    let mut carried = Carried::default();
    let mut next_span = 0;
    let mut quotes = quotes;
    for range in pieces(sentence_starts, tokens.len()) {
        let (first, end) = (range.start, range.end);
        let toks = &tokens[range.clone()];
        let in_sentence = quotes.iter().take_while(|&&q| q < end).count();
        let (sentence_quotes, rest) = quotes.split_at(in_sentence);
        quotes = rest;
        let (lo, hi) = (toks[0].start, toks[toks.len() - 1].end);
        while next_span < spans.len() && spans[next_span].start < lo {
            next_span += 1;
        }
        quantities.clear();
        let mut k = next_span;
        // The spans come in order: each search for their tokens starts
        // where the last one ended.
        let mut cursor = first;
        while k < spans.len() && spans[k].start < hi {
            if let Detail::Quantity(q) = &spans[k].detail
                && let Some((a, b)) = token_range(tokens, &range, &mut cursor, &spans[k])
            {
                quantities.push(Q {
                    span: k,
                    a,
                    b,
                    kind: q.kind,
                });
            }
            k += 1;
        }
        let is_header = starts_with_according(text, toks) && toks[toks.len() - 1].text(text) == ":";
        let heading = !is_header && is_heading(text, toks);
        let (close, left_open) = quote_marks(
            text,
            tokens,
            first,
            sentence_quotes,
            carried.quote.is_some(),
        );
        carried.quote_end = close.unwrap_or(usize::MAX);
        if heading {
            carried.header = None;
        }
        if !quantities.is_empty() || is_header {
            sentence.analyse(text, tokens, range.clone(), lex);
            let r = Reader::new(text, tokens, sentence, spans, lex, memo);
            if is_header {
                carried.header = r.according_to(0).map(|np| r.source_text(np));
            } else {
                for q in quantities.iter() {
                    claims.push((q.span, r.claim(*q, &carried)));
                }
            }
            // A quotation left open runs on with its speaker.
            carried.quote = left_open.and_then(|at| r.quote_speaker(at));
        } else if let Some(at) = left_open {
            carried.quote =
                quote_speaker_before(text, tokens, range.start, at, spans, sentence, memo);
        } else if close.is_some() || heading {
            carried.quote = None;
        }
    }
    for (k, claim) in claims.drain(..) {
        if let Detail::Quantity(q) = &mut spans[k].detail {
            q.claim = claim;
        }
    }
}

/// The speaker of a quotation opening at sentence token `at` (sentence
/// tokens start at `first`), in a sentence with no claims to read: only the
/// tokens up to the quotation mark are analysed. The speaker is read off the
/// verb groups ending before the mark and the noun phrases before them, and
/// the syntax of a token looks at most one token ahead, so the analysis of
/// those tokens is the same with or without the rest of the sentence. A
/// speaker is the subject of a reporting verb: where the lexicon finds
/// none before the mark, the tags are not worked out.
fn quote_speaker_before(
    text: &str,
    tokens: &[Token],
    first: usize,
    at: usize,
    spans: &[Span],
    sentence: &mut Sentence,
    memo: &mut Memo,
) -> Option<(String, Option<usize>)> {
    let lex = english();
    let range = first..first + at + 1;
    sentence.look_up(text, tokens, range.clone(), lex);
    if !sentence.info.iter().any(|i| i.is(wc::REPORTING)) {
        return None;
    }
    sentence.finish(text, &tokens[range]);
    Reader::new(text, tokens, sentence, spans, lex, memo).quote_speaker(at)
}

/// The vectors one thread reuses from text to text: a sentence's syntax,
/// its quantities and the claims made so far.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    sentence: Sentence,
    claims: Vec<(usize, Option<Claim>)>,
    quantities: Vec<Q>,
    memo: Memo,
}

/// The sentence-relative tokens of a span inside sentence `range`. The
/// search gallops from `cursor` (a token at or before the span's first)
/// and leaves it at that first token: a sentence's spans come in order, so
/// a long sentence costs a few steps per span, not a binary search each.
fn token_range(
    tokens: &[Token],
    range: &std::ops::Range<usize>,
    cursor: &mut usize,
    span: &Span,
) -> Option<(usize, usize)> {
    let at = |from: usize, offset: usize| token_at_or_after(tokens, from, offset).min(range.end);
    let a = at(*cursor, span.start);
    let b = at(a, span.end);
    *cursor = a;
    (a < b).then_some((a - range.start, b - range.start))
}

fn starts_with_according(text: &str, toks: &[Token]) -> bool {
    toks.len() > 3
        && toks[0].text(text).eq_ignore_ascii_case("according")
        && toks[1].text(text).eq_ignore_ascii_case("to")
}

/// A line without final punctuation (a heading) ends a header's scope.
fn is_heading(text: &str, toks: &[Token]) -> bool {
    let last = toks.last().map_or("", |t| t.text(text));
    toks.len() < 12
        && !matches!(last, "." | "!" | "?" | "\"" | "”" | ":" | "'" | "’" | ")")
        && toks.first().is_some_and(Token::is_capitalized)
}

impl<'a> Reader<'a> {
    fn word(&self, k: usize) -> &str {
        self.tokens[self.s.offset + k].text(self.text)
    }

    fn is(&self, k: usize, words: &[&str]) -> bool {
        if k >= self.s.len() {
            return false;
        }
        let t = &self.tokens[self.s.offset + k];
        let word = self.text.as_bytes().get(t.start..t.end).unwrap_or_default();
        words
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
    }

    fn new(
        text: &'a str,
        tokens: &'a [Token],
        s: &'a Sentence,
        spans: &'a [Span],
        lex: &'a English,
        memo: &'a mut Memo,
    ) -> Reader<'a> {
        memo.reset();
        Reader {
            text,
            tokens,
            s,
            spans,
            lex,
            memo,
        }
    }

    /// Byte range of sentence tokens `a..b`.
    fn bytes(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.tokens[self.s.offset + a].start..self.tokens[self.s.offset + b - 1].end
    }

    fn claim(&self, mut q: Q, carried: &Carried) -> Option<Claim> {
        // A verb the quantity rules took into the span (`estimated 120
        // people`) is read as the verb it is.
        while q.a + 1 < q.b && self.s.pos[q.a] == Pos::Verb && self.s.info[q.a].is(wc::REPORTING) {
            q.a += 1;
        }
        if self.no_claim(q) {
            return None;
        }
        let pred = self.predicate(q)?;
        let mut claim = Claim::default();
        if let Some(g) = pred.group {
            claim.negated = g.negated || self.denied(q);
            if let Some(np) = self.subject(q, g) {
                claim.subject_ref = self.entity_in(np.clone());
                claim.subject = Some(self.np_text(np));
            }
        }
        claim.hedge = pred
            .hedge
            .map(str::to_string)
            .or_else(|| self.hedge(q, &pred));
        let source = self
            .source(q, &pred)
            .map(|np| self.source_text(np))
            .or_else(|| {
                (q.b <= carried.quote_end)
                    .then(|| carried.quote.clone())
                    .flatten()
            })
            .or_else(|| carried.header.clone());
        if let Some((text, r)) = source {
            claim.source = Some(text);
            claim.source_ref = r;
        }
        claim.date_ref = self.date(q, &pred);
        // Last, as the rest reads the predicate: its strings move, not copy.
        claim.predicate = pred.text;
        claim.lemma = pred.lemma;
        Some(claim)
    }

    /// The cases where the number asserts nothing (module doc).
    fn no_claim(&self, q: Q) -> bool {
        let s = self.s;
        let n = s.len();
        let prev = q.a.checked_sub(1);
        let next_noun = q.b < n && matches!(s.pos[q.b], Pos::Noun | Pos::Adj | Pos::Name);
        let single = q.b == q.a + 1;
        let hyphen_mod = single
            && self.word(q.a).contains('-')
            && !matches!(q.kind, QuantityKind::Ordinal | QuantityKind::Count);
        // `a 19-year-old man`, `the 70 meter memorial hall`, `a 2000 year
        // old tradition`
        let measured = !matches!(q.kind, QuantityKind::Count | QuantityKind::Ordinal);
        let after_det = prev.is_some_and(|p| {
            s.pos[p] == Pos::Det
                || s.pos[p] == Pos::Poss
                || matches!(s.pos[p], Pos::Adj | Pos::Verb) && p > 0 && s.pos[p - 1] == Pos::Det
        });
        if next_noun && (hyphen_mod || measured && after_det) {
            let head = self.noun_head(q.b);
            if q.kind == QuantityKind::Money && self.is(head, PAYMENT_NOUNS) {
                return false;
            }
            return !(q.kind == QuantityKind::Duration && self.is(head, TERM_NOUNS));
        }
        if let Some(p) = prev {
            // Appositive ages: `Amman, 20,`
            if q.kind == QuantityKind::Age
                && self.word(p) == ","
                && (q.b >= n || matches!(self.word(q.b), "," | ")" | "."))
            {
                return true;
            }
            // Anaphoric and background counts: `the two incidents`, `of
            // their thirteen children`, `the territory's six delegates`.
            if q.kind != QuantityKind::Ordinal
                && (s.info[p].is(wc::DEFINITE) || s.pos[p] == Pos::Poss)
            {
                return true;
            }
        }
        if self.in_according_phrase(q.a) {
            return true;
        }
        if q.kind == QuantityKind::Duration && self.is_time_offset(q.a) {
            return true;
        }
        q.kind == QuantityKind::Ordinal && !self.ordinal_is_predicated(q.a)
    }

    /// The last noun of the run of nouns and adjectives from `k`.
    fn noun_head(&self, k: usize) -> usize {
        let mut h = k;
        let mut j = k;
        while j < self.s.len()
            && matches!(self.s.pos[j], Pos::Noun | Pos::Adj | Pos::Verb)
            && j < k + 5
        {
            if self.s.pos[j] == Pos::Noun {
                h = j;
            }
            if self.s.pos[j] == Pos::Verb {
                break;
            }
            j += 1;
        }
        h
    }

    /// True if token `a` follows `according to` inside its noun phrase.
    fn in_according_phrase(&self, a: usize) -> bool {
        let mut j = a;
        while j >= 2 && a - j < 8 {
            if self.is(j - 2, &["according"]) && self.is(j - 1, &["to"]) {
                return true;
            }
            if !self.s.in_np(j - 1) && !self.is(j - 1, &["of"]) {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// `in 25 years`, `for fifteen years`, `in the next six months`, `no
    /// later than 45 days`.
    fn is_time_offset(&self, a: usize) -> bool {
        let mut j = a;
        while j > 0
            && self.is(
                j - 1,
                &[
                    "the", "next", "last", "past", "first", "coming", "following", "previous",
                ],
            )
        {
            j -= 1;
        }
        // `hospitalized for three days` measures the verb's event.
        let after_verb = j >= 2 && self.s.group_of[j - 2] != NONE;
        j > 0 && (self.is(j - 1, &["in"]) || self.is(j - 1, &["for"]) && !after_verb)
            || j >= 2 && self.is(j - 1, &["than"]) && self.is(j - 2, &["later", "earlier"])
    }

    /// An ordinal asserts something only after a verb of its clause (`will
    /// be the 95th case`, `is not the first time`).
    fn ordinal_is_predicated(&self, a: usize) -> bool {
        let s = self.s;
        let mut j = a;
        while j > 0 && matches!(s.pos[j - 1], Pos::Det | Pos::Adj | Pos::Neg | Pos::Adv) {
            j -= 1;
        }
        j > 0 && s.group_of[j - 1] != NONE
    }

    fn groups_in_clause(&self, clause: u32) -> impl Iterator<Item = &VerbGroup> {
        self.s
            .groups
            .iter()
            .filter(move |g| self.s.clause[g.head] == clause)
    }

    fn predicate(&self, q: Q) -> Option<Pred> {
        let s = self.s;
        let clause = s.clause[q.a];
        let before = self
            .groups_in_clause(clause)
            .filter(|g| g.last < q.a)
            .last()
            .copied();
        if let Some(p) = self.term_after(q) {
            return Some(p);
        }
        if let Some(g) = before {
            if self.lemma_str(g.head) == "be"
                && let Some(after) = self.modifying_clause(q)
            {
                return Some(after);
            }
            return Some(self.group_predicate(g, None));
        }
        if let Some(p) = self.state_after(q) {
            return Some(p);
        }
        if let Some(p) = self.relational(q) {
            return Some(p);
        }
        let mut after = self.groups_in_clause(clause).filter(|g| g.first >= q.b);
        // `two databases containing user data were found`: a bare
        // participle after the subject is a modifier when a finite verb
        // follows.
        if let Some(g) = after.next().copied() {
            let bare = g.first == g.head && s.info[g.head].is(wc::VERB_ING);
            let g = match after.next() {
                Some(finite) if bare => *finite,
                _ => g,
            };
            return Some(self.subject_predicate(g));
        }
        // Elided numbers and coordination: the nearest group of the
        // sentence, not across `;` or `:`.
        let before = s
            .groups
            .iter()
            .rfind(|g| g.last < q.a && !self.hard_break(g.last, q.a))
            .copied();
        let after = s
            .groups
            .iter()
            .find(|g| g.first >= q.b && !self.hard_break(q.b, g.first))
            .copied();
        before
            .map(|g| self.group_predicate(g, None))
            .or_else(|| after.map(|g| self.subject_predicate(g)))
    }

    /// `were among eleven migrants who died`, `are among 1,000 people
    /// assisting`: after a copula, the verb of a clause that modifies the
    /// quantity.
    fn modifying_clause(&self, q: Q) -> Option<Pred> {
        let s = self.s;
        let mut k = q.b;
        if self.is(k, &["who", "that", "which"]) {
            k += 1;
        }
        let g = s.groups.iter().find(|g| g.first == k)?;
        let finite_or_participle = s.pos[g.head] == Pos::Verb;
        finite_or_participle.then(|| self.group_predicate(*g, None))
    }

    /// True if `;`, or `:` not opening a quote, comes between tokens `a`
    /// and `b`.
    fn hard_break(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            let w = self.word(k);
            w == ";" || w == ":" && !(k + 1 < self.s.len() && self.s.pos[k + 1] == Pos::Quote)
        })
    }

    /// A group after a subject quantity; `are reported to have` goes on to
    /// the infinitive, with a hedge.
    fn subject_predicate(&self, g: VerbGroup) -> Pred {
        let lemma = self.lemma_str(g.head);
        if g.passive
            && let Some(&(_, hedge)) = HEDGING_VERBS.iter().find(|(v, _)| *v == lemma)
            && let Some(next) = self.s.groups.iter().find(|n| n.first == g.last + 1)
            && next.infinitive
        {
            return self.group_predicate(*next, Some(hedge));
        }
        self.group_predicate(g, None)
    }

    fn group_predicate(&self, g: VerbGroup, hedge: Option<&'static str>) -> Pred {
        Pred {
            text: self.word(g.head).to_string(),
            lemma: self.lemma_of(g.head),
            group: Some(g),
            hedge,
            at: g.head,
        }
    }

    /// The lemma of token `k` for comparisons: a verb's lemma, else the
    /// word as written.
    fn lemma_str(&self, k: usize) -> &str {
        let i = self.s.info[k];
        if i.is(wc::BE) {
            "be"
        } else if i.is(wc::HAVE) {
            "have"
        } else if i.is(wc::DO) {
            "do"
        } else {
            match self.lex.lemma(i) {
                Some(l) if i.is(wc::VERB) => l,
                _ => self.word(k),
            }
        }
    }

    fn lemma_of(&self, k: usize) -> String {
        let i = self.s.info[k];
        if i.is(wc::BE) {
            return "be".into();
        }
        if i.is(wc::HAVE) {
            return "have".into();
        }
        if i.is(wc::DO) {
            return "do".into();
        }
        match self.lex.lemma(i) {
            Some(l) if i.is(wc::VERB) => l.to_string(),
            _ => self.word(k).to_ascii_lowercase(),
        }
    }

    /// `nine people in intensive care`, `20 dead`, `an 11-year sentence`.
    fn state_after(&self, q: Q) -> Option<Pred> {
        let b = q.b;
        for phrase in STATES {
            if (0..phrase.len()).all(|k| self.is(b + k, &[phrase[k]])) {
                let r = self.bytes(b, b + phrase.len());
                let text = self.text[r].to_string();
                return Some(Pred {
                    lemma: text.to_ascii_lowercase(),
                    text,
                    group: None,
                    hedge: None,
                    at: b,
                });
            }
        }
        if self.is(b, STATE_ADJECTIVES) {
            return Some(Pred {
                text: self.word(b).to_string(),
                lemma: self.word(b).to_ascii_lowercase(),
                group: None,
                hedge: None,
                at: b,
            });
        }
        None
    }

    /// `an 11-year sentence`: the term noun a duration modifies.
    fn term_after(&self, q: Q) -> Option<Pred> {
        let term = q.kind == QuantityKind::Duration
            && q.b == q.a + 1
            && q.b < self.s.len()
            && self.word(q.a).contains('-')
            && self.is(self.noun_head(q.b), TERM_NOUNS);
        let at = self.noun_head(q.b);
        term.then(|| Pred {
            text: self.word(at).to_string(),
            lemma: self.word(at).to_ascii_lowercase(),
            group: None,
            hedge: None,
            at,
        })
    }

    /// `a death toll of 45`, `a fine of $2 million`: the noun before `of`.
    fn relational(&self, q: Q) -> Option<Pred> {
        let of = q.a.checked_sub(1)?;
        let noun = of.checked_sub(1)?;
        if !self.is(of, &["of"]) || !self.is(noun, RELATIONAL_NOUNS) {
            return None;
        }
        Some(Pred {
            text: self.word(noun).to_string(),
            lemma: self.word(noun).to_ascii_lowercase(),
            group: None,
            hedge: None,
            at: noun,
        })
    }

    /// The subject of the predicate group, when the quantity is not it.
    fn subject(&self, q: Q, g: VerbGroup) -> Option<std::ops::Range<usize>> {
        let s = self.s;
        if g.passive {
            // A passive's agent did it (`were killed by the storm`, `was
            // fined $500 by the court`); the noun phrase before the verb
            // only underwent it.
            let clause = s.clause[g.head];
            let by = (g.last + 1..s.len())
                .take_while(|&k| s.clause[k] == clause)
                .find(|&k| self.is(k, &["by"]))?;
            let end = s.np_starting_at(by + 1)?;
            return Some(by + 1..end);
        }
        if g.first >= q.b {
            // The quantity is the subject.
            return None;
        }
        let mut end = g.first;
        while end > 0 && matches!(s.pos[end - 1], Pos::Adv | Pos::Neg) {
            end -= 1;
        }
        if end > 0 && s.pos[end - 1] == Pos::Coord {
            // `killed 5 and injured 12`: the first conjunct's subject.
            let first = s.groups.iter().rfind(|h| h.last < end - 1)?;
            return self.subject(q, *first);
        }
        if end > 0 && s.pos[end - 1] == Pos::Subord && self.is(end - 1, &["who", "which", "that"]) {
            return self.np_before(end - 1);
        }
        self.np_before(end)
    }

    /// `Officials denied that 30 people were killed`.
    fn denied(&self, q: Q) -> bool {
        let first_end = self.memo.first_denial_end.get_or_init(|| {
            self.s
                .groups
                .iter()
                .filter(|g| self.lemma_str(g.head) == "deny")
                .map(|g| g.last)
                .min()
                .unwrap_or(usize::MAX)
        });
        *first_end < q.a
    }

    /// A hedge word in the quantity's or the predicate's clause, in the
    /// span, or before the first verb of the sentence.
    fn hedge(&self, q: Q, pred: &Pred) -> Option<String> {
        let s = self.s;
        let clauses = [s.clause[q.a], s.clause[pred.at]];
        let first_verb = s.groups.first().map_or(s.len(), |g| g.first);
        // Few words are hedges or prepositions: only those are read.
        let marks = self.memo.hedge_marks.get(|v| {
            v.extend((0..s.len()).filter(|&k| s.info[k].is(wc::HEDGE) || s.pos[k] == Pos::Prep));
        });
        for &k in marks.iter() {
            let near = clauses.contains(&s.clause[k]) || k < first_verb || (q.a..q.b).contains(&k);
            if !near {
                continue;
            }
            let w = self.word(k);
            if let Some(h) = hedge_of(w) {
                // `expected` hedges only as `expected to`.
                if w.eq_ignore_ascii_case("expected") && !self.is(k + 1, &["to"]) {
                    continue;
                }
                return Some(h.to_string());
            }
            if self.s.according_to_at(k) {
                let end = s.np_starting_at(k + 2).unwrap_or(k + 2);
                if (k + 2..end).any(|j| self.is(j, &["reports", "report"])) && k < first_verb {
                    return Some("reportedly".into());
                }
            }
        }
        None
    }

    /// The noun phrase after `according to` at or after token `from`.
    fn according_to(&self, from: usize) -> Option<std::ops::Range<usize>> {
        let n = self.s.len();
        let k = self.s.find_according_to(from)?;
        let end = self.s.np_starting_at(k + 2)?;
        // `according to a report on Wednesday by UpGuard`: the author.
        let mut j = end;
        while j < n && j < end + 8 && !matches!(self.word(j), "," | ";" | ":") {
            if self.is(j, &["by"])
                && let Some(e) = self.s.np_starting_at(j + 1)
            {
                return Some(j + 1..e);
            }
            j += 1;
        }
        Some(k + 2..end)
    }

    /// Who says so (module doc), as a sentence-relative token range: the
    /// innermost speaker first (the nearest reporting verb before the
    /// quantity), then `according to X`, the subject of an asserting
    /// predicate, and a reporting verb after the claim.
    fn source(&self, q: Q, pred: &Pred) -> Option<std::ops::Range<usize>> {
        let s = self.s;
        let source_verbs = self
            .memo
            .source_verbs
            .get(|v| v.extend(s.groups.iter().map(|g| self.is_source_verb(g))));
        // The groups in order, each with whether it is a reporting verb
        // of a source other than the predicate, outside the quantity.
        let groups = s
            .groups
            .iter()
            .zip(source_verbs.iter())
            .map(|(g, &source)| {
                let reporting = source
                    && Some(*g) != pred.group
                    && !(g.head..=g.last).any(|k| (q.a..q.b).contains(&k));
                (g, reporting)
            });
        // The nearest reporting verb before the quantity whose subject is
        // a noun phrase (a participle such as `stating` goes on to the one
        // before it).
        for (g, _) in groups
            .clone()
            .filter(|(g, _)| g.last < q.a)
            .rev()
            .filter(|&(_, reporting)| reporting)
        {
            if let Some(np) = self.speaker(g, false) {
                return Some(np);
            }
        }
        if let Some(g) = pred.group
            && g.last < q.a
            && ASSERTING.contains(&pred.lemma.as_str())
            && let Some(np) = self.subject(q, g)
            && s.pos[np.start] != Pos::Pron
        {
            return Some(np);
        }
        if let Some(np) = self
            .memo
            .according
            .get_or_init(|| self.according_to(0))
            .clone()
            && !self.hard_break(np.start.min(q.a), np.end.max(q.b))
        {
            return Some(np);
        }
        // `…, police said.`, `…, say prosecutors.`
        let after = pred.group.map_or(q.b, |g| g.last.max(q.b - 1) + 1);
        for (g, _) in groups
            .filter(|(g, _)| g.first >= after)
            .filter(|&(_, reporting)| reporting)
        {
            if self.hard_break(after, g.first) {
                break;
            }
            if let Some(np) = self.speaker(g, true).or_else(|| self.np_before(g.first)) {
                return Some(np);
            }
        }
        None
    }

    /// The speaker of a quotation opening at token `at`: the speaker of the
    /// nearest reporting verb before it.
    fn quote_speaker(&self, at: usize) -> Option<(String, Option<usize>)> {
        let np = self
            .s
            .groups
            .iter()
            .filter(|g| g.last < at)
            .rev()
            .filter(|g| self.is_source_verb(g))
            .find_map(|g| self.speaker(g, false))?;
        Some(self.source_text(np))
    }

    /// A reporting verb that names a source (see [`SOURCE_VERBS`]).
    fn is_source_verb(&self, g: &VerbGroup) -> bool {
        let s = self.s;
        if !s.info[g.head].is(wc::REPORTING) || s.pos[g.head] != Pos::Verb {
            return false;
        }
        if SOURCE_VERBS.contains(&self.lemma_str(g.head)) {
            return true;
        }
        let next = g.last + 1;
        next < s.len() && (s.pos[next] == Pos::Quote || self.is(next, &["that", ":", ","]))
    }

    /// The speaker of a reporting group: the noun phrase before it (the
    /// name before an apposition: `Jain, the city's minister, said`), or
    /// after it when it follows a comma (`…, said police`, `…, announced
    /// Attorney General Jane Roe and Sheriff John Doe`); pronouns are not
    /// sources.
    fn speaker(&self, g: &VerbGroup, after_claim: bool) -> Option<std::ops::Range<usize>> {
        let s = self.s;
        let mut end = g.first;
        while end > 0 && matches!(s.pos[end - 1], Pos::Adv | Pos::Neg) {
            end -= 1;
        }
        // `…, said X` and `"…," said X`.
        let comma_before = end > 0 && (self.word(end - 1) == "," || s.pos[end - 1] == Pos::Quote);
        let np = if comma_before && after_claim {
            self.names_after(g.last + 1)
        } else if comma_before {
            self.before_apposition(end - 1)
        } else {
            self.np_before(end)
        }?;
        (s.pos[np.start] != Pos::Pron && !s.info[np.start].is(wc::REL)).then_some(np)
    }

    /// The noun phrase ending at `end`, past a bracketed acronym (`the World
    /// Health Organization (WHO) has confirmed`).
    fn np_before(&self, end: usize) -> Option<std::ops::Range<usize>> {
        if end >= 3 && self.word(end - 1) == ")" && self.word(end - 3) == "(" {
            return self.s.np_ending_at(end - 3);
        }
        self.s.np_ending_at(end)
    }

    /// `X, the lead author and a specialist, said`, `X, speaking for the
    /// ministry, said`: the noun phrase before the apposition that ends at
    /// the comma `comma`.
    fn before_apposition(&self, comma: usize) -> Option<std::ops::Range<usize>> {
        let s = self.s;
        let mut k = comma;
        // An apposition has no verb, but may open with a participle right
        // after its comma (`X, speaking for the ministry, said`).
        let opens_participle =
            |j: usize| j > 0 && self.word(j - 1) == "," && s.info[j].is(wc::VERB_ING);
        while k > 0
            && comma - k < 14
            && self.word(k - 1) != ","
            && (s.group_of[k - 1] == NONE || opens_participle(k - 1))
        {
            k -= 1;
        }
        if k > 0
            && self.word(k - 1) == ","
            && let Some(np) = self.np_before(k - 1)
        {
            return Some(np);
        }
        self.np_before(comma)
    }

    /// The names after a reporting verb, through `,` and `and`.
    fn names_after(&self, start: usize) -> Option<std::ops::Range<usize>> {
        let s = self.s;
        let mut end = s.np_starting_at(start)?;
        while end + 1 < s.len()
            && self.is(end, &[",", "and"])
            && matches!(s.pos[end + 1], Pos::Name | Pos::Coord)
        {
            let from = if s.pos[end + 1] == Pos::Coord {
                end + 2
            } else {
                end + 1
            };
            match s.np_starting_at(from) {
                Some(e) if e > from => end = e,
                _ => break,
            }
        }
        Some(start..end)
    }

    /// The date span of the quantity's (or the predicate's) clause.
    fn date(&self, q: Q, pred: &Pred) -> Option<usize> {
        let s = self.s;
        let clauses = [s.clause[q.a], s.clause[pred.at]];
        let dates = self.memo.dates.get(|v| {
            let lo = self.tokens[s.offset].start;
            let hi = self.tokens[s.offset + s.len() - 1].end;
            let first = self.spans.partition_point(|sp| sp.start < lo);
            v.extend(
                (first..self.spans.len())
                    .take_while(|&k| self.spans[k].start < hi)
                    .filter(|&k| self.spans[k].label == Label::Date),
            );
        });
        dates.iter().copied().find(|&k| {
            self.token_at(self.spans[k].start)
                .is_some_and(|t| clauses.contains(&s.clause[t]))
        })
    }

    /// The sentence-relative token starting at byte `at`.
    fn token_at(&self, at: usize) -> Option<usize> {
        let toks = &self.tokens[self.s.offset..self.s.offset + self.s.len()];
        let k = toks.partition_point(|t| t.start < at);
        (k < toks.len()).then_some(k)
    }

    /// The index of the entity span inside tokens `np` (the last one, the
    /// head of `the government of Oman`... the first for a name list).
    fn entity_in(&self, np: std::ops::Range<usize>) -> Option<usize> {
        let r = self.bytes(np.start, np.end);
        let first = self.spans.partition_point(|sp| sp.start < r.start);
        (first..self.spans.len())
            .take_while(|&k| self.spans[k].end <= r.end)
            .find(|&k| {
                matches!(self.spans[k].detail, Detail::Entity(_))
                    && self.spans[k].label != Label::Date
            })
    }

    /// A noun phrase up to the first date span inside it (`the Center late
    /// today`).
    fn cut_at_date(&self, np: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let r = self.bytes(np.start, np.end);
        let first = self.spans.partition_point(|sp| sp.end <= r.start);
        let date = (first..self.spans.len())
            .take_while(|&k| self.spans[k].start < r.end)
            .find(|&k| self.spans[k].label == Label::Date && self.spans[k].start > r.start);
        let ends_np = |k: usize| self.spans[k].end >= r.end;
        let mut end = match date
            .filter(|&k| ends_np(k))
            .and_then(|k| self.token_at(self.spans[k].start))
        {
            Some(t) if t > np.start => t,
            _ => return np,
        };
        while end > np.start + 1 && !matches!(self.s.pos[end - 1], Pos::Noun | Pos::Name) {
            end -= 1;
        }
        np.start..end
    }

    /// A noun phrase's text without leading determiners.
    fn np_text(&self, np: std::ops::Range<usize>) -> String {
        let mut a = np.start;
        while a + 1 < np.end && self.s.pos[a] == Pos::Det {
            a += 1;
        }
        self.text[self.bytes(a, np.end)].to_string()
    }

    /// A source's text (no articles; people's names without their titles,
    /// joined with `and`) and its entity span.
    fn source_text(&self, np: std::ops::Range<usize>) -> (String, Option<usize>) {
        let np = self.cut_at_date(np);
        let r = self.bytes(np.start, np.end);
        let first = self.spans.partition_point(|sp| sp.start < r.start);
        let people: Vec<usize> = (first..self.spans.len())
            .take_while(|&k| self.spans[k].end <= r.end)
            .filter(|&k| self.spans[k].label == Label::Person)
            .collect();
        let reference = self.entity_in(np.clone());
        // `District Attorney Jane Roe and Sheriff John Doe`: the names.
        if !people.is_empty() {
            let names: Vec<&str> = people
                .iter()
                .map(|&k| self.spans[k].text(self.text))
                .collect();
            let text = match names.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    format!("{} and {last}", rest.join(", "))
                }
                _ => names.concat(),
            };
            return (text, reference);
        }
        (self.np_text(np), reference)
    }
}

/// A predicate found for a quantity.
struct Pred {
    text: String,
    lemma: String,
    group: Option<VerbGroup>,
    /// A hedge the predicate itself gives (`are reported to`).
    hedge: Option<&'static str>,
    /// The token of the predicate (its clause places hedges and dates).
    at: usize,
}

#[cfg(test)]
mod tests;
