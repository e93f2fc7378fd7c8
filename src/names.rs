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
    /// Words usually written in lower case; lower case.
    pub(crate) common: HashSet<Box<str>>,
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
            common: lines(defaults::COMMON_WORDS),
        }
    }

    /// True if `word` (any case) is a word usually written in lower case.
    pub(crate) fn is_common(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        if word.len() > buf.len() || !word.is_ascii() {
            return false;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| self.common.contains(w))
    }
}
