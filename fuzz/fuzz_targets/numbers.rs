//! The number parser, number finder and quantities on arbitrary text: no
//! panics; numbers and spans in range, on char boundaries, ordered.
#![no_main]

use factspan::numbers::{find_numbers, parse_number, quantities};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    // Must not panic, and a value is always a finite number ("0e999" once
    // gave NaN; a value past f64's range is no number).
    if let Some(v) = parse_number(text) {
        assert!(v.is_finite(), "{v} from {text:?}");
    }

    let numbers = find_numbers(text);
    let mut prev_end = 0;
    for (i, n) in numbers.iter().enumerate() {
        assert!(n.start < n.end, "number {i} empty: {n:?} in {text:?}");
        assert!(n.end <= text.len(), "number {i} past the end: {n:?}");
        assert!(
            text.is_char_boundary(n.start) && text.is_char_boundary(n.end),
            "number {i} not on char boundaries: {n:?} in {text:?}"
        );
        assert!(
            n.start >= prev_end,
            "number {i} unsorted or overlapping (previous end {prev_end}): {n:?} in {text:?}"
        );
        prev_end = n.end;
        assert!(n.value.is_finite(), "number {i} not finite: {n:?} in {text:?}");
        // Each number found on its own parses (no panic at least).
        let _ = parse_number(&text[n.start..n.end]);
    }

    for date in [None, Some((2020, 10, 6))] {
        let spans = quantities(text, date);
        let mut prev_end = 0;
        for (i, s) in spans.iter().enumerate() {
            assert!(s.start < s.end, "span {i} empty: {s:?} in {text:?}");
            assert!(s.end <= text.len(), "span {i} past the end: {s:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "span {i} not on char boundaries: {s:?} in {text:?}"
            );
            assert!(
                s.start >= prev_end,
                "span {i} unsorted or overlapping (previous end {prev_end}): {s:?} in {text:?}"
            );
            prev_end = s.end;
        }
    }
});
