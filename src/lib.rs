#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod calendar;
mod claims;
mod defaults;
pub mod error;
pub mod extractor;
pub mod gazetteer;
mod link;
mod names;
pub mod normalize;
pub mod numbers;
mod resolve;
mod rules;
pub mod spacy;
pub mod span;
pub mod tokenize;
mod trie;
mod word_table;

pub use calendar::Date;
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder, LabelSet, Options, Spans};
pub use gazetteer::{Entry, Gazetteer, GazetteerBuilder};
pub use span::{
    Claim, DateKind, DateValue, Detail, Entity, Label, Metonymy, OffsetMap, Qualifier, Quantity,
    QuantityKind, Record, Span,
};
