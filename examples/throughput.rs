//! Quick throughput check:
//! `cargo run --release --example throughput -- [FILE [REPEAT [STAGE]]]`.
//!
//! Times each stage of the pipeline over a file (read once, repeated
//! `REPEAT` times in memory) on one thread, and a bare Aho-Corasick scan
//! over the default gazetteer names on the same text, in the same process.
//! Every stage runs several rounds, interleaved, and the median is printed:
//! on a shared machine the ratio "extract / bare scan" of one run is worth
//! more than either figure alone. The criterion benches in `benches/` are
//! the careful measurement; this is the quick look. A STAGE name runs that
//! stage alone (for profiling).

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};

#[path = "../benches/support/default_names.rs"]
mod default_names;

/// Rounds of every stage; the median is reported.
const ROUNDS: usize = 5;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "benches/data/news.txt".into());
    let repeat: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
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
    let no_rules = factspan::Extractor::builder()
        .rules(false)
        .build()
        .expect("defaults");
    let wanted = |name: &str| only.as_deref().is_none_or(|o| o == name);
    let bare = wanted("bare scan").then(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(default_names::default_names())
            .expect("the default names build an automaton")
    });
    let docs: Vec<&str> = text.split("\n\n").collect();
    type Stage<'a> = (&'static str, Box<dyn Fn() -> usize + 'a>);
    let stages: Vec<Stage<'_>> = vec![
        (
            "tokenize",
            Box::new(|| factspan::tokenize::tokenize(&text).len()),
        ),
        (
            "gazetteer",
            Box::new(|| ex.gazetteer().find_all(&text).len()),
        ),
        (
            "quantities",
            Box::new(|| factspan::quantities::quantities(&text, None).len()),
        ),
        ("extract", Box::new(|| ex.extract(&text).len())),
        // Blank-line-separated paragraphs as documents, on one thread,
        // then on all.
        (
            "docs 1 thread",
            Box::new(|| docs.iter().map(|d| ex.extract(d).len()).sum()),
        ),
        (
            "docs batch",
            Box::new(|| ex.extract_batch(&docs).iter().map(Vec::len).sum()),
        ),
        ("no rules", Box::new(|| no_rules.extract(&text).len())),
        (
            "bare scan",
            Box::new(|| bare.as_ref().map_or(0, |ac| ac.find_iter(&text).count())),
        ),
    ];
    let stages: Vec<&Stage<'_>> = stages.iter().filter(|(name, _)| wanted(name)).collect();
    let mut secs = vec![Vec::new(); stages.len()];
    let mut items = vec![0; stages.len()];
    for _ in 0..ROUNDS {
        for (k, (_, f)) in stages.iter().enumerate() {
            let t = Instant::now();
            items[k] = f();
            secs[k].push(t.elapsed().as_secs_f64());
        }
    }
    let mut median = |k: usize| {
        secs[k].sort_by(f64::total_cmp);
        secs[k][ROUNDS / 2]
    };
    let mut speed = Vec::new();
    for (k, (name, _)) in stages.iter().enumerate() {
        let s = median(k);
        speed.push((*name, mb / s));
        println!(
            "{name:<14} {:>8.1} MB/s  ({} items, {mb:.1} MB, median of {ROUNDS})",
            mb / s,
            items[k]
        );
    }
    let of = |name: &str| speed.iter().find(|s| s.0 == name).map(|s| s.1);
    if let (Some(e), Some(b)) = (of("extract"), of("bare scan")) {
        println!("extract / bare scan: {:.3}", e / b);
    }
}
