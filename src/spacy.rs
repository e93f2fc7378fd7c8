//! spaCy EntityRuler patterns (JSON Lines) read as gazetteer entries, so a
//! list kept for spaCy serves factspan too.
//!
//! Each line is one pattern:
//!
//! ```text
//! {"label": "ORG", "pattern": "Acme Corp"}
//! {"label": "GPE", "pattern": [{"LOWER": "san"}, {"LOWER": "francisco"}], "id": "sf"}
//! ```
//!
//! * A phrase pattern (a string) is a name matched as written (and in
//!   capitals, like every gazetteer name).
//! * A token pattern is a list of tokens each given by `ORTH` or `TEXT`
//!   (as written) or `LOWER` (any case); the tokens are joined with
//!   spaces. All `LOWER` tokens give an entry that matches in any case.
//! * spaCy's labels map to factspan's: `PERSON` → person; `GPE`, `LOC`,
//!   `FAC` → place; `ORG` → institution; `NORP` → group. factspan's own
//!   names (`place`, …) are accepted too.
//! * `id` becomes the entry's id.
//!
//! A pattern factspan cannot express (another label such as `DATE` or
//! `PRODUCT`, token attributes such as `POS`, `LEMMA`, `OP`, `IN` sets, or
//! `ORTH` and `LOWER` mixed in one pattern) is not dropped silently: it is
//! reported in [`Patterns::skipped`], naming the file and line. A line that
//! is not JSON, or has no `label` or `pattern`, is an error naming the file
//! and line.

use serde_json::Value;

use crate::error::Error;
use crate::gazetteer::{Entry, Flags};
use crate::span::Label;

/// What a patterns file gave: the entries, and the patterns left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Patterns {
    /// One entry per pattern that maps to a factspan entry.
    pub entries: Vec<Entry>,
    /// The patterns left out, each as `file:line: why`.
    pub skipped: Vec<String>,
}

/// Reads EntityRuler patterns from JSON Lines text; `source` names it in
/// errors and in [`Patterns::skipped`].
///
/// ```
/// let jsonl = r#"{"label": "ORG", "pattern": "Acme Corp"}
/// {"label": "GPE", "pattern": [{"LOWER": "port"}, {"LOWER": "vela"}], "id": "pv"}
/// {"label": "PRODUCT", "pattern": "Widget"}
/// "#;
/// let p = factspan::spacy::patterns_str("rules.jsonl", jsonl)?;
/// assert_eq!(p.entries.len(), 2);
/// assert_eq!(p.entries[1].name, "port vela");
/// assert!(p.entries[1].flags.fold);
/// assert_eq!(p.skipped, ["rules.jsonl:3: label \"PRODUCT\" has no factspan label (PERSON, GPE, LOC, FAC, ORG or NORP)"]);
/// # Ok::<(), factspan::Error>(())
/// ```
pub fn patterns_str(source: &str, text: &str) -> Result<Patterns, Error> {
    let mut out = Patterns::default();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let err = |message: String| Error::Gazetteer {
            file: source.to_string(),
            line: line_no,
            message,
        };
        let value: Value =
            serde_json::from_str(line).map_err(|e| err(format!("not a JSON pattern: {e}")))?;
        let label = value
            .get("label")
            .and_then(Value::as_str)
            .ok_or_else(|| err("no \"label\" string".into()))?;
        let pattern = value
            .get("pattern")
            .ok_or_else(|| err("no \"pattern\"".into()))?;
        match entry(label, pattern, value.get("id")) {
            Ok(e) => out.entries.push(e),
            Err(why) => out.skipped.push(format!("{source}:{line_no}: {why}")),
        }
    }
    Ok(out)
}

/// Reads EntityRuler patterns from a JSON Lines file (see
/// [`patterns_str`]).
pub fn patterns_file(path: impl AsRef<std::path::Path>) -> Result<Patterns, Error> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    patterns_str(&path.display().to_string(), &text)
}

/// factspan's label for a spaCy label.
fn map_label(label: &str) -> Option<Label> {
    match label {
        "PERSON" | "PER" => Some(Label::Person),
        "GPE" | "LOC" | "FAC" => Some(Label::Place),
        "ORG" => Some(Label::Institution),
        "NORP" => Some(Label::Group),
        other => Label::parse(other).filter(|l| {
            matches!(
                l,
                Label::Person | Label::Place | Label::Institution | Label::Group
            )
        }),
    }
}

/// The entry for one pattern, or why there is none.
fn entry(label: &str, pattern: &Value, id: Option<&Value>) -> Result<Entry, String> {
    let label = map_label(label).ok_or_else(|| {
        format!("label {label:?} has no factspan label (PERSON, GPE, LOC, FAC, ORG or NORP)")
    })?;
    let (name, fold) = match pattern {
        Value::String(s) => (s.trim().to_string(), false),
        Value::Array(tokens) => token_pattern(tokens)?,
        other => {
            return Err(format!(
                "pattern {other} is neither a string nor a list of tokens"
            ));
        }
    };
    if name.is_empty() {
        return Err("empty pattern".into());
    }
    let mut e = Entry::new(name, label).flags(Flags {
        fold,
        ..Flags::default()
    });
    match id {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => e = e.id(s.clone()),
        Some(other) => e = e.id(other.to_string()),
    }
    Ok(e)
}

/// A token pattern as a name (tokens joined by spaces) and whether it
/// matches in any case (every token given by `LOWER`).
fn token_pattern(tokens: &[Value]) -> Result<(String, bool), String> {
    let mut words = Vec::with_capacity(tokens.len());
    let (mut lower, mut orth) = (0, 0);
    for token in tokens {
        let Some(attrs) = token.as_object() else {
            return Err(format!("token {token} is not an object"));
        };
        if attrs.len() != 1 {
            return Err(format!(
                "token {token} has several attributes (only one of ORTH, TEXT or LOWER is supported)"
            ));
        }
        let (key, value) = attrs.iter().next().expect("one attribute");
        let Some(word) = value.as_str() else {
            return Err(format!(
                "token {token}: only plain strings are supported, not {value}"
            ));
        };
        match key.as_str() {
            "LOWER" => lower += 1,
            "ORTH" | "TEXT" => orth += 1,
            other => {
                return Err(format!(
                    "token attribute {other:?} is not supported (only ORTH, TEXT or LOWER)"
                ));
            }
        }
        words.push(word);
    }
    if lower > 0 && orth > 0 {
        return Err("ORTH and LOWER tokens mixed in one pattern".into());
    }
    Ok((words.join(" "), lower > 0))
}
