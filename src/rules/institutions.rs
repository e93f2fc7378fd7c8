//! Institutions by head noun: `Coordination Council`, `Ministry of Health`,
//! `Acme Corp`, a capitalised `Parliament`, and definite lower-case bodies
//! (`the health ministry`, not `a ministry`).

use super::chunks::Chunk;
use super::chunks::is_name_token;
use super::words::class;
use super::{Context, priority};
use crate::candidate::Candidate;
use crate::span::Label;
use crate::tokenize::TokenKind;

/// Single capitalised words that name a country's own legislature or
/// government when they stand mid-sentence.
const SINGLE_WORD_BODIES: &[&str] = &["parliament", "congress", "senate", "cabinet", "duma"];

/// True if a gazetteer match covers exactly the chunk: the list knows
/// better than a head-noun guess (`Mexico City`).
pub(crate) fn is_exact_match(ctx: &Context<'_>, c: &Chunk) -> bool {
    ctx.match_covering(c.start)
        .is_some_and(|m| m.first_token == c.start && m.end_token == c.end)
}

/// Institution candidates from one chunk (not a shouted one).
pub(crate) fn from_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    if is_exact_match(ctx, c) {
        if c.len() == 1 && is_single_body(ctx, c.start) {
            out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::HEAD_NOUN));
        }
        return;
    }
    let last = c.end - 1;
    if c.len() >= 2 && ctx.has(last, class::INSTITUTION_HEAD) {
        out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::HEAD_NOUN));
    } else if ctx.has(last, class::INSTITUTION_PREFIX)
        && (ctx.is(c.end, "of") || ctx.is(c.end, "for"))
    {
        // `Ministry of Health`, `Organization for Security and Co-operation
        // in Europe`: connectors and capitalised words, ending on a word.
        let mut end = c.end;
        let mut j = c.end;
        while j < ctx.tokens.len() && j - c.start < 10 && !ctx.tokens[j].starts_sentence() {
            if is_name_token(ctx, j) && ctx.tokens[j].is_capitalized() {
                j += 1;
                end = j;
            } else if ctx.has(j, class::NAME_CONNECTOR) {
                j += 1;
            } else {
                break;
            }
        }
        if end > c.end {
            out.push(ctx.candidate(c.start, end, Label::Institution, priority::HEAD_NOUN));
        }
    } else if c.len() == 1 && is_single_body(ctx, c.start) {
        out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::HEAD_NOUN));
    }
}

fn is_single_body(ctx: &Context<'_>, i: usize) -> bool {
    !ctx.tokens[i].is_first_word()
        && !ctx.tokens[i].is_all_caps()
        && ctx.is_in(i, SINGLE_WORD_BODIES)
}

/// `the health ministry`, `the country's interior ministry`: a definite
/// determiner, a domain word, a generic head.
pub(crate) fn definite_generic(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for i in 2..toks.len() {
        let t = &toks[i];
        // Cheap anchor test before any comparison.
        if t.kind != TokenKind::Word || !matches!(t.end - t.start, 8 | 10) || t.is_capitalized() {
            continue;
        }
        if !ctx.has(i, class::GENERIC_INSTITUTION) {
            continue;
        }
        let domain = i - 1;
        if toks[domain].is_capitalized() || !ctx.has(domain, class::MINISTRY_DOMAIN) {
            continue;
        }
        let det = domain - 1;
        let definite = ctx.is(det, "the")
            || toks[det].kind == TokenKind::Possessive
            || ctx.is_in(det, &["its", "their", "his", "her", "our", "this"]);
        if definite {
            out.push(ctx.candidate(domain, i + 1, Label::Institution, priority::HEAD_NOUN));
        }
    }
}
