//! Places by head noun and context: `Xinjiang Province`, `Ala-Too square`,
//! `the capital Bishkek`, a building named in the text (`the parliament
//! building, known as the White House`), and places that stand for their
//! government (`Beijing said`).

use super::chunks::{Chunk, is_name_token};
use super::institutions::is_exact_match;
use super::words::class;
use super::{Context, priority};
use crate::candidate::Candidate;
use crate::names::NameLists;
use crate::span::{Detail, Label, Metonymy, Span};
use crate::tokenize::Token;

/// Place candidates from one chunk (not a shouted one).
pub(crate) fn from_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    let last = c.end - 1;
    if c.len() >= 2 && ctx.has(last, class::PLACE_HEAD) && !is_exact_match(ctx, c) {
        out.push(ctx.candidate(c.start, c.end, Label::Place, priority::HEAD_NOUN));
        return;
    }
    // A lower-case head that is part of the name: `Ala-Too square`.
    let next = c.end;
    if ctx
        .tokens
        .get(next)
        .is_some_and(|t| !t.is_capitalized() && t.start == ctx.tokens[last].end + 1)
        && ctx.has(next, class::LOWER_PLACE_HEAD)
    {
        out.push(ctx.candidate(c.start, next + 1, Label::Place, priority::HEAD_NOUN));
    }
}

/// Places found from the words around them.
pub(crate) fn from_context(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for (i, t) in toks.iter().enumerate().skip(1) {
        let len = t.end - t.start;
        // `the capital X`
        if len == 7 && ctx.is(i, "capital") && ctx.is(i - 1, "the") && is_name_token(ctx, i + 1) {
            let end = name_end(ctx, i + 1);
            out.push(ctx.candidate(i + 1, end, Label::Place, priority::HEAD_NOUN));
        }
        // `known as the X` after a building noun
        if len == 5 && ctx.is(i, "known") && ctx.is(i + 1, "as") {
            let mut j = i + 2;
            if ctx.is(j, "the") {
                j += 1;
            }
            let building = (i.saturating_sub(6)..i).any(|k| ctx.has(k, class::BUILDING));
            if building && is_name_token(ctx, j) {
                let end = name_end(ctx, j);
                out.push(ctx.candidate(j, end, Label::Place, priority::NAMED_BUILDING));
            }
        }
    }
}

/// The end of the chunk that starts at token `i`.
fn name_end(ctx: &Context<'_>, i: usize) -> usize {
    let mut end = i + 1;
    while end < ctx.tokens.len()
        && is_name_token(ctx, end)
        && !ctx.tokens[end].starts_sentence()
        && end - i < 4
    {
        end += 1;
    }
    end
}

/// Flags places that are the subject of a speech or policy verb:
/// `Beijing said`, `Washington has warned`, `Bishkek is eager`.
pub(crate) fn mark_metonymy(text: &str, tokens: &[Token], names: &NameLists, spans: &mut [Span]) {
    for s in spans.iter_mut().filter(|s| s.label == Label::Place) {
        let Ok(last) = tokens.binary_search_by(|t| t.end.cmp(&s.end)) else {
            continue;
        };
        let mut j = last + 1;
        // Up to two auxiliaries: `has also warned`, `is eager`.
        for _ in 0..2 {
            if tokens
                .get(j)
                .is_some_and(|t| names.classes(t.text(text)) & class::AUXILIARY != 0)
            {
                j += 1;
            }
        }
        let verb = tokens.get(j).map_or("", |t| t.text(text));
        if names.classes(verb) & class::GOVERNMENT_VERB != 0
            && let Detail::Entity(e) = &mut s.detail
        {
            e.metonymy = Some(Metonymy::Government);
        }
    }
}
