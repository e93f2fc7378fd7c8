//! A shallow syntax layer, computed once per sentence from its tokens and
//! the [`english`](crate::english) lexicon:
//!
//! * a part of speech per token ([`Pos`]), noun/verb ties (`charges`,
//!   `reports`) broken by the words around them and then by SemCor counts;
//! * **verb groups** ([`VerbGroup`]): auxiliaries, modals, adverbs and
//!   negations with the main verb they resolve to, flagged passive, perfect,
//!   progressive, modal and negated (`have been tested` → `tested`, lemma
//!   `test`, passive and perfect); a group of auxiliaries alone has the last
//!   one as its head (`was 71`);
//! * **clauses**: a clause index per token, a new clause starting at `;`,
//!   `:`, quotes, brackets, relative pronouns, subordinators, after a
//!   reporting verb, and at `and`/`or`/`but` when a verb group follows before
//!   the next noun phrase ends and the clause so far has a verb;
//! * **noun-phrase chunks**: runs of determiners, adjectives, numbers,
//!   nouns and names ([`Sentence::np_ending_at`],
//!   [`Sentence::np_starting_at`]).
//!
//! Nothing is allocated per token beyond the sentence's vectors, which the
//! caller may reuse.

use crate::english::{English, WordInfo, wc};
use crate::tokenize::{Token, TokenKind};

/// A coarse part of speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    /// A common noun.
    Noun,
    /// A capitalised word inside a sentence, or a word the lexicon lacks
    /// that starts one: a name.
    Name,
    /// A personal pronoun.
    Pron,
    /// A main verb form.
    Verb,
    /// A form of `be`, `have` or `do`.
    Aux,
    /// A modal.
    Modal,
    /// An adjective.
    Adj,
    /// An adverb.
    Adv,
    /// A determiner or possessive pronoun.
    Det,
    /// A preposition.
    Prep,
    /// `to` before a verb.
    To,
    /// A coordinating conjunction.
    Coord,
    /// A subordinating conjunction or relative pronoun.
    Subord,
    /// `not`, `never`.
    Neg,
    /// A number.
    Num,
    /// A quotation mark.
    Quote,
    /// Other punctuation.
    Punct,
    /// A possessive clitic (`'s`).
    Poss,
    /// A symbol (`$`, `%`).
    Symbol,
}

/// A verb group: `had been injured`, `will decline`, `did not say`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct VerbGroup {
    /// First token of the group (sentence-relative).
    pub(crate) first: usize,
    /// Last token of the group.
    pub(crate) last: usize,
    /// The main verb (or the last auxiliary when there is none).
    pub(crate) head: usize,
    /// `be` + past participle.
    pub(crate) passive: bool,
    /// `have` + past participle.
    pub(crate) perfect: bool,
    /// `be` + `-ing`.
    pub(crate) progressive: bool,
    /// Has a modal.
    pub(crate) modal: bool,
    /// Has `not`/`never`.
    pub(crate) negated: bool,
    /// Begins with `to` (an infinitive).
    pub(crate) infinitive: bool,
}

/// The shallow syntax of one sentence. Token indices are relative to the
/// sentence's first token ([`Sentence::offset`]).
#[derive(Debug, Default)]
pub(crate) struct Sentence {
    /// Index of the sentence's first token in the text's tokens.
    pub(crate) offset: usize,
    /// Part of speech per token.
    pub(crate) pos: Vec<Pos>,
    /// Lexicon entry per token.
    pub(crate) info: Vec<WordInfo>,
    /// Verb group index per token (`NONE` outside groups).
    pub(crate) group_of: Vec<u32>,
    /// Clause index per token.
    pub(crate) clause: Vec<u32>,
    /// The verb groups in order.
    pub(crate) groups: Vec<VerbGroup>,
    /// The few function words the analysis and the claims ask about, per
    /// token ([`OF`], [`THAN`], [`COMMA`], [`JOINS`], [`ACCORDING`], [`TO`]
    /// bits).
    marks: Vec<u8>,
}

/// The token is `of`.
const OF: u8 = 1;
/// The token is `than` (`said more than half of …`).
const THAN: u8 = 1 << 1;
/// The token is a comma.
const COMMA: u8 = 1 << 2;
/// The token is a preposition inside names and sources (`of`, `from`,
/// `for`).
const JOINS: u8 = 1 << 3;
/// The token is `according`.
const ACCORDING: u8 = 1 << 4;
/// The token is `to`.
const TO: u8 = 1 << 5;

/// The [`Sentence::marks`] bits of a token's bytes: decided by length
/// first, so that most words cost one comparison.
fn marks_of(w: &[u8]) -> u8 {
    match w.len() {
        1 if w[0] == b',' => COMMA,
        2 if w.eq_ignore_ascii_case(b"of") => OF | JOINS,
        2 if w.eq_ignore_ascii_case(b"to") => TO,
        9 if w.eq_ignore_ascii_case(b"according") => ACCORDING,
        3 if w.eq_ignore_ascii_case(b"for") => JOINS,
        4 if w.eq_ignore_ascii_case(b"from") => JOINS,
        4 if w.eq_ignore_ascii_case(b"than") => THAN,
        _ => 0,
    }
}

/// The [`Sentence::marks`] bits of a token whose lexicon entry is `info`:
/// every word they mark is a preposition, so a word or possessive the
/// lexicon files under no preposition has none and its bytes need no look.
#[inline]
fn marks_with(w: &[u8], kind: TokenKind, info: WordInfo) -> u8 {
    let looked_up = kind == TokenKind::Word || kind == TokenKind::Possessive;
    if looked_up && !info.is(wc::PREP) {
        0
    } else {
        marks_of(w)
    }
}

/// A token's bytes (none if the token lies outside the text).
#[inline]
fn word_bytes<'t>(bytes: &'t [u8], t: &Token) -> &'t [u8] {
    bytes.get(t.start..t.end).unwrap_or_default()
}

/// No verb group.
pub(crate) const NONE: u32 = u32::MAX;

/// True for a quotation mark: `"`, `“`, `”`, `'`, `‘`, `’`, `«`, `»`,
/// ` `` `, `''` (as UTF-8 bytes).
fn is_quote(w: &[u8]) -> bool {
    matches!(
        w,
        b"\""
            | b"\xe2\x80\x9c"
            | b"\xe2\x80\x9d"
            | b"'"
            | b"\xe2\x80\x98"
            | b"\xe2\x80\x99"
            | b"\xc2\xab"
            | b"\xc2\xbb"
            | b"``"
            | b"''"
    )
}

/// The classes [`Sentence::closed_class`] decides on.
const CLOSED: u32 = wc::MODAL
    | wc::BE
    | wc::HAVE
    | wc::DO
    | wc::REL
    | wc::NUMERAL
    | wc::DET
    | wc::PRON
    | wc::COORD
    | wc::SUBORD
    | wc::PREP;

/// What [`Sentence::open_class`] reads of the token after a word.
#[derive(Clone, Copy)]
struct Next<'a> {
    info: WordInfo,
    kind: TokenKind,
    /// Its bytes.
    word: &'a [u8],
    /// The token, and the text it is in (for the case of its first letter,
    /// asked of few words).
    token: &'a Token,
    text: &'a str,
    /// It is `of`.
    of: bool,
}

impl Sentence {
    /// Analyses tokens `range` of `tokens` (one sentence), reusing the
    /// vectors of `self`.
    pub(crate) fn analyse(
        &mut self,
        text: &str,
        tokens: &[Token],
        range: std::ops::Range<usize>,
        lex: &English,
    ) {
        self.look_up(text, tokens, range.clone(), lex);
        self.finish(text, &tokens[range]);
    }

    /// The first half of [`analyse`](Self::analyse): the lexicon entries
    /// ([`Sentence::info`]) and marks of tokens `range`, and no tags yet
    /// ([`Sentence::len`] is 0 until [`finish`](Self::finish)). A caller may
    /// look at the entries to decide whether the rest is needed.
    pub(crate) fn look_up(
        &mut self,
        text: &str,
        tokens: &[Token],
        range: std::ops::Range<usize>,
        lex: &English,
    ) {
        self.offset = range.start;
        self.pos.clear();
        self.info.clear();
        self.group_of.clear();
        self.clause.clear();
        self.groups.clear();
        self.marks.clear();
        let toks = &tokens[range];
        let bytes = text.as_bytes();
        // The lexicon first, in a loop of its own: its lookups are cache
        // misses, and with nothing else between them they overlap. (The
        // table's hash ignores ASCII case: no lower-case copy.)
        self.info.extend(toks.iter().map(|t| {
            if t.kind == TokenKind::Word || t.kind == TokenKind::Possessive {
                lex.get(word_bytes(bytes, t))
            } else {
                WordInfo::default()
            }
        }));
        self.marks.extend(
            toks.iter()
                .zip(&self.info)
                .map(|(t, i)| marks_with(word_bytes(bytes, t), t.kind, *i)),
        );
    }

    /// The second half of [`analyse`](Self::analyse), after
    /// [`look_up`](Self::look_up) of the same tokens `toks`: tags, verb
    /// groups and clauses.
    pub(crate) fn finish(&mut self, text: &str, toks: &[Token]) {
        self.pos.reserve(toks.len());
        for k in 0..toks.len() {
            let p = self.tag(text, toks, k);
            self.pos.push(p);
        }
        self.find_groups();
        self.find_clauses(text, toks);
    }

    /// True if tokens `k` and `k + 1` are `according to`.
    pub(crate) fn according_to_at(&self, k: usize) -> bool {
        self.marks.get(k).is_some_and(|m| m & ACCORDING != 0)
            && self.marks.get(k + 1).is_some_and(|m| m & TO != 0)
    }

    /// The first token at or after `from` that starts `according to`: a
    /// scan of the marks for `according` alone, which is rare.
    pub(crate) fn find_according_to(&self, from: usize) -> Option<usize> {
        let mut k = from;
        while let Some(skip) = self
            .marks
            .get(k..)
            .and_then(|m| m.iter().position(|m| m & ACCORDING != 0))
        {
            if self.according_to_at(k + skip) {
                return Some(k + skip);
            }
            k += skip + 1;
        }
        None
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.pos.len()
    }

    /// The part of speech of token `k`, from its kind, the lexicon and the
    /// tags before it.
    fn tag(&self, text: &str, toks: &[Token], k: usize) -> Pos {
        let t = &toks[k];
        let bytes = text.as_bytes();
        match t.kind {
            TokenKind::Number => return Pos::Num,
            TokenKind::Possessive => return Pos::Poss,
            TokenKind::Symbol => return Pos::Symbol,
            TokenKind::Punct => {
                return if is_quote(word_bytes(bytes, t)) {
                    Pos::Quote
                } else {
                    Pos::Punct
                };
            }
            TokenKind::Word => {}
        }
        let w = word_bytes(bytes, t);
        let i = self.info[k];
        let prev = self.pos.last().copied();
        if self.marks[k] & TO != 0 {
            let next = self.info.get(k + 1).copied().unwrap_or_default();
            return if next.is(wc::VERB_BASE | wc::BE | wc::HAVE) && !next.is(wc::DET) {
                Pos::To
            } else {
                Pos::Prep
            };
        }
        if i.is(wc::NEG) && !i.is(wc::DET) || w.ends_with(b"n't") || w.ends_with("n’t".as_bytes())
        {
            return Pos::Neg;
        }
        // Most words have none of the closed classes: one test skips them.
        if i.is(CLOSED) {
            return self.closed_class(w, t, i, prev, k);
        }
        if t.is_capitalized() && (!t.is_first_word() || i.classes == 0) {
            return Pos::Name;
        }
        let next = toks.get(k + 1).map(|n| Next {
            info: self.info[k + 1],
            kind: n.kind,
            word: word_bytes(bytes, n),
            token: n,
            text,
            of: self.marks[k + 1] & OF != 0,
        });
        self.open_class(w, i, prev, next)
    }

    /// The part of speech of word `k` (token `t`, entry `i`), which has one
    /// of the [`CLOSED`] classes.
    fn closed_class(&self, w: &[u8], t: &Token, i: WordInfo, prev: Option<Pos>, k: usize) -> Pos {
        if i.is(wc::MODAL) {
            // `May 24`: a capitalised modal inside a sentence is a name.
            let name = t.is_capitalized() && !t.is_first_word();
            return if name { Pos::Name } else { Pos::Modal };
        }
        if i.is(wc::BE | wc::HAVE | wc::DO) {
            return Pos::Aux;
        }
        if i.is(wc::REL) {
            // `that` right after a preposition, before a noun, is a
            // determiner (`in that case`); otherwise it opens a clause.
            let that = w.eq_ignore_ascii_case(b"that");
            let next = self.info.get(k + 1);
            let det = that
                && next.is_some_and(|n| n.is(wc::NOUN) && !n.is(wc::VERB | wc::PRON))
                && matches!(prev, Some(Pos::Prep) | None);
            return if det { Pos::Det } else { Pos::Subord };
        }
        if i.is(wc::NUMERAL) {
            return Pos::Num;
        }
        if i.is(wc::DET) {
            return Pos::Det;
        }
        if i.is(wc::PRON) {
            return Pos::Pron;
        }
        if i.is(wc::COORD) {
            return Pos::Coord;
        }
        if i.is(wc::SUBORD) && !i.is(wc::PREP) {
            return Pos::Subord;
        }
        // Only a preposition is left.
        Pos::Prep
    }
    /// Noun, verb, adjective or adverb, from the word's classes and its
    /// neighbours.
    fn open_class(&self, w: &[u8], i: WordInfo, prev: Option<Pos>, next: Option<Next>) -> Pos {
        let verb = i.is(wc::VERB);
        let noun = i.is(wc::NOUN);
        let adj = i.is(wc::ADJ);
        let next_info = next.map(|n| n.info);
        if i.classes == 0 {
            // Unknown word: its ending decides.
            return if w.ends_with(b"ed") || w.ends_with(b"ing") {
                Pos::Verb
            } else {
                Pos::Noun
            };
        }
        if i.is(wc::ADV) && !verb && (w.ends_with(b"ly") || !noun && !adj) {
            return Pos::Adv;
        }
        // `the prosecution and sentencing of`: a gerund used as a noun.
        let of_next = next.is_some_and(|n| n.of);
        if i.is(wc::VERB_ING)
            && of_next
            && matches!(prev, Some(Pos::Det | Pos::Coord | Pos::Adj | Pos::Poss))
        {
            return Pos::Noun;
        }
        if verb && !noun && !adj {
            return Pos::Verb;
        }
        if !verb {
            let next_noun = next_info.is_some_and(|n| n.is(wc::NOUN) && !n.is(wc::PREP | wc::DET));
            return if adj && (!noun || next_noun) {
                Pos::Adj
            } else if noun {
                Pos::Noun
            } else {
                Pos::Adv
            };
        }
        // A verb form that is also a noun or adjective: the words around
        // decide, then the counts.
        let nominal_before = matches!(
            prev,
            Some(Pos::Det | Pos::Adj | Pos::Num | Pos::Poss | Pos::Symbol)
        );
        // A verb follows (`the fire brigade said`, `Estimates suggest`):
        // this is a noun.
        let verb_next = next_info.is_some_and(|n| {
            n.is(wc::BE | wc::HAVE | wc::MODAL)
                || n.is(wc::VERB_ED | wc::VERB_S) && !n.is(wc::NOUN)
                || n.is(wc::VERB_BASE) && !n.is(wc::NOUN | wc::ADJ | wc::PREP)
        });
        // An object follows (`credit themselves`, `housing more than`).
        let object_next = next.is_some_and(|n| {
            n.kind == TokenKind::Number
                || n.kind == TokenKind::Symbol
                || n.info.is(wc::DET) && !n.word.eq_ignore_ascii_case(b"that")
                || n.info.is(wc::PRON) && !n.word.eq_ignore_ascii_case(b"it")
                || n.word.eq_ignore_ascii_case(b"up")
        });
        if nominal_before {
            return if adj && !noun || adj && i.is(wc::VERB_ED) && !verb_next {
                Pos::Adj
            } else if noun {
                Pos::Noun
            } else {
                Pos::Verb
            };
        }
        // `two years supervised release`, `13 locally confirmed cases`: a
        // participle between a number's noun phrase and a noun.
        let k = self.pos.len();
        let before_adverb = |j: usize| {
            let mut j = j;
            while j > 0 && self.pos[j - 1] == Pos::Adv {
                j -= 1;
            }
            j.checked_sub(1).map(|p| (p, self.pos[p]))
        };
        let next_nominal = || {
            next.is_some_and(|n| {
                n.kind == TokenKind::Word
                    && (n.info.is(wc::NOUN) && !n.info.is(wc::DET | wc::PREP | wc::PRON)
                        || n.token.text(n.text).starts_with(|c: char| c.is_uppercase()))
            })
        };
        if i.is(wc::VERB_ED) && next_nominal() {
            match before_adverb(k) {
                Some((_, Pos::Num)) => return Pos::Adj,
                Some((p, Pos::Noun)) if p > 0 && self.pos[p - 1] == Pos::Num => return Pos::Adj,
                _ => {}
            }
        }
        if i.is(wc::REPORTING)
            && !i.is(wc::NOUN_USUAL)
            && !of_next
            && matches!(prev, Some(Pos::Noun | Pos::Name | Pos::Pron))
            && !verb_next
        {
            return Pos::Verb;
        }
        match prev {
            // `for accepting`, `by writing`: gerunds.
            Some(Pos::Prep) if i.is(wc::VERB_ING) => Pos::Verb,
            Some(Pos::Prep) => {
                if noun {
                    Pos::Noun
                } else if adj {
                    Pos::Adj
                } else {
                    Pos::Verb
                }
            }
            Some(Pos::To | Pos::Modal | Pos::Neg | Pos::Pron) => Pos::Verb,
            Some(Pos::Aux) => {
                if i.is(wc::VERB_ED | wc::VERB_ING) || !noun {
                    Pos::Verb
                } else {
                    Pos::Noun
                }
            }
            _ if verb_next || of_next => {
                if noun {
                    Pos::Noun
                } else {
                    Pos::Adj
                }
            }
            _ if object_next => Pos::Verb,
            Some(Pos::Noun | Pos::Name) if i.is(wc::VERB_ED) => Pos::Verb,
            Some(Pos::Noun | Pos::Name) if i.is(wc::VERB_S) && !i.is(wc::NOUN_USUAL) => Pos::Verb,
            // `officials say`, but `a fire brigade`.
            Some(Pos::Noun | Pos::Name) if i.is(wc::VERB_BASE) && self.prev_plural() => Pos::Verb,
            Some(Pos::Noun | Pos::Name) if noun => Pos::Noun,
            _ if i.is(wc::VERB_ING) => Pos::Verb,
            _ if i.is(wc::VERB_ED) && !i.is(wc::NOUN_USUAL) => Pos::Verb,
            _ if i.is(wc::NOUN_USUAL) => Pos::Noun,
            _ if adj && !i.is(wc::VERB_ED) => Pos::Adj,
            _ => Pos::Verb,
        }
    }

    /// True if the last token tagged is a plural noun.
    fn prev_plural(&self) -> bool {
        self.info
            .get(self.pos.len().wrapping_sub(1))
            .is_some_and(|i| i.is(wc::PLURAL))
    }

    /// Groups auxiliaries, modals, negations, adverbs and a main verb.
    fn find_groups(&mut self) {
        self.group_of.resize(self.pos.len(), NONE);
        let n = self.pos.len();
        let mut k = 0;
        while k < n {
            let starts = matches!(self.pos[k], Pos::Verb | Pos::Aux | Pos::Modal | Pos::To);
            if !starts {
                k += 1;
                continue;
            }
            let mut g = VerbGroup {
                first: k,
                last: k,
                head: k,
                passive: false,
                perfect: false,
                progressive: false,
                modal: false,
                negated: false,
                infinitive: self.pos[k] == Pos::To,
            };
            let (mut be, mut have) = (false, false);
            let mut j = k;
            while j < n {
                match self.pos[j] {
                    Pos::Modal => g.modal = true,
                    Pos::Neg => g.negated = true,
                    Pos::To if j == k => {}
                    Pos::Adv => {}
                    Pos::Aux => {
                        let i = self.info[j];
                        // `has 300` / `is 71`: an auxiliary that is the
                        // last verb is the head.
                        g.head = j;
                        g.last = j;
                        if i.is(wc::BE) {
                            be = true;
                        } else if i.is(wc::HAVE) {
                            have = true;
                        }
                    }
                    Pos::Verb => {
                        let i = self.info[j];
                        g.head = j;
                        g.last = j;
                        if i.is(wc::VERB_ED) {
                            g.passive = be;
                            g.perfect = have && !be;
                        }
                        if i.is(wc::VERB_ING) && be {
                            g.progressive = true;
                        }
                        if be && i.is(wc::VERB_ED) && have {
                            g.perfect = true;
                        }
                        break;
                    }
                    _ => break,
                }
                if matches!(self.pos[j], Pos::Modal | Pos::Aux | Pos::To) {
                    g.last = j;
                }
                j += 1;
            }
            let id = self.groups.len() as u32;
            for m in g.first..=g.last {
                self.group_of[m] = id;
            }
            self.groups.push(g);
            k = g.last + 1;
        }
    }

    /// Assigns a clause index to every token (see the module doc).
    fn find_clauses(&mut self, text: &str, toks: &[Token]) {
        let n = self.pos.len();
        let mut clause = 0u32;
        let mut has_verb = false;
        let mut k = 0;
        while k < n {
            let boundary = match self.pos[k] {
                Pos::Punct => {
                    // `—`, `–` as UTF-8 bytes.
                    matches!(
                        word_bytes(text.as_bytes(), &toks[k]),
                        b";" | b":" | b"(" | b")" | b"\xe2\x80\x94" | b"\xe2\x80\x93" | b"--"
                    )
                }
                Pos::Quote => true,
                Pos::Subord => k > 0,
                Pos::Coord => has_verb && self.verb_follows(k + 1),
                _ => false,
            };
            if boundary {
                clause += 1;
                has_verb = false;
            }
            self.clause.push(clause);
            let g = self.group_of[k];
            if g != NONE {
                has_verb = true;
                let grp = self.groups[g as usize];
                // A reporting verb's complement is a clause of its own
                // (`said 700 people were injured`).
                if k == grp.last
                    && self.info[grp.head].is(wc::REPORTING)
                    && self.pos[grp.head] == Pos::Verb
                    && self.verb_follows(k + 1)
                {
                    clause += 1;
                    has_verb = false;
                }
            }
            k += 1;
        }
    }

    /// True if a verb group starts at `k` or after a short noun phrase from
    /// `k` (`and injured 12`, `and 12 were injured`).
    fn verb_follows(&self, k: usize) -> bool {
        let mut j = k;
        while j < self.pos.len() && j < k + 8 {
            match self.pos[j] {
                Pos::Aux | Pos::Modal => return true,
                // Right after `and` any verb; after a noun phrase a finite
                // one (`and two years supervised release` is no clause).
                Pos::Verb => {
                    let i = self.info[j];
                    let participle_before_noun = i.is(wc::VERB_ED | wc::VERB_ING)
                        && matches!(self.pos.get(j + 1), Some(Pos::Noun | Pos::Adj | Pos::Name));
                    return j == k || !participle_before_noun && !i.is(wc::VERB_ING);
                }
                Pos::Det
                | Pos::Adj
                | Pos::Noun
                | Pos::Name
                | Pos::Num
                | Pos::Pron
                | Pos::Poss
                | Pos::Adv
                | Pos::Symbol => j += 1,
                // `said more than half of those were filled`
                Pos::Prep if j > k && self.marks[j] & (OF | THAN) != 0 => j += 1,
                // `but over 1,100 others are`, `said at least 5,000 people
                // gathered`: a qualifier of one or two words before a number.
                Pos::Prep
                    if j <= k + 1
                        && (matches!(self.pos.get(j + 1), Some(Pos::Num))
                            || matches!(self.pos.get(j + 2), Some(Pos::Num))) =>
                {
                    j += 1
                }
                // `and one man, a student, was killed`: an apposition.
                Pos::Punct if j > k && self.marks[j] & COMMA != 0 => j += 1,
                _ => return false,
            }
        }
        false
    }

    /// True for tokens that may belong to a noun phrase.
    pub(crate) fn in_np(&self, k: usize) -> bool {
        matches!(
            self.pos[k],
            Pos::Det | Pos::Adj | Pos::Noun | Pos::Name | Pos::Num | Pos::Poss | Pos::Symbol
        ) || self.pos[k] == Pos::Verb
            && self.info[k].is(wc::NOUN | wc::ADJ)
            && k > 0
            && self.in_np_head(k - 1)
            // A modifier: a noun follows (`the injured man`).
            && matches!(self.pos.get(k + 1), Some(Pos::Noun | Pos::Name))
    }

    fn in_np_head(&self, k: usize) -> bool {
        matches!(self.pos[k], Pos::Det | Pos::Adj | Pos::Name)
    }

    /// The noun phrase ending at token `end` (exclusive): start..end, or
    /// `None` if token `end - 1` is not a noun, name, number or pronoun.
    /// `X of Y` and `X and Y` of names are joined.
    pub(crate) fn np_ending_at(&self, end: usize) -> Option<std::ops::Range<usize>> {
        let last = end.checked_sub(1)?;
        if self.pos[last] == Pos::Pron {
            return Some(last..end);
        }
        if !matches!(self.pos[last], Pos::Noun | Pos::Name | Pos::Num) {
            return None;
        }
        let mut start = last;
        loop {
            // A determiner starts a noun phrase: `this year the city`.
            while start > 0 && self.in_np(start - 1) && self.pos[start] != Pos::Det {
                start -= 1;
            }
            // `government of Oman`, `officials from aid agencies`, `Jane
            // Roe and John Doe`, `building industry and government sources`
            if start >= 2
                && self.pos[start] != Pos::Det
                && (self.pos[start - 1] == Pos::Prep && self.marks[start - 1] & JOINS != 0
                    || self.pos[start - 1] == Pos::Coord
                        && matches!(self.pos[start], Pos::Name | Pos::Noun))
                && matches!(self.pos[start - 2], Pos::Noun | Pos::Name)
            {
                start -= 2;
                continue;
            }
            break;
        }
        Some(start..end)
    }

    /// The noun phrase starting at `start` (with `of` attachments): its end.
    pub(crate) fn np_starting_at(&self, start: usize) -> Option<usize> {
        let n = self.len();
        if start >= n {
            return None;
        }
        if self.pos[start] == Pos::Pron {
            return Some(start + 1);
        }
        let mut end = start;
        loop {
            while end < n && self.in_np(end) {
                end += 1;
            }
            let joined = end + 1 < n
                && end > start
                && (self.is_of(end)
                    && matches!(
                        self.pos[end + 1],
                        Pos::Det | Pos::Name | Pos::Noun | Pos::Adj
                    )
                    || (self.marks[end] & JOINS != 0 || self.pos[end] == Pos::Coord)
                        && self.pos[end - 1] == Pos::Name
                        && self.pos[end + 1] == Pos::Name);
            if joined {
                end += 1;
                continue;
            }
            break;
        }
        let ok = end > start && matches!(self.pos[end - 1], Pos::Noun | Pos::Name | Pos::Num);
        ok.then_some(end)
    }

    /// True if token `k` is `of` (the lexicon entry is shared by every
    /// preposition, so the tag alone does not say).
    fn is_of(&self, k: usize) -> bool {
        self.pos[k] == Pos::Prep && self.marks.get(k).is_some_and(|m| m & OF != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::english::english;
    use crate::tokenize::tokenize;

    fn analyse(text: &str) -> (Vec<Token>, Sentence) {
        let toks = tokenize(text);
        let mut s = Sentence::default();
        s.analyse(text, &toks, 0..toks.len(), english());
        (toks, s)
    }

    /// The verb groups of a sentence as (head word, flags).
    fn groups(text: &str) -> Vec<(String, [bool; 5])> {
        let (toks, s) = analyse(text);
        s.groups
            .iter()
            .map(|g| {
                (
                    toks[g.head].text(text).to_string(),
                    [g.passive, g.perfect, g.progressive, g.modal, g.negated],
                )
            })
            .collect()
    }

    #[test]
    fn verb_groups_resolve_to_the_main_verb() {
        let f = false;
        let t = true;
        assert_eq!(
            groups("Ten people have been tested."),
            [("tested".into(), [t, t, f, f, f])]
        );
        assert_eq!(
            groups("Rescuers are searching the hills."),
            [("searching".into(), [f, f, t, f, f])]
        );
        assert_eq!(
            groups("Prices could not fall."),
            [("fall".into(), [f, f, f, t, t])]
        );
        assert_eq!(
            groups("The mayor was 64."),
            [("was".into(), [f, f, f, f, f])]
        );
    }

    #[test]
    fn noun_verb_ties() {
        let (toks, s) = analyse("The fire brigade reports 20 cases of theft.");
        let pos = |w: &str| {
            s.pos[toks
                .iter()
                .position(|t| t.text("The fire brigade reports 20 cases of theft.") == w)
                .unwrap()]
        };
        assert_eq!(pos("brigade"), Pos::Noun);
        assert_eq!(pos("reports"), Pos::Verb);
        assert_eq!(pos("cases"), Pos::Noun);
    }

    #[test]
    fn clauses() {
        let text = "The storm killed 5 and injured 12, officials said 30 homes burned.";
        let (toks, s) = analyse(text);
        let clause = |w: &str| s.clause[toks.iter().position(|t| t.text(text) == w).unwrap()];
        assert_eq!(clause("killed"), clause("5"));
        assert_ne!(clause("5"), clause("injured"));
        assert_eq!(clause("injured"), clause("12"));
        // A reporting verb's complement is its own clause.
        assert_ne!(clause("said"), clause("homes"));
        // Coordinated noun phrases stay in one clause.
        let text = "He was sentenced to 30 months and three years of probation.";
        let (toks, s) = analyse(text);
        let clause = |w: &str| s.clause[toks.iter().position(|t| t.text(text) == w).unwrap()];
        assert_eq!(clause("sentenced"), clause("three"));
    }

    /// The marks read only of prepositions are those of every token's bytes.
    #[test]
    fn marks_of_prepositions_are_all_marks() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news.txt");
        let corpus = std::fs::read_to_string(path).unwrap_or_default();
        let written = "OF to, According TO For FROM than, of. 'of' “to” 2 of 3 — for";
        let text = format!("{written} {}", corpus.get(..200_000).unwrap_or(""));
        let lex = english();
        let mut marked = 0;
        for t in tokenize(&text) {
            let w = word_bytes(text.as_bytes(), &t);
            let looked_up = t.kind == TokenKind::Word || t.kind == TokenKind::Possessive;
            let info = if looked_up {
                lex.get(w)
            } else {
                WordInfo::default()
            };
            assert_eq!(
                marks_with(w, t.kind, info),
                marks_of(w),
                "{:?}",
                t.text(&text)
            );
            marked += usize::from(marks_of(w) != 0);
        }
        assert!(marked > 1000, "{marked}");
    }

    #[test]
    fn quotes_and_clause_breaks_by_their_bytes() {
        let quotes = ["\"", "“", "”", "'", "‘", "’", "«", "»", "``", "''"];
        for q in quotes {
            assert!(is_quote(q.as_bytes()), "{q}");
        }
        for other in ["„", "`", "\"\"", "—", ",", "a"] {
            assert!(!is_quote(other.as_bytes()), "{other}");
        }
        let text = "Two died — one was 7 – and (three) were hurt; four: fled -- five.";
        let (toks, s) = analyse(text);
        let clause = |w: &str| s.clause[toks.iter().position(|t| t.text(text) == w).unwrap()];
        for (a, b) in [
            ("Two", "one"),
            ("one", "and"),
            ("and", "three"),
            ("three", "were"),
        ] {
            assert_ne!(clause(a), clause(b), "{a} {b}");
        }
    }

    #[test]
    fn according_to_is_found_from_any_token() {
        let text = "According to police, according, according to the mayor: according To";
        let (_, s) = analyse(text);
        for from in 0..=s.len() + 1 {
            let every = (from..s.len()).find(|&k| s.according_to_at(k));
            assert_eq!(s.find_according_to(from), every, "{from}");
        }
    }

    #[test]
    fn noun_phrases() {
        let text = "The government of Oman announced it.";
        let (toks, s) = analyse(text);
        let verb = toks
            .iter()
            .position(|t| t.text(text) == "announced")
            .unwrap();
        assert_eq!(s.np_ending_at(verb), Some(0..4));
        assert_eq!(s.np_starting_at(0), Some(4), "{:?}", s.pos);
    }
}
