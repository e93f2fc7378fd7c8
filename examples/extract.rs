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
//! A file that cannot be read or is not UTF-8 is reported on stderr with its
//! path, the others are still processed, and the exit code is 1 at the end.
//! A closed output pipe (`| head`) ends the run quietly; any other write
//! error is reported and exits with 2.

use std::fs;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use factspan::{Extractor, Label};

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
    /// Only these labels, comma-separated (person,place,institution,group,date,quantity).
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
}

impl Run {
    fn report(&mut self, what: &str, why: impl std::fmt::Display) {
        eprintln!("extract: {what}: {why}");
        self.failed = true;
    }

    fn emit(&mut self, doc: &str, text: &str) -> Result<(), Stop> {
        for span in self.extractor.extract(text) {
            serde_json::to_writer(&mut self.out, &span.record(doc, text))
                .map_err(io::Error::from)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn decode<'b>(&mut self, what: &str, bytes: &'b [u8]) -> Option<std::borrow::Cow<'b, str>> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s.into()),
            Err(_) if self.args.lossy => Some(String::from_utf8_lossy(bytes)),
            Err(e) => {
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
                        if let Some(text) = self.decode(&doc, body) {
                            self.emit(&doc, &text)?;
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
            if let Some(text) = self.decode(name, &bytes) {
                self.emit(name, &text)?;
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

fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let mut it = s.split('-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok().filter(|m| (1..=12).contains(m))?;
    let d = it.next()?.parse().ok().filter(|d| (1..=31).contains(d))?;
    it.next().is_none().then_some((y, m, d))
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
                        "extract: unknown label {name:?} (expected person, place, institution, group, date or quantity)"
                    );
                    return ExitCode::from(2);
                }
            }
        }
        builder.labels(labels);
    }
    if let Some(d) = &args.date {
        match parse_date(d) {
            Some((y, m, day)) => {
                builder.document_date(y, m, day);
            }
            None => {
                eprintln!("extract: --date {d:?} is not a date of the form YYYY-MM-DD");
                return ExitCode::from(2);
            }
        }
    }
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
    let mut run = Run {
        extractor,
        args,
        out: BufWriter::with_capacity(1 << 16, io::stdout().lock()),
        failed: false,
        line: Vec::new(),
    };
    let mut visited = Vec::new();
    let mut result = Ok(());
    for path in &paths {
        result = run.process_path(path, &mut visited);
        if result.is_err() {
            break;
        }
    }
    let result = result.and_then(|()| run.out.flush().map_err(Stop::from));
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
