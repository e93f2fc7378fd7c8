//! Dates: absolute dates, weekdays and relative expressions.
//!
//! * absolute: `October 7, 2020`, `7 October 2020`, `Nov 19, 2021`, `Oct.
//!   7`, `2020-10-07`, `October 2020`, `in 1996` → ISO `value` (`2020-10-07`,
//!   `2020-10`, `1996`; a month and day without a year: `--10-07`);
//! * weekdays: `Monday` → `weekday:monday` (`Tuesday evening` → the weekday
//!   alone, as in the seed gold);
//! * relative: `yesterday`, `today`, `tomorrow`, `last year`, `this week`,
//!   `next month` → `relative:yesterday`, `relative:last_year`, …
//!
//! With a document date, weekdays resolve to the latest such day on or
//! before it (news reports the past), relative expressions to the day,
//! month or year they name, and month-day dates to the document's year.
//!
//! `May` is a month only when a day or year is next to it or a preposition
//! (`in`, `since`, `by`, `until`, `early`, `late`, `mid`) comes before it;
//! `may` in lower case never is.

use crate::calendar::{civil_from_days, days_from_civil, valid};
use crate::numbers::{PrefixTable, lower};
use crate::span::{DateKind, DateValue, Detail, Label, Span};
use crate::tokenize::{Token, TokenKind};

/// The month (1–12) a word names: full names and abbreviations, with or
/// without a dot. Case: capitalized or all caps only.
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

fn weekday_of(s: &str) -> Option<u32> {
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

static DATE_WORDS: PrefixTable = PrefixTable::new(&[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "yesterday", "today", "tomorrow", "last", "past", "this", "current",
    "next", "coming",
]);

const WEEKDAYS: [&str; 7] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// A day of month: `7`, `21st`, `07`.
fn day_of(s: &str) -> Option<u32> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = &s[digits..];
    if !(rest.is_empty()
        || ["st", "nd", "rd", "th"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(rest)))
    {
        return None;
    }
    let d: u32 = s[..digits].parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_of(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    (1000..=2199).contains(&y).then_some(y)
}

fn word_is(text: &str, t: Option<&Token>, words: &[&str]) -> bool {
    t.is_some_and(|t| {
        let s = t.text(text);
        words.iter().any(|w| w.eq_ignore_ascii_case(s))
    })
}

fn iso(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Appends the date spans of a tokenized text to `out` (sorted, without
/// overlaps among themselves). `doc_date` (year, month, day) resolves
/// weekdays and relative expressions.
pub(crate) fn find_dates(
    text: &str,
    tokens: &[Token],
    doc_date: Option<(i32, u32, u32)>,
    out: &mut Vec<Span>,
) {
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // Cheap filter: month, weekday and relative words by their first
        // two letters and length (a trailing abbreviation dot aside).
        let candidate = match t.kind {
            TokenKind::Number => matches!(t.end - t.start, 1..=4 | 10),
            TokenKind::Word => {
                let w = text.as_bytes().get(t.start..t.end).unwrap_or(&[]);
                let w = w.strip_suffix(b".").unwrap_or(w);
                DATE_WORDS.may_contain(w)
            }
            _ => false,
        };
        if !candidate {
            i += 1;
            continue;
        }
        match date_at(text, tokens, i, doc_date) {
            Some((start, end, value, kind, resolved, next)) if start < end => {
                if out
                    .last()
                    .is_none_or(|l: &Span| l.label != Label::Date || l.end <= start)
                {
                    out.push(Span {
                        start,
                        end,
                        label: Label::Date,
                        detail: Detail::Date(DateValue {
                            value,
                            kind,
                            resolved,
                        }),
                    });
                }
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
}

type Found = (usize, usize, String, DateKind, Option<String>, usize);

fn date_at(text: &str, tokens: &[Token], i: usize, doc: Option<(i32, u32, u32)>) -> Option<Found> {
    let t = &tokens[i];
    let s = t.text(text);
    let tok = |k: usize| tokens.get(k);
    let txt = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    // ISO: 2020-10-07
    if t.kind == TokenKind::Number
        && s.len() == 10
        && s.as_bytes()[4] == b'-'
        && s.as_bytes()[7] == b'-'
    {
        let y = year_of(&s[..4])?;
        let m: u32 = s[5..7].parse().ok()?;
        let d: u32 = s[8..10].parse().ok()?;
        if valid(y, m, d) {
            return Some((
                t.start,
                t.end,
                iso(y, m, d),
                DateKind::Absolute,
                None,
                i + 1,
            ));
        }
        return None;
    }
    if let Some(m) = month_of(s) {
        // `May` alone needs support; `March` too (a verb/noun).
        let next_day =
            day_of(txt(i + 1)).filter(|_| tok(i + 1).is_some_and(|n| n.kind == TokenKind::Number));
        let next_year = year_of(txt(i + 1));
        let prep = i > 0
            && word_is(
                text,
                tok(i - 1),
                &[
                    "in", "since", "by", "until", "till", "early", "late", "mid", "of", "from",
                    "last", "next", "this", "during", "before", "after", "between", "through",
                ],
            );
        if let Some(d) = next_day {
            // Month Day[,] [Year]
            let mut k = i + 2;
            let mut end = tokens[i + 1].end;
            let comma = txt(k) == ",";
            let yk = if comma { k + 1 } else { k };
            if let Some(y) = year_of(txt(yk))
                && valid(y, m, d)
            {
                end = tokens[yk].end;
                k = yk + 1;
                return Some((t.start, end, iso(y, m, d), DateKind::Absolute, None, k));
            }
            let resolved = doc
                .filter(|&(y, ..)| valid(y, m, d))
                .map(|(y, ..)| iso(y, m, d));
            return Some((
                t.start,
                end,
                format!("--{m:02}-{d:02}"),
                DateKind::Absolute,
                resolved,
                k,
            ));
        }
        if let Some(y) = next_year {
            return Some((
                t.start,
                tokens[i + 1].end,
                format!("{y:04}-{m:02}"),
                DateKind::Absolute,
                None,
                i + 2,
            ));
        }
        let is_may = m == 5 && s.len() == 3;
        let is_ambiguous = is_may || (m == 3 && s.len() == 5) || s.len() == 3;
        if prep || !is_ambiguous {
            let resolved = doc.map(|(y, ..)| format!("{y:04}-{m:02}"));
            return Some((
                t.start,
                t.end,
                format!("--{m:02}"),
                DateKind::Absolute,
                resolved,
                i + 1,
            ));
        }
        return None;
    }
    // Day Month [Year]
    if t.kind == TokenKind::Number {
        if let (Some(d), Some(m)) = (day_of(s), month_of(txt(i + 1))) {
            if let Some(y) = year_of(txt(i + 2))
                && valid(y, m, d)
            {
                return Some((
                    t.start,
                    tokens[i + 2].end,
                    iso(y, m, d),
                    DateKind::Absolute,
                    None,
                    i + 3,
                ));
            }
            let resolved = doc
                .filter(|&(y, ..)| valid(y, m, d))
                .map(|(y, ..)| iso(y, m, d));
            return Some((
                t.start,
                tokens[i + 1].end,
                format!("--{m:02}-{d:02}"),
                DateKind::Absolute,
                resolved,
                i + 2,
            ));
        }
        // `in 1996`
        if let Some(y) = year_of(s) {
            let prep = i > 0
                && word_is(
                    text,
                    tok(i - 1),
                    &[
                        "in", "since", "until", "till", "during", "from", "of", "before", "after",
                        "by",
                    ],
                );
            let noun_after = tok(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && !n.is_capitalized() && n.text(text).ends_with('s')
            });
            if prep && !noun_after && !s.contains(',') {
                return Some((
                    t.start,
                    t.end,
                    format!("{y:04}"),
                    DateKind::Absolute,
                    None,
                    i + 1,
                ));
            }
        }
        return None;
    }
    // Weekdays.
    if let Some(wd) = weekday_of(s) {
        let resolved = doc.map(|(y, m, d)| {
            let days = days_from_civil(y, m, d);
            // 1970-01-01 was a Thursday (index 3).
            let dow = (days + 3).rem_euclid(7);
            let back = (dow - wd as i64).rem_euclid(7);
            let (y, m, d) = civil_from_days(days - back);
            iso(y, m, d)
        });
        return Some((
            t.start,
            t.end,
            format!("weekday:{}", WEEKDAYS[wd as usize]),
            DateKind::Weekday,
            resolved,
            i + 1,
        ));
    }
    // Relative.
    let mut buf = [0u8; 16];
    let l = lower(s, &mut buf)?;
    let single = match l {
        b"yesterday" => Some(("yesterday", -1i64)),
        b"today" => Some(("today", 0)),
        b"tomorrow" => Some(("tomorrow", 1)),
        _ => None,
    };
    if let Some((name, off)) = single {
        let resolved = doc.map(|(y, m, d)| {
            let (y, m, d) = civil_from_days(days_from_civil(y, m, d) + off);
            iso(y, m, d)
        });
        return Some((
            t.start,
            t.end,
            format!("relative:{name}"),
            DateKind::Relative,
            resolved,
            i + 1,
        ));
    }
    let shift = match l {
        b"last" | b"past" => -1i32,
        b"this" | b"current" => 0,
        b"next" | b"coming" => 1,
        _ => return None,
    };
    let unit = txt(i + 1);
    let mut ub = [0u8; 16];
    let u = lower(unit, &mut ub)?;
    let uname = match u {
        b"year" => "year",
        b"month" => "month",
        b"week" => "week",
        b"weekend" => "weekend",
        _ => return None,
    };
    let name = match shift {
        -1 => "last",
        0 => "this",
        _ => "next",
    };
    let resolved = doc.and_then(|(y, m, d)| match uname {
        "year" => Some(format!("{:04}", y + shift)),
        "month" => {
            let idx = y * 12 + (m as i32 - 1) + shift;
            Some(format!(
                "{:04}-{:02}",
                idx.div_euclid(12),
                idx.rem_euclid(12) + 1
            ))
        }
        "week" => {
            let (y2, m2, d2) = civil_from_days(days_from_civil(y, m, d) + 7 * shift as i64);
            Some(iso(y2, m2, d2))
        }
        _ => None,
    });
    Some((
        t.start,
        tokens[i + 1].end,
        format!("relative:{name}_{uname}"),
        DateKind::Relative,
        resolved,
        i + 2,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn d(text: &str, doc: Option<(i32, u32, u32)>) -> Vec<(String, String, Option<String>)> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_dates(text, &toks, doc, &mut out);
        out.iter()
            .map(|s| {
                let v = s.date().unwrap();
                (
                    s.text(text).to_string(),
                    v.value.clone(),
                    v.resolved.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn absolute() {
        let table: &[(&str, &str, &str)] = &[
            ("on October 7, 2020 it", "October 7, 2020", "2020-10-07"),
            ("on 7 October 2020 it", "7 October 2020", "2020-10-07"),
            ("Updated: Nov 19, 2021", "Nov 19, 2021", "2021-11-19"),
            ("Updated Oct. 7, 2020", "Oct. 7, 2020", "2020-10-07"),
            ("on 2020-10-07 at", "2020-10-07", "2020-10-07"),
            ("in October 2020 there", "October 2020", "2020-10"),
            ("born in 1996 there", "1996", "1996"),
            ("on the 21st of", "", ""),
            ("elections in May were", "May", "--05"),
        ];
        for &(text, span, value) in table {
            let got = d(text, None);
            if span.is_empty() {
                assert!(got.is_empty(), "{text}: {got:?}");
                continue;
            }
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str()),
                (span, value),
                "{text}"
            );
        }
    }

    #[test]
    fn ambiguous_words() {
        for text in [
            "You may go.", "May I come?", "They march on.", "1996 people", "February 30, 2020 x",
        ] {
            let got = d(text, None);
            assert!(
                got.iter().all(|g| !g.1.starts_with("20") && g.1 != "1996"),
                "{text}: {got:?}"
            );
        }
        assert!(d("You may go.", None).is_empty());
        assert!(d("May I come?", None).is_empty());
    }

    #[test]
    fn weekdays_and_relative() {
        // 2020-10-07 was a Wednesday.
        let doc = Some((2020, 10, 7));
        let got = d("on Monday and by Tuesday evening", doc);
        assert_eq!(
            got[0],
            (
                "Monday".into(),
                "weekday:monday".into(),
                Some("2020-10-05".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "Tuesday".into(),
                "weekday:tuesday".into(),
                Some("2020-10-06".into())
            )
        );
        let got = d("Wednesday", doc);
        assert_eq!(got[0].2.as_deref(), Some("2020-10-07"));
        let got = d("worse this year than last year", doc);
        assert_eq!(
            got[0],
            (
                "this year".into(),
                "relative:this_year".into(),
                Some("2020".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "last year".into(),
                "relative:last_year".into(),
                Some("2019".into())
            )
        );
        let got = d("yesterday", Some((2021, 1, 1)));
        assert_eq!(got[0].2.as_deref(), Some("2020-12-31"));
        let got = d("last month", Some((2021, 1, 15)));
        assert_eq!(got[0].2.as_deref(), Some("2020-12"));
        let got = d("on Monday", None);
        assert_eq!(got[0].2, None);
    }
}
