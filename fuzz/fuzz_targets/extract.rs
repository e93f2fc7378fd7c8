//! `Extractor::extract` and `tokenize` on arbitrary text: no panic, and
//! every span/token is a non-empty, in-range, char-aligned, ordered range;
//! also with every label (`number`, `time`) and a document date, and every
//! index a span holds (`ref`, a claim's `*_ref`) points at a span.
#![no_main]

use std::sync::LazyLock;

use factspan::{Detail, Extractor, Label, Options, Span};
use factspan::tokenize::tokenize;
use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;
use invariants::check_ranges;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::default);
static ALL_LABELS: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .labels(Label::ALL)
        .build()
        .expect("the default lists build")
});

/// Every index a span holds is that of a span of the same output.
fn check_indices(spans: &[Span]) {
    for s in spans {
        let refs: Vec<usize> = match &s.detail {
            Detail::Entity(e) => e.link.into_iter().collect(),
            Detail::Quantity(q) => q
                .claim
                .iter()
                .flat_map(|c| [c.subject_ref, c.source_ref, c.date_ref])
                .flatten()
                .collect(),
            _ => Vec::new(),
        };
        for r in refs {
            assert!(r < spans.len(), "index {r} of {} spans: {s:?}", spans.len());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;

    let tokens = tokenize(text);
    check_ranges(text, "token", tokens.iter().map(|t| (t, t.start, t.end)));

    let spans = EXTRACTOR.extract(text);
    check_ranges(text, "span", spans.iter().map(|s| (s, s.start, s.end)));
    check_indices(&spans);

    let dated = Options::with_date("2020-02-29".parse().expect("a valid date"));
    let all = ALL_LABELS.extract_with(text, &dated);
    check_ranges(text, "span", all.iter().map(|s| (s, s.start, s.end)));
    check_indices(&all);
    for s in &spans {
        // Serialising a record must not panic either.
        let _ = s.record("fuzz", text);
    }
});
