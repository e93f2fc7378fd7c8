//! The evaluation tool: scores the extractor on annotated text and prints
//! per-label precision, recall and F1.
//!
//! ```text
//! cargo run --release --example evaluate -- [OPTIONS] FILE...
//! ```
//!
//! Run it on your own annotated data to see how well factspan does on it,
//! which labels need a gazetteer of yours, and what it gets wrong.
//!
//! # Input formats
//!
//! Each FILE is read as one of two formats: a file whose name ends in
//! `.jsonl` is JSONL gold, any other file is JSONL gold when its first
//! non-blank line starts with `{` and CoNLL otherwise (`--format` forces
//! one).
//!
//! **JSONL gold**: one JSON object a line, in the output contract of the
//! example extractor (`examples/extract.rs`), with at least `doc`, `start`,
//! `end` and `label`:
//!
//! ```text
//! {"doc": "a.txt", "start": 39, "end": 49, "text": "Kyrgyzstan", "label": "place"}
//! {"doc": "a.txt", "start": 101, "end": 113, "label": "date", "value": "2021-11-19"}
//! ```
//!
//! `start` and `end` are UTF-8 byte offsets into the text of document `doc`,
//! which is read from the file `doc` names, relative to the gold file's
//! folder (`data/a.gold.jsonl` with `"doc": "a.txt"` reads `data/a.txt`),
//! or from `--text FILE` for every document when given. A `text` field, if
//! present, is checked against the document (a mismatch is a warning).
//! Lines with a label factspan does not know are skipped with a warning;
//! blank lines are ignored. Every label present in the gold file is scored
//! unless `--labels` says otherwise.
//!
//! **CoNLL** (as CoNLL-2003): one token a line, `TOKEN ... TAG`, the NER tag
//! in the last column, a blank line between sentences, a `-DOCSTART-` line
//! starting a new document. IOB1 (`I-X` starts an entity after `O` or
//! another type, `B-X` only between two adjacent entities of one type) and
//! IOB2 (`B-X` starts every entity) are both read by one rule: an entity
//! starts at `B-X`, or at `I-X` when the previous token was `O` or of
//! another type. (IOBES/BILOU tags work too: `S-`/`U-` start, `E-`/`L-`
//! continue.) Each document is rebuilt as text, one sentence a line
//! (joined with `\n`), tokens joined by one space, and the extractor runs
//! on that whole text. Tag types map to labels as `PER` → person, `LOC` →
//! place, `ORG` → institution (`GPE` → place, and any factspan label name
//! is taken as is); `MISC` and other types are not scored. By default
//! person, place and institution are scored: the extractor's `group`,
//! `date` and `quantity` spans are not counted on CoNLL data.
//!
//! Both formats: UTF-8 (a byte-order mark is skipped), LF or CRLF line ends.
//! An unreadable file or a malformed line stops the run with a message
//! naming the file and line, and exit code 2.
//!
//! # Scoring and output
//!
//! A predicted span is a true positive when a gold span has exactly the
//! same `start`, `end` and `label`. For each scored label, and micro-averaged
//! over them, the table gives gold and predicted counts, true positives,
//! precision, recall and F1 (`-` where undefined, e.g. precision with no
//! prediction):
//!
//! ```text
//! label        gold  pred    tp  precision  recall      f1
//! person       1842  1710  1405     0.8216  0.7628  0.7911
//! place        1837  1794  1453     0.8099  0.7910  0.8003
//! institution  1341  1023   612     0.5982  0.4564  0.5178
//! micro        5020  4527  3470     0.7665  0.6912  0.7269
//! ```
//!
//! (Illustrative numbers.) For JSONL gold, quantity and date spans that
//! match exactly are also checked field by field against the gold object
//! (only the fields the gold object has; numbers agree within a relative
//! 1e-9): `quantity fields: value 5/5, qualifier 4/5, unit 5/5, kind 5/5`
//! and `date values: 6/6 (1.0000 of matched dates)`. Claims are scored on the gold quantities that
//! have a `claim` and on those found leniently (a predicted quantity that
//! overlaps the gold span and has the same value): the predicate `lemma`
//! (case-insensitive), the `source` (the predicted source text or the text
//! of its `source_ref` entity, compared lower-cased without articles,
//! titles and punctuation) among the gold claims with a source, and claim
//! presence precision/recall over the leniently matched quantities (see
//! `score_claims`). Then the throughput: bytes of text, and MB/s of
//! the `extract` calls alone (reading and scoring not timed).
//!
//! With several FILEs each gets its table, then a table over all of them.
//!
//! `--errors` lists what went wrong, each list capped by `--errors-limit`
//! (default 100), with the document, byte offsets, the input line and some
//! context (`--context` chars each side, the span in `[...]`):
//!
//! - `MISS label "text"`: a gold span no prediction touches;
//! - `FALSE label "text"`: a prediction that touches no scored gold span
//!   (with `gold=misc "..."` when it overlaps an unscored gold entity);
//! - `WRONG-LABEL gold=place pred=institution "text"`: right extent, wrong
//!   label (predicted labels that are not scored count here too);
//! - `BOUNDARY gold place "x y" pred place "y"`: overlapping predictions
//!   with other extents (all of them are shown);
//! - `FIELD`: a quantity or date field that disagrees with the gold (JSONL);
//! - `CLAIM`: a claim whose lemma or source disagrees, or a claim given or
//!   missed (JSONL);
//!
//! followed by counts per category and label.
//!
//! # Options
//!
//! - `--labels person,place,...`: score only these labels;
//! - `--min-f1 X`, `--min-label-f1 X`: exit code 1, with a message on
//!   stderr, when the micro F1 (of all files together) or the F1 of any
//!   scored label with something to score is below X (for CI gates);
//! - `--gate NAME=X` (repeatable): exit code 1 when the named figure is
//!   below X: a label's F1 (`person`, `date`, …), `micro`,
//!   `quantity-exact-value` and `quantity-lenient` (F1 of quantities on
//!   exact span and value, and on overlap and value), `quantity-value`,
//!   `quantity-qualifier`, `quantity-unit`, `quantity-kind` and
//!   `date-values` (shares of matched spans whose field equals the gold's),
//!   and the claim figures (JSONL);
//! - `--no-rules`: gazetteers only (the builder's `.rules(false)`);
//! - `--gazetteer FILE` (repeatable): add a gazetteer TSV file;
//!   `--no-default-gazetteers`: leave out the built-in lists.
//!
//! # Examples
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/data/conll2003/eng.testa
//! cargo run --release --example evaluate -- --errors --errors-limit 30 mydata.conll
//! cargo run --release --example evaluate -- --min-f1 0.6 seed/kyrgyzstan.gold.jsonl
//! cargo run --release --example evaluate -- --gazetteer teams.tsv --labels institution eng.testa
//! ```
//!
//! Exit codes: 0 done (and above the floors), 1 below a floor, 2 bad input,
//! bad options or a gazetteer that does not build.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use factspan::{Extractor, Label, Span};
use serde_json::{Map, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// By extension (`.jsonl`) or content (a first line starting with `{`).
    Auto,
    /// CoNLL columns, NER tag last.
    Conll,
    /// JSONL gold spans of the output contract.
    Jsonl,
}

#[derive(Parser, Debug)]
#[command(
    about = "Score factspan on annotated data (CoNLL IOB1/IOB2 or JSONL gold): per-label precision, recall and F1.",
    after_help = "Exit codes: 0 ok, 1 below --min-f1/--min-label-f1, 2 unreadable or malformed input.\n\
                  See the doc comment of examples/evaluate.rs for the formats."
)]
struct Args {
    /// Gold files: `*.jsonl` (JSONL gold) or CoNLL.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Input format.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    format: Format,
    /// Score only these labels, comma-separated (default: person,place,institution
    /// for CoNLL; every label in the gold for JSONL).
    #[arg(long, value_delimiter = ',', value_name = "LABELS")]
    labels: Vec<String>,
    /// JSONL: read every document's text from this file instead of the `doc` path.
    #[arg(long, value_name = "FILE")]
    text: Option<PathBuf>,
    /// List misses, false hits, wrong labels and boundary errors.
    #[arg(long)]
    errors: bool,
    /// At most N entries in each error list.
    #[arg(long, value_name = "N", default_value_t = 100)]
    errors_limit: usize,
    /// Chars of context each side in error lists.
    #[arg(long, value_name = "CHARS", default_value_t = 40)]
    context: usize,
    /// Exit with code 1 if the micro F1 is below X.
    #[arg(long, value_name = "X")]
    min_f1: Option<f64>,
    /// Exit with code 1 if any scored label's F1 is below X.
    #[arg(long, value_name = "X")]
    min_label_f1: Option<f64>,
    /// Exit with code 1 if the named figure is below X (repeatable), e.g.
    /// `--gate quantity-lenient=0.92`; the figures are listed under
    /// "figures" in the output (per-label F1 as `person`, `date`, …).
    #[arg(long = "gate", value_name = "NAME=X")]
    gates: Vec<String>,
    /// Gazetteers only: turn the pattern rules off.
    #[arg(long)]
    no_rules: bool,
    /// A gazetteer TSV file to add (repeatable).
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Leave out the built-in gazetteers.
    #[arg(long)]
    no_default_gazetteers: bool,
}

// ---------------------------------------------------------------------------
// Input errors

/// Bad input: the file, the 1-based line if known, and what is wrong.
#[derive(Debug)]
struct InputError {
    file: String,
    line: Option<usize>,
    message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A malformed line found by a parser: 1-based line and message.
#[derive(Debug, PartialEq)]
struct LineError {
    line: usize,
    message: String,
}

impl LineError {
    fn new(line: usize, message: impl Into<String>) -> LineError {
        LineError {
            line,
            message: message.into(),
        }
    }

    fn in_file(self, file: &str) -> InputError {
        InputError {
            file: file.to_string(),
            line: Some(self.line),
            message: self.message,
        }
    }
}

/// Reads a file as UTF-8, naming the line of the first bad byte.
fn read_text(path: &Path) -> Result<String, InputError> {
    let name = path.display().to_string();
    let bytes = fs::read(path).map_err(|e| InputError {
        file: name.clone(),
        line: None,
        message: format!("cannot read: {e}"),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError {
            file: name,
            line: Some(line),
            message: format!("not valid UTF-8 (byte {at})"),
        }
    })
}

/// The lines of `input` with their 1-based numbers, without `\n` / `\r\n`
/// and without a leading byte-order mark.
fn numbered_lines(input: &str) -> impl Iterator<Item = (usize, &str)> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    input
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
}

// ---------------------------------------------------------------------------
// CoNLL

/// One CoNLL NER tag.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tag<'a> {
    Outside,
    /// `B-X` (and `S-X`, `U-X`): always starts an entity.
    Begin(&'a str),
    /// `I-X` (and `E-X`, `L-X`): continues an entity of type X, or starts
    /// one after `O` or another type.
    Inside(&'a str),
}

fn parse_tag(tag: &str) -> Option<Tag<'_>> {
    if tag == "O" {
        return Some(Tag::Outside);
    }
    let (prefix, kind) = tag.split_once('-')?;
    if kind.is_empty() {
        return None;
    }
    match prefix {
        "B" | "S" | "U" => Some(Tag::Begin(kind)),
        "I" | "E" | "L" => Some(Tag::Inside(kind)),
        _ => None,
    }
}

/// A gold entity decoded from CoNLL tags.
#[derive(Clone, Debug, PartialEq)]
struct ConllEntity {
    /// Byte offsets in the rebuilt document text.
    start: usize,
    end: usize,
    /// The tag's type: `PER`, `LOC`, `ORG`, `MISC`, ...
    kind: String,
    /// 1-based line of its first token in the file.
    line: usize,
}

/// A CoNLL document rebuilt as text.
#[derive(Clone, Debug, Default, PartialEq)]
struct ConllDoc {
    /// Sentences joined by `\n`, tokens by one space.
    text: String,
    entities: Vec<ConllEntity>,
    /// For each token: its byte offset in `text` and its 1-based file line.
    tokens: Vec<(usize, usize)>,
}

/// Decodes CoNLL text (IOB1 or IOB2 or IOBES) into documents with gold
/// entities at byte offsets of the rebuilt text. Documents without tokens
/// are left out.
fn parse_conll(input: &str) -> Result<Vec<ConllDoc>, LineError> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc::default();
    let mut in_sentence = false;
    // The type of the previous token's tag within the sentence (None: O).
    let mut prev: Option<&str> = None;
    let mut open: Option<ConllEntity> = None;

    fn close(open: &mut Option<ConllEntity>, doc: &mut ConllDoc) {
        if let Some(e) = open.take() {
            doc.entities.push(e);
        }
    }

    for (lineno, line) in numbered_lines(input) {
        let mut cols = line.split_whitespace();
        let Some(token) = cols.next() else {
            // Blank line: end of sentence.
            close(&mut open, &mut doc);
            in_sentence = false;
            prev = None;
            continue;
        };
        if token == "-DOCSTART-" {
            close(&mut open, &mut doc);
            in_sentence = false;
            prev = None;
            if !doc.tokens.is_empty() {
                docs.push(std::mem::take(&mut doc));
            }
            doc = ConllDoc::default();
            continue;
        }
        let Some(tag_text) = cols.next_back() else {
            return Err(LineError::new(
                lineno,
                format!("token {token:?} has no tag column (expected `TOKEN ... TAG`)"),
            ));
        };
        let Some(tag) = parse_tag(tag_text) else {
            return Err(LineError::new(
                lineno,
                format!("{tag_text:?} is not a NER tag (expected O, B-X or I-X)"),
            ));
        };
        if in_sentence {
            doc.text.push(' ');
        } else if !doc.tokens.is_empty() {
            doc.text.push('\n');
        }
        in_sentence = true;
        let start = doc.text.len();
        doc.text.push_str(token);
        let end = doc.text.len();
        doc.tokens.push((start, lineno));
        match tag {
            Tag::Outside => {
                close(&mut open, &mut doc);
                prev = None;
            }
            Tag::Begin(kind) | Tag::Inside(kind) => {
                let begins = matches!(tag, Tag::Begin(_)) || prev != Some(kind);
                match open.as_mut() {
                    Some(e) if !begins => e.end = end,
                    _ => {
                        close(&mut open, &mut doc);
                        open = Some(ConllEntity {
                            start,
                            end,
                            kind: kind.to_string(),
                            line: lineno,
                        });
                    }
                }
                prev = Some(kind);
            }
        }
    }
    close(&mut open, &mut doc);
    if !doc.tokens.is_empty() {
        docs.push(doc);
    }
    Ok(docs)
}

/// The label a CoNLL entity type is scored as (`None`: not scored).
fn conll_label(kind: &str) -> Option<Label> {
    if kind.eq_ignore_ascii_case("misc") {
        None
    } else if kind.eq_ignore_ascii_case("gpe") {
        Some(Label::Place)
    } else {
        Label::parse(kind)
    }
}

// ---------------------------------------------------------------------------
// JSONL gold

/// One line of a JSONL gold file.
#[derive(Clone, Debug, PartialEq)]
struct GoldLine {
    doc: String,
    start: usize,
    end: usize,
    label: String,
    /// 1-based line in the gold file.
    line: usize,
    /// The whole object (for the value fields and `text`).
    object: Map<String, Value>,
}

/// Parses JSONL gold spans; blank lines are skipped.
fn parse_jsonl(input: &str) -> Result<Vec<GoldLine>, LineError> {
    let mut out = Vec::new();
    for (lineno, line) in numbered_lines(input) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line)
            .map_err(|e| LineError::new(lineno, format!("not JSON: {e}")))?;
        let Value::Object(object) = value else {
            return Err(LineError::new(lineno, "not a JSON object"));
        };
        let string = |key: &str| -> Result<String, LineError> {
            match object.get(key) {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(_) => Err(LineError::new(lineno, format!("`{key}` is not a string"))),
                None => Err(LineError::new(lineno, format!("no `{key}` field"))),
            }
        };
        let offset = |key: &str| -> Result<usize, LineError> {
            match object.get(key) {
                Some(v) => v
                    .as_u64()
                    .and_then(|n| usize::try_from(n).ok())
                    .ok_or_else(|| {
                        LineError::new(
                            lineno,
                            format!("`{key}` is not a non-negative integer: {v}"),
                        )
                    }),
                None => Err(LineError::new(lineno, format!("no `{key}` field"))),
            }
        };
        let doc = string("doc")?;
        let label = string("label")?;
        let start = offset("start")?;
        let end = offset("end")?;
        if start >= end {
            return Err(LineError::new(
                lineno,
                format!("start {start} is not before end {end}"),
            ));
        }
        out.push(GoldLine {
            doc,
            start,
            end,
            label,
            line: lineno,
            object,
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// The evaluation data

/// A gold span to score.
#[derive(Clone, Debug)]
struct Gold {
    start: usize,
    end: usize,
    label: Label,
    /// 1-based line of the input file.
    line: usize,
    /// JSONL: the gold object, for the quantity and date fields.
    object: Option<Map<String, Value>>,
}

/// A gold entity that is not scored (CoNLL MISC, unknown types).
#[derive(Clone, Debug)]
struct Unscored {
    start: usize,
    end: usize,
    kind: String,
}

/// A document with its gold spans.
struct Doc {
    name: String,
    text: String,
    gold: Vec<Gold>,
    unscored: Vec<Unscored>,
    /// CoNLL: each token's byte offset and file line.
    tokens: Vec<(usize, usize)>,
}

impl Doc {
    /// The input-file line of byte offset `at` (CoNLL), if known.
    fn line_of(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.0 <= at);
        i.checked_sub(1).map(|i| self.tokens[i].1)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Conll,
    Jsonl,
}

/// One input file, parsed.
struct Corpus {
    name: String,
    kind: Kind,
    docs: Vec<Doc>,
    scored: Vec<Label>,
    warnings: Vec<String>,
}

fn detect(path: &Path, content: &str, forced: Format) -> Kind {
    match forced {
        Format::Conll => return Kind::Conll,
        Format::Jsonl => return Kind::Jsonl,
        Format::Auto => {}
    }
    if path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
    {
        return Kind::Jsonl;
    }
    let first = numbered_lines(content)
        .map(|(_, l)| l.trim())
        .find(|l| !l.is_empty());
    if first.is_some_and(|l| l.starts_with('{')) {
        Kind::Jsonl
    } else {
        Kind::Conll
    }
}

fn load(path: &Path, args: &Args, labels: Option<&[Label]>) -> Result<Corpus, InputError> {
    let name = path.display().to_string();
    let content = read_text(path)?;
    match detect(path, &content, args.format) {
        Kind::Conll => load_conll(name, &content, labels),
        Kind::Jsonl => load_jsonl(path, name, &content, args.text.as_deref(), labels),
    }
}

fn load_conll(name: String, content: &str, labels: Option<&[Label]>) -> Result<Corpus, InputError> {
    let docs = parse_conll(content).map_err(|e| e.in_file(&name))?;
    let short = Path::new(&name)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.clone());
    let mut ignored: BTreeMap<String, usize> = BTreeMap::new();
    let docs = docs
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut gold = Vec::new();
            let mut unscored = Vec::new();
            for e in d.entities {
                match conll_label(&e.kind) {
                    Some(label) => gold.push(Gold {
                        start: e.start,
                        end: e.end,
                        label,
                        line: e.line,
                        object: None,
                    }),
                    None => {
                        *ignored.entry(e.kind.clone()).or_default() += 1;
                        unscored.push(Unscored {
                            start: e.start,
                            end: e.end,
                            kind: e.kind,
                        });
                    }
                }
            }
            Doc {
                name: format!("{short}#{}", i + 1),
                text: d.text,
                gold,
                unscored,
                tokens: d.tokens,
            }
        })
        .collect();
    let scored = labels
        .map(<[Label]>::to_vec)
        .unwrap_or_else(|| vec![Label::Person, Label::Place, Label::Institution]);
    let mut warnings = Vec::new();
    if !ignored.is_empty() {
        let list: Vec<String> = ignored.iter().map(|(k, n)| format!("{k} {n}")).collect();
        warnings.push(format!(
            "{name}: gold entities not scored: {}",
            list.join(", ")
        ));
    }
    Ok(Corpus {
        name,
        kind: Kind::Conll,
        docs,
        scored,
        warnings,
    })
}

fn load_jsonl(
    path: &Path,
    name: String,
    content: &str,
    text_file: Option<&Path>,
    labels: Option<&[Label]>,
) -> Result<Corpus, InputError> {
    let lines = parse_jsonl(content).map_err(|e| e.in_file(&name))?;
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut docs: Vec<Doc> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut unknown: BTreeMap<String, usize> = BTreeMap::new();
    let mut present: Vec<Label> = Vec::new();
    let mut warnings = Vec::new();
    let mut text_mismatches = 0usize;
    let mut duplicates = 0usize;
    let mut seen: HashSet<(usize, usize, usize, Label)> = HashSet::new();
    for g in lines {
        let di = match index.get(&g.doc) {
            Some(&i) => i,
            None => {
                let text_path = match text_file {
                    Some(t) => t.to_path_buf(),
                    None => folder.join(&g.doc),
                };
                let text = read_text(&text_path).map_err(|e| InputError {
                    file: name.clone(),
                    line: Some(g.line),
                    message: format!("doc {:?}: {e}", g.doc),
                })?;
                docs.push(Doc {
                    name: g.doc.clone(),
                    text,
                    gold: Vec::new(),
                    unscored: Vec::new(),
                    tokens: Vec::new(),
                });
                index.insert(g.doc.clone(), docs.len() - 1);
                docs.len() - 1
            }
        };
        let doc = &mut docs[di];
        let Some(slice) = doc.text.get(g.start..g.end) else {
            return Err(InputError {
                file: name.clone(),
                line: Some(g.line),
                message: format!(
                    "offsets {}-{} are outside doc {:?} ({} bytes) or not on char boundaries",
                    g.start,
                    g.end,
                    g.doc,
                    doc.text.len()
                ),
            });
        };
        if let Some(Value::String(t)) = g.object.get("text")
            && t != slice
        {
            text_mismatches += 1;
            if text_mismatches <= 5 {
                warnings.push(format!(
                    "{name}:{}: `text` {t:?} but the document has {slice:?} at {}-{}",
                    g.line, g.start, g.end
                ));
            }
        }
        let Some(label) = Label::parse(&g.label) else {
            *unknown.entry(g.label.clone()).or_default() += 1;
            doc.unscored.push(Unscored {
                start: g.start,
                end: g.end,
                kind: g.label.clone(),
            });
            continue;
        };
        if !seen.insert((di, g.start, g.end, label)) {
            duplicates += 1;
            continue;
        }
        if !present.contains(&label) {
            present.push(label);
        }
        doc.gold.push(Gold {
            start: g.start,
            end: g.end,
            label,
            line: g.line,
            object: Some(g.object),
        });
    }
    if text_mismatches > 5 {
        warnings.push(format!(
            "{name}: {} more gold `text` fields differ from the document",
            text_mismatches - 5
        ));
    }
    if duplicates > 0 {
        warnings.push(format!(
            "{name}: {duplicates} duplicate gold spans counted once"
        ));
    }
    if !unknown.is_empty() {
        let list: Vec<String> = unknown.iter().map(|(k, n)| format!("{k} {n}")).collect();
        warnings.push(format!(
            "{name}: gold spans with unknown labels, not scored: {}",
            list.join(", ")
        ));
    }
    present.sort();
    let scored = labels.map(<[Label]>::to_vec).unwrap_or(present);
    for d in &mut docs {
        d.gold.sort_by_key(|g| (g.start, g.end));
    }
    Ok(Corpus {
        name,
        kind: Kind::Jsonl,
        docs,
        scored,
        warnings,
    })
}

// ---------------------------------------------------------------------------
// Scoring

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    gold: usize,
    pred: usize,
    tp: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.tp += o.tp;
    }

    fn precision(self) -> Option<f64> {
        (self.pred > 0).then(|| self.tp as f64 / self.pred as f64)
    }

    fn recall(self) -> Option<f64> {
        (self.gold > 0).then(|| self.tp as f64 / self.gold as f64)
    }

    /// 2·tp / (gold + pred): the harmonic mean of precision and recall, and
    /// 0 when only one side has spans.
    fn f1(self) -> Option<f64> {
        let n = self.gold + self.pred;
        (n > 0).then(|| 2.0 * self.tp as f64 / n as f64)
    }
}

/// Agreement on one field: (agree, compared).
type Agree = (usize, usize);

const QUANTITY_FIELDS: [&str; 4] = ["value", "qualifier", "unit", "kind"];

/// Error categories of the `--errors` listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Category {
    Miss,
    False,
    WrongLabel,
    Boundary,
    Field,
}

impl Category {
    const ALL: [Category; 5] = [
        Category::Miss,
        Category::False,
        Category::WrongLabel,
        Category::Boundary,
        Category::Field,
    ];

    fn name(self) -> &'static str {
        match self {
            Category::Miss => "MISS",
            Category::False => "FALSE",
            Category::WrongLabel => "WRONG-LABEL",
            Category::Boundary => "BOUNDARY",
            Category::Field => "FIELD",
        }
    }
}

/// Everything counted over some documents.
#[derive(Default)]
struct Tally {
    scored: Vec<Label>,
    counts: BTreeMap<Label, Counts>,
    quantity_fields: [Agree; 4],
    /// Quantities matched on exact span and value; and on overlap and
    /// value (lenient), one prediction per gold span.
    quantity_exact_value: Counts,
    quantity_lenient: Counts,
    date_values: Agree,
    has_fields: bool,
    unscored_pred: BTreeMap<Label, usize>,
    docs: usize,
    bytes: usize,
    time: Duration,
    /// Error lines by category (at most the limit each) and counts by
    /// (category, label).
    errors: BTreeMap<Category, Vec<String>>,
    error_counts: BTreeMap<(Category, Label), usize>,
    /// Claims of gold quantities (JSONL).
    claims: ClaimTally,
}

impl Tally {
    fn merge(&mut self, o: &Tally) {
        for &l in &o.scored {
            if !self.scored.contains(&l) {
                self.scored.push(l);
            }
        }
        self.scored.sort();
        for (l, c) in &o.counts {
            self.counts.entry(*l).or_default().add(*c);
        }
        for (a, b) in self.quantity_fields.iter_mut().zip(o.quantity_fields) {
            a.0 += b.0;
            a.1 += b.1;
        }
        self.quantity_exact_value.add(o.quantity_exact_value);
        self.quantity_lenient.add(o.quantity_lenient);
        self.date_values.0 += o.date_values.0;
        self.date_values.1 += o.date_values.1;
        self.has_fields |= o.has_fields;
        for (l, n) in &o.unscored_pred {
            *self.unscored_pred.entry(*l).or_default() += n;
        }
        self.claims.merge(&o.claims);
        self.docs += o.docs;
        self.bytes += o.bytes;
        self.time += o.time;
        for (k, n) in &o.error_counts {
            *self.error_counts.entry(*k).or_default() += n;
        }
    }

    fn micro(&self) -> Counts {
        let mut m = Counts::default();
        for l in &self.scored {
            m.add(self.counts.get(l).copied().unwrap_or_default());
        }
        m
    }

    fn error(&mut self, cat: Category, label: Label, limit: usize, line: impl FnOnce() -> String) {
        *self.error_counts.entry((cat, label)).or_default() += 1;
        let list = self.errors.entry(cat).or_default();
        if list.len() < limit {
            list.push(line());
        }
    }
}

/// True when a gold field value and a predicted one agree (numbers within
/// a relative 1e-9; a gold `null` agrees with an absent field).
fn same_value(gold: &Value, pred: Option<&Value>) -> bool {
    match (gold, pred) {
        (Value::Null, None | Some(Value::Null)) => true,
        (_, None) => false,
        (Value::Number(a), Some(Value::Number(b))) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
            _ => false,
        },
        (g, Some(p)) => g == p,
    }
}

/// Scores quantities the way their users compare them: exact span and
/// same value, and leniently, overlapping spans with the same value (each
/// prediction matches at most one gold span).
fn score_quantities(gold: &[Gold], preds: &[Span], t: &mut Tally) {
    let gold: Vec<(&Gold, Value)> = gold
        .iter()
        .filter(|g| g.label == Label::Quantity)
        .filter_map(|g| Some((g, g.object.as_ref()?.get("value")?.clone())))
        .collect();
    let preds: Vec<(&Span, Value)> = preds
        .iter()
        .filter(|p| p.label == Label::Quantity)
        .filter_map(|p| Some((p, serde_json::Number::from_f64(p.quantity()?.value)?.into())))
        .collect();
    let mut used = vec![false; preds.len()];
    let (mut exact, mut lenient) = (0, 0);
    for (g, gv) in &gold {
        if preds
            .iter()
            .any(|(p, pv)| p.start == g.start && p.end == g.end && same_value(gv, Some(pv)))
        {
            exact += 1;
        }
        let found = preds.iter().enumerate().position(|(k, (p, pv))| {
            !used[k] && p.start < g.end && g.start < p.end && same_value(gv, Some(pv))
        });
        if let Some(k) = found {
            used[k] = true;
            lenient += 1;
        }
    }
    for (c, tp) in [
        (&mut t.quantity_exact_value, exact),
        (&mut t.quantity_lenient, lenient),
    ] {
        c.add(Counts {
            gold: gold.len(),
            pred: preds.len(),
            tp,
        });
    }
}

/// The figures a `--gate` can name: per-label F1 (`person`, …), `micro`,
/// `quantity-exact-value`, `quantity-lenient` (F1), `quantity-value`,
/// `quantity-qualifier`, `quantity-unit`, `quantity-kind` (shares of
/// exactly matched quantities), `date-values` (share of matched dates),
/// `claim-lemma`, `claim-source` (of all gold claims, resp. those with a
/// source) and `claim-precision`, `claim-recall` (claim presence on
/// matched quantities).
fn figures(t: &Tally) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for l in &t.scored {
        if let Some(f1) = t.counts.get(l).copied().unwrap_or_default().f1() {
            out.insert(l.as_str().to_string(), f1);
        }
    }
    if let Some(f1) = t.micro().f1() {
        out.insert("micro".into(), f1);
    }
    let share = |(a, n): Agree| (n > 0).then(|| a as f64 / n as f64);
    if t.has_fields && t.scored.contains(&Label::Quantity) {
        for (name, c) in [
            ("quantity-exact-value", t.quantity_exact_value),
            ("quantity-lenient", t.quantity_lenient),
        ] {
            if let Some(f1) = c.f1() {
                out.insert(name.into(), f1);
            }
        }
        for (name, agree) in QUANTITY_FIELDS.iter().zip(t.quantity_fields) {
            if let Some(x) = share(agree) {
                out.insert(format!("quantity-{name}"), x);
            }
        }
    }
    if t.has_fields
        && t.scored.contains(&Label::Date)
        && let Some(x) = share(t.date_values)
    {
        out.insert("date-values".into(), x);
    }
    let c = &t.claims;
    for (name, agree, of) in [
        ("claim-lemma", c.lemma, c.gold),
        ("claim-source", c.source, c.gold_source),
        ("claim-precision", c.both, c.both + c.only_pred),
        ("claim-recall", c.both, c.both + c.only_gold),
    ] {
        if let Some(x) = share((agree, of)) {
            out.insert(name.into(), x);
        }
    }
    out
}

/// `…left[span]right…`: the span with up to `n` chars each side, within its line.
fn context(text: &str, start: usize, end: usize, n: usize) -> String {
    let (Some(before), Some(span), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return String::new();
    };
    let before = before.rsplit('\n').next().unwrap_or("");
    let after = after.split('\n').next().unwrap_or("");
    let left_cut = before.chars().count() > n;
    let right_cut = after.chars().count() > n;
    let left: String = {
        let v: Vec<char> = before.chars().rev().take(n).collect();
        v.into_iter().rev().collect()
    };
    let right: String = after.chars().take(n).collect();
    let clean = |s: &str| s.replace(['\r', '\t', '\n'], " ");
    format!(
        "{}{}[{}]{}{}",
        if left_cut { "…" } else { "" },
        clean(&left),
        clean(span),
        clean(&right),
        if right_cut { "…" } else { "" }
    )
}

struct Evaluator<'a> {
    extractor: &'a Extractor,
    limit: usize,
    context: usize,
}

impl Evaluator<'_> {
    fn corpus(&self, corpus: &Corpus) -> Tally {
        let mut t = Tally {
            scored: corpus.scored.clone(),
            has_fields: corpus.kind == Kind::Jsonl,
            ..Tally::default()
        };
        for &l in &corpus.scored {
            t.counts.entry(l).or_default();
        }
        for doc in &corpus.docs {
            self.doc(doc, &mut t);
        }
        t
    }

    fn place(&self, doc: &Doc, start: usize, end: usize, line: Option<usize>) -> String {
        let line = line.or_else(|| doc.line_of(start));
        let line = line.map(|l| format!(" line {l}")).unwrap_or_default();
        format!(
            "{}:{start}-{end}{line}  {}",
            doc.name,
            context(&doc.text, start, end, self.context)
        )
    }

    fn doc(&self, doc: &Doc, t: &mut Tally) {
        let started = Instant::now();
        let preds = self.extractor.extract(&doc.text);
        t.time += started.elapsed();
        t.docs += 1;
        t.bytes += doc.text.len();
        if t.has_fields && t.scored.contains(&Label::Quantity) {
            score_claims(doc, &preds, &mut t.claims, self.limit, self.context);
        }

        let scored_labels = t.scored.clone();
        let scored = |l: Label| scored_labels.contains(&l);
        let text = |s: usize, e: usize| doc.text.get(s..e).unwrap_or("");
        let mut by_key: HashMap<(usize, usize, Label), &Span> = HashMap::new();
        for p in &preds {
            by_key.entry((p.start, p.end, p.label)).or_insert(p);
        }
        let gold_keys: HashSet<(usize, usize, Label)> = doc
            .gold
            .iter()
            .filter(|g| scored(g.label))
            .map(|g| (g.start, g.end, g.label))
            .collect();

        if scored(Label::Quantity) {
            score_quantities(&doc.gold, &preds, t);
        }

        // Predictions.
        let mut pred_seen = HashSet::new();
        let mut false_hits = Vec::new();
        for p in &preds {
            if !scored(p.label) {
                *t.unscored_pred.entry(p.label).or_default() += 1;
                continue;
            }
            let key = (p.start, p.end, p.label);
            if !pred_seen.insert(key) {
                continue;
            }
            t.counts.entry(p.label).or_default().pred += 1;
            if !gold_keys.contains(&key) {
                let touches_gold = doc
                    .gold
                    .iter()
                    .any(|g| scored(g.label) && g.start < p.end && p.start < g.end);
                if !touches_gold {
                    false_hits.push(p);
                }
            }
        }

        // Gold spans.
        for g in doc.gold.iter().filter(|g| scored(g.label)) {
            let c = t.counts.entry(g.label).or_default();
            c.gold += 1;
            if let Some(p) = by_key.get(&(g.start, g.end, g.label)) {
                c.tp += 1;
                if let Some(object) = &g.object {
                    self.fields(doc, g, object, p, t);
                }
                continue;
            }
            let gtext = text(g.start, g.end);
            let overlapping: Vec<&Span> = preds
                .iter()
                .filter(|p| p.start < g.end && g.start < p.end)
                .collect();
            if let Some(p) = overlapping
                .iter()
                .find(|p| p.start == g.start && p.end == g.end)
            {
                let line = || {
                    format!(
                        "WRONG-LABEL gold={} pred={} {gtext:?} {}",
                        g.label,
                        p.label,
                        self.place(doc, g.start, g.end, Some(g.line))
                    )
                };
                t.error(Category::WrongLabel, g.label, self.limit, line);
            } else if !overlapping.is_empty() {
                let line = || {
                    let preds: Vec<String> = overlapping
                        .iter()
                        .map(|p| format!("{} {:?}", p.label, text(p.start, p.end)))
                        .collect();
                    format!(
                        "BOUNDARY gold {} {gtext:?} pred {} {}",
                        g.label,
                        preds.join(" + "),
                        self.place(doc, g.start, g.end, Some(g.line))
                    )
                };
                t.error(Category::Boundary, g.label, self.limit, line);
            } else {
                let line = || {
                    format!(
                        "MISS {} {gtext:?} {}",
                        g.label,
                        self.place(doc, g.start, g.end, Some(g.line))
                    )
                };
                t.error(Category::Miss, g.label, self.limit, line);
            }
        }

        for p in false_hits {
            let line = || {
                let other = doc
                    .unscored
                    .iter()
                    .find(|u| u.start < p.end && p.start < u.end)
                    .map(|u| {
                        format!(
                            " (gold={} {:?})",
                            u.kind.to_lowercase(),
                            text(u.start, u.end)
                        )
                    })
                    .unwrap_or_default();
                format!(
                    "FALSE {} {:?}{other} {}",
                    p.label,
                    text(p.start, p.end),
                    self.place(doc, p.start, p.end, None)
                )
            };
            t.error(Category::False, p.label, self.limit, line);
        }
    }

    /// Compares the value fields of an exactly matched quantity or date.
    fn fields(&self, doc: &Doc, g: &Gold, object: &Map<String, Value>, p: &Span, t: &mut Tally) {
        for c in compare_fields(g.label, object, p) {
            let slot = if g.label == Label::Date {
                &mut t.date_values
            } else {
                &mut t.quantity_fields[c.index]
            };
            slot.1 += 1;
            if c.agree {
                slot.0 += 1;
                continue;
            }
            let line = || {
                let pv = c
                    .pred
                    .as_ref()
                    .map(Value::to_string)
                    .unwrap_or_else(|| "(none)".into());
                format!(
                    "FIELD {} {:?} {}: gold {} pred {pv} {}",
                    g.label,
                    doc.text.get(g.start..g.end).unwrap_or(""),
                    QUANTITY_FIELDS[c.index],
                    c.gold,
                    self.place(doc, g.start, g.end, Some(g.line))
                )
            };
            t.error(Category::Field, g.label, self.limit, line);
        }
    }
}

/// One field of a gold quantity or date compared with the prediction.
#[derive(Debug)]
struct FieldCheck<'g> {
    /// Index into [`QUANTITY_FIELDS`].
    index: usize,
    agree: bool,
    gold: &'g Value,
    pred: Option<Value>,
}

/// Compares the fields the gold object has (`value`, and for quantities
/// `qualifier`, `unit`, `kind`) with the predicted span's JSON.
fn compare_fields<'g>(
    label: Label,
    gold: &'g Map<String, Value>,
    pred: &Span,
) -> Vec<FieldCheck<'g>> {
    let names: &[&str] = match label {
        Label::Quantity => &QUANTITY_FIELDS,
        Label::Date => &QUANTITY_FIELDS[..1],
        _ => return Vec::new(),
    };
    let mut pred = match serde_json::to_value(pred) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let mut out = Vec::new();
    for (index, &field) in names.iter().enumerate() {
        let Some(gv) = gold.get(field) else {
            continue;
        };
        let pv = pred.remove(field);
        out.push(FieldCheck {
            index,
            agree: same_value(gv, pv.as_ref()),
            gold: gv,
            pred: pv,
        });
    }
    out
}

// ---------------------------------------------------------------------------
// Output

fn fmt_ratio(x: Option<f64>) -> String {
    x.map(|x| format!("{x:.4}")).unwrap_or_else(|| "-".into())
}

fn print_table(t: &Tally) {
    println!(
        "{:<11}{:>6}{:>6}{:>6}{:>11}{:>8}{:>8}",
        "label", "gold", "pred", "tp", "precision", "recall", "f1"
    );
    let row = |name: &str, c: Counts| {
        println!(
            "{:<11}{:>6}{:>6}{:>6}{:>11}{:>8}{:>8}",
            name,
            c.gold,
            c.pred,
            c.tp,
            fmt_ratio(c.precision()),
            fmt_ratio(c.recall()),
            fmt_ratio(c.f1())
        );
    };
    for l in &t.scored {
        row(l.as_str(), t.counts.get(l).copied().unwrap_or_default());
    }
    row("micro", t.micro());
    if t.has_fields && t.scored.contains(&Label::Quantity) {
        let q: Vec<String> = QUANTITY_FIELDS
            .iter()
            .zip(t.quantity_fields)
            .map(|(name, (a, n))| format!("{name} {a}/{n}"))
            .collect();
        println!("quantity fields: {}", q.join(", "));
        for (name, c) in [
            ("exact span + value", t.quantity_exact_value),
            ("lenient (overlap + value)", t.quantity_lenient),
        ] {
            println!(
                "quantity {name}: precision {} recall {} f1 {}",
                fmt_ratio(c.precision()),
                fmt_ratio(c.recall()),
                fmt_ratio(c.f1())
            );
        }
    }
    if t.has_fields && t.scored.contains(&Label::Date) {
        let (agree, matched) = t.date_values;
        let share = if matched == 0 {
            "-".to_string()
        } else {
            format!("{:.4}", agree as f64 / matched as f64)
        };
        println!("date values: {agree}/{matched} ({share} of matched dates)");
    }
    if t.has_fields && t.scored.contains(&Label::Quantity) {
        print_claims(&t.claims);
    }
    if !t.unscored_pred.is_empty() {
        let list: Vec<String> = t
            .unscored_pred
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        println!("predicted, not scored: {}", list.join(", "));
    }
    let secs = t.time.as_secs_f64();
    let speed = if secs > 0.0 {
        format!("{:.2} MB/s", t.bytes as f64 / secs / 1e6)
    } else {
        "- MB/s".into()
    };
    println!(
        "text: {} bytes in {} document{}; extract: {:.3} s, {speed}",
        t.bytes,
        t.docs,
        if t.docs == 1 { "" } else { "s" },
        secs
    );
}

fn print_errors(t: &Tally) {
    for cat in Category::ALL {
        let total: usize = t
            .error_counts
            .iter()
            .filter(|((c, _), _)| *c == cat)
            .map(|(_, n)| n)
            .sum();
        if total == 0 {
            continue;
        }
        let shown = t.errors.get(&cat).map(Vec::as_slice).unwrap_or(&[]);
        println!("-- {} ({total}, {} shown)", cat.name(), shown.len());
        for line in shown {
            println!("{line}");
        }
    }
    print_claim_errors(&t.claims);
    print_error_counts(t);
}

fn print_error_counts(t: &Tally) {
    if t.error_counts.is_empty() {
        println!("errors: none");
        return;
    }
    let mut by_cat: BTreeMap<Category, Vec<String>> = BTreeMap::new();
    for ((c, l), n) in &t.error_counts {
        by_cat.entry(*c).or_default().push(format!("{l} {n}"));
    }
    println!("errors by category and label:");
    for (c, list) in by_cat {
        println!("  {:<12} {}", c.name(), list.join(", "));
    }
}

// ---------------------------------------------------------------------------

fn parse_labels(names: &[String]) -> Result<Option<Vec<Label>>, String> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut labels = Vec::new();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        let l = Label::parse(name).ok_or_else(|| {
            format!(
                "unknown label {name:?} (expected person, place, institution, group, date, quantity or time)"
            )
        })?;
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    labels.sort();
    Ok(Some(labels))
}

fn main() -> ExitCode {
    let args = Args::parse();
    for (name, v) in [
        ("--min-f1", args.min_f1),
        ("--min-label-f1", args.min_label_f1),
    ] {
        if v.is_some_and(|x| !(0.0..=1.0).contains(&x)) {
            eprintln!("evaluate: {name} must be between 0 and 1");
            return ExitCode::from(2);
        }
    }
    let labels = match parse_labels(&args.labels) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::from(2);
        }
    };

    // Read and check every input before the (slower) extractor build.
    let mut corpora = Vec::new();
    for path in &args.files {
        match load(path, &args, labels.as_deref()) {
            Ok(c) => corpora.push(c),
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(2);
            }
        }
    }

    let mut builder = Extractor::builder()
        .default_gazetteers(!args.no_default_gazetteers)
        .rules(!args.no_rules);
    for g in &args.gazetteers {
        builder = builder.gazetteer_file(g);
    }
    // Labels off by default (`time`) are predicted when they are scored.
    if corpora
        .iter()
        .any(|c| c.scored.iter().any(|l| Label::OFF_BY_DEFAULT.contains(l)))
    {
        builder = builder.labels(Label::ALL);
    }
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::from(2);
        }
    };
    // Anything the extractor sets up on first use is not timed.
    let _ = extractor.extract("Warm-up in Paris on Monday.");
    let evaluator = Evaluator {
        extractor: &extractor,
        limit: args.errors_limit,
        context: args.context,
    };

    let mut total = Tally::default();
    let many = corpora.len() > 1;
    for (i, corpus) in corpora.iter().enumerate() {
        for w in &corpus.warnings {
            eprintln!("evaluate: warning: {w}");
        }
        let t = evaluator.corpus(corpus);
        if i > 0 {
            println!();
        }
        let kind = match corpus.kind {
            Kind::Conll => "CoNLL",
            Kind::Jsonl => "JSONL gold",
        };
        println!(
            "== {} ({kind}, documents: {})",
            corpus.name,
            corpus.docs.len()
        );
        if args.errors {
            print_errors(&t);
            println!();
        }
        print_table(&t);
        total.merge(&t);
    }
    if many {
        println!("\n== all files");
        if args.errors {
            print_error_counts(&total);
            println!();
        }
        print_table(&total);
    }

    let mut below = false;
    if let Some(floor) = args.min_f1 {
        match total.micro().f1() {
            Some(f1) if f1 >= floor => {}
            Some(f1) => {
                eprintln!("evaluate: micro F1 {f1:.4} is below --min-f1 {floor}");
                below = true;
            }
            None => {
                eprintln!(
                    "evaluate: nothing to score (no gold and no predicted spans), --min-f1 {floor} not met"
                );
                below = true;
            }
        }
    }
    if let Some(floor) = args.min_label_f1 {
        for l in &total.scored {
            let c = total.counts.get(l).copied().unwrap_or_default();
            if let Some(f1) = c.f1().filter(|&f1| f1 < floor) {
                eprintln!("evaluate: {l} F1 {f1:.4} is below --min-label-f1 {floor}");
                below = true;
            }
        }
    }
    let figures = figures(&total);
    for gate in &args.gates {
        let Some((name, floor)) = gate
            .split_once('=')
            .and_then(|(n, x)| Some((n.trim(), x.trim().parse::<f64>().ok()?)))
        else {
            eprintln!("evaluate: --gate {gate:?}: expected NAME=NUMBER");
            return ExitCode::from(2);
        };
        match figures.get(name) {
            Some(&x) if x >= floor => {}
            Some(&x) => {
                eprintln!("evaluate: {name} {x:.4} is below --gate {floor}");
                below = true;
            }
            None => {
                let known: Vec<&str> = figures.keys().map(String::as_str).collect();
                eprintln!(
                    "evaluate: --gate {name}: no such figure here (known: {})",
                    known.join(", ")
                );
                below = true;
            }
        }
    }
    if below {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

// ---------------------------------------------------------------------------
// Claims (JSONL gold): kept in its own section, apart from span scoring.

/// Claim agreement over the gold quantities.
#[derive(Clone, Debug, Default)]
struct ClaimTally {
    /// Gold quantities with a claim.
    gold: usize,
    /// … whose quantity is found leniently.
    found: usize,
    /// … found with the same predicate lemma.
    lemma: usize,
    /// Gold claims with a source.
    gold_source: usize,
    /// … whose quantity is found.
    found_source: usize,
    /// … found with the same source.
    source: usize,
    /// Presence over leniently matched quantities: both have a claim,
    /// only the prediction, only the gold.
    both: usize,
    only_pred: usize,
    only_gold: usize,
    errors: Vec<String>,
    error_count: usize,
}

impl ClaimTally {
    fn merge(&mut self, o: &ClaimTally) {
        self.gold += o.gold;
        self.found += o.found;
        self.lemma += o.lemma;
        self.gold_source += o.gold_source;
        self.found_source += o.found_source;
        self.source += o.source;
        self.both += o.both;
        self.only_pred += o.only_pred;
        self.only_gold += o.only_gold;
        self.error_count += o.error_count;
    }
}

/// The predicted quantity that matches a gold one leniently: overlapping,
/// with the same value.
fn lenient_quantity<'p>(
    g: &Gold,
    object: &Map<String, Value>,
    preds: &'p [Span],
) -> Option<&'p Span> {
    let value = object.get("value").and_then(Value::as_f64)?;
    preds.iter().find(|p| {
        p.start < g.end
            && g.start < p.end
            && p.quantity().is_some_and(|q| {
                (q.value - value).abs() <= 1e-9 * q.value.abs().max(value.abs()).max(1.0)
            })
    })
}

/// Words left out when sources are compared.
const SOURCE_NOISE: &[&str] = &[
    "the", "a", "an", "mr", "mrs", "ms", "dr", "president", "minister", "attorney", "general",
    "assistant", "deputy", "acting", "principal", "u.s", "us", "district", "sheriff", "director",
    "secretary", "chief", "judge", "prime", "governor", "senator", "officer", "special", "agent",
    "in", "charge", "commissioner", "prosecutor", "spokesperson", "spokesman", "spokeswoman",
];

/// A source lower-cased, without punctuation, articles and titles.
fn normalize_source(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !SOURCE_NOISE.contains(&w.trim_end_matches('.')))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Scores the claims of one document's gold quantities (see the module
/// doc); mismatches go to `t.errors` (at most `limit`).
fn score_claims(doc: &Doc, preds: &[Span], t: &mut ClaimTally, limit: usize, context_chars: usize) {
    for g in doc.gold.iter().filter(|g| g.label == Label::Quantity) {
        let Some(object) = &g.object else { continue };
        let gold = object.get("claim").and_then(Value::as_object);
        let found = lenient_quantity(g, object, preds);
        let pred = found
            .and_then(|p| p.quantity())
            .and_then(|q| q.claim.as_ref());
        let mut problems = Vec::new();
        if found.is_some() {
            match (gold.is_some(), pred.is_some()) {
                (true, true) => t.both += 1,
                (false, true) => {
                    t.only_pred += 1;
                    problems.push("claim given, gold has none".to_string());
                }
                (true, false) => {
                    t.only_gold += 1;
                    problems.push("no claim given".to_string());
                }
                (false, false) => {}
            }
        }
        if let Some(gold) = gold {
            t.gold += 1;
            let glemma = gold.get("lemma").and_then(Value::as_str).unwrap_or("");
            let gsource = gold.get("source").and_then(Value::as_str);
            if found.is_some() {
                t.found += 1;
            }
            if let Some(p) = pred {
                if p.lemma.eq_ignore_ascii_case(glemma) {
                    t.lemma += 1;
                } else {
                    problems.push(format!("lemma {:?} gold {glemma:?}", p.lemma));
                }
            }
            if let Some(gs) = gsource {
                t.gold_source += 1;
                if found.is_some() {
                    t.found_source += 1;
                }
                let want = normalize_source(gs);
                let by_text = pred.and_then(|p| p.source.as_deref()).map(normalize_source);
                let by_ref = pred
                    .and_then(|p| p.source_ref)
                    .and_then(|r| preds.get(r))
                    .map(|s| normalize_source(s.text(&doc.text)));
                if by_text.as_deref() == Some(&want) || by_ref.as_deref() == Some(&want) {
                    t.source += 1;
                } else if pred.is_some() {
                    problems.push(format!(
                        "source {:?} gold {gs:?}",
                        pred.and_then(|p| p.source.as_deref())
                    ));
                }
            }
        }
        if !problems.is_empty() {
            t.error_count += 1;
            if t.errors.len() < limit {
                t.errors.push(format!(
                    "CLAIM {} {}: {}",
                    doc.name,
                    context(&doc.text, g.start, g.end, context_chars),
                    problems.join("; ")
                ));
            }
        }
    }
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{a}/{b} = {:.3}", a as f64 / b as f64)
    }
}

fn print_claims(c: &ClaimTally) {
    if c.gold == 0 && c.both + c.only_pred == 0 {
        return;
    }
    println!(
        "claims: gold {} (quantity found {}); lemma right {} of all, {} of found; source right {} of all with a source, {} of found",
        c.gold,
        c.found,
        ratio(c.lemma, c.gold),
        ratio(c.lemma, c.found),
        ratio(c.source, c.gold_source),
        ratio(c.source, c.found_source),
    );
    println!(
        "claim presence (matched quantities): precision {}, recall {}",
        ratio(c.both, c.both + c.only_pred),
        ratio(c.both, c.both + c.only_gold)
    );
}

fn print_claim_errors(c: &ClaimTally) {
    if c.error_count == 0 {
        return;
    }
    println!("-- CLAIM ({}, {} shown)", c.error_count, c.errors.len());
    for line in &c.errors {
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A made-up document in IOB1 (as CoNLL-2003), POS and chunk columns included.
    const IOB1: &str = "-DOCSTART- -X- O O\n\
        \n\
        Anna NNP I-NP I-PER\n\
        Berg NNP I-NP I-PER\n\
        visited VBD I-VP O\n\
        Oslo NNP I-NP I-LOC\n\
        Bergen NNP I-NP B-LOC\n\
        . . O O\n\
        \n\
        The DT I-NP O\n\
        Acme NNP I-NP I-ORG\n\
        Oslo NNP I-NP I-LOC\n\
        Danish JJ I-NP I-MISC\n\
        \n";

    // The same annotation in IOB2, tab-separated, CRLF line ends.
    const IOB2: &str = "-DOCSTART-\tO\r\n\r\n\
        Anna\tB-PER\r\nBerg\tI-PER\r\nvisited\tO\r\nOslo\tB-LOC\r\nBergen\tB-LOC\r\n.\tO\r\n\r\n\
        The\tO\r\nAcme\tB-ORG\r\nOslo\tB-LOC\r\nDanish\tB-MISC\r\n";

    fn spans(doc: &ConllDoc) -> Vec<(&str, &str)> {
        doc.entities
            .iter()
            .map(|e| (e.kind.as_str(), &doc.text[e.start..e.end]))
            .collect()
    }

    #[test]
    fn iob1_and_iob2_decode_alike() {
        let want = vec![
            ("PER", "Anna Berg"),
            ("LOC", "Oslo"),
            ("LOC", "Bergen"),
            ("ORG", "Acme"),
            ("LOC", "Oslo"),
            ("MISC", "Danish"),
        ];
        for input in [IOB1, IOB2] {
            let docs = parse_conll(input).unwrap();
            assert_eq!(docs.len(), 1);
            assert_eq!(
                docs[0].text,
                "Anna Berg visited Oslo Bergen .\nThe Acme Oslo Danish"
            );
            assert_eq!(spans(&docs[0]), want);
        }
    }

    #[test]
    fn offsets_and_lines() {
        let docs = parse_conll(IOB1).unwrap();
        let d = &docs[0];
        let e = &d.entities[3];
        assert_eq!((e.start, e.end, e.line), (36, 40, 11));
        assert_eq!(&d.text[36..40], "Acme");
        assert_eq!(d.tokens[0], (0, 3));
        assert_eq!(d.tokens.len(), 10);
    }

    #[test]
    fn documents_split_at_docstart() {
        let input =
            "a O\nB I-PER\n\n-DOCSTART- -X- O O\n\nC I-LOC\nD I-LOC\n\n-DOCSTART- -X- O O\n\n";
        let docs = parse_conll(input).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "a B");
        assert_eq!(spans(&docs[0]), [("PER", "B")]);
        assert_eq!(docs[1].text, "C D");
        assert_eq!(spans(&docs[1]), [("LOC", "C D")]);
    }

    #[test]
    fn entities_end_at_sentence_and_type_changes() {
        let input = "A I-ORG\n\nB I-ORG\nC I-PER\nD B-PER\nE I-PER\n";
        let docs = parse_conll(input).unwrap();
        assert_eq!(
            spans(&docs[0]),
            [("ORG", "A"), ("ORG", "B"), ("PER", "C"), ("PER", "D E")]
        );
    }

    #[test]
    fn malformed_lines_are_errors_with_line_numbers() {
        let err = parse_conll("A O\nB\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = parse_conll("A O\n\nB X-PER\n").unwrap_err();
        assert_eq!(err.line, 3);
        let err = parse_conll("A B-\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn jsonl_parses_and_rejects() {
        let input = "{\"doc\":\"a.txt\",\"start\":0,\"end\":4,\"label\":\"place\"}\r\n\n\
                     {\"doc\":\"a.txt\",\"start\":5,\"end\":9,\"label\":\"date\",\"value\":\"2020\"}\n";
        let lines = parse_jsonl(input).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!((lines[1].start, lines[1].end, lines[1].line), (5, 9, 3));
        assert_eq!(lines[1].label, "date");
        for (bad, line) in [
            ("{\"doc\":\"a\",\"start\":0,\"end\":4}", 1),
            (
                "\n{\"doc\":\"a\",\"start\":4,\"end\":4,\"label\":\"place\"}",
                2,
            ),
            (
                "{\"doc\":\"a\",\"start\":-1,\"end\":4,\"label\":\"place\"}",
                1,
            ),
            ("[1,2]", 1),
            ("{\"doc\":", 1),
        ] {
            assert_eq!(parse_jsonl(bad).unwrap_err().line, line, "{bad}");
        }
    }

    #[test]
    fn values_compare_with_tolerance() {
        let n = |x: f64| serde_json::json!(x);
        assert!(same_value(&serde_json::json!(5000), Some(&n(5000.0))));
        assert!(same_value(&n(2.0 / 3.0), Some(&n(0.6666666666666666))));
        assert!(!same_value(&n(700.0), Some(&n(701.0))));
        assert!(!same_value(&serde_json::json!("people"), None));
        assert!(same_value(&Value::Null, None));
        assert!(same_value(
            &serde_json::json!("at_least"),
            Some(&serde_json::json!("at_least"))
        ));
    }

    #[test]
    fn quantity_and_date_fields() {
        let gold: Value = serde_json::from_str(
            r#"{"doc":"a","start":0,"end":21,"label":"quantity","value":5000,
                "qualifier":"at_least","unit":"people","kind":"count","claim":{"predicate":"x"}}"#,
        )
        .unwrap();
        let Value::Object(gold) = gold else { panic!() };
        let pred: Span = serde_json::from_str(
            r#"{"start":0,"end":21,"label":"quantity","value":5000.0,"qualifier":"more_than","unit":"people"}"#,
        )
        .unwrap();
        let checks: Vec<(usize, bool)> = compare_fields(Label::Quantity, &gold, &pred)
            .iter()
            .map(|c| (c.index, c.agree))
            .collect();
        // value agrees, qualifier does not, unit agrees, kind defaults to count.
        assert_eq!(checks, [(0, true), (1, false), (2, true), (3, true)]);

        let gold: Value = serde_json::from_str(
            r#"{"doc":"a","start":0,"end":6,"label":"date","value":"weekday:monday"}"#,
        )
        .unwrap();
        let Value::Object(gold) = gold else { panic!() };
        let pred: Span =
            serde_json::from_str(r#"{"start":0,"end":6,"label":"date","value":"weekday:tuesday"}"#)
                .unwrap();
        let checks = compare_fields(Label::Date, &gold, &pred);
        assert_eq!(checks.len(), 1);
        assert!(!checks[0].agree);
        assert!(compare_fields(Label::Place, &gold, &pred).is_empty());
    }

    #[test]
    fn f1_is_harmonic_mean() {
        let c = Counts {
            gold: 10,
            pred: 8,
            tp: 6,
        };
        let (p, r) = (c.precision().unwrap(), c.recall().unwrap());
        assert!((c.f1().unwrap() - 2.0 * p * r / (p + r)).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), None);
        assert_eq!(
            Counts {
                gold: 3,
                pred: 0,
                tp: 0
            }
            .f1(),
            Some(0.0)
        );
    }

    #[test]
    fn context_marks_the_span_within_its_line() {
        let text = "first line\nsay hello to Oslo now\nlast";
        let s = text.find("Oslo").unwrap();
        assert_eq!(context(text, s, s + 4, 3), "…to [Oslo] no…");
        assert_eq!(context(text, s, s + 4, 40), "say hello to [Oslo] now");
    }

    #[test]
    fn sources_compare_without_articles_and_titles() {
        assert_eq!(normalize_source("the Health Ministry"), "health ministry");
        assert_eq!(
            normalize_source("U.S. Attorney Jane Roe and Sheriff John Doe"),
            "jane roe and john doe"
        );
        assert_ne!(normalize_source("police"), normalize_source("prosecutors"));
    }
}
