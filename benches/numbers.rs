//! Number-dense text: `quantities::quantities` and the full `extract` on about
//! 1 MB and 10 MB of sentences packed with counts, money, percentages,
//! ranges, ages, measures and dates. Linear time shows as the same MB/s at
//! both sizes.
//!
//! ```text
//! cargo bench --bench numbers                     # full run
//! cargo bench --bench numbers -- --test           # each bench once, untimed (CI)
//! ```
//!
//! Compare the MB/s here with the `quantities` and `extract` groups of the
//! `pipeline` bench (ordinary news text).

use std::fmt::Write;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use factspan::Extractor;
use factspan::quantities;

const TARGET_BYTES: usize = 10 << 20;

/// About 10 MB of number-dense sentences. The numbers change from one
/// repetition to the next so the text is not one block repeated verbatim.
fn number_dense(target: usize) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    let mut s = String::with_capacity(target + 1024);
    let mut i: u64 = 0;
    while s.len() < target {
        let n = 1_000 + (i * 7_919) % 90_000;
        let m = MONTHS[(i % 12) as usize];
        let day = 1 + i % 28;
        let year = 1990 + i % 35;
        let pct = 1 + i % 99;
        let _ = write!(
            s,
            "At least {},{:03} people were evacuated, nearly {} injured and {} missing, officials said on {m} {day}, {year}. ",
            n / 1000,
            n % 1000,
            700 + i % 300,
            i % 50,
        );
        let _ = write!(
            s,
            "The company paid ${}.{} million, about {pct} per cent of its revenue, and €{} billion in fines between {} and {year}. ",
            1 + i % 9,
            i % 10,
            2 + i % 7,
            year - 5,
        );
        let _ = write!(
            s,
            "Between {} and {} soldiers, some as young as {}-year-old recruits, marched {},{:03}.{:02} km over {} days. ",
            300 + i % 100,
            400 + i % 100,
            17 + i % 5,
            1 + i % 4,
            i % 1000,
            i % 100,
            3 + i % 20,
        );
        let _ = write!(
            s,
            "Prices rose {}.{}% in the year to {m} {year}, while unemployment fell to {}.{} percent from {} percent. ",
            i % 12,
            i % 10,
            3 + i % 6,
            i % 10,
            6 + i % 4,
        );
        let _ = write!(
            s,
            "He was sentenced to {} months in prison and ordered to pay ${},{:03},{:03} in restitution on {day} {m} {year}. ",
            12 + i % 240,
            1 + i % 99,
            (i * 37) % 1000,
            (i * 101) % 1000,
        );
        let _ = write!(
            s,
            "The {}th anniversary drew more than {} million visitors, up from {}.{} million in the 1990s, and {} dead in 2,{:03}.\n\n",
            10 + i % 90,
            1 + i % 30,
            i % 20,
            i % 10,
            i % 1000,
            i % 30,
        );
        i += 1;
    }
    s
}

fn numbers_dense(c: &mut Criterion) {
    let full = number_dense(TARGET_BYTES);
    // The first 1 MB too (a whole number of paragraphs), so that linearity
    // shows as equal MB/s at both sizes.
    let one_mb = &full[..full[..1 << 20].rfind("\n\n").map_or(full.len(), |i| i + 2)];
    let extractor = Extractor::default();

    let mut g = c.benchmark_group("number_dense");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    for (size, text) in [("1MB", one_mb), ("10MB", full.as_str())] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("quantities", size), text, |b, text| {
            b.iter(|| quantities::quantities(black_box(text), None).len())
        });
        g.bench_with_input(BenchmarkId::new("extract", size), text, |b, text| {
            b.iter(|| extractor.extract(black_box(text)).len())
        });
    }
    g.finish();
}

criterion_group!(benches, numbers_dense);
criterion_main!(benches);
