//! The command line, one source for the `factspan` binary
//! (`src/bin/factspan.rs`, built with `--features cli`) and the example
//! extractor (`examples/extract.rs`): both include this module.
//!
//! PATHs are files or directories (searched recursively for `*.txt`, or the
//! extensions given with `--ext`, in any letter case); `-` or no PATH reads
//! standard input. Each file is a document (`doc` = its path); with
//! `--lines` each line is (`doc` = `path:LINE`, offsets within the line;
//! `\n`, `\r\n` and `\r` end lines); with `--input jsonl` each line is a
//! JSON object with the document's id, text and date.
//!
//! Documents are extracted in batches on `--jobs` threads (all cores by
//! default); the output keeps the input order. A long document (or line)
//! goes window by window, so memory stays near the size of its text.
//!
//! Exit codes: 0 when every input was read; 1 when some input could not be
//! read or decoded (each reported on stderr with its path, and line where
//! there is one; the others are still processed); 2 for bad arguments, a
//! gazetteer that cannot be loaded, or an output that cannot be written. A
//! directory with no matching file is a warning and leaves the code alone.
//! A closed output pipe (`| head`) ends the run quietly with 0.

mod html;
mod input;
mod output;
mod progress;

use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use factspan::{Date, Extractor, Label, Options, Span};

use input::{Input, JsonFields, Lines, Walk};
use output::{Counts, Doc, Format, Offsets, Positions, Renderer, Sink};
use progress::{Progress, Stats};

/// How the input is cut into documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputKind {
    /// Plain text: a file is a document (a line with --lines).
    Text,
    /// JSON Lines: each line an object with the document's id, text, date.
    Jsonl,
}

#[derive(Parser, Debug)]
#[command(
    about = "Find people, places, institutions, dates and quantities in English text.",
    long_about = "Find people, places, institutions, dates and quantities in English text.\n\n\
        Prints one JSON object per span by default (--format). Offsets are UTF-8 bytes of the \
        input as read (--offsets for chars or UTF-16 units). Exit code 0 when every input was \
        read, 1 when some input failed (reported on stderr; the rest is processed), 2 for bad \
        arguments, a bad gazetteer or an output error."
)]
struct Args {
    /// Files or directories; `-` (or nothing) reads standard input.
    paths: Vec<PathBuf>,
    /// Every line is its own document (`doc` = `path:LINE`).
    #[arg(long, conflicts_with = "input")]
    lines: bool,
    /// What the input is: plain text, or JSON Lines with an id, a text and a
    /// date per document (see --id-field, --text-field, --date-field).
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    input: InputKind,
    /// --input jsonl: the field holding the document's id (its `doc`).
    #[arg(long, default_value = "id", value_name = "NAME")]
    id_field: String,
    /// --input jsonl: the field holding the document's text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    text_field: String,
    /// --input jsonl: the field holding the document's date (YYYY-MM-DD).
    #[arg(long, default_value = "date", value_name = "NAME")]
    date_field: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// What `start` and `end` count.
    #[arg(long, value_enum, default_value_t = Offsets::Byte)]
    offsets: Offsets,
    /// A gazetteer TSV file to add (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// A spaCy EntityRuler patterns file (JSON Lines) to add (repeatable).
    #[arg(long = "spacy-patterns", value_name = "FILE")]
    spacy_patterns: Vec<PathBuf>,
    /// Leave out the built-in gazetteers.
    #[arg(long)]
    no_default_gazetteers: bool,
    /// Only these labels, comma-separated (person,place,institution,group,date,quantity).
    #[arg(long, value_delimiter = ',')]
    labels: Vec<String>,
    /// File extensions searched for in directories (repeatable; any case).
    #[arg(long = "ext", default_value = "txt")]
    extensions: Vec<String>,
    /// Accept invalid UTF-8, replacing bad bytes with U+FFFD; byte offsets
    /// still count the file's bytes.
    #[arg(long)]
    lossy: bool,
    /// The documents' date (YYYY-MM-DD), to resolve `Monday` or `last year`.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<Date>,
    /// Read numeric dates day first (`05/12/1990` is 5 December).
    #[arg(long)]
    day_first: bool,
    /// Threads to extract on (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Show the progress bar from the start, even when stderr is not a
    /// terminal (otherwise it appears on a terminal after a second).
    #[arg(long)]
    progress: bool,
    /// Print a summary on stderr at the end: documents, bytes, spans per
    /// label, time, MB/s.
    #[arg(long)]
    stats: bool,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

/// One document queued for extraction, its options and how many input
/// bytes it came from (for the progress bar).
type Queued = (Doc, Options, usize);

/// Documents waiting to be extracted together.
#[derive(Default)]
struct Batch {
    docs: Vec<Queued>,
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

/// A document extracted and rendered, ready to write.
struct Rendered {
    name: String,
    spans: usize,
    bytes: Vec<u8>,
    counts: Counts,
    input_bytes: usize,
}

/// Extracts and renders one document (on any thread).
fn render_one(extractor: &Extractor, renderer: Renderer, queued: &Queued) -> Rendered {
    let (doc, options, input_bytes) = queued;
    let spans = extractor.extract_with(&doc.text, options);
    let mut counts = Counts::default();
    let bytes = renderer.document(doc, &spans, &mut counts);
    Rendered {
        name: doc.name.clone(),
        spans: spans.len(),
        bytes,
        counts,
        input_bytes: *input_bytes,
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

/// What extracts and renders: the extractor, the format and the threads.
struct Workers {
    extractor: Extractor,
    renderer: Renderer,
    /// The options of documents without their own (--date).
    default_options: Options,
    #[cfg(feature = "rayon")]
    pool: Option<rayon::ThreadPool>,
}

impl Workers {
    /// Runs `f` on the pool when there is one.
    fn in_pool<T: Send>(&self, f: impl FnOnce() -> T + Send) -> T {
        #[cfg(feature = "rayon")]
        if let Some(pool) = &self.pool {
            return pool.install(f);
        }
        f()
    }

    /// The spans of a long document, a window at a time; with threads and
    /// the run's own options, the windows are extracted on them.
    fn spans_of<'a>(&'a self, doc: &'a Doc, options: &Options) -> factspan::Spans<'a> {
        #[cfg(feature = "rayon")]
        if self.pool.is_some() && *options == self.default_options {
            let extractor = &self.extractor;
            return self.in_pool(|| extractor.spans_on_all_cores(&doc.text));
        }
        self.extractor.spans_with(&doc.text, options)
    }

    /// Renders spans `first..` of a long document, in chunks on the pool.
    fn render_part(
        &self,
        doc: &Doc,
        positions: &Positions<'_>,
        part: &[Span],
        first: usize,
    ) -> Vec<(Vec<u8>, Counts)> {
        const CHUNK: usize = 1 << 10;
        let renderer = self.renderer;
        let one = |(k, chunk): (usize, &[Span])| {
            let mut c = Counts::default();
            let bytes = renderer.spans(doc, positions, chunk, first + k * CHUNK, &mut c);
            (bytes, c)
        };
        #[cfg(feature = "rayon")]
        if self.pool.is_some() {
            use rayon::prelude::*;
            return self.in_pool(|| part.par_chunks(CHUNK).enumerate().map(one).collect());
        }
        part.chunks(CHUNK).enumerate().map(one).collect()
    }
}

struct Run {
    program: &'static str,
    work: Workers,
    sink: Sink,
    out: BufWriter<io::StdoutLock<'static>>,
    failed: bool,
    batch: Batch,
    /// Documents queued so far (the next one's index).
    next_index: usize,
    lines: bool,
    input: InputKind,
    lossy: bool,
    fields: JsonFields,
    progress: Progress,
    stats: Stats,
    /// The batch being extracted on the pool while the next one is read:
    /// its rendered documents arrive here, in order.
    #[cfg(feature = "rayon")]
    pending: Option<std::sync::mpsc::Receiver<Vec<Rendered>>>,
}

impl Run {
    fn report(&mut self, what: &str, why: impl std::fmt::Display) {
        eprintln!("{}: {what}: {why}", self.program);
        self.failed = true;
    }

    /// Queues a document (or streams it, when it is long).
    fn emit(
        &mut self,
        name: String,
        decoded: input::Decoded,
        options: Options,
        input_bytes: usize,
    ) -> Result<(), Stop> {
        let (text, byte_map) = decoded;
        let doc = Doc {
            name,
            text,
            byte_map,
            index: self.next_index,
        };
        self.next_index += 1;
        if doc.text.len() > Batch::MAX_BYTES {
            // A long document streams window by window (as many windows
            // at once as there are threads): memory stays near the size of
            // the text itself.
            self.finish_batches()?;
            return self.write_large(&doc, &options, input_bytes);
        }
        self.batch.bytes += doc.text.len();
        self.batch.docs.push((doc, options, input_bytes));
        if self.batch.is_full() {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn write_rendered(&mut self, r: Rendered) -> Result<(), Stop> {
        self.sink.start(&mut self.out)?;
        self.sink
            .document(&mut self.out, &r.name, r.spans, r.bytes)?;
        self.stats.docs += 1;
        self.stats.bytes += r.input_bytes as u64;
        self.stats.counts.merge(&r.counts);
        self.progress.advance(r.input_bytes as u64, 1);
        Ok(())
    }

    /// Extracts the queued documents (in parallel where there are threads)
    /// and writes them in input order. With threads, the batch is extracted
    /// while the next one is read: this writes the batch before.
    fn flush_batch(&mut self) -> Result<(), Stop> {
        let batch = std::mem::take(&mut self.batch);
        #[cfg(feature = "rayon")]
        if let Some(pool) = &self.work.pool {
            let (tx, rx) = std::sync::mpsc::channel();
            let extractor = self.work.extractor.clone();
            let renderer = self.work.renderer;
            pool.spawn(move || {
                use rayon::prelude::*;
                let rendered = batch
                    .docs
                    .par_iter()
                    .map(|q| render_one(&extractor, renderer, q))
                    .collect();
                // The receiver only goes away when writing failed.
                let _ = tx.send(rendered);
            });
            self.write_pending()?;
            self.pending = Some(rx);
            return Ok(());
        }
        for q in &batch.docs {
            let r = render_one(&self.work.extractor, self.work.renderer, q);
            self.write_rendered(r)?;
        }
        Ok(())
    }

    /// Waits for the batch on the pool, if any, and writes it.
    fn write_pending(&mut self) -> Result<(), Stop> {
        #[cfg(feature = "rayon")]
        if let Some(rx) = self.pending.take() {
            match rx.recv() {
                Ok(rendered) => {
                    for r in rendered {
                        self.write_rendered(r)?;
                    }
                }
                Err(_) => self.report("extract", "a batch of documents failed"),
            }
        }
        Ok(())
    }

    /// Extracts and writes everything queued.
    fn finish_batches(&mut self) -> Result<(), Stop> {
        self.flush_batch()?;
        self.write_pending()
    }

    /// Writes the spans of one long document as they come.
    fn write_large(
        &mut self,
        doc: &Doc,
        options: &Options,
        input_bytes: usize,
    ) -> Result<(), Stop> {
        self.sink.start(&mut self.out)?;
        let work = &self.work;
        let mut counts = Counts::default();
        if work.renderer.format == Format::Html {
            // The page shows the whole text: its spans are all needed.
            let spans: Vec<Span> = work.spans_of(doc, options).collect();
            let bytes = work.renderer.document(doc, &spans, &mut counts);
            return self.write_rendered(Rendered {
                name: doc.name.clone(),
                spans: spans.len(),
                bytes,
                counts,
                input_bytes,
            });
        }
        let positions = Positions::new(doc, work.renderer.offsets);
        self.out.write_all(&work.renderer.begin(doc))?;
        let mut spans = work.spans_of(doc, options);
        let mut done = 0;
        loop {
            // A bounded share of spans at a time.
            let part: Vec<Span> = work.in_pool(|| spans.by_ref().take(1 << 16).collect());
            if part.is_empty() {
                break;
            }
            for (bytes, c) in work.render_part(doc, &positions, &part, done) {
                self.out.write_all(&bytes)?;
                counts.merge(&c);
            }
            done += part.len();
        }
        self.out.write_all(&work.renderer.end())?;
        self.stats.docs += 1;
        self.stats.bytes += input_bytes as u64;
        self.stats.counts.merge(&counts);
        self.progress.advance(input_bytes as u64, 1);
        Ok(())
    }

    /// One input: a whole document, a stream of line documents, or JSON
    /// Lines documents.
    fn process_reader(&mut self, name: &str, mut reader: impl BufRead) -> Result<(), Stop> {
        if self.input == InputKind::Jsonl {
            return self.process_jsonl(name, reader);
        }
        if self.lines {
            return self.process_lines(name, reader);
        }
        let mut bytes = Vec::new();
        if let Err(e) = reader.read_to_end(&mut bytes) {
            self.report(name, e);
            return Ok(());
        }
        let size = bytes.len();
        match input::decode(bytes, self.lossy) {
            Ok(decoded) => self.emit(name.to_string(), decoded, self.work.default_options, size),
            Err(why) => {
                self.report(name, why);
                Ok(())
            }
        }
    }

    /// `--lines`: each line a document, read and extracted as it comes.
    fn process_lines(&mut self, name: &str, mut reader: impl BufRead) -> Result<(), Stop> {
        let bom = match reader.fill_buf() {
            Ok(head) => input::utf16_bom(head).is_some(),
            Err(e) => {
                self.report(name, e);
                return Ok(());
            }
        };
        if bom {
            // UTF-16 lines are split after decoding the whole file.
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                self.report(name, e);
                return Ok(());
            }
            let text = match input::decode(bytes, self.lossy) {
                Ok((text, _)) => text,
                Err(why) => {
                    self.report(name, why);
                    return Ok(());
                }
            };
            let mut lines = Lines::new(text.as_bytes());
            let (mut line, mut n) = (Vec::new(), 0);
            while let Ok(true) = lines.next_into(&mut line) {
                n += 1;
                let size = line.len();
                let text = String::from_utf8_lossy(&line).into_owned();
                self.emit(
                    format!("{name}:{n}"),
                    (text, None),
                    self.work.default_options,
                    size,
                )?;
            }
            return Ok(());
        }
        let mut lines = Lines::new(reader);
        let mut n = 0usize;
        loop {
            let mut line = Vec::new();
            match lines.next_into(&mut line) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    n += 1;
                    let doc = format!("{name}:{n}");
                    let size = line.len();
                    match input::decode(line, self.lossy) {
                        Ok(decoded) => self.emit(doc, decoded, self.work.default_options, size)?,
                        Err(why) => self.report(&doc, why),
                    }
                }
                Err(e) => {
                    self.report(name, format_args!("read error at line {}: {e}", n + 1));
                    return Ok(());
                }
            }
        }
    }

    /// `--input jsonl`: each line a JSON object with an id, text and date.
    fn process_jsonl(&mut self, name: &str, reader: impl BufRead) -> Result<(), Stop> {
        let mut lines = Lines::new(reader);
        let (mut line, mut n) = (Vec::new(), 0usize);
        loop {
            match lines.next_into(&mut line) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    n += 1;
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let fallback = || format!("{name}:{n}");
                    let defaults = self.work.default_options;
                    match input::json_document(&line, &self.fields, fallback, defaults) {
                        Ok((doc, text, options)) => {
                            self.emit(doc, (text, None), options, line.len())?
                        }
                        Err(why) => self.report(&format!("{name}:{n}"), why),
                    }
                }
                Err(e) => {
                    self.report(name, format_args!("read error at line {}: {e}", n + 1));
                    return Ok(());
                }
            }
        }
    }

    fn process_input(&mut self, input: &Input) -> Result<(), Stop> {
        match input {
            Input::Stdin => {
                let stdin = io::stdin();
                self.process_reader("-", stdin.lock())
            }
            Input::File(path, _) => {
                let name = path.display().to_string();
                match std::fs::File::open(path) {
                    Ok(f) => self.process_reader(&name, io::BufReader::with_capacity(1 << 16, f)),
                    Err(e) => {
                        self.report(&name, e);
                        Ok(())
                    }
                }
            }
        }
    }
}

/// Builds the extractor the arguments ask for; errors are printed.
fn build_extractor(program: &str, args: &Args) -> Option<Extractor> {
    let mut builder = Extractor::builder().default_gazetteers(!args.no_default_gazetteers);
    for g in &args.gazetteers {
        builder = builder.gazetteer_file(g);
    }
    for p in &args.spacy_patterns {
        builder = builder.spacy_patterns_file(p);
    }
    if !args.labels.is_empty() {
        let mut labels = Vec::new();
        for name in &args.labels {
            match Label::parse(name) {
                Some(l) => labels.push(l),
                None => {
                    let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
                    eprintln!(
                        "{program}: unknown label {name:?} (expected one of {})",
                        known.join(", ")
                    );
                    return None;
                }
            }
        }
        builder = builder.labels(labels);
    }
    if let Some(d) = args.date {
        builder = builder.document_date(d.year(), d.month(), d.day());
    }
    builder = builder.day_first(args.day_first);
    match builder.build() {
        Ok(e) => {
            for w in e.warnings() {
                eprintln!("{program}: warning: {w}");
            }
            Some(e)
        }
        Err(e) => {
            eprintln!("{program}: {e}");
            None
        }
    }
}

/// Runs the command line; `program` prefixes its messages.
pub fn main(program: &'static str) -> ExitCode {
    let args = Args::parse();
    let Some(extractor) = build_extractor(program, &args) else {
        return ExitCode::from(2);
    };
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("-"));
    }
    let walk = Walk::new(&paths, &args.extensions);
    let total = walk
        .inputs
        .iter()
        .map(|i| match i {
            Input::File(_, size) => Some(*size),
            Input::Stdin => None,
        })
        .sum::<Option<u64>>();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    #[cfg(feature = "rayon")]
    let pool = if jobs > 1 {
        match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("{program}: cannot start {jobs} threads ({e}); running on one");
                None
            }
        }
    } else {
        None
    };
    #[cfg(not(feature = "rayon"))]
    let _ = jobs;
    let renderer = Renderer {
        format: args.format,
        offsets: args.offsets,
    };
    let mut default_options = Options::default();
    default_options.date = args.date;
    default_options.day_first = args.day_first;
    let mut run = Run {
        program,
        work: Workers {
            extractor,
            renderer,
            default_options,
            #[cfg(feature = "rayon")]
            pool,
        },
        sink: Sink::new(renderer),
        out: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        failed: false,
        batch: Batch::default(),
        next_index: 0,
        lines: args.lines,
        input: args.input,
        lossy: args.lossy,
        fields: JsonFields {
            id: args.id_field.clone(),
            text: args.text_field.clone(),
            date: args.date_field.clone(),
        },
        progress: Progress::new(total, args.progress),
        stats: Stats::new(),
        #[cfg(feature = "rayon")]
        pending: None,
    };
    for (path, why) in &walk.errors {
        run.report(path, why);
    }
    for w in &walk.warnings {
        eprintln!("{program}: warning: {w}");
    }
    let mut result = Ok(());
    for input in &walk.inputs {
        result = run.process_input(input);
        if result.is_err() {
            break;
        }
    }
    let result = result
        .and_then(|()| run.finish_batches())
        .and_then(|()| run.sink.finish(&mut run.out).map_err(Stop::from))
        .and_then(|()| run.out.flush().map_err(Stop::from));
    run.progress.finish();
    match result {
        Ok(()) => {}
        Err(Stop::ClosedPipe) => return ExitCode::SUCCESS,
        Err(Stop::Write(e)) => {
            eprintln!("{program}: cannot write the output: {e}");
            return ExitCode::from(2);
        }
    }
    if args.stats {
        eprintln!("{program}: {}", run.stats.summary());
    }
    if run.failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
