//! Ordinals that place something in a sequence or ranking: `finished
//! fifth`, `the third attempt`, `the 95th case`, `her first delegate`, `the
//! first to be charged`.
//!
//! An ordinal word counts only after a determiner or possessive (`the`,
//! `his`, `its`, `Smith's`) or a verb of placing (`finished`, `placed`,
//! `came`, `ranked`): the adverb `first` (`first noticed`) and titles
//! (`First Secretary`, capitalised mid-sentence) are left out, and so are
//! ordinals of dates (`October 7th`, `the 7th of October`) and of streets
//! and districts (`5th Avenue`, `3rd Precinct`). The span is the ordinal
//! and the ranked noun when one follows (`third attempt`), else the
//! ordinal alone; `unit` is the ranked noun's lemma.

use super::nouns::{is_stopword, lemma, looks_like_demonym};
use super::{is, is_any, next_to_month, quantity, span};
use crate::numbers::{Number, lower};
use crate::span::{Qualifier, QuantityKind, Span};
use crate::tokenize::{Shape, Token, TokenKind};

/// The ordinal quantity for the ordinal number `n` that starts at token
/// `i` and ends before token `next`; `None` where it places nothing.
pub(super) fn ordinal_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    n: &Number,
    next: usize,
) -> Option<(Span, usize)> {
    let t = &tokens[i];
    let digits = t.kind == TokenKind::Number;
    if next_to_month(text, tokens, i, next) {
        return None;
    }
    // `First Secretary`, `Second World War`: part of a name or title.
    if !digits && t.is_capitalized() && !t.is_first_word() {
        return None;
    }
    // `5th Avenue`, `3rd Precinct`, `the 19th Century`.
    if tokens
        .get(next)
        .is_some_and(|nt| nt.is_capitalized() && nt.kind == TokenKind::Word)
        && !tokens.get(next + 1).is_some_and(|n2| {
            n2.kind == TokenKind::Word && !n2.is_capitalized() && !is_stopword_token(text, n2)
        })
    {
        return None;
    }
    let by_verb = placed(text, tokens, i)?;
    // `the first two seasons`: the count that follows is the quantity.
    if tokens
        .get(next)
        .is_some_and(|nt| nt.kind == TokenKind::Number)
        || is_any(text, tokens, next, &["two", "three", "four", "five", "few"])
    {
        return None;
    }
    let (head_end, unit) = match ranked_noun(text, tokens, next) {
        Some((end, head)) => (end, Some(head)),
        // `the first to be charged`: the ranked noun is a person.
        None if is(text, tokens, next, "to") => (next, Some("person".to_string())),
        // `finished fifth.`: alone at a clause end; not `first and
        // foremost`, `the first of its kind`.
        None if by_verb || clause_ends(text, tokens, next) => (next, None),
        None => return None,
    };
    // Centuries are periods; `third party`, `first lady`, `first aid`
    // and the like are fixed expressions, not rankings.
    if head_end > next
        && unit.as_deref().is_some_and(|u| {
            matches!(
                u,
                "century" | "anniversary" | "party" | "lady" | "aid" | "hand" | "degree" | "class"
            )
        })
    {
        return None;
    }
    let end = if head_end > next {
        tokens[head_end - 1].end
    } else {
        n.end
    };
    let q = quantity(
        n.value,
        None,
        None,
        unit,
        Qualifier::Exact,
        QuantityKind::Ordinal,
    );
    Some((span(t.start, end, q), head_end))
}

/// Whether the ordinal at token `i` ranks something: `Some(false)` after
/// a determiner or a possessive, `Some(true)` after a verb of placing
/// (`finished fifth`), `None` otherwise.
fn placed(text: &str, tokens: &[Token], i: usize) -> Option<bool> {
    let prev = i.checked_sub(1).map(|k| &tokens[k])?;
    let p = prev.text(text);
    if matches!(p, "'s" | "’s" | "'" | "’") {
        return Some(false);
    }
    let mut buf = [0u8; 16];
    let l = lower(p, &mut buf)?;
    let verb = matches!(
        l,
        b"finished"
            | b"finishing"
            | b"placed"
            | b"came"
            | b"come"
            | b"ranked"
            | b"ranks"
            | b"ended"
    );
    let determiner = matches!(
        l,
        b"the"
            | b"a"
            | b"an"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"this"
            | b"that"
            | b"whose"
    );
    (verb || determiner).then_some(verb)
}

/// The ranked noun phrase from token `k`: at most three words, the last a
/// lower-case noun (`time`, `Thai royal`, `confirmed case`); a participle
/// at the end (`the first boat rescued`) is not part of it.
fn ranked_noun(text: &str, tokens: &[Token], k: usize) -> Option<(usize, String)> {
    let mut last_noun = None;
    for (j, t) in tokens.iter().enumerate().skip(k).take(3) {
        if t.kind != TokenKind::Word || (j > k && t.shape.contains(Shape::NEWLINE_BEFORE)) {
            break;
        }
        if is_stopword_token(text, t) {
            break;
        }
        let w = t.text(text);
        if t.is_capitalized() {
            // A demonym may stand before the noun (`the first Thai
            // royal`); a name is a span of its own.
            let mut buf = [0u8; 16];
            if lower(w, &mut buf).is_some_and(looks_like_demonym) {
                continue;
            }
            break;
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            break;
        }
        if w.ends_with("ed") || w.ends_with("ing") {
            // A participle: a modifier when a noun follows, else the end.
            continue;
        }
        last_noun = Some((j + 1, lemma(w)));
        // One noun is the head unless a second noun follows directly
        // (`first time`, `third attempt`; `first boat captain` is rare).
        break;
    }
    last_noun
}

fn is_stopword_token(text: &str, t: &Token) -> bool {
    let mut buf = [0u8; 16];
    lower(t.text(text), &mut buf).is_none_or(|l| {
        is_stopword(l)
            || matches!(
                l,
                b"to" | b"and" | b"or" | b"who" | b"which" | b"that" | b"time," | b"not" | b"be"
            )
    })
}

/// True at the end of the text or before clause punctuation.
fn clause_ends(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k)
        .is_none_or(|t| matches!(t.text(text), "." | "," | ";" | ":" | "!" | "?" | ")"))
}

#[cfg(test)]
mod tests {
    use super::super::find_quantities;
    use crate::tokenize::tokenize;

    fn ordinals(text: &str) -> Vec<(String, f64, Option<String>)> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_quantities(text, &toks, &mut out);
        out.iter()
            .filter_map(|s| {
                let q = s.quantity()?;
                (q.kind == crate::span::QuantityKind::Ordinal)
                    .then(|| (s.text(text).to_string(), q.value, q.unit.clone()))
            })
            .collect()
    }

    #[test]
    fn positions_are_ordinals() {
        let table: &[(&str, &str, f64, Option<&str>)] = &[
            ("She finished fifth in the final.", "fifth", 5.0, None),
            (
                "It was the third attempt this year.",
                "third attempt",
                3.0,
                Some("attempt"),
            ),
            (
                "This is the 41st case in the county.",
                "41st case",
                41.0,
                Some("case"),
            ),
            (
                "He was the first to be arrested.",
                "first",
                1.0,
                Some("person"),
            ),
            (
                "It is her second win of the season.",
                "second win",
                2.0,
                Some("win"),
            ),
            (
                "the first Danish athlete to win",
                "first Danish athlete",
                1.0,
                Some("athlete"),
            ),
            (
                "The second storm arrived later.",
                "second storm",
                2.0,
                Some("storm"),
            ),
            (
                "the first ship reached harbour on Monday",
                "first ship",
                1.0,
                Some("ship"),
            ),
            ("It is not the first time.", "first time", 1.0, Some("time")),
            (
                "They lost in the second round",
                "second round",
                2.0,
                Some("round"),
            ),
        ];
        for &(text, span, value, unit) in table {
            let got = ordinals(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, span, "{text}");
            assert_eq!(got[0].1, value, "{text}");
            assert_eq!(got[0].2.as_deref(), unit, "{text}");
        }
    }

    #[test]
    fn adverbs_titles_dates_and_streets_are_not() {
        for text in [
            "Fishermen first saw the boat at dawn.", "First, the court heard the witnesses.",
            "He met the First Secretary in Hanoi.", "The vote is on October 7th.",
            "They met on the 7th of October.", "The shop is at 201 5th Avenue.",
            "It happened during the Second World War.", "The first and foremost task",
        ] {
            assert!(ordinals(text).is_empty(), "{text}: {:?}", ordinals(text));
        }
    }
}
