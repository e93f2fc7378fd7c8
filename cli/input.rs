//! Reading the inputs: walking directories, decoding bytes (UTF-8, lossy
//! UTF-8 with offsets kept on the file's bytes, UTF-16 with a byte-order
//! mark), splitting lines at `\n`, `\r\n` or `\r`, and reading JSON Lines
//! documents with an id and a date.

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use factspan::{Date, Options};

/// One input to read: standard input or a file (with its size, for the
/// progress bar).
#[derive(Debug)]
pub enum Input {
    /// `-`.
    Stdin,
    /// A file named on the command line or found in a directory.
    File(PathBuf, u64),
}

/// What walking the command line's paths gave: the inputs in order, and
/// the errors and warnings met on the way.
#[derive(Debug, Default)]
pub struct Walk {
    /// Inputs, in command-line order; a directory's files sorted.
    pub inputs: Vec<Input>,
    /// `(path, why)` of paths that could not be walked.
    pub errors: Vec<(String, String)>,
    /// Messages that are not failures (a directory with no matching file).
    pub warnings: Vec<String>,
}

impl Walk {
    /// Walks `paths` (files, directories searched recursively for files
    /// whose extension is one of `extensions`, ASCII case ignored, or `-`).
    pub fn new(paths: &[PathBuf], extensions: &[String]) -> Walk {
        let mut walk = Walk::default();
        let mut seen = HashSet::new();
        for path in paths {
            if path.as_os_str() == "-" {
                walk.inputs.push(Input::Stdin);
                continue;
            }
            match fs::metadata(path) {
                Ok(m) if m.is_dir() => {
                    let before = walk.inputs.len();
                    walk.dir(path, extensions, &mut seen);
                    if walk.inputs.len() == before {
                        let wanted: Vec<String> = extensions
                            .iter()
                            .map(|e| format!("*.{}", bare(e)))
                            .collect();
                        walk.warnings.push(format!(
                            "{}: no {} file in this directory",
                            path.display(),
                            wanted.join(" or ")
                        ));
                    }
                }
                Ok(m) => walk.inputs.push(Input::File(path.clone(), m.len())),
                Err(e) => walk
                    .errors
                    .push((path.display().to_string(), e.to_string())),
            }
        }
        walk
    }

    /// Adds the wanted files under `dir`. A directory reached a second
    /// time (a symlink back into the tree, `ln -s . self`) is skipped
    /// silently: its files are already listed.
    fn dir(&mut self, dir: &Path, extensions: &[String], seen: &mut HashSet<PathBuf>) {
        let name = dir.display().to_string();
        let canonical = match fs::canonicalize(dir) {
            Ok(c) => c,
            Err(e) => return self.errors.push((name, e.to_string())),
        };
        if !seen.insert(canonical) {
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => return self.errors.push((name, e.to_string())),
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => children.push(e.path()),
                Err(e) => self.errors.push((name.clone(), e.to_string())),
            }
        }
        children.sort();
        for child in children {
            match fs::metadata(&child) {
                Ok(m) if m.is_dir() => self.dir(&child, extensions, seen),
                Ok(m) if has_extension(&child, extensions) => {
                    self.inputs.push(Input::File(child, m.len()))
                }
                Ok(_) => {}
                // A broken link or an entry that vanished: reported.
                Err(e) => self
                    .errors
                    .push((child.display().to_string(), e.to_string())),
            }
        }
    }
}

/// An extension as given, without a leading dot.
fn bare(ext: &str) -> &str {
    ext.trim_start_matches('.')
}

/// True if the file's extension is one of `extensions` (ASCII case
/// ignored: `.TXT` is a `txt` file).
fn has_extension(path: &Path, extensions: &[String]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| bare(x).eq_ignore_ascii_case(e)))
}

/// Where the offsets of a lossily decoded text fall in the file's bytes:
/// after each replaced sequence, `(offset in the text, offset in the
/// file)`. Between two marks the two advance together.
#[derive(Clone, Debug, Default)]
pub struct ByteMap(Vec<(usize, usize)>);

impl ByteMap {
    /// The file offset of text offset `at` (a char boundary of the text).
    pub fn file_offset(&self, at: usize) -> usize {
        let k = self.0.partition_point(|&(t, _)| t <= at);
        match k.checked_sub(1) {
            Some(i) => self.0[i].1 + (at - self.0[i].0),
            None => at,
        }
    }
}

/// A decoded text and, when bytes were replaced, the way back to the
/// file's offsets.
pub type Decoded = (String, Option<ByteMap>);

/// Decodes a document's bytes: UTF-8, or UTF-16 when it starts with a
/// byte-order mark. With `lossy`, invalid bytes become U+FFFD and the
/// returned map keeps offsets on the file's bytes. Errors say why.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<Decoded, String> {
    if let Some(le) = utf16_bom(&bytes) {
        return decode_utf16(&bytes[2..], le, lossy).map(|s| (s, None));
    }
    if !lossy && looks_like_utf16(&bytes) {
        // NUL bytes between ASCII letters are valid UTF-8, but such text
        // is UTF-16: extracting it would find nothing.
        return Err(
            "looks like UTF-16 without a byte-order mark (a NUL byte every other byte): convert it to UTF-8 or add the mark"
                .into(),
        );
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) if lossy => Ok(decode_lossy(e.as_bytes())),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(format!(
                "not valid UTF-8 (at byte {at}); use --lossy to replace bad bytes"
            ))
        }
    }
}

/// `Some(true)` for a UTF-16 little-endian byte-order mark, `Some(false)`
/// for big-endian.
pub fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    }
}

fn decode_utf16(body: &[u8], little_endian: bool, lossy: bool) -> Result<String, String> {
    if !body.len().is_multiple_of(2) && !lossy {
        return Err("UTF-16 text with an odd number of bytes".into());
    }
    let units = body.chunks_exact(2).map(|p| {
        if little_endian {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(body.len());
    for (k, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => out.push(c),
            Err(_) if lossy => out.push(char::REPLACEMENT_CHARACTER),
            Err(_) => {
                return Err(format!(
                    "invalid UTF-16 (an unpaired surrogate at byte {}); use --lossy to replace it",
                    2 + 2 * k
                ));
            }
        }
    }
    Ok(out)
}

/// Replaces each invalid sequence with U+FFFD, as `String::from_utf8_lossy`
/// does, and notes where the text and file offsets part.
fn decode_lossy(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut map = Vec::new();
    let mut file = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        file += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            file += chunk.invalid().len();
            map.push((text.len(), file));
        }
    }
    (text, Some(ByteMap(map)))
}

/// UTF-16 text of mostly ASCII has a NUL in every other byte.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(512)];
    head.len() >= 8 && head.iter().filter(|&&b| b == 0).count() * 4 >= head.len()
}

/// Lines of a reader, ended by `\n`, `\r\n` or a lone `\r`; the line is
/// read into the caller's buffer however long it is.
pub struct Lines<R> {
    reader: R,
    /// The last line ended with `\r`: a `\n` right after it belongs to it.
    after_cr: bool,
}

impl<R: BufRead> Lines<R> {
    /// Lines of `reader`.
    pub fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            after_cr: false,
        }
    }

    /// Reads the next line, without its end, into `line`; `false` at the
    /// end of the input.
    pub fn next_into(&mut self, line: &mut Vec<u8>) -> io::Result<bool> {
        line.clear();
        let mut read_any = false;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(read_any);
            }
            let mut from = 0;
            if std::mem::take(&mut self.after_cr) && buf[0] == b'\n' {
                from = 1;
            }
            match memchr::memchr2(b'\n', b'\r', &buf[from..]) {
                Some(k) => {
                    let end = from + k;
                    line.extend_from_slice(&buf[from..end]);
                    self.after_cr = buf[end] == b'\r';
                    self.reader.consume(end + 1);
                    return Ok(true);
                }
                None => {
                    read_any |= buf.len() > from;
                    line.extend_from_slice(&buf[from..]);
                    let n = buf.len();
                    self.reader.consume(n);
                }
            }
        }
    }
}

/// The field names of `--input jsonl` documents.
#[derive(Clone, Debug)]
pub struct JsonFields {
    /// The document's id (string or number): its `doc` in the output.
    pub id: String,
    /// The document's text.
    pub text: String,
    /// The document's date, `YYYY-MM-DD`.
    pub date: String,
}

/// One `--input jsonl` line as a document: its name (the id, else
/// `fallback`), text and options (`defaults`, with its own date if it has
/// one).
pub fn json_document(
    line: &[u8],
    fields: &JsonFields,
    fallback: impl FnOnce() -> String,
    defaults: Options,
) -> Result<(String, String, Options), String> {
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|e| format!("not a JSON object: {e}"))?;
    let Some(object) = value.as_object() else {
        return Err("not a JSON object".into());
    };
    let text = match object.get(&fields.text) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err(format!("field {:?} is not a string", fields.text)),
        None => return Err(format!("no {:?} field", fields.text)),
    };
    let name = match object.get(&fields.id) {
        None | Some(serde_json::Value::Null) => fallback(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err(format!("field {:?} is not a string or number", fields.id)),
    };
    let date = match object.get(&fields.date) {
        None | Some(serde_json::Value::Null) => defaults.date,
        Some(serde_json::Value::String(s)) => Some(
            s.parse::<Date>()
                .map_err(|e| format!("field {:?}: {e}", fields.date))?,
        ),
        Some(_) => {
            return Err(format!(
                "field {:?} is not a YYYY-MM-DD string",
                fields.date
            ));
        }
    };
    let mut options = defaults;
    options.date = date;
    Ok((name, text, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<String> {
        let mut it = Lines::new(io::BufReader::with_capacity(3, input));
        let mut out = Vec::new();
        let mut line = Vec::new();
        while it.next_into(&mut line).unwrap() {
            out.push(String::from_utf8(line.clone()).unwrap());
        }
        out
    }

    #[test]
    fn every_line_end_ends_a_line() {
        assert_eq!(lines(b"ab\r\ncd\ref\n\ngh"), ["ab", "cd", "ef", "", "gh"]);
        assert_eq!(lines(b"a\r\r\nb\r"), ["a", "", "b"]);
        assert!(lines(b"").is_empty());
    }

    #[test]
    fn lossy_offsets_stay_on_the_file() {
        let (text, map) = decode(b"A\xff\xfeB \xc3\x28C".to_vec(), true).unwrap();
        let map = map.unwrap();
        let b = text.find('B').unwrap();
        assert_eq!(map.file_offset(b), 3);
        let c = text.find('C').unwrap();
        assert_eq!(map.file_offset(c), 7);
        assert_eq!(map.file_offset(0), 0);
    }
}
