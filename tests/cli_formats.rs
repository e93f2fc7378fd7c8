//! The example extractor's formats, offsets, inputs, progress and
//! summary, through the built binary.

mod common;

use common::extract_bin;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A fresh folder under the temp dir, removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("factspan-formats-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, contents).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], paths: &[&Path]) -> Output {
    Command::new(extract_bin())
        .args(args)
        .args(paths)
        .output()
        .unwrap()
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may exit before reading it all (a bad argument).
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

const NEWS: &str = "Officials in Tashkent said nearly 300 people were injured on Friday.";

#[test]
fn tsv_has_a_header_and_one_row_per_span_with_claims_flattened() {
    let dir = TempDir::new("tsv");
    let a = dir.write("a.txt", NEWS);
    let jsonl = json_lines(&run(&[], &[&a]));
    let out = run(&["--format", "tsv"], &[&a]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(&header[..5], ["doc", "start", "end", "text", "label"]);
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), jsonl.len(), "one row per span");
    for (row, span) in rows.iter().zip(&jsonl) {
        assert_eq!(row.len(), header.len(), "every row has every column");
        assert_eq!(row[col("text")], span["text"].as_str().unwrap());
        assert_eq!(row[col("start")], span["start"].to_string());
        assert_eq!(row[col("label")], span["label"].as_str().unwrap());
    }
    let quantity = jsonl.iter().position(|s| s["label"] == "quantity").unwrap();
    let predicate = jsonl[quantity]["claim"]["predicate"].as_str().unwrap();
    assert_eq!(rows[quantity][col("claim_predicate")], predicate);
    assert_eq!(rows[quantity][col("qualifier")], "approximately_below");
}

#[test]
fn doc_jsonl_is_one_line_per_document_without_doc_on_spans() {
    let dir = TempDir::new("docjsonl");
    let a = dir.write("a.txt", NEWS);
    let empty = dir.write("b.txt", "nothing to see");
    let out = run(&["--format", "doc-jsonl"], &[&a, &empty]);
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 2, "{}", stdout(&out));
    assert_eq!(docs[0]["doc"], a.display().to_string());
    let spans = docs[0]["spans"].as_array().unwrap();
    let flat = json_lines(&run(&[], &[&a]));
    assert_eq!(spans.len(), flat.len());
    for (s, f) in spans.iter().zip(&flat) {
        assert!(s.get("doc").is_none());
        let mut f = f.clone();
        f.as_object_mut().unwrap().remove("doc");
        assert_eq!(*s, f, "the same record, less its doc");
    }
    assert_eq!(docs[1]["spans"], Value::Array(vec![]));
}

#[test]
fn offsets_in_chars_and_utf16_units() {
    // 'é' is 2 bytes, 1 char, 1 unit; '𝄞' is 4 bytes, 1 char, 2 units.
    let text = "Caf\u{e9} \u{1d11e} notes: Vladimir Putin visited Beijing.";
    let bytes = json_lines(&run_stdin(&[], text.as_bytes()));
    let chars = json_lines(&run_stdin(&["--offsets", "char"], text.as_bytes()));
    let units = json_lines(&run_stdin(&["--offsets", "utf16"], text.as_bytes()));
    assert!(bytes.len() >= 2);
    for ((b, c), u) in bytes.iter().zip(&chars).zip(&units) {
        let start = b["start"].as_u64().unwrap() as usize;
        let end = b["end"].as_u64().unwrap() as usize;
        let char_start = text[..start].chars().count();
        let unit_start = text[..start].encode_utf16().count();
        assert_eq!(c["start"].as_u64(), Some(char_start as u64));
        assert_eq!(u["start"].as_u64(), Some(unit_start as u64));
        assert_eq!(c["end"].as_u64(), Some(text[..end].chars().count() as u64));
        assert_eq!(
            u["end"].as_u64(),
            Some(text[..end].encode_utf16().count() as u64)
        );
        assert_eq!(c["text"], b["text"]);
        assert_ne!(char_start, unit_start, "the offsets differ past the emoji");
    }
}

/// The `<mark>`s of a page: (label, highlighted text).
fn marks(html: &str) -> Vec<(String, String)> {
    let dom = tl::parse(html, tl::ParserOptions::default()).unwrap();
    let parser = dom.parser();
    dom.query_selector("mark[data-label]")
        .unwrap()
        .filter_map(|h| h.get(parser))
        .map(|node| {
            let tag = node.as_tag().unwrap();
            let label = tag.attributes().get("data-label").flatten().unwrap();
            let text = html_escape::decode_html_entities(&node.inner_text(parser)).into_owned();
            (label.as_utf8_str().into_owned(), text)
        })
        .collect()
}

#[test]
fn html_highlights_every_span_once_with_its_label() {
    let dir = TempDir::new("html");
    let a = dir.write("a.txt", NEWS);
    let b = dir.write(
        "b.txt",
        "Sooronbay Jeenbekov met Vladimir Putin in Moscow on 7 October 2020.",
    );
    let spans = json_lines(&run(&[], &[&a, &b]));
    let out = run(&["--format", "html"], &[&a, &b]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    let want: Vec<(String, String)> = spans
        .iter()
        .map(|s| {
            (
                s["label"].as_str().unwrap().to_string(),
                s["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        marks(&html),
        want,
        "each span once, in order, with its label"
    );
    let dom = tl::parse(&html, tl::ParserOptions::default()).unwrap();
    let sections = dom.query_selector("section.doc").unwrap().count();
    assert_eq!(sections, 2);
    let toc = dom.query_selector("li").unwrap().count();
    assert_eq!(toc, 2, "a table of contents entry per document");
    for needle in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(needle), "self-contained: no {needle}");
    }
}

#[test]
fn html_shows_markup_in_documents_as_text() {
    let page = stdout(&run_stdin(
        &["--format", "html"],
        b"<script>alert('Putin')</script> Talks in <b>Bishkek</b> & \"Osh\".",
    ));
    let dom = tl::parse(&page, tl::ParserOptions::default()).unwrap();
    assert_eq!(dom.query_selector("script").unwrap().count(), 0);
    assert_eq!(dom.query_selector("section b").unwrap().count(), 0);
    let parser = dom.parser();
    let text_div = dom
        .query_selector("div.text")
        .unwrap()
        .next()
        .unwrap()
        .get(parser)
        .unwrap();
    let shown = html_escape::decode_html_entities(&text_div.inner_text(parser)).into_owned();
    assert!(
        shown.starts_with("<script>alert('Putin')</script>"),
        "{shown}"
    );
    assert!(shown.contains("<b>Bishkek</b> & \"Osh\""), "{shown}");
}

#[test]
fn jsonl_input_gives_each_document_its_id_and_date() {
    let input = concat!(
        "{\"id\": \"a-1\", \"text\": \"Talks ended yesterday.\", \"date\": \"2020-10-07\"}\n",
        "{\"id\": 2, \"text\": \"Talks ended yesterday.\", \"date\": \"2021-03-01\"}\n",
        "\n",
        "{\"text\": \"Talks ended yesterday.\"}\n",
        "{\"id\": \"bad\", \"text\": \"x\", \"date\": \"2021-02-30\"}\n",
        "not json\n",
    );
    let out = run_stdin(
        &["--input", "jsonl", "--date", "2019-06-15"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "bad lines are failures");
    let err = stderr(&out);
    assert!(
        err.contains("-:5: field \"date\": invalid date 2021-02-30"),
        "{err}"
    );
    assert!(err.contains("-:6: not a JSON object"), "{err}");
    let spans = json_lines(&out);
    let got: Vec<(&str, &str)> = spans
        .iter()
        .map(|s| (s["doc"].as_str().unwrap(), s["resolved"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("a-1", "2020-10-06"),
            ("2", "2021-02-28"),
            ("-:4", "2019-06-14") // no id: the line; no date: --date
        ]
    );
}

#[test]
fn jsonl_input_field_names_are_configurable() {
    let input = "{\"uid\": \"x\", \"body\": \"Putin spoke.\", \"published\": \"2020-01-01\"}\n";
    let args = [
        "--input", "jsonl", "--id-field", "uid", "--text-field", "body", "--date-field",
        "published",
    ];
    let spans = json_lines(&run_stdin(&args, input.as_bytes()));
    assert_eq!(spans[0]["doc"], "x");
    assert_eq!(spans[0]["text"], "Putin");
    let out = run_stdin(&["--input", "jsonl"], input.as_bytes());
    assert!(
        stderr(&out).contains("-:1: no \"text\" field"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn lines_end_at_cr_crlf_and_lf() {
    let out = run_stdin(&["--lines"], b"Putin spoke.\rIn Osh.\r\nKyiv\n\rMoscow");
    let docs: Vec<(String, String)> = json_lines(&out)
        .iter()
        .map(|s| {
            (
                s["doc"].as_str().unwrap().to_string(),
                s["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("-:1", "Putin"),
        ("-:2", "Osh"),
        ("-:3", "Kyiv"),
        ("-:5", "Moscow"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(d, t)| (d.to_string(), t.to_string()))
        .collect();
    assert_eq!(docs, want);
}

#[test]
fn a_long_line_streams_with_offsets_within_the_line() {
    // One 9 MB line (over the batch limit), then a short one.
    let unit = "Putin spoke in Beijing. ";
    let repeats = 9_000_000 / unit.len() + 1;
    let mut input = unit.repeat(repeats).into_bytes();
    input.extend_from_slice(b"\nOsh\n");
    let out = run_stdin(&["--lines", "--labels", "place"], &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let mut long = 0;
    let mut last_start = None;
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        if v["doc"] == "-:1" {
            long += 1;
            last_start = v["start"].as_u64();
        } else {
            assert_eq!(
                (v["doc"].as_str(), v["start"].as_u64()),
                (Some("-:2"), Some(0))
            );
        }
    }
    assert_eq!(long, repeats, "every place of the long line");
    let expected_last = (repeats - 1) * unit.len() + unit.find("Beijing").unwrap();
    assert_eq!(last_start, Some(expected_last as u64));
}

#[test]
fn directories_extensions_any_case_and_empty_ones_warned() {
    let dir = TempDir::new("dirs");
    let upper = dir.write("news/A.TXT", "Putin spoke.");
    dir.write("news/skip.md", "Moscow");
    std::fs::create_dir_all(dir.0.join("empty")).unwrap();
    let out = run(&[], &[&dir.0.join("news"), &dir.0.join("empty")]);
    assert_eq!(out.status.code(), Some(0), "a warning is not a failure");
    let docs: Vec<Value> = json_lines(&out).iter().map(|s| s["doc"].clone()).collect();
    assert_eq!(docs, [upper.display().to_string()]);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "warning: {}: no *.txt file",
            dir.0.join("empty").display()
        )),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_back_into_the_tree_is_skipped_silently() {
    let dir = TempDir::new("selflink");
    let a = dir.write("a.txt", "Putin spoke.");
    std::os::unix::fs::symlink(".", dir.0.join("self")).unwrap();
    let out = run(&[], &[&dir.0]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let docs: Vec<Value> = json_lines(&out).iter().map(|s| s["doc"].clone()).collect();
    assert_eq!(docs, [a.display().to_string()], "the file once");
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let dir = TempDir::new("utf16");
    let text = "Talks in Bishkek.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let no_bom: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let (le, be, no_bom) = (
        dir.write("le.txt", le),
        dir.write("be.txt", be),
        dir.write("nobom.txt", no_bom),
    );
    let out = run(&["--offsets", "utf16"], &[&le, &be, &no_bom]);
    assert_eq!(out.status.code(), Some(1), "the file without a mark fails");
    let spans = json_lines(&out);
    assert_eq!(spans.len(), 2);
    for s in &spans {
        assert_eq!(
            (s["text"].as_str(), s["start"].as_u64()),
            (Some("Bishkek"), Some(9))
        );
    }
    let err = stderr(&out);
    assert!(
        err.contains(&no_bom.display().to_string()) && err.contains("UTF-16"),
        "{err}"
    );
}

#[test]
fn progress_goes_to_stderr_only() {
    let dir = TempDir::new("progress");
    let a = dir.write("a.txt", NEWS);
    let plain = run(&[], &[&a]);
    let with = run(&["--progress"], &[&a]);
    assert_eq!(with.stdout, plain.stdout, "stdout unchanged");
    assert!(plain.stderr.is_empty());
    let err = stderr(&with);
    assert!(err.contains("progress:"), "{err}");
    assert!(
        err.contains(&format!("{} B", NEWS.len())),
        "bytes done: {err}"
    );
}

#[test]
fn stats_summarise_the_run_on_stderr() {
    let dir = TempDir::new("stats");
    let a = dir.write("a.txt", NEWS);
    let b = dir.write("b.txt", "Putin met Jeenbekov.");
    let spans = json_lines(&run(&[], &[&a, &b]));
    let out = run(&["--stats"], &[&a, &b]);
    let err = stderr(&out);
    let people = spans.iter().filter(|s| s["label"] == "person").count();
    assert!(people >= 2);
    let bytes = NEWS.len() + "Putin met Jeenbekov.".len();
    assert!(
        err.contains(&format!(
            "stats: 2 documents, {bytes} bytes, {} spans (",
            spans.len()
        )),
        "{err}"
    );
    assert!(err.contains(&format!("person {people}")), "{err}");
    assert!(err.contains("MB/s"), "{err}");
    assert_eq!(json_lines(&out), spans);
}

#[test]
fn an_impossible_date_is_an_error() {
    let out = run_stdin(&["--date", "2020-02-30"], b"Monday");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2020-02-30"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let ok = json_lines(&run_stdin(&["--date", "2020-10-07"], b"Talks on Monday."));
    assert_eq!(ok[0]["resolved"], "2020-10-05");
}

#[test]
fn gazetteer_columns_in_any_order_with_a_warning_for_unknown_ones() {
    let dir = TempDir::new("gazcols");
    let g = dir.write(
        "sheet.tsv",
        "notes\tlabel\tname\tid\nour client\tinstitution\tVelnor Dynamics\tcrm:17\n",
    );
    let out = Command::new(extract_bin())
        .arg("--gazetteer")
        .arg(&g)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .unwrap()
                .write_all(b"Velnor Dynamics hired staff.")?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "warning: {}:1: unknown column \"notes\" ignored",
            g.display()
        )),
        "{err}"
    );
    let spans = json_lines(&out);
    assert_eq!(spans[0]["text"], "Velnor Dynamics");
    assert_eq!(spans[0]["id"], "crm:17");
}

#[test]
fn spacy_patterns_load_and_unmappable_ones_are_reported() {
    let dir = TempDir::new("spacy");
    let p = dir.write(
        "ruler.jsonl",
        concat!(
            "{\"label\": \"ORG\", \"pattern\": \"Velnor Dynamics\", \"id\": \"velnor\"}\n",
            "{\"label\": \"GPE\", \"pattern\": [{\"LOWER\": \"port\"}, {\"LOWER\": \"vela\"}]}\n",
            "{\"label\": \"PRODUCT\", \"pattern\": \"Widget Max\"}\n",
            "{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"acme\", \"OP\": \"?\"}]}\n",
        ),
    );
    let text = dir.write("a.txt", "Velnor Dynamics built a plant near port vela.");
    let out = run(&["--spacy-patterns", p.to_str().unwrap()], &[&text]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:3: label \"PRODUCT\"", p.display())),
        "{err}"
    );
    assert!(err.contains(&format!("{}:4: token", p.display())), "{err}");
    let spans = json_lines(&out);
    let got: Vec<(&str, &str)> = spans
        .iter()
        .map(|s| (s["text"].as_str().unwrap(), s["label"].as_str().unwrap()))
        .collect();
    assert!(got.contains(&("Velnor Dynamics", "institution")), "{got:?}");
    assert!(got.contains(&("port vela", "place")), "{got:?}");
    assert_eq!(spans[0]["id"], "velnor");
}
