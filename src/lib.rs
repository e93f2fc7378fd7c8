//! factspan finds **people, places, institutions, national groups, dates and
//! numeric claims** in English news text and returns typed byte spans. It is
//! rule- and gazetteer-driven (a tokenizer, one gazetteer matcher over the
//! tokens, pattern rules, a resolver): no model, no network; the default
//! lists are embedded in the crate.
//!
//! # Three ways in
//!
//! * **The library**: [`Extractor`] (this page).
//! * **The command line**: the example extractor,
//!   `cargo run --release --example extract -- FILES`, or the same program
//!   installed as `factspan` (`cargo install --path . --features cli`). It
//!   prints JSON Lines, TSV, a line per document or an HTML page; see the
//!   README's "The command line".
//! * **The evaluation tool**: `cargo run --release --example evaluate --
//!   FILE...` scores the extractor on CoNLL files or JSON Lines gold files of
//!   the output contract below.
//!
//! # Extracting
//!
//! [`Extractor::default`] compiles the built-in gazetteers once per process
//! and shares them; an extractor is immutable, `Send + Sync` and cheap to
//! clone. [`Extractor::extract`] never panics and returns spans sorted by
//! `start`, not overlapping, with byte offsets on char boundaries.
//!
//! ```
//! use factspan::{Extractor, Label};
//! let text = "The health ministry said nearly 700 people had been injured in Bishkek.";
//! let spans = Extractor::default().extract(text);
//! let found: Vec<(&str, Label)> = spans.iter().map(|s| (s.text(text), s.label)).collect();
//! assert!(found.contains(&("nearly 700 people", Label::Quantity)));
//! assert!(found.contains(&("Bishkek", Label::Place)));
//! ```
//!
//! Many documents: [`Extractor::extract_batch`] (on all cores with the
//! default `rayon` feature, order kept). A long text: [`Extractor::spans`],
//! an iterator made one 1 MiB window at a time (bounded memory), or
//! [`Extractor::spans_on_all_cores`]. A date per document (to resolve
//! `yesterday`, `Monday`): [`Extractor::extract_with`] and [`Options`].
//!
//! ```
//! use factspan::{Extractor, Options};
//! let text = "Talks ended yesterday.";
//! let options = Options::with_date("2020-10-07".parse()?);
//! let spans = Extractor::default().extract_with(text, &options);
//! assert_eq!(spans[0].date().unwrap().resolved.as_deref(), Some("2020-10-06"));
//! # Ok::<(), factspan::Error>(())
//! ```
//!
//! # The builder
//!
//! [`Extractor::builder`] adds your lists and options. Each setter takes the
//! builder and returns it: chain them, or keep the builder in a variable.
//!
//! ```
//! use factspan::{Extractor, Label};
//! let mut b = Extractor::builder()
//!     // A TSV list (see the `gazetteer` module for the format)...
//!     .gazetteer_tsv("mine.tsv", "name\tlabel\tcanonical\tid\nAcme Mining|Acme\tinstitution\tAcme Mining Ltd\tlei:123\n")
//!     // ...only these labels...
//!     .labels([Label::Institution, Label::Quantity]);
//! // ...and the documents' date, for `Monday` or `last year`.
//! b = b.document_date(2020, 10, 7);
//! let ex = b.build()?;
//! let text = "Acme said it would cut 300 jobs.";
//! let spans = ex.extract(text);
//! assert_eq!(spans[0].entity().unwrap().canonical.as_deref(), Some("Acme Mining Ltd"));
//! assert_eq!(spans[1].text(text), "300 jobs");
//! # Ok::<(), factspan::Error>(())
//! ```
//!
//! The other setters: [`gazetteer_file`](ExtractorBuilder::gazetteer_file)
//! (a TSV file; errors name the file and line),
//! [`spacy_patterns_file`](ExtractorBuilder::spacy_patterns_file) (spaCy
//! EntityRuler patterns, see [`spacy`]), [`entry`](ExtractorBuilder::entry)
//! (one [`Entry`]), [`default_gazetteers`](ExtractorBuilder::default_gazetteers)
//! and [`without_default`](ExtractorBuilder::without_default) (leave out the
//! built-in lists), [`rules`](ExtractorBuilder::rules) (gazetteer matches
//! only). Without any entity label, the entity lists are not compiled and
//! the extractor builds in milliseconds:
//!
//! ```
//! use factspan::{Extractor, Label};
//! let numbers = Extractor::builder().labels([Label::Quantity]).build()?;
//! assert!(numbers.gazetteer().is_empty());
//! let text = "About 40% of the 2,000 workers left.";
//! assert_eq!(numbers.extract(text).len(), 2);
//! # Ok::<(), factspan::Error>(())
//! ```
//!
//! # The output contract
//!
//! A [`Span`] is `start`, `end` (UTF-8 byte offsets; [`OffsetMap`] converts
//! them to char or UTF-16 offsets), a [`Label`] and a [`Detail`]: an
//! [`Entity`] (`canonical` name, `id`, `ref` to an earlier mention,
//! `metonymy`), a [`Quantity`] or a [`DateValue`]. It serializes with serde
//! to one flat JSON object; [`Span::record`] adds `doc` and `text`, which is
//! what the command line prints:
//!
//! ```text
//! {"doc":"a.txt","start":84,"end":105,"text":"At least 5,000 people","label":"quantity","value":5000,"qualifier":"at_least","unit":"people","kind":"count","claim":{"predicate":"gathered","source":"interior ministry"}}
//! ```
//!
//! Fields that do not apply are left out; the README's "Output contract"
//! lists every field. Spans follow CoNLL conventions: titles and a
//! possessive `'s` are outside a name; a quantity covers qualifier, number
//! and counted noun.
//!
//! ## Labels
//!
//! [`Label`] serializes as its lower-case name and parses the common
//! synonyms:
//!
//! ```
//! use factspan::Label;
//! assert_eq!(Label::parse("ORG"), Some(Label::Institution));
//! assert_eq!(serde_json::to_string(&Label::Place).unwrap(), "\"place\"");
//! ```
//!
//! ## Quantities and claims
//!
//! A [`Quantity`] has a value (or a range: `low`, `high`; a match score:
//! `score`), a unit (the counted noun, possibly `unit_inferred` from the
//! text before it, or a unit such as `USD`, `percent`, `km`, `°C`), a
//! [`Qualifier`] and a [`QuantityKind`]; a measure also carries its value in
//! the SI base unit (`si_value`, `si_unit`). Its [`Claim`] says what the
//! sentence asserts about it: the predicate as written and its lemma, and
//! where found the subject, the source (with `*_ref`, the index of their
//! entity span), a hedge, a negation and the date span of the clause.
//!
//! ```
//! use factspan::{Extractor, QuantityKind};
//! let text = "The ship carried 48,500 metric tonnes of grain.";
//! let spans = Extractor::default().extract(text);
//! let q = spans.iter().find_map(|s| s.quantity()).unwrap();
//! assert_eq!((q.value, q.kind, q.unit.as_deref()), (48_500.0, QuantityKind::Measure, Some("tonne")));
//! assert_eq!((q.si_value, q.si_unit.as_deref()), (Some(48_500_000.0), Some("kg")));
//! assert_eq!(q.claim.as_ref().unwrap().lemma, "carry");
//! ```
//!
//! ```
//! use factspan::{Extractor, Qualifier, QuantityKind};
//! let text = "Police said at least 5,000 people gathered in the square.";
//! let spans = Extractor::default().extract(text);
//! let q = spans.iter().find_map(|s| s.quantity()).unwrap();
//! assert_eq!((q.value, q.qualifier, q.kind), (5000.0, Qualifier::AtLeast, QuantityKind::Count));
//! assert_eq!(q.unit.as_deref(), Some("people"));
//! let claim = q.claim.as_ref().unwrap();
//! assert_eq!(claim.predicate, "gathered");
//! assert_eq!(claim.source.as_deref(), Some("Police"));
//! ```
//!
//! # The pieces alone
//!
//! [`tokenize::tokenize`], [`Gazetteer::builder`], [`normalize::fold`],
//! [`numbers::parse_number`], [`numbers::find_numbers`],
//! [`units::longest_unit`] and [`quantities::quantities`] (quantities and
//! dates without the rest of the pipeline; claims come from
//! [`Extractor::extract`]) work on their own.
//!
//! # Debug builds
//!
//! In a debug build of your program the extractor runs many times slower
//! than in release. To keep your own code unoptimised but factspan fast:
//!
//! ```toml
//! [profile.dev.package.factspan]
//! opt-level = 3
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod calendar;
mod candidate;
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
pub mod spacy;
pub mod span;
mod starts;
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
