//! A byte trie with tails, walked one byte at a time.
//!
//! The gazetteer only ever asks "which names start here?", an anchored
//! question, so it needs no failure links: a trie answers it by walking as
//! many bytes as the longest name that fits, and building one from sorted
//! keys is a single linear pass. Where only one key is left below a node,
//! its remaining bytes are kept as a *tail* instead of a chain of nodes,
//! which keeps the trie of a few hundred thousand names small.
//!
//! A trie of that size does not fit in cache, so a step costs what it
//! reads. Each node is one record in a byte arena, in depth-first order:
//! its value and the count of its edges, then its edge bytes and its
//! children's offsets right after them (or its tail's bytes). A step reads
//! one record, usually one cache line, where separate arrays of nodes,
//! edges and tails would cost a miss each; and a node's first child, often
//! the next step (the space after a word sorts first), is the record that
//! follows it. Edge bytes are searched eight at a time, without a branch
//! per byte.

use crate::word_table::exact_hash;

/// A record's header: 1 + the value of the key ending at the node (or at
/// the end of its tail), 0 if none (4 bytes); then its edge count, or
/// [`TAIL`] and its tail's length (2 bytes).
const HEADER: usize = 6;
/// The header's mark of a tail.
const TAIL: u16 = 0x8000;
/// The longest tail a record keeps (a longer rest is split into nodes
/// until it fits).
const MAX_TAIL: usize = 0x7fff;
/// Zero bytes after the last record: an eight-byte read of edge bytes never
/// runs past the arena.
const PADDING: usize = 8;
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The compiled trie.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    /// The records, depth-first, the root's at offset 0, then padding.
    data: Vec<u8>,
    /// The root's children by byte, `u32::MAX` for none: every walk from
    /// scratch steps from the root, and most first bytes are letters.
    root: Vec<u32>,
}

/// A position in a walk: a node (its record's offset), and how far into
/// its tail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Walk {
    node: u32,
    tail_pos: u32,
}

impl Trie {
    /// Builds a trie from `(key, value)` pairs sorted by key, keys distinct.
    pub(crate) fn from_sorted(keys: &[(&[u8], u32)]) -> Trie {
        Self::build_sorted(keys, false).0
    }

    /// Builds a trie as [`from_sorted`](Self::from_sorted) does, and the
    /// table of states after the keys' first words (found while building:
    /// no second walk).
    pub(crate) fn with_first_words(keys: &[(&[u8], u32)]) -> (Trie, FirstWords) {
        let (t, runs) = Self::build_sorted(keys, true);
        (t, FirstWords::from_hashed(&runs))
    }

    fn build_sorted(keys: &[(&[u8], u32)], first_words: bool) -> (Trie, Vec<(u64, Walk)>) {
        let mut t = Trie {
            data: Vec::with_capacity(keys.len() * 16),
            root: vec![u32::MAX; 256],
        };
        let mut runs = Vec::new();
        if keys.is_empty() {
            // A lone root with no edges.
            t.push_header(0, 0);
        } else {
            let mut groups = Vec::new();
            t.build(keys, 0, first_words, &mut groups, &mut runs);
            let n = usize::from(t.info(0));
            for k in 0..n {
                t.root[usize::from(t.data[HEADER + k])] = t.read_u32(HEADER + n + 4 * k);
            }
        }
        t.data.extend_from_slice(&[0; PADDING]);
        t.data.shrink_to_fit();
        (t, runs)
    }

    fn push_header(&mut self, value: u32, info: u16) {
        self.data.extend_from_slice(&value.to_le_bytes());
        self.data.extend_from_slice(&info.to_le_bytes());
    }

    /// Builds the record for `keys` (all sharing their first `depth`
    /// bytes) and returns its offset. With `alnum` (the shared bytes are
    /// ASCII letters and digits), records in `runs` the states where such
    /// a first word ends.
    fn build(
        &mut self,
        keys: &[(&[u8], u32)],
        depth: usize,
        alnum: bool,
        groups: &mut Vec<(u8, usize, usize)>,
        runs: &mut Vec<(u64, Walk)>,
    ) -> u32 {
        let node = u32::try_from(self.data.len()).expect("a trie under 4 GiB");
        let prefix = &keys[0].0[..depth];
        let here = Walk { node, tail_pos: 0 };
        let mut rest = keys;
        let mut value = 0;
        if let Some(&(k, v)) = rest.first()
            && k.len() == depth
        {
            value = v + 1;
            rest = &rest[1..];
            if alnum && depth > 0 {
                // A key ends here: so does its first word.
                runs.push((FirstWords::hash(prefix), here));
            }
        }
        if rest.is_empty() {
            self.push_header(value, 0);
            return node;
        }
        if rest.len() == 1 && value == 0 && node != 0 && rest[0].0.len() - depth <= MAX_TAIL {
            // One key left: keep its remaining bytes as a tail.
            let (k, v) = rest[0];
            let tail = &k[depth..];
            self.push_header(v + 1, TAIL | tail.len() as u16);
            self.data.extend_from_slice(tail);
            if alnum {
                let r = tail
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let at = Walk {
                    node,
                    tail_pos: r as u32,
                };
                runs.push((FirstWords::hash(&k[..depth + r]), at));
            }
            return node;
        }
        // Group the rest by their byte at `depth`.
        let mark = groups.len();
        let mut start = 0;
        while start < rest.len() {
            let b = rest[start].0[depth];
            let mut end = start + 1;
            while end < rest.len() && rest[end].0[depth] == b {
                end += 1;
            }
            groups.push((b, start, end));
            start = end;
        }
        if alnum
            && depth > 0
            && value == 0
            && groups[mark..].iter().any(|g| !g.0.is_ascii_alphanumeric())
        {
            // A key's first word ends here, and the key goes on.
            runs.push((FirstWords::hash(prefix), here));
        }
        let count = groups.len() - mark;
        self.push_header(value, count as u16);
        self.data.extend(groups[mark..].iter().map(|g| g.0));
        let children = self.data.len();
        self.data.resize(children + 4 * count, 0);
        for k in 0..count {
            let (b, s, e) = groups[mark + k];
            let alnum = alnum && b.is_ascii_alphanumeric();
            let child = self.build(&rest[s..e], depth + 1, alnum, groups, runs);
            self.data[children + 4 * k..children + 4 * k + 4].copy_from_slice(&child.to_le_bytes());
        }
        groups.truncate(mark);
        node
    }

    #[inline]
    fn read_u32(&self, at: usize) -> u32 {
        let b: [u8; 4] = self.data[at..at + 4].try_into().unwrap_or_default();
        u32::from_le_bytes(b)
    }

    /// The record's edge count, or [`TAIL`] and its tail's length.
    #[inline]
    fn info(&self, node: usize) -> u16 {
        let b: [u8; 2] = self.data[node + 4..node + 6].try_into().unwrap_or_default();
        u16::from_le_bytes(b)
    }

    /// A walk at the root.
    #[inline]
    pub(crate) fn start(&self) -> Walk {
        Walk {
            node: 0,
            tail_pos: 0,
        }
    }

    /// Follows byte `b`; false (and the walk is over) if no key continues so.
    #[inline(always)]
    pub(crate) fn step(&self, w: &mut Walk, b: u8) -> bool {
        let o = w.node as usize;
        let info = self.info(o);
        if info & TAIL != 0 {
            let len = u32::from(info & !TAIL);
            if w.tail_pos < len && self.data[o + HEADER + w.tail_pos as usize] == b {
                w.tail_pos += 1;
                return true;
            }
            return false;
        }
        let child = if o == 0 {
            self.root[usize::from(b)]
        } else {
            let n = usize::from(info);
            match find_byte(&self.data[o + HEADER..], n, b) {
                Some(k) => self.read_u32(o + HEADER + n + 4 * k),
                None => u32::MAX,
            }
        };
        if child == u32::MAX {
            return false;
        }
        w.node = child;
        w.tail_pos = 0;
        true
    }

    /// The value of the key that ends at this point of the walk, if any.
    #[inline]
    pub(crate) fn value(&self, w: &Walk) -> Option<u32> {
        let o = w.node as usize;
        let value = self.read_u32(o);
        let info = self.info(o);
        let tail_len = if info & TAIL != 0 { info & !TAIL } else { 0 };
        (value > 0 && w.tail_pos == u32::from(tail_len)).then(|| value - 1)
    }

    /// Bytes of memory the trie holds.
    pub(crate) fn heap_size(&self) -> usize {
        self.data.capacity() + self.root.capacity() * 4
    }
}

/// The index of `b` among the first `n` bytes of `bytes` (which go on for
/// at least eight bytes past them, or to a multiple of eight), eight bytes
/// at a time: the classic test for a zero byte in a word, after XOR with
/// `b` in every byte. Its lowest flagged byte is always a true zero.
#[inline]
fn find_byte(bytes: &[u8], n: usize, b: u8) -> Option<usize> {
    let pattern = ONES * u64::from(b);
    let mut k = 0;
    while k < n {
        let c: [u8; 8] = bytes[k..k + 8].try_into().unwrap_or_default();
        let x = u64::from_le_bytes(c) ^ pattern;
        let zeros = x.wrapping_sub(ONES) & !x & HIGHS;
        if zeros != 0 {
            let i = k + zeros.trailing_zeros() as usize / 8;
            return (i < n).then_some(i);
        }
        k += 8;
    }
    None
}

/// The walk states after whole first words: where a walk stands once it
/// has read a word of ASCII letters and digits that keys start with
/// (`Obama` of `Obama`, `New` of `New York`). A capitalised token then costs
/// one lookup instead of a step per byte, each a likely cache miss deep in
/// a large trie; a token that no key starts with costs the lookup alone.
///
/// Slots hold the word's full 64-bit hash and the state: a word not in the
/// table matches some slot's hash with odds of about 2^-64 per probe.
#[derive(Clone, Debug, Default)]
pub(crate) struct FirstWords {
    slots: Box<[(u64, Walk)]>,
    mask: usize,
}

impl FirstWords {
    /// A table of `(hash, state)` pairs, hashes distinct.
    fn from_hashed(runs: &[(u64, Walk)]) -> FirstWords {
        // At most three slots in four full: short probes, small table.
        let size = (runs.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let empty = (
            0,
            Walk {
                node: 0,
                tail_pos: 0,
            },
        );
        let mut slots = vec![empty; size].into_boxed_slice();
        let mask = size - 1;
        for &(h, walk) in runs {
            let mut i = h as usize & mask;
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (h, walk);
        }
        FirstWords { slots, mask }
    }

    /// Never zero: zero marks an empty slot.
    #[inline]
    fn hash(word: &[u8]) -> u64 {
        exact_hash(word) | 1
    }

    /// The state after `word`, if some key starts with it.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<Walk> {
        if self.slots.is_empty() {
            return None;
        }
        let h = Self::hash(word);
        let mut i = h as usize & self.mask;
        loop {
            let (sh, walk) = self.slots[i];
            if sh == h {
                return Some(walk);
            }
            if sh == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Bytes of memory the table holds.
    pub(crate) fn heap_size(&self) -> usize {
        self.slots.len() * std::mem::size_of::<(u64, Walk)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(t: &Trie, s: &str) -> Vec<(usize, u32)> {
        let mut w = t.start();
        let mut out = Vec::new();
        for (i, &b) in s.as_bytes().iter().enumerate() {
            if !t.step(&mut w, b) {
                break;
            }
            if let Some(v) = t.value(&w) {
                out.push((i + 1, v));
            }
        }
        out
    }

    #[test]
    fn prefixes_and_tails() {
        let mut keys: Vec<(&[u8], u32)> = vec![
            (b"New York".as_slice(), 0),
            (b"New York Times".as_slice(), 1),
            (b"Newark".as_slice(), 2),
            (b"N".as_slice(), 3),
            (b"Zurich".as_slice(), 4),
        ];
        keys.sort();
        let t = Trie::from_sorted(&keys);
        assert_eq!(lookup(&t, "New York Timesheets"), [(1, 3), (8, 0), (14, 1)]);
        assert_eq!(lookup(&t, "Newark"), [(1, 3), (6, 2)]);
        assert_eq!(lookup(&t, "Zurich!"), [(6, 4)]);
        assert_eq!(lookup(&t, "Zuri"), []);
        assert_eq!(lookup(&t, "Boston"), []);
    }

    #[test]
    fn first_words_stand_where_a_walk_would() {
        let mut keys: Vec<(&[u8], u32)> = vec![
            (b"New York".as_slice(), 0),
            (b"New".as_slice(), 1),
            (b"Newark".as_slice(), 2),
            (b"Zurich".as_slice(), 3),
        ];
        keys.sort();
        let (t, f) = Trie::with_first_words(&keys);
        // `New`: a key ends there, and `New York` goes on with a space.
        let mut w = f.get(b"New").unwrap();
        assert_eq!(t.value(&w), Some(1));
        assert!(" York".bytes().all(|b| t.step(&mut w, b)));
        assert_eq!(t.value(&w), Some(0));
        assert_eq!(t.value(&f.get(b"Newark").unwrap()), Some(2));
        assert_eq!(t.value(&f.get(b"Zurich").unwrap()), Some(3));
        // Not walkable, not listed, or another case: absent.
        assert!(f.get(b"Boston").is_none());
        assert!(f.get(b"Ne").is_none());
        assert!(f.get(b"NEW").is_none());
        assert!(FirstWords::default().get(b"New").is_none());
    }

    #[test]
    fn find_byte_finds_the_first_of_n() {
        // Edge bytes as records hold them: sorted, then other bytes.
        let bytes: Vec<u8> = (0..=255u8).chain([0; 8]).collect();
        for n in [0, 1, 7, 8, 9, 16, 17, 255, 256] {
            for b in 0..=255u8 {
                let want = (usize::from(b) < n).then_some(usize::from(b));
                assert_eq!(find_byte(&bytes, n, b), want, "n {n}, b {b}");
            }
        }
        // A byte equal to one past `n` is not found; borrows across bytes
        // (0x01 after 0x00 after XOR) flag no false match below.
        assert_eq!(find_byte(&[3, 2, 1, 1, 0, 0, 0, 0, 0, 0], 2, 1), None);
        assert_eq!(find_byte(&[1, 0, 1, 0, 0, 0, 0, 0], 3, 0), Some(1));
    }

    #[test]
    fn wide_nodes_and_long_tails() {
        let names: Vec<String> = (b'!'..=b'~')
            .map(|b| format!("x{}{}", b as char, "y".repeat(usize::from(b))))
            .collect();
        let keys: Vec<(&[u8], u32)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_bytes(), i as u32))
            .collect();
        let t = Trie::from_sorted(&keys);
        for (i, n) in names.iter().enumerate() {
            assert_eq!(lookup(&t, n), [(n.len(), i as u32)], "{n}");
            assert_eq!(lookup(&t, &n[..n.len() - 1]), [], "{n}");
        }
        assert_eq!(lookup(&t, "x\u{7f}"), []);
        // A rest longer than a tail holds is split into nodes first.
        let long = "z".repeat(MAX_TAIL + 100);
        let keys: Vec<(&[u8], u32)> = vec![(b"a", 0), (long.as_bytes(), 1)];
        let t = Trie::from_sorted(&keys);
        assert_eq!(lookup(&t, &long), [(long.len(), 1)]);
    }

    #[test]
    fn empty_trie_matches_nothing() {
        let t = Trie::from_sorted(&[]);
        assert_eq!(lookup(&t, "anything"), []);
    }
}
