//! Capitalised name sequences ("chunks"): runs of capitalised words, with
//! name particles inside when a capitalised word follows (`Leonardo da
//! Vinci`), never across a line break or a sentence start. The entity rules
//! judge chunks, not single tokens; the institution rules extend a chunk
//! across `of`, `for` and `and` where a head noun asks for it.

use super::Context;
use super::words::{NOT_NAMES, PARTICLES, is_in};
use crate::tokenize::{Shape, TokenKind};

/// A run of tokens `start..end` that may be a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Chunk {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Chunk {
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
}

/// True if token `i` can be part of a name.
pub(crate) fn is_name_token(ctx: &Context<'_>, i: usize) -> bool {
    let Some(t) = ctx.tokens.get(i) else {
        return false;
    };
    if ctx.match_covering(i).is_some() {
        return true;
    }
    t.kind == TokenKind::Word && t.is_capitalized() && !is_in(NOT_NAMES, ctx.word(i))
}

fn continues(ctx: &Context<'_>, i: usize) -> bool {
    ctx.tokens
        .get(i)
        .is_some_and(|t| !t.shape.contains(Shape::NEWLINE_BEFORE) && !t.starts_sentence())
}

/// The chunks of a text, in order, not overlapping.
pub(crate) fn chunks(ctx: &Context<'_>) -> Vec<Chunk> {
    let n = ctx.tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_name_token(ctx, i) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        loop {
            if i < n && continues(ctx, i) && is_name_token(ctx, i) {
                i += 1;
            } else if i + 1 < n
                && continues(ctx, i)
                && continues(ctx, i + 1)
                && ctx.is_in(i, PARTICLES)
                && ctx.is_capitalized_word(i + 1)
                && is_name_token(ctx, i + 1)
            {
                i += 2;
            } else {
                break;
            }
        }
        out.push(Chunk { start, end: i });
    }
    out
}

/// True if the chunk is set in capitals or stands in a title-case headline,
/// where capitalisation says nothing: only acronyms and gazetteer names
/// count there.
pub(crate) fn is_shouting(ctx: &Context<'_>, c: &Chunk) -> bool {
    ctx.headline.get(c.start).copied().unwrap_or(false)
        || (c.start..c.end)
            .filter(|&i| {
                let t = &ctx.tokens[i];
                t.is_all_caps() && t.end - t.start >= 4 && ctx.match_covering(i).is_none()
            })
            .count()
            >= 1
            && (c.start..c.end)
                .all(|i| ctx.tokens[i].is_all_caps() || !ctx.tokens[i].is_capitalized())
}

/// Marks the tokens of lines written in title case (`Putin’s Puppet Prime
/// Minister Resigns`): at least four words, seven in ten capitalised, and no
/// full stop at the end.
pub(crate) fn headline_tokens(text: &str, tokens: &[crate::tokenize::Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut start = 0;
    while start < tokens.len() {
        let mut end = start + 1;
        while end < tokens.len() && !tokens[end].shape.contains(Shape::NEWLINE_BEFORE) {
            end += 1;
        }
        let words = tokens[start..end]
            .iter()
            .filter(|t| t.kind == TokenKind::Word);
        let (n, caps) = words.fold((0, 0), |(n, c), t| {
            (n + 1, c + usize::from(t.is_capitalized()))
        });
        let full_stop = tokens[end - 1].text(text) == ".";
        if n >= 4 && caps * 10 >= n * 7 && !full_stop {
            out[start..end].fill(true);
        }
        start = end;
    }
    out
}
