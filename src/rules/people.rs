//! People no list has: a name after a title (`President Jeenbekov`, `Mr
//! Japarov`, `Former president Almazbek Atambayev`), a known given name
//! first (`Kubatbek Boronov`), a known surname last, a surname shape common
//! in world news (`-ov`, `-enko`, `-escu`) with another cue, and the
//! capitalised subject of a speech verb (`Simmons said`). Titles are not part
//! of the span.

use super::chunks::Chunk;
use super::words::{SURNAME_ENDINGS, class, is_in};
use super::{Context, priority};
use crate::candidate::Candidate;
use crate::span::Label;
use crate::tokenize::TokenKind;

/// Longest title in tokens (`First Deputy Prime Minister`).
const MAX_TITLE_TOKENS: usize = 4;

/// Checks whether tokens `from..to` spell a title, ignoring case.
fn is_title(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    // Cheap tests first: a title ends in a title word.
    if !ctx.has(to - 1, class::TITLE_END) {
        return false;
    }
    if to == from + 1 && ctx.has(from, class::HONORIFIC) {
        return true;
    }
    // The words joined by spaces, on the stack: the titles of at most
    // `MAX_TITLE_TOKENS` words are all shorter than this.
    let mut buf = [0u8; 64];
    let mut len = 0;
    for k in from..to {
        let t = &ctx.tokens[k];
        if t.kind != TokenKind::Word {
            return false;
        }
        let word = t.text(ctx.text).as_bytes();
        let sep = usize::from(k > from);
        if len + sep + word.len() > buf.len() {
            return false;
        }
        if sep == 1 {
            buf[len] = b' ';
        }
        buf[len + sep..len + sep + word.len()].copy_from_slice(word);
        len += sep + word.len();
    }
    ctx.names.is_title(&buf[..len])
}

/// The number of tokens of a title that ends right before token `i`
/// (an appositive comma allowed: `Prime Minister, Kubatbek Boronov`).
fn title_before(ctx: &Context<'_>, i: usize) -> usize {
    let mut end = i;
    if end > 0 && ctx.word(end - 1) == "," {
        end -= 1;
    }
    // Every title ends in a title word: one test for all lengths.
    if end == 0 || !ctx.has(end - 1, class::TITLE_END) {
        return 0;
    }
    for n in (1..=MAX_TITLE_TOKENS.min(end)).rev() {
        if is_title(ctx, end - n, end) {
            return n;
        }
    }
    0
}

/// The number of leading chunk tokens that spell a title (`General Lebed`).
fn title_inside(ctx: &Context<'_>, c: &Chunk) -> usize {
    for n in (1..=MAX_TITLE_TOKENS.min(c.len() - 1)).rev() {
        if is_title(ctx, c.start, c.start + n) {
            return n;
        }
    }
    0
}

/// True if the tokens look like a person's name: capitalised words and
/// particles, no head nouns, at most four words.
fn name_like(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    if to <= from || to - from > 4 {
        return false;
    }
    for k in from..to {
        let t = &ctx.tokens[k];
        if t.kind != TokenKind::Word {
            return false;
        }
        if !t.is_capitalized() {
            if !(k > from && ctx.has(k, class::PARTICLE)) {
                return false;
            }
        } else if ctx.has(k, class::NAME_CONNECTOR) && !ctx.has(k, class::PARTICLE) {
            return false;
        }
    }
    // `Air France`, `Statistics Canada`: a country last is not a surname.
    let country_last = ctx.match_covering(to - 1).is_some_and(|m| {
        m.end_token == to
            && ctx
                .gaz
                .candidates(m)
                .next()
                .is_some_and(|e| e.flags.country)
    });
    !country_last && !ctx.has(to - 1, class::INSTITUTION_HEAD | class::PLACE_HEAD)
}

/// True if a gazetteer match of another label covers tokens `from..to`
/// exactly (the list knows it is not a person: `former USSR`).
fn is_other_entity(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    ctx.match_covering(from).is_some_and(|m| {
        m.first_token == from
            && m.end_token == to
            && ctx.match_label(m).is_some_and(|l| l != Label::Person)
    })
}

fn has_surname_shape(word: &str) -> bool {
    word.len() >= 5
        && SURNAME_ENDINGS.iter().any(|e| {
            word.len() > e.len() + 2
                && word.is_char_boundary(word.len() - e.len())
                && word[word.len() - e.len()..].eq_ignore_ascii_case(e)
        })
}

/// Person candidates from one chunk (not a shouted one: see
/// [`is_shouting`](super::chunks::is_shouting)).
pub(crate) fn from_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    // A title before the chunk, or at its start.
    let inside = title_inside(ctx, c);
    let mut start = c.start + inside;
    if inside > 0 || title_before(ctx, c.start) > 0 {
        let end = c.end;
        // `Deputy Chief Minister`: title words after a title are still title.
        while start < end && ctx.has(start, class::HONORIFIC | class::TITLE_END) {
            start += 1;
        }
        // A chunk that a title word follows is part of that title.
        let in_title = ctx.has(end, class::TITLE_END);
        if start < end
            && !in_title
            && name_like(ctx, start, end)
            && !is_other_entity(ctx, start, end)
        {
            out.push(ctx.candidate(start, end, Label::Person, priority::TITLED_PERSON));
        }
        return;
    }
    if !name_like(ctx, c.start, c.end) {
        return;
    }
    let (first, last) = (ctx.word(c.start), ctx.word(c.end - 1));
    let len = c.len();
    let speaker =
        ctx.has(c.end, class::SPEECH) || (ctx.word(c.end) == "," && ctx.is(c.end + 1, "who"));
    let initial = |k: usize| {
        let w = ctx.word(k);
        w.len() == 2 && w.ends_with('.') && w.as_bytes()[0].is_ascii_uppercase()
    };
    // `Conchita Martinez ( Spain )`: a name followed by its country.
    let country_after = ctx.word(c.end) == "("
        && ctx.match_covering(c.end + 1).is_some_and(|m| {
            m.first_token == c.end + 1
                && ctx.match_label(m) == Some(Label::Place)
                && ctx.word(m.end_token) == ")"
        });
    if (2..=4).contains(&len) && initial(c.start) && !initial(c.end - 1) {
        // `M. Gatting`, `J. R. R. Tolkien`
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::GIVEN_NAME));
    } else if (2..=3).contains(&len) && (country_after || ctx.has(c.start, class::FIRST_NAME)) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::GIVEN_NAME));
    } else if (2..=3).contains(&len) && ctx.has(c.end - 1, class::SURNAME) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::SURNAME));
    } else if has_surname_shape(last) && ((2..=3).contains(&len) || speaker) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::NAME_SHAPE));
    } else if speaker && len <= 3 && !is_in(&["it", "he", "she"], first) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::SPEAKER));
    }
}
