//! The number parser, number finder and quantities on arbitrary text: no
//! panics; numbers and spans in range, on char boundaries, ordered.
#![no_main]

use factspan::numbers::{find_numbers, parse_number};
use factspan::quantities::quantities;
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

    for date in [None, Some((2020, 10, 6))] {
        let spans = quantities(text, date);
        check_ranges(text, "span", spans.iter().map(|s| (s, s.start, s.end)));
    }
});
