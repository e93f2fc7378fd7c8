//! A byte trie with tails, walked one byte at a time.
//!
//! The gazetteer only ever asks "which names start here?", an anchored
//! question, so it needs no failure links: a trie answers it by walking as
//! many bytes as the longest name that fits, and building one from sorted
//! keys is a single linear pass. Where only one key is left below a node,
//! its remaining bytes are kept as a *tail* instead of a chain of nodes,
//! which keeps the trie of a few hundred thousand names small.
//!
//! Nodes are laid out in depth-first order and their edges contiguously in
//! the same order, so node `n`'s edges end where node `n + 1`'s begin. An
//! edge keeps its byte next to its child: a step reads one node and one run
//! of edges, two cache lines at most.

use crate::word_table::exact_hash;

/// One node, all its fields in one cache line's quarter: a step touches
/// one node, not four arrays.
#[derive(Clone, Copy, Debug, Default)]
struct Node {
    /// Index of its first edge (its edges end where the next node's begin).
    first_edge: u32,
    /// 1 + the value of the key ending here (or at the end of its tail), 0
    /// if none.
    value: u32,
    /// Its tail as an offset into `tails` and a length (0: no tail).
    tail_off: u32,
    tail_len: u32,
}

/// An edge: the byte it follows and the node it leads to.
#[derive(Clone, Copy, Debug)]
struct Edge {
    child: u32,
    byte: u8,
}

/// The compiled trie.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    /// The nodes in depth-first order, plus a sentinel whose `first_edge`
    /// ends the last node's edges.
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    tails: Vec<u8>,
    /// The root's children by byte, `u32::MAX` for none.
    root: Vec<u32>,
}

/// A position in a walk: a node, and how far into its tail.
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
        let mut t = Trie::default();
        let mut runs = Vec::new();
        if keys.is_empty() {
            // A lone root with no edges, and the sentinel.
            t.nodes = vec![Node::default(); 2];
            t.root = vec![u32::MAX; 256];
            return (t, runs);
        }
        let mut groups = Vec::new();
        t.build(keys, 0, first_words, &mut groups, &mut runs);
        t.nodes.push(Node {
            first_edge: t.edges.len() as u32,
            ..Node::default()
        });
        t.root = vec![u32::MAX; 256];
        let (from, to) = (
            t.nodes[0].first_edge as usize, t.nodes[1].first_edge as usize,
        );
        for e in &t.edges[from..to] {
            t.root[e.byte as usize] = e.child;
        }
        (t, runs)
    }

    /// Builds the node for `keys` (all sharing their first `depth` bytes).
    /// With `alnum` (the shared bytes are ASCII letters and digits), records
    /// in `runs` the states where such a first word ends.
    fn build(
        &mut self,
        keys: &[(&[u8], u32)],
        depth: usize,
        alnum: bool,
        groups: &mut Vec<(u8, usize, usize)>,
        runs: &mut Vec<(u64, Walk)>,
    ) -> u32 {
        let node = self.nodes.len() as u32;
        self.nodes.push(Node {
            first_edge: self.edges.len() as u32,
            ..Node::default()
        });
        let n = node as usize;
        let prefix = &keys[0].0[..depth];
        let here = Walk { node, tail_pos: 0 };
        let mut rest = keys;
        if let Some(&(k, v)) = rest.first()
            && k.len() == depth
        {
            self.nodes[n].value = v + 1;
            rest = &rest[1..];
            if alnum && depth > 0 {
                // A key ends here: so does its first word.
                runs.push((FirstWords::hash(prefix), here));
            }
        }
        if rest.is_empty() {
            return node;
        }
        if rest.len() == 1 && self.nodes[n].value == 0 && node != 0 {
            // One key left: keep its remaining bytes as a tail.
            let (k, v) = rest[0];
            let off = self.tails.len() as u32;
            self.tails.extend_from_slice(&k[depth..]);
            self.nodes[n].tail_off = off;
            self.nodes[n].tail_len = (k.len() - depth) as u32;
            self.nodes[n].value = v + 1;
            if alnum {
                let r = k[depth..]
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
            && self.nodes[n].value == 0
            && groups[mark..].iter().any(|g| !g.0.is_ascii_alphanumeric())
        {
            // A key's first word ends here, and the key goes on.
            runs.push((FirstWords::hash(prefix), here));
        }
        let first = self.edges.len();
        for g in &groups[mark..] {
            self.edges.push(Edge {
                child: 0,
                byte: g.0,
            });
        }
        let count = groups.len() - mark;
        for k in 0..count {
            let (b, s, e) = groups[mark + k];
            let alnum = alnum && b.is_ascii_alphanumeric();
            let child = self.build(&rest[s..e], depth + 1, alnum, groups, runs);
            self.edges[first + k].child = child;
        }
        groups.truncate(mark);
        node
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
    #[inline]
    pub(crate) fn step(&self, w: &mut Walk, b: u8) -> bool {
        let n = w.node as usize;
        let node = self.nodes[n];
        let (off, len) = (node.tail_off, node.tail_len);
        if len > 0 {
            if w.tail_pos < len && self.tails[(off + w.tail_pos) as usize] == b {
                w.tail_pos += 1;
                return true;
            }
            return false;
        }
        let child = if n == 0 {
            self.root[b as usize]
        } else {
            let (from, to) = (
                node.first_edge as usize,
                self.nodes[n + 1].first_edge as usize,
            );
            let edges = &self.edges[from..to];
            // Edges are sorted: scan short lists, bisect long ones.
            let found = if edges.len() <= 8 {
                edges.iter().find(|e| e.byte == b)
            } else {
                edges
                    .binary_search_by_key(&b, |e| e.byte)
                    .ok()
                    .map(|k| &edges[k])
            };
            match found {
                Some(e) => e.child,
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
        let node = &self.nodes[w.node as usize];
        (node.value > 0 && w.tail_pos == node.tail_len).then(|| node.value - 1)
    }

    /// Bytes of memory the trie holds.
    pub(crate) fn heap_size(&self) -> usize {
        self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.edges.capacity() * std::mem::size_of::<Edge>()
            + self.tails.capacity()
            + self.root.capacity() * 4
    }
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
    fn empty_trie_matches_nothing() {
        let t = Trie::from_sorted(&[]);
        assert_eq!(lookup(&t, "anything"), []);
    }
}
