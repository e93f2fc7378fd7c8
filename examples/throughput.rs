//! Quick throughput check: `cargo run --release --example throughput -- FILE [REPEAT]`.
//!
//! Times each stage of the pipeline over a file (read once, repeated in
//! memory) on one thread and prints MB/s. The criterion benches in
//! `benches/` are the careful measurement; this is the quick look.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "benches/data/news.txt".into());
    let repeat: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    // An optional stage name runs that stage alone (for profiling).
    let only = args.next();
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t.repeat(repeat),
        Err(e) => {
            eprintln!("throughput: {path}: {e}");
            std::process::exit(2);
        }
    };
    let mb = text.len() as f64 / 1e6;
    let t = Instant::now();
    let ex = factspan::Extractor::builder()
        .build()
        .expect("default gazetteers");
    println!("build: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    let time = |name: &str, f: &dyn Fn() -> usize| {
        if only.as_deref().is_some_and(|o| o != name) {
            return;
        }
        let t = Instant::now();
        let n = f();
        let s = t.elapsed().as_secs_f64();
        println!("{name:<12} {:>8.1} MB/s  ({n} items, {mb:.1} MB)", mb / s);
    };
    time("tokenize", &|| factspan::tokenize::tokenize(&text).len());
    time("gazetteer", &|| ex.gazetteer().find_all(&text).len());
    time("quantities", &|| {
        factspan::numbers::quantities(&text, None).len()
    });
    time("extract", &|| ex.extract(&text).len());
    // Documents (blank-line-separated paragraphs) on one thread, then on all.
    let docs: Vec<&str> = text.split("\n\n").collect();
    time("docs 1 thread", &|| {
        docs.iter().map(|d| ex.extract(d).len()).sum()
    });
    time("docs batch", &|| {
        ex.extract_batch(&docs).iter().map(Vec::len).sum()
    });
    if only.as_deref().is_none_or(|o| o == "no rules") {
        let no_rules = factspan::Extractor::builder()
            .rules(false)
            .build()
            .expect("defaults");
        time("no rules", &|| no_rules.extract(&text).len());
    }
}
