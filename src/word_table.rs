//! A compact table from words to small bit sets, ASCII case ignored.
//!
//! The rules ask "which classes has this word?" for most capitalised tokens
//! and "is this a title?" of a few words, and the gazetteer asks "may a key
//! start with this word?" of lower-case ones; all of them ask it of words
//! in the text, in any case, without making a lower-case copy. This table
//! answers with one hash and, usually, one cache line. (The hash of a
//! word's bytes as they are also serves the trie's table of first words.)

/// Lower-cases the ASCII letters of eight bytes at once (other bytes,
/// UTF-8 ones included, stay as they are).
#[inline]
fn ascii_lower8(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = v & !HIGH;
    // High bit set where a byte is >= 'A', and where it is > 'Z'.
    let ge_a = low7 + ONES * (0x80 - b'A' as u64);
    let gt_z = low7 + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = ge_a & !gt_z & !v & HIGH;
    v | (upper >> 2)
}

/// The 128-bit product of `a` and `b`, its halves folded together: every
/// bit of the result depends on every bit of both (a plain 64-bit multiply
/// carries differences only upwards, and words that differ in one late byte
/// then collide).
#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

/// The hash of a word's ASCII lower case by the general loop, 8 bytes at a
/// time (the last chunk zero-padded, the length mixed in first), lowering
/// letters on the fly: no copy is made. The lexicon merges its entries in
/// this order; tables key words by [`word_key`].
#[inline]
pub(crate) fn hash_word(word: &[u8]) -> u64 {
    const K1: u64 = 0x9e37_79b9_7f4a_7c15;
    const K2: u64 = 0xbf58_476d_1ce4_e5b9;
    let mut h = fold_mul(word.len() as u64 ^ K2, K1);
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = fold_mul(h ^ ascii_lower8(v), K1);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut v = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            v |= u64::from(b) << (8 * k);
        }
        h = fold_mul(h ^ ascii_lower8(v), K1);
    }
    fold_mul(h, K2)
}

/// Up to eight bytes of a word as one `u64`, read with at most two loads:
/// words of 4 to 8 bytes as their first and last four bytes (overlapping),
/// shorter ones as their first, middle and last byte. Given the length,
/// every byte lands somewhere, so distinct words stay distinct.
#[inline]
fn short_word(w: &[u8]) -> u64 {
    if let (Some(a), Some(b)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*a)) | u64::from(u32::from_le_bytes(*b)) << 32
    } else if let (Some(&a), Some(&b)) = (w.first(), w.last()) {
        let mid = w.get(w.len() / 2).copied().unwrap_or(a);
        u64::from(a) | u64::from(mid) << 8 | u64::from(b) << 16
    } else {
        0
    }
}

/// The key of a word's ASCII lower case in a [`WordTable`] and in the
/// lexicon: the bytes are read eight at a time (the last eight overlapping
/// the chunk before them; words under eight bytes by [`short_word`]) and
/// lowered on the fly, with no copy. Both the low bits (a slot) and the
/// high bits (a fingerprint) depend on every byte. It does what
/// [`hash_word`] does, with no loop over the last bytes: every word of a
/// text that the rules or the claims ask about is hashed here.
#[inline(always)]
pub(crate) fn word_key(w: &[u8]) -> u64 {
    key::<true>(w)
}

/// [`word_key`], with `LOWER` false: of the word's bytes as they are.
#[inline(always)]
fn key<const LOWER: bool>(w: &[u8]) -> u64 {
    const K1: u64 = 0x9e37_79b9_7f4a_7c15;
    const K2: u64 = 0xbf58_476d_1ce4_e5b9;
    let fold = |v: u64| if LOWER { ascii_lower8(v) } else { v };
    let mut h = (w.len() as u64 ^ K2).wrapping_mul(K1);
    if let Some(last) = w.last_chunk::<8>() {
        let mut chunks = w.chunks_exact(8);
        for c in &mut chunks {
            let c = c.first_chunk::<8>().copied().unwrap_or_default();
            h = fold_mul(h ^ fold(u64::from_le_bytes(c)), K1);
        }
        if !chunks.remainder().is_empty() {
            h = fold_mul(h ^ fold(u64::from_le_bytes(*last)), K1);
        }
    } else {
        h = fold_mul(h ^ fold(short_word(w)), K1);
    }
    fold_mul(h, K2)
}

/// The key of a word's bytes as they are (case kept), as [`word_key`]
/// makes it.
#[inline]
pub(crate) fn exact_hash(word: &[u8]) -> u64 {
    key::<false>(word)
}

/// Word → classes as one open-addressing table of `u64` slots: the high
/// 40 bits of the word's hash (its fingerprint, never zero) and its
/// classes in the low 24 bits. A lookup reads one slot, usually one cache
/// line, where a general hash map reads a control group and a bucket
/// holding the key; the lexicon of ~78,000 words takes 1 MiB. A word
/// agrees with another on slot and fingerprint with odds of about 2^-57,
/// so a word absent from the lists reads as absent.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordTable {
    slots: Box<[u64]>,
    mask: usize,
}

const CLASS_BITS: u32 = 24;
const CLASS_MASK: u64 = (1 << CLASS_BITS) - 1;

impl WordTable {
    /// A table of `words` (distinct, lower case) with their classes (at
    /// most 24 bits).
    pub(crate) fn new<'w>(words: impl Iterator<Item = (&'w [u8], u32)>) -> WordTable {
        Self::from_hashed(words.map(|(w, c)| (word_key(w), c)).collect())
    }

    /// A table of words given by their [`word_key`] keys, with their
    /// classes; the classes of a word given more than once are merged.
    pub(crate) fn from_hashed(mut words: Vec<(u64, u32)>) -> WordTable {
        words.sort_unstable_by_key(|w| w.0);
        words.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                first.1 |= later.1;
            }
            same
        });
        // At most three slots in four full: probes stay short (a probe
        // reads the next slot, mostly in the same cache line).
        let size = (words.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let mut slots = vec![0u64; size].into_boxed_slice();
        let mask = size - 1;
        for (h, classes) in words {
            debug_assert!(u64::from(classes) <= CLASS_MASK);
            let tag = Self::tag(h);
            let mut i = h as usize & mask;
            loop {
                if slots[i] == 0 {
                    slots[i] = tag | u64::from(classes);
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        WordTable { slots, mask }
    }

    #[inline]
    fn tag(h: u64) -> u64 {
        // Never zero: zero marks an empty slot.
        (h & !CLASS_MASK) | (1 << CLASS_BITS)
    }

    /// The classes of `word`, whose ASCII letters may be in any case (0 if
    /// absent).
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> u32 {
        if self.slots.is_empty() {
            return 0;
        }
        let h = word_key(word);
        let tag = Self::tag(h);
        let mut i = h as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return 0;
            }
            if s & !CLASS_MASK == tag {
                return (s & CLASS_MASK) as u32;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lower8_lowers_only_ascii_capitals() {
        // Every byte value in every lane.
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = *b"aZ@[`{\xc3\x89";
                bytes[lane] = b;
                let mut want = bytes;
                want.make_ascii_lowercase();
                let got = ascii_lower8(u64::from_le_bytes(bytes)).to_le_bytes();
                assert_eq!(got, want, "byte {b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn similar_words_do_not_collide() {
        // Words that differ in one late byte, or only in length, are what a
        // weak hash confuses: none of these may share a full hash.
        let mut words: Vec<String> = (0..200_000).map(|i| format!("Name{i}")).collect();
        words.extend((0..100_000).map(|i| format!("{i:08}")));
        words.extend((0..64).map(|n| "a".repeat(n)));
        words.extend((1..64).map(|n| "\0".repeat(n)));
        let mut hashes: Vec<u64> = words.iter().map(|w| exact_hash(w.as_bytes())).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len());
        let mut lower: Vec<u64> = words.iter().map(|w| hash_word(w.as_bytes())).collect();
        lower.sort_unstable();
        lower.dedup();
        assert_eq!(lower.len(), words.len());
        let mut keys: Vec<u64> = words.iter().map(|w| word_key(w.as_bytes())).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), words.len());
        // Short words of every length up to 12, in any case, keep apart.
        let short: Vec<String> = (0..20_000).map(|i| format!("{i:x}q")).collect();
        let mut keys: Vec<u64> = short.iter().map(|w| word_key(w.as_bytes())).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), short.len());
        assert_eq!(word_key(b"MiNiStEr"), word_key(b"minister"));
        assert_eq!(word_key(b"ABC"), word_key(b"abc"));
    }

    #[test]
    fn any_case_and_long_words() {
        let words: [(&[u8], u32); 3] = [
            (b"minister", 1),
            (b"international", 2),
            (b"\xc3\xa9mile", 4),
        ];
        let t = WordTable::new(words.into_iter());
        assert_eq!(t.get(b"MINISTER"), 1);
        assert_eq!(t.get(b"International"), 2);
        assert_eq!(t.get(b"internationa"), 0);
        assert_eq!(t.get("émile".as_bytes()), 4);
        assert_eq!(t.get(b""), 0);
        assert_eq!(WordTable::default().get(b"minister"), 0);
    }
}
