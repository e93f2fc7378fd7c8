//! The output formats: JSON Lines (a span a line), TSV, one JSON line per
//! document, and the HTML page ([`super::html`]). Every format but the
//! fast JSON Lines path works from the serde serialization of a span, so
//! fields added to the output contract show up without changes here.

use std::io::Write;

use clap::ValueEnum;
use factspan::{OffsetMap, Record, Span};
use serde_json::Value;

use super::input::{ByteMap, Doc};

/// How spans are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object a line per span, with `doc` and `text`.
    Jsonl,
    /// Tab-separated values with a header line; claim fields flattened.
    Tsv,
    /// One JSON object a line per document: `{"doc": …, "spans": [...]}`.
    DocJsonl,
    /// One self-contained HTML page with the spans highlighted.
    Html,
}

/// What `start` and `end` count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// UTF-8 bytes (of the file as read, also with --lossy).
    Byte,
    /// Unicode scalar values (Python `str` indices).
    Char,
    /// UTF-16 code units (JavaScript, Java, C# string indices).
    Utf16,
}

/// Converts the library's byte offsets into the offsets printed.
pub enum Positions<'a> {
    /// Bytes of the text (the file's bytes when nothing was replaced).
    Bytes,
    /// Bytes of the file, through the replacements of --lossy.
    FileBytes(&'a ByteMap),
    /// Chars of the text.
    Chars(OffsetMap<'a>),
    /// UTF-16 units of the text.
    Utf16(OffsetMap<'a>),
}

impl<'a> Positions<'a> {
    /// The conversion of `doc`'s offsets for `offsets`.
    pub fn new(doc: &'a Doc, offsets: Offsets) -> Positions<'a> {
        match (offsets, &doc.byte_map) {
            (Offsets::Byte, None) => Positions::Bytes,
            (Offsets::Byte, Some(map)) => Positions::FileBytes(map),
            (Offsets::Char, _) => Positions::Chars(OffsetMap::new(&doc.text)),
            (Offsets::Utf16, _) => Positions::Utf16(OffsetMap::new(&doc.text)),
        }
    }

    fn is_identity(&self) -> bool {
        matches!(self, Positions::Bytes)
    }

    /// The printed offset of byte offset `byte` (a char boundary).
    pub fn convert(&self, byte: usize) -> usize {
        match self {
            Positions::Bytes => byte,
            Positions::FileBytes(map) => map.file_offset(byte),
            Positions::Chars(map) => map.char_offset(byte).unwrap_or(byte),
            Positions::Utf16(map) => map.utf16_offset(byte).unwrap_or(byte),
        }
    }

    /// `span` with its offsets converted (its text is still read with the
    /// original offsets).
    fn moved(&self, span: &Span) -> Span {
        let mut s = span.clone();
        s.start = self.convert(span.start);
        s.end = self.convert(span.end);
        s
    }
}

/// A span's JSON record (`doc`, `start`, `end`, `text`, `label`, then its
/// details), offsets converted, as a value to read fields from.
pub fn span_value(doc: &Doc, span: &Span, positions: &Positions<'_>) -> Value {
    let moved = positions.moved(span);
    let record = Record {
        doc: &doc.name,
        text: span.text(&doc.text),
        span: &moved,
    };
    serde_json::to_value(record).unwrap_or(Value::Null)
}

/// The TSV columns, in order. Fields of the span's JSON go to the column of
/// their name (the claim's fields to `claim_` + name); any other field goes
/// to `extra`, as a JSON object.
pub const TSV_COLUMNS: &[&str] = &[
    "doc", "start", "end", "text", "label", "canonical", "id", "ref", "metonymy", "value", "low",
    "high", "unit", "qualifier", "kind", "resolved", "si_value", "si_unit", "score",
    "unit_inferred", "claim_predicate", "claim_surface", "claim_lemma", "claim_subject",
    "claim_subject_ref", "claim_source", "claim_source_ref", "claim_date_ref", "claim_hedge",
    "claim_negated", "extra",
];

/// The TSV header line.
pub fn tsv_header() -> String {
    let mut h = TSV_COLUMNS.join("\t");
    h.push('\n');
    h
}

/// A JSON value as a TSV cell: strings as they are, other scalars as JSON,
/// `null` empty; tabs, line ends and backslashes escaped (`\t`, `\n`, `\r`,
/// `\\`) so that a row stays one line.
fn tsv_cell(value: &Value, out: &mut String) {
    let plain;
    let s = match value {
        Value::Null => return,
        Value::String(s) => s.as_str(),
        other => {
            plain = other.to_string();
            plain.as_str()
        }
    };
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
}

/// One TSV row from a span's JSON record.
pub fn tsv_row(record: Value, out: &mut String) {
    let Value::Object(mut fields) = record else {
        return;
    };
    // The claim's fields, flattened.
    if let Some(Value::Object(claim)) = fields.remove("claim") {
        for (k, v) in claim {
            fields.insert(format!("claim_{k}"), v);
        }
    }
    let last = TSV_COLUMNS.len() - 1;
    for (i, column) in TSV_COLUMNS[..last].iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        if let Some(v) = fields.remove(*column) {
            tsv_cell(&v, out);
        }
    }
    out.push('\t');
    if !fields.is_empty() {
        tsv_cell(&Value::String(Value::Object(fields).to_string()), out);
    }
    out.push('\n');
}

/// Labels counted while rendering (for --stats): `(label, spans)`.
#[derive(Clone, Debug, Default)]
pub struct Counts(pub Vec<(&'static str, usize)>);

impl Counts {
    /// Counts one span.
    pub fn add(&mut self, span: &Span) {
        let name = span.label.as_str();
        match self.0.iter_mut().find(|(l, _)| *l == name) {
            Some((_, n)) => *n += 1,
            None => self.0.push((name, 1)),
        }
    }

    /// Adds another document's counts.
    pub fn merge(&mut self, other: &Counts) {
        for &(label, n) in &other.0 {
            match self.0.iter_mut().find(|(l, _)| *l == label) {
                Some((_, m)) => *m += n,
                None => self.0.push((label, n)),
            }
        }
    }

    /// All spans counted.
    pub fn total(&self) -> usize {
        self.0.iter().map(|c| c.1).sum()
    }
}

/// Renders the spans of documents in one format and one kind of offsets.
/// Shared by the threads that render batches.
#[derive(Clone, Copy, Debug)]
pub struct Renderer {
    /// The format.
    pub format: Format,
    /// What offsets count.
    pub offsets: Offsets,
}

impl Renderer {
    /// What goes before a document's spans.
    pub fn begin(&self, doc: &Doc) -> Vec<u8> {
        match self.format {
            Format::DocJsonl => {
                let mut out = b"{\"doc\":".to_vec();
                // A string always serializes.
                let _ = serde_json::to_writer(&mut out, &doc.name);
                out.extend_from_slice(b",\"spans\":[");
                out
            }
            _ => Vec::new(),
        }
    }

    /// What goes after a document's spans.
    pub fn end(&self) -> Vec<u8> {
        match self.format {
            Format::DocJsonl => b"]}\n".to_vec(),
            _ => Vec::new(),
        }
    }

    /// Some consecutive spans of a document (`first` is the index of the
    /// first of them in the document), in a line-based format.
    pub fn spans(
        &self,
        doc: &Doc,
        positions: &Positions<'_>,
        spans: &[Span],
        first: usize,
        counts: &mut Counts,
    ) -> Vec<u8> {
        // A JSON line of news is about 140 bytes with its document's name,
        // a claim's several hundred: room for most documents at once.
        let mut out = Vec::with_capacity(spans.len() * 256);
        let doc_json = match self.format {
            Format::DocJsonl => serde_json::to_vec(&doc.name).unwrap_or_default(),
            _ => Vec::new(),
        };
        for (k, span) in spans.iter().enumerate() {
            counts.add(span);
            match self.format {
                Format::Jsonl | Format::DocJsonl => {
                    let moved;
                    let shown = if positions.is_identity() {
                        span
                    } else {
                        moved = positions.moved(span);
                        &moved
                    };
                    let record = Record {
                        doc: &doc.name,
                        text: span.text(&doc.text),
                        span: shown,
                    };
                    if self.format == Format::Jsonl {
                        // Writing into a Vec cannot fail.
                        let _ = serde_json::to_writer(&mut out, &record);
                        out.push(b'\n');
                    } else {
                        if first + k > 0 {
                            out.push(b',');
                        }
                        // The record without its leading `"doc":…,`, the
                        // other fields in the contract's order.
                        let json = serde_json::to_vec(&record).unwrap_or_default();
                        let skip = b"{\"doc\":".len() + doc_json.len() + 1;
                        out.push(b'{');
                        out.extend_from_slice(json.get(skip..).unwrap_or_default());
                    }
                }
                Format::Tsv => {
                    let mut row = String::new();
                    tsv_row(span_value(doc, span, positions), &mut row);
                    out.extend_from_slice(row.as_bytes());
                }
                Format::Html => {}
            }
        }
        out
    }

    /// A whole document: its spans in a line-based format, or its section
    /// of the HTML page.
    pub fn document(&self, doc: &Doc, spans: &[Span], counts: &mut Counts) -> Vec<u8> {
        let positions = Positions::new(doc, self.offsets);
        if self.format == Format::Html {
            let values: Vec<Value> = spans
                .iter()
                .map(|s| {
                    counts.add(s);
                    span_value(doc, s, &positions)
                })
                .collect();
            return super::html::section(doc, spans, &values);
        }
        let mut out = self.begin(doc);
        out.extend(self.spans(doc, &positions, spans, 0, counts));
        out.extend(self.end());
        out
    }
}

/// Writes a page header, sections and footer for `--format html`, or the
/// line-based formats as they come.
pub struct Sink {
    renderer: Renderer,
    /// HTML: `(name, spans, section)` of each document, written at the end.
    sections: Vec<(String, usize, Vec<u8>)>,
    started: bool,
}

impl Sink {
    /// A sink for the renderer's format.
    pub fn new(renderer: Renderer) -> Sink {
        Sink {
            renderer,
            sections: Vec::new(),
            started: false,
        }
    }

    /// Writes what comes before everything (the TSV header).
    pub fn start(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        if !self.started && self.renderer.format == Format::Tsv {
            out.write_all(tsv_header().as_bytes())?;
        }
        self.started = true;
        Ok(())
    }

    /// Writes (or, for HTML, keeps) a rendered document.
    pub fn document(
        &mut self,
        out: &mut impl Write,
        name: &str,
        spans: usize,
        bytes: Vec<u8>,
    ) -> std::io::Result<()> {
        if self.renderer.format == Format::Html {
            self.sections.push((name.to_string(), spans, bytes));
            Ok(())
        } else {
            out.write_all(&bytes)
        }
    }

    /// Writes what comes after everything (the HTML page).
    pub fn finish(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        self.start(out)?;
        if self.renderer.format == Format::Html {
            super::html::page(out, &self.sections)?;
        }
        Ok(())
    }
}
