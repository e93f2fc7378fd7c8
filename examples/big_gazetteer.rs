//! Builds a generated user gazetteer of N entries (default 1,000,000) and
//! prints the parse and build times and the heap size; run under
//! `/usr/bin/time -v` for the peak RSS:
//!
//! ```text
//! cargo build --release --example big_gazetteer
//! /usr/bin/time -v target/release/examples/big_gazetteer 1000000
//! ```

use std::time::Instant;

use factspan::Gazetteer;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse().expect("N is a number"))
        .unwrap_or(1_000_000);
    let t = Instant::now();
    let mut tsv = String::with_capacity(n * 40);
    tsv.push_str("name\tlabel\tcanonical\tid\n");
    for i in 0..n {
        let label = ["person", "place", "institution", "group"][i % 4];
        tsv.push_str(&format!("Name{i} Place{i}\t{label}\t\tQ{i}\n"));
    }
    let generate = t.elapsed();
    let t = Instant::now();
    let mut builder = Gazetteer::builder();
    builder.tsv_str("generated.tsv", &tsv).expect("valid TSV");
    let parse = t.elapsed();
    let t = Instant::now();
    let gaz = builder.build().expect("builds");
    let build = t.elapsed();
    drop(builder);
    let t = Instant::now();
    let text = format!("Name0 Place0 met Name{0} Place{0}.", n - 1);
    let found = gaz.find_all(&text).len();
    let find = t.elapsed();
    println!(
        "entries: {n}\nTSV: {} bytes, generated in {generate:?}\nparse: {parse:?}\nbuild: {build:?}\n\
         heap: {:.1} MiB\nfind_all: {found} matches in {find:?}",
        tsv.len(),
        gaz.heap_size() as f64 / (1 << 20) as f64
    );
}
