//! Capitalised name sequences ("chunks"): runs of capitalised words, with
//! name particles inside when a capitalised word follows (`Leonardo da
//! Vinci`), never across a line break or a sentence start. The entity rules
//! judge chunks, not single tokens; the institution rules extend a chunk
//! across `of`, `for` and `and` where a head noun asks for it.

use super::Context;
use super::words::class;
use crate::tokenize::{Shape, Token, TokenKind};

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
    if t.kind != TokenKind::Word || !t.is_capitalized() {
        return false;
    }
    let classes = ctx.classes(i);
    // `Analyst Tolkunbek Zhumagulov said`: a sentence opens with a common word.
    let common_opener = t.is_first_word() && !t.is_all_caps() && classes & class::COMMON != 0;
    classes & class::NOT_NAME == 0 && !common_opener
}

fn continues(ctx: &Context<'_>, i: usize) -> bool {
    ctx.tokens
        .get(i)
        .is_some_and(|t| !t.shape.contains(Shape::NEWLINE_BEFORE) && !t.starts_sentence())
}

/// The chunks of a text, in order, not overlapping.
pub(crate) fn chunks(ctx: &Context<'_>) -> Vec<Chunk> {
    let n = ctx.tokens.len();
    let mut out = Vec::with_capacity(n / 8);
    // A name token is a capitalised word or one a list match covers: the
    // walk goes from one such token to the next (both lists are sorted),
    // not over the lower-case words between.
    let mut capitalized = ctx.capitalized.iter().copied().peekable();
    let mut matches = ctx.matches.iter().peekable();
    let mut i = 0;
    loop {
        while capitalized.next_if(|&k| k < i).is_some() {}
        while matches.next_if(|m| m.end_token <= i).is_some() {}
        let next_capitalized = capitalized.peek().copied().unwrap_or(n);
        let next_covered = matches.peek().map_or(n, |m| m.first_token.max(i));
        i = next_capitalized.min(next_covered);
        if i >= n {
            break;
        }
        if !is_name_token(ctx, i) {
            i += 1;
            continue;
        }
        let end = chunk_end(ctx, i);
        out.push(Chunk { start: i, end });
        i = end;
    }
    out
}

/// The end of the chunk that starts at name token `start`.
fn chunk_end(ctx: &Context<'_>, start: usize) -> usize {
    let n = ctx.tokens.len();
    let mut i = start + 1;
    loop {
        // `the FBIs Dallas Field Office`: a possessive without its
        // apostrophe ends the name; `WASHINGTON Thomas Ernst`: so does a
        // dateline.
        if super::subwords::ends_chunk(ctx, i - 1) || is_dateline(ctx, i - 1) {
            return i;
        }
        // `Greater Manchester Police`, `Kamloops Police`: the force named
        // after its place.
        let police =
            ctx.is(i, "police") && ctx.is_capitalized_word(i) && !ctx.tokens[i].is_all_caps();
        if i < n && continues(ctx, i) && (is_name_token(ctx, i) || police) {
            i += 1;
        } else if i + 1 < n
            && continues(ctx, i)
            && continues(ctx, i + 1)
            && ctx.has(i, class::PARTICLE)
            && ctx.is_capitalized_word(i + 1)
            && is_name_token(ctx, i + 1)
        {
            i += 2;
        } else {
            return i;
        }
    }
}

/// True if token `i` is a dateline in capitals at the start of a line
/// (`WASHINGTON Thomas J. Ernst, a resident of …`), before a word that is
/// not in capitals.
fn is_dateline(ctx: &Context<'_>, i: usize) -> bool {
    let t = &ctx.tokens[i];
    let first_of_line = i == 0 || t.shape.contains(Shape::NEWLINE_BEFORE);
    first_of_line
        && t.is_all_caps()
        && t.end - t.start >= 4
        && !ctx.word(i).contains('.')
        && ctx
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.is_capitalized() && !n.is_all_caps())
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

/// Calls `mark(start, end)` for each line's token range, given the first
/// token of every line (`lines`, in order) of `n` tokens.
fn for_each_line(n: usize, lines: &[usize], mut mark: impl FnMut(usize, usize)) {
    for (k, &start) in lines.iter().enumerate() {
        let end = lines.get(k + 1).copied().unwrap_or(n);
        mark(start, end);
    }
}

/// Marks the tokens of two kinds of lines:
///
/// * `headline`: lines written in title case (`Putin’s Puppet Prime
///   Minister Resigns`): at least four words, seven in ten capitalised, two
///   of them words usually written in lower case, and no full stop at the
///   end;
/// * `caps`: lines set in capitals: at least two words with letters, none
///   of them in lower case.
pub(crate) fn mark_lines(ctx: &Context<'_>, headline: &mut Vec<bool>, caps: &mut Vec<bool>) {
    let tokens = ctx.tokens;
    for out in [&mut *headline, &mut *caps] {
        out.clear();
        out.resize(tokens.len(), false);
    }
    for_each_line(tokens.len(), ctx.lines, |start, end| {
        // Its first word in lower case settles that a line is not set in
        // capitals, so this reads little of most lines.
        mark_caps_line(&tokens[start..end], &mut caps[start..end]);
        // A line that ends in a full stop, as running text does, is no
        // headline.
        if tokens[end - 1].is_byte(ctx.text, b'.') {
            return;
        }
        let (mut n, mut capitalized, mut common) = (0, 0, 0);
        for (i, t) in tokens.iter().enumerate().take(end).skip(start) {
            if t.kind != TokenKind::Word {
                continue;
            }
            n += 1;
            if t.is_capitalized() {
                capitalized += 1;
                if n > 1 && !t.is_all_caps() && ctx.has(i, class::COMMON) {
                    common += 1;
                }
            }
            // A line of running text is settled after a few words: too few
            // capitalised even if every token left were a capitalised word.
            let left = end - i - 1;
            if capitalized * 10 + left * 3 < n * 7 {
                return;
            }
        }
        if n >= 4 && capitalized * 10 >= n * 7 && common >= 2 {
            headline[start..end].fill(true);
        }
    });
}

/// Marks `caps` when `line` (tokens of one line) is set in capitals: at
/// least two words with letters, none of them in lower case.
fn mark_caps_line(line: &[Token], caps: &mut [bool]) {
    let mut lettered = 0;
    for t in line {
        if t.kind == TokenKind::Word && t.shape.contains(Shape::HAS_LETTER) {
            if !t.is_all_caps() {
                return;
            }
            lettered += 1;
        }
    }
    if lettered >= 2 {
        caps.fill(true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::names::NameLists;
    use crate::rules::Buffers;
    use crate::tokenize::{Token, tokenize};

    /// The first token of every line, by a scan of every token.
    fn lines_by_scan(tokens: &[Token]) -> Vec<usize> {
        (0..tokens.len())
            .filter(|&k| k == 0 || tokens[k].shape.contains(Shape::NEWLINE_BEFORE))
            .collect()
    }

    /// [`mark_lines`] with every line read to its end, its lines found by
    /// a scan of every token.
    fn mark_lines_fully(ctx: &Context<'_>) -> (Vec<bool>, Vec<bool>) {
        let tokens = ctx.tokens;
        let (mut headline, mut caps) = (vec![false; tokens.len()], vec![false; tokens.len()]);
        let lines = lines_by_scan(tokens);
        for_each_line(tokens.len(), &lines, |start, end| {
            let words: Vec<usize> = (start..end)
                .filter(|&i| tokens[i].kind == TokenKind::Word)
                .collect();
            let n = words.len();
            let capitalized = words
                .iter()
                .filter(|&&i| tokens[i].is_capitalized())
                .count();
            let common = words
                .iter()
                .enumerate()
                .filter(|&(k, &i)| {
                    let t = &tokens[i];
                    k > 0 && t.is_capitalized() && !t.is_all_caps() && ctx.has(i, class::COMMON)
                })
                .count();
            let lettered: Vec<&Token> = words
                .iter()
                .map(|&i| &tokens[i])
                .filter(|t| t.shape.contains(Shape::HAS_LETTER))
                .collect();
            let full_stop = ctx.word(end - 1) == ".";
            if n >= 4 && capitalized * 10 >= n * 7 && common >= 2 && !full_stop {
                headline[start..end].fill(true);
            }
            if lettered.len() >= 2 && lettered.iter().all(|t| t.is_all_caps()) {
                caps[start..end].fill(true);
            }
        });
        (headline, caps)
    }

    #[test]
    fn lines_left_early_are_marked_as_read_to_the_end() {
        // Each line is one case: a headline; one that opens in lower case
        // (five words) and is a headline by its title-case rest of twelve,
        // just enough (the bound on what is left must not give up on it:
        // 12 * 10 >= 17 * 7); capitals; running
        // text with a title-case tail too short to count; lower case only;
        // short lines; a headline with a full stop; capitals with one (the
        // full stop settles the headline, not the capitals); running text
        // with a full stop and words in capitals.
        let text = "Big Win for Protesters as Prime Minister Resigns\n\
                    as it was seen by The Minister Of State Who Resigns Over The New \
                    Protests In Bishkek\n\
                    PROTESTERS SEIZE PARLIAMENT IN BISHKEK\n\
                    Officials said on Tuesday that the talks had ended without any deal, \
                    and Then The New Prime Minister Of The Republic Spoke At Length\n\
                    police said the crowd of about five thousand people left the square\n\
                    A Short Line\n\
                    UN, EU and OSCE: 5,000 AT RALLY\n\
                    Mixed CAPS and lower\n\
                    One\n\
                    \n\
                    Head Of State Goes To The Polls As Rivals Boycott Vote.\n\
                    TROOPS LEAVE THE CAPITAL AFTER TALKS.\n\
                    Talks between the UN and NATO ended in OSLO.";
        let tokens = tokenize(text);
        let names = NameLists::defaults();
        let gaz = Gazetteer::builder().build().unwrap();
        let starts = crate::starts::Starts::of(text, &tokens);
        let ctx = Context::new(
            text,
            &tokens,
            starts.of_rules(),
            &names,
            &gaz,
            &[],
            Buffers::default(),
        );
        // The lines from the pass are those of a scan, blank lines and a
        // text that opens with a line break too.
        assert_eq!(ctx.lines, lines_by_scan(&tokens));
        for other in ["\nA\n\nB", "", "one line", "\n"] {
            let tokens = tokenize(other);
            let starts = crate::starts::Starts::of(other, &tokens);
            assert_eq!(starts.lines, lines_by_scan(&tokens), "{other:?}");
        }
        let (mut headline, mut caps) = (Vec::new(), Vec::new());
        mark_lines(&ctx, &mut headline, &mut caps);
        let (want_headline, want_caps) = mark_lines_fully(&ctx);
        assert_eq!(headline, want_headline);
        assert_eq!(caps, want_caps);
        // The second line, which opens in lower case, is a headline.
        let second = tokens.iter().position(|t| t.text(text) == "seen").unwrap();
        assert!(want_headline[second], "the case the bound must keep");
        assert!(caps.contains(&true) && caps.contains(&false));
        let troops = tokens
            .iter()
            .position(|t| t.text(text) == "TROOPS")
            .unwrap();
        assert!(caps[troops] && !headline[troops]);
        let vote = tokens.iter().position(|t| t.text(text) == "Vote").unwrap();
        assert!(!headline[vote] && !caps[vote]);
        let nato = tokens.iter().position(|t| t.text(text) == "NATO").unwrap();
        assert!(!caps[nato]);
    }

    /// [`chunks`] with every token tried as a start, as it was before
    /// the walk went from name token to name token.
    fn chunks_trying_every_token(ctx: &Context<'_>) -> Vec<Chunk> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < ctx.tokens.len() {
            if !is_name_token(ctx, i) {
                i += 1;
                continue;
            }
            let end = chunk_end(ctx, i);
            out.push(Chunk { start: i, end });
            i = end;
        }
        out
    }

    #[test]
    fn chunks_from_name_tokens_are_those_from_every_token() {
        // Capitalised runs, list names in lower case (matched in any case),
        // particles, a line in capitals, a possessive without apostrophe.
        let text = "BISHKEK, Oct. 7 — Protesters led by Sadyr Japarov seized the \
                    White House in Bishkek, and the ministry of foreign affairs said \
                    Leonardo da Vinci was no kyrgyzstan citizen.\n\
                    PROTESTERS SEIZE PARLIAMENT\n\
                    the FBIs Dallas Field Office and Greater Manchester Police said \
                    on Tuesday that al-Qaeda and the taliban were in afghanistan.";
        let tokens = tokenize(text);
        let ex = crate::Extractor::default();
        let mut matches = Vec::new();
        let mut scratch = crate::gazetteer::Scratch::default();
        ex.gazetteer()
            .find_in_tokens(text, &tokens, &mut scratch, &mut matches);
        let names = NameLists::defaults();
        let starts = crate::starts::Starts::of(text, &tokens);
        let ctx = Context::new(
            text,
            &tokens,
            starts.of_rules(),
            &names,
            ex.gazetteer(),
            &matches,
            Buffers::default(),
        );
        // Some match starts on a word in lower case: the walk must stop there.
        assert!(
            matches
                .iter()
                .any(|m| !tokens[m.first_token].is_capitalized())
        );
        let got = chunks(&ctx);
        assert!(got.len() >= 8, "{got:?}");
        assert_eq!(got, chunks_trying_every_token(&ctx));
    }
}
