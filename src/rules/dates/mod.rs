//! Dates and times of day.
//!
//! [`find_dates`] walks the tokens once; at each token that can start a
//! date ([`lexicon::is_candidate`]) the matchers are tried in turn, each
//! looking at a few tokens around it:
//!
//! * [`absolute`]: `October 7, 2020`, `7 October`, `Oct. 7`, `2020-10-07`,
//!   `5/12/1990`, `October 2020`, months, years (alone, in lists and
//!   ranges, attributive), decades, quarters, fiscal years, weekdays (alone
//!   or with their date: `Thursday, May 5`);
//! * [`relative`]: `today`, `last year`, `this past weekend`, `a week ago`,
//!   `two days later`, `the next day`, named days (`Election Day`).
//!
//! Each match is a [`When`]: its `value` follows the guideline of the dev
//! set (ISO dates, `XXXX-03-24` when the year is not written,
//! `weekday:friday`, `relative:past_week`, `named:election_day`, `FY2015`,
//! `2016-Q3`, `199X`). [`resolve`] turns it into a calendar date against
//! the document's date (or the date of its dateline, [`dateline`]), the
//! tense of the sentence ([`tense`]) deciding whether a weekday is the
//! last or the next one. [`times`] finds times of day (`10:30 a.m.`).
//!
//! Spans leave out modifiers of position (`late`, `early`, `mid-`, `this
//! coming`, `last` before a weekday), articles and possessives.

mod absolute;
mod dateline;
mod lexicon;
mod relative;
mod resolve;
mod tense;
mod times;

pub(crate) use lexicon::{FILTER, is_candidate, month_of};
pub(crate) use times::find_times;

use crate::span::{DateKind, DateValue, Detail, Label, Span};
use crate::tokenize::{Token, TokenKind};
use lexicon::Unit;
use resolve::Reference;

/// What a date expression names, before it is written as a value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum When {
    /// A day; the year when it is written.
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A month; the year when it is written.
    Month { year: Option<i32>, month: u32 },
    /// A year.
    Year(i32),
    /// A decade, by its first year (`1990` for `the 1990s`).
    Decade(i32),
    /// A quarter (1–4) of a year.
    Quarter { year: i32, quarter: u32 },
    /// A fiscal year, by the year it ends in.
    Fiscal(i32),
    /// A day of the week (0 = Monday).
    Weekday(u32),
    /// A named day (`election_day`).
    Named(String),
    /// A relative expression: its snake-case name (`last_year`,
    /// `3_months_ago`) and, when it counts from the document's date, how
    /// far (`n` units; 0 is the current one).
    Relative {
        name: String,
        shift: Option<(Unit, i64)>,
    },
}

impl When {
    /// The `value` and `kind` of the span. Written into a buffer on the
    /// stack and copied once into a `String` of its size: `format!` costs
    /// several times more for these few bytes.
    fn value(&self) -> (String, DateKind) {
        let mut v = ValueBuf::default();
        let year = |v: &mut ValueBuf, y: Option<i32>| match y {
            Some(y) => v.padded(y.into(), 4),
            None => v.push(b"XXXX"),
        };
        let kind = match self {
            When::Day {
                year: y,
                month,
                day,
            } => {
                year(&mut v, *y);
                v.push(b"-");
                v.padded((*month).into(), 2);
                v.push(b"-");
                v.padded((*day).into(), 2);
                DateKind::Absolute
            }
            When::Month { year: y, month } => {
                year(&mut v, *y);
                v.push(b"-");
                v.padded((*month).into(), 2);
                DateKind::Absolute
            }
            When::Year(y) => {
                v.padded((*y).into(), 4);
                DateKind::Absolute
            }
            When::Decade(y) => {
                v.padded((y / 10).into(), 3);
                v.push(b"X");
                DateKind::Absolute
            }
            When::Quarter { year, quarter } => {
                v.padded((*year).into(), 4);
                v.push(b"-Q");
                v.padded((*quarter).into(), 0);
                DateKind::Absolute
            }
            When::Fiscal(y) => {
                v.push(b"FY");
                v.padded((*y).into(), 4);
                DateKind::Absolute
            }
            When::Weekday(w) => {
                let day = lexicon::WEEKDAYS[*w as usize % 7];
                return (["weekday:", day].concat(), DateKind::Weekday);
            }
            When::Named(n) => return (["named:", n].concat(), DateKind::Named),
            When::Relative { name, .. } => {
                return (["relative:", name].concat(), DateKind::Relative);
            }
        };
        (v.into_string(), kind)
    }
}

/// The bytes of a numeric date value (at most three numbers of eleven
/// bytes and their separators).
struct ValueBuf {
    bytes: [u8; 48],
    len: usize,
}

impl Default for ValueBuf {
    fn default() -> ValueBuf {
        ValueBuf {
            bytes: [0; 48],
            len: 0,
        }
    }
}

impl ValueBuf {
    fn push(&mut self, s: &[u8]) {
        self.bytes[self.len..self.len + s.len()].copy_from_slice(s);
        self.len += s.len();
    }

    /// Appends `n` in decimal, zero-padded to `width` bytes with the sign
    /// counted, as `format!("{n:0width$}")` writes it.
    fn padded(&mut self, n: i64, width: usize) {
        let mut digits = [0u8; 20];
        let mut rest = n.unsigned_abs();
        let mut k = digits.len();
        loop {
            k -= 1;
            digits[k] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if n < 0 {
            self.push(b"-");
        }
        let len = digits.len() - k + usize::from(n < 0);
        for _ in len..width {
            self.push(b"0");
        }
        self.push(&digits[k..]);
    }

    fn into_string(self) -> String {
        // ASCII only: the conversion does not fail.
        std::str::from_utf8(&self.bytes[..self.len]).map_or_else(|_| String::new(), String::from)
    }
}

/// A date found by a matcher: its byte range, what it names, and the token
/// to go on from.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) when: When,
    /// The first token after the date.
    pub(crate) next: usize,
    /// A second date in the same token (`1999-2004`, `May 24-26`).
    pub(crate) second: Option<Box<Hit>>,
}

/// The last date found, for lists and ranges (`2004, 2005 and 2006`,
/// `May 24 to 26`): its token end and what it named.
#[derive(Clone, Debug)]
pub(crate) struct Previous {
    pub(crate) next: usize,
    pub(crate) when: When,
}

/// What the matchers see: the text, its tokens and the options.
pub(crate) struct Cx<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    /// Numeric dates are day first (`05/12/1990` is 5 December).
    pub(crate) day_first: bool,
}

impl<'a> Cx<'a> {
    /// The text of token `k` (empty past the end).
    #[inline]
    pub(crate) fn txt(&self, k: usize) -> &'a str {
        self.tokens.get(k).map_or("", |t| t.text(self.text))
    }

    /// True if token `k` is one of `words` (ASCII case ignored). The
    /// matchers ask it at every candidate: the token's bytes are compared
    /// as they are, lengths first, without a checked `str` slice.
    #[inline]
    pub(crate) fn is(&self, k: usize, words: &[&str]) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        let bytes = || self.text.as_bytes().get(t.start..t.end).unwrap_or_default();
        words
            .iter()
            .any(|x| x.len() == t.end - t.start && bytes().eq_ignore_ascii_case(x.as_bytes()))
    }

    /// True if token `k` exists and is of `kind`.
    #[inline]
    pub(crate) fn kind_is(&self, k: usize, kind: TokenKind) -> bool {
        self.tokens.get(k).is_some_and(|t| t.kind == kind)
    }

    /// True if tokens `k - 1` and `k` touch (no space between).
    #[inline]
    pub(crate) fn glued(&self, k: usize) -> bool {
        k > 0 && k < self.tokens.len() && self.tokens[k - 1].end == self.tokens[k].start
    }

    /// A hit over tokens `first..end` (token indices).
    pub(crate) fn hit(&self, first: usize, end: usize, when: When) -> Hit {
        Hit {
            start: self.tokens[first].start,
            end: self.tokens[end - 1].end,
            when,
            next: end,
            second: None,
        }
    }
}

/// How dates are read and resolved.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DateOptions {
    /// The document's date (year, month, day); without it, a dateline at
    /// the top of the text gives one.
    pub(crate) date: Option<(i32, u32, u32)>,
    /// Numeric dates are day first.
    pub(crate) day_first: bool,
}

/// Appends the date spans of a tokenized text to `out` (sorted, without
/// overlaps among themselves). `doc_date` (year, month, day) resolves
/// weekdays and relative expressions; without it, a dateline does.
pub(crate) fn find_dates(
    text: &str,
    tokens: &[Token],
    doc_date: Option<(i32, u32, u32)>,
    out: &mut Vec<Span>,
) {
    let options = DateOptions {
        date: doc_date,
        day_first: false,
    };
    find_dates_with(text, tokens, &candidates(text, tokens), &options, out);
}

/// The tokens that can start a date ([`is_candidate`]), in order. The
/// extractor lists them in its one pass over the tokens
/// (`crate::starts`); this is for the entry points that take tokens alone.
pub(crate) fn candidates(text: &str, tokens: &[Token]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&k| is_candidate(text, &tokens[k]))
        .collect()
}

/// [`find_dates`] with all the options, given the tokens that can start a
/// date ([`candidates`]): only those are visited.
pub(crate) fn find_dates_with(
    text: &str,
    tokens: &[Token],
    starts: &[usize],
    options: &DateOptions,
    out: &mut Vec<Span>,
) {
    let cx = Cx {
        text,
        tokens,
        day_first: options.day_first,
    };
    let reference = match options.date {
        Some((year, month, day)) => Some(Reference {
            year: Some(year),
            month,
            day,
        }),
        None => dateline::reference(&cx),
    };
    let first_new = out.len();
    let mut previous: Option<Previous> = None;
    let mut i = 0;
    for &k in starts {
        // A start inside the date just read is passed.
        if k < i {
            continue;
        }
        i = k;
        let hit = absolute::at(&cx, i, previous.as_ref()).or_else(|| relative::at(&cx, i));
        let Some(hit) = hit else {
            i += 1;
            continue;
        };
        let next = hit.next;
        let mut hit = Some(hit);
        while let Some(mut h) = hit {
            hit = h.second.take().map(|b| *b);
            let overlaps = out.len() > first_new && out.last().is_some_and(|l| l.end > h.start);
            if h.start < h.end && !overlaps {
                let resolved = reference
                    .as_ref()
                    .and_then(|r| resolve::resolve(&cx, r, &h, i));
                out.push(span(&h, resolved));
            }
            previous = Some(Previous { next, when: h.when });
        }
        i = next.max(i + 1);
    }
}

/// The date span of a hit.
fn span(hit: &Hit, resolved: Option<String>) -> Span {
    let (value, kind) = hit.when.value();
    Span {
        start: hit.start,
        end: hit.end,
        label: Label::Date,
        detail: Detail::Date(DateValue {
            value,
            kind,
            resolved,
        }),
    }
}

#[cfg(test)]
mod tests;
