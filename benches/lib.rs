//! Nothing to use: this package holds factspan's criterion benches
//! (`pipeline.rs`, `numbers.rs`), apart from the library so that building
//! the library or its example extractor never compiles criterion.
//!
//! ```text
//! cargo bench -p factspan-benches                 # both, timed
//! cargo bench -p factspan-benches -- --test       # each bench once (CI)
//! ```
