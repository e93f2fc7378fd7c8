//! Word lists the person rules consult: given names, surnames and titles.

use std::collections::HashSet;

use crate::defaults;

/// Given names, surnames and titles, each looked up by exact text.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameLists {
    pub(crate) first_names: HashSet<Box<str>>,
    pub(crate) surnames: HashSet<Box<str>>,
    /// Lower case.
    pub(crate) titles: HashSet<Box<str>>,
}

fn lines(text: &str) -> HashSet<Box<str>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(Box::from)
        .collect()
}

impl NameLists {
    /// The built-in lists.
    pub(crate) fn defaults() -> NameLists {
        NameLists {
            first_names: lines(defaults::FIRST_NAMES),
            surnames: lines(defaults::SURNAMES),
            titles: lines(&defaults::TITLES.to_ascii_lowercase()),
        }
    }
}
