//! The `factspan` command: `cargo install --path . --features cli`.
//!
//! The same program as the example extractor (`examples/extract.rs`): both
//! include `cli/mod.rs`. Run `factspan --help` for its options.

#[path = "../../cli/mod.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main("factspan")
}
