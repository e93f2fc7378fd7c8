//! Inputs that fuzzing found or that probe the same invariants as the fuzz
//! targets (`fuzz/fuzz_targets/`): no panic; spans non-empty, inside the
//! text, on char boundaries, sorted and not overlapping.
//!
//! A crash input found by `cargo fuzz` goes here as a byte string, marked
//! `#[ignore = "bug: …"]` until src/ is fixed; none is ignored today.

use factspan::Extractor;
use factspan::numbers::{find_numbers, parse_number};
use factspan::quantities::quantities;
use factspan::tokenize::tokenize;

fn check_ranges(what: &str, text: &str, ranges: impl IntoIterator<Item = (usize, usize)>) {
    let mut prev_end = 0;
    for (i, (start, end)) in ranges.into_iter().enumerate() {
        assert!(start < end, "{what} {i} empty: {start}..{end} in {text:?}");
        assert!(
            end <= text.len(),
            "{what} {i} past the end: {start}..{end} in {text:?}"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what} {i} not on char boundaries: {start}..{end} in {text:?}"
        );
        assert!(
            start >= prev_end,
            "{what} {i} unsorted or overlapping: {start}..{end} after {prev_end} in {text:?}"
        );
        prev_end = end;
    }
}

/// Everything the three fuzz targets check, on one input.
fn check_all(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    check_ranges(
        "token",
        text,
        tokenize(text).iter().map(|t| (t.start, t.end)),
    );
    let spans = Extractor::default().extract(text);
    check_ranges("span", text, spans.iter().map(|s| (s.start, s.end)));
    let _ = parse_number(text);
    check_ranges(
        "number",
        text,
        find_numbers(text).iter().map(|n| (n.start, n.end)),
    );
    for date in [None, Some((2020, 10, 6))] {
        let q = quantities(text, date);
        check_ranges("quantity", text, q.iter().map(|s| (s.start, s.end)));
    }
}

#[test]
fn edge_inputs_keep_the_invariants() {
    let inputs: &[&[u8]] = &[
        b"",
        b" ",
        b"\n\n\r\n",
        b"\xef\xbb\xbfPutin in Bishkek",
        b"\xff\xfe\xfd",
        b"Z\xfcrich and Bishkek \xc3",
        "\u{301}\u{301}\u{301}Putin\u{301}".as_bytes(),
        "\u{200b}\u{200d}\u{feff}Moscow\u{2060}".as_bytes(),
        "ＰＵＴＩＮ in ＢＩＳＨＫＥＫ, ５,０００ people".as_bytes(),
        "١٢٣٤٥ and 𝟗𝟗𝟗 and ⅔ of ½".as_bytes(),
        b"1e999999999 people, 10^10^10, 1.1^99999",
        b"999999999999999999999999999999999999999999999999999999999 protesters",
        b"0/0 and 1/0 of 0.0.0.0 and ,,,5,,,000,,,",
        b"two hundred hundred thousand million billion trillion",
        b"on 31/02/2020, 29 February 1900, 0 January 0, 99/99/99",
        b"last last last year Monday Monday, the 0th, the 1000000th",
        b"Mr. Mr. Dr. J. J. J. Putin Putin Putin's's's",
        b"'''\"\"\"---...,,,;;;:::((()))",
        b"PARIS PARIS PARIS UN UN UN WHO WHO",
    ];
    for input in inputs {
        check_all(input);
    }
}

#[test]
fn long_repetitive_inputs_keep_the_invariants() {
    check_all("Putin ".repeat(5_000).as_bytes());
    check_all("5,".repeat(5_000).as_bytes());
    check_all("two hundred and ".repeat(1_000).as_bytes());
    check_all("é".repeat(10_000).as_bytes());
    check_all("Ala-Too-".repeat(2_000).as_bytes());
}

/// Found by `cargo fuzz run numbers` (minimised with `cargo fuzz tmin`):
/// a zero mantissa with an exponent past f64's range computes 0 × ∞ = NaN
/// instead of 0. The NaN reaches `find_numbers`, `quantities` and the
/// extractor's quantity spans (serialised as `"value":null`).
#[test]
fn zero_with_huge_exponent_is_zero_not_nan() {
    let input: &[u8] = b"0e999";
    let text = std::str::from_utf8(input).unwrap();
    assert_eq!(parse_number(text), Some(0.0));
    for s in ["0e309", "0.0e999"] {
        assert_eq!(parse_number(s), Some(0.0), "{s}");
    }
    let found = find_numbers(text);
    assert!(found.iter().all(|n| !n.value.is_nan()), "{found:?}");
    let text = "0e999 people gathered.";
    for span in Extractor::default().extract(text) {
        if let Some(q) = span.quantity() {
            assert!(!q.value.is_nan(), "{span:?}");
        }
    }
    // The fuzz target's original input.
    let fuzzed = String::from_utf8_lossy(b"1e\x00\x00\x00\x00\x00\x0c.0e999");
    assert!(find_numbers(&fuzzed).iter().all(|n| !n.value.is_nan()));
}
