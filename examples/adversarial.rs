//! Adversarial inputs: is extraction time linear whatever the text?
//!
//! ```text
//! cargo run --release --example adversarial [-- --mb 10 --runs 3 --max-ratio 3]
//! ```
//!
//! Builds `--mb` MB (default 10) of each adversarial input in memory, times
//! `Extractor::default().extract` on it (the best of `--runs` runs, default
//! 3) and compares the time per MB with the same amount of ordinary news
//! text (`benches/data/news.txt`, repeated). Each input is also timed on its
//! first tenth, so the table shows whether time per MB grows with the size.
//!
//! Prints a table and exits with 1 if any input takes more than
//! `--max-ratio` (default 3) times the news text's time per MB, or if a run
//! passes its deadline (30 × the news time, at least 20 s). This is a
//! measurement, not a test: it is not part of `cargo test`.

use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use factspan::Extractor;

const MB: usize = 1 << 20;
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news.txt");
const GAZETTEERS: [&str; 4] = ["people", "places", "institutions", "groups"];

struct Options {
    mb: usize,
    runs: usize,
    max_ratio: f64,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        mb: 10,
        runs: 3,
        max_ratio: 3.0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--mb" => o.mb = value("--mb")?.parse().map_err(|e| format!("--mb: {e}"))?,
            "--runs" => {
                o.runs = value("--runs")?
                    .parse()
                    .map_err(|e| format!("--runs: {e}"))?
            }
            "--max-ratio" => {
                o.max_ratio = value("--max-ratio")?
                    .parse()
                    .map_err(|e| format!("--max-ratio: {e}"))?
            }
            "-h" | "--help" => {
                return Err("usage: adversarial [--mb N] [--runs N] [--max-ratio X]".into());
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if o.mb == 0 || o.runs == 0 {
        return Err("--mb and --runs must be at least 1".into());
    }
    Ok(o)
}

/// `unit` repeated to `bytes` bytes, cut back to a char boundary.
fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// The first `bytes` bytes of `text`, cut back to a char boundary.
fn prefix(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// 100,000 capitalised names from the default gazetteers, taken in turn
/// from each list (a person, a place, an institution, a group, …), joined
/// by single spaces with no punctuation between them.
fn name_sequence(count: usize) -> String {
    let lists: Vec<Vec<String>> = GAZETTEERS
        .iter()
        .map(|list| {
            let path = format!("{}/gazetteers/{list}.tsv", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .skip(1) // the header
                .filter_map(|l| l.split('\t').next()?.split('|').next())
                .map(str::trim)
                .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
                .map(String::from)
                .collect()
        })
        .collect();
    let mut names = Vec::with_capacity(count);
    let mut i = 0;
    while names.len() < count {
        for list in &lists {
            if let Some(n) = list.get(i) {
                names.push(n.as_str());
            }
        }
        i += 1;
        if lists.iter().all(|l| i >= l.len()) {
            i = 0;
        }
    }
    names.truncate(count);
    names.join(" ") + " "
}

/// `1 to 2 to 3 to 4 …`, `bytes` long.
fn chained_ranges(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 16);
    let mut k = 1u64;
    while out.len() < bytes {
        out.push_str(&k.to_string());
        out.push_str(" to ");
        k += 1;
    }
    out.truncate(bytes);
    out
}

/// `2001, 2002, 2003, …` (cycling through 1900–2099) to `bytes` bytes:
/// one list of dates, each joined to the one before.
fn year_list(bytes: usize) -> String {
    let cycle: String = (0..200).map(|k| format!("{}, ", 1900 + k)).collect();
    repeat_to(&cycle, bytes)
}

/// The adversarial inputs, each `bytes` long.
fn inputs(news: &str, bytes: usize) -> Vec<(&'static str, String)> {
    let no_spaces: String = news.chars().filter(|c| !c.is_whitespace()).collect();
    // Nested brackets half the input deep, then the other punctuation runs.
    let half = bytes / 2;
    let nested = "(".repeat(half) + &")".repeat(bytes - half);
    vec![
        (
            "one line, no spaces (news text, whitespace removed)",
            repeat_to(&no_spaces, bytes),
        ),
        (
            "digits, one run (0123456789…)",
            repeat_to("0123456789", bytes),
        ),
        ("\"at least at least …\"", repeat_to("at least ", bytes)),
        ("years, one list (2001, 2002, 2003, …)", year_list(bytes)),
        ("\"Mr Mr Mr …\"", repeat_to("Mr ", bytes)),
        (
            "\"6 ft 1 in …\" (two-part measures)",
            repeat_to("6 ft 1 in ", bytes),
        ),
        (
            "\"Smith won 5 seats and Jones 18, …\" (one sentence of claims)",
            repeat_to("Smith won 5 seats and Jones 18, ", bytes),
        ),
        (
            "\"Smith and Jones 18, …\" (counts after names, no nouns)",
            repeat_to("Smith and Jones 18, ", bytes),
        ),
        (
            "\"5 5 5 …\" (a run of small numbers, a table)",
            repeat_to("5 ", bytes),
        ),
        (
            "\"1 to 2 to 3 to …\" (chained ranges)",
            chained_ranges(bytes),
        ),
        (
            "unit chains (\"5 km/h per square metre cubic feet …\")",
            repeat_to(
                "5 km/h per square metre cubic feet per second metric tonnes ",
                bytes,
            ),
        ),
        (
            "100k capitalised gazetteer names, space-separated",
            repeat_to(&name_sequence(100_000), bytes),
        ),
        (
            "alternating scripts (Latin/Cyrillic/CJK/Arabic/Greek/Devanagari)",
            repeat_to(
                "Lagos Лагос 拉各斯 لاغوس Λάγος लागोस aЖb中cاdΩeअ Paris Париж 巴黎 باريس Παρίσι पेरिस ",
                bytes,
            ),
        ),
        ("punctuation, nested (((…)))", nested),
        (
            "punctuation, mixed runs (.,;:!?-'\"…)",
            repeat_to(
                "....,,,,;;;;::::!!!!????----''''\"\"\"\"////&&&&%%%%$$$$",
                bytes,
            ),
        ),
    ]
}

/// Best of `runs` timings of `extract` on `text` (and the span count), or
/// None if a run passes `deadline`: the run is then left behind in its
/// thread, and the caller stops.
fn time(text: &str, runs: usize, deadline: Duration) -> Option<(f64, usize)> {
    let mut best = f64::INFINITY;
    let mut spans = 0;
    for _ in 0..runs {
        let (tx, rx) = mpsc::channel();
        let owned = text.to_string();
        std::thread::spawn(move || {
            let extractor = Extractor::default();
            let start = Instant::now();
            let n = extractor.extract(&owned).len();
            let _ = tx.send((start.elapsed().as_secs_f64(), n));
        });
        let (secs, n) = rx.recv_timeout(deadline).ok()?;
        best = best.min(secs);
        spans = n;
    }
    Some((best, spans))
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let bytes = o.mb * MB;
    let news = std::fs::read_to_string(CORPUS).unwrap_or_else(|e| panic!("{CORPUS}: {e}"));
    // Build the default extractor before any timing.
    let _ = Extractor::default().extract("Warm-up in Bishkek on Monday.");

    let baseline = repeat_to(&(news.clone() + "\n\n"), bytes);
    let baseline_small = prefix(&baseline, bytes / 10);
    let Some((news_secs, news_spans)) = time(&baseline, o.runs, Duration::from_secs(600)) else {
        eprintln!("the news baseline took more than 600 s");
        return ExitCode::FAILURE;
    };
    let news_small = time(baseline_small, o.runs, Duration::from_secs(600)).map(|t| t.0);
    let mb_of = |text: &str| text.len() as f64 / MB as f64;
    let news_per_mb = news_secs / mb_of(&baseline);
    let deadline = Duration::from_secs_f64((30.0 * news_secs).max(20.0));

    println!(
        "extract on {} MB of each input: best of {} runs; \"1/10\" = s/MB on the first tenth",
        o.mb, o.runs
    );
    println!();
    println!(
        "| {:<66} | {:>6} | {:>8} | {:>7} | {:>9} | {:>8} | {:>8} |",
        "input", "MB", "seconds", "s/MB", "s/MB 1/10", "spans", "vs news"
    );
    println!(
        "|{:-<68}|{:->7}:|{:->9}:|{:->8}:|{:->10}:|{:->9}:|{:->9}:|",
        "", "", "", "", "", "", ""
    );
    let row = |name: &str,
               text: &str,
               secs: f64,
               small: Option<f64>,
               small_mb: f64,
               spans: usize,
               ratio: f64| {
        let small = small.map_or("-".to_string(), |s| format!("{:.4}", s / small_mb));
        println!(
            "| {:<66} | {:>6.2} | {:>8.3} | {:>7.4} | {:>9} | {:>8} | {:>7.2}× |",
            name,
            mb_of(text),
            secs,
            secs / mb_of(text),
            small,
            spans,
            ratio
        );
    };
    row(
        "news text (benches/data/news.txt, repeated): baseline",
        &baseline,
        news_secs,
        news_small,
        mb_of(baseline_small),
        news_spans,
        1.0,
    );

    let mut failed = Vec::new();
    for (name, text) in inputs(&news, bytes) {
        let small = prefix(&text, bytes / 10);
        let small_secs = time(small, o.runs, deadline).map(|t| t.0);
        let Some((secs, spans)) = time(&text, o.runs, deadline) else {
            println!(
                "| {:<66} | {:>6.2} | > {:>6.1} | (deadline passed; stopping) |",
                name,
                mb_of(&text),
                deadline.as_secs_f64()
            );
            eprintln!(
                "FAIL: {name}: over the {:.1} s deadline",
                deadline.as_secs_f64()
            );
            return ExitCode::FAILURE;
        };
        let ratio = secs / mb_of(&text) / news_per_mb;
        row(name, &text, secs, small_secs, mb_of(small), spans, ratio);
        if ratio > o.max_ratio {
            failed.push((name, ratio));
        }
    }
    println!();
    if failed.is_empty() {
        println!(
            "all inputs within {}× the news text's time per MB",
            o.max_ratio
        );
        ExitCode::SUCCESS
    } else {
        for (name, ratio) in &failed {
            eprintln!(
                "FAIL: {name}: {ratio:.2}× the news text's time per MB (limit {}×)",
                o.max_ratio
            );
        }
        ExitCode::FAILURE
    }
}
