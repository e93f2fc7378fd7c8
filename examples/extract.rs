//! The example extractor: prints the spans of text files (JSON Lines by
//! default; TSV, one line per document, or an HTML page with `--format`).
//!
//! ```text
//! cargo run --release --example extract -- [OPTIONS] [PATH...]
//! ```
//!
//! The same program as the `factspan` command (`cargo install --path .
//! --features cli`): both include `cli/mod.rs`, which documents the
//! options, the inputs and the exit codes. Run it with `--help`.

#[path = "../cli/mod.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main("extract")
}
