//! Calendar dates: the reference date of a document ([`Date`]), checked
//! when it is made, and the day arithmetic that resolves `Monday` or
//! `last year` against it.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// A valid day of the proleptic Gregorian calendar: the date a document
/// was written, against which weekdays and relative dates resolve.
///
/// Made by [`Date::new`] or parsed from ISO `YYYY-MM-DD`; an impossible
/// date (`2020-13-01`, `2020-02-30`) is an error, never a silent shift.
///
/// ```
/// use factspan::Date;
/// let d: Date = "2020-10-07".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2020, 10, 7));
/// assert_eq!(d.to_string(), "2020-10-07");
/// assert!(Date::new(2020, 2, 30).is_err());
/// assert_eq!(
///     "2021-02-29".parse::<Date>().unwrap_err().to_string(),
///     "invalid date 2021-02-29: February 2021 has 28 days"
/// );
/// # Ok::<(), factspan::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// The date `year`-`month`-`day`, if the calendar has it (years 1 to
    /// 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, Error> {
        let bad = |why: String| Error::Date(format!("{year:04}-{month:02}-{day:02}: {why}"));
        if !(1..=9999).contains(&year) {
            return Err(bad("the year must be between 1 and 9999".into()));
        }
        if !(1..=12).contains(&month) {
            return Err(bad("there is no month 13 or above, nor 0".into()));
        }
        let dim = days_in_month(year, month);
        if !(1..=dim).contains(&day) {
            return Err(bad(format!(
                "{} {year} has {dim} days",
                MONTH_NAMES[month as usize - 1]
            )));
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        self.day
    }

    /// The date as (year, month, day).
    pub(crate) fn ymd(self) -> (i32, u32, u32) {
        (self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses ISO `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let mut parts = s.trim().splitn(3, '-');
        let mut next = |digits: usize| {
            parts
                .next()
                .filter(|p| p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u32>().ok())
        };
        match (next(4), next(2), next(2)) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m, d),
            _ => Err(Error::Date(format!("{s:?}: expected YYYY-MM-DD"))),
        }
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];

/// Days in `month` (1–12) of `year`; 0 for a month out of range.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// True if the calendar has `year`-`month`-`day`.
pub(crate) fn valid(year: i32, month: u32, day: u32) -> bool {
    (1..=days_in_month(year, month)).contains(&day)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day count since 1970-01-01.
pub(crate) fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_errors() {
        for (y, m, d) in [
            (2020, 13, 1),
            (2020, 2, 30),
            (2021, 2, 29),
            (2020, 4, 31),
            (2020, 0, 1),
            (0, 1, 1),
        ] {
            assert!(Date::new(y, m, d).is_err(), "{y}-{m}-{d}");
        }
        for (y, m, d) in [(2020, 2, 29), (2000, 2, 29), (2020, 12, 31), (1, 1, 1)] {
            assert!(Date::new(y, m, d).is_ok(), "{y}-{m}-{d}");
        }
        assert!(Date::new(1900, 2, 29).is_err());
    }

    #[test]
    fn parses_iso_only() {
        assert_eq!(
            "2020-10-07".parse::<Date>().unwrap(),
            Date::new(2020, 10, 7).unwrap()
        );
        for bad in [
            "2020-1-07", "20-10-07", "2020/10/07", "2020-10", "", "2020-10-07x", "2020-02-30",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }

    #[test]
    fn day_counts_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        for z in [-800_000, -1, 0, 1, 18_542, 2_000_000] {
            let (y, m, d) = civil_from_days(z);
            assert!(valid(y, m, d));
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }
}
