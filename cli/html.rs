//! `--format html`: one self-contained page (inline CSS, no script, no
//! font or image from anywhere) with each document's text, every span
//! highlighted in its label's colour, its details on hover (the `title`
//! attribute) and in a table beside the text, a legend, and a table of
//! contents. Everything from the input is escaped.
//!
//! Spans that nest (an entity inside a quantity) are drawn nested; a span
//! that crosses the end of the one it starts in is drawn up to that end.

use std::io::{self, Write};

use factspan::Span;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use serde_json::Value;

use super::output::Doc;

/// Every label's colour (background, border), those off by default too.
/// A label not listed here is drawn in grey.
const COLOURS: &[(&str, &str, &str)] = &[
    ("person", "#ffd6a5", "#d9822b"),
    ("place", "#caffbf", "#3c9d2f"),
    ("institution", "#9bf6ff", "#1c8fa0"),
    ("group", "#d7cbff", "#6a4fc7"),
    ("date", "#ffc6ff", "#b543b5"),
    ("quantity", "#fdffa6", "#a8a800"),
    ("number", "#ffb3b3", "#c43c3c"),
    ("time", "#b3d1ff", "#3866b8"),
];

const OTHER: (&str, &str) = ("#e6e6e6", "#777777");

/// Fields shown first, in this order; the others follow alphabetically.
const DETAIL_ORDER: &[&str] = &[
    "canonical", "id", "ref", "metonymy", "value", "low", "high", "unit", "qualifier", "kind",
    "resolved", "si_value", "si_unit", "score", "unit_inferred", "claim",
];

/// A label as a CSS class name (labels are lower-case words; anything
/// else is dropped).
fn class_of(label: &str) -> String {
    let name: String = label
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    format!("l-{name}")
}

/// `key: value` lines of a span's details: the fields of its record but
/// `doc`, `text` and `label` (claim fields as `claim.key`).
fn details(record: &Value) -> Vec<(String, String)> {
    let Value::Object(fields) = record else {
        return Vec::new();
    };
    let shown = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut keys: Vec<&String> = fields
        .keys()
        .filter(|k| !matches!(k.as_str(), "doc" | "text" | "label" | "start" | "end"))
        .collect();
    let rank = |k: &str| {
        DETAIL_ORDER
            .iter()
            .position(|o| *o == k)
            .unwrap_or(usize::MAX)
    };
    keys.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    let mut out = Vec::new();
    for key in keys {
        match &fields[key] {
            Value::Object(inner) => {
                for (k, v) in inner {
                    out.push((format!("{key}.{k}"), shown(v)));
                }
            }
            v => out.push((key.clone(), shown(v))),
        }
    }
    if let (Some(s), Some(e)) = (fields.get("start"), fields.get("end")) {
        out.push(("offsets".into(), format!("{s}–{e}")));
    }
    out
}

/// One document's section: heading, highlighted text, table of spans.
/// `records` are the spans' JSON records (offsets as printed).
pub fn section(doc: &Doc, spans: &[Span], records: &[Value]) -> Vec<u8> {
    let mut out = String::with_capacity(doc.text.len() * 2 + spans.len() * 200);
    let d = doc.index;
    out.push_str(&format!(
        "<section class=\"doc\" id=\"d{d}\">\n<h2>{} <small>{} span{}</small></h2>\n<div class=\"cols\">\n<div class=\"text\">",
        text(&doc.name),
        spans.len(),
        if spans.len() == 1 { "" } else { "s" }
    ));
    highlighted(doc, spans, records, &mut out);
    out.push_str("</div>\n<table class=\"spans\"><thead><tr><th>#</th><th>text</th><th>label</th><th>details</th></tr></thead><tbody>\n");
    for (k, (span, record)) in spans.iter().zip(records).enumerate() {
        let label = span.label.as_str();
        out.push_str(&format!(
            "<tr><td><a href=\"#d{d}-s{k}\">{k}</a></td><td>{}</td><td><span class=\"chip {}\">{}</span></td><td>",
            text(span.text(&doc.text)),
            class_of(label),
            text(label)
        ));
        for (key, value) in details(record) {
            out.push_str(&format!(
                "<div><b>{}</b> {}</div>",
                text(&key),
                text(&value)
            ));
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table>\n</div>\n</section>\n");
    out.into_bytes()
}

/// The document's text with a `<mark>` for every span, nested where spans
/// nest.
fn highlighted(doc: &Doc, spans: &[Span], records: &[Value], out: &mut String) {
    let t = &doc.text;
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&k| (spans[k].start, std::cmp::Reverse(spans[k].end)));
    let mut open: Vec<usize> = Vec::new(); // ends of the open marks
    let mut pos = 0;
    let close_to = |limit: usize, open: &mut Vec<usize>, pos: &mut usize, out: &mut String| {
        while let Some(&end) = open.last() {
            if end > limit {
                break;
            }
            out.push_str(&text(&t[*pos..end]));
            out.push_str("</mark>");
            *pos = end;
            open.pop();
        }
    };
    for k in order {
        let span = &spans[k];
        if span.start < pos || span.end > t.len() || !t.is_char_boundary(span.start) {
            continue;
        }
        close_to(span.start, &mut open, &mut pos, out);
        let end = open.last().map_or(span.end, |&outer| span.end.min(outer));
        out.push_str(&text(&t[pos..span.start]));
        pos = span.start;
        let label = span.label.as_str();
        let tip: Vec<String> = std::iter::once(label.to_string())
            .chain(
                details(&records[k])
                    .into_iter()
                    .map(|(k, v)| format!("{k}: {v}")),
            )
            .collect();
        out.push_str(&format!(
            "<mark id=\"d{}-s{k}\" class=\"{}\" data-label=\"{}\" title=\"{}\">",
            doc.index,
            class_of(label),
            attr(label),
            attr(&tip.join("\n"))
        ));
        open.push(end);
    }
    close_to(usize::MAX, &mut open, &mut pos, out);
    out.push_str(&text(&t[pos..]));
}

fn css() -> String {
    let mut css = String::from(
        "body{font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",sans-serif;margin:0;color:#222;background:#fafafa}\
header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:1}\
h1{font-size:20px;margin:0 0 6px}h2{font-size:17px;margin:0 0 8px;word-break:break-all}h2 small{color:#777;font-weight:normal}\
.legend span{margin-right:6px}\
.chip{display:inline-block;padding:0 6px;border-radius:4px;border:1px solid;font-size:13px}\
nav,section{margin:16px 24px;padding:12px 16px;background:#fff;border:1px solid #ddd;border-radius:6px}\
nav ol{margin:0;padding-left:22px;columns:2}\
.cols{display:flex;gap:16px;align-items:flex-start}\
.text{flex:3;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}\
table.spans{flex:2;border-collapse:collapse;font-size:13px}\
.spans th,.spans td{border-bottom:1px solid #eee;padding:2px 6px;text-align:left;vertical-align:top}\
.spans td div{white-space:nowrap}\
mark{padding:1px 2px;border-radius:3px;border-bottom:2px solid;color:inherit}\
mark mark{padding:0 1px}\
mark:hover{outline:2px solid #333}\
mark:target{outline:3px solid #e00}\
section,mark{scroll-margin-top:140px}\
@media (max-width:900px){.cols{flex-direction:column}}",
    );
    for (label, bg, border) in COLOURS {
        css.push_str(&format!(
            ".{c}{{background:{bg};border-color:{border}}}",
            c = class_of(label)
        ));
    }
    css.push_str(&format!(
        "mark,.chip{{background:{};border-color:{}}}",
        OTHER.0, OTHER.1
    ));
    // Label classes come after the grey default, so they win.
    for (label, bg, border) in COLOURS {
        css.push_str(&format!(
            "mark.{c},.chip.{c}{{background:{bg};border-color:{border}}}",
            c = class_of(label)
        ));
    }
    css
}

/// The whole page: `sections` are `(name, spans, section)` in order.
pub fn page(out: &mut impl Write, sections: &[(String, usize, Vec<u8>)]) -> io::Result<()> {
    let spans: usize = sections.iter().map(|s| s.1).sum();
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<title>factspan: {} document{}</title>\n<style>{}</style>\n</head>\n<body>\n<header>\n<h1>factspan</h1>\n<div>{} document{}, {} span{}. Hover a highlight for its details.</div>\n<div class=\"legend\">",
        sections.len(),
        if sections.len() == 1 { "" } else { "s" },
        css(),
        sections.len(),
        if sections.len() == 1 { "" } else { "s" },
        spans,
        if spans == 1 { "" } else { "s" },
    )?;
    for (label, _, _) in COLOURS {
        write!(
            out,
            "<span class=\"chip {}\">{label}</span>",
            class_of(label)
        )?;
    }
    out.write_all(b"</div>\n</header>\n<nav>\n<h2>Documents</h2>\n<ol>\n")?;
    for (i, (name, n, _)) in sections.iter().enumerate() {
        writeln!(out, "<li><a href=\"#d{i}\">{}</a> ({n})</li>", text(name))?;
    }
    out.write_all(b"</ol>\n</nav>\n")?;
    for (_, _, section) in sections {
        out.write_all(section)?;
    }
    out.write_all(b"</body>\n</html>\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use factspan::{Detail, Label};

    fn span(start: usize, end: usize, label: Label) -> Span {
        Span {
            start,
            end,
            label,
            detail: Detail::None,
        }
    }

    #[test]
    fn nested_spans_are_drawn_nested_and_crossing_ones_clipped() {
        let doc = Doc {
            name: "n".into(),
            text: "about 300 Acme workers left".into(),
            byte_map: None,
            index: 0,
        };
        // A quantity holding an institution, and a date crossing its end.
        let spans = [
            span(0, 22, Label::Quantity),
            span(10, 14, Label::Institution),
            span(15, 27, Label::Date),
        ];
        let records = vec![Value::Null; 3];
        let mut out = String::new();
        highlighted(&doc, &spans, &records, &mut out);
        let opened = out.matches("<mark ").count();
        assert_eq!((opened, out.matches("</mark>").count()), (3, 3));
        let inst = out.find("l-institution").unwrap();
        let quantity_end = out.rfind("workers</mark>").unwrap();
        assert!(inst < quantity_end, "the institution sits inside: {out}");
        assert!(
            out.ends_with(" left"),
            "the clipped date ends with the quantity: {out}"
        );
    }
}
