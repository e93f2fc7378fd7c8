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
            "--03-03",
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
    assert_eq!(d[0].date().unwrap().value, "--05");
}
