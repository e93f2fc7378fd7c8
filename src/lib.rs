//! factspan: people, places, institutions, dates and numeric claims in
//! English news text, as typed byte spans.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod claims;
pub mod numbers;
mod rules;
pub mod span;
pub mod tokenize;

pub use span::{
    Claim, DateKind, DateValue, Detail, Entity, Label, Metonymy, OffsetMap, Qualifier, Quantity,
    QuantityKind, Record, Span,
};
