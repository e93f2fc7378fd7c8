//! The `factspan` binary (built with `--features cli`) is the example
//! extractor under another name: same output, messages named `factspan`.
//!
//! ```text
//! cargo test --features cli --test bin
//! ```
#![cfg(feature = "cli")]

mod common;

use std::process::Command;

#[test]
fn the_binary_prints_what_the_example_prints() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/sample.txt");
    let bin = Command::new(env!("CARGO_BIN_EXE_factspan"))
        .args(["--format", "tsv", sample])
        .output()
        .unwrap();
    let example = Command::new(common::extract_bin())
        .args(["--format", "tsv", sample])
        .output()
        .unwrap();
    assert_eq!(bin.status.code(), Some(0));
    assert!(bin.stdout.starts_with(b"doc\tstart\tend\ttext\tlabel"));
    assert_eq!(bin.stdout, example.stdout);
    let bad = Command::new(env!("CARGO_BIN_EXE_factspan"))
        .args(["--labels", "thing", sample])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).starts_with("factspan: unknown label \"thing\""));
}
