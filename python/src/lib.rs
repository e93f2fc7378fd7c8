//! Python bindings of factspan: the extension module `factspan._native`,
//! which the pure-Python package `factspan` re-exports.
//!
//! The binding is thin: an [`extractor::PyExtractor`] owns a
//! `factspan::Extractor` and runs it with the interpreter released (on all
//! cores for batches); a [`span::PySpan`] owns one `factspan::Span` and
//! builds its Python fields from the span's serde serialization on first
//! use, so fields added to the crate's output contract show up here without
//! a change to this crate.

use pyo3::prelude::*;

mod errors;
mod extractor;
mod pools;
mod span;

/// The extension module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<extractor::PyExtractor>()?;
    m.add_class::<extractor::Pipe>()?;
    m.add_class::<span::PySpan>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
