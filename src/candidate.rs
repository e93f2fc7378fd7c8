//! Candidates: spans on their way to the output, as the gazetteer, the
//! rules and the numeric layer propose them and the resolver
//! ([`crate::resolve`]) chooses among them. A module of its own so that the
//! rules and the resolver both read it without reading each other.

use crate::span::Label;

/// Where a candidate's detail comes from; details are made only for the
/// candidates that win.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// A rule: an entity with no canonical name yet.
    Rule,
    /// A gazetteer meaning (index into the gazetteer's meanings).
    Meaning(u32),
    /// A date or quantity span (index into the numeric spans).
    Numeric(u32),
}

/// A span on its way to the output, with what decides between rivals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) label: Label,
    /// Higher wins among candidates of equal length.
    pub(crate) priority: u8,
    pub(crate) source: Source,
}
