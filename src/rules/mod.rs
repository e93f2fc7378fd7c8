//! Pattern rules over tokens: each module finds candidates of one label.
//!
//! * [`chunks`]: capitalised name sequences, the units the entity rules judge;
//! * [`people`]: titles, given names, surnames, name shapes, speech verbs;
//! * [`institutions`]: head nouns (`X Council`, `Ministry of X`, `the
//!   health ministry`);
//! * [`places`]: head nouns (`X Province`, `Ala-Too square`), `the capital
//!   X`, buildings named in the text, places standing for governments;
//! * [`context`]: what the words around a gazetteer match say of it;
//! * [`subwords`]: names inside a token (`FBIs` without its apostrophe,
//!   `Dallas-based`);
//! * [`dates`]: dates (quantities are [`crate::quantities`], the number
//!   parser [`crate::numbers`], claims [`crate::claims`]).
//!
//! Rules read tokens and gazetteer matches; they never re-scan the text.
//! Every rule looks at a bounded number of tokens around an anchor, so the
//! whole pass is linear in the number of tokens.

pub(crate) mod chunks;
pub(crate) mod context;
pub(crate) mod dates;
pub(crate) mod institutions;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod subwords;
pub(crate) mod words;

use std::cell::Cell;

use crate::candidate::{Candidate, Source};
use crate::gazetteer::{Gazetteer, Match};
use crate::names::NameLists;
use crate::span::Label;
use crate::tokenize::{Token, TokenKind};

/// Candidate priorities: among overlapping candidates of the same length,
/// the higher wins (see the resolver).
pub(crate) mod priority {
    /// `known as the White House` after a building noun.
    pub(crate) const NAMED_BUILDING: u8 = 57;
    /// A name after a title: `President Jeenbekov`.
    pub(crate) const TITLED_PERSON: u8 = 55;
    /// A name ending in a head noun: `Coordination Council`.
    pub(crate) const HEAD_NOUN: u8 = 50;
    /// Gazetteer entries, by label.
    pub(crate) const GAZ_PLACE: u8 = 40;
    /// Gazetteer people.
    pub(crate) const GAZ_PERSON: u8 = 38;
    /// Gazetteer institutions.
    pub(crate) const GAZ_INSTITUTION: u8 = 36;
    /// Gazetteer groups.
    pub(crate) const GAZ_GROUP: u8 = 30;
    /// A known given name first: `Kubatbek Boronov`.
    pub(crate) const GIVEN_NAME: u8 = 25;
    /// A known surname last.
    pub(crate) const SURNAME: u8 = 24;
    /// A name shape with another cue.
    pub(crate) const NAME_SHAPE: u8 = 23;
    /// A capitalised subject of a speech verb.
    pub(crate) const SPEAKER: u8 = 22;
}

/// What the entity rules see of one text.
pub(crate) struct Context<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) names: &'a NameLists,
    pub(crate) gaz: &'a Gazetteer,
    pub(crate) matches: &'a [Match],
    /// For each token, 1 + the index of the gazetteer match covering it, or 0.
    pub(crate) match_at: Vec<u32>,
    /// For each token, whether its line is a title-case headline.
    pub(crate) headline: Vec<bool>,
    /// For each token, whether its line is set in capitals.
    pub(crate) caps_line: Vec<bool>,
    /// For each token, its word classes, looked up on first use
    /// ([`UNKNOWN`] until then).
    classes: Vec<Cell<u32>>,
    /// The tokens in capitals of two letters or more (acronyms, shouted
    /// words), in order: the subword rules ask which acronyms a text uses.
    pub(crate) capitals: Vec<u32>,
    /// The capitalised words, in order (from the one pass over the
    /// tokens, `crate::starts`): the chunks start among these, and linking
    /// visits these only.
    pub(crate) capitalized: &'a [usize],
    /// The first token of every line, in order (`crate::starts` too).
    pub(crate) lines: &'a [usize],
    /// The lower-case words a one-word rule may be anchored on, in order
    /// (`crate::starts` too): the word rules visit these and the
    /// capitalised words, not every token.
    word_anchors: &'a [usize],
}

/// Where things start in a text, as the extractor's pass over the tokens
/// lists them (`crate::starts`): what the rules read besides the tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RuleStarts<'a> {
    /// The capitalised words, in order.
    pub(crate) capitalized: &'a [usize],
    /// The first token of every line, in order.
    pub(crate) lines: &'a [usize],
    /// The lower-case words a one-word rule may be anchored on, in order:
    /// a superset of those where [`institutions::definite_generic_at`]
    /// or [`places::lower_at`] finds anything.
    pub(crate) word_anchors: &'a [usize],
}

/// Marks a token whose classes were not looked up yet.
const UNKNOWN: u32 = 1 << 31;

/// The per-token vectors of a [`Context`], kept from text to text so that
/// a thread extracting many documents allocates them once.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    match_at: Vec<u32>,
    headline: Vec<bool>,
    caps_line: Vec<bool>,
    classes: Vec<Cell<u32>>,
    capitals: Vec<u32>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        text: &'a str,
        tokens: &'a [Token],
        starts: RuleStarts<'a>,
        names: &'a NameLists,
        gaz: &'a Gazetteer,
        matches: &'a [Match],
        buffers: Buffers,
    ) -> Context<'a> {
        let Buffers {
            mut match_at,
            mut headline,
            mut caps_line,
            mut classes,
            mut capitals,
        } = buffers;
        match_at.clear();
        match_at.resize(tokens.len(), 0);
        for (k, m) in matches.iter().enumerate() {
            for slot in &mut match_at[m.first_token..m.end_token.min(tokens.len())] {
                *slot = k as u32 + 1;
            }
        }
        classes.clear();
        capitals.clear();
        // The chunk rules ask for the classes of every capitalised word:
        // looked up here in one tight loop, the lookups' cache misses
        // overlap instead of waiting one by one inside the rules.
        classes.resize(tokens.len(), Cell::new(UNKNOWN));
        let RuleStarts {
            capitalized,
            lines,
            word_anchors,
        } = starts;
        for &i in capitalized {
            let t = &tokens[i];
            if t.is_all_caps() && t.end - t.start >= 2 {
                capitals.push(i as u32);
            }
            classes[i].set(names.classes(t.text(text)));
        }
        let mut ctx = Context {
            headline: Vec::new(),
            caps_line: Vec::new(),
            classes,
            capitals,
            capitalized,
            lines,
            word_anchors,
            text,
            tokens,
            names,
            gaz,
            matches,
            match_at,
        };
        // Headlines ask for word classes: the cache above serves them.
        chunks::mark_lines(&ctx, &mut headline, &mut caps_line);
        ctx.headline = headline;
        ctx.caps_line = caps_line;
        ctx
    }

    /// Gives the vectors back for the next text.
    pub(crate) fn into_buffers(self) -> Buffers {
        Buffers {
            match_at: self.match_at,
            headline: self.headline,
            caps_line: self.caps_line,
            classes: self.classes,
            capitals: self.capitals,
        }
    }

    /// True if token `i` stands in a line set in capitals.
    #[inline]
    pub(crate) fn is_all_caps_line(&self, i: usize) -> bool {
        self.caps_line.get(i).copied().unwrap_or(false)
    }

    /// The text of token `i` (empty past the end).
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// True if token `i` is the given word, ignoring ASCII case.
    #[inline]
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        let w = self.word(i);
        w.len() == word.len() && w.eq_ignore_ascii_case(word)
    }

    /// True if token `i` is in `list`, ignoring ASCII case (for short
    /// lists used at rare anchors; the lexicon's classes serve the rest).
    #[inline]
    pub(crate) fn is_in(&self, i: usize, list: &[&str]) -> bool {
        i < self.tokens.len() && words::is_in(list, self.word(i))
    }

    /// The word classes of token `i` (0 past the end or for non-words).
    /// The rules ask several times per token: the cached answer is inlined,
    /// the first lookup is not.
    #[inline]
    pub(crate) fn classes(&self, i: usize) -> u32 {
        let Some(cell) = self.classes.get(i) else {
            return 0;
        };
        let c = cell.get();
        if c != UNKNOWN {
            return c;
        }
        self.look_up_classes(i, cell)
    }

    #[inline(never)]
    fn look_up_classes(&self, i: usize, cell: &Cell<u32>) -> u32 {
        let t = &self.tokens[i];
        let c = if t.kind == TokenKind::Word {
            self.names.classes(t.text(self.text))
        } else {
            0
        };
        cell.set(c);
        c
    }

    /// True if token `i` has any of the classes `bits`.
    #[inline]
    pub(crate) fn has(&self, i: usize, bits: u32) -> bool {
        self.classes(i) & bits != 0
    }

    /// The gazetteer match covering token `i`, if any.
    #[inline]
    pub(crate) fn match_covering(&self, i: usize) -> Option<&'a Match> {
        match self.match_at.get(i) {
            Some(&k) if k > 0 => self.matches.get(k as usize - 1),
            _ => None,
        }
    }

    /// The preferred label of a gazetteer match.
    pub(crate) fn match_label(&self, m: &Match) -> Option<Label> {
        self.gaz.tags(m).next().map(|e| e.label)
    }

    /// True for a capitalised word token.
    #[inline]
    pub(crate) fn is_capitalized_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized())
    }

    /// A candidate over tokens `first..end` with no canonical name or id.
    pub(crate) fn candidate(
        &self,
        first: usize,
        end: usize,
        label: Label,
        priority: u8,
    ) -> Candidate {
        Candidate {
            start: self.tokens[first].start,
            end: self.tokens[end - 1].end,
            label,
            priority,
            source: Source::Rule,
        }
    }
}

/// The rules anchored on single words, at the capitalised words and the
/// lower-case anchors in text order (the two lists, merged): the bulk of
/// the lower-case words is not visited.
fn word_rules(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let mut alone = None;
    let (mut upper, mut lower) = (ctx.capitalized, ctx.word_anchors);
    loop {
        // The next token of either list (they hold different tokens).
        let capitalized = match (upper.first(), lower.first()) {
            (Some(u), Some(l)) => u < l,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return,
        };
        if capitalized {
            let i = upper[0];
            upper = &upper[1..];
            if i >= 1 {
                places::capitalized_at(ctx, i, out);
            }
            subwords::at(ctx, i, &mut alone, out);
        } else {
            let i = lower[0];
            lower = &lower[1..];
            if i >= 2 {
                institutions::definite_generic_at(ctx, i, out);
            }
            if i >= 1 {
                places::lower_at(ctx, i, out);
            }
        }
    }
}

/// Runs every entity rule, appending candidates.
pub(crate) fn find_entities(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let chunks = chunks::chunks(ctx);
    for c in &chunks {
        // Capitals say nothing in a shouted chunk: only list matches count.
        if chunks::is_shouting(ctx, c) {
            continue;
        }
        if subwords::ends_chunk(ctx, c.end - 1) {
            subwords::from_possessive_chunk(ctx, c, out);
            continue;
        }
        institutions::from_chunk(ctx, c, out);
        institutions::introduced(ctx, c, out);
        places::from_chunk(ctx, c, out);
        people::from_chunk(ctx, c, out);
    }
    word_rules(ctx, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// The word rules as they ran before the lists: a visit of every word.
    fn word_rules_at_every_word(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
        let mut alone = None;
        for (i, t) in ctx.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            if t.is_capitalized() {
                if i >= 1 {
                    places::capitalized_at(ctx, i, out);
                }
                subwords::at(ctx, i, &mut alone, out);
            } else {
                if i >= 2 {
                    institutions::definite_generic_at(ctx, i, out);
                }
                if i >= 1 {
                    places::lower_at(ctx, i, out);
                }
            }
        }
    }

    /// Visiting the listed words finds what visiting every word finds, in
    /// the same order: on the bench corpus and on written texts where an
    /// anchor is also the word before `of`, `of` is in capitals, and an
    /// anchor opens the text or follows a non-ASCII word.
    #[test]
    fn word_rules_at_the_listed_words_find_what_every_word_finds() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news.txt");
        let corpus = std::fs::read_to_string(path).unwrap_or_default();
        let extractor = crate::Extractor::default();
        let names = NameLists::defaults();
        let written = [
            "the capital of the province of Ontario, the health ministry of Peru",
            "Capital Of The Town Of Rye: the town OF Rye, the city of Ghent",
            "known as the Old Mill, a building known as the Forge; capital Lima",
            "ministry of defence; the Defense Ministry said. the çity of Ghent",
            "the island of Crete, the région of Alsace, the district of Columbia",
            "capital",
            "of",
            "town of",
        ];
        let texts = written
            .iter()
            .copied()
            .chain([corpus.get(..400_000).unwrap_or("")]);
        let mut found = 0;
        for text in texts {
            let tokens = tokenize(text);
            let starts = crate::starts::Starts::of(text, &tokens);
            let gaz = extractor.gazetteer();
            let matches = gaz.find_all(text);
            let ctx = Context::new(
                text,
                &tokens,
                starts.of_rules(),
                &names,
                gaz,
                &matches,
                Buffers::default(),
            );
            let (mut listed, mut every) = (Vec::new(), Vec::new());
            word_rules(&ctx, &mut listed);
            word_rules_at_every_word(&ctx, &mut every);
            assert_eq!(listed, every, "{text:.60}");
            assert!(ctx.word_anchors.is_sorted(), "{text:.60}");
            found += listed.len();
        }
        // The rules found something: the comparison is not of empty lists.
        assert!(found > 30, "{found}");
    }

    /// An anchor is listed once, whether it is one by itself or before
    /// `of`, and the bulk of lower-case words is not listed.
    #[test]
    fn anchors_are_listed_once_and_few() {
        let text = "the capital of the health ministry of a kingdom of old, \
                    the town of Rye and the people who live there said so";
        let tokens = tokenize(text);
        let starts = crate::starts::Starts::of(text, &tokens);
        let listed: Vec<&str> = starts
            .word_anchors
            .iter()
            .map(|&k| tokens[k].text(text))
            .collect();
        assert_eq!(listed, ["capital", "ministry", "kingdom", "town"]);
    }
}
