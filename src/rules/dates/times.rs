//! Times of day (the `time` label, off by default): `10:30 a.m.`, `3pm`,
//! `3 p.m.`, `22:30`, `0945 GMT`. The value is ISO 8601 `T10:30` (with
//! seconds when written), with the zone as `Z` or an offset (`T09:45Z`,
//! `T10:30-05:00`) when an abbreviation of a fixed zone follows.

use super::lexicon::lower;
use crate::span::{DateKind, DateValue, Detail, Label, Span};
use crate::tokenize::{Token, TokenKind};

/// Zone abbreviations with a fixed offset (ambiguous ones such as `IST`
/// only in their most common news sense).
const ZONES: &[(&str, &str)] = &[
    ("gmt", "Z"),
    ("utc", "Z"),
    ("z", "Z"),
    ("bst", "+01:00"),
    ("cet", "+01:00"),
    ("cest", "+02:00"),
    ("eet", "+02:00"),
    ("eest", "+03:00"),
    ("msk", "+03:00"),
    ("ist", "+05:30"),
    ("pkt", "+05:00"),
    ("wib", "+07:00"),
    ("hkt", "+08:00"),
    ("sgt", "+08:00"),
    ("jst", "+09:00"),
    ("kst", "+09:00"),
    ("aest", "+10:00"),
    ("aedt", "+11:00"),
    ("est", "-05:00"),
    ("edt", "-04:00"),
    ("cst", "-06:00"),
    ("cdt", "-05:00"),
    ("mst", "-07:00"),
    ("mdt", "-06:00"),
    ("pst", "-08:00"),
    ("pdt", "-07:00"),
];

fn zone_of(s: &str) -> Option<&'static str> {
    if !(1..=4).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower(s, &mut buf)?;
    ZONES
        .iter()
        .find(|(name, _)| name.as_bytes() == w)
        .map(|&(_, off)| off)
}

/// `am`/`pm` in any of their spellings: `false` for a.m., `true` for p.m.
fn meridiem_of(s: &str) -> Option<bool> {
    let mut buf = [0u8; 16];
    match lower(s, &mut buf)? {
        b"am" | b"a.m." | b"a.m" => Some(false),
        b"pm" | b"p.m." | b"p.m" => Some(true),
        _ => None,
    }
}

/// Hours, minutes and seconds of `10:30`, `9:05:30`, `10.30` (with a
/// meridiem only), `10`.
fn clock_of(s: &str, dots: bool) -> Option<(u32, u32, Option<u32>)> {
    let sep = if dots && !s.contains(':') { '.' } else { ':' };
    let mut parts = s.split(sep);
    let h = parts.next()?;
    let m = parts.next();
    let sec = parts.next();
    if parts.next().is_some() || h.is_empty() || h.len() > 2 {
        return None;
    }
    let two = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    let h: u32 = h.parse().ok()?;
    let m = match m {
        Some(m) if two(m) => m.parse().ok()?,
        Some(_) => return None,
        None => 0,
    };
    let sec = match sec {
        Some(x) if two(x) => Some(x.parse().ok()?),
        Some(_) => return None,
        None => None,
    };
    (h <= 23 && m <= 59 && sec.is_none_or(|x| x <= 59)).then_some((h, m, sec))
}

/// Hours on the 24-hour clock from a 12-hour one.
fn to_24(h: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// A time found: tokens `i..next`, the clock, the zone.
struct Clock {
    next: usize,
    h: u32,
    m: u32,
    sec: Option<u32>,
}

fn clock_at(text: &str, tokens: &[Token], i: usize) -> Option<Clock> {
    let t = &tokens[i];
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = t.text(text);
    let txt = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    // `3pm`, `10:30am`, `10.30pm`
    let letters = s.find(|c: char| c.is_ascii_alphabetic());
    if let Some(at) = letters {
        let pm = meridiem_of(&s[at..])?;
        let (h, m, sec) = clock_of(&s[..at], true)?;
        return Some(Clock {
            next: i + 1,
            h: to_24(h, pm)?,
            m,
            sec,
        });
    }
    // `10:30 a.m.`, `3 p.m.`
    if let Some(pm) = meridiem_of(txt(i + 1)) {
        let (h, m, sec) = clock_of(s, true)?;
        return Some(Clock {
            next: i + 2,
            h: to_24(h, pm)?,
            m,
            sec,
        });
    }
    // `22:30`, not a verse (`John 3:16`)
    if s.contains(':') {
        let after_name = i > 0
            && tokens[i - 1].kind == TokenKind::Word
            && tokens[i - 1].is_capitalized()
            && !tokens[i - 1].is_first_word();
        let (h, m, sec) = clock_of(s, false)?;
        return (!after_name).then_some(Clock {
            next: i + 1,
            h,
            m,
            sec,
        });
    }
    // `0945 GMT`, `1430 hours`
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let next = txt(i + 1);
        let zoned = zone_of(next).is_some() || crate::rules::words::is_in(&["hours", "hrs"], next);
        let (h, m) = (s[..2].parse().ok()?, s[2..].parse().ok()?);
        return (zoned && h <= 23 && m <= 59).then_some(Clock {
            next: i + 1,
            h,
            m,
            sec: None,
        });
    }
    None
}

/// Appends the time-of-day spans of a tokenized text to `out`, sorted.
/// A time starts with a number token: `starts` are the tokens that can
/// start a number (`crate::numbers::triggers`), in order.
pub(crate) fn find_times(text: &str, tokens: &[Token], starts: &[usize], out: &mut Vec<Span>) {
    let mut i = 0;
    for &k in starts {
        // A start inside the time just read is passed.
        if k < i {
            continue;
        }
        i = k;
        let Some(c) = clock_at(text, tokens, i) else {
            continue;
        };
        let mut next = c.next;
        let zone = tokens.get(next).and_then(|t| zone_of(t.text(text)));
        if zone.is_some() {
            next += 1;
        }
        let mut value = format!("T{:02}:{:02}", c.h, c.m);
        if let Some(sec) = c.sec {
            value.push_str(&format!(":{sec:02}"));
        }
        value.push_str(zone.unwrap_or(""));
        out.push(Span {
            start: tokens[i].start,
            end: tokens[next - 1].end,
            label: Label::Time,
            detail: Detail::Date(DateValue {
                value,
                kind: DateKind::Time,
                resolved: None,
            }),
        });
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn times(text: &str) -> Vec<(&str, String)> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        let starts = crate::numbers::triggers(text, &tokens);
        find_times(text, &tokens, &starts, &mut out);
        out.iter()
            .map(|s| (s.text(text), s.date().unwrap().value.clone()))
            .collect()
    }

    #[test]
    fn forms() {
        let table: &[(&str, &str, &str)] = &[
            (
                "The vote closed at 10:30 a.m. on Monday.", "10:30 a.m.", "T10:30",
            ),
            ("They met at 3pm in the hall.", "3pm", "T15:00"),
            ("Doors open at 3 p.m. sharp.", "3 p.m.", "T15:00"),
            ("The train left at 22:30.", "22:30", "T22:30"),
            ("Trading halted at 0945 GMT today.", "0945 GMT", "T09:45Z"),
            (
                "Markets close at 4:00 p.m. EST daily.", "4:00 p.m. EST", "T16:00-05:00",
            ),
            ("It began at 12 a.m. sharp.", "12 a.m.", "T00:00"),
            ("It ended at 12:15 p.m. sharp.", "12:15 p.m.", "T12:15"),
            ("Lights out at 23:59:30 exactly.", "23:59:30", "T23:59:30"),
        ];
        for &(text, span, value) in table {
            assert_eq!(times(text), [(span, value.to_string())], "{text}");
        }
    }

    #[test]
    fn not_times() {
        for text in [
            "She quoted John 3:16 at length.", "They won 3:1 away.", "It rose to 25:70 before.",
            "In 1945 the war ended.", "Some 2000 people came.", "It is 13 pm somewhere.",
        ] {
            assert!(times(text).is_empty(), "{text}: {:?}", times(text));
        }
    }
}
