//! Measures, scales, ranges and scores through the public
//! `quantities::quantities` entry point: one row per construction, values
//! and SI values worked out by hand (sentences written for these tests).

use factspan::quantities::quantities;
use factspan::{Label, QuantityKind};

/// Span text, value, unit, SI value (if a measure) and SI unit.
struct Row {
    text: &'static str,
    span: &'static str,
    value: f64,
    unit: &'static str,
    si: Option<(f64, &'static str)>,
}

const fn row(
    text: &'static str,
    span: &'static str,
    value: f64,
    unit: &'static str,
    si: Option<(f64, &'static str)>,
) -> Row {
    Row {
        text,
        span,
        value,
        unit,
        si,
    }
}

const ROWS: &[Row] = &[
    row(
        "The port shipped 48,500 metric tonnes of wheat.",
        "48,500 metric tonnes",
        48_500.0,
        "tonne",
        Some((48_500_000.0, "kg")),
    ),
    row(
        "They bought a 2,400-square-foot house.",
        "2,400-square-foot",
        2400.0,
        "sq ft",
        Some((222.967296, "m²")),
    ),
    row(
        "We carried twelve gallons of water.",
        "twelve gallons",
        12.0,
        "gal",
        Some((0.045424941408, "m³")),
    ),
    row(
        "A 6-inch pipe burst.",
        "6-inch",
        6.0,
        "inch",
        Some((0.1524, "m")),
    ),
    row(
        "He filled a 20-litre can.",
        "20-litre",
        20.0,
        "l",
        Some((0.02, "m³")),
    ),
    row(
        "Overnight it was minus 7 degrees Celsius.",
        "minus 7 degrees Celsius",
        -7.0,
        "°C",
        Some((266.15, "K")),
    ),
    row(
        "The thermometer read 95 °F at noon.",
        "95 °F",
        95.0,
        "°F",
        Some((308.15, "K")),
    ),
    row(
        "The limit is 40 mph there.",
        "40 mph",
        40.0,
        "mph",
        Some((17.8816, "m/s")),
    ),
    row(
        "Trains run at 120 km/h on the line.",
        "120 km/h",
        120.0,
        "km/h",
        Some((33.3333333333, "m/s")),
    ),
    row(
        "The tablet has 16 GB of storage.",
        "16 GB",
        16.0,
        "GB",
        Some((16e9, "B")),
    ),
    row(
        "Its chip runs at 3.2 GHz now.",
        "3.2 GHz",
        3.2,
        "GHz",
        Some((3.2e9, "Hz")),
    ),
    row(
        "Patients take 200 mg twice a day.",
        "200 mg",
        200.0,
        "mg",
        Some((0.0002, "kg")),
    ),
    row(
        "The lake covers 12 km² in spring.",
        "12 km²",
        12.0,
        "km²",
        Some((12e6, "m²")),
    ),
    row(
        "The guard is 6 ft 1 in tall.",
        "6 ft 1 in tall",
        6.0 + 1.0 / 12.0,
        "foot",
        Some((1.8542, "m")),
    ),
    row(
        "Stir in ¾ cup of sugar.",
        "¾ cup",
        0.75,
        "cup",
        Some((0.000177441177375, "m³")),
    ),
    row(
        "They walked 3 1/2 miles home.",
        "3 1/2 miles",
        3.5,
        "mile",
        Some((5632.704, "m")),
    ),
    row(
        "The tanks hold 1.5m barrels of crude.",
        "1.5m barrels",
        1.5e6,
        "barrel",
        Some((238_480.942392, "m³")),
    ),
    row(
        "They built a 1.2m fence.",
        "1.2m",
        1.2,
        "m",
        Some((1.2, "m")),
    ),
    row(
        "Seville recorded 46.2C on Monday.",
        "46.2C",
        46.2,
        "°C",
        Some((319.35, "K")),
    ),
    row(
        "Rainfall reached 150mm overnight.",
        "150mm",
        150.0,
        "mm",
        Some((0.15, "m")),
    ),
    row(
        "Snow fell to a depth of 30 inches.",
        "30 inches",
        30.0,
        "inch",
        Some((0.762, "m")),
    ),
    row(
        "Gusts of up to 290km/h hit the coast.",
        "up to 290km/h",
        290.0,
        "km/h",
        Some((80.5555555556, "m/s")),
    ),
    // Millions in news: `m` before a counted noun is a scale, not metres.
    row(
        "The scheme helped 1.2m people.", "1.2m people", 1.2e6, "people", None,
    ),
    row("Firms cut 3m jobs last year.", "3m jobs", 3e6, "job", None),
    // Scales of news.
    row(
        "A magnitude 5.8 quake hit the town.", "magnitude 5.8", 5.8, "magnitude", None,
    ),
    row(
        "A 7.1-magnitude earthquake struck.", "7.1-magnitude", 7.1, "magnitude", None,
    ),
    row(
        "It had a magnitude of 3.9 at sea.", "magnitude of 3.9", 3.9, "magnitude", None,
    ),
    row(
        "A Category 4 hurricane formed.", "Category 4", 4.0, "category", None,
    ),
];

#[test]
fn measures_and_scales() {
    for r in ROWS {
        let spans = quantities(r.text, None);
        let q: Vec<_> = spans
            .iter()
            .filter(|s| s.label == Label::Quantity)
            .collect();
        assert_eq!(
            q.len(),
            1,
            "{}: {:?}",
            r.text,
            q.iter().map(|s| s.text(r.text)).collect::<Vec<_>>()
        );
        let d = q[0].quantity().unwrap();
        assert_eq!(q[0].text(r.text), r.span, "{}", r.text);
        assert!((d.value - r.value).abs() < 1e-9, "{}: {}", r.text, d.value);
        assert_eq!(d.unit.as_deref(), Some(r.unit), "{}", r.text);
        match r.si {
            Some((v, u)) => {
                assert_eq!(d.kind, QuantityKind::Measure, "{}", r.text);
                let got = d.si_value.unwrap();
                assert!(
                    (got - v).abs() <= 1e-9 * v.abs().max(1.0),
                    "{}: si {got}",
                    r.text
                );
                assert_eq!(d.si_unit.as_deref(), Some(u), "{}", r.text);
            }
            None => assert_eq!(d.si_value, None, "{}", r.text),
        }
    }
}

/// Ranges and open bounds: (text, span, low, high, unit).
#[test]
fn ranges_and_comparisons() {
    let table: &[(&str, &str, f64, f64, Option<&str>)] = &[
        (
            "Doses rose from 20 mg to 40 mg.",
            "from 20 mg to 40 mg",
            20.0,
            40.0,
            Some("mg"),
        ),
        (
            "Each sack holds 15 to 20 kg.",
            "15 to 20 kg",
            15.0,
            20.0,
            Some("kg"),
        ),
        (
            "Drink 2 to 3 litres daily.",
            "2 to 3 litres",
            2.0,
            3.0,
            Some("l"),
        ),
        (
            "Drives of 8–12 terabytes sold out.",
            "8–12 terabytes",
            8.0,
            12.0,
            Some("TB"),
        ),
        (
            "He faces between two and five years.",
            "between two and five years",
            2.0,
            5.0,
            Some("year"),
        ),
        (
            "It drew more than 50 but fewer than 80 visitors.",
            "more than 50 but fewer than 80 visitors",
            50.0,
            80.0,
            Some("visitor"),
        ),
        (
            "Read pages 10 through 50 tonight.", "10 through 50", 10.0, 50.0, None,
        ),
    ];
    for &(text, span, low, high, unit) in table {
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
        assert_eq!((d.low, d.high), (Some(low), Some(high)), "{text}");
        assert_eq!(d.value, low, "{text}");
        assert_eq!(d.unit.as_deref(), unit, "{text}");
    }
}

/// Scores are one span: value the first number, `score` both.
#[test]
fn match_scores() {
    for (text, span, score) in [
        ("Spain beat France 4-2 in Lyon.", "4-2", [4.0, 2.0]),
        ("The Bulls won 112-105 at home.", "112-105", [112.0, 105.0]),
    ] {
        let spans = quantities(text, None);
        let d = spans[0].quantity().unwrap();
        assert_eq!(spans[0].text(text), span);
        assert_eq!((d.value, d.score), (score[0], Some(score)));
    }
}
