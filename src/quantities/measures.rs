//! Measures: a number with a unit of the units table (`48,500 metric
//! tonnes`, `120 km/h`, `95 °F`, `a 6-inch pipe`), with the value in the
//! SI base unit beside it.
//!
//! The table ([`crate::units`]) answers which words are a unit; this
//! module decides, for the surfaces that may be something else, whether
//! the sentence speaks of a measure: `m` after a number before a counted
//! noun is a million (`1.2m people`) and metres elsewhere (`a 1.2m wall`,
//! `1.2 m long`); `pounds` are weight near `weigh`, `kg`, `heavy`, and
//! money otherwise; `in` is an inch only after another length (`6 ft 1
//! in`); `degrees` alone, `C` or `F` as a word of their own, `stone`,
//! `bar`, `cup` are left alone.

use super::nouns::{is_plural, is_stopword};
use crate::numbers::lower;
use crate::span::Quantity;
use crate::tokenize::{Shape, Token, TokenKind};
use crate::units::{Dimension, Unit, longest_unit, longest_unit_of, unit_named};

/// How many tokens a unit written after a number may take (`cubic metres
/// per second`).
const MAX_UNIT_TOKENS: usize = 6;

/// The unit written by the tokens from `k` (after a number ending at byte
/// `number_end`): how many tokens it takes and the unit. `previous` is the
/// unit of a measure right before (`6 ft 1 in`).
pub(super) fn unit_after(
    text: &str,
    tokens: &[Token],
    k: usize,
    number_end: usize,
    previous: Option<&Unit>,
) -> Option<(usize, &'static Unit)> {
    let first = tokens.get(k)?;
    if first.shape.contains(Shape::NEWLINE_BEFORE) || first.kind == TokenKind::Number {
        return None;
    }
    // The words from `k` on, up to a line break: the lookup reads them one
    // by one and usually stops at the first.
    let words = tokens
        .get(k..)
        .unwrap_or(&[])
        .iter()
        .take(MAX_UNIT_TOKENS)
        .enumerate()
        .take_while(|&(j, t)| j == 0 || !t.shape.contains(Shape::NEWLINE_BEFORE))
        .map(|(_, t)| t.text(text));
    let (used, unit) = longest_unit_of(words)?;
    if unit.dimension() == Dimension::Time {
        // Durations are the quantity rules' own (`three years` of prison).
        return None;
    }
    if !unit.is_ambiguous() {
        return Some((used, unit));
    }
    let glued = first.start == number_end;
    let surface = first.text(text);
    let next = tokens.get(k + used);
    // `¾ cup of flour`, `two stone of potatoes`: a measure of something.
    if next.is_some_and(|t| t.text(text) == "of") && !matches!(surface, "m" | "in" | "In") {
        return Some((used, unit));
    }
    match surface {
        // `1.2 m long`, `a 1.2m wall`; not `1.2m people`.
        "m" => (!counted_noun_follows(text, next) && (glued || measure_adjective(text, next)))
            .then_some((used, unit)),
        // `6 ft 1 in`: an inch after another length.
        "in" | "In" => previous
            .is_some_and(|p| p.dimension() == Dimension::Length)
            .then_some((used, unit)),
        _ => None,
    }
}

/// The unit written onto the number token `i` (`rest` is what follows its
/// digits), continued over the tokens glued after it (`290km` `/` `h` is
/// `km/h`): the unit and the token after it. Durations are not measures.
pub(super) fn glued_unit(
    text: &str,
    tokens: &[Token],
    i: usize,
    rest: &str,
) -> Option<(&'static Unit, usize)> {
    let mut words: [&str; MAX_UNIT_TOKENS] = [""; MAX_UNIT_TOKENS];
    words[0] = rest;
    let mut n = 1;
    let mut end = tokens[i].end;
    for t in tokens.iter().skip(i + 1).take(MAX_UNIT_TOKENS - 1) {
        if t.start != end {
            break;
        }
        words[n] = t.text(text);
        end = t.end;
        n += 1;
    }
    let longer = (n > 1)
        .then(|| longest_unit(&words[..n]))
        .flatten()
        .filter(|&(used, u)| used > 1 && !u.is_ambiguous());
    let (used, unit) = match longer {
        Some(found) => found,
        None => (1, crate::units::unit_suffix(rest)?),
    };
    (unit.dimension() != Dimension::Time).then_some((unit, i + used))
}

/// `6 ft 1 in`, `5 feet 10 inches`: a second number in a smaller unit of
/// the same dimension right after a measure ending before token `k`. The
/// value in the first unit it adds, and the token after it.
pub(super) fn second_part(
    text: &str,
    tokens: &[Token],
    k: usize,
    unit: &Unit,
) -> Option<(f64, usize)> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Number
        || !matches!(unit.dimension(), Dimension::Length | Dimension::Mass)
    {
        return None;
    }
    let (v, used, _) = crate::numbers::parse_digits(t.text(text))?;
    if used != t.text(text).len() {
        return None;
    }
    let (n, u2) = unit_after(text, tokens, k + 1, t.end, Some(unit))?;
    (u2.dimension() == unit.dimension() && u2.factor() < unit.factor())
        .then(|| (v * u2.factor() / unit.factor(), k + 1 + n))
}

/// Words of weight near the number at token `i` (eight tokens before,
/// four after, in its sentence): `pounds` then means weight.
pub(super) fn weight_context(text: &str, tokens: &[Token], i: usize) -> bool {
    let from = i.saturating_sub(8);
    let to = (i + 5).min(tokens.len());
    (from..to).any(|k| {
        let mut buf = [0u8; 16];
        super::word(text, tokens, k, &mut buf).is_some_and(|l| {
            matches!(
                l,
                b"weigh"
                    | b"weighs"
                    | b"weighed"
                    | b"weighing"
                    | b"weight"
                    | b"weighted"
                    | b"heavy"
                    | b"heavier"
                    | b"lighter"
                    | b"kg"
                    | b"kilograms"
                    | b"lbs"
                    | b"ounces"
                    | b"gained"
                    | b"lost"
            )
        })
    })
}

/// `pounds` of weight: the unit `lb`.
pub(super) fn pound_weight() -> Option<&'static Unit> {
    unit_named("lb")
}

/// True when a plural lower-case noun stands at `t` (`people`, `jobs`):
/// `1.2m people` counts people, in millions.
pub(super) fn counted_noun_follows(text: &str, t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        let mut buf = [0u8; 16];
        t.kind == TokenKind::Word
            && !t.is_capitalized()
            && lower(t.text(text), &mut buf).is_some_and(|l| is_plural(l) && !is_stopword(l))
    })
}

/// `long`, `high`, `wide`, `deep`, `tall`, `thick`, `away` after a length.
pub(super) fn measure_adjective(text: &str, t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        matches!(
            t.text(text),
            "long"
                | "high"
                | "wide"
                | "deep"
                | "tall"
                | "thick"
                | "away"
                | "across"
                | "below"
                | "above"
        )
    })
}

/// Sets `unit`, kind and the SI value of a measure on `q` (whose value is
/// in that unit; `low`/`high` too). A value whose SI value is past `f64`'s
/// range (`1e308 Mb`, in bytes) keeps its unit and has no SI value.
pub(super) fn set_measure(q: &mut Quantity, unit: &Unit) {
    q.unit = Some(unit.name().to_string());
    q.kind = crate::span::QuantityKind::Measure;
    let si = round_si(unit.to_si(q.value));
    q.si_value = si.is_finite().then_some(si);
    q.si_unit = q.si_value.map(|_| unit.si_unit().to_string());
}

/// SI values rounded to 12 significant digits, so that `48,500 tonnes`
/// reads 48500000 and not 48500000.00000001.
fn round_si(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - v.abs().log10().ceil() as i32;
    let scale = 10f64.powi(digits.clamp(-300, 300));
    let r = (v * scale).round() / scale;
    if r.is_finite() { r } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn si_values_are_rounded_not_truncated() {
        assert_eq!(round_si(48_500_000.000_000_01), 48_500_000.0);
        assert_eq!(round_si(0.1 + 0.2), 0.3);
        assert_eq!(round_si(-7.0), -7.0);
        assert_eq!(round_si(1e-20), 1e-20);
    }

    /// A measure whose SI value overflows keeps its value and unit and has
    /// no SI value; one just inside the range has both.
    #[test]
    fn si_values_past_the_range_of_f64_are_left_out() {
        let find = |text: &str| {
            crate::quantities::quantities(text, None)
                .into_iter()
                .find_map(|s| s.quantity().cloned())
                .expect("a quantity")
        };
        let q = find("It holds 1e308 megabytes of logs.");
        assert_eq!((q.value, q.unit.as_deref()), (1e308, Some("MB")));
        assert_eq!((q.si_value, q.si_unit), (None, None));
        let q = find("It holds 1e300 megabytes of logs.");
        let si = q.si_value.expect("an SI value");
        assert!((si / 1e306 - 1.0).abs() < 1e-12, "{si}");
        assert_eq!(q.si_unit.as_deref(), Some("B"));
    }
}
