//! Unit lookups after a number: `units::longest_unit` on the words that
//! follow a number (units of one to four words, and words that are not
//! units) and `units::unit_suffix` on suffixes glued to numbers.
//!
//! ```text
//! cargo bench --bench units                       # full run
//! cargo bench --bench units -- --test             # each bench once, untimed (CI)
//! ```

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use factspan::units;

/// Word sequences as they follow numbers in news: units and non-units.
const AFTER_NUMBERS: &[&[&str]] = &[
    &["metric", "tonnes", "of", "wheat"],
    &["people", "were", "killed"],
    &["miles", "per", "hour", "winds"],
    &["km", "/", "h", "."],
    &["degrees", "Celsius", "on"],
    &["square", "feet", "of"],
    &["GB", "of", "memory"],
    &["new", "cases", "on"],
    &["years", "in", "prison"],
    &["percent", "of", "the"],
];

const SUFFIXES: &[&str] = &[
    "mm", "C", "GB", "km", "-litre", "-square-foot", "bn", "m", "th", "s",
];

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("units");
    g.throughput(Throughput::Elements(AFTER_NUMBERS.len() as u64));
    g.bench_function("longest_unit", |b| {
        b.iter(|| {
            let mut n = 0;
            for words in AFTER_NUMBERS {
                n += units::longest_unit(black_box(words)).map_or(0, |m| m.0);
            }
            n
        })
    });
    g.throughput(Throughput::Elements(SUFFIXES.len() as u64));
    g.bench_function("unit_suffix", |b| {
        b.iter(|| {
            SUFFIXES
                .iter()
                .filter(|s| units::unit_suffix(black_box(s)).is_some())
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
