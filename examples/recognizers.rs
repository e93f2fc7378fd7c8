//! Scores factspan against the English spec cases of Microsoft
//! Recognizers-Text (NumberModel, PercentModel, CurrencyModel,
//! OrdinalModel), and exits non-zero below the floors. The spans come from
//! the same `Extractor` the example extractor uses: label `number` for the
//! number and ordinal models (ordinals are the spans of kind `ordinal`),
//! label `quantity` for percentages and currencies.
//!
//! ```text
//! cargo run --release --example recognizers -- ../shared/data/recognizers-text
//! ```
//!
//! An expected result counts as found when one of ours overlaps it (the
//! peer's `Start`/`End` are char offsets, `End` inclusive) with the same
//! value (relative tolerance 1e-6) — and for currencies the same ISO code.
//! Results without a numeric value (`"dollar"` alone) and relative ordinals
//! (`last`, `next`) are not counted. Currency names without an ISO code are
//! mapped: Dollar → USD, Pound → GBP, Cent → USD and Pence/Penny → GBP (our
//! values are in the main unit, so a cent is 0.01), Franc → CHF, Rupee →
//! INR, Peseta → ESP, … (see `iso_for`).
//!
//! Floors: NumberModel 0.96, PercentModel 1.00, CurrencyModel 0.97,
//! OrdinalModel (numeric) 0.91: its two remaining cases (`forty two and a
//! third`) are the same inputs that NumberModel reads as fractions, and one
//! span cannot be both.

use std::process::ExitCode;

use factspan::{Extractor, Label, QuantityKind, Span};
use serde_json::Value;

struct Ours {
    start: usize,
    end: usize,
    value: f64,
    unit: Option<String>,
}

fn iso_for(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "Dollar" => ("USD", 1.0),
        "Pound" => ("GBP", 1.0),
        "Cent" => ("USD", 0.01),
        "Pence" | "Penny" => ("GBP", 0.01),
        "Franc" => ("CHF", 1.0),
        "Rupee" => ("INR", 1.0),
        "Peseta" => ("ESP", 1.0),
        "Finnish markka" => ("FIM", 1.0),
        "Netherlands guilder" => ("NLG", 1.0),
        "Bitcoin" => ("BTC", 1.0),
        "Satoshi" => ("BTC", 1e-8),
        "Euro" => ("EUR", 1.0),
        _ => return None,
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

/// Byte offset of char offset `c` in `s`.
fn byte_of(s: &str, c: usize) -> usize {
    s.char_indices().nth(c).map_or(s.len(), |(b, _)| b)
}

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/recognizers-text".to_string());
    let floors = [
        ("NumberModel", 0.96),
        ("PercentModel", 1.0),
        ("CurrencyModel", 0.97),
        ("OrdinalModel", 0.91),
    ];
    let build = |label| {
        Extractor::builder()
            .labels([label])
            .build()
            .expect("the default lists build")
    };
    let numbers = build(Label::Number);
    let quantities = build(Label::Quantity);
    let verbose = std::env::var_os("VERBOSE").is_some();
    let mut ok = true;
    for (model, floor) in floors {
        let path = format!("{dir}/{model}.json");
        let data = match std::fs::read_to_string(&path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                ok = false;
                continue;
            }
        };
        let cases: Vec<Value> = match serde_json::from_str(&data) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}: {e}");
                ok = false;
                continue;
            }
        };
        let (mut expected, mut found) = (0usize, 0usize);
        let mut spurious = 0usize;
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or("");
            let ours: Vec<Ours> = match model {
                // Numbers and ordinals: the number finder's output, split
                // by kind.
                "NumberModel" | "OrdinalModel" => numbers
                    .extract(input)
                    .iter()
                    .filter_map(|s: &Span| {
                        let q = s.quantity()?;
                        let ordinal = q.kind == QuantityKind::Ordinal;
                        (ordinal == (model == "OrdinalModel")).then_some(Ours {
                            start: s.start,
                            end: s.end,
                            value: q.value,
                            unit: None,
                        })
                    })
                    .collect(),
                _ => {
                    let want = if model == "PercentModel" {
                        QuantityKind::Percent
                    } else {
                        QuantityKind::Money
                    };
                    quantities
                        .extract(input)
                        .iter()
                        .filter_map(|s: &Span| {
                            let q = s.quantity()?;
                            (q.kind == want).then(|| Ours {
                                start: s.start,
                                end: s.end,
                                value: q.value,
                                unit: q.unit.clone(),
                            })
                        })
                        .collect()
                }
            };
            let results = case["Results"].as_array().cloned().unwrap_or_default();
            if results.is_empty() && !ours.is_empty() {
                spurious += 1;
            }
            for r in &results {
                if r["TypeName"].as_str() == Some("ordinal.relative") {
                    continue;
                }
                let res = &r["Resolution"];
                let Some(vs) = res["value"].as_str() else {
                    continue;
                };
                let vs = vs.trim_end_matches('%');
                let Ok(mut v) = vs.parse::<f64>() else {
                    continue;
                };
                let mut want_unit: Option<String> = None;
                if model == "CurrencyModel" {
                    if let Some(c) = res["isoCurrency"].as_str() {
                        want_unit = Some(c.to_string());
                    } else if let Some((c, f)) = res["unit"].as_str().and_then(iso_for) {
                        want_unit = Some(c.to_string());
                        v *= f;
                    } else {
                        want_unit = Some(format!("?{}", res["unit"].as_str().unwrap_or("")));
                    }
                }
                let (Some(s), Some(e)) = (r["Start"].as_u64(), r["End"].as_u64()) else {
                    continue;
                };
                let bs = byte_of(input, s as usize);
                let be = byte_of(input, e as usize + 1);
                expected += 1;
                let hit = ours.iter().any(|o| {
                    o.start < be
                        && bs < o.end
                        && close(o.value, v)
                        && (want_unit.is_none() || o.unit == want_unit)
                });
                if hit {
                    found += 1;
                } else if verbose {
                    let got: Vec<String> = ours
                        .iter()
                        .map(|o| {
                            format!(
                                "{:?}={} {:?}",
                                input.get(o.start..o.end).unwrap_or(""),
                                o.value,
                                o.unit
                            )
                        })
                        .collect();
                    println!(
                        "  MISS {model}: {input:?} want {:?}={v} {:?}; got {got:?}",
                        r["Text"].as_str().unwrap_or(""),
                        want_unit
                    );
                }
            }
        }
        let rate = if expected == 0 {
            1.0
        } else {
            found as f64 / expected as f64
        };
        let pass = rate >= floor;
        ok &= pass;
        println!(
            "{model:<14} {found:>3}/{expected:<3} = {rate:.3} (floor {floor:.2}) {}   [cases expecting nothing where we found something: {spurious}]",
            if pass { "ok" } else { "BELOW FLOOR" }
        );
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
