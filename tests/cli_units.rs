//! The command line's own unit tests (line ends, lossy offsets, nested
//! highlights, JSON documents). `cli/` is the source of the example
//! extractor and of the `factspan` binary; including it here runs its
//! `#[cfg(test)]` modules with `cargo test`, while `cargo test` still builds
//! the example extractor as a plain binary for the tests that run it.

#[allow(dead_code)]
#[path = "../cli/mod.rs"]
mod cli;
