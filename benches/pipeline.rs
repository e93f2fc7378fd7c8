//! Throughput of each stage of the pipeline on the bench corpus
//! (`benches/data/news.txt`, 3 MB of Wikinews and DOJ press releases), with
//! a bare Aho-Corasick scan over the same names as a reference point.
//!
//! ```text
//! cargo bench --bench pipeline                    # full run
//! cargo bench --bench pipeline -- --quick         # shorter run
//! cargo bench --bench pipeline -- --test          # each bench once, untimed (CI)
//! cargo bench --bench pipeline -- extract         # one group
//! ```
//!
//! Compare `extract` with `bare_aho_corasick` for the ratio
//! "pipeline / bare scan".

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use factspan::Extractor;
use factspan::quantities;
use factspan::tokenize::tokenize;

#[path = "support/default_names.rs"]
mod default_names;
use default_names::default_names;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/news.txt");
const SHORT: &str =
    "At least 5,000 people gathered in Bishkek on Monday, the health ministry said.";
const LONG_BYTES: usize = 1 << 20;

fn corpus() -> String {
    std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS}: {e}"))
}

/// The first `max` bytes of `text`, cut back to a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Settings for the groups that run over the whole corpus: a few seconds
/// per group, whatever the pipeline's speed.
fn large<'a>(c: &'a mut Criterion, name: &str, bytes: usize) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g
}

fn stages(c: &mut Criterion) {
    let text = corpus();
    let text = text.as_str();
    let bytes = text.len();
    let extractor = Extractor::default();
    let gazetteer = extractor.gazetteer();

    let mut g = large(c, "tokenize", bytes);
    g.bench_function("corpus", |b| b.iter(|| tokenize(black_box(text)).len()));
    g.finish();

    let mut g = large(c, "gazetteer", bytes);
    g.bench_function("corpus", |b| {
        b.iter(|| gazetteer.find_all(black_box(text)).len())
    });
    g.finish();

    let mut g = large(c, "quantities", bytes);
    g.bench_function("corpus", |b| {
        b.iter(|| quantities::quantities(black_box(text), None).len())
    });
    g.finish();

    let mut g = large(c, "extract", bytes);
    g.bench_function("corpus", |b| {
        b.iter(|| extractor.extract(black_box(text)).len())
    });
    g.finish();

    let names = default_names();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("the default names build an Aho-Corasick automaton");
    eprintln!(
        "corpus: {bytes} bytes; gazetteer.find_all: {} matches; bare scan: {} names, {} matches",
        gazetteer.find_all(text).len(),
        names.len(),
        ac.find_iter(text).count()
    );
    let mut g = large(c, "bare_aho_corasick", bytes);
    g.bench_function("corpus", |b| {
        b.iter(|| ac.find_iter(black_box(text)).count())
    });
    g.finish();
}

fn documents(c: &mut Criterion) {
    let extractor = Extractor::default();

    let mut g = c.benchmark_group("short_document");
    g.throughput(Throughput::Bytes(SHORT.len() as u64));
    g.bench_function("one_sentence", |b| {
        b.iter(|| extractor.extract(black_box(SHORT)).len())
    });
    g.finish();

    let text = corpus();
    let long = prefix(&text, LONG_BYTES);
    let mut g = large(c, "long_document", long.len());
    g.bench_function("1MB", |b| {
        b.iter(|| extractor.extract(black_box(long)).len())
    });
    g.finish();
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("default_extractor", |b| {
        b.iter(|| Extractor::builder().build().unwrap())
    });
    g.finish();
}

criterion_group!(benches, stages, documents, build);
criterion_main!(benches);
