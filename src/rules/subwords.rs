//! Names inside a longer token, which the gazetteer (token by token) and
//! the chunk rules cannot see:
//!
//! * possessives that lost their apostrophe, common in press releases run
//!   through old publishing systems: `the FBIs Dallas Field Office`, `the
//!   Justice Departments Civil Rights Division`, `EOIRs mission` — the name
//!   is the word without its `s`, and a name after it starts a new chunk;
//! * a name before a hyphenated modifier: `a Dallas-area company`,
//!   `Denver-based Newmont`, `an FBI-led team`.
//!
//! Both look the stem up in the gazetteer (a rare, short lookup); an
//! acronym no list knows is taken for an institution.

use std::collections::HashSet;

use super::Context;
use super::chunks::Chunk;
use super::words::class;
use crate::names::FxBuild;
use crate::resolve::{Candidate, Source, label_priority};
use crate::span::Label;
use crate::tokenize::{Shape, Token, TokenKind};

/// Lower-case words after a hyphen that make the word before it a
/// modifier: `Dallas-area`, `Denver-based`.
const HYPHEN_MODIFIERS: &[&str] = &[
    "area", "based", "led", "born", "owned", "run", "backed", "integrated", "funded", "made",
    "bound", "linked", "affiliated", "sponsored", "controlled", "operated", "headquartered",
    "registered", "listed", "focused", "centred", "centered", "style",
];

/// The stem of a word that may be a possessive without its apostrophe
/// (`FBIs` → `FBI`, `Departments` → `Department`): a capitalised word of
/// three letters or more ending in a lower-case `s` (not `ss`).
fn possessive_stem(word: &str) -> Option<&str> {
    let stem = word.strip_suffix('s')?;
    let ok = stem.len() >= 2
        && !stem.ends_with('s')
        && !stem.ends_with('\'')
        && stem.bytes().all(|b| b.is_ascii_alphabetic())
        && stem.as_bytes()[0].is_ascii_uppercase();
    ok.then_some(stem)
}

/// True if the letters of `stem` are all capitals (`FBI`, `HUD`).
fn is_acronym(stem: &str) -> bool {
    stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase())
}

/// True if token `i` is a possessive without its apostrophe that a name
/// follows (`the FBIs Sioux City Resident Agency`, `the Justice
/// Departments Tax Division`): the chunk ends after it.
///
/// Asked of every word of every chunk: the cheap test is inlined, the rest
/// is not.
#[inline]
pub(crate) fn ends_chunk(ctx: &Context<'_>, i: usize) -> bool {
    let Some(t) = ctx.tokens.get(i) else {
        return false;
    };
    // Most words end in something else.
    ctx.text.as_bytes()[t.end - 1] == b's'
        && t.kind == TokenKind::Word
        && t.is_capitalized()
        && !t.is_all_caps()
        && ends_chunk_after_s(ctx, i, t)
}

#[inline(never)]
fn ends_chunk_after_s(ctx: &Context<'_>, i: usize, t: &Token) -> bool {
    let Some(stem) = possessive_stem(t.text(ctx.text)) else {
        return false;
    };
    let next_is_name = ctx.tokens.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word
            && n.is_capitalized()
            && !n.starts_sentence()
            && n.start == t.end + 1
    });
    // `Barnett Banks Inc.`: a plural inside a company's name.
    if !next_is_name
        || ctx.has(i + 1, class::INSTITUTION_HEAD)
        || ctx.match_covering(i).is_some_and(|m| m.end_token > i + 1)
    {
        return false;
    }
    is_acronym(stem) || is_unit_head(stem)
}

/// Heads of bodies that have named units (`the Justice Departments Tax
/// Division`): their plural before a name is a lost possessive.
const UNIT_OWNERS: &[&str] = &[
    "department", "division", "office", "agency", "bureau", "service", "ministry", "section",
    "court", "commission", "administration", "unit", "authority", "council", "committee",
];

fn is_unit_head(stem: &str) -> bool {
    super::words::is_in(UNIT_OWNERS, stem)
}

/// A candidate for `text[start..end]`, labelled by the gazetteer entry
/// that spells it exactly, or as an institution if it is an acronym.
fn stem_candidate(ctx: &Context<'_>, start: usize, end: usize) -> Option<Candidate> {
    let stem = &ctx.text[start..end];
    let found = ctx
        .gaz
        .find_all(stem)
        .into_iter()
        .find(|m| m.start == 0 && m.end == stem.len())
        .and_then(|m| ctx.gaz.tags(&m).next());
    let (label, source) = match found {
        Some(e) if !e.flags.weak => (e.label, Source::Meaning(e.idx)),
        _ if is_acronym(stem) => (Label::Institution, Source::Rule),
        _ => return None,
    };
    Some(Candidate {
        start,
        end,
        label,
        priority: label_priority(label),
        source,
    })
}

/// Candidates from a chunk whose last word is a possessive without its
/// apostrophe: the chunk without the `s` (`Justice Department`, `FBI`).
pub(crate) fn from_possessive_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    let last = &ctx.tokens[c.end - 1];
    let (start, end) = (ctx.tokens[c.start].start, last.end - 1);
    let stem = &ctx.text[last.start..end];
    if c.len() >= 2 && is_unit_head(stem) {
        let mut cand = ctx.candidate(
            c.start,
            c.end,
            Label::Institution,
            super::priority::HEAD_NOUN,
        );
        cand.end = end;
        out.push(cand);
    } else if let Some(cand) = stem_candidate(ctx, start, end) {
        out.push(cand);
    }
}

/// Names inside single tokens: an acronym possessive before a common noun
/// (`VWs plea`, when the acronym is a known name), and a name before a
/// hyphenated modifier (`Dallas-area`).
///
/// Called for each capitalised word `i`; `alone` holds the acronyms the
/// text uses on their own, gathered on first need.
#[inline]
pub(crate) fn at<'a>(
    ctx: &Context<'a>,
    i: usize,
    alone: &mut Option<Acronyms<'a>>,
    out: &mut Vec<Candidate>,
) {
    // Cheap tests first, inlined into the caller's loop: the shape is in
    // the token itself.
    let t = &ctx.tokens[i];
    if !t.is_capitalized() || t.kind != TokenKind::Word {
        return;
    }
    let hyphen = t.shape.contains(Shape::HYPHEN);
    let last_s = ctx.text.as_bytes()[t.end - 1] == b's';
    if (hyphen || last_s) && ctx.match_covering(i).is_none() {
        at_hyphen_or_s(ctx, i, hyphen, alone, out);
    }
}

#[inline(never)]
fn at_hyphen_or_s<'a>(
    ctx: &Context<'a>,
    i: usize,
    hyphen: bool,
    alone: &mut Option<Acronyms<'a>>,
    out: &mut Vec<Candidate>,
) {
    {
        let t = &ctx.tokens[i];
        let word = t.text(ctx.text);
        if hyphen && let Some(dash) = word.find('-') {
            let rest = &word[dash + 1..];
            if dash >= 2 && super::words::is_in(HYPHEN_MODIFIERS, rest) {
                out.extend(stem_candidate(ctx, t.start, t.start + dash));
            }
            return;
        }
        // `EOIRs mission`: only an acronym the lists know, or one the
        // document uses on its own too (`NGOs` is a plural).
        if let Some(stem) = possessive_stem(word)
            && is_acronym(stem)
            && !ends_chunk(ctx, i)
            && (stem_candidate(ctx, t.start, t.end - 1)
                .is_some_and(|c| c.source != Source::Rule && c.label == Label::Institution)
                || alone.get_or_insert_with(|| acronyms(ctx)).contains(stem))
        {
            out.extend(stem_candidate(ctx, t.start, t.end - 1));
        }
    }
}

/// The acronyms of a text that stand as tokens of their own.
type Acronyms<'a> = HashSet<&'a str, FxBuild>;

/// The acronyms that stand as tokens of their own in the text (only those
/// [`is_acronym`] accepts: nothing else is asked for).
fn acronyms<'a>(ctx: &Context<'a>) -> Acronyms<'a> {
    ctx.capitals
        .iter()
        .map(|&i| ctx.word(i as usize))
        .filter(|w| is_acronym(w))
        .collect()
}
