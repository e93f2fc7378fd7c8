//! The default gazetteers, embedded in the crate.
//!
//! Generated from open data by `tools/gazbuild` (see
//! `gazetteers/SOURCES.md` for provenance, licences and counts) and compiled
//! once per process on first use.

use crate::span::Label;

/// An embedded list: its file name, label and TSV text.
pub(crate) struct DefaultList {
    pub(crate) file: &'static str,
    pub(crate) label: Label,
    pub(crate) text: &'static str,
}

/// The default entity lists, in priority order for names on several lists.
pub(crate) const LISTS: &[DefaultList] = &[
    DefaultList {
        file: "gazetteers/places.tsv",
        label: Label::Place,
        text: include_str!("../gazetteers/places.tsv"),
    },
    DefaultList {
        file: "gazetteers/people.tsv",
        label: Label::Person,
        text: include_str!("../gazetteers/people.tsv"),
    },
    DefaultList {
        file: "gazetteers/institutions.tsv",
        label: Label::Institution,
        text: include_str!("../gazetteers/institutions.tsv"),
    },
    DefaultList {
        file: "gazetteers/groups.tsv",
        label: Label::Group,
        text: include_str!("../gazetteers/groups.tsv"),
    },
];

/// Given names, one per line (for the person rules).
pub(crate) const FIRST_NAMES: &str = include_str!("../gazetteers/first_names.txt");
/// Surnames, one per line (for the person rules).
pub(crate) const SURNAMES: &str = include_str!("../gazetteers/surnames.txt");
/// Titles and roles written before names (`President`, `Mr`).
pub(crate) const TITLES: &str = include_str!("../gazetteers/titles.txt");
/// Words usually written in lower case (a capitalised one at the start of
/// a sentence is not a name).
pub(crate) const COMMON_WORDS: &str = include_str!("../gazetteers/common_words.txt");
