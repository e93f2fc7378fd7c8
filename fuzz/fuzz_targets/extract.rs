//! `Extractor::extract` and `tokenize` on arbitrary text: no panic, and
//! every span/token is a non-empty, in-range, char-aligned, ordered range.
#![no_main]

use std::sync::LazyLock;

use factspan::Extractor;
use factspan::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;
use invariants::check_ranges;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    let tokens = tokenize(text);
    check_ranges(text, "token", tokens.iter().map(|t| (t, t.start, t.end)));

    let spans = EXTRACTOR.extract(text);
    check_ranges(text, "span", spans.iter().map(|s| (s, s.start, s.end)));
    for s in &spans {
        // Serialising a record must not panic either.
        let _ = s.record("fuzz", text);
    }
});
