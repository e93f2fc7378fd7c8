#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod calendar;
mod claims;
mod defaults;
mod english;
pub mod error;
pub mod extractor;
pub mod gazetteer;
mod link;
mod names;
pub mod normalize;
pub mod numbers;
pub mod quantities;
mod resolve;
mod rules;
pub mod span;
mod syntax;
pub mod tokenize;
mod trie;
pub mod units;
mod word_table;

pub use calendar::Date;
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder, LabelSet, Options, Spans};
pub use gazetteer::{Entry, Gazetteer, GazetteerBuilder};
pub use span::{
    Claim, DateKind, DateValue, Detail, Entity, Label, Metonymy, OffsetMap, Qualifier, Quantity,
    QuantityKind, Record, Span,
};
