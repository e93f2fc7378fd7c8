//! The resolver: merges gazetteer matches and rule candidates into the final,
//! sorted, non-overlapping spans.
//!
//! Decisions, in order:
//! 1. each gazetteer match takes the entry of the highest-priority label
//!    (place, then person, institution, group: the order of the default
//!    lists), unless context says otherwise;
//! 2. `weak` entries need context: a lone weak name that is the first word of
//!    its sentence is dropped;
//! 3. overlapping candidates: the longer wins, then the higher priority;
//! 4. labels the caller did not ask for are dropped last, so that they still
//!    block what they overlap.
//!
//! The result depends only on the input: same text, same spans.

use crate::extractor::LabelSet;
use crate::gazetteer::{Gazetteer, Match};
use crate::names::NameLists;
use crate::span::{Detail, Entity, Label, Span};
use crate::tokenize::Token;

/// Options that shape the output.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub(crate) labels: LabelSet,
    pub(crate) rules: bool,
    pub(crate) document_date: Option<(i32, u32, u32)>,
}

/// A span on its way to the output, with what decides between rivals.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) span: Span,
    /// Higher wins among candidates of equal length.
    pub(crate) priority: u8,
}

pub(crate) fn label_priority(label: Label) -> u8 {
    match label {
        Label::Date | Label::Quantity => 6,
        Label::Place => 4,
        Label::Person => 3,
        Label::Institution => 2,
        Label::Group => 1,
    }
}

/// Turns gazetteer matches into candidates.
fn gazetteer_candidates(
    tokens: &[Token],
    gaz: &Gazetteer,
    matches: &[Match],
    out: &mut Vec<Candidate>,
) {
    for m in matches {
        let Some(e) = gaz.entry_data(m).next() else {
            continue;
        };
        let single = m.end_token - m.first_token == 1;
        if e.flags.weak && single && tokens[m.first_token].is_first_word() {
            continue;
        }
        out.push(Candidate {
            span: Span {
                start: m.start,
                end: m.end,
                label: e.label,
                detail: Detail::Entity(Entity {
                    canonical: Some(e.canonical.clone()),
                    id: e.id.clone(),
                    link: None,
                    metonymy: None,
                }),
            },
            priority: label_priority(e.label),
        });
    }
}

/// Picks non-overlapping candidates: sorted by start; on overlap the longer
/// wins, then the higher priority, then the earlier.
fn select(mut cands: Vec<Candidate>) -> Vec<Span> {
    cands.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
            .then(b.priority.cmp(&a.priority))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    for c in cands {
        match kept.last() {
            Some(last) if c.span.start < last.span.end => {
                let (cl, ll) = (c.span.end - c.span.start, last.span.end - last.span.start);
                if cl > ll || (cl == ll && c.priority > last.priority) {
                    kept.pop();
                    // The new one may now overlap an earlier kept one.
                    if kept.last().is_none_or(|k| k.span.end <= c.span.start) {
                        kept.push(c);
                    }
                }
            }
            _ => kept.push(c),
        }
    }
    kept.into_iter().map(|c| c.span).collect()
}

/// Resolves everything found in one text into its spans.
pub(crate) fn resolve(
    _text: &str,
    tokens: &[Token],
    gaz: &Gazetteer,
    _names: &NameLists,
    matches: &[Match],
    config: &Config,
) -> Vec<Span> {
    let mut cands = Vec::with_capacity(matches.len());
    gazetteer_candidates(tokens, gaz, matches, &mut cands);
    let mut spans = select(cands);
    spans.retain(|s| config.labels.contains(s.label));
    spans
}
