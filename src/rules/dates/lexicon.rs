//! The words of dates: months, weekdays, days of the month, years, number
//! words, units of relative dates, and the cheap filter that tells which
//! tokens can start (or anchor) a date at all.

use crate::numbers::PrefixTable;
use crate::rules::words::is_in;
use crate::tokenize::{Shape, Token, TokenKind};

/// Lower-cases an ASCII word of at most 16 bytes into `buf` (`None` for
/// longer or empty words, which no list here holds).
pub(crate) fn lower<'b>(s: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    Some(&buf[..b.len()])
}

/// The month (1–12) a word names: full names and abbreviations, with or
/// without a dot. Case: capitalized or all caps only (`may` is a verb).
pub(crate) fn month_of(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if !(3..=10).contains(&b.len()) || !b[0].is_ascii_uppercase() {
        return None;
    }
    let s = s.strip_suffix('.').unwrap_or(s);
    let mut buf = [0u8; 16];
    Some(match lower(s, &mut buf)? {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sep" | b"sept" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    })
}

/// The weekday (0 = Monday … 6 = Sunday) a capitalized word names.
pub(crate) fn weekday_of(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if !(6..=9).contains(&b.len()) || !b[0].is_ascii_uppercase() {
        return None;
    }
    let mut buf = [0u8; 16];
    Some(match lower(s, &mut buf)? {
        b"monday" => 0,
        b"tuesday" => 1,
        b"wednesday" => 2,
        b"thursday" => 3,
        b"friday" => 4,
        b"saturday" => 5,
        b"sunday" => 6,
        _ => return None,
    })
}

/// Weekday names in value form, by index.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// A day of month: `7`, `21st`, `07`.
pub(crate) fn day_of(s: &str) -> Option<u32> {
    // One or two digits, the common case, need no suffix test.
    if let [a @ b'0'..=b'9'] | [b'0'..=b'9', a @ b'0'..=b'9'] = s.as_bytes() {
        let d = if s.len() == 1 {
            u32::from(a - b'0')
        } else {
            digits_value(s.as_bytes())
        };
        return (1..=31).contains(&d).then_some(d);
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &s[digits..];
    if !(rest.is_empty() || is_in(&["st", "nd", "rd", "th"], rest)) {
        return None;
    }
    let d = digits_value(&s.as_bytes()[..digits]);
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year from 1000 to 2199.
pub(crate) fn year_of(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y = digits_value(s.as_bytes()) as i32;
    (1000..=2199).contains(&y).then_some(y)
}

/// The value of at most four ASCII digits (`str::parse` costs more).
fn digits_value(b: &[u8]) -> u32 {
    b.iter().fold(0, |v, &c| v * 10 + u32::from(c - b'0'))
}

/// The value of a small count written as digits or a word (`a`, `two`,
/// `fifteen`, `twenty-five`, `3`): what `X ago` and `X later` count.
pub(crate) fn count_of(s: &str) -> Option<i64> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok().filter(|&n| (1..=10_000).contains(&n));
    }
    if let Some((tens, unit)) = s.split_once('-') {
        let (t, u) = (count_word(tens)?, count_word(unit)?);
        return (t >= 20 && t % 10 == 0 && u < 10).then_some(t + u);
    }
    count_word(s)
}

fn count_word(s: &str) -> Option<i64> {
    let mut buf = [0u8; 16];
    Some(match lower(s, &mut buf)? {
        b"a" | b"an" | b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        b"hundred" => 100,
        _ => return None,
    })
}

/// The unit of a relative date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    /// A season (`fall`): named, never resolved.
    Season,
}

/// The unit a word names, singular or plural (`week`, `years`), with its
/// singular spelling.
pub(crate) fn unit_of(s: &str) -> Option<(Unit, &'static str)> {
    let mut buf = [0u8; 16];
    let w = lower(s, &mut buf)?;
    let w = if w.len() > 3 && w.ends_with(b"s") {
        &w[..w.len() - 1]
    } else {
        w
    };
    Some(match w {
        b"day" => (Unit::Day, "day"),
        b"week" => (Unit::Week, "week"),
        b"weekend" => (Unit::Weekend, "weekend"),
        b"month" => (Unit::Month, "month"),
        b"quarter" => (Unit::Quarter, "quarter"),
        b"year" => (Unit::Year, "year"),
        b"decade" => (Unit::Decade, "decade"),
        b"spring" => (Unit::Season, "spring"),
        b"summer" => (Unit::Season, "summer"),
        b"fall" => (Unit::Season, "fall"),
        b"autumn" => (Unit::Season, "autumn"),
        b"winter" => (Unit::Season, "winter"),
        _ => return None,
    })
}

/// The ordinal of a quarter: `first`, `2nd`, … (1–4).
pub(crate) fn quarter_ordinal(s: &str) -> Option<u32> {
    let mut buf = [0u8; 16];
    Some(match lower(s, &mut buf)? {
        b"first" | b"1st" => 1,
        b"second" | b"2nd" => 2,
        b"third" | b"3rd" => 3,
        b"fourth" | b"4th" => 4,
        _ => return None,
    })
}

/// Words that can start or anchor a date, for the prefix filter (lower case;
/// [`is_anchor`] holds the same list).
const ANCHORS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "yesterday", "today", "todays", "tomorrow", "last", "past", "this",
    "current", "next", "coming", "ago", "later", "earlier", "following", "same", "previous", "day",
    "week", "weekend", "fiscal", "fy", "first", "second", "third", "fourth", "christmas", "easter",
    "thanksgiving", "halloween",
];

/// The anchors' filter (`crate::starts` joins it with the number words').
pub(crate) static FILTER: PrefixTable = PrefixTable::new(ANCHORS);

/// Cheap test: can a date start at (or be anchored on) this token? Numbers
/// of up to ten bytes, the anchor words (a trailing abbreviation dot
/// aside), `Q1`–`Q4`, `FY2015`, and `mid-`, `early-`, `late-` words.
/// Inline but for words with digits or hyphens, which are rare.
#[inline(always)]
pub(crate) fn is_candidate(text: &str, t: &Token) -> bool {
    // The bytes are sliced in the arms that need them: punctuation, a
    // sixth of the tokens, costs a load and a compare.
    let bytes = || text.as_bytes().get(t.start..t.end).unwrap_or(&[]);
    match t.kind {
        TokenKind::Word
            if !t.shape.contains(Shape::HYPHEN) && !t.shape.contains(Shape::HAS_DIGIT) =>
        {
            let Some(w) = text.as_bytes().get(t.start..t.end) else {
                return false;
            };
            let w = &w[..w.len() - usize::from(w.last() == Some(&b'.'))];
            // The filter passes `part` for `past`, `sent` for `sept`: the
            // exact test follows, once per passing word.
            FILTER.may_contain(w) && is_anchor(w)
        }
        TokenKind::Word => is_marked_candidate(t, bytes()),
        TokenKind::Number => bytes().len() <= 10,
        _ => false,
    }
}

/// [`is_candidate`] for a word with a hyphen or digits.
#[inline(never)]
fn is_marked_candidate(t: &Token, w: &[u8]) -> bool {
    if t.shape.contains(Shape::HYPHEN) {
        prefix_hyphen(w).is_some()
    } else {
        (w.len() == 2 && matches!(w[0], b'Q' | b'q'))
            || (w.len() >= 3 && w[..2].eq_ignore_ascii_case(b"fy"))
    }
}

/// True if `w` (any case) is one of [`ANCHORS`].
fn is_anchor(w: &[u8]) -> bool {
    if w.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    for (d, c) in buf.iter_mut().zip(w) {
        *d = c.to_ascii_lowercase();
    }
    matches!(
        &buf[..w.len()],
        b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"yesterday"
            | b"today"
            | b"todays"
            | b"tomorrow"
            | b"last"
            | b"past"
            | b"this"
            | b"current"
            | b"next"
            | b"coming"
            | b"ago"
            | b"later"
            | b"earlier"
            | b"following"
            | b"same"
            | b"previous"
            | b"day"
            | b"week"
            | b"weekend"
            | b"fiscal"
            | b"fy"
            | b"first"
            | b"second"
            | b"third"
            | b"fourth"
            | b"christmas"
            | b"easter"
            | b"thanksgiving"
            | b"halloween"
    )
}

/// For `mid-2009`, `early-March`, `late-1990s`: the byte length of the
/// prefix up to and including the hyphen.
pub(crate) fn prefix_hyphen(w: &[u8]) -> Option<usize> {
    ["mid-", "early-", "late-"].iter().find_map(|p| {
        (w.len() > p.len() + 2 && w[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
            .then_some(p.len())
    })
}

/// Lower-case words ending in `s` that are not plural nouns: a year before
/// them still reads as a year (`1873 was`, `2008 as`).
const NOT_PLURAL: &[&str] = &[
    "was", "is", "has", "as", "this", "thus", "its", "his", "hers", "ours", "yours", "theirs",
    "always", "perhaps", "unless", "across", "plus", "versus", "besides", "towards", "afterwards",
    "less", "yes", "whereas", "does", "goes", "says", "us", "whose", "news", "series", "means",
    // Plural events named by their year: `the 2008 elections`.
    "elections", "games", "olympics", "finals", "championships", "floods", "protests", "riots",
    "attacks", "talks", "polls",
];

/// Words after a number that make it a count or measure, not a year.
const COUNTED: &[&str] = &[
    "%", "percent", "per", "km", "kg", "mph", "ft", "feet", "miles", "metres", "meters", "tonnes",
    "tons", "hours", "hrs", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cst", "cdt", "cet",
    "local", "more", "additional", "other", "others", "of", "people", "dollars", "euros", "yen",
    "points", "times", "square", "acres", "hectares", "ha", "m", "mm", "cm", "b", "bn", "million",
    "billion", "thousand", "hundred",
];

/// True if token `k` makes the number before it a count (`2000 people`,
/// `1500 km`, `1430 GMT`): a plural noun, a unit or a zone.
pub(crate) fn is_counted(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    let s = t.text(text);
    match t.kind {
        TokenKind::Word => {
            is_in(COUNTED, s)
                || (!t.is_capitalized()
                    && s.len() > 3
                    && s.ends_with('s')
                    // `crisis`, `census`, `class`: singular
                    && !s.ends_with("ss")
                    && !s.ends_with("is")
                    && !s.ends_with("us")
                    && !is_in(NOT_PLURAL, s))
        }
        TokenKind::Symbol => s == "%",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_and_the_exact_test_agree() {
        for w in ANCHORS {
            assert!(
                FILTER.may_contain(w.as_bytes()) && is_anchor(w.as_bytes()),
                "{w}"
            );
            let upper = w.to_ascii_uppercase();
            assert!(
                FILTER.may_contain(upper.as_bytes()) && is_anchor(upper.as_bytes()),
                "{upper}"
            );
        }
        for w in [
            "said", "that", "then", "were", "dad", "large", "part", "sent",
        ] {
            assert!(!is_anchor(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn days_and_years_read_as_parse_reads_them() {
        for n in 0..10_000 {
            for s in [format!("{n}"), format!("{n:02}"), format!("{n:04}")] {
                let day = s.len() <= 2 && (1..=31).contains(&s.parse::<u32>().unwrap());
                assert_eq!(day_of(&s), day.then(|| s.parse().unwrap()), "{s}");
                let th = format!("{s}th");
                assert_eq!(day_of(&th), day_of(&s), "{th}");
                let year = s.len() == 4 && (1000..=2199).contains(&s.parse::<i32>().unwrap());
                assert_eq!(year_of(&s), year.then(|| s.parse().unwrap()), "{s}");
            }
        }
    }
}
