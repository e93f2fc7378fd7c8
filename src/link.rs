//! In-document name linking, as GATE's OrthoMatcher does it: a person named
//! in full makes later (and earlier) mentions of the surname the same person
//! (`Sadyr Japarov` … `Mr Japarov`), and an acronym defined in parentheses
//! (`Organization for Security and Co-operation in Europe (OSCE)`) makes the
//! acronym that institution wherever it appears. Linked mentions carry
//! `ref`: the index of the first full mention in the output.

use std::collections::HashMap;

use crate::names::FxBuild;
use crate::span::{Detail, Entity, Label, Span};
use crate::tokenize::{Token, TokenKind};

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
    while *cursor < tokens.len() && tokens[*cursor].start < start {
        *cursor += 1;
    }
    (tokens.get(*cursor)?.start == start).then_some(*cursor)
}

/// Links mentions within one document. `spans` is sorted and not
/// overlapping; it stays so.
pub(crate) fn link(text: &str, tokens: &[Token], spans: &mut Vec<Span>) {
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
        // Words of the span: how many, and the last one.
        let (mut n_words, mut last, mut end_tok) = (0usize, None, first_tok);
        for (k, t) in tokens[first_tok..].iter().enumerate() {
            if t.end > s.end {
                break;
            }
            end_tok = first_tok + k + 1;
            if t.kind == TokenKind::Word {
                n_words += 1;
                last = Some(t);
            }
        }
        if n_words < 2 {
            continue;
        }
        let (canonical, id) = match &s.detail {
            Detail::Entity(e) => (e.canonical.clone(), e.id.clone()),
            _ => (None, None),
        };
        if s.label == Label::Person {
            let Some(last) = last else { continue };
            let surname = last.text(text);
            if surname.chars().count() >= 2 && !anchors.contains_key(surname) {
                anchors.insert(
                    surname,
                    Anchor {
                        label: Label::Person,
                        first: s.start,
                        canonical: canonical.or_else(|| Some(s.text(text).into())),
                        id,
                    },
                );
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
                    canonical: canonical.or_else(|| Some(s.text(text).into())),
                    id,
                },
            );
        }
    }
    if anchors.is_empty() {
        return;
    }
    // Mentions: uncovered capitalised words, and one-word spans that a
    // full name in the document explains better.
    let mut added = Vec::new();
    let mut si = 0;
    for t in tokens {
        if t.kind != TokenKind::Word || !t.is_capitalized() {
            continue;
        }
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
        let Some(a) = anchors.get(word) else { continue };
        let detail = Detail::Entity(Entity {
            canonical: a.canonical.clone(),
            id: a.id.clone(),
            link: Some(a.first),
            metonymy: None,
        });
        match covering {
            None => added.push(Span {
                start: t.start,
                end: t.end,
                label: a.label,
                detail,
            }),
            Some(_) => {
                let s = &mut spans[si];
                if s.start == t.start && s.end == t.end && s.start != a.first {
                    s.label = a.label;
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

/// Turns `ref` values from start offsets into indices of `spans`.
pub(crate) fn offsets_to_indices(spans: &mut [Span]) {
    let starts: Vec<usize> = spans.iter().map(|s| s.start).collect();
    for s in spans.iter_mut() {
        if let Detail::Entity(e) = &mut s.detail
            && let Some(off) = e.link
        {
            e.link = starts.binary_search(&off).ok();
        }
    }
}
