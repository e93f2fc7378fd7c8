//! Numbers with no counted noun after them, which are quantities all the
//! same:
//!
//! * ages in apposition or as a predicate: `Smith, 45, of Springfield`,
//!   `age 29`, `died aged 79`, `when he was 18`;
//! * a measure named before its number: `Category 4`, `magnitude 5.8`;
//! * elided nouns, the number alone with the noun understood from the
//!   text before it (`unit_inferred`): `125 of his neighbours`, `34 have
//!   been tested`, `the toll rose to 212`, `200 more`, `three others`;
//! * table cells: `Total orders: 87,063` at the end of a line.
//!
//! Years, times, single digits in lists and identifiers stay out: each
//! pattern needs the words around the number, never the number alone.

use super::nouns::{is_plural, is_stopword, lemma};
use super::predicates::REACH;
use super::{is, is_any, quantity, span};
use crate::numbers::{Number, NumberKind, lower};
use crate::span::{Detail, Qualifier, QuantityKind, Span};
use crate::tokenize::{Shape, Token, TokenKind, sentence_start_of};

/// How far back (in bytes) an elided number looks for the noun it counts.
const INFER_WINDOW: usize = 600;

/// A quantity for the number `n` at token `i` (ending before `next`) that
/// has no noun after it; `before` holds the quantities found earlier in
/// the text, for the noun an elided number counts. The caller has asked
/// [`unit_before`] already (a unit word before the number comes first).
pub(super) fn bare_at(
    text: &str,
    tokens: &[Token],
    sentence_starts: &[usize],
    i: usize,
    n: &Number,
    next: usize,
    before: &[Span],
) -> Option<(Span, usize)> {
    if !matches!(
        n.kind,
        NumberKind::Integer | NumberKind::Decimal | NumberKind::Fraction
    ) || n.start != tokens[i].start
        || year_like(text, &tokens[i], n)
        || tokens[i].text(text).contains(':')
    {
        return None;
    }
    if let Some(found) = age(text, tokens, i, n, next) {
        return Some(found);
    }
    if n.kind == NumberKind::Fraction {
        return fraction(text, tokens, i, n, next);
    }
    // The indefinite `one` counts nothing (`one of the`, `one another`).
    if n.value == 1.0 {
        return None;
    }
    if let Some(found) = table_cell(text, tokens, i, n, next) {
        return Some(found);
    }
    elided(text, tokens, sentence_starts, i, n, next, before)
}

/// `served half his sentence`, `cut in half`, `half of the votes`: a
/// fraction standing alone (`unit` `fraction`, kind percent). Not `half an
/// hour` nor `a half`, which the counted forms cover.
fn fraction(
    text: &str,
    tokens: &[Token],
    i: usize,
    n: &Number,
    next: usize,
) -> Option<(Span, usize)> {
    if n.value <= 0.0
        || n.value >= 1.0
        || i.checked_sub(1).is_some_and(|k| is(text, tokens, k, "a"))
    {
        return None;
    }
    let before_determiner = is_any(
        text,
        tokens,
        next,
        &[
            "his", "her", "their", "its", "the", "of", "our", "my", "your", "this", "that",
            "these", "those",
        ],
    );
    let in_half = i > 0 && is(text, tokens, i - 1, "in") && clause_end(text, tokens, next);
    let by_verb = i > 0 && is(text, tokens, i - 1, "by") && clause_end(text, tokens, next);
    if !(before_determiner || in_half || by_verb) {
        return None;
    }
    let q = exact(n, Some("fraction".into()), QuantityKind::Percent);
    Some((span(n.start, n.end, q), next))
}

/// An exact quantity of the number `n` (no range, no qualifier).
fn exact(n: &Number, unit: Option<String>, kind: QuantityKind) -> crate::span::Quantity {
    quantity(n.value, None, None, unit, Qualifier::Exact, kind)
}

/// `1996`, `2019`: four digits in the range of years are left to dates.
fn year_like(text: &str, t: &Token, n: &Number) -> bool {
    t.kind == TokenKind::Number
        && t.text(text).len() == 4
        && n.kind == NumberKind::Integer
        && (1000.0..=2100.0).contains(&n.value)
}

/// `Category 4`, `magnitude 5.8`, `age 29`, `aged 17`: a unit word right
/// before the number, inside the span.
pub(super) fn unit_before(
    text: &str,
    tokens: &[Token],
    i: usize,
    n: &Number,
    next: usize,
) -> Option<(Span, usize)> {
    let k = i.checked_sub(1)?;
    // `a magnitude of 3.9`
    let k = if is(text, tokens, k, "of") && is(text, tokens, k.wrapping_sub(1), "magnitude") {
        k - 1
    } else {
        k
    };
    // The words below have 3, 4, 8 or 9 bytes: others are not lower-cased.
    let t = &tokens[k];
    if !matches!(t.end.wrapping_sub(t.start), 3 | 4 | 8 | 9) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower(t.text(text), &mut buf)?;
    let (unit, kind) = match w {
        b"category" if n.kind == NumberKind::Integer && (1.0..=5.0).contains(&n.value) => {
            ("category", QuantityKind::Measure)
        }
        b"magnitude" if n.value < 10.0 => ("magnitude", QuantityKind::Measure),
        b"age" | b"aged" | b"ages" if n.kind == NumberKind::Integer && n.value <= 125.0 => {
            ("year", QuantityKind::Age)
        }
        _ => return None,
    };
    // `aged 19 years old`: the unit after the number decides (tested
    // after the word before, which rules out almost every number).
    if is_any(text, tokens, next, &["years", "year", "months", "yrs"]) {
        return None;
    }
    let q = exact(n, Some(unit.into()), kind);
    Some((span(tokens[k].start, n.end, q), next))
}

/// Ages: `Smith, 45, of Springfield`, `the princess, 67, announced`,
/// `when he was 18`.
fn age(text: &str, tokens: &[Token], i: usize, n: &Number, next: usize) -> Option<(Span, usize)> {
    let t = &tokens[i];
    if t.kind != TokenKind::Number
        || n.kind != NumberKind::Integer
        || !(1.0..=125.0).contains(&n.value)
        || t.text(text).len() > 3
    {
        return None;
    }
    let text_at = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let appositive = i >= 2
        && text_at(i - 1) == ","
        && tokens[i - 2].kind == TokenKind::Word
        && crate::rules::dates::month_of(text_at(i - 2)).is_none()
        && matches!(text_at(next), "," | ";" | ")")
        // `Smith, 45, and Jones, 42,`: the next word is no number.
        && tokens.get(next + 1).is_none_or(|a| a.kind != TokenKind::Number);
    let predicate = i >= 2
        && is_any(text, tokens, i - 1, &["was", "is", "were", "am", "turned"])
        && is_any(
            text,
            tokens,
            i - 2,
            &["he", "she", "i", "they", "we", "you"],
        )
        && tokens
            .get(next)
            .is_none_or(|a| a.kind != TokenKind::Word || is_stopword_text(text, a));
    if !(appositive || predicate) {
        return None;
    }
    let q = exact(n, Some("year".into()), QuantityKind::Age);
    Some((span(n.start, n.end, q), next))
}

/// `Total orders [1]: 87,063` at the end of a line: a table cell counting
/// the plural noun of its label.
fn table_cell(
    text: &str,
    tokens: &[Token],
    i: usize,
    n: &Number,
    next: usize,
) -> Option<(Span, usize)> {
    if !is(text, tokens, i.checked_sub(1)?, ":")
        || !tokens
            .get(next)
            .is_none_or(|a| a.shape.contains(Shape::NEWLINE_BEFORE))
    {
        return None;
    }
    // The label's last plural noun, on the same line.
    let mut unit = None;
    let mut k = i - 1;
    while k > 0 && !tokens[k].shape.contains(Shape::NEWLINE_BEFORE) && i - k < 12 {
        k -= 1;
        let w = tokens[k].text(text);
        let mut buf = [0u8; 16];
        // Walking back, the last plural found is the label's first.
        if tokens[k].kind == TokenKind::Word
            && lower(w, &mut buf).is_some_and(|l| is_plural(l) && !is_stopword(l))
        {
            unit = Some(lemma(w));
        }
    }
    let unit = unit?;
    let q = exact(n, Some(unit), QuantityKind::Count);
    Some((span(n.start, n.end, q), next))
}

/// Numbers whose noun was said before: the number is the subject of a
/// verb (`34 have been tested`), the object of a copula or of a verb of
/// change (`is 1501`, `rose to 212`), a part of a whole (`125 of his
/// neighbours`), or counts `others`/`more` (`three others`, `200 more`).
fn elided(
    text: &str,
    tokens: &[Token],
    sentence_starts: &[usize],
    i: usize,
    n: &Number,
    next: usize,
    before: &[Span],
) -> Option<(Span, usize)> {
    let prev_is = |words: &[&str]| i > 0 && is_any(text, tokens, i - 1, words);
    let next_is = |k: usize, words: &[&str]| is_any(text, tokens, k, words);
    // `Smith took 31 seats and Jones 18`: a second count of the same noun
    // after a name in a coordination.
    if i >= 2
        && tokens[i - 1].is_capitalized()
        && is_any(text, tokens, i - 2, &["and", ","])
        && clause_end(text, tokens, next)
        && let Some(unit) = inferred_in_sentence(tokens, sentence_starts, before, i)
    {
        let mut q = exact(n, Some(unit), QuantityKind::Count);
        q.unit_inferred = true;
        return Some((span(n.start, n.end, q), next));
    }
    // A capitalised word right before (`Windows 10`, `Local 32`, `Count
    // 7`) makes the number part of a name.
    if i > 0 && tokens[i - 1].is_capitalized() && !tokens[i - 1].is_first_word() {
        return None;
    }
    let mut end = n.end;
    let mut after = next;
    let unit = if next_is(next, &["of"])
        && next_is(
            next + 1,
            &[
                "the", "his", "her", "their", "its", "our", "these", "those", "them", "us", "whom",
                "which",
            ],
        ) {
        // `125 of his neighbours`: the noun of the of-phrase.
        of_noun(text, tokens, next + 1).or_else(|| inferred(before, n.start))
    } else if let Some((head_end, unit)) = pronoun_head(text, tokens, next, before, n.start) {
        end = tokens[head_end - 1].end;
        after = head_end;
        unit
    } else if prev_is(&["the"])
        && is(text, tokens, i.wrapping_sub(2), "of")
        && (clause_end(text, tokens, next) || is_verb_after(text, tokens, next))
    {
        // `none of the twelve had`: the number is the noun phrase.
        inferred(before, n.start)
    } else if is_verb_after(text, tokens, next)
        && (i == 0 || !tokens[i - 1].kind.eq(&TokenKind::Number))
        && subject_position(text, tokens, i)
    {
        inferred(before, n.start)
    } else if prev_is(&["is", "was", "are", "were", "to", "reached", "stood", "totalled", "totaled"])
        && clause_end(text, tokens, next)
        // `to` only after a verb of change: `rose to 212`, not `up to 5`.
        && (!prev_is(&["to"]) || change_verb(text, tokens, i.wrapping_sub(2)))
    {
        number_of_noun(text, tokens, i).or_else(|| inferred(before, n.start))
    } else {
        return None;
    };
    let mut q = exact(n, unit, QuantityKind::Count);
    q.unit_inferred = q.unit.is_some();
    Some((span(n.start, end, q), after))
}

/// `three others`, `200 more`, `60 additional`: a pronoun head standing
/// for the counted noun at token `k`. Returns the index after it and the
/// noun understood (from the counts before; `others` alone are people).
pub(super) fn pronoun_head(
    text: &str,
    tokens: &[Token],
    k: usize,
    before: &[Span],
    at: usize,
) -> Option<(usize, Option<String>)> {
    let others = is(text, tokens, k, "others");
    let more = is_any(text, tokens, k, &["more", "additional"])
        && (clause_end(text, tokens, k + 1)
            || is_verb_after(text, tokens, k + 1)
            || is_any(text, tokens, k + 1, &["who", "after", "were", "are"]));
    if !others && !more {
        return None;
    }
    let unit = inferred(before, at).or_else(|| others.then(|| "person".to_string()));
    Some((k + 1, unit))
}

/// An auxiliary or a common verb of counts at token `k`.
fn is_verb_after(text: &str, tokens: &[Token], k: usize) -> bool {
    is_any(
        text,
        tokens,
        k,
        &[
            "have", "has", "had", "are", "were", "was", "is", "will", "would", "remain",
            "remained", "died", "survived",
        ],
    )
}

/// True when the number at token `i` starts a clause: the text's start, or
/// after punctuation or a conjunction.
fn subject_position(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0
        || tokens[i].is_first_word()
        || matches!(tokens[i - 1].text(text), "," | ";" | ":" | "(" | "\"" | "“")
        || is_any(text, tokens, i - 1, &["and", "but", "while", "whereas"])
}

/// `rose to`, `climbed to`, `fell to`, `increased to`: a verb of change
/// at token `k`.
fn change_verb(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut buf = [0u8; 16];
    tokens.get(k).is_some_and(|t| {
        lower(t.text(text), &mut buf).is_some_and(|l| {
            matches!(
                l,
                b"rose"
                    | b"risen"
                    | b"climbed"
                    | b"fell"
                    | b"fallen"
                    | b"dropped"
                    | b"increased"
                    | b"decreased"
                    | b"grew"
                    | b"grown"
                    | b"jumped"
                    | b"soared"
                    | b"declined"
                    | b"decline"
                    | b"rise"
                    | b"fall"
                    | b"climb"
                    | b"increase"
                    | b"reduced"
                    | b"raised"
                    | b"amounted"
                    | b"came"
            )
        })
    })
}

/// The clause ends after the number: punctuation, a conjunction, a quote,
/// or the end of the text.
fn clause_end(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_none_or(|t| {
        matches!(
            t.text(text),
            "." | "," | ";" | ":" | ")" | "\"" | "”" | "'" | "’" | "!" | "?" | "and" | "but"
        )
    })
}

/// `the number of deaths is 66`, `the total number of those infected`:
/// the plural noun after `number of`/`total of`/`toll` before token `i`
/// in the same sentence.
fn number_of_noun(text: &str, tokens: &[Token], i: usize) -> Option<String> {
    let mut k = i;
    while k > 0 && i - k < 12 {
        k -= 1;
        if tokens[k + 1].shape.contains(Shape::SENTENCE_START) {
            break;
        }
        if is(text, tokens, k, "of") && k > 0 && is_any(text, tokens, k - 1, &["number", "total"]) {
            return of_noun(text, tokens, k + 1);
        }
        if is(text, tokens, k, "toll") && k > 0 && is(text, tokens, k - 1, "death") {
            return Some("death".into());
        }
    }
    None
}

/// The first plural noun within a few tokens from `k` (`his neighbours`
/// → `neighbour`).
fn of_noun(text: &str, tokens: &[Token], k: usize) -> Option<String> {
    for t in tokens.iter().skip(k).take(5) {
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.text(text);
        let mut buf = [0u8; 16];
        if lower(w, &mut buf).is_some_and(|l| is_plural(l) && !is_stopword(l) && l != b"those") {
            return Some(lemma(w));
        }
    }
    None
}

/// The noun of the nearest count before token `i` in its sentence, at
/// most [`REACH`] tokens back (the reach of a quantity's predicate): a
/// sentence of many elided counts costs each one that stretch, not the
/// whole sentence before it.
fn inferred_in_sentence(
    tokens: &[Token],
    sentence_starts: &[usize],
    before: &[Span],
    i: usize,
) -> Option<String> {
    let first = sentence_start_of(sentence_starts, i).max(i.saturating_sub(REACH));
    let sentence_start = tokens[first].start;
    before
        .iter()
        .rev()
        .take_while(|s| s.start >= sentence_start)
        .find_map(|s| match &s.detail {
            Detail::Quantity(q) if q.kind == QuantityKind::Count && !q.unit_inferred => {
                q.unit.clone()
            }
            _ => None,
        })
}

/// The noun an elided number counts: that of the nearest count before it,
/// within [`INFER_WINDOW`] bytes.
fn inferred(before: &[Span], at: usize) -> Option<String> {
    before
        .iter()
        .rev()
        .take_while(|s| s.end + INFER_WINDOW >= at)
        .find_map(|s| match &s.detail {
            Detail::Quantity(q) if q.kind == QuantityKind::Count && !q.unit_inferred => {
                q.unit.clone()
            }
            _ => None,
        })
}

fn is_stopword_text(text: &str, t: &Token) -> bool {
    let mut buf = [0u8; 16];
    lower(t.text(text), &mut buf).is_none_or(is_stopword)
}

#[cfg(test)]
mod tests {
    use super::super::find_quantities;
    use crate::span::QuantityKind;
    use crate::tokenize::tokenize;

    /// (span text, value, unit, kind, unit inferred) of every quantity.
    fn found(text: &str) -> Vec<(String, f64, Option<String>, QuantityKind, bool)> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_quantities(text, &toks, &mut out);
        out.iter()
            .map(|s| {
                let q = s.quantity().unwrap();
                (
                    s.text(text).to_string(),
                    q.value,
                    q.unit.clone(),
                    q.kind,
                    q.unit_inferred,
                )
            })
            .collect()
    }

    #[test]
    fn ages_in_apposition_and_as_predicate() {
        use QuantityKind::Age;
        let table: &[(&str, &str, f64)] = &[
            ("Jane Roe, 52, of Springfield, was charged.", "52", 52.0),
            ("The mayor, 61, resigned on Monday.", "61", 61.0),
            ("She left home when she was 17.", "17", 17.0),
            ("The eldest daughter, age 31, spoke first.", "age 31", 31.0),
            ("The poet died aged 88 in Lisbon.", "aged 88", 88.0),
        ];
        for &(text, span, value) in table {
            let got = found(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, span, "{text}");
            assert_eq!(
                (got[0].1, got[0].2.as_deref(), got[0].3),
                (value, Some("year"), Age)
            );
        }
    }

    #[test]
    fn measures_named_before_the_number() {
        let got = found("A Category 3 storm and a magnitude 6.2 earthquake struck.");
        let spans: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.2.as_deref())).collect();
        assert_eq!(
            spans,
            [
                ("Category 3", Some("category")),
                ("magnitude 6.2", Some("magnitude"))
            ]
        );
    }

    #[test]
    fn elided_nouns_are_inferred() {
        let text =
            "Doctors examined 90 villagers. 40 have been tested and 12 of the villagers fell ill.";
        let got = found(text);
        let bare: Vec<(&str, Option<&str>, bool)> = got
            .iter()
            .map(|g| (g.0.as_str(), g.2.as_deref(), g.4))
            .collect();
        assert_eq!(
            bare,
            [
                ("90 villagers", Some("villager"), false),
                ("40", Some("villager"), true),
                ("12", Some("villager"), true)
            ]
        );
        let text = "Police arrested 30 protesters and released 200 more.";
        assert_eq!(found(text)[1].0, "200 more");
        assert_eq!(found(text)[1].2.as_deref(), Some("protester"));
        let text = "The number of deaths is 66.";
        assert_eq!(found(text)[0].2.as_deref(), Some("death"));
        let text = "The toll rose to 212, officials said.";
        assert_eq!(found(text)[0].0, "212");
    }

    #[test]
    fn table_cells_count_their_label() {
        let got = found("Annual figures\nTotal arrests: 1,204\nNew hires: 37\n");
        let cells: Vec<(&str, Option<&str>)> =
            got.iter().map(|g| (g.0.as_str(), g.2.as_deref())).collect();
        assert_eq!(cells, [("1,204", Some("arrest")), ("37", Some("hire"))]);
    }

    #[test]
    fn bare_numbers_that_stay_out() {
        for text in [
            "Chapter 11, 12 and 13 apply.", "In 1998, 2004 and 2011 the river flooded.",
            "Route 66 is long.", "The vote was 5 to 4 on Friday.",
            "Pages 10, 11, and 12 were missing.", "It happened on May 5, 2020, in Osh.",
        ] {
            let got = found(text);
            assert!(
                got.iter().all(|g| g.3 != QuantityKind::Age && !g.4),
                "{text}: {got:?}"
            );
        }
    }
}
