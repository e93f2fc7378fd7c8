//! `Extractor::extract` and `tokenize` on arbitrary text: no panic, and
//! every span/token is a non-empty, in-range, char-aligned, ordered range.
#![no_main]

use std::sync::LazyLock;

use factspan::Extractor;
use factspan::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    let tokens = tokenize(text);
    let mut prev_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        assert!(t.start < t.end, "token {i} empty: {t:?} in {text:?}");
        assert!(t.end <= text.len(), "token {i} past the end: {t:?}");
        assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "token {i} not on char boundaries: {t:?} in {text:?}"
        );
        assert!(
            t.start >= prev_end,
            "token {i} out of order / overlapping: {t:?} after end {prev_end} in {text:?}"
        );
        prev_end = t.end;
    }

    let spans = EXTRACTOR.extract(text);
    let mut prev_end = 0;
    for (i, s) in spans.iter().enumerate() {
        assert!(s.start < s.end, "span {i} empty: {s:?} in {text:?}");
        assert!(
            s.end <= text.len(),
            "span {i} past the end: {s:?} in {text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {i} not on char boundaries: {s:?} in {text:?}"
        );
        assert!(
            s.start >= prev_end,
            "span {i} unsorted or overlapping (previous end {prev_end}): {s:?} in {text:?}"
        );
        prev_end = s.end;
        // Serialising a record must not panic either.
        let _ = s.record("fuzz", text);
    }
});
