//! The example extractor as a process: output, errors and exit codes.
//!
//! `cargo test` builds the examples, so the binary sits next to the test
//! executable's folder.

mod common;

use common::extract_bin;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factspan-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&Path]) -> (String, String, i32) {
    let out = Command::new(extract_bin()).args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn bad_file_among_good_ones() {
    let dir = temp_dir("bad");
    let a = dir.join("a.txt");
    let bad = dir.join("bad.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "Talks in Bishkek.").unwrap();
    std::fs::write(&bad, b"Z\xfcrich in Latin-1").unwrap();
    std::fs::write(&b, "Putin spoke.").unwrap();
    let (stdout, stderr, code) = run(&[&a, &bad, &b]);
    assert_eq!(code, 1, "exit code says something failed");
    assert!(
        stderr.contains(&bad.display().to_string()),
        "stderr names the file: {stderr}"
    );
    assert!(stderr.contains("UTF-8"), "stderr says why: {stderr}");
    let docs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = docs.iter().map(|v| v["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        ["Bishkek", "Putin"],
        "the good files are still processed"
    );
    assert_eq!(docs[0]["doc"], a.display().to_string());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn lossy_accepts_bad_bytes() {
    let dir = temp_dir("lossy");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Z\xfcrich and Bishkek").unwrap();
    let out = Command::new(extract_bin())
        .arg("--lossy")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let line = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    assert_eq!(v["text"], "Bishkek");
    // Offsets count the file's bytes: "Z", the bad byte, "rich and " (the
    // U+FFFD standing for the bad byte in `text` takes 3 bytes there).
    assert_eq!(
        (v["start"].as_u64(), v["end"].as_u64()),
        (Some(11), Some(18))
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn lines_mode_and_directories() {
    let dir = temp_dir("lines");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("sub/news.txt"),
        "No names here.\nPutin and Bishkek.\n",
    )
    .unwrap();
    std::fs::write(dir.join("skip.md"), "Putin").unwrap();
    let out = Command::new(extract_bin())
        .arg("--lines")
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let doc = format!("{}:2", dir.join("sub/news.txt").display());
    assert_eq!(rows.len(), 2, "{stdout}");
    assert!(rows.iter().all(|r| r["doc"] == doc.as_str()));
    assert_eq!(
        (rows[0]["start"].as_u64(), rows[0]["end"].as_u64()),
        (Some(0), Some(5))
    );
    assert_eq!(
        (rows[1]["start"].as_u64(), rows[1]["text"].as_str()),
        (Some(10), Some("Bishkek"))
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_file_and_stdin() {
    let dir = temp_dir("stdin");
    let missing = dir.join("nope.txt");
    let mut child = Command::new(extract_bin())
        .arg(&missing)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"Beijing").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&missing.display().to_string()));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(r#""doc":"-","start":0,"end":7,"text":"Beijing""#),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_gazetteer_is_reported_with_line() {
    let dir = temp_dir("gaz");
    let g = dir.join("list.tsv");
    std::fs::write(&g, "name\tlabel\nAcme\tcompany\n").unwrap();
    let out = Command::new(extract_bin())
        .arg("--gazetteer")
        .arg(&g)
        .arg("-")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:2: unknown label", g.display())),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn parallel_output_keeps_input_order() {
    let dir = temp_dir("jobs");
    let mut paths = Vec::new();
    for i in 0..40 {
        let p = dir.join(format!("doc{i:02}.txt"));
        let body = if i % 2 == 0 {
            "Putin met Jeenbekov in Bishkek."
        } else {
            "Nearly 700 people were hurt in Beijing."
        };
        std::fs::write(&p, body).unwrap();
        paths.push(p);
    }
    let run_with = |jobs: &str| {
        let out = Command::new(extract_bin())
            .args(["--jobs", jobs])
            .arg(&dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let one = run_with("1");
    let two = run_with("2");
    assert_eq!(
        one, two,
        "two threads print what one thread prints, in the same order"
    );
    let docs: Vec<String> = one
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let mut sorted = docs.clone();
    sorted.sort();
    assert_eq!(docs, sorted, "directory entries come in sorted order");
    assert!(docs.iter().any(|d| d.ends_with("doc39.txt")));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn impossible_document_date() {
    let out = Command::new(extract_bin())
        .args(["--date", "2021-02-29", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("invalid date 2021-02-29: February 2021 has 28 days"),
        "{stderr}"
    );
}
