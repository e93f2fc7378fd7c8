//! The number parser, number finder, units table and quantities (measures,
//! ranges, scores, bare numbers) on arbitrary text: no panics; numbers and
//! spans in range, on char boundaries, ordered; values and SI values
//! finite.
#![no_main]

use factspan::numbers::{find_numbers, parse_number};
use factspan::quantities::quantities;
use factspan::units::{longest_unit, unit_suffix};
use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;
use invariants::check_ranges;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    // Must not panic, and a value is always a finite number ("0e999" once
    // gave NaN; a value past f64's range is no number).
    if let Some(v) = parse_number(text) {
        assert!(v.is_finite(), "{v} from {text:?}");
    }

    let numbers = find_numbers(text);
    check_ranges(text, "number", numbers.iter().map(|n| (n, n.start, n.end)));
    for (i, n) in numbers.iter().enumerate() {
        assert!(
            n.value.is_finite(),
            "number {i} not finite: {n:?} in {text:?}"
        );
        // Each number found on its own parses (no panic at least).
        let _ = parse_number(&text[n.start..n.end]);
    }

    // The units table: any words, any suffix.
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    if let Some((n, u)) = longest_unit(&words) {
        assert!(n >= 1 && n <= words.len(), "{n} words of {words:?}");
        assert!(u.to_si(1.0).is_finite());
    }
    for w in &words {
        let _ = unit_suffix(w);
    }

    for date in [None, Some((2020, 10, 6))] {
        let spans = quantities(text, date);
        check_ranges(text, "span", spans.iter().map(|s| (s, s.start, s.end)));
        for s in &spans {
            if let Some(q) = s.quantity() {
                for v in [Some(q.value), q.low, q.high, q.si_value].into_iter().flatten() {
                    assert!(v.is_finite(), "{v} in {s:?} of {text:?}");
                }
                if let (Some(lo), Some(hi)) = (q.low, q.high) {
                    assert!(lo <= hi, "range {lo}..{hi} in {text:?}");
                }
            }
        }
    }
});
