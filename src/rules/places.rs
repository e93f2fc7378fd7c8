//! Places by head noun and context: `Xinjiang Province`, `Ala-Too square`,
//! `the capital Bishkek`, a building named in the text (`the parliament
//! building, known as the White House`), and places that stand for their
//! government (`Beijing said`).

use super::chunks::{Chunk, is_name_token};
use super::institutions::is_exact_match;
use super::words::class;
use super::{Context, priority};
use crate::candidate::Candidate;
use crate::span::{Detail, Label, Metonymy, Span};
use crate::tokenize::{Token, token_at_or_after};

/// Place candidates from one chunk (not a shouted one).
pub(crate) fn from_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    let last = c.end - 1;
    // `Virgin Islands` listed as a body: the head says it is land.
    // `U.S. District Judge J. Randal Hall`: a title inside makes the
    // rest a person, whatever the last word.
    let titled =
        || (c.start..last).any(|k| ctx.has(k, class::HONORIFIC) && ctx.is_capitalized_word(k));
    let headed = c.len() >= 2 && ctx.has(last, class::PLACE_HEAD) && !titled();
    let listed = headed && is_exact_match(ctx, c);
    let listed_body = listed
        && ctx.is_in(last, LAND_HEADS)
        && ctx
            .match_covering(c.start)
            .is_some_and(|m| ctx.match_label(m) == Some(Label::Institution));
    if headed && (!listed || listed_body) {
        out.push(ctx.candidate(c.start, c.end, Label::Place, priority::HEAD_NOUN));
        return;
    }
    if let Some(cand) = before_region(ctx, c) {
        out.push(cand);
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

/// Heads that make a name land, whatever a list says: `Virgin Islands`.
const LAND_HEADS: &[&str] = &[
    "islands", "island", "county", "province", "region", "peninsula", "valley", "river", "lake",
    "mountains", "sea", "bay", "coast", "parish", "creek", "estuary",
];

/// US state abbreviations as the press writes them after a town
/// (`Independence, Mo.`), and Canada's `B.C.`.
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.",
    "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "W.Va.", "Wyo.",
    "D.C.", "B.C.",
];

/// The end of a state abbreviation at token `i` (`N.Y.` is one token;
/// `Ind.` may be a word and its full stop), if there is one.
fn state_abbreviation_end(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let w = ctx.word(i);
    if w.ends_with('.') {
        return STATE_ABBREVIATIONS.contains(&w).then_some(i + 1);
    }
    let dot = ctx.tokens.get(i + 1)?;
    let joined = ctx.word(i + 1) == "." && dot.start == ctx.tokens[i].end;
    let listed = || {
        STATE_ABBREVIATIONS
            .iter()
            .any(|a| a.len() == w.len() + 1 && a.starts_with(w))
    };
    (joined && !w.is_empty() && listed()).then_some(i + 2)
}

/// True if tokens from `i` are a listed region or country (`Ohio`,
/// `Central Java`), and no name goes on after it; returns its end.
fn region_at(ctx: &Context<'_>, i: usize) -> Option<usize> {
    if let Some(end) = state_abbreviation_end(ctx, i) {
        return Some(end);
    }
    let m = ctx.match_covering(i)?;
    let end = m.end_token;
    let place = m.first_token == i && ctx.match_label(m) == Some(Label::Place);
    (place && !ctx.is_capitalized_word(end)).then_some(end)
}

/// `St. John, Ind.`, `Lorman, Mississippi`, `Sukoharjo, Central Java`: a
/// name before a comma and a listed region is a town (not a person's name
/// that starts with a given name: `Ariel Cruz, Mexico`).
fn before_region(ctx: &Context<'_>, c: &Chunk) -> Option<Candidate> {
    if ctx.word(c.end) != "," || region_at(ctx, c.end + 1).is_none() {
        return None;
    }
    if c.len() >= 2 && ctx.has(c.start, class::FIRST_NAME) {
        return None;
    }
    let listed_other = ctx.match_covering(c.start).is_some_and(|m| {
        m.first_token == c.start
            && m.end_token == c.end
            && matches!(ctx.match_label(m), Some(Label::Person | Label::Institution))
            && !ctx.gaz.tags(m).any(|e| e.label == Label::Place)
    });
    if listed_other || ctx.has(c.end - 1, class::INSTITUTION_HEAD) {
        return None;
    }
    Some(ctx.candidate(c.start, c.end, Label::Place, priority::HEAD_NOUN))
}

/// Places found from the words around a lower-case word `i` (not the
/// first token): `the town of X`, `the capital X`, `known as the X`.
///
/// Called for the lower-case words that [`may_anchor_alone`] lets through
/// and those of [`MIN_BEFORE_OF`] bytes or more before [`is_of`]: the
/// extractor's pass over the tokens lists them. The rules are not inlined.
#[inline]
pub(crate) fn lower_at(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let t = &ctx.tokens[i];
    let b = ctx.text.as_bytes();
    let len = t.end - t.start;
    let of_next = len >= MIN_BEFORE_OF && ctx.tokens.get(i + 1).is_some_and(|n| is_of(b, n));
    if of_next || may_anchor_alone(&b[t.start..t.end]) {
        lower_rules(ctx, i, len, of_next, out);
    }
}

/// True if lower-case word `w` may start a rule of [`lower_at`] whatever
/// follows it: `capital` and `known`, by length and first letter (in
/// either case: only `C` and `c` are `c` with the case bit set).
#[inline(always)]
pub(crate) fn may_anchor_alone(w: &[u8]) -> bool {
    match w.len() {
        7 => w[0] | 0x20 == b'c',
        5 => w[0] | 0x20 == b'k',
        _ => false,
    }
}

/// The fewest bytes of a lower-case word before `of` that [`lower_at`]
/// reads (`town of`, `island of`).
pub(crate) const MIN_BEFORE_OF: usize = 4;

/// True if token `t` (of a text of bytes `b`) is `of`, in any case.
#[inline(always)]
pub(crate) fn is_of(b: &[u8], t: &Token) -> bool {
    t.end == t.start + 2 && b[t.start..t.end].eq_ignore_ascii_case(b"of")
}

/// The rules of [`lower_at`] for word `i` of `len` bytes, `of_next` if it
/// has four bytes at least and `of` follows it.
#[inline(never)]
fn lower_rules(ctx: &Context<'_>, i: usize, len: usize, of_next: bool, out: &mut Vec<Candidate>) {
    // `the town of X`, `the Spanish island of Majorca`
    if of_next && ctx.is_in(i, PLACE_KINDS) && is_name_token(ctx, i + 2) {
        let end = name_end(ctx, i + 2);
        out.push(ctx.candidate(i + 2, end, Label::Place, priority::HEAD_NOUN));
    }
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

/// The context rules anchored on a capitalised word `i` (not the first
/// token): a state abbreviation after a town and a comma, a federal
/// judicial district.
pub(crate) fn capitalized_at(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let t = &ctx.tokens[i];
    let prev = &ctx.tokens[i - 1];
    // `Queens, N.Y.`: the abbreviation after a town is a place too.
    let after_comma = prev.is_byte(ctx.text, b',');
    if after_comma
        && ctx.is_capitalized_word(i.saturating_sub(2))
        && let Some(end) = state_abbreviation_end(ctx, i)
    {
        out.push(ctx.candidate(i, end, Label::Place, priority::HEAD_NOUN));
    }
    // `the Eastern District of Virginia`, `the District of the Virgin
    // Islands`: a federal judicial district is a place.
    if t.end - t.start == 8 && ctx.is(i, "district") && ctx.is(i + 1, "of") {
        let start = if ctx.is_in(i - 1, DISTRICT_SIDES) {
            i - 1
        } else {
            i
        };
        let mut j = i + 2;
        if ctx.is(j, "the") {
            j += 1;
        }
        if is_name_token(ctx, j) {
            // A listed state ends the district (`… of Texas Sarah Saldana`).
            let end = match ctx.match_covering(j) {
                Some(m) if m.first_token == j => m.end_token,
                _ => name_end(ctx, j),
            };
            out.push(ctx.candidate(start, end, Label::Place, priority::NAMED_BUILDING));
        }
    }
}

/// Words before `District of`: `the Eastern District of Virginia`.
const DISTRICT_SIDES: &[&str] = &[
    "eastern", "western", "northern", "southern", "middle", "central",
];

/// Lower-case kinds of places before `of X`: `the town of St. John`.
const PLACE_KINDS: &[&str] = &[
    "town", "city", "village", "island", "county", "province", "state", "region", "district",
    "borough", "township", "municipality", "port", "suburb", "hamlet", "communities", "towns",
    "cities", "villages", "islands",
];

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
pub(crate) fn mark_metonymy(ctx: &Context<'_>, spans: &mut [Span]) {
    let tokens = ctx.tokens;
    // Spans are sorted: a cursor gallops to each place's tokens.
    let mut first = 0;
    for s in spans.iter_mut().filter(|s| s.label == Label::Place) {
        first = token_at_or_after(tokens, first, s.start);
        // A place may start inside the token it ends.
        let mut last = first.saturating_sub(1);
        while last < tokens.len() && tokens[last].end < s.end {
            last += 1;
        }
        if tokens.get(last).is_none_or(|t| t.end != s.end) {
            continue;
        }
        let mut j = last + 1;
        // Up to two auxiliaries: `has also warned`, `is eager`.
        for _ in 0..2 {
            if ctx.has(j, class::AUXILIARY) {
                j += 1;
            }
        }
        if !ctx.has(j, class::GOVERNMENT_VERB) {
            continue;
        }
        // `Police in London said`, `Residents of Kyiv said`: the place is
        // where the speakers are, not the speaker.
        if first > 0 && ctx.has(first - 1, class::LOCATIVE) {
            continue;
        }
        if let Detail::Entity(e) = &mut s.detail {
            e.metonymy = Some(Metonymy::Government);
        }
    }
}
