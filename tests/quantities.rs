//! Table-driven tests of quantities through the public
//! `quantities::quantities` entry point, and of their claims through
//! `Extractor::extract`. Sentences written for these tests.

use factspan::quantities::quantities;
use factspan::{Label, Qualifier, QuantityKind};

struct Row {
    text: &'static str,
    span: &'static str,
    value: f64,
    qualifier: Qualifier,
    unit: Option<&'static str>,
    kind: QuantityKind,
    predicate: Option<&'static str>,
    source: Option<&'static str>,
}

#[allow(clippy::too_many_arguments)] // one argument per column of the table
const fn row(
    text: &'static str,
    span: &'static str,
    value: f64,
    qualifier: Qualifier,
    unit: Option<&'static str>,
    kind: QuantityKind,
    predicate: Option<&'static str>,
    source: Option<&'static str>,
) -> Row {
    Row {
        text,
        span,
        value,
        qualifier,
        unit,
        kind,
        predicate,
        source,
    }
}

use Qualifier::*;
use QuantityKind::*;

const ROWS: &[Row] = &[
    row(
        "On Friday at least 3,000 workers marched through Osh.",
        "at least 3,000 workers",
        3000.0,
        AtLeast,
        Some("worker"),
        Count,
        Some("marched"),
        None,
    ),
    row(
        "The interior ministry said almost 250 people had been detained.",
        "almost 250 people",
        250.0,
        ApproximatelyBelow,
        Some("people"),
        Count,
        Some("detained"),
        Some("interior ministry"),
    ),
    row(
        "Officials said seven people were in intensive care.",
        "seven people",
        7.0,
        Exact,
        Some("people"),
        Count,
        Some("were"),
        Some("Officials"),
    ),
    row(
        "A 23-year-old woman was killed in the crush.",
        "23-year-old",
        23.0,
        Exact,
        Some("year"),
        Age,
        None,
        None,
    ),
    row(
        "She was given a 15-year sentence in March.",
        "15-year",
        15.0,
        Exact,
        Some("year"),
        Duration,
        Some("sentence"),
        None,
    ),
    row(
        "The storm left 12 dead and more than 40 injured.",
        "12",
        12.0,
        Exact,
        None,
        Count,
        Some("left"),
        None,
    ),
    row(
        "Troops opened fire, killing 20 in the market.",
        "20",
        20.0,
        Exact,
        None,
        Count,
        Some("killing"),
        None,
    ),
    row(
        "The firm paid $2.5 million in fines.",
        "$2.5 million",
        2.5e6,
        Exact,
        Some("USD"),
        Money,
        Some("paid"),
        None,
    ),
    row(
        "Turnout fell to 41 per cent this time.",
        "41 per cent",
        41.0,
        Exact,
        Some("percent"),
        Percent,
        Some("fell"),
        None,
    ),
    row(
        "Around 60% of voters backed the plan.",
        "Around 60%",
        60.0,
        Approximately,
        Some("percent"),
        Percent,
        Some("backed"),
        None,
    ),
    row(
        "The convoy covered 120 km before dusk.",
        "120 km",
        120.0,
        Exact,
        Some("km"),
        Measure,
        Some("covered"),
        None,
    ),
    row(
        "Police arrested a dozen people overnight.",
        "a dozen people",
        12.0,
        Exact,
        Some("people"),
        Count,
        Some("arrested"),
        None,
    ),
    row(
        "Rescuers found two hundred and fifty thousand tonnes of grain.",
        "two hundred and fifty thousand tonnes",
        250_000.0,
        Exact,
        Some("tonne"),
        Measure,
        Some("found"),
        None,
    ),
    row(
        "It is budgeted at €1.5bn over five years.",
        "€1.5bn",
        1.5e9,
        Exact,
        Some("EUR"),
        Money,
        Some("budgeted"),
        None,
    ),
    row(
        "Up to 400 families were displaced by the floods.",
        "Up to 400 families",
        400.0,
        AtMost,
        Some("family"),
        Count,
        Some("displaced"),
        None,
    ),
    row(
        "About 90 protesters were reportedly arrested, police said.",
        "About 90 protesters",
        90.0,
        Approximately,
        Some("protester"),
        Count,
        Some("arrested"),
        Some("police"),
    ),
];

/// Quantities with their claims, as the extractor gives them (claims read
/// the whole sentence's spans, so they come from `Extractor::extract`).
/// The predicate is the governing word as written; an attributive age
/// (`a 23-year-old woman`) asserts nothing.
#[test]
fn table() {
    let ex = factspan::Extractor::default();
    for r in ROWS {
        let spans = ex.extract(r.text);
        let qs: Vec<_> = spans
            .iter()
            .filter(|s| s.label == Label::Quantity)
            .collect();
        let s = qs
            .iter()
            .find(|s| s.text(r.text) == r.span)
            .unwrap_or_else(|| {
                panic!(
                    "{}: no span {:?} in {:?}",
                    r.text,
                    r.span,
                    qs.iter().map(|s| s.text(r.text)).collect::<Vec<_>>()
                )
            });
        let q = s.quantity().unwrap();
        assert!(
            (q.value - r.value).abs() < 1e-6,
            "{}: value {}",
            r.text,
            q.value
        );
        assert_eq!(q.qualifier, r.qualifier, "{}", r.text);
        assert_eq!(q.unit.as_deref(), r.unit, "{}", r.text);
        assert_eq!(q.kind, r.kind, "{}", r.text);
        assert_eq!(
            q.claim.as_ref().map(|c| c.predicate.as_str()),
            r.predicate,
            "{}",
            r.text
        );
        assert_eq!(
            q.claim.as_ref().and_then(|c| c.source.as_deref()),
            r.source,
            "{}",
            r.text
        );
    }
}

#[test]
fn hedged_and_negated() {
    let ex = factspan::Extractor::default();
    let quantities = |text: &str, _: Option<()>| -> Vec<factspan::Span> {
        ex.extract(text)
            .into_iter()
            .filter(|s| s.label == Label::Quantity)
            .collect()
    };
    let text = "Officials denied that 30 people were killed.";
    let s = quantities(text, None);
    let c = s[0].quantity().unwrap().claim.clone().unwrap();
    assert_eq!(c.predicate, "killed");
    assert!(c.negated, "{c:?}");
    let text = "Some 15 soldiers were allegedly captured and 8 soldiers were allegedly killed.";
    let s = quantities(text, None);
    let last = s.last().unwrap().quantity().unwrap().claim.clone().unwrap();
    assert_eq!(last.hedge.as_deref(), Some("allegedly"));
}

#[test]
fn not_quantities() {
    for text in [
        "Call 0312 555-1234 for details.", "The law was passed in 1996.",
        "One of the guards was hurt.", "A man waited outside.", "No one was hurt.",
        "Under Article 12 the court ruled.", "The vote closed at 10:30.", "Which one is right?",
        // Identifiers, names and versions.
        "He was convicted on Count 7 of the indictment.", "Members of Local 32 walked out.",
        "Offices in Region 4 reopened.", "Cases of COVID-19 rose.", "It runs Windows 10 only.",
        "Write to 12 Elm Street, Springfield, IL 62704.", "She lives at 221 Baker Street.",
        // Vague quantifiers and the indefinite one.
        "Dozens of people gathered.", "Several hundred residents fled.", "They helped one another.",
        "On one occasion he refused.", "Hundreds of thousands of people marched.",
    ] {
        let q: Vec<String> = quantities(text, None)
            .iter()
            .filter(|s| s.label == Label::Quantity)
            .map(|s| s.text(text).to_string())
            .collect();
        assert!(q.is_empty(), "{text}: {q:?}");
    }
}

#[test]
fn spans_are_sorted_disjoint_and_on_boundaries() {
    let text = "Über 5.000 — “nearly 700 people” spent ¥300 and £4m; 19-year-old 😀 between 3 and 4 km, ½ of them.";
    let spans = quantities(text, Some((2020, 1, 1)));
    let mut last = 0;
    for s in &spans {
        assert!(s.start < s.end && s.start >= last);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
}

mod never_panics {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_text(s in "[0-9a-zA-Z $£€%.,:/^+\\-–½ü😀\u{202f}]{0,60}") {
            let spans = factspan::quantities::quantities(&s, Some((2020, 2, 29)));
            let mut last = 0;
            for sp in &spans {
                prop_assert!(sp.start < sp.end && sp.start >= last);
                prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                last = sp.end;
            }
            for n in factspan::numbers::find_numbers(&s) {
                prop_assert!(n.start < n.end && s.is_char_boundary(n.start) && s.is_char_boundary(n.end));
            }
        }

        #[test]
        fn number_words(s in "((one|two|twenty|hundred|thousand|million|and|a|half|third|fifths|point|minus|-|over|of) ){0,12}") {
            let _ = factspan::quantities::quantities(&s, None);
            let _ = factspan::numbers::parse_number(&s);
        }
    }
}

#[test]
fn out_of_range_numbers_are_no_values() {
    // Found by fuzzing: `0e999` was 0 × ∞ = NaN. No value may be NaN or
    // infinite; a number past f64's range is no number at all.
    for s in ["0e999", "0e+999", "1e999", "2.5e-999", "1.1^999"] {
        let v = factspan::numbers::parse_number(s);
        assert!(v.is_none_or(f64::is_finite), "{s} -> {v:?}");
    }
    assert_eq!(factspan::numbers::parse_number("1e999"), None);
    let nines = "9".repeat(400);
    for n in factspan::numbers::find_numbers(&format!("{nines} people and 0e999")) {
        assert!(n.value.is_finite(), "{n:?}");
    }
}

/// Quantities without claims: span, value, qualifier, unit, kind. One row
/// per construction of the numeric layer (sentences written for this
/// table).
#[test]
fn counted_phrases_measures_and_fractions() {
    type Row = (
        &'static str,
        &'static str,
        f64,
        Qualifier,
        Option<&'static str>,
        QuantityKind,
    );
    let table: &[Row] = &[
        (
            "Crews cleared two damaged bridges.",
            "two damaged bridges",
            2.0,
            Exact,
            Some("bridge"),
            Count,
        ),
        (
            "They filed 17 separate fraud claims.",
            "17 separate fraud claims",
            17.0,
            Exact,
            Some("claim"),
            Count,
        ),
        (
            "Officers found 35 wounded soldiers.",
            "35 wounded soldiers",
            35.0,
            Exact,
            Some("soldier"),
            Count,
        ),
        (
            "About 300 British troops landed.",
            "About 300 British troops",
            300.0,
            Approximately,
            Some("troop"),
            Count,
        ),
        (
            "Some 500 riot police arrived.",
            "Some 500 riot police",
            500.0,
            Approximately,
            Some("police"),
            Count,
        ),
        (
            "The outbreak claimed 410 lives.",
            "410 lives",
            410.0,
            Exact,
            Some("life"),
            Count,
        ),
        (
            "The parcel weighed 12 pounds.",
            "12 pounds",
            12.0,
            Exact,
            Some("lb"),
            Measure,
        ),
        (
            "The fine was 12 pounds.",
            "12 pounds",
            12.0,
            Exact,
            Some("GBP"),
            Money,
        ),
        (
            "Tickets cost Rs 40 each.",
            "Rs 40",
            40.0,
            Exact,
            Some("INR"),
            Money,
        ),
        (
            "A meal costs RM12.50 there.",
            "RM12.50",
            12.5,
            Exact,
            Some("MYR"),
            Money,
        ),
        (
            "The firm billed more than $7billion.",
            "more than $7billion",
            7e9,
            MoreThan,
            Some("USD"),
            Money,
        ),
        (
            "The region has had 57+ cases.",
            "57+ cases",
            57.0,
            AtLeast,
            Some("case"),
            Count,
        ),
        (
            "He served half his term.",
            "half",
            0.5,
            Exact,
            Some("fraction"),
            Percent,
        ),
        (
            "Turnout fell by more than half.",
            "more than half",
            0.5,
            MoreThan,
            Some("fraction"),
            Percent,
        ),
        (
            "The festival ran over four days in June.",
            "four days",
            4.0,
            Exact,
            Some("day"),
            Duration,
        ),
        (
            "He was jailed for over four years.",
            "over four years",
            4.0,
            MoreThan,
            Some("year"),
            Duration,
        ),
        (
            "The walk takes about a 30 minute stroll.",
            "about a 30 minute",
            30.0,
            Approximately,
            Some("minute"),
            Duration,
        ),
        (
            "He served 20 weekends in jail.",
            "20 weekends",
            20.0,
            Exact,
            Some("weekend"),
            Duration,
        ),
    ];
    for &(text, span, value, qualifier, unit, kind) in table {
        let spans = quantities(text, None);
        let q: Vec<_> = spans
            .iter()
            .filter(|s| s.label == Label::Quantity)
            .collect();
        assert_eq!(
            q.len(),
            1,
            "{text}: {:?}",
            q.iter().map(|s| s.text(text)).collect::<Vec<_>>()
        );
        let d = q[0].quantity().unwrap();
        assert_eq!(q[0].text(text), span, "{text}");
        assert_eq!(d.value, value, "{text}");
        assert_eq!(d.qualifier, qualifier, "{text}");
        assert_eq!(d.unit.as_deref(), unit, "{text}");
        assert_eq!(d.kind, kind, "{text}");
    }
}

/// `others`, `more`: the noun is understood from the count before.
#[test]
fn pronoun_heads_take_the_noun_before() {
    let text = "The storm destroyed 80 homes and damaged more than 300 others.";
    let spans = quantities(text, None);
    let last = spans.last().unwrap();
    assert_eq!(last.text(text), "more than 300 others");
    let q = last.quantity().unwrap();
    assert_eq!((q.unit.as_deref(), q.unit_inferred), (Some("home"), true));
    // `94+` alone: at least 94.
    let text = "The highest count (94+) was in May.";
    let q = quantities(text, None);
    assert_eq!(q[0].text(text), "94+");
    assert_eq!(q[0].quantity().unwrap().qualifier, Qualifier::AtLeast);
    // Fixed expressions with ordinals are no rankings.
    for text in [
        "a third party administrator", "the first lady spoke", "first aid kits",
    ] {
        assert!(quantities(text, None).is_empty(), "{text}");
    }
}
