//! The example extractor: prints the spans of text files as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- [OPTIONS] [PATH...]
//! ```
//!
//! PATHs are files or directories (searched recursively for `*.txt`, or the
//! extensions given with `--ext`); `-` or no PATH reads standard input. Each
//! file is a document (`doc` = its path) or, with `--lines`, each line is
//! (`doc` = `path:LINE`, offsets within the line; streamed, so memory stays
//! flat whatever the file's size).
//!
//! Documents are extracted in batches on `--jobs` threads (all cores by
//! default); the output keeps the input order.
//!
//! A file that cannot be read or is not UTF-8 is reported on stderr with its
//! path, the others are still processed, and the exit code is 1 at the end.
//! A closed output pipe (`| head`) ends the run quietly; any other write
//! error is reported and exits with 2.

use std::fs;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use factspan::{Date, Extractor, Label};

#[derive(Parser, Debug)]
#[command(
    about = "Find people, places, institutions, dates and quantities in text; print JSON Lines."
)]
struct Args {
    /// Files or directories; `-` (or nothing) reads standard input.
    paths: Vec<PathBuf>,
    /// Every line is its own document (`doc` = `path:LINE`).
    #[arg(long)]
    lines: bool,
    /// A gazetteer TSV file to add (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Leave out the built-in gazetteers.
    #[arg(long)]
    no_default_gazetteers: bool,
    /// Only these labels, comma-separated (person,place,institution,group,date,quantity,time;
    /// default: all but time).
    #[arg(long, value_delimiter = ',')]
    labels: Vec<String>,
    /// File extensions searched for in directories (repeatable).
    #[arg(long = "ext", default_value = "txt")]
    extensions: Vec<String>,
    /// Accept invalid UTF-8, replacing bad bytes with U+FFFD.
    #[arg(long)]
    lossy: bool,
    /// The documents' date (YYYY-MM-DD), to resolve `Monday` or `last year`.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Read numeric dates day first (`05/12/1990` is 5 December).
    #[arg(long)]
    day_first: bool,
    /// Threads to extract on (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

/// Documents waiting to be extracted together: (name, text).
#[derive(Default)]
struct Batch {
    docs: Vec<(String, String)>,
    bytes: usize,
}

impl Batch {
    /// Flush at this many documents or bytes: enough work for every thread,
    /// little enough memory.
    const MAX_DOCS: usize = 512;
    const MAX_BYTES: usize = 8 << 20;

    fn is_full(&self) -> bool {
        self.docs.len() >= Self::MAX_DOCS || self.bytes >= Self::MAX_BYTES
    }
}

/// What went wrong while writing the output.
enum Stop {
    /// The reader went away: stop quietly.
    ClosedPipe,
    /// Any other write error.
    Write(io::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Stop::ClosedPipe
        } else {
            Stop::Write(e)
        }
    }
}

struct Run {
    extractor: Extractor,
    args: Args,
    out: BufWriter<io::StdoutLock<'static>>,
    failed: bool,
    line: Vec<u8>,
    batch: Batch,
    #[cfg(feature = "rayon")]
    pool: Option<rayon::ThreadPool>,
    /// The batch being extracted on the pool while the next one is read:
    /// its rendered documents arrive here, in order.
    #[cfg(feature = "rayon")]
    pending: Option<std::sync::mpsc::Receiver<Vec<Vec<u8>>>>,
}

/// Writes one span as a JSON line.
fn write_span(
    out: &mut impl Write,
    doc: &str,
    text: &str,
    span: &factspan::Span,
) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &span.record(doc, text))?;
    out.write_all(b"\n")
}

/// Spans of document `doc` as JSON Lines.
fn render(spans: &[factspan::Span], doc: &str, text: &str) -> Vec<u8> {
    let mut buf = Vec::new();
    for span in spans {
        // Writing into a Vec cannot fail.
        let _ = write_span(&mut buf, doc, text, span);
    }
    buf
}

impl Run {
    fn report(&mut self, what: &str, why: impl std::fmt::Display) {
        eprintln!("extract: {what}: {why}");
        self.failed = true;
    }

    /// Queues a document; extracts and writes the batch when it is full.
    fn emit(&mut self, doc: String, text: String) -> Result<(), Stop> {
        self.batch.bytes += text.len();
        self.batch.docs.push((doc, text));
        if self.batch.is_full() {
            self.flush_batch()?;
        }
        Ok(())
    }

    /// Extracts the queued documents (in parallel where there are threads)
    /// and writes their spans in input order. With threads, the batch is
    /// extracted while the next one is read: this writes the batch before.
    fn flush_batch(&mut self) -> Result<(), Stop> {
        let batch = std::mem::take(&mut self.batch);
        #[cfg(feature = "rayon")]
        if let Some(pool) = &self.pool {
            let (tx, rx) = std::sync::mpsc::channel();
            let extractor = self.extractor.clone();
            pool.spawn(move || {
                use rayon::prelude::*;
                let rendered = batch
                    .docs
                    .par_iter()
                    .map(|(doc, text)| render(&extractor.extract(text), doc, text))
                    .collect();
                // The receiver only goes away when writing failed.
                let _ = tx.send(rendered);
            });
            self.write_pending()?;
            self.pending = Some(rx);
            return Ok(());
        }
        for (doc, text) in &batch.docs {
            let bytes = render(&self.extractor.extract(text), doc, text);
            self.out.write_all(&bytes)?;
        }
        Ok(())
    }

    /// Waits for the batch on the pool, if any, and writes it.
    fn write_pending(&mut self) -> Result<(), Stop> {
        #[cfg(feature = "rayon")]
        if let Some(rx) = self.pending.take() {
            match rx.recv() {
                Ok(rendered) => {
                    for bytes in rendered {
                        self.out.write_all(&bytes)?;
                    }
                }
                Err(_) => self.report("extract", "a batch of documents failed"),
            }
        }
        Ok(())
    }

    /// Writes the spans of one large document as they come; with threads,
    /// its windows are extracted on them (this thread only writes).
    fn write_large(&mut self, name: &str, text: &str) -> Result<(), Stop> {
        #[cfg(feature = "rayon")]
        if let Some(pool) = &self.pool {
            let extractor = &self.extractor;
            let mut spans = pool.install(|| extractor.spans_on_all_cores(text));
            loop {
                // A bounded share of spans at a time, made and rendered
                // on the pool.
                let rendered: Vec<Vec<u8>> = pool.install(|| {
                    use rayon::prelude::*;
                    let part: Vec<factspan::Span> = spans.by_ref().take(1 << 16).collect();
                    part.par_chunks(1 << 10)
                        .map(|chunk| render(chunk, name, text))
                        .collect()
                });
                if rendered.is_empty() {
                    return Ok(());
                }
                for bytes in rendered {
                    self.out.write_all(&bytes)?;
                }
            }
        }
        for span in self.extractor.spans(text) {
            write_span(&mut self.out, name, text, &span)?;
        }
        Ok(())
    }

    /// Extracts and writes everything queued.
    fn finish_batches(&mut self) -> Result<(), Stop> {
        self.flush_batch()?;
        self.write_pending()
    }

    fn decode(&mut self, what: &str, bytes: Vec<u8>) -> Option<String> {
        match String::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(e) if self.args.lossy => Some(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(e) => {
                let e = e.utf8_error();
                self.report(
                    what,
                    format_args!(
                        "not valid UTF-8 (at byte {}); use --lossy to replace bad bytes",
                        e.valid_up_to()
                    ),
                );
                None
            }
        }
    }

    /// One input: a whole document, or a stream of line documents.
    fn process_reader(&mut self, name: &str, mut reader: impl BufRead) -> Result<(), Stop> {
        if self.args.lines {
            let mut n = 0usize;
            loop {
                let mut line = std::mem::take(&mut self.line);
                line.clear();
                let read = reader.read_until(b'\n', &mut line);
                n += 1;
                match read {
                    Ok(0) => {
                        self.line = line;
                        return Ok(());
                    }
                    Ok(_) => {
                        let doc = format!("{name}:{n}");
                        let mut body: &[u8] = &line;
                        body = body.strip_suffix(b"\n").unwrap_or(body);
                        body = body.strip_suffix(b"\r").unwrap_or(body);
                        if let Some(text) = self.decode(&doc, body.to_vec()) {
                            self.emit(doc, text)?;
                        }
                        self.line = line;
                    }
                    Err(e) => {
                        self.report(name, format_args!("read error at line {n}: {e}"));
                        return Ok(());
                    }
                }
            }
        } else {
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                self.report(name, e);
                return Ok(());
            }
            if let Some(text) = self.decode(name, bytes) {
                if text.len() > Batch::MAX_BYTES {
                    // A large document streams window by window (as many
                    // windows at once as there are threads): memory stays
                    // near the size of the text itself.
                    self.finish_batches()?;
                    self.write_large(name, &text)?;
                } else {
                    self.emit(name.to_string(), text)?;
                }
            }
            Ok(())
        }
    }

    fn process_path(&mut self, path: &Path, visited: &mut Vec<PathBuf>) -> Result<(), Stop> {
        let name = path.display().to_string();
        if name == "-" {
            let stdin = io::stdin();
            return self.process_reader("-", stdin.lock());
        }
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.report(&name, e);
                return Ok(());
            }
        };
        if meta.is_dir() {
            // A symlink loop would bring us back to a folder already seen.
            let canonical = match fs::canonicalize(path) {
                Ok(c) => c,
                Err(e) => {
                    self.report(&name, e);
                    return Ok(());
                }
            };
            if visited.contains(&canonical) {
                self.report(&name, "directory already visited (symlink loop?)");
                return Ok(());
            }
            visited.push(canonical);
            let mut children: Vec<PathBuf> = match fs::read_dir(path) {
                Ok(rd) => {
                    let mut v = Vec::new();
                    for entry in rd {
                        match entry {
                            Ok(e) => v.push(e.path()),
                            Err(e) => self.report(&name, e),
                        }
                    }
                    v
                }
                Err(e) => {
                    self.report(&name, e);
                    visited.pop();
                    return Ok(());
                }
            };
            children.sort();
            for child in children {
                let is_dir = fs::metadata(&child).map(|m| m.is_dir()).unwrap_or(false);
                let wanted = is_dir
                    || child.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                        self.args
                            .extensions
                            .iter()
                            .any(|x| x.trim_start_matches('.') == e)
                    });
                // Broken links and unreadable entries are reported by process_path.
                let broken = fs::metadata(&child).is_err();
                if wanted || broken {
                    self.process_path(&child, visited)?;
                }
            }
            visited.pop();
            return Ok(());
        }
        match fs::File::open(path) {
            Ok(f) => self.process_reader(&name, io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => {
                self.report(&name, e);
                Ok(())
            }
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut builder = Extractor::builder();
    builder.default_gazetteers(!args.no_default_gazetteers);
    for g in &args.gazetteers {
        builder.gazetteer_file(g);
    }
    if !args.labels.is_empty() {
        let mut labels = Vec::new();
        for name in &args.labels {
            match Label::parse(name) {
                Some(l) => labels.push(l),
                None => {
                    eprintln!(
                        "extract: unknown label {name:?} (expected person, place, institution, group, date, quantity or time)"
                    );
                    return ExitCode::from(2);
                }
            }
        }
        builder.labels(labels);
    }
    if let Some(d) = &args.date {
        match d.parse::<Date>() {
            Ok(date) => {
                builder.document_date(date.year(), date.month(), date.day());
            }
            Err(e) => {
                eprintln!("extract: --date: {e}");
                return ExitCode::from(2);
            }
        }
    }
    builder.day_first(args.day_first);
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("-"));
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    #[cfg(feature = "rayon")]
    let pool = if jobs > 1 {
        match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("extract: cannot start {jobs} threads ({e}); running on one");
                None
            }
        }
    } else {
        None
    };
    #[cfg(not(feature = "rayon"))]
    let _ = jobs;
    let mut run = Run {
        extractor,
        args,
        out: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        failed: false,
        line: Vec::new(),
        batch: Batch::default(),
        #[cfg(feature = "rayon")]
        pool,
        #[cfg(feature = "rayon")]
        pending: None,
    };
    let mut visited = Vec::new();
    let mut result = Ok(());
    for path in &paths {
        result = run.process_path(path, &mut visited);
        if result.is_err() {
            break;
        }
    }
    let result = result
        .and_then(|()| run.finish_batches())
        .and_then(|()| run.out.flush().map_err(Stop::from));
    match result {
        Ok(()) => {}
        Err(Stop::ClosedPipe) => return ExitCode::SUCCESS,
        Err(Stop::Write(e)) => {
            eprintln!("extract: cannot write the output: {e}");
            return ExitCode::from(2);
        }
    }
    if run.failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
