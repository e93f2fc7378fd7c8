//! Table-driven tests of date spans through `quantities::quantities`.

use factspan::quantities::quantities;
use factspan::{DateKind, Label};

#[test]
fn table() {
    let doc = Some((2021, 3, 10)); // a Wednesday
    let rows: &[(&str, &str, &str, DateKind, Option<&str>)] = &[
        (
            "Filed: Mar 2, 2021 in Osh.",
            "Mar 2, 2021",
            "2021-03-02",
            DateKind::Absolute,
            None,
        ),
        (
            "It ended on 14 February 2021.",
            "14 February 2021",
            "2021-02-14",
            DateKind::Absolute,
            None,
        ),
        (
            "The report of 2021-02-28 says so.",
            "2021-02-28",
            "2021-02-28",
            DateKind::Absolute,
            None,
        ),
        (
            "Elections held in January 2021 were annulled.",
            "January 2021",
            "2021-01",
            DateKind::Absolute,
            None,
        ),
        (
            "The party was founded in 1991.",
            "1991",
            "1991",
            DateKind::Absolute,
            None,
        ),
        (
            "Crowds returned on Sunday night.",
            "Sunday",
            "weekday:sunday",
            DateKind::Weekday,
            Some("2021-03-07"),
        ),
        (
            "Prices rose last year.",
            "last year",
            "relative:last_year",
            DateKind::Relative,
            Some("2020"),
        ),
        (
            "He resigned yesterday.",
            "yesterday",
            "relative:yesterday",
            DateKind::Relative,
            Some("2021-03-09"),
        ),
        (
            "They met on March 3.",
            "March 3",
            "XXXX-03-03",
            DateKind::Absolute,
            Some("2021-03-03"),
        ),
    ];
    for &(text, span, value, kind, resolved) in rows {
        let spans = quantities(text, doc);
        let d: Vec<_> = spans.iter().filter(|s| s.label == Label::Date).collect();
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        let v = d[0].date().unwrap();
        assert_eq!(d[0].text(text), span, "{text}");
        assert_eq!(v.value, value, "{text}");
        assert_eq!(v.kind, kind, "{text}");
        assert_eq!(v.resolved.as_deref(), resolved, "{text}");
    }
}

#[test]
fn may_and_march_as_words() {
    for text in [
        "Officials may resign.", "May we speak?", "They will march again.", "The second count.",
    ] {
        let d: Vec<_> = quantities(text, None)
            .into_iter()
            .filter(|s| s.label == Label::Date)
            .collect();
        assert!(d.is_empty(), "{text}: {d:?}");
    }
    let text = "Voting took place in May.";
    let d: Vec<_> = quantities(text, None)
        .into_iter()
        .filter(|s| s.label == Label::Date)
        .collect();
    assert_eq!(d[0].date().unwrap().value, "XXXX-05");
}

// Through the extractor: per-call dates, datelines, the time label and
// impossible dates.

use factspan::{Date, Extractor, LabelSet, Options};

fn date_spans(
    ex: &Extractor,
    text: &str,
    options: &Options,
) -> Vec<(String, String, Option<String>)> {
    ex.extract_with(text, options)
        .into_iter()
        .filter(|s| s.label == Label::Date)
        .map(|s| {
            let v = s.date().unwrap().clone();
            (s.text(text).to_string(), v.value, v.resolved)
        })
        .collect()
}

#[test]
fn one_extractor_many_document_dates() {
    let ex = Extractor::builder().labels([Label::Date]).build().unwrap();
    let text = "The minister resigned yesterday; talks will resume on Friday.";
    // 100 consecutive days from 2020-02-20 (across the leap day and a
    // month end), each its own document with its own date.
    let docs: Vec<(&str, Options)> = (0..100)
        .map(|k| {
            let d = Date::new(2020, 2, 20).unwrap();
            let (y, m, day) = add_days((d.year(), d.month(), d.day()), k);
            (text, Options::with_date(Date::new(y, m, day).unwrap()))
        })
        .collect();
    let batch = ex.extract_batch_with(&docs);
    for (k, ((doc, options), spans)) in docs.iter().zip(&batch).enumerate() {
        let today = options.date.unwrap();
        let ymd = (today.year(), today.month(), today.day());
        let yesterday = fmt(add_days(ymd, -1));
        // Friday ahead: 2020-02-20 was a Thursday (k = 0 → 2020-02-21).
        let ahead = (4 - (3 + k as i64) % 7).rem_euclid(7);
        let friday = fmt(add_days(ymd, if ahead == 0 { 7 } else { ahead }));
        let got: Vec<Option<String>> = spans
            .iter()
            .map(|s| s.date().unwrap().resolved.clone())
            .collect();
        assert_eq!(
            got,
            [Some(yesterday), Some(friday)],
            "document {k} dated {today}"
        );
        // The same through extract_with, one call at a time.
        let one: Vec<Option<String>> = date_spans(&ex, doc, options)
            .into_iter()
            .map(|(_, _, r)| r)
            .collect();
        assert_eq!(one, got);
    }
}

/// Civil-date arithmetic for the test, by walking days (independent of the
/// library's own).
fn add_days((mut y, mut m, mut d): (i32, u32, u32), n: i64) -> (i32, u32, u32) {
    let dim = |y: i32, m: u32| match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    for _ in 0..n.abs() {
        if n > 0 {
            d += 1;
            if d > dim(y, m) {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        } else {
            d -= 1;
            if d == 0 {
                m -= 1;
                if m == 0 {
                    m = 12;
                    y -= 1;
                }
                d = dim(y, m);
            }
        }
    }
    (y, m, d)
}

fn fmt((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn tense_decides_the_direction() {
    let ex = Extractor::default();
    let wed = Options::with_date("2021-03-10".parse().unwrap());
    let past = date_spans(&ex, "The envoys met on Friday in Geneva.", &wed);
    assert_eq!(past[0].2.as_deref(), Some("2021-03-05"));
    let future = date_spans(&ex, "The envoys will meet on Friday in Geneva.", &wed);
    assert_eq!(future[0].2.as_deref(), Some("2021-03-12"));
    let week = date_spans(&ex, "Hearings go from Monday to Friday next week.", &wed);
    assert_eq!(week[0].2.as_deref(), Some("2021-03-15"));
    assert_eq!(week[1].2.as_deref(), Some("2021-03-19"));
}

#[test]
fn a_dateline_dates_the_document() {
    let ex = Extractor::default();
    let text = "OSH, March 2, 2021 — Traders said prices doubled last month.";
    let got = date_spans(&ex, text, &Options::default());
    assert_eq!(
        got[1],
        (
            "last month".into(),
            "relative:last_month".into(),
            Some("2021-02".into())
        )
    );
}

#[test]
fn times_are_off_by_default() {
    let text = "The polls closed at 8 p.m. on Sunday and results came at 0130 GMT.";
    let default: Vec<Label> = Extractor::default()
        .extract(text)
        .iter()
        .map(|s| s.label)
        .collect();
    assert!(!default.contains(&Label::Time), "{default:?}");
    assert!(!LabelSet::DEFAULT.contains(Label::Time));
    let ex = Extractor::builder()
        .labels([Label::Date, Label::Time])
        .build()
        .unwrap();
    let got: Vec<(String, Label, String)> = ex
        .extract(text)
        .iter()
        .map(|s| {
            (
                s.text(text).to_string(),
                s.label,
                s.date().unwrap().value.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("8 p.m.".to_string(), Label::Time, "T20:00".to_string()),
            (
                "Sunday".to_string(),
                Label::Date,
                "weekday:sunday".to_string()
            ),
            ("0130 GMT".to_string(), Label::Time, "T01:30Z".to_string()),
        ]
    );
    let json = serde_json::to_string(&ex.extract(text)[0]).unwrap();
    assert!(
        json.contains(r#""label":"time","value":"T20:00","kind":"time""#),
        "{json}"
    );
}

#[test]
fn impossible_dates_are_errors() {
    for bad in ["2020-13-01", "2020-02-30", "2021-02-29", "2020-00-10"] {
        let err = bad.parse::<Date>().unwrap_err().to_string();
        assert!(err.contains(bad), "{bad}: {err}");
    }
    let err = Extractor::builder()
        .document_date(2020, 2, 30)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid date 2020-02-30: February 2020 has 29 days"
    );
    assert!(
        Extractor::builder()
            .document_date(2020, 13, 1)
            .build()
            .is_err()
    );
    assert!(
        Extractor::builder()
            .document_date(2020, 2, 29)
            .build()
            .is_ok()
    );
}

#[test]
fn day_first_numeric_dates() {
    let text = "The contract was signed on 04/05/2019 in Osh.";
    let us = Extractor::default();
    let eu = Extractor::builder().day_first(true).build().unwrap();
    assert_eq!(
        date_spans(&us, text, &Options::default())[0].1,
        "2019-04-05"
    );
    // The builder's choice holds for `extract`; `extract_with` takes the
    // document's options instead.
    let eu_spans = eu.extract(text);
    assert_eq!(eu_spans[0].date().unwrap().value, "2019-05-04");
    let mut per_call = Options::default();
    per_call.day_first = true;
    assert_eq!(date_spans(&us, text, &per_call)[0].1, "2019-05-04");
}

mod any_text {
    //! Date-heavy random text: no panic, valid ordered spans, with the time
    //! label on and with and without a document date.

    use factspan::{Extractor, Label, Options};
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[0-9]{1,5}",
            "[0-9]{1,2}[/.:-][0-9]{1,2}([/.:-][0-9]{1,4})?",
            "(mid|early|late)-[0-9A-Za-z]{0,6}",
            "FY[0-9]{0,4}",
            "Q[0-9]",
            Just("May".to_string()),
            Just("Feb. 29".to_string()),
            Just("2020".to_string()),
            Just("1990s".to_string()),
            Just("2017/18".to_string()),
            Just("Friday".to_string()),
            Just("Todays".to_string()),
            Just("this past".to_string()),
            Just("weekend".to_string()),
            Just("a week ago".to_string()),
            Just("the day before".to_string()),
            Just("Election Day".to_string()),
            Just("will".to_string()),
            Just("next week".to_string()),
            Just("third quarter of".to_string()),
            Just("a.m.".to_string()),
            Just("GMT".to_string()),
            Just("BISHKEK, October 7, 2020 —".to_string()),
            Just("WASHINGTON, Feb. 29 —".to_string()),
            Just("—".to_string()),
            Just("'s".to_string()),
            Just(". ".to_string()),
            Just("\n".to_string()),
        ]
    }

    fn extractor() -> &'static Extractor {
        static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
        EX.get_or_init(|| {
            Extractor::builder()
                .labels([Label::Date, Label::Time, Label::Quantity])
                .build()
                .unwrap()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn dates_in_any_text(
            parts in proptest::collection::vec(piece(), 0..40),
            seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just(", ")], 40),
            day in 0u32..4000,
        ) {
            let mut text = String::new();
            for (p, s) in parts.iter().zip(seps.iter().cycle()) {
                text.push_str(p);
                text.push_str(s);
            }
            let date = factspan::Date::new(1990 + (day / 366) as i32, 1 + day % 12, 1 + day % 28).unwrap();
            for options in [Options::default(), Options::with_date(date)] {
                let spans = extractor().extract_with(&text, &options);
                let mut prev_end = 0;
                for s in &spans {
                    prop_assert!(s.start < s.end && s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    prop_assert!(s.start >= prev_end);
                    prev_end = s.end;
                    if matches!(s.label, Label::Date | Label::Time) {
                        prop_assert!(!s.date().unwrap().value.is_empty());
                    }
                }
            }
        }
    }
}

#[test]
fn part_of_a_token_blocks_a_linked_mention() {
    // `Today` is a span inside the token `Todays`; the surname `Todays` of
    // an earlier full name must not be linked over it.
    let text = "Eve Todays arrived. The panel met. Todays ruling was clear.";
    let spans = Extractor::default().extract(text);
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start, "{spans:?}");
    }
    assert!(
        spans
            .iter()
            .any(|s| s.label == Label::Date && s.text(text) == "Today"),
        "{spans:?}"
    );
}
