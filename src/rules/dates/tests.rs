//! Unit tests of the date rules: every form, its span and value, and
//! resolution against a document date.

use super::*;
use crate::tokenize::tokenize;

/// (span text, value, resolved) of every date in `text`.
fn dates(text: &str, doc: Option<(i32, u32, u32)>) -> Vec<(String, String, Option<String>)> {
    dates_with(text, doc, false)
}

fn dates_with(
    text: &str,
    doc: Option<(i32, u32, u32)>,
    day_first: bool,
) -> Vec<(String, String, Option<String>)> {
    let tokens = tokenize(text);
    let mut out = Vec::new();
    let options = DateOptions {
        date: doc,
        day_first,
    };
    let starts = candidates(text, &tokens);
    find_dates_with(text, &tokens, &starts, &options, &mut out);
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

/// Checks the spans and values of each text (no document date).
fn check(table: &[(&str, &[(&str, &str)])]) {
    for &(text, want) in table {
        let got: Vec<(String, String)> = dates(text, None)
            .into_iter()
            .map(|(s, v, _)| (s, v))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|&(s, v)| (s.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn full_dates() {
    check(&[
        (
            "It fell on October 7, 2020 at noon.",
            &[("October 7, 2020", "2020-10-07")],
        ),
        (
            "It fell on 7 October 2020 at noon.",
            &[("7 October 2020", "2020-10-07")],
        ),
        (
            "Posted Sept. 8, 2012 by staff.",
            &[("Sept. 8, 2012", "2012-09-08")],
        ),
        (
            "The file of 2020-10-07 was lost.",
            &[("2020-10-07", "2020-10-07")],
        ),
        ("No such day as February 30, 2021 here.", &[]),
        (
            "A leap day, February 29, 2024, came.",
            &[("February 29, 2024", "2024-02-29")],
        ),
    ]);
}

#[test]
fn dates_without_a_year_use_placeholders() {
    check(&[
        (
            "The vote is set for March 24.",
            &[("March 24", "XXXX-03-24")],
        ),
        ("They left on 3 June by train.", &[("3 June", "XXXX-06-03")]),
        ("Sales fell in January again.", &[("January", "XXXX-01")]),
        ("Rain is rare in late June here.", &[("June", "XXXX-06")]),
        (
            "In the middle of December he left.",
            &[("December", "XXXX-12")],
        ),
        ("Nothing happened on February 30 at all.", &[]),
    ]);
}

#[test]
fn months_that_are_also_words() {
    check(&[
        ("You may leave now.", &[]),
        ("May I ask a question?", &[]),
        ("They march at dawn.", &[]),
        ("Polls close in May again.", &[("May", "XXXX-05")]),
        ("March on, they said.", &[]),
        (
            "Rents rose until March, then fell.",
            &[("March", "XXXX-03")],
        ),
        ("Prices fell, March data show.", &[("March", "XXXX-03")]),
        ("Then June Carter sang.", &[]),
        (
            "It rained from January–March there.",
            &[("January", "XXXX-01"), ("March", "XXXX-03")],
        ),
        (
            "They wed on the 5th of May 2001 there.",
            &[("5th of May 2001", "2001-05-05")],
        ),
        (
            "Turnout was low in March and April.",
            &[("March", "XXXX-03"), ("April", "XXXX-04")],
        ),
        (
            "Flights rose in May, June and July.",
            &[("May", "XXXX-05"), ("June", "XXXX-06"), ("July", "XXXX-07")],
        ),
        ("He left in Sept and came back.", &[("Sept", "XXXX-09")]),
        ("Sept said no.", &[]),
    ]);
}

#[test]
fn months_with_years() {
    check(&[
        (
            "Work began in June 2000 and stopped.",
            &[("June 2000", "2000-06")],
        ),
        (
            "It began in mid-March 2020 abroad.",
            &[("March 2020", "2020-03")],
        ),
    ]);
}

#[test]
fn years_alone_in_lists_and_ranges() {
    check(&[
        (
            "The firm was founded in 1996 by two brothers.",
            &[("1996", "1996")],
        ),
        (
            "Returns for 2011, 2012 and 2013 were false.",
            &[("2011", "2011"), ("2012", "2012"), ("2013", "2013")],
        ),
        (
            "Prices rose between 1998 and 2003 sharply.",
            &[("1998", "1998"), ("2003", "2003")],
        ),
        (
            "He held the post from 1990 through 1994 alone.",
            &[("1990", "1990"), ("1994", "1994")],
        ),
        (
            "Floods returned from late 1987 to mid-1988 there.",
            &[("1987", "1987"), ("1988", "1988")],
        ),
        ("The poet was born 1931 in a village.", &[("1931", "1931")]),
        ("The chapel dates to 1655 at least.", &[("1655", "1655")]),
    ]);
}

#[test]
fn attributive_years() {
    check(&[
        (
            "She recalled the 2016 federal budget vote.",
            &[("2016", "2016")],
        ),
        (
            "He drove a battered 1998 Ford Escort home.",
            &[("1998", "1998")],
        ),
        ("The general's 1966 coup was swift.", &[("1966", "1966")]),
        ("It was his 1954 stage debut.", &[("1954", "1954")]),
        ("A 2006 law requires it.", &[("2006", "2006")]),
        (
            "Prices rose after the 2008 crisis and the 2011 census.",
            &[("2008", "2008"), ("2011", "2011")],
        ),
    ]);
}

#[test]
fn numbers_that_are_not_years() {
    check(&[
        ("Some 2000 people marched.", &[]),
        ("About 1500 soldiers were sent.", &[]),
        ("The bill cost $2010 in all.", &[]),
        ("Between 1500 and 2000 people came.", &[]),
        ("File Form 1099 with the agency.", &[]),
        ("The tower is 1930 feet tall.", &[]),
        ("The strike began at 1430 GMT on the dot.", &[]),
        ("In 2019, 1640 did.", &[("2019", "2019")]),
    ]);
}

#[test]
fn decades_quarters_and_fiscal_years() {
    check(&[
        (
            "It was passed in the '90s and the '10s.",
            &[("'90s", "199X"), ("'10s", "201X")],
        ),
        (
            "Prices were low in the 1990s overall.",
            &[("1990s", "199X")],
        ),
        ("Growth peaked in the mid-1980s then.", &[("1980s", "198X")]),
        (
            "Profit fell in the third quarter of 2016 too.",
            &[("third quarter of 2016", "2016-Q3")],
        ),
        ("Sales in Q3 2021 were up.", &[("Q3 2021", "2021-Q3")]),
        ("The FY 2015 budget was cut.", &[("FY 2015", "FY2015")]),
        ("The FY2019 plan passed.", &[("FY2019", "FY2019")]),
        (
            "Spending in fiscal year 2014 rose.",
            &[("fiscal year 2014", "FY2014")],
        ),
        ("The 2017/18 accounts were late.", &[("2017/18", "FY2018")]),
        (
            "The 2013/2014 flu season was mild.",
            &[("2013", "2013"), ("2014", "2014")],
        ),
        (
            "The fiscal 2008-09 budget was late.",
            &[("2008-09", "FY2009")],
        ),
        ("They scored in the third quarter twice.", &[]),
    ]);
}

#[test]
fn numeric_dates() {
    check(&[
        (
            "Filed on 5/12/1990 in court.",
            &[("5/12/1990", "1990-05-12")],
        ),
        (
            "Filed on 25/12/1990 in court.",
            &[("25/12/1990", "1990-12-25")],
        ),
        (
            "Filed on 05-12-1990 in court.",
            &[("05-12-1990", "1990-05-12")],
        ),
        (
            "Filed on 12.05.1990 in court.",
            &[("12.05.1990", "1990-05-12")],
        ),
        ("Filed on 7/4/76 in court.", &[("7/4/76", "1976-07-04")]),
        ("Filed on 13/13/1990 in court.", &[]),
        ("Mix 1/2 cup of it.", &[]),
    ]);
    let got = dates_with("Filed on 5/12/1990 in court.", None, true);
    assert_eq!(got[0].1, "1990-12-05");
}

#[test]
fn weekdays() {
    check(&[
        (
            "Crowds gathered on Monday in the square.",
            &[("Monday", "weekday:monday")],
        ),
        (
            "By Tuesday evening it was over.",
            &[("Tuesday", "weekday:tuesday")],
        ),
        (
            "This coming Friday they vote.",
            &[("Friday", "weekday:friday")],
        ),
        (
            "He died on Thursday, May 5. Later more.",
            &[("Thursday, May 5", "XXXX-05-05")],
        ),
        (
            "Last Saturday, March 5, 2005, they spoke.",
            &[("Saturday, March 5, 2005", "2005-03-05")],
        ),
        ("He read the Sunday Times at home.", &[]),
        ("They shop at the Friday market.", &[]),
    ]);
}

#[test]
fn coordinated_days() {
    check(&[
        (
            "The fair runs May 7 and 8 downtown.",
            &[("May 7", "XXXX-05-07"), ("8", "XXXX-05-08")],
        ),
        (
            "The summit is on 12 and 13 November in Rome.",
            &[("12", "XXXX-11-12"), ("13 November", "XXXX-11-13")],
        ),
        (
            "It ran May 24-26, 2019 in Osaka.",
            &[("May 24", "2019-05-24"), ("26, 2019", "2019-05-26")],
        ),
        (
            "He served from 1999-2004 abroad.",
            &[("1999", "1999"), ("2004", "2004")],
        ),
        (
            "It ran from July 13 to 17 of last year.",
            &[
                ("July 13", "XXXX-07-13"),
                ("17", "XXXX-07-17"),
                ("last year", "relative:last_year"),
            ],
        ),
        (
            "Polls open June 1st and 2nd nationwide.",
            &[("June 1st", "XXXX-06-01"), ("2nd", "XXXX-06-02")],
        ),
    ]);
}

#[test]
fn relative_dates() {
    check(&[
        (
            "Talks ended yesterday.",
            &[("yesterday", "relative:yesterday")],
        ),
        ("Today the court ruled.", &[("Today", "relative:today")]),
        ("Todays ruling was clear.", &[("Today", "relative:today")]),
        (
            "This years fair was small.",
            &[("This year", "relative:this_year")],
        ),
        (
            "\"This day is hard for me,\" she said.",
            &[("This day", "relative:today")],
        ),
        ("It has been so to this day.", &[]),
        (
            "Five died in the past week there.",
            &[("past week", "relative:past_week")],
        ),
        (
            "Costs rose in the past year.",
            &[("past year", "relative:past_year")],
        ),
        (
            "They met this past weekend in town.",
            &[("this past weekend", "relative:past_weekend")],
        ),
        (
            "He left a week ago for Paris.",
            &[("a week ago", "relative:1_week_ago")],
        ),
        (
            "It closed fifteen years ago.",
            &[("fifteen years ago", "relative:15_years_ago")],
        ),
        (
            "Two days later, he left.",
            &[("Two days later", "relative:2_days_later")],
        ),
        (
            "He called the day before and left.",
            &[("day before", "relative:day_before")],
        ),
        (
            "She returned the next day alone.",
            &[("next day", "relative:next_day")],
        ),
        (
            "Both died on the same day.",
            &[("same day", "relative:same_day")],
        ),
        (
            "She fell ill the week of the audition.",
            &[("week of the audition", "relative:week_of_the_audition")],
        ),
        ("Name the day of the week.", &[]),
        (
            "Growth in the last decade was slow.",
            &[("last decade", "relative:last_decade")],
        ),
        (
            "They protested last fall there.",
            &[("last fall", "relative:last_fall")],
        ),
        ("He wrote for Kamloops This Week then.", &[]),
        ("She told USA Today about it.", &[]),
        ("He appeared on the Today show.", &[]),
        ("It took a few days back then.", &[]),
    ]);
}

#[test]
fn named_days() {
    check(&[
        (
            "Observers watched on Election Day closely.",
            &[("Election Day", "named:election_day")],
        ),
        (
            "Shops shut on New Year's Day here.",
            &[("New Year's Day", "named:new_years_day")],
        ),
        (
            "The town marks \"Founders Day\" each year.",
            &[("Founders Day", "named:founders_day")],
        ),
        (
            "They met at Christmas again.",
            &[("Christmas", "named:christmas")],
        ),
        ("She sang with Doris Day once.", &[]),
    ]);
}

// 2020-10-07 was a Wednesday.
const WEDNESDAY: Option<(i32, u32, u32)> = Some((2020, 10, 7));

fn resolved(text: &str, doc: Option<(i32, u32, u32)>) -> Vec<Option<String>> {
    dates(text, doc).into_iter().map(|(_, _, r)| r).collect()
}

#[test]
fn weekdays_resolve_by_tense() {
    let r = |text| resolved(text, WEDNESDAY);
    // The past: the last such day, the document's day included.
    assert_eq!(r("Protesters met on Friday."), [Some("2020-10-02".into())]);
    assert_eq!(
        r("Protesters met on Wednesday."),
        [Some("2020-10-07".into())]
    );
    assert_eq!(r("Crowds gathered on Monday."), [Some("2020-10-05".into())]);
    // The future: the next one after the document's day.
    assert_eq!(
        r("Talks will resume on Friday."),
        [Some("2020-10-09".into())]
    );
    assert_eq!(
        r("Talks will resume on Wednesday."),
        [Some("2020-10-14".into())]
    );
    assert_eq!(
        r("On Monday, the talks will resume."),
        [Some("2020-10-12".into())]
    );
    assert_eq!(
        r("They are expected to vote this coming Friday."),
        [Some("2020-10-09".into())]
    );
    // A participle after `be` is no past tense.
    assert_eq!(
        r("The summit will be held on Friday."),
        [Some("2020-10-09".into())]
    );
    // A week named beside them.
    assert_eq!(
        r("Hearings run from Monday to Friday next week."),
        [
            Some("2020-10-12".into()),
            Some("2020-10-16".into()),
            Some("2020-W42".into())
        ]
    );
    // Without a document date nothing resolves.
    assert_eq!(resolved("Talks will resume on Friday.", None), [None]);
}

#[test]
fn days_and_months_without_a_year_resolve_by_tense() {
    let doc = Some((2021, 1, 10));
    assert_eq!(
        resolved("They met on December 28.", doc),
        [Some("2020-12-28".into())]
    );
    assert_eq!(
        resolved("They will meet on January 20.", doc),
        [Some("2021-01-20".into())]
    );
    assert_eq!(
        resolved("A vote is set for March 24.", doc),
        [Some("2021-03-24".into())]
    );
    assert_eq!(
        resolved("Sales slumped in December.", doc),
        [Some("2020-12".into())]
    );
    assert_eq!(
        resolved("Prices will rise in March.", doc),
        [Some("2021-03".into())]
    );
    let doc = Some((2020, 11, 20));
    assert_eq!(
        resolved("The summit will open on January 5.", doc),
        [Some("2021-01-05".into())]
    );
    // February 29 only in a leap year.
    assert_eq!(
        resolved("It happened on February 29.", Some((2021, 3, 1))),
        [None]
    );
}

#[test]
fn relative_dates_resolve() {
    let table: &[(&str, &str)] = &[
        ("He resigned yesterday.", "2020-10-06"),
        ("He resigns today.", "2020-10-07"),
        ("He resigns tomorrow.", "2020-10-08"),
        ("Prices rose last year.", "2019"),
        ("Prices rose this year.", "2020"),
        ("Prices will rise next year.", "2021"),
        ("Sales fell last month.", "2020-09"),
        ("Talks were held last week.", "2020-W40"),
        ("Talks are held this week.", "2020-W41"),
        ("He left a week ago.", "2020-09-30"),
        ("He left two days ago.", "2020-10-05"),
        ("It opened three months ago.", "2020-07"),
        ("It closed fifteen years ago.", "2005"),
        ("Profits rose last quarter.", "2020-Q3"),
        ("Rallies were held last weekend.", "2020-W40-WE"),
        ("Rallies are planned this weekend.", "2020-W41-WE"),
        ("Rallies were held this past weekend.", "2020-W40-WE"),
    ];
    for &(text, want) in table {
        assert_eq!(
            resolved(text, WEDNESDAY),
            [Some(want.to_string())],
            "{text}"
        );
    }
    // Spans with no calendar unit of their own stay unresolved.
    for text in [
        "Five died in the past week.", "Two days later, he left.", "She returned the next day.",
        "They met on Election Day.", "It was worse in the last decade.",
    ] {
        assert!(
            resolved(text, WEDNESDAY).iter().all(Option::is_none),
            "{text}"
        );
    }
}

#[test]
fn year_boundaries() {
    assert_eq!(
        resolved("He resigned yesterday.", Some((2021, 1, 1))),
        [Some("2020-12-31".into())]
    );
    assert_eq!(
        resolved("Sales fell last month.", Some((2021, 1, 15))),
        [Some("2020-12".into())]
    );
    assert_eq!(
        resolved("Talks were held last week.", Some((2021, 1, 6))),
        [Some("2020-W53".into())]
    );
}

#[test]
fn datelines_give_the_reference() {
    let text = "BISHKEK, October 7, 2020 — Protesters met on Monday and left yesterday.";
    let got = dates(text, None);
    assert_eq!(got[0].0, "October 7, 2020");
    assert_eq!(got[1].2.as_deref(), Some("2020-10-05"));
    assert_eq!(got[2].2.as_deref(), Some("2020-10-06"));
    let got = dates("OSH, 7 October 2020 — It ended yesterday.", None);
    assert_eq!(got[1].2.as_deref(), Some("2020-10-06"));
    // A dateline without a year: days and months counted from it resolve.
    let text = "WASHINGTON, Jan. 5 — The bill passed yesterday after a vote on Monday.";
    let got = dates(text, None);
    assert_eq!(got[1].2.as_deref(), Some("XXXX-01-04"));
    assert_eq!(got[2].2, None);
    // The caller's date wins over the dateline.
    let got = dates(
        "BISHKEK, October 7, 2020 — It ended yesterday.",
        Some((2021, 5, 2)),
    );
    assert_eq!(got[1].2.as_deref(), Some("2021-05-01"));
    // A date after a comma in running text is no dateline.
    let got = dates(
        "The deal, signed March 3, 2019, ended yesterday and more.",
        None,
    );
    assert_eq!(got[1].2, None);
}

#[test]
fn a_comma_at_the_end_is_no_dateline() {
    // The dateline check looks past the comma: nothing is there.
    assert!(dates("BISHKEK,", None).is_empty());
    assert!(dates("Talks in OSH,", None).is_empty());
}

#[test]
fn long_lists_of_years_stay_linear() {
    // Each year looks back at one previous date only.
    let text: String = (0..20_000)
        .map(|k| format!("{}, ", 1900 + k % 200))
        .collect();
    let got = dates(&text, None);
    assert_eq!(got.len(), 20_000);
}

#[test]
fn values_are_written_as_format_writes_them() {
    for n in [
        0i64,
        1,
        7,
        9,
        10,
        12,
        99,
        100,
        199,
        999,
        1000,
        2024,
        9999,
        10_000,
        123_456,
        -1,
        -5,
        -99,
        -100,
        -2024,
        -10_000,
        i32::MIN as i64,
        i32::MAX as i64,
        i64::MIN,
        i64::MAX,
    ] {
        for width in [0, 2, 3, 4] {
            let mut v = ValueBuf::default();
            v.padded(n, width);
            assert_eq!(v.into_string(), format!("{n:0width$}"), "{n} {width}");
        }
    }
    let cases = [
        (
            When::Day {
                year: Some(2020),
                month: 10,
                day: 7,
            },
            "2020-10-07",
        ),
        (
            When::Day {
                year: None,
                month: 3,
                day: 24,
            },
            "XXXX-03-24",
        ),
        (
            When::Month {
                year: Some(987),
                month: 12,
            },
            "0987-12",
        ),
        (
            When::Month {
                year: None,
                month: 1,
            },
            "XXXX-01",
        ),
        (When::Year(1990), "1990"),
        (When::Year(-44), "-044"),
        (When::Decade(1990), "199X"),
        (When::Decade(-15), "-01X"),
        (
            When::Quarter {
                year: 2016,
                quarter: 3,
            },
            "2016-Q3",
        ),
        (When::Fiscal(2015), "FY2015"),
        (When::Weekday(4), "weekday:friday"),
        (When::Named("election_day".into()), "named:election_day"),
        (
            When::Relative {
                name: "last_year".into(),
                shift: None,
            },
            "relative:last_year",
        ),
    ];
    for (when, want) in cases {
        assert_eq!(when.value().0, want, "{when:?}");
    }
}
