//! Absolute dates: days, months, years, decades, quarters and fiscal years
//! written with numbers and month names, and weekdays (alone, or with
//! their date as one span).

use super::lexicon::{
    count_of, day_of, is_counted, month_of, prefix_hyphen, quarter_ordinal, weekday_of, year_of,
};
use super::{Cx, Hit, Previous, When};
use crate::calendar::valid;
use crate::tokenize::TokenKind;

/// A leap year, to check a month and day written without a year (`February
/// 29` is a date, `February 30` is not).
const LEAP: i32 = 2000;

/// The calendar date starting at token `i`, if any. `previous` is the last
/// date found, for lists and ranges.
pub(super) fn at(cx: &Cx<'_>, i: usize, previous: Option<&Previous>) -> Option<Hit> {
    match cx.tokens.get(i)?.kind {
        TokenKind::Number => number_at(cx, i, previous),
        TokenKind::Word => word_at(cx, i),
        _ => None,
    }
}

/// The date at a number token: none for a count no reader below takes
/// (`700`, `1,000`, `3.5`), else the readers in turn.
fn number_at(cx: &Cx<'_>, i: usize, previous: Option<&Previous>) -> Option<Hit> {
    if is_plain_count(cx.txt(i).as_bytes()) {
        return None;
    }
    number_date(cx, i, previous)
}

/// True for one or two digits with a number right after them (`5 5 5`, a
/// table) and no date before them that they could continue (`May 5 and 6`):
/// no reader of [`read_number`] takes such a day, since each needs a month,
/// `of`, `/` or a joiner after it. The test below holds this against them.
fn is_day_before_number(cx: &Cx<'_>, i: usize, previous: Option<&Previous>) -> bool {
    if !cx.kind_is(i + 1, TokenKind::Number) {
        return false;
    }
    let s = cx.txt(i).as_bytes();
    matches!(s.len(), 1 | 2)
        && s.iter().all(u8::is_ascii_digit)
        && previous.is_none_or(|p| !joined(cx, p.next, i))
}

/// True for a number no reader of [`number_date`] takes, whatever stands
/// around it: digits, commas and dots only, and none of a day (one or two
/// digits), a year (four), a date with dots (`12.05.1990`, six bytes or
/// more) or the first part of `5/12/1990` (one, two or four digits). Most
/// numbers in news are such counts; the test below holds this against the
/// readers.
fn is_plain_count(s: &[u8]) -> bool {
    let mut digits_only = true;
    let mut dot = false;
    for &b in s {
        match b {
            b'0'..=b'9' => {}
            b',' => digits_only = false,
            b'.' => {
                digits_only = false;
                dot = true;
            }
            _ => return false,
        }
    }
    let dated_dots = dot && s.len() >= 6;
    let day_or_year = digits_only && matches!(s.len(), 1 | 2 | 4);
    !s.is_empty() && !dated_dots && !day_or_year
}

/// The readers of dates that start with a number, in turn.
fn number_date(cx: &Cx<'_>, i: usize, previous: Option<&Previous>) -> Option<Hit> {
    read_number(cx, i, previous, Readers::Needed)
}

/// Which readers [`read_number`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Readers {
    /// Those a token's length leaves: what extraction runs.
    Needed,
    /// Every one: what the tests hold the needed ones against.
    #[cfg(test)]
    All,
}

/// The readers of a number token in turn. A token of one or two bytes is
/// a day or nothing: no fiscal year, year range, quarter, decade or year is
/// that short, so with [`Readers::Needed`] it meets only the readers of a
/// day (a table of small numbers, `6 ft 1 in`, asks this of every number).
fn read_number(
    cx: &Cx<'_>,
    i: usize,
    previous: Option<&Previous>,
    readers: Readers,
) -> Option<Hit> {
    let s = cx.txt(i);
    let short = readers == Readers::Needed && s.len() <= 2;
    if short && is_day_before_number(cx, i, previous) {
        return None;
    }
    if let Some(hit) = numeric_date(cx, i) {
        return Some(hit);
    }
    let day = day_of(s);
    if let Some(d) = day
        && let Some(m) = month_of(cx.txt(i + 1))
    {
        return day_month(cx, i, d, m);
    }
    if let Some(d) = day
        && cx.is(i + 1, &["of"])
        && let Some(m) = month_of(cx.txt(i + 2))
    {
        // `the 5th of May [2020]`: read as `5 May`, the span from the day.
        let hit = day_month(cx, i + 1, d, m)?;
        return Some(Hit {
            start: cx.tokens[i].start,
            ..hit
        });
    }
    if short {
        let d = day?;
        return days_before_month(cx, i, d).or_else(|| continued_day(cx, i, d, previous));
    }
    if let Some(hit) = fiscal_span(cx, i).or_else(|| fiscal_dash(cx, i)) {
        return Some(hit);
    }
    if let Some(hit) = year_range(cx, i, previous).or_else(|| days_before_month(cx, i, day?)) {
        return Some(hit);
    }
    // A number token names a quarter only as `1st` to `4th`.
    if s.len() == 3
        && let Some(hit) = quarter_ordinal(s).and_then(|q| quarter(cx, i, q))
    {
        return Some(hit);
    }
    if let Some(y) = decade_of(s) {
        return Some(cx.hit(i, i + 1, When::Decade(y)));
    }
    if let Some(hit) = short_decade(cx, i) {
        return Some(hit);
    }
    if let Some(hit) = day.and_then(|d| continued_day(cx, i, d, previous)) {
        return Some(hit);
    }
    let y = year_of(s)?;
    is_year(cx, i, y, previous).then(|| cx.hit(i, i + 1, When::Year(y)))
}

fn word_at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let s = cx.txt(i);
    if let Some(m) = month_of(s) {
        return month(cx, i, m);
    }
    if let Some(w) = weekday_of(s) {
        return weekday(cx, i, w);
    }
    if let Some(hit) = prefixed(cx, i) {
        return Some(hit);
    }
    if let Some(q) = quarter_ordinal(s) {
        return quarter(cx, i, q);
    }
    fiscal_span(cx, i).or_else(|| q_quarter(cx, i))
}

/// `7 October 2020`, `7 October`.
fn day_month(cx: &Cx<'_>, i: usize, d: u32, m: u32) -> Option<Hit> {
    if let Some(y) = year_of(cx.txt(i + 2)) {
        return valid(y, m, d).then(|| {
            cx.hit(
                i,
                i + 3,
                When::Day {
                    year: Some(y),
                    month: m,
                    day: d,
                },
            )
        });
    }
    valid(LEAP, m, d).then(|| {
        cx.hit(
            i,
            i + 2,
            When::Day {
                year: None,
                month: m,
                day: d,
            },
        )
    })
}

/// Words before a lone month that make it one (`in May`, `late June`).
const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "early", "late", "mid", "of", "from", "last", "next",
    "this", "during", "before", "after", "between", "through", "throughout", "and", "or", "to",
    "-", "–", "—",
];

/// `October 7, 2020`, `Oct. 7`, `October 2020`, `October`.
fn month(cx: &Cx<'_>, i: usize, m: u32) -> Option<Hit> {
    let s = cx.txt(i);
    let next_is_number = cx.kind_is(i + 1, TokenKind::Number);
    if next_is_number && let Some(hit) = day_range(cx, i, m) {
        return Some(hit);
    }
    if let Some(d) = day_of(cx.txt(i + 1)).filter(|_| next_is_number) {
        // Month Day[,] [Year]
        let comma = cx.txt(i + 2) == ",";
        let yk = if comma { i + 3 } else { i + 2 };
        if let Some(y) = year_of(cx.txt(yk)) {
            return valid(y, m, d).then(|| {
                cx.hit(
                    i,
                    yk + 1,
                    When::Day {
                        year: Some(y),
                        month: m,
                        day: d,
                    },
                )
            });
        }
        return valid(LEAP, m, d).then(|| {
            cx.hit(
                i,
                i + 2,
                When::Day {
                    year: None,
                    month: m,
                    day: d,
                },
            )
        });
    }
    if let Some(y) = year_of(cx.txt(i + 1)).filter(|_| next_is_number) {
        return Some(cx.hit(
            i,
            i + 2,
            When::Month {
                year: Some(y),
                month: m,
            },
        ));
    }
    // A lone `May` or `Jan` needs a word before it that makes it a month,
    // and so does `March` first in a sentence (`March on!`); `January`
    // does not. Before a capitalized word a month is a given name (`June
    // Carter`) unless cued.
    let t = &cx.tokens[i];
    // `Jan`, `Sept` (abbreviations without their dot); not `June`, `July`.
    let bare_abbreviation = s.len() <= 4 && !matches!(m, 5..=7);
    let ambiguous = (m == 5 && s.len() == 3)
        || (m == 3 && s.len() == 5 && t.is_first_word())
        || bare_abbreviation;
    let cued = i > 0 && cx.is(i - 1, MONTH_CUES);
    let before_name = cx.tokens.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && n.is_capitalized() && month_of(cx.txt(i + 1)).is_none()
    });
    (cued || !ambiguous && !before_name).then(|| {
        cx.hit(
            i,
            i + 1,
            When::Month {
                year: None,
                month: m,
            },
        )
    })
}

/// Capitalized words after a weekday that make it part of a name (`the
/// Sunday Times`).
const NAME_AFTER_WEEKDAY: &[&str] = &[
    "times", "telegraph", "herald", "post", "mail", "express", "star", "tribune", "independent",
    "mirror", "sport", "observer", "standard", "review", "school", "league",
];

/// Lower-case words after `the Friday` that keep it a date (`the Friday
/// before`, `the Saturday of the convention`); any other word makes it a
/// generic weekday (`the Friday market`).
const AFTER_THE_WEEKDAY: &[&str] = &[
    "of", "before", "after", "morning", "afternoon", "evening", "night", "and", "or", "when",
    "that", "in", "at", "to", "for", "was", "is", "will", "has", "had",
];

/// `Monday`; `Thursday, May 5` and `Saturday, March 5, 2005` as one date.
fn weekday(cx: &Cx<'_>, i: usize, w: u32) -> Option<Hit> {
    let next = cx.tokens.get(i + 1);
    let next_word_capitalized =
        next.is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized());
    if next_word_capitalized && cx.is(i + 1, NAME_AFTER_WEEKDAY) {
        return None;
    }
    let after_the = i > 0 && cx.is(i - 1, &["the", "a", "every", "each"]);
    if after_the
        && next.is_some_and(|t| {
            t.kind == TokenKind::Word && !t.is_capitalized() && !cx.is(i + 1, AFTER_THE_WEEKDAY)
        })
    {
        return None;
    }
    if after_the && next_word_capitalized && month_of(cx.txt(i + 1)).is_none() {
        return None;
    }
    // Weekday[,] Month Day[, Year] or Weekday[,] Day Month[ Year].
    let k = if cx.txt(i + 1) == "," { i + 2 } else { i + 1 };
    let date = match cx.tokens.get(k).map(|t| t.kind) {
        Some(TokenKind::Word) => month_of(cx.txt(k)).and_then(|m| month(cx, k, m)),
        Some(TokenKind::Number) => day_of(cx.txt(k))
            .zip(month_of(cx.txt(k + 1)))
            .and_then(|(d, m)| day_month(cx, k, d, m)),
        _ => None,
    };
    if let Some(date) = date.filter(|h| matches!(h.when, When::Day { .. })) {
        return Some(Hit {
            start: cx.tokens[i].start,
            ..date
        });
    }
    Some(cx.hit(i, i + 1, When::Weekday(w)))
}

/// `s` split at its first ASCII hyphen (`1999-2004`, `24-26`). Most tokens
/// asked have none: a byte loop over a few bytes, where `split_once` would
/// set up a char search for each.
fn split_at_hyphen(s: &str) -> Option<(&str, &str)> {
    let k = s.bytes().position(|b| b == b'-')?;
    Some((&s[..k], &s[k + 1..]))
}

/// `1999-2004` as one token: two years.
fn year_range(cx: &Cx<'_>, i: usize, previous: Option<&Previous>) -> Option<Hit> {
    let t = &cx.tokens[i];
    let (a, b) = split_at_hyphen(cx.txt(i))?;
    let (first, last) = (year_of(a)?, year_of(b)?);
    if last <= first || last - first > 100 || !is_year(cx, i, first.max(1900), previous) {
        return None;
    }
    let second = Hit {
        start: t.start + a.len() + 1,
        end: t.end,
        when: When::Year(last),
        next: i + 1,
        second: None,
    };
    Some(Hit {
        start: t.start,
        end: t.start + a.len(),
        when: When::Year(first),
        next: i + 1,
        second: Some(Box::new(second)),
    })
}

/// The first day of `12 and 13 November [2020]`: the month (and year)
/// of the second.
fn days_before_month(cx: &Cx<'_>, i: usize, day: u32) -> Option<Hit> {
    let k = (i + 2..i + 4).find(|&k| cx.kind_is(k, TokenKind::Number))?;
    // The month first: it rules out almost every pair of numbers (`6 ft
    // 1 in`) with one lookup, before the second day and the joiners.
    let month = month_of(cx.txt(k + 1))?;
    let second = day_of(cx.txt(k))?;
    if !joined(cx, i + 1, k) {
        return None;
    }
    let year = year_of(cx.txt(k + 2));
    let ok = match year {
        Some(y) => valid(y, month, day) && valid(y, month, second),
        None => valid(LEAP, month, day),
    };
    ok.then(|| cx.hit(i, i + 1, When::Day { year, month, day }))
}

/// `May 24-26` (the days as one token): two days.
fn day_range(cx: &Cx<'_>, i: usize, m: u32) -> Option<Hit> {
    let t = &cx.tokens[i + 1];
    let (a, b) = split_at_hyphen(cx.txt(i + 1))?;
    let (d1, d2) = (day_of(a)?, day_of(b)?);
    if d2 <= d1 {
        return None;
    }
    let comma = cx.txt(i + 2) == ",";
    let yk = if comma { i + 3 } else { i + 2 };
    let year = year_of(cx.txt(yk));
    let check = year.unwrap_or(LEAP);
    if !valid(check, m, d1) || !valid(check, m, d2) {
        return None;
    }
    let next = if year.is_some() { yk + 1 } else { i + 2 };
    let end = if year.is_some() {
        cx.tokens[yk].end
    } else {
        t.end
    };
    let second = Hit {
        start: t.start + a.len() + 1,
        end,
        when: When::Day {
            year,
            month: m,
            day: d2,
        },
        next,
        second: None,
    };
    Some(Hit {
        start: cx.tokens[i].start,
        end: t.start + a.len(),
        when: When::Day {
            year,
            month: m,
            day: d1,
        },
        next,
        second: Some(Box::new(second)),
    })
}

/// `1990s` → 1990 (a year ending in 0 with a plural `s`).
fn decade_of(s: &str) -> Option<i32> {
    let y = year_of(s.strip_suffix('s')?)?;
    (y % 10 == 0).then_some(y)
}

/// `the '90s`: `'20s` to `'90s` are in the 1900s, `'00s` and `'10s` in
/// the 2000s. The span starts at the apostrophe.
fn short_decade(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let s = cx.txt(i);
    let b = s.as_bytes();
    if b.len() != 3 || b[2] != b's' || b[1] != b'0' || !b[0].is_ascii_digit() || i == 0 {
        return None;
    }
    if !cx.glued(i) || !matches!(cx.txt(i - 1), "'" | "’") {
        return None;
    }
    let tens = (b[0] - b'0') as i32 * 10;
    let y = if tens >= 20 { 1900 + tens } else { 2000 + tens };
    Some(cx.hit(i - 1, i + 1, When::Decade(y)))
}

/// `mid-2009`, `early-March`, `late-1990s`: the date after the hyphen.
fn prefixed(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let t = &cx.tokens[i];
    let s = cx.txt(i);
    let p = prefix_hyphen(s.as_bytes())?;
    let rest = &s[p..];
    let start = t.start + p;
    let (when, end, next) = if let Some(y) = year_of(rest) {
        (When::Year(y), t.end, i + 1)
    } else if let Some(y) = decade_of(rest) {
        (When::Decade(y), t.end, i + 1)
    } else {
        let m = month_of(rest)?;
        match year_of(cx.txt(i + 1)) {
            Some(y) => (
                When::Month {
                    year: Some(y),
                    month: m,
                },
                cx.tokens[i + 1].end,
                i + 2,
            ),
            None => (
                When::Month {
                    year: None,
                    month: m,
                },
                t.end,
                i + 1,
            ),
        }
    };
    Some(Hit {
        start,
        end,
        when,
        next,
        second: None,
    })
}

/// `5/12/1990`, `05-12-1990`, `12.05.1990`: month first, unless the first
/// number is over 12, the option says day first, or dots separate them
/// (European use); a two-digit year is 1950–2049.
fn numeric_date(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let s = cx.txt(i);
    let (parts, end, dots): ([&str; 3], usize, bool) = if s.len() >= 6
        && let Some(sep) = s.bytes().find(|b| matches!(b, b'-' | b'.'))
    {
        let mut it = s.split(sep as char);
        let parts = [it.next()?, it.next()?, it.next()?];
        if it.next().is_some() {
            return None;
        }
        (parts, i + 1, sep == b'.')
    } else if cx.txt(i + 1) == "/"
        && cx.txt(i + 3) == "/"
        && (1..=4).all(|k| cx.glued(i + k))
        && cx.kind_is(i + 2, TokenKind::Number)
        && cx.kind_is(i + 4, TokenKind::Number)
    {
        ([s, cx.txt(i + 2), cx.txt(i + 4)], i + 5, false)
    } else {
        return None;
    };
    let [a, b, y] = parts;
    if a.len() == 4 && !dots {
        // ISO 8601: 2020-10-07
        let year = year_of(a)?;
        let (month, day) = (b.parse().ok()?, y.parse().ok()?);
        let two = |p: &str| p.len() == 2 && p.bytes().all(|c| c.is_ascii_digit());
        return (two(b) && two(y) && valid(year, month, day)).then(|| {
            cx.hit(
                i,
                end,
                When::Day {
                    year: Some(year),
                    month,
                    day,
                },
            )
        });
    }
    let small = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !small(a) || !small(b) || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year = match y.len() {
        4 => y.parse().ok()?,
        2 if !dots => {
            let yy: i32 = y.parse().ok()?;
            if yy < 50 { 2000 + yy } else { 1900 + yy }
        }
        _ => return None,
    };
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let day_first = a > 12 || (b <= 12 && (cx.day_first || dots));
    let (month, day) = if day_first { (b, a) } else { (a, b) };
    valid(year, month, day).then(|| {
        cx.hit(
            i,
            end,
            When::Day {
                year: Some(year),
                month,
                day,
            },
        )
    })
}

/// Fiscal years: `FY2015`, `FY 2015`, `FY15`, `fiscal 2015`, `fiscal year
/// 2015`, `2017/18`, and `2017-18` near a fiscal word. The value names the
/// year the fiscal year ends in.
fn fiscal_span(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let s = cx.txt(i);
    let b = s.as_bytes();
    if b.len() >= 2 && b[..2].eq_ignore_ascii_case(b"fy") {
        if b.len() > 2 {
            let y = fiscal_digits(&s[2..])?;
            return Some(cx.hit(i, i + 1, When::Fiscal(y)));
        }
        let y = fiscal_digits(cx.txt(i + 1)).filter(|_| cx.kind_is(i + 1, TokenKind::Number))?;
        return Some(cx.hit(i, i + 2, When::Fiscal(y)));
    }
    if s.eq_ignore_ascii_case("fiscal") {
        let k = if cx.is(i + 1, &["year"]) {
            i + 2
        } else {
            i + 1
        };
        let y = year_of(cx.txt(k)).filter(|_| !is_counted(cx.text, cx.tokens, k + 1))?;
        return Some(cx.hit(i, k + 1, When::Fiscal(y)));
    }
    // `2017/18 accounts`, `budget for 2017/2018`; not `the 2013/2014 flu
    // season`, two years.
    let first = year_of(s)?;
    if cx.txt(i + 1) == "/" && cx.glued(i + 1) && cx.glued(i + 2) {
        let y = second_year(first, cx.txt(i + 2))?;
        return fiscal_context(cx, i, i + 3).then(|| cx.hit(i, i + 3, When::Fiscal(y)));
    }
    None
}

/// Words near `2017/18` or `2017-18` that make it a fiscal year.
const FISCAL_CUES: &[&str] = &[
    "fiscal", "financial", "budget", "budgets", "tax", "fy", "accounts", "revenue", "revenues",
    "spending", "profit", "profits", "results", "earnings", "deficit",
];

/// True if a fiscal word stands within three tokens of `first..next`.
fn fiscal_context(cx: &Cx<'_>, first: usize, next: usize) -> bool {
    (first.saturating_sub(3)..first)
        .chain(next..next + 3)
        .any(|k| cx.is(k, FISCAL_CUES))
}

/// A fiscal year token after `FY`: `2015`, `15`, `2015-16`, `15-16`
/// (the year it ends in).
fn fiscal_digits(s: &str) -> Option<i32> {
    let (first, second) = match s.split_once(['-', '/']) {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let y = match first.len() {
        4 => year_of(first)?,
        2 if first.bytes().all(|b| b.is_ascii_digit()) => 2000 + first.parse::<i32>().ok()?,
        _ => return None,
    };
    match second {
        Some(b) => second_year(y, b),
        None => Some(y),
    }
}

/// The second year of `2017/18` or `2017/2018`: the year after `first`.
fn second_year(first: i32, s: &str) -> Option<i32> {
    let next = first + 1;
    let ok = match s.len() {
        2 => s.parse::<i32>().ok() == Some(next % 100),
        4 => s.parse::<i32>().ok() == Some(next),
        _ => false,
    };
    ok.then_some(next)
}

/// `2017-18` as one token, near a fiscal word.
fn fiscal_dash(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let s = cx.txt(i);
    let (a, b) = split_at_hyphen(s)?;
    let y = second_year(year_of(a)?, b)?;
    fiscal_context(cx, i, i + 1).then(|| cx.hit(i, i + 1, When::Fiscal(y)))
}

/// `third quarter of 2016`, `3rd quarter 2016`: only with the year.
fn quarter(cx: &Cx<'_>, i: usize, q: u32) -> Option<Hit> {
    if !cx.is(i + 1, &["quarter"]) {
        return None;
    }
    let k = if cx.is(i + 2, &["of"]) { i + 3 } else { i + 2 };
    let year = year_of(cx.txt(k))?;
    Some(cx.hit(i, k + 1, When::Quarter { year, quarter: q }))
}

/// `Q3 2021`, `Q3 of 2021`.
fn q_quarter(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let b = cx.txt(i).as_bytes();
    if b.len() != 2 || !matches!(b[0], b'Q' | b'q') || !(b'1'..=b'4').contains(&b[1]) {
        return None;
    }
    let k = if cx.is(i + 1, &["of"]) { i + 2 } else { i + 1 };
    let year = year_of(cx.txt(k))?;
    Some(cx.hit(
        i,
        k + 1,
        When::Quarter {
            year,
            quarter: (b[1] - b'0') as u32,
        },
    ))
}

/// Words joining the dates of a list or range.
const JOINERS: &[&str] = &[
    ",", "and", "or", "to", "through", "thru", "until", "till", "-", "–", "—", "&", "into",
];

/// True if the tokens from `from` to `to` (exclusive) join two dates: one
/// or two joiners (`, and`).
fn joined(cx: &Cx<'_>, from: usize, to: usize) -> bool {
    (1..=2).contains(&(to.saturating_sub(from))) && (from..to).all(|k| cx.is(k, JOINERS))
}

/// The second day of `May 7 and 8` or `May 24 to 26`: the month (and
/// year) of the first.
fn continued_day(cx: &Cx<'_>, i: usize, day: u32, previous: Option<&Previous>) -> Option<Hit> {
    let p = previous?;
    let When::Day { year, month, .. } = p.when else {
        return None;
    };
    // `May 24 to 26 of last year`: `of` is no count here.
    let counted = is_counted(cx.text, cx.tokens, i + 1) && !cx.is(i + 1, &["of"]);
    if !joined(cx, p.next, i) || counted || !valid(LEAP, month, day) {
        return None;
    }
    Some(cx.hit(i, i + 1, When::Day { year, month, day }))
}

/// Words before a number that make it a year whatever follows (`in 1996`,
/// `born 1940`, `since 1901`).
const YEAR_CUES: &[&str] = &[
    "in", "since", "until", "till", "during", "from", "of", "before", "after", "by", "between",
    "through", "circa", "born", "year", "early", "late", "mid", "summer", "spring", "autumn",
    "fall", "winter", "throughout",
];

/// Words before a number that make it a count or a label, not a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "about", "around", "nearly", "almost", "some", "over", "than", "least", "most", "roughly",
    "approximately", "only", "just", "total", "no.", "number", "nos.", "form", "forms", "flight",
    "route", "room", "suite", "box", "page", "pages", "p.", "pp.", "section", "rule", "article",
    "highway", "interstate", "model", "code", "channel", "gate", "bus", "unit", "ward", "apt.",
    "zip", "up", "to", "exactly", "estimated", "additional", "another", "every", "per",
];

/// True if the four digits at token `i` are the year `y`: after a word
/// that makes them one (`in`, `born`), in a list or range that a year
/// started (`between 2001 and 2007`), or, between 1900 and 2099, anywhere
/// no count or label reading fits (`his 1949 movie debut`).
fn is_year(cx: &Cx<'_>, i: usize, y: i32, previous: Option<&Previous>) -> bool {
    // `1500m`, `2000$`: glued to something that is not punctuation.
    let glued_to_more = cx.glued(i + 1) && !cx.kind_is(i + 1, TokenKind::Punct);
    if is_counted(cx.text, cx.tokens, i + 1) || glued_to_more {
        return false;
    }
    // `between 1500 and 2000 people`: the count after the range decides.
    if let Some(k) = (i + 2..i + 4).find(|&k| cx.kind_is(k, TokenKind::Number))
        && joined(cx, i + 1, k)
        && is_counted(cx.text, cx.tokens, k + 1)
    {
        return false;
    }
    // In a list or range a year is near the one before (`in 2019, 1640
    // did` is no list).
    let year_before = previous
        .filter(|p| joined(cx, p.next, i))
        .and_then(|p| match p.when {
            When::Year(y) | When::Decade(y) | When::Fiscal(y) => Some(y),
            When::Month { year: Some(y), .. } | When::Day { year: Some(y), .. } => Some(y),
            _ => None,
        });
    if year_before.is_some_and(|b| (b - y).abs() <= 50) {
        return true;
    }
    if i == 0 {
        return (1900..=2099).contains(&y);
    }
    // The end of a date the calendar lacks (`February 30, 2021`,
    // `13/13/1990`) is not a year alone.
    let k = if cx.txt(i - 1) == "," { i - 1 } else { i };
    if k >= 2 && day_of(cx.txt(k - 1)).is_some() && month_of(cx.txt(k - 2)).is_some() {
        return false;
    }
    // `13/13/1990`; but `2013/2014`, two years.
    let after_year = i >= 2 && year_of(cx.txt(i - 2)).is_some();
    if cx.glued(i) && cx.is(i - 1, &["/", "-", "."]) && !after_year {
        return false;
    }
    let before = &cx.tokens[i - 1];
    if cx.is(i - 1, YEAR_CUES) {
        return true;
    }
    if cx.is(i - 1, &["to"]) && i >= 2 && cx.is(i - 2, &["dates", "dating", "date", "back"]) {
        return true;
    }
    match before.kind {
        TokenKind::Number | TokenKind::Symbol => false,
        // `two 1990 …` is a count; `a 2006 law` is a year.
        TokenKind::Word
            if cx.is(i - 1, NOT_YEAR_BEFORE)
                || (count_of(cx.txt(i - 1)).is_some() && !cx.is(i - 1, &["a", "an"])) =>
        {
            false
        }
        _ => (1900..=2099).contains(&y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn a_token_splits_at_its_first_hyphen_as_split_once_does() {
        for s in [
            "1999-2004", "24-26", "2017-18", "-5", "5-", "-", "", "1990", "a-b-c", "5‐6", "é-1",
        ] {
            assert_eq!(split_at_hyphen(s), s.split_once('-'), "{s}");
        }
    }

    /// A date that ended one or two tokens before token `i`: the day
    /// `day` May 2020, or the year 2001.
    fn earlier_dates(i: usize, day: u32) -> Vec<Previous> {
        let days = [
            When::Day {
                year: Some(2020),
                month: 5,
                day,
            },
            When::Year(2001),
        ];
        days.into_iter()
            .flat_map(|when| {
                [1, 2].map(|back| Previous {
                    next: i.saturating_sub(back),
                    when: when.clone(),
                })
            })
            .collect()
    }

    /// Every text `before + word + after`.
    fn texts<'a>(
        words: &'a [&str],
        befores: &'a [&str],
        afters: &'a [&str],
    ) -> impl Iterator<Item = String> + 'a {
        words.iter().flat_map(move |w| {
            befores.iter().flat_map(move |before| {
                afters
                    .iter()
                    .map(move |after| format!("{before}{w}{after}"))
            })
        })
    }

    /// Calls `f` with every text's context and each of its tokens, once
    /// with no date before the token and once with each of
    /// [`earlier_dates`] (with the day `day`).
    fn each_token_after_dates(
        texts: impl IntoIterator<Item = String>,
        day: u32,
        mut f: impl FnMut(&Cx<'_>, usize, Option<&Previous>),
    ) {
        for text in texts {
            let tokens = tokenize(&text);
            let cx = Cx {
                text: &text,
                tokens: &tokens,
                day_first: false,
            };
            for i in 0..tokens.len() {
                let previous = earlier_dates(i, day);
                f(&cx, i, None);
                for prev in &previous {
                    f(&cx, i, Some(prev));
                }
            }
        }
    }

    /// Every number of up to five chars of digits, commas and dots (and
    /// some longer ones) that [`is_plain_count`] passes is no date for
    /// [`number_date`], in contexts where a day, a year or a numeric date
    /// would be read, with and without a date before it.
    #[test]
    fn plain_counts_are_no_dates() {
        let alphabet = [b'0', b'1', b'2', b'3', b'9', b',', b'.'];
        let mut numbers: Vec<String> = Vec::new();
        let mut level: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..5 {
            let mut next = Vec::new();
            for w in &level {
                for &c in &alphabet {
                    let mut v = w.clone();
                    v.push(c);
                    next.push(v);
                }
            }
            numbers.extend(next.iter().map(|v| String::from_utf8(v.clone()).unwrap()));
            level = next;
        }
        numbers.extend(
            [
                "123456", "1,000,000", "12.05.1990", "1,000.00", "2020.5", "100000", "1990.",
                "12.345",
            ]
            .map(String::from),
        );
        let contexts = [
            ("In ", " there were."),
            ("On May 5 and ", " we met."),
            ("", " October 2020"),
            ("", " of May"),
            ("", " and 13 November 2020"),
            ("between 2001 and ", " people"),
            ("", "/12/1990"),
            ("", "-18 budget"),
            ("the ", " quarter of 2016"),
        ];
        let plain: Vec<&String> = numbers
            .iter()
            .filter(|n| is_plain_count(n.as_bytes()))
            .collect();
        let texts = plain.iter().flat_map(|n| {
            contexts
                .iter()
                .map(move |(before, after)| format!("{before}{n}{after}"))
        });
        each_token_after_dates(texts, 5, |cx, i, prev| {
            if cx.kind_is(i, TokenKind::Number) && is_plain_count(cx.txt(i).as_bytes()) {
                let hit = number_date(cx, i, prev);
                assert!(hit.is_none(), "{:?} at {i}: {hit:?}", cx.text);
            }
        });
        let plain = plain.len();
        assert!(plain > 10_000, "{plain}");
        // The contexts do read the numbers the filter leaves to the readers.
        for (text, first) in [("In 1990 there were.", 1), ("12/12/1990 we met.", 0)] {
            let tokens = tokenize(text);
            let cx = Cx {
                text,
                tokens: &tokens,
                day_first: false,
            };
            assert!(!is_plain_count(cx.txt(first).as_bytes()));
            assert!(number_date(&cx, first, None).is_some(), "{text}");
        }
    }

    /// The readers take no day with a number right after it unless a date
    /// before it is continued: every such day in these contexts, with and
    /// without a date one or two joiners back, reads as no date.
    #[test]
    fn days_before_numbers_are_no_dates() {
        let days = ["5", "12", "31", "0", "07", "99", "1", "1990", "123"];
        let befores = [
            "", "On May 5 and ", "May 5, ", "In ", "the ", "'", "between 2001 and ", "May 4-",
            "on 3 or ",
        ];
        let afters = [
            " 5", " 12 May", " 1990", " 5 and 6 May", " 1/2 May", " 6 of May", " 2020 people",
            " 5th", " 13 November 2020", " 20s", " 1,000", " 7 people", " 7, 2020", " 2019-20",
            " 12.05.1990", " 5 5 5", "/12/1990", " May 2020",
        ];
        let (mut fast, mut continued) = (0, 0);
        each_token_after_dates(texts(&days, &befores, &afters), 5, |cx, i, prev| {
            let hit = read_number(cx, i, prev, Readers::All);
            if is_day_before_number(cx, i, prev) {
                fast += 1;
                assert!(hit.is_none(), "{:?} at {i}: {hit:?}", cx.text);
            } else if hit.is_some() && cx.kind_is(i + 1, TokenKind::Number) {
                continued += 1;
            }
        });
        // Many days were left out, and the readers did take some days
        // before a number (a date continued, `May 5 and 6 7`).
        assert!(fast > 1000 && continued > 10, "{fast} {continued}");
    }

    /// A token of one or two bytes reads as the same date (or none) by the
    /// needed readers as by every reader, in contexts where each of them
    /// takes a day, with and without a date one or two joiners back.
    #[test]
    fn short_tokens_read_as_by_every_reader() {
        let numbers = ["5", "12", "31", "0", "07", "32", "99", "1", "½", "5s", "2-"];
        let befores = [
            "", "On May 4 and ", "May 4, ", "In ", "the ", "'", "fiscal ",
        ];
        let afters = [
            " May", " May 2020", " of May", " of May 2020", "th of June", "/12/1990", "/5",
            " and 6 May", " and 6 May 2020", "-6 May", " to 7 June 2020", " or 8 July",
            ", 9 and 10 May", " 5", " ft 1 in", " people", " 1990", "s", " quarter of 2016",
            "-18 budget", ".12.1990", " and 40 May", " and 30 February 2021",
        ];
        let (mut compared, mut dates) = (0, 0);
        each_token_after_dates(texts(&numbers, &befores, &afters), 4, |cx, i, prev| {
            let t = &cx.tokens[i];
            if t.kind != TokenKind::Number || t.end - t.start > 2 {
                return;
            }
            let short = read_number(cx, i, prev, Readers::Needed);
            let every = read_number(cx, i, prev, Readers::All);
            assert_eq!(
                format!("{short:?}"),
                format!("{every:?}"),
                "{:?} at {i}",
                cx.text
            );
            compared += 1;
            dates += usize::from(every.is_some());
        });
        // The contexts did bring dates (a day and month, of a month, a
        // numeric date, a day before a range, a day continued).
        assert!(compared > 3000 && dates > 500, "{compared} {dates}");
    }
}
