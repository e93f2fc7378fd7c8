//! In-document name linking, as GATE's OrthoMatcher does it: a person named
//! in full makes later (and earlier) mentions of the surname the same person
//! (`Sadyr Japarov` … `Mr Japarov`), and an acronym defined in parentheses
//! (`Organization for Security and Co-operation in Europe (OSCE)`) makes the
//! acronym that institution wherever it appears. Linked mentions carry
//! `ref`: the index of the first full mention in the output.

use std::collections::HashMap;

use crate::names::FxBuild;
use crate::span::{Detail, Entity, Label, Span};
use crate::tokenize::{Token, TokenKind, token_at_or_after};

/// A name that later mentions link to: its label and first full mention.
struct Anchor {
    label: Label,
    /// Start offset of the full mention (turned into an index at the end).
    first: usize,
    canonical: Option<std::sync::Arc<str>>,
    id: Option<std::sync::Arc<str>>,
}

/// Index of the token that starts at `start`, if any, searching from
/// `*cursor` (which moves up to it: callers ask in increasing order).
fn token_at(tokens: &[Token], cursor: &mut usize, start: usize) -> Option<usize> {
    *cursor = token_at_or_after(tokens, *cursor, start);
    (tokens.get(*cursor)?.start == start).then_some(*cursor)
}

/// Links mentions within one document. `spans` is sorted and not
/// overlapping; it stays so. `capitalized` lists the capitalised words of
/// `tokens`, in order: mentions are among those.
pub(crate) fn link(text: &str, tokens: &[Token], capitalized: &[usize], spans: &mut Vec<Span>) {
    let mut anchors: HashMap<&str, Anchor, FxBuild> = HashMap::default();
    // Spans are sorted: one cursor finds each span's first token.
    let mut cursor = 0;
    for s in spans.iter() {
        if !matches!(s.label, Label::Person | Label::Institution) {
            continue;
        }
        let Some(first_tok) = token_at(tokens, &mut cursor, s.start) else {
            continue;
        };
        // Words of the span: how many, the last one (before a suffix:
        // `Charles Bowie Jr.`), and whether a particle follows the first
        // (`Qaboos bin Said`: the given name is the one repeated).
        let (mut n_words, mut last, mut end_tok) = (0usize, None, first_tok);
        let mut particle_second = false;
        for (k, t) in tokens[first_tok..].iter().enumerate() {
            if t.end > s.end {
                break;
            }
            end_tok = first_tok + k + 1;
            if t.kind == TokenKind::Word {
                n_words += 1;
                let w = t.text(text);
                if n_words == 2 && PARTICLES.contains(&w) {
                    particle_second = true;
                }
                if !is_suffix(w) {
                    last = Some(t);
                }
            }
        }
        let (canonical, id) = match &s.detail {
            // Borrowed: most spans anchor nothing new, and a clone is an
            // atomic count up and down.
            Detail::Entity(e) => (e.canonical.as_ref(), e.id.as_ref()),
            _ => (None, None),
        };
        if n_words == 1 && s.label == Label::Institution && canonical.is_none() {
            // A one-word body the rules found (`UpGuard`, after `the
            // cybersecurity firm`): its other mentions are the same body.
            let word = s.text(text);
            if word.len() >= 3 && !anchors.contains_key(word) {
                anchors.insert(
                    word,
                    Anchor {
                        label: Label::Institution,
                        first: s.start,
                        canonical: None,
                        id: None,
                    },
                );
            }
            continue;
        }
        if n_words < 2 {
            continue;
        }
        if s.label == Label::Person {
            let Some(last) = last else { continue };
            // The full name stands for the person when no list names it:
            // made once, and only when a name is new to the document.
            let mut full: Option<std::sync::Arc<str>> = None;
            let names = [
                Some(last.text(text)),
                particle_second.then(|| tokens[first_tok].text(text)),
            ];
            for name in names.into_iter().flatten() {
                if name.chars().count() >= 2 && !anchors.contains_key(name) {
                    let canonical = full
                        .get_or_insert_with(|| {
                            canonical.cloned().unwrap_or_else(|| s.text(text).into())
                        })
                        .clone();
                    anchors.insert(
                        name,
                        Anchor {
                            label: Label::Person,
                            first: s.start,
                            canonical: Some(canonical),
                            id: id.cloned(),
                        },
                    );
                }
            }
        } else if let [open, acro, close] = tokens.get(end_tok..end_tok + 3).unwrap_or(&[])
            && open.text(text) == "("
            && close.text(text) == ")"
            && acro.is_all_caps()
            && acro.end - acro.start >= 2
            && !anchors.contains_key(acro.text(text))
        {
            // `Full Name (ACRONYM)`
            anchors.insert(
                acro.text(text),
                Anchor {
                    label: Label::Institution,
                    first: s.start,
                    canonical: Some(canonical.cloned().unwrap_or_else(|| s.text(text).into())),
                    id: id.cloned(),
                },
            );
        }
    }
    if anchors.is_empty() {
        return;
    }
    let filter = AnchorFilter::new(anchors.keys().copied());
    // Mentions: uncovered capitalised words, and one-word spans that a
    // full name in the document explains better.
    let mut added = Vec::new();
    let mut si = 0;
    for &ti in capitalized {
        let t = &tokens[ti];
        while si < spans.len() && spans[si].end <= t.start {
            si += 1;
        }
        // The first span that ends after the word starts, if it overlaps it.
        let covering = spans.get(si).filter(|s| s.start < t.end);
        // Inside a longer span, or over part of one (`Today` of a `Todays`
        // token), a word is no mention of its own.
        if covering.is_some_and(|s| s.start != t.start || s.end != t.end) {
            continue;
        }
        let word = t.text(text);
        // The mention itself, or a form of it: `the Turpins` (the family),
        // `Roys office` (a possessive that lost its apostrophe).
        let (a, end) = match filter.may_hold(word).then(|| anchors.get(word)).flatten() {
            Some(a) => (a, t.end),
            None => match family_or_possessive(text, tokens, ti, &anchors, &filter) {
                Some(found) => found,
                None => continue,
            },
        };
        let detail = Detail::Entity(Entity {
            canonical: a.canonical.clone(),
            id: a.id.clone(),
            link: Some(a.first),
            metonymy: None,
        });
        match covering {
            None => added.push(Span {
                start: t.start,
                end,
                label: a.label,
                detail,
            }),
            Some(_) => {
                let s = &mut spans[si];
                // A one-word body does not overrule a list's place.
                let overrule =
                    a.label == Label::Person || s.label == Label::Person || s.label == a.label;
                if s.start == t.start && s.end == t.end && s.start != a.first && overrule {
                    s.label = a.label;
                    s.end = end;
                    s.detail = detail;
                }
            }
        }
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| s.start);
    }
}

/// Particles after a given name (`Qaboos bin Said`).
const PARTICLES: &[&str] = &["bin", "ibn", "bint", "al", "el"];

/// True for a suffix after a surname (`Jr.`), never a surname itself.
fn is_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV")
}

/// A person's surname in a form of its own at token `i`: the family after
/// `the` (`the Turpins`, `the Foxxes`), or a possessive that lost its
/// apostrophe before a lower-case word (`Roys office`). Returns the anchor
/// and the end of the mention (the family whole; the possessive without
/// its `s`).
fn family_or_possessive<'a>(
    text: &str,
    tokens: &[Token],
    i: usize,
    anchors: &'a HashMap<&str, Anchor, FxBuild>,
    filter: &AnchorFilter,
) -> Option<(&'a Anchor, usize)> {
    let t = &tokens[i];
    let word = t.text(text);
    let stem = word.strip_suffix('s')?;
    let e_stem = stem.strip_suffix('e');
    if !filter.may_hold(stem) && !e_stem.is_some_and(|s| filter.may_hold(s)) {
        return None;
    }
    let after_the = i > 0 && tokens[i - 1].text(text).eq_ignore_ascii_case("the");
    if after_the {
        let family = anchors
            .get(stem)
            .or_else(|| e_stem.and_then(|s| anchors.get(s)))
            .filter(|a| a.label == Label::Person)?;
        return Some((family, t.end));
    }
    let next_lower = tokens
        .get(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalized());
    let a = anchors.get(stem).filter(|a| a.label == Label::Person)?;
    next_lower.then_some((a, t.end - 1))
}

/// A bit set over a cheap key of the anchor words (length, first, second
/// and last byte): most capitalised words of a text are no anchor, and the
/// filter turns them away before a hash and a string comparison.
struct AnchorFilter {
    bits: [u64; 256],
}

impl AnchorFilter {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> AnchorFilter {
        let mut f = AnchorFilter { bits: [0; 256] };
        for w in words {
            let k = Self::key(w);
            f.bits[k >> 6] |= 1 << (k & 63);
        }
        f
    }

    #[inline]
    fn key(word: &str) -> usize {
        let b = word.as_bytes();
        let byte = |i: usize| b.get(i).copied().unwrap_or(0);
        let (first, second, last) = (byte(0), byte(1), byte(b.len().wrapping_sub(1)));
        let k = (usize::from(first) << 7)
            ^ (usize::from(second) << 3)
            ^ (usize::from(last) << 10)
            ^ (b.len() << 1);
        k.wrapping_mul(0x9E37_79B9) >> 7 & 0x3FFF
    }

    /// False if `word` is surely no anchor.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let k = Self::key(word);
        self.bits[k >> 6] & (1 << (k & 63)) != 0
    }
}

/// Turns `ref` values from start offsets into indices of `spans`.
pub(crate) fn offsets_to_indices(spans: &mut [Span]) {
    for i in 0..spans.len() {
        let Detail::Entity(Entity {
            link: Some(off), ..
        }) = spans[i].detail
        else {
            continue;
        };
        let index = spans.binary_search_by_key(&off, |s| s.start).ok();
        if let Detail::Entity(e) = &mut spans[i].detail {
            e.link = index;
        }
    }
}
