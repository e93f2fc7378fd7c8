//! Institutions by head noun: `Coordination Council`, `Ministry of Health`,
//! `Acme Corp`, a capitalised `Parliament`, and definite lower-case bodies
//! (`the health ministry`, not `a ministry`).

use super::chunks::Chunk;
use super::chunks::is_name_token;
use super::words::{GENERIC_INSTITUTION_HEADS, class};
use super::{Context, priority};
use crate::candidate::Candidate;
use crate::numbers::PrefixTable;
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

/// True for a company-style word: a capital inside after a lower-case
/// letter (`UpGuard`, `LifeCell`, `WalesOnline`, not `McDonald` or
/// `DeVries`), or a web address (`HelpingAnimals.com`).
pub(crate) fn is_camel_case(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 4 || !b[0].is_ascii_uppercase() {
        return false;
    }
    if [".com", ".org", ".net"].iter().any(|d| word.ends_with(d)) {
        return true;
    }
    let surname_prefix = [
        "Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Du", "Da",
    ]
    .iter()
    .any(|p| word.starts_with(p) && b.get(p.len()).is_some_and(u8::is_ascii_uppercase));
    let inner = b
        .windows(2)
        .skip(1)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    inner && !surname_prefix && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'.')
}

/// Institution candidates from one chunk (not a shouted one).
pub(crate) fn from_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    if c.len() == 1 && ctx.match_covering(c.start).is_none() && is_camel_case(ctx.word(c.start)) {
        out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::HEAD_NOUN));
        return;
    }
    if is_exact_match(ctx, c) {
        if c.len() == 1 && is_single_body(ctx, c.start) {
            out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::HEAD_NOUN));
        }
        return;
    }
    let last = c.end - 1;
    // `U.S. Army`, `Chicago Field Office`, `Scottish Labour Party`: a
    // place or demonym before the head stays in the name.
    let start = c.start;
    // `Colfax County`, `Kansas City`: places, unless they play.
    let place_head =
        ctx.has(last, class::PLACE_HEAD) && !super::context::is_team(ctx, c.start, c.end);
    let prefix_then_of =
        ctx.has(last, class::INSTITUTION_PREFIX) && (ctx.is(c.end, "of") || ctx.is(c.end, "for"));
    before_title(ctx, c, out);
    country_before_listed(ctx, c, out);
    if c.len() >= 2 && ctx.has(last, class::INSTITUTION_HEAD) && !place_head {
        let begin = and_before(ctx, start);
        out.push(ctx.candidate(begin, c.end, Label::Institution, priority::HEAD_NOUN));
    }
    if prefix_then_of {
        // `Ministry of Health`, `Organization for Security and Co-operation
        // in Europe`: connectors and capitalised words, ending on a word.
        let mut end = c.end;
        let mut j = c.end;
        let mut trim = 0;
        while j < ctx.tokens.len() && j - c.start < 10 && !ctx.tokens[j].starts_sentence() {
            // `Trial Attorneys Caryn Finley`: a title before a name ends
            // the body's name (`Office of Tribal Justice` goes on).
            if ctx.has(j, class::HONORIFIC)
                && ctx.is_capitalized_word(j)
                && ctx.is_capitalized_word(j + 1)
                && !ctx.has(j + 1, class::NAME_CONNECTOR)
            {
                while end > c.end && ctx.is_in(end - 1, TITLE_OPENERS) {
                    end -= 1;
                }
                break;
            }
            if is_name_token(ctx, j) && ctx.tokens[j].is_capitalized() {
                j += 1;
                end = j;
                // `the Department of Justices Tax Division`: the owner
                // ends at its lost possessive; `the Voting Section of the
                // Justice Departments …` names two bodies.
                if super::subwords::ends_chunk(ctx, j - 1) {
                    if (c.end..j).any(|k| ctx.is(k, "the")) {
                        end = c.end;
                    } else {
                        trim = 1;
                    }
                    break;
                }
            } else if ctx.has(j, class::NAME_CONNECTOR) {
                j += 1;
            } else {
                break;
            }
        }
        if end > c.end {
            let mut cand = ctx.candidate(start, end, Label::Institution, priority::HEAD_NOUN);
            cand.end -= trim;
            out.push(cand);
        }
    } else if c.len() == 1 && is_single_body(ctx, c.start) {
        out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::HEAD_NOUN));
    }
}

/// `U.S. Army Major John Cockerham`, `Fraud Section Trial Attorney Timothy
/// Loper`: a body named before a title inside the chunk.
fn before_title(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    // A title starts at `k` when a title word comes within three words
    // (`Trial Attorney`, `Senior Trial Attorney`).
    let title_at = |k: usize| (k..(k + 3).min(c.end)).any(|j| ctx.has(j, class::HONORIFIC));
    let Some(k) =
        (c.start + 1..c.end).find(|&k| ctx.has(k - 1, class::INSTITUTION_HEAD) && title_at(k))
    else {
        return;
    };
    if k - c.start >= 2 {
        out.push(ctx.candidate(c.start, k, Label::Institution, priority::HEAD_NOUN));
    }
}

/// `U.S. Department of Housing and Urban Development`, `US State
/// Department`: a country before a listed body is part of its name.
fn country_before_listed(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    let Some(first) = ctx.match_covering(c.start) else {
        return;
    };
    let k = first.end_token;
    if first.first_token != c.start || k >= c.end {
        return;
    }
    let body = ctx.match_covering(k).filter(|m| {
        // Two words at least: `U.S. Labour Day` names no body.
        m.first_token == k && m.end_token >= k + 2 && ctx.match_label(m) == Some(Label::Institution)
    });
    let country = || ctx.gaz.tags(first).next().is_some_and(|e| e.flags.country);
    if let Some(body) = body
        && country()
    {
        out.push(ctx.candidate(
            c.start,
            body.end_token,
            Label::Institution,
            priority::HEAD_NOUN,
        ));
    }
}

/// The start of a name joined by `and` or `&` before a name that ends in a
/// head noun: `Environment and Natural Resources Division`, `Fire and
/// Rescue`. One or two capitalised words, not a place or a person the
/// lists know, and no comma.
fn and_before(ctx: &Context<'_>, start: usize) -> usize {
    if start < 2 || !(ctx.is(start - 1, "and") || ctx.word(start - 1) == "&") {
        return start;
    }
    let mut first = start - 1;
    while first > 0
        && start - 1 - first < 2
        && ctx.is_capitalized_word(first - 1)
        && !ctx.tokens[first].starts_sentence()
    {
        first -= 1;
    }
    let known_other = (first..start - 1).any(|k| {
        ctx.match_covering(k)
            .is_some_and(|m| matches!(ctx.match_label(m), Some(Label::Place | Label::Person)))
    });
    if first == start - 1 || known_other || !is_name_token(ctx, first) {
        start
    } else {
        first
    }
}

fn is_single_body(ctx: &Context<'_>, i: usize) -> bool {
    !ctx.tokens[i].is_first_word()
        && !ctx.tokens[i].is_all_caps()
        && ctx.is_in(i, SINGLE_WORD_BODIES)
}

/// `the health ministry`, `the country's interior ministry`: a definite
/// determiner, a domain word, a generic head.
///
/// Called for the lower-case words that [`may_be_generic_head`] lets
/// through (two words at least before them); the rule itself is not
/// inlined.
#[inline]
pub(crate) fn definite_generic_at(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let t = &ctx.tokens[i];
    if t.kind == TokenKind::Word
        && !t.is_capitalized()
        && may_be_generic_head(t.text(ctx.text).as_bytes())
    {
        definite_generic(ctx, i, out);
    }
}

/// True if lower-case word `w` may be the generic head of
/// [`definite_generic_at`]: the heads are four to ten letters long, and
/// their first two letters, then the heads' filter, decide before any
/// lookup. The extractor's pass over the tokens lists the words it lets
/// through.
#[inline(always)]
pub(crate) fn may_be_generic_head(w: &[u8]) -> bool {
    matches!(w.len(), 4..=10)
        && matches!(
            [w[0], w[1]],
            [b'm', b'i']
                | [b'd', b'e']
                | [b'c', b'o']
                | [b'n', b'a']
                | [b'a', b'r']
                | [b'e', b'm']
                | [b'p', b'o']
                | [b'o', b'f']
        )
        && GENERIC_HEADS.may_contain(w)
}

/// The generic heads by first, second and last letter and length: what
/// their first two letters let through (`come`, `many`, `more`) is mostly
/// turned away here, before a lexicon lookup.
static GENERIC_HEADS: PrefixTable = PrefixTable::new(GENERIC_INSTITUTION_HEADS);

#[inline(never)]
fn definite_generic(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    {
        if !ctx.has(i, class::GENERIC_INSTITUTION) {
            return;
        }
        let domain = i - 1;
        // `Indonesian navy`, `the Myanma embassy`: a demonym before a
        // force or a mission names the country's own.
        let demonym = toks[domain].is_capitalized()
            && ctx.is_in(i, NATIONAL_BODIES)
            && ctx
                .match_covering(domain)
                .is_some_and(|m| m.end_token == i && ctx.match_label(m) == Some(Label::Group));
        if demonym {
            let first = ctx.match_covering(domain).map_or(domain, |m| m.first_token);
            out.push(ctx.candidate(first, i + 1, Label::Institution, priority::HEAD_NOUN));
            return;
        }
        // `chairing the President's office`
        if toks[domain].kind == TokenKind::Possessive
            && ctx.is(i, "office")
            && ctx.has(domain - 1, class::HONORIFIC)
            && ctx.is_capitalized_word(domain - 1)
        {
            out.push(ctx.candidate(domain - 1, i + 1, Label::Institution, priority::HEAD_NOUN));
            return;
        }
        if toks[domain].is_capitalized() || !ctx.has(domain, class::MINISTRY_DOMAIN) {
            return;
        }
        let det = domain - 1;
        let definite = ctx.is(det, "the")
            || toks[det].kind == TokenKind::Possessive
            || ctx.is_in(det, &["its", "their", "his", "her", "our", "this"])
            // `In Ontario, provincial police said`: a force needs no article.
            || (ctx.is(i, "police") && ctx.is_in(domain, &["provincial", "state", "federal"]));
        if definite {
            out.push(ctx.candidate(domain, i + 1, Label::Institution, priority::HEAD_NOUN));
        }
    }
}

/// Words that open a longer title (`Trial Attorney`, `Senior Special
/// Agent`): not part of the body's name before it.
const TITLE_OPENERS: &[&str] = &[
    "trial", "senior", "special", "assistant", "deputy", "acting", "principal", "chief",
    "associate", "vice", "executive",
];

/// Lower-case heads a demonym makes a country's own body: `Indonesian
/// navy`, `the Myanma embassy`.
const NATIONAL_BODIES: &[&str] = &["navy", "military", "army", "embassy", "coastguard"];

/// True if token `i` is a lower-case organisation noun.
fn is_organisation_noun(ctx: &Context<'_>, i: usize) -> bool {
    ctx.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized())
        && ctx.has(i, class::ORGANISATION_NOUN)
}

/// A chunk that its kind introduces (`the Mexican company Cultura
/// Colectiva`, `a company called LifeCell`) or describes in apposition
/// (`UpGuard, a cybersecurity firm,`) is an institution.
pub(crate) fn introduced(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    let mut before = c.start;
    if before >= 1 && ctx.is_in(before - 1, &["called", "named"]) {
        before -= 1;
    }
    let by_kind = before >= 1 && is_organisation_noun(ctx, before - 1);
    // `X, a cybersecurity firm`: up to two modifiers before the noun.
    let apposition = ctx.word(c.end) == ","
        && ctx.is_in(c.end + 1, &["a", "an", "the"])
        && (c.end + 2..c.end + 5).any(|k| is_organisation_noun(ctx, k))
        && (c.end + 2..c.end + 5)
            .take_while(|&k| !is_organisation_noun(ctx, k))
            .all(|k| ctx.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word));
    if (by_kind || apposition) && !ctx.has(c.end - 1, class::PLACE_HEAD) {
        out.push(ctx.candidate(c.start, c.end, Label::Institution, priority::TITLED_PERSON));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heads_filter_passes_every_generic_head() {
        for head in GENERIC_INSTITUTION_HEADS {
            // The rule's own prefilter: four to ten bytes.
            assert!((4..=10).contains(&head.len()), "{head}");
            assert!(GENERIC_HEADS.may_contain(head.as_bytes()), "{head}");
        }
        for other in ["come", "many", "more", "demand", "policy", "offer"] {
            assert!(!GENERIC_HEADS.may_contain(other.as_bytes()), "{other}");
        }
    }
}
