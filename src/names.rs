//! The lexicon the rules consult: every closed word list of
//! [`rules::words`](crate::rules::words) and the embedded given names,
//! surnames, titles and common words, folded into one table from a
//! lower-case word to its classes (a bit set), so that one lookup per token
//! answers every "is this word a …?" question.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::defaults;
use crate::rules::words::{self, class};

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

/// Packs a word of one to eight bytes into an integer (distinct words give
/// distinct integers: words hold no NUL byte).
#[inline]
fn pack(word: &[u8]) -> Option<u64> {
    if word.is_empty() || word.len() > 8 || word.contains(&0) {
        return None;
    }
    let mut b = [0u8; 8];
    b[..word.len()].copy_from_slice(word);
    Some(u64::from_le_bytes(b))
}

/// Lower-case word → classes, and the multi-word titles.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameLists {
    /// Keyed by the lower-case word's bytes (no UTF-8 check on lookup).
    words: HashMap<Box<[u8]>, u32, FxBuild>,
    /// Words of at most eight bytes, packed into an integer: no string
    /// compare on lookup, and most words are short.
    short: HashMap<u64, u32, FxBuild>,
    /// Titles, lower case (`prime minister`, `first deputy prime minister`).
    titles: HashSet<Box<str>, FxBuild>,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl NameLists {
    fn mark(&mut self, word: &str, bits: u32) {
        let key = word.to_lowercase().into_bytes();
        match pack(&key) {
            Some(k) => *self.short.entry(k).or_default() |= bits,
            None => *self.words.entry(key.into_boxed_slice()).or_default() |= bits,
        }
    }

    /// The built-in lists.
    pub(crate) fn defaults() -> NameLists {
        let mut n = NameLists::default();
        for (list, bits) in words::CLASSED_LISTS {
            for w in *list {
                n.mark(w, *bits);
            }
        }
        for w in lines(defaults::FIRST_NAMES) {
            n.mark(w, class::FIRST_NAME);
        }
        for w in lines(defaults::SURNAMES) {
            n.mark(w, class::SURNAME);
        }
        for w in lines(defaults::COMMON_WORDS) {
            n.mark(w, class::COMMON);
        }
        for t in lines(defaults::TITLES) {
            let t = t.to_lowercase();
            // `St Louis`, `San Diego`: saints name places far more often.
            if matches!(t.as_str(), "st" | "st." | "saint" | "san" | "santa" | "sao") {
                continue;
            }
            if let Some(last) = t.split(' ').next_back() {
                n.mark(last, class::TITLE_END);
            }
            n.titles.insert(t.into_boxed_str());
        }
        for h in words::HONORIFICS {
            n.mark(h, class::TITLE_END);
            n.titles.insert((*h).into());
        }
        n
    }

    /// The classes of `word`, any case (0 for words of more than 32 bytes).
    pub(crate) fn classes(&self, word: &str) -> u32 {
        let mut buf = [0u8; 32];
        if word.len() > buf.len() {
            return 0;
        }
        if word.is_ascii() {
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return match pack(lower) {
                Some(k) => self.short.get(&k).copied().unwrap_or(0),
                None => self.words.get(&*lower).copied().unwrap_or(0),
            };
        }
        let lower = word.to_lowercase();
        match pack(lower.as_bytes()) {
            Some(k) => self.short.get(&k).copied().unwrap_or(0),
            None => self.words.get(lower.as_bytes()).copied().unwrap_or(0),
        }
    }

    /// True if `word` (any case) is usually written in lower case.
    pub(crate) fn is_common(&self, word: &str) -> bool {
        self.classes(word) & class::COMMON != 0
    }

    /// True if `phrase` (lower case, words separated by one space) is a title.
    pub(crate) fn is_title(&self, phrase: &str) -> bool {
        self.titles.contains(phrase)
    }
}
