//! Resolution: the calendar date a date expression names, counted from the
//! document's date (the `resolved` field).
//!
//! * a month and day or a month without a year: in the document's year,
//!   or the year before (after) when the sentence is in the past (future)
//!   and the date would otherwise lie after (before) the document's date;
//! * a weekday: the last one on or before the document's date, the next
//!   one after it when the sentence speaks of the future, or the one of the
//!   week named next to it (`Monday next week`);
//! * `today`, `a week ago`: a day; `last week`: an ISO week (`2020-W40`);
//!   `this weekend`: `2020-W41-WE`; `last month`: `2020-09`; `next
//!   quarter`: `2021-Q1`; `last year`: `2019`.
//!
//! Dates that name their year need no resolution; named days, `past …`
//! spans, seasons, decades and days counted from a day of the story (`two
//! days later`) are left unresolved. With a reference that has no year (a
//! dateline like `WASHINGTON, Jan. 5 —`), only days and months counted
//! from it resolve, with the `XXXX` placeholder.

use super::lexicon::Unit;
use super::tense::{Tense, named_week, tense};
use super::{Cx, Hit, When};
use crate::calendar::{civil_from_days, days_from_civil, valid};

/// The date dates are counted from; the year may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reference {
    pub(crate) year: Option<i32>,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// A leap year standing for an unknown one in day arithmetic.
const PROXY_YEAR: i32 = 2000;

fn iso(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Day of the week, 0 = Monday (1970-01-01 was a Thursday).
fn weekday_of_days(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The ISO week (`2020-W41`) of a day count.
fn iso_week(days: i64) -> String {
    let thursday = days - weekday_of_days(days) + 3;
    let (y, ..) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

/// The resolved value of `hit` (found at token `anchor`) against `r`.
pub(super) fn resolve(cx: &Cx<'_>, r: &Reference, hit: &Hit, anchor: usize) -> Option<String> {
    match &hit.when {
        When::Day {
            year: None,
            month,
            day,
        } => {
            let y = r.year?;
            let y = match tense(cx, anchor, hit.next) {
                Tense::Past if (*month, *day) > (r.month, r.day) => y - 1,
                Tense::Future if (*month, *day) < (r.month, r.day) => y + 1,
                _ => y,
            };
            valid(y, *month, *day).then(|| iso(y, *month, *day))
        }
        When::Month { year: None, month } => {
            let y = r.year?;
            let y = match tense(cx, anchor, hit.next) {
                Tense::Past if *month > r.month => y - 1,
                Tense::Future if *month < r.month => y + 1,
                _ => y,
            };
            Some(format!("{y:04}-{month:02}"))
        }
        When::Weekday(w) => {
            let today = days_from_civil(r.year?, r.month, r.day);
            let dow = weekday_of_days(today);
            let w = *w as i64;
            let day = if let Some(week) = named_week(cx, anchor, hit.next) {
                today - dow + 7 * week + w
            } else if tense(cx, anchor, hit.next) == Tense::Future {
                let ahead = (w - dow).rem_euclid(7);
                today + if ahead == 0 { 7 } else { ahead }
            } else {
                today - (dow - w).rem_euclid(7)
            };
            let (y, m, d) = civil_from_days(day);
            Some(iso(y, m, d))
        }
        When::Relative {
            shift: Some((unit, n)),
            ..
        } => shifted(r, *unit, *n),
        _ => None,
    }
}

/// The unit `n` steps from the reference (0: the current one).
fn shifted(r: &Reference, unit: Unit, n: i64) -> Option<String> {
    let known = r.year.is_some();
    let today = days_from_civil(r.year.unwrap_or(PROXY_YEAR), r.month, r.day);
    match unit {
        Unit::Day if known => {
            let (y, m, d) = civil_from_days(today + n);
            Some(iso(y, m, d))
        }
        Unit::Day => {
            // Without a year the day is known only if leap years agree.
            let leap = civil_from_days(today + n);
            let common_today = days_from_civil(PROXY_YEAR + 1, r.month, r.day);
            let common = civil_from_days(common_today + n);
            ((leap.1, leap.2) == (common.1, common.2))
                .then(|| format!("XXXX-{:02}-{:02}", leap.1, leap.2))
        }
        Unit::Week if known => Some(iso_week(today + 7 * n)),
        Unit::Weekend if known => {
            let saturday = if n < 0 {
                // The weekend just gone: the last Saturday before today.
                let back = (weekday_of_days(today) - 5).rem_euclid(7);
                today - if back == 0 { 7 } else { back }
            } else {
                today - weekday_of_days(today) + 5 + 7 * n
            };
            Some(format!("{}-WE", iso_week(saturday)))
        }
        Unit::Month => {
            let idx = r.year.unwrap_or(PROXY_YEAR) as i64 * 12 + r.month as i64 - 1 + n;
            let (y, m) = (idx.div_euclid(12), idx.rem_euclid(12) + 1);
            Some(if known {
                format!("{y:04}-{m:02}")
            } else {
                format!("XXXX-{m:02}")
            })
        }
        Unit::Quarter if known => {
            let idx = r.year? as i64 * 4 + (r.month as i64 - 1) / 3 + n;
            Some(format!(
                "{:04}-Q{}",
                idx.div_euclid(4),
                idx.rem_euclid(4) + 1
            ))
        }
        Unit::Year => Some(format!("{:04}", r.year? as i64 + n)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks() {
        // 2021-01-03 (a Sunday) is in week 53 of 2020; 2021-01-04 starts W01.
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)), "2020-W53");
        assert_eq!(iso_week(days_from_civil(2021, 1, 4)), "2021-W01");
        assert_eq!(iso_week(days_from_civil(2020, 10, 7)), "2020-W41");
    }

    #[test]
    fn shifts_without_a_year() {
        let r = Reference {
            year: None,
            month: 3,
            day: 1,
        };
        // The day before 1 March depends on the year; the one after does not.
        assert_eq!(shifted(&r, Unit::Day, -1), None);
        assert_eq!(shifted(&r, Unit::Day, 1).as_deref(), Some("XXXX-03-02"));
        assert_eq!(shifted(&r, Unit::Month, -3).as_deref(), Some("XXXX-12"));
        assert_eq!(shifted(&r, Unit::Year, -1), None);
        assert_eq!(shifted(&r, Unit::Week, -1), None);
    }
}
