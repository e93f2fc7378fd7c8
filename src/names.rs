//! The lexicon the rules consult: every closed word list of
//! [`rules::words`](crate::rules::words) and the embedded given names,
//! surnames, titles and common words, folded into one table from a
//! lower-case word to its classes (a bit set), so that one lookup per token
//! answers every "is this word a …?" question.

use std::hash::{BuildHasherDefault, Hasher};

use crate::defaults;
use crate::rules::words::{self, class};
use crate::word_table::{WordTable, word_key};

/// A fast non-cryptographic hasher for short words (the Fx hash of rustc).
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// Lower-case word → classes, and the multi-word titles.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameLists {
    table: WordTable,
    /// Titles (`prime minister`, `first deputy prime minister`), any case.
    titles: WordTable,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Gathers words (as their hashes) and their classes before the table is
/// made: no copy of a word is kept.
#[derive(Default)]
struct Marks {
    hashed: Vec<(u64, u32)>,
    lower: String,
}

impl Marks {
    fn mark(&mut self, word: &str, bits: u32) {
        let hash = if word.is_ascii() {
            // The hash lowers ASCII letters itself.
            word_key(word.as_bytes())
        } else {
            self.lower.clear();
            self.lower.extend(word.chars().flat_map(char::to_lowercase));
            word_key(self.lower.as_bytes())
        };
        self.hashed.push((hash, bits));
    }
}

impl NameLists {
    /// The built-in lists.
    pub(crate) fn defaults() -> NameLists {
        let mut n = NameLists::default();
        let mut m = Marks {
            hashed: Vec::with_capacity(100_000),
            ..Marks::default()
        };
        let mut titles: Vec<Box<str>> = Vec::new();
        for (list, bits) in words::CLASSED_LISTS {
            for w in *list {
                m.mark(w, *bits);
            }
        }
        for w in lines(defaults::FIRST_NAMES) {
            m.mark(w, class::FIRST_NAME);
        }
        for w in lines(defaults::SURNAMES) {
            m.mark(w, class::SURNAME);
        }
        for w in lines(defaults::COMMON_WORDS) {
            m.mark(w, class::COMMON);
        }
        for t in lines(defaults::TITLES) {
            let t = t.to_lowercase();
            // `St Louis`, `San Diego`: saints name places far more often.
            if matches!(t.as_str(), "st" | "st." | "saint" | "san" | "santa" | "sao") {
                continue;
            }
            if let Some(last) = t.split(' ').next_back() {
                m.mark(last, class::TITLE_END);
            }
            if let Some(first) = t.split(' ').next() {
                m.mark(first, class::TITLE_START);
            }
            titles.push(t.into_boxed_str());
        }
        for h in words::HONORIFICS {
            m.mark(h, class::TITLE_END | class::TITLE_START);
            titles.push((*h).into());
        }
        titles.sort_unstable();
        titles.dedup();
        n.table = WordTable::from_hashed(m.hashed);
        n.titles = WordTable::new(titles.iter().map(|t| (t.as_bytes(), 1)));
        n
    }

    /// The classes of `word`, any case.
    pub(crate) fn classes(&self, word: &str) -> u32 {
        if word.is_ascii() {
            return self.table.get(word.as_bytes());
        }
        let lower: String = word.chars().flat_map(char::to_lowercase).collect();
        self.table.get(lower.as_bytes())
    }

    /// True if `phrase` (words separated by one space, ASCII letters in
    /// any case) is a title.
    pub(crate) fn is_title(&self, phrase: &[u8]) -> bool {
        self.titles.get(phrase) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_any_case_one_space_apart() {
        let n = NameLists::defaults();
        assert!(n.is_title(b"prime minister"));
        assert!(n.is_title(b"Prime Minister"));
        assert!(n.is_title(b"FIRST DEPUTY PRIME MINISTER"));
        assert!(n.is_title(b"Mr"));
        assert!(!n.is_title(b"prime  minister"));
        assert!(!n.is_title(b"minister prime"));
        // Saints name places: `St Louis` is no title.
        assert!(!n.is_title(b"St"));
    }

    #[test]
    fn every_title_starts_and_ends_in_a_marked_word() {
        // The people rules look a phrase up only between such words: a
        // title missing a mark would never be found.
        let n = NameLists::defaults();
        let titles = lines(defaults::TITLES).map(str::to_lowercase);
        let honorifics = words::HONORIFICS.iter().map(|h| h.to_string());
        let mut checked = 0;
        for t in titles.chain(honorifics) {
            if !n.is_title(t.as_bytes()) {
                continue; // left out on purpose (`St`, `San`)
            }
            let first = t.split(' ').next().unwrap_or("");
            let last = t.split(' ').next_back().unwrap_or("");
            assert_ne!(n.classes(first) & class::TITLE_START, 0, "{t}");
            assert_ne!(n.classes(last) & class::TITLE_END, 0, "{t}");
            checked += 1;
        }
        assert!(checked > 100, "only {checked} titles");
        // A word that only ends titles (`Minister for Foreign Affairs`).
        assert_ne!(n.classes("affairs") & class::TITLE_END, 0);
        assert_eq!(n.classes("affairs") & class::TITLE_START, 0);
        assert_ne!(n.classes("Prime") & class::TITLE_START, 0);
    }

    #[test]
    fn lookups_ignore_case_and_miss_unknown_words() {
        let mut m = Marks::default();
        m.mark("Minister", class::TITLE_END);
        m.mark("said", class::SPEECH);
        m.mark("Émile", class::FIRST_NAME);
        m.mark("international", class::COMMON);
        m.mark("said", class::COMMON);
        let n = NameLists {
            table: WordTable::from_hashed(m.hashed),
            titles: WordTable::default(),
        };
        assert_eq!(n.classes("minister"), class::TITLE_END);
        assert_eq!(n.classes("MINISTER"), class::TITLE_END);
        assert_eq!(n.classes("Said"), class::SPEECH | class::COMMON);
        assert_eq!(n.classes("ÉMILE"), class::FIRST_NAME);
        assert_eq!(n.classes("émile"), class::FIRST_NAME);
        // Longer than eight bytes: two chunks.
        assert_eq!(n.classes("INTERNATIONAL"), class::COMMON);
        assert_eq!(n.classes("internationa"), 0);
        assert_eq!(n.classes("ministers"), 0);
        assert_eq!(n.classes(""), 0);
        assert_eq!(NameLists::default().classes("said"), 0);
    }
}
