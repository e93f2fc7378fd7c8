//! Predicates near a number, the quantity rules' evidence that a bare
//! number counts something (`killing 20`, `20 dead`): [`asserted`]. This
//! is the numeric layer's own small reader of the words around a number;
//! the claims of the output are made afterwards, from the shallow syntax,
//! by [`crate::claims`], which the numeric layer never calls.
//!
//! Looked for around a quantity span, inside its sentence only:
//!
//! * the **predicate**: a verb or adjective after the span, past auxiliaries
//!   and adverbs (`5,000 people gathered`, `700 people had been injured`,
//!   `700 injured`, `20 dead`), a state phrase (`nine people in intensive
//!   care`), a verb right before it (`killing 20`, `arrested 30 people`),
//!   the noun a modifier qualifies (`an 11-year sentence`), or the verb after
//!   that noun (`a 19-year-old man was killed`);
//! * the **source**: the noun phrase before `said`/`says`/`told`/`reported`
//!   earlier in the sentence (`The health ministry said …` → `health
//!   ministry`), after `according to`, or before `said` after the span
//!   (`…, police said`);
//! * a **hedge** (`reportedly`, `allegedly`, `estimated`, `reported`) and a
//!   **negation** (`not`, `never`, `denied`) between the span and the
//!   predicate.
//!
//! No predicate, no claim. The pipeline only asks whether there is a
//! predicate ([`asserted`]); the whole claim (`claim_for`: lemma, subject,
//! source) is the tests' view of this reader.

use crate::numbers::lower;
#[cfg(test)]
use crate::span::Claim;
use crate::span::QuantityKind;
use crate::tokenize::{Token, TokenKind, sentence_start_of};

/// True when the words around a quantity (tokens `first..after`) assert
/// something of it: a predicate of the list below after it or right
/// before it, or the noun a modifier qualifies. Only the predicate is
/// looked for: the claim's lemma, subject and source are not made.
pub(super) fn asserted(
    text: &str,
    tokens: &[Token],
    sentence_starts: &[usize],
    first: usize,
    after: usize,
    kind: QuantityKind,
) -> bool {
    sentence(text, tokens, sentence_starts, first, after)
        .is_some_and(|s| found_predicate(&s, first, after, kind).is_some())
}

/// Predicate words: surface (lower case) → canonical form.
fn predicate(l: &[u8]) -> Option<&'static str> {
    Some(match l {
        b"gathered" | b"gather" | b"gathering" | b"gathers" => "gathered",
        b"injured" | b"injuring" | b"injures" | b"injure" => "injured",
        b"wounded" | b"wounding" => "wounded",
        b"hurt" => "injured",
        b"killed" | b"killing" | b"kills" | b"kill" => "killed",
        b"dead" => "dead",
        b"died" | b"die" | b"dying" | b"dies" => "died",
        b"arrested" | b"arresting" => "arrested",
        b"detained" | b"detaining" => "detained",
        b"displaced" => "displaced",
        b"sentenced" => "sentenced",
        b"evacuated" => "evacuated",
        b"missing" => "missing",
        b"hospitalised" | b"hospitalized" => "hospitalized",
        b"protested" | b"protesting" => "protested",
        b"marched" | b"marching" => "marched",
        b"rallied" => "rallied",
        b"fled" | b"fleeing" => "fled",
        b"rescued" => "rescued",
        b"infected" => "infected",
        b"jailed" | b"imprisoned" => "jailed",
        b"executed" => "executed",
        b"deported" => "deported",
        b"charged" => "charged",
        b"convicted" => "convicted",
        b"released" | b"freed" => "released",
        b"kidnapped" | b"abducted" => "kidnapped",
        b"attended" => "attended",
        b"voted" => "voted",
        b"demonstrated" => "demonstrated",
        b"sentence" | b"term" | b"ban" => "sentence",
        _ => return None,
    })
}

/// True for words that are predicates, not counted nouns (`700 injured`).
pub(super) fn is_predicate_word(l: &[u8]) -> bool {
    predicate(l).is_some() && !matches!(l, b"sentence" | b"term" | b"ban")
}

/// Words skipped between a quantity and its predicate.
fn is_aux(l: &[u8]) -> bool {
    matches!(
        l,
        b"had"
            | b"has"
            | b"have"
            | b"been"
            | b"was"
            | b"were"
            | b"is"
            | b"are"
            | b"be"
            | b"being"
            | b"also"
            | b"later"
            | b"subsequently"
            | b"all"
            | b"who"
            | b"still"
            | b"now"
            | b"officially"
            | b"got"
            | b"getting"
            | b"reportedly"
            | b"allegedly"
            | b"were,"
            | b"already"
            | b"apparently"
            | b"believed"
            | b"thought"
            | b"feared"
            | b"to"
            | b"not"
            | b"never"
            | b"n't"
            | b"since"
            | b"either"
            | b"both"
            | b"seriously"
            | b"critically"
            | b"slightly"
            | b"badly"
            | b"fatally"
            | b"mortally"
            | b"then"
            | b"and"
            | b"or"
    )
}

fn is_hedge(l: &[u8]) -> Option<&'static str> {
    Some(match l {
        b"reportedly" => "reportedly",
        b"allegedly" => "allegedly",
        b"estimated" => "estimated",
        b"believed" => "believed",
        b"feared" => "feared",
        b"apparently" => "apparently",
        b"reported" => "reported",
        _ => return None,
    })
}

fn is_negation(l: &[u8]) -> bool {
    matches!(
        l,
        b"not" | b"never" | b"n't" | b"denied" | b"deny" | b"denies"
    )
}

#[cfg(test)]
fn is_reporting(l: &[u8]) -> bool {
    matches!(
        l,
        b"said"
            | b"says"
            | b"told"
            | b"reported"
            | b"announced"
            | b"stated"
            | b"claimed"
            | b"claims"
            | b"estimated"
            | b"estimates"
            | b"confirmed"
            | b"added"
    )
}

/// How far the sentence of a quantity reaches either side of it, in tokens.
pub(super) const REACH: usize = 80;

struct Sent<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lo: usize,
    hi: usize,
}

impl Sent<'_> {
    fn word(&self, k: usize) -> Option<([u8; 16], usize)> {
        if k < self.lo || k >= self.hi {
            return None;
        }
        let t = self.tokens.get(k)?;
        let mut b = [0u8; 16];
        let n = lower(t.text(self.text), &mut b)?.len();
        Some((b, n))
    }
}

/// The sentence around tokens `first..after`, at most [`REACH`] tokens
/// either side (`None` when `first` is past the tokens). `sentence_starts`
/// are the first tokens of the text's sentences, in order.
fn sentence<'a>(
    text: &'a str,
    tokens: &'a [Token],
    sentence_starts: &'a [usize],
    first: usize,
    after: usize,
) -> Option<Sent<'a>> {
    if first >= tokens.len() {
        return None;
    }
    let lo = sentence_start_of(sentence_starts, first).max(first.saturating_sub(REACH));
    let after = after.min(tokens.len());
    // The list counts token 0 as a start even when it is a stray closing
    // mark; the walk this replaces did not stop there.
    let j = sentence_starts.partition_point(|&s| s < after);
    let next = sentence_starts[j..]
        .iter()
        .copied()
        .find(|&s| tokens[s].starts_sentence())
        .unwrap_or(tokens.len());
    let hi = next.min(after + REACH);
    Some(Sent {
        text,
        tokens,
        lo,
        hi,
    })
}

/// The predicate of a quantity: its canonical word, its first and last
/// tokens, and the hedge and negation read between the span and it.
/// Outside the tests only its presence is read.
#[cfg_attr(not(test), allow(dead_code))]
struct Predicate {
    lemma: &'static str,
    first: usize,
    last: usize,
    hedge: Option<&'static str>,
    negated: bool,
}

/// The predicate of the quantity spanning tokens `first..after` of
/// sentence `s`, if the sentence has one.
fn found_predicate(
    s: &Sent<'_>,
    first: usize,
    after: usize,
    kind: QuantityKind,
) -> Option<Predicate> {
    let tokens = s.tokens;
    let lo = s.lo;
    let mut hedge = None;
    let mut negated = false;
    let mut k = after;
    let mut pred: Option<(&'static str, usize, usize)> = None; // (lemma, first tok, last tok)
    // A modifier (`11-year sentence`, `19-year-old man`): the noun after it.
    if matches!(kind, QuantityKind::Duration | QuantityKind::Age) && after == first + 1 {
        if let Some((b, n)) = s.word(k) {
            if let Some(p) = predicate(&b[..n]).filter(|p| *p == "sentence") {
                pred = Some((p, k, k));
            } else if tokens[k].kind == TokenKind::Word && !tokens[k].is_capitalized() {
                k += 1; // `man`, `woman`, `boy`
            }
        } else if kind == QuantityKind::Duration {
            return None;
        }
    }
    // After: auxiliaries, then a predicate or a state phrase.
    if pred.is_none() {
        let mut steps = 0;
        while let Some((b, n)) = s.word(k) {
            let l = &b[..n];
            if let Some(p) = predicate(l) {
                if p != "sentence" || kind == QuantityKind::Duration {
                    pred = Some((p, k, k));
                }
                break;
            }
            if l == b"in" {
                // `in intensive care`, `in hospital`, `in custody`
                let phrase: Option<(&str, usize)> = match s.word(k + 1) {
                    Some((b1, n1)) => match &b1[..n1] {
                        b"intensive"
                            if s.word(k + 2).is_some_and(|(b2, n2)| &b2[..n2] == b"care") =>
                        {
                            Some(("in intensive care", k + 2))
                        }
                        b"hospital" => Some(("in hospital", k + 1)),
                        b"custody" => Some(("in custody", k + 1)),
                        b"jail" | b"prison" => Some(("in jail", k + 1)),
                        b"critical"
                            if s.word(k + 2)
                                .is_some_and(|(b2, n2)| &b2[..n2] == b"condition") =>
                        {
                            Some(("in critical condition", k + 2))
                        }
                        _ => None,
                    },
                    None => None,
                };
                if let Some((p, last)) = phrase {
                    pred = Some((leak(p), k, last));
                }
                break;
            }
            if is_negation(l) {
                negated = true;
            }
            if let Some(h) = is_hedge(l) {
                hedge = Some(h);
            }
            if !is_aux(l) || steps >= 5 {
                break;
            }
            steps += 1;
            k += 1;
        }
    }
    // Before: `killing 20`, `arrested 30 people`, `sentenced to 11 years`.
    if pred.is_none() && first > lo {
        let mut b0 = first - 1;
        if s.word(b0).is_some_and(|(b, n)| &b[..n] == b"to") && b0 > lo {
            b0 -= 1;
        }
        if let Some((b, n)) = s.word(b0)
            && let Some(p) = predicate(&b[..n]).filter(|p| *p != "sentence" && *p != "dead")
        {
            pred = Some((p, b0, b0));
        }
    }
    let (lemma, first, last) = pred?;
    Some(Predicate {
        lemma,
        first,
        last,
        hedge,
        negated,
    })
}

/// The claim about the quantity spanning tokens `first..after` (`after` is
/// the first token after the span), if the sentence makes one: the
/// reader's whole answer, which the tests check ([`asserted`] only asks
/// whether there is a predicate).
#[cfg(test)]
fn claim_for(
    text: &str,
    tokens: &[Token],
    first: usize,
    after: usize,
    noun_inside: bool,
    kind: QuantityKind,
) -> Option<Claim> {
    let sentence_starts = crate::tokenize::sentence_starts(tokens);
    let s = sentence(text, tokens, &sentence_starts, first, after)?;
    let (lo, hi) = (s.lo, s.hi);
    let found = found_predicate(&s, first, after, kind)?;
    let (lemma, pf, pl) = (found.lemma, found.first, found.last);
    let mut claim = Claim {
        negated: found.negated,
        hedge: found.hedge.map(Into::into),
        ..Claim::default()
    };
    claim.predicate = lemma.to_string();
    // The dictionary form of the canonical word (`gathered` → `gather`).
    let english = crate::english::english();
    let info = english.get(lemma.as_bytes());
    claim.lemma = match english.lemma(info) {
        Some(l) if info.is(crate::english::wc::VERB) => l.to_string(),
        _ => lemma.to_string(),
    };
    let _ = pf;
    // The subject, when the counted noun is outside the span: `killing 20
    // protesters`… is inside; `700 injured` has none. For a modifier, the
    // noun it qualifies.
    if !noun_inside
        && matches!(kind, QuantityKind::Age)
        && let Some(t) = tokens.get(after)
        && t.kind == TokenKind::Word
        && after < hi
        && after < pf
    {
        claim.subject = Some(t.text(text).to_string());
    }
    // Hedge before the span (`reportedly killed 20`, `an estimated`).
    for j in first.saturating_sub(3).max(lo)..first {
        if let Some((b, n)) = s.word(j) {
            if let Some(h) = is_hedge(&b[..n]) {
                claim.hedge = Some(h.into());
            }
            if is_negation(&b[..n]) {
                claim.negated = true;
            }
        }
    }
    claim.source = source(&s, first, pl + 1);
    Some(claim)
}

fn leak(p: &str) -> &'static str {
    match p {
        "in intensive care" => "in intensive care",
        "in hospital" => "in hospital",
        "in custody" => "in custody",
        "in jail" => "in jail",
        _ => "in critical condition",
    }
}

/// Who says so: the noun phrase before a reporting verb in the sentence,
/// after `according to`, or before `said` after the claim.
#[cfg(test)]
fn source(s: &Sent<'_>, first: usize, after_pred: usize) -> Option<String> {
    let text = s.text;
    let tokens = s.tokens;
    // `according to X`
    for j in s.lo..s.hi.saturating_sub(1) {
        if s.word(j).is_some_and(|(b, n)| &b[..n] == b"according")
            && s.word(j + 1).is_some_and(|(b, n)| &b[..n] == b"to")
        {
            let mut e = j + 2;
            while e < s.hi && tokens[e].kind == TokenKind::Word && e - j < 8 {
                e += 1;
            }
            return np(text, tokens, j + 2, e);
        }
    }
    // `The health ministry said ... <quantity>`
    let mut j = first;
    while j > s.lo {
        j -= 1;
        if s.word(j).is_some_and(|(b, n)| is_reporting(&b[..n])) {
            let mut b = j;
            while b > s.lo && tokens[b - 1].kind == TokenKind::Word && j - b < 6 {
                let (w, n) = s.word(b - 1).unwrap_or(([0; 16], 0));
                if matches!(
                    &w[..n],
                    b"that" | b"and" | b"but" | b"which" | b"who" | b"had" | b"has" | b"have"
                ) {
                    break;
                }
                b -= 1;
            }
            return np(text, tokens, b, j);
        }
    }
    // `..., police said.`
    let mut j = after_pred;
    while j < s.hi {
        if s.word(j).is_some_and(|(b, n)| is_reporting(&b[..n])) {
            let mut b = j;
            while b > after_pred && tokens[b - 1].kind == TokenKind::Word && j - b < 6 {
                b -= 1;
            }
            if b < j && b > after_pred && tokens[b - 1].kind == TokenKind::Punct {
                return np(text, tokens, b, j);
            }
            return None;
        }
        j += 1;
    }
    None
}

/// The noun phrase of tokens `a..b`, without a leading determiner.
#[cfg(test)]
fn np(text: &str, tokens: &[Token], mut a: usize, b: usize) -> Option<String> {
    while a < b {
        let t = tokens[a].text(text);
        if ["the", "a", "an", "its", "their", "his", "her"]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(t))
        {
            a += 1;
        } else {
            break;
        }
    }
    if a >= b {
        return None;
    }
    text.get(tokens[a].start..tokens[b - 1].end)
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use crate::quantities::find_quantities;
    use crate::span::{Claim, QuantityKind};
    use crate::tokenize::tokenize;

    /// Each quantity's text and the claim this reader finds for it.
    fn claims(text: &str) -> Vec<(String, Option<Claim>)> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_quantities(text, &toks, &mut out);
        out.iter()
            .map(|s| {
                let first = toks.iter().position(|t| t.start >= s.start).unwrap();
                let after = toks
                    .iter()
                    .position(|t| t.start >= s.end)
                    .unwrap_or(toks.len());
                let q = s.quantity().unwrap();
                let noun_inside = q.kind == QuantityKind::Count && q.unit.is_some();
                let claim = super::claim_for(text, &toks, first, after, noun_inside, q.kind);
                (s.text(text).to_string(), claim)
            })
            .collect()
    }

    fn pred(c: &Option<Claim>) -> Option<&str> {
        c.as_ref().map(|c| c.predicate.as_str())
    }

    #[test]
    fn predicates() {
        let table: &[(&str, &str, &str)] = &[
            (
                "At least 5,000 people gathered in the square.", "At least 5,000 people",
                "gathered",
            ),
            (
                "Nearly 700 people had been injured.", "Nearly 700 people", "injured",
            ),
            ("Police said 700 injured were treated.", "700", "injured"),
            ("The blast left 20 dead.", "20", "dead"),
            ("The attack, killing 20, shocked the town.", "20", "killed"),
            (
                "Police arrested 30 people overnight.", "30 people", "arrested",
            ),
            ("He is serving an 11-year sentence.", "11-year", "sentence"),
            ("A 19-year-old man was killed.", "19-year-old", "killed"),
            (
                "Nine people in intensive care.", "Nine people", "in intensive care",
            ),
            (
                "Some 300 protesters were detained.", "Some 300 protesters", "detained",
            ),
        ];
        for &(text, span, p) in table {
            let c = claims(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(c[0].0, span, "{text}");
            assert_eq!(pred(&c[0].1), Some(p), "{text}: {c:?}");
        }
    }

    #[test]
    fn source_hedge_negation() {
        let c = claims("The health ministry said nearly 700 people had been injured.");
        let cl = c[0].1.clone().unwrap();
        assert_eq!(cl.source.as_deref(), Some("health ministry"));
        let c = claims("About 40 people were reportedly killed, police said.");
        let cl = c[0].1.clone().unwrap();
        assert_eq!(cl.hedge.as_deref(), Some("reportedly"));
        assert_eq!(cl.source.as_deref(), Some("police"));
        let c = claims("According to local officials, 12 people died.");
        assert_eq!(
            c[0].1.clone().unwrap().source.as_deref(),
            Some("local officials")
        );
        let c = claims("Ten people were not arrested.");
        assert!(c[0].1.clone().unwrap().negated);
        // No predicate, no claim.
        let c = claims("There were 5,000 people in the square.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].1, None);
    }

    /// The sentence of a quantity, found from the list of sentence starts,
    /// is the one a walk over the tokens either side finds: up to a
    /// sentence start or [`super::REACH`] tokens, whichever comes first.
    #[test]
    fn sentence_bounds_agree_with_a_walk_over_the_tokens() {
        let walk = |toks: &[crate::tokenize::Token], first: usize, after: usize| {
            let mut lo = first;
            while lo > 0 && !toks[lo].starts_sentence() && first - lo < super::REACH {
                lo -= 1;
            }
            let mut hi = after.min(toks.len());
            while hi < toks.len() && !toks[hi].starts_sentence() && hi - after < super::REACH {
                hi += 1;
            }
            (lo, hi)
        };
        // 200 numbers and commas: more tokens than both reaches.
        let numbers: Vec<String> = (1..=100).map(|n| n.to_string()).collect();
        let long = format!("Between them, {} died. Then 7 fled.", numbers.join(", "));
        let texts = [
            long.as_str(),
            ") 5 people were hurt. Police said 3 died.",
            "\"Two left.\" 12 stayed",
            "4",
        ];
        for text in texts {
            let toks = tokenize(text);
            let starts = crate::tokenize::sentence_starts(&toks);
            for first in 0..toks.len() {
                for after in first..=(first + 3).min(toks.len()) {
                    let s = super::sentence(text, &toks, &starts, first, after).unwrap();
                    assert_eq!(
                        (s.lo, s.hi),
                        walk(&toks, first, after),
                        "{text}: {first}..{after}"
                    );
                }
            }
        }
        // The long sentence has more tokens than either reach.
        assert!(tokenize(&long).len() > 2 * super::REACH);
    }

    /// [`super::asserted`] looks for the predicate only: it agrees with
    /// the whole claim's presence at every token range of these sentences.
    #[test]
    fn asserted_agrees_with_the_claim() {
        let texts = [
            "At least 5,000 people gathered in the square, police said.",
            "The health ministry said nearly 700 people had been injured.",
            "About 40 people were reportedly killed; 12 were not arrested.",
            "He is serving an 11-year sentence. A 19-year-old man was killed.",
            "Nine people in intensive care, 3 in critical condition, 2 in hospital.",
            "The attack, killing 20, shocked the town. The blast left 20 dead.",
            "There were 5,000 people in the square. 3 years",
        ];
        let kinds = [
            QuantityKind::Count,
            QuantityKind::Duration,
            QuantityKind::Age,
            QuantityKind::Money,
        ];
        for text in texts {
            let toks = tokenize(text);
            let starts = crate::tokenize::sentence_starts(&toks);
            for first in 0..=toks.len() {
                for after in first..=(first + 4).min(toks.len()) {
                    for kind in kinds {
                        let claim = super::claim_for(text, &toks, first, after, false, kind);
                        assert_eq!(
                            super::asserted(text, &toks, &starts, first, after, kind),
                            claim.is_some(),
                            "{text}: {first}..{after} {kind:?}"
                        );
                    }
                }
            }
        }
    }
}
