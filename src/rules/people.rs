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

/// Suffixes that end a full name: `John Q. Public Jr.`.
const NAME_SUFFIXES: &[&str] = &["jr.", "sr.", "ii", "iii", "iv"];

/// True if token `i` is a name suffix (`Jr.`, `III`).
fn is_suffix(ctx: &Context<'_>, i: usize) -> bool {
    ctx.tokens.get(i).is_some_and(|t| t.is_capitalized()) && ctx.is_in(i, NAME_SUFFIXES)
}

/// The end of a person's name that ends before token `end`, taking a
/// suffix after it (`Charles Bowie Jr.`, `Roy Dalton, Jr.`).
fn with_suffix(ctx: &Context<'_>, end: usize) -> usize {
    if is_suffix(ctx, end) {
        end + 1
    } else if ctx.word(end) == "," && is_suffix(ctx, end + 1) {
        end + 2
    } else {
        end
    }
}

/// Checks whether tokens `from..to` spell a title, ignoring case.
fn is_title(ctx: &Context<'_>, from: usize, to: usize) -> bool {
    // Cheap tests first: a title starts and ends in a title word.
    if !ctx.has(to - 1, class::TITLE_END) || !ctx.has(from, class::TITLE_START) {
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
    // The word-class tests first (one cached lookup per end); the
    // gazetteer only for the few runs that pass them.
    let (first, last) = (ctx.classes(from), ctx.classes(to - 1));
    let several = to - from >= 2;
    // `Operation Desert Storm`, `the Clean Air Act`: names of other things.
    if last & (class::NOT_PERSON_HEAD | class::INSTITUTION_HEAD) != 0 {
        return false;
    }
    // `Supreme Leader`, `Immigration Judge`: a title last is no surname,
    // unless a given name comes first (`Loretta King`).
    let given_first = first & class::FIRST_NAME != 0;
    let title_last = last & class::HONORIFIC != 0
        || (last & class::TITLE_END != 0 && last & class::SURNAME == 0);
    if title_last && !(several && given_first) {
        return false;
    }
    let initial_first = ctx.word(from).len() == 2 && ctx.word(from).ends_with('.');
    if several
        && (ctx.is(from, "operation")
            || (last & class::THING_HEAD != 0 && !given_first && !initial_first))
    {
        return false;
    }
    // `Corwin Hall`, `J. Randal Hall`: a place head is a surname after a
    // given name or an initial.
    if last & class::PLACE_HEAD != 0 && !(several && (given_first || initial_first)) {
        return false;
    }
    // `Air France`, `Statistics Canada`: a country last is not a surname.
    !ctx.match_covering(to - 1).is_some_and(|m| {
        m.end_token == to && ctx.gaz.tags(m).next().is_some_and(|e| e.flags.country)
    })
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
    let w = word.as_bytes();
    // The last two bytes first: most capitalised words end in a pair no
    // ending has, and take one table load.
    let [.., a, b] = w else {
        return false;
    };
    let pair = usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase());
    w.len() >= 5
        && ENDING_PAIRS[pair >> 6] & (1 << (pair & 63)) != 0
        && SURNAME_ENDINGS.iter().any(|e| {
            word.len() > e.len() + 2
                && word.is_char_boundary(word.len() - e.len())
                && word[word.len() - e.len()..].eq_ignore_ascii_case(e)
        })
}

/// The last two bytes of every surname ending (lower case), as a bit set
/// over byte pairs.
static ENDING_PAIRS: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let mut i = 0;
    while i < SURNAME_ENDINGS.len() {
        let e = SURNAME_ENDINGS[i].as_bytes();
        let pair = (e[e.len() - 2] as usize) << 8 | e[e.len() - 1] as usize;
        t[pair >> 6] |= 1 << (pair & 63);
        i += 1;
    }
    t
};

/// Person candidates from one chunk (not a shouted one: see
/// [`is_shouting`](super::chunks::is_shouting)).
pub(crate) fn from_chunk(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) {
    // `Charles Joseph Bowie Jr.`: the suffix is judged apart from the name.
    if c.len() >= 2 && is_suffix(ctx, c.end - 1) {
        let name = Chunk {
            start: c.start,
            end: c.end - 1,
        };
        let before = out.len();
        from_chunk(ctx, &name, out);
        for cand in &mut out[before..] {
            if cand.label == Label::Person && cand.end == ctx.tokens[name.end - 1].end {
                cand.end = ctx.tokens[c.end - 1].end;
            }
        }
        return;
    }
    if title_within(ctx, c, out) {
        return;
    }
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
            let mut cand = ctx.candidate(start, end, Label::Person, priority::TITLED_PERSON);
            cand.end = ctx.tokens[with_suffix(ctx, end) - 1].end;
            out.push(cand);
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
    let country_after = || {
        ctx.word(c.end) == "("
            && ctx.match_covering(c.end + 1).is_some_and(|m| {
                m.first_token == c.end + 1
                    && ctx.match_label(m) == Some(Label::Place)
                    && ctx.word(m.end_token) == ")"
            })
    };
    // `Yosbel Marimon, 40, of Winter Park`: an age in apposition.
    let age_after = || {
        ctx.word(c.end) == ","
            && ctx.tokens.get(c.end + 1).is_some_and(|t| {
                let w = t.text(ctx.text);
                t.kind == TokenKind::Number && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())
            })
            && matches!(ctx.word(c.end + 2), "," | ")" | ";")
    };
    if len == 1 && super::institutions::is_camel_case(first) {
        return;
    }
    if (2..=4).contains(&len) && initial(c.start) && !initial(c.end - 1) {
        // `M. Gatting`, `J. R. R. Tolkien`
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::GIVEN_NAME));
    } else if (2..=3).contains(&len)
        && (country_after() || age_after() || ctx.has(c.start, class::FIRST_NAME))
    {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::GIVEN_NAME));
    } else if (2..=3).contains(&len) && ctx.has(c.end - 1, class::SURNAME) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::SURNAME));
    } else if has_surname_shape(last) && ((2..=3).contains(&len) || speaker) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::NAME_SHAPE));
    } else if speaker && len <= 3 && !is_in(&["it", "he", "she"], first) {
        out.push(ctx.candidate(c.start, c.end, Label::Person, priority::SPEAKER));
    }
}

/// A title inside a longer chunk, before a name (`Acting Assistant Attorney
/// General Tom Wheeler`, `U.S. District Judge Sean F. Cox`, `Fraud Section
/// Trial Attorney Timothy Loper`): the words after the last title word are
/// the person when they look like a name. Returns true if it found one.
fn title_within(ctx: &Context<'_>, c: &Chunk, out: &mut Vec<Candidate>) -> bool {
    if c.len() < 2 {
        return false;
    }
    // The last title word with a name of one to four words after it.
    let Some(k) = (c.start..c.end - 1).rev().find(|&k| is_title_word(ctx, k)) else {
        return false;
    };
    let (start, end) = (k + 1, c.end);
    if end - start > 4 || !name_like(ctx, start, end) {
        return false;
    }
    // A name of one word is a known name or an unknown word that is no
    // common one (`Attorney General Ciraolo`; `General Electric` is not).
    let known = end - start >= 2
        || ctx.has(start, class::FIRST_NAME | class::SURNAME)
        || (ctx.match_covering(start).is_none() && !ctx.has(start, class::COMMON))
        || ctx
            .match_covering(start)
            .is_some_and(|m| m.first_token == start && ctx.match_label(m) == Some(Label::Person));
    if !known || is_other_entity(ctx, start, end) {
        return false;
    }
    out.push(ctx.candidate(start, end, Label::Person, priority::TITLED_PERSON));
    true
}

/// True if token `k` is a capitalised title word (`General`, `Attorney`,
/// `Judge`, `Chief`) and no part of a gazetteer name going on after it.
fn is_title_word(ctx: &Context<'_>, k: usize) -> bool {
    // `Special Agent in Charge Mike Fields`
    let in_charge =
        k >= 2 && ctx.is(k, "charge") && ctx.is(k - 1, "in") && ctx.has(k - 2, class::HONORIFIC);
    // Only the short titles of our own list: the long list's last words
    // (`York` of `Duke of York`) are too often names.
    ctx.is_capitalized_word(k)
        && (in_charge || ctx.has(k, class::HONORIFIC))
        && !ctx
            .match_covering(k)
            .is_some_and(|m| m.end_token > k + 1 && ctx.match_label(m) != Some(Label::Institution))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_shapes() {
        for (word, want) in [
            ("Akhmetov", true),
            ("PETROVA", true),
            ("Ivanović", true),
            ("Kovalenko", true),
            ("Gudmundsson", true),
            ("Abcov", true),
            ("Smith", false),
            ("Tabov", true),
            ("Ivov", false),
            ("Ov", false),
            ("Moscow", false),
            ("Protesters", false),
            ("ović", false),
            ("", false),
        ] {
            assert_eq!(has_surname_shape(word), want, "{word}");
        }
    }
}
