//! Context tests for gazetteer matches: does the text around a name support
//! reading it as the list says?

use super::Context;
use super::words::class;
use crate::tokenize::TokenKind;

/// A weak one-word name (`Chad`, `Reading`, `Apple`) stands where its
/// capital says something: inside a sentence and not in a headline; at the
/// start of a sentence or in capitals only with support around it, a
/// locative preposition before or a possessive or speech verb after.
pub(crate) fn supports_weak(ctx: &Context<'_>, i: usize) -> bool {
    let t = &ctx.tokens[i];
    let telling = !t.is_first_word()
        && !ctx.is_all_caps_line(i)
        && !ctx.headline.get(i).copied().unwrap_or(false);
    let before = i > 0 && ctx.has(i - 1, class::LOCATIVE) && !t.is_first_word();
    let after = ctx
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
        || ctx.has(i + 1, class::SPEECH);
    telling || before || after
}

/// A one-word institution from the lists that the text does not support:
/// a common word written with a capital inside a longer capitalised name
/// (`Principal Deputy`, `Criminal Division`, `Immigration Judge`), or a
/// weakly listed word that is also a given name or surname (`Tom`, `Dana`,
/// `Hilton` after `Judge`).
pub(crate) fn is_doubtful_institution(ctx: &Context<'_>, i: usize, weak: bool) -> bool {
    let t = &ctx.tokens[i];
    if t.is_all_caps() {
        return false;
    }
    let name_word = ctx.has(i, class::FIRST_NAME | class::SURNAME);
    if weak && name_word {
        return true;
    }
    // `Reed's home`: a listed company spelled with a possessive is, after
    // a given name or a surname, that person's.
    let possessive_next = ctx
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Possessive);
    if possessive_next && name_word {
        return true;
    }
    let next_capital = ctx
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalized() && !n.starts_sentence());
    let joined = ctx.is(i + 1, "and") && ctx.is_capitalized_word(i + 2);
    let common = ctx.has(i, class::COMMON) || weak;
    // A one-word company before another capitalised word is mostly a
    // word of a longer name no list has (`Criminal Investigation`).
    (common && (joined || t.is_first_word())) || next_capital
}

/// A common word set in capitals inside an all-caps line (`IN`, `AT`,
/// `WORLD` in a headline) is not an acronym.
pub(crate) fn is_shouted_word(ctx: &Context<'_>, i: usize) -> bool {
    let t = &ctx.tokens[i];
    t.is_all_caps() && ctx.is_all_caps_line(i) && ctx.has(i, class::COMMON)
}

/// A small whole number that is not a measure (`0`, `84`, `22 points`, but
/// not `56 miles`).
fn is_score(ctx: &Context<'_>, i: usize) -> bool {
    let small = ctx.tokens.get(i).is_some_and(|t| {
        let w = t.text(ctx.text);
        t.kind == TokenKind::Number && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
    });
    let measured = ctx.tokens.get(i + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.is_capitalized()
            && !ctx.is_in(i + 1, &["points", "pts", "runs", "goals", "wickets", "and"])
    });
    small && !measured
}

/// A place name used for a team: followed by a score on a line of results
/// (`Hull 0 Barnet 0`, `ATLANTA 84 50 .627`), next to `v`/`vs`, in an
/// all-caps `X AT Y` fixture, or the subject or object of a result verb.
pub(crate) fn is_team(ctx: &Context<'_>, first: usize, end: usize) -> bool {
    let next_is_score = is_score(ctx, end);
    if next_is_score && (is_score(ctx, end + 1) || line_has_other_score(ctx, first, end)) {
        return true;
    }
    let versus = |i: usize| ctx.is_in(i, &["v", "vs", "vs.", "v."]);
    if versus(end) || (first > 0 && versus(first - 1)) {
        return true;
    }
    // `BOSTON AT OAKLAND`: the visitors are a team, the venue a place.
    if ctx.word(end) == "AT" && ctx.is_all_caps_line(first) {
        return true;
    }
    ctx.has(end, class::SPORT_VERB) || (first > 0 && ctx.has(first - 1, class::SPORT_VERB))
}

/// True if another score stands on the same line, before or after the name.
fn line_has_other_score(ctx: &Context<'_>, first: usize, end: usize) -> bool {
    use crate::tokenize::Shape;
    let toks = ctx.tokens;
    let mut i = first;
    while i > 0 && !toks[i].shape.contains(Shape::NEWLINE_BEFORE) && first - i < 12 {
        i -= 1;
        if is_score(ctx, i) {
            return true;
        }
    }
    let mut j = end + 1;
    while j < toks.len() && !toks[j].shape.contains(Shape::NEWLINE_BEFORE) && j - end < 12 {
        if is_score(ctx, j) {
            return true;
        }
        j += 1;
    }
    false
}
