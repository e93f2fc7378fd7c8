//! Starts: the lists of where things can start in a text, so that each
//! family of the pipeline visits those tokens instead of testing every
//! token itself. They are made as the tokenizer makes the tokens
//! ([`Listing`], a [`Visit`]or of
//! [`tokenize_visiting`](crate::tokenize::tokenize_visiting)), while each
//! token's bytes are in cache: no pass of its own over the text.
//!
//! Most tokens of news are lower-case words that start nothing: here they
//! cost one filter and are not looked at again. The lists:
//!
//! * numbers (a digit, a number word, a sign glued to digits) and dates (a
//!   short number, a month, `yesterday`, `Q3`): numbers, quantities, dates
//!   and times ([`crate::numbers`], [`crate::quantities`],
//!   [`crate::rules::dates`]) are read from these;
//! * capitalised words: the rules' word classes are looked up for these,
//!   chunks start among them, and linking visits them;
//! * the lower-case words a rule of the entity families is anchored on
//!   (`ministry` of `the health ministry`, `town` of `the town of X`),
//!   by the families' own filters;
//! * sentence starts and quotation marks: the claims go from sentence to
//!   sentence and follow who speaks.
//!
//! The lists are plain token indices, so the families do not depend on
//! this module: it sits above them, and the extractor hands the lists on.
//! (The extractor's pass also lists where the gazetteer may find a name:
//! [`Gazetteer::may_start`](crate::gazetteer::Gazetteer::may_start).)

use crate::numbers::{PrefixTable, TRIGGERS, is_trigger};
use crate::rules::dates::{self, is_candidate};
use crate::rules::institutions::may_be_generic_head;
use crate::rules::places::{MIN_BEFORE_OF, is_of, may_anchor_alone};
use crate::tokenize::{Shape, Token, TokenKind, Visit};

/// Passes every word that can start a number or a date: most words of a
/// text are turned away by this one filter instead of two.
static EITHER: PrefixTable = PrefixTable::union(&TRIGGERS, &dates::FILTER);

/// The tokens of one text where numbers, dates, names, sentences and
/// quotations start, each list in order.
#[derive(Debug, Default)]
pub(crate) struct Starts {
    /// Tokens that can start a number ([`is_trigger`]): every number
    /// token, number words (`seven`, `dozen`), a sign glued to digits.
    pub(crate) numbers: Vec<usize>,
    /// Tokens that can start a date ([`is_candidate`]): short number
    /// tokens, months, weekdays, `yesterday`, `Q3`, `mid-`.
    pub(crate) dates: Vec<usize>,
    /// The first token of every sentence (`0` first, then the tokens
    /// flagged [`SENTENCE_START`](Shape::SENTENCE_START)), as
    /// [`sentences`](crate::tokenize::sentences) splits them.
    pub(crate) sentences: Vec<usize>,
    /// The first token of every line (`0` first, then the tokens flagged
    /// [`NEWLINE_BEFORE`](Shape::NEWLINE_BEFORE)): the rules judge lines
    /// (headlines, lines in capitals) from these.
    pub(crate) lines: Vec<usize>,
    /// Quotation marks: `"`, `“` and `”` (the claims follow who speaks).
    pub(crate) quotes: Vec<usize>,
    /// Capitalised words, where names start (and their mentions).
    pub(crate) capitalized: Vec<usize>,
    /// Lower-case words where a rule anchored on one word may start: a
    /// generic head ([`may_be_generic_head`]), `capital` or `known`
    /// ([`may_anchor_alone`]), a word of [`MIN_BEFORE_OF`] bytes or more
    /// before `of`. The rules test each again; the other lower-case words
    /// they do not visit.
    pub(crate) word_anchors: Vec<usize>,
    /// One past the last lower-case word of [`MIN_BEFORE_OF`] bytes or
    /// more (0 for none): an `of` there lists that word.
    after_long_lower: usize,
}

impl Starts {
    /// Replaces the lists with those of `tokens` (of `text`): what
    /// [`clear`](Self::clear) and a [`visit`](Self::visit) of every token
    /// make. The extractor makes them as the tokenizer goes instead.
    #[cfg(test)]
    pub(crate) fn find(&mut self, text: &str, tokens: &[Token]) {
        self.clear(text.len());
        for (k, t) in tokens.iter().enumerate() {
            self.visit(text, k, t);
        }
    }

    /// Empties the lists for a text of `len` bytes, with room for the
    /// starts of news that long.
    pub(crate) fn clear(&mut self, len: usize) {
        self.numbers.clear();
        self.dates.clear();
        self.sentences.clear();
        self.lines.clear();
        self.quotes.clear();
        self.capitalized.clear();
        self.word_anchors.clear();
        self.after_long_lower = 0;
        // News has about a token per five bytes, a number start per
        // twenty tokens, a date start per forty, a sentence per twenty
        // and a capitalised word per five.
        let tokens = len / 5;
        self.numbers.reserve(tokens / 16);
        self.dates.reserve(tokens / 32);
        self.sentences.reserve(tokens / 16);
        self.lines.reserve(tokens / 64);
        self.capitalized.reserve(tokens / 4);
        self.word_anchors.reserve(tokens / 64);
    }

    /// Lists token `k` (`t`, of `text`), the tokens before it visited in
    /// order.
    #[inline(always)]
    pub(crate) fn visit(&mut self, text: &str, k: usize, t: &Token) {
        let bytes = text.as_bytes();
        if k == 0 || t.starts_sentence() {
            self.sentences.push(k);
        }
        if k == 0 || t.shape.contains(Shape::NEWLINE_BEFORE) {
            self.lines.push(k);
        }
        match t.kind {
            TokenKind::Word => {
                if t.is_capitalized() {
                    self.capitalized.push(k);
                } else {
                    self.lower_word(bytes, k, t);
                }
                // `of` lists the long lower-case word before it, once (it
                // may be an anchor by itself too).
                if is_of(bytes, t)
                    && self.after_long_lower == k
                    && k > 0
                    && self.word_anchors.last() != Some(&(k - 1))
                {
                    self.word_anchors.push(k - 1);
                }
                // A word of ASCII letters (no dot, hyphen or digit) meets
                // the filter with its bytes as they are; the others take
                // the tests.
                let plain = t.shape.contains(Shape::PLAIN) && !t.shape.contains(Shape::HAS_DIGIT);
                if !plain || EITHER.may_contain(&bytes[t.start..t.end]) {
                    self.test(text, t, k);
                }
            }
            // Punctuation starts a number only as a sign or a dot (`-5`,
            // `.08`), and no date.
            TokenKind::Punct => match bytes.get(t.start) {
                Some(b'-' | b'.') => self.test(text, t, k),
                Some(b'"' | 0xE2) if is_double_quote(&bytes[t.start..t.end]) => self.quotes.push(k),
                _ => {}
            },
            TokenKind::Symbol | TokenKind::Possessive
                if !matches!(bytes.get(t.start), Some(b'-' | b'.')) => {}
            _ => self.test(text, t, k),
        }
    }

    /// Lists lower-case word `k` (`t`) if a rule may be anchored on it, and
    /// notes it if an `of` after it would list it. Both take words of
    /// [`MIN_BEFORE_OF`] bytes or more, so shorter ones (most words) leave
    /// at the first test.
    #[inline(always)]
    fn lower_word(&mut self, bytes: &[u8], k: usize, t: &Token) {
        let w = &bytes[t.start..t.end];
        if w.len() >= MIN_BEFORE_OF {
            self.after_long_lower = k + 1;
            if may_anchor_alone(w) || may_be_generic_head(w) {
                self.word_anchors.push(k);
            }
        }
    }

    /// Lists token `k` where its tests say.
    #[inline(never)]
    fn test(&mut self, text: &str, t: &Token, k: usize) {
        if is_trigger(text, t) {
            self.numbers.push(k);
        }
        if is_candidate(text, t) {
            self.dates.push(k);
        }
    }

    /// The lists the entity rules read.
    pub(crate) fn of_rules(&self) -> crate::rules::RuleStarts<'_> {
        crate::rules::RuleStarts {
            capitalized: &self.capitalized,
            lines: &self.lines,
            word_anchors: &self.word_anchors,
        }
    }

    /// The lists of `tokens`, in new vectors.
    #[cfg(test)]
    pub(crate) fn of(text: &str, tokens: &[Token]) -> Starts {
        let mut starts = Starts::default();
        starts.find(text, tokens);
        starts
    }
}

/// The starts of one text, listed as the tokenizer makes its tokens
/// ([`crate::tokenize::tokenize_visiting`]).
pub(crate) struct Listing<'a> {
    pub(crate) starts: &'a mut Starts,
    pub(crate) text: &'a str,
}

impl Visit for Listing<'_> {
    #[inline(always)]
    fn visit(&mut self, k: usize, token: &Token) {
        self.starts.visit(self.text, k, token);
    }
}

/// True for a double quotation mark: `"`, `“` or `”` (the marks the
/// claims follow; the syntax's quotes take single ones too).
fn is_double_quote(w: &[u8]) -> bool {
    w == b"\"" || w == "“".as_bytes() || w == "”".as_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// The listed tokens, as text.
    fn words<'t>(text: &'t str, tokens: &[Token], at: &[usize]) -> Vec<&'t str> {
        at.iter().map(|&k| tokens[k].text(text)).collect()
    }

    /// The lists made as the tokenizer goes are those of the finished
    /// tokens, on the bench corpus and on texts with every kind of start
    /// (a text before them left its lists behind: they are cleared).
    #[test]
    fn listing_while_tokenizing_lists_what_find_lists() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news.txt");
        let corpus = std::fs::read_to_string(path).unwrap_or_default();
        let texts = [
            "“Seven”, he said on May 5: -5, .08 and Q3. Mid-April, \"a dozen\" in Bishkek.",
            "",
            "5",
            "\n\nIT WAS 2020. Then -- 3½ years -- nothing.",
            corpus.get(..300_000).unwrap_or(""),
        ];
        let mut listed = Starts::default();
        listed.clear(1);
        listed.sentences.extend([1, 2, 3]);
        listed.lines.push(5);
        listed.numbers.push(7);
        listed.word_anchors.push(9);
        listed.after_long_lower = 3;
        let mut tokens = Vec::new();
        for text in texts {
            listed.clear(text.len());
            let mut listing = Listing {
                starts: &mut listed,
                text,
            };
            crate::tokenize::tokenize_visiting(text, &mut tokens, &mut listing);
            let want = Starts::of(text, &tokens);
            assert_eq!(listed.numbers, want.numbers, "{text:.40}");
            assert_eq!(listed.dates, want.dates, "{text:.40}");
            assert_eq!(listed.sentences, want.sentences, "{text:.40}");
            assert_eq!(listed.lines, want.lines, "{text:.40}");
            assert_eq!(listed.quotes, want.quotes, "{text:.40}");
            assert_eq!(listed.capitalized, want.capitalized, "{text:.40}");
            assert_eq!(listed.word_anchors, want.word_anchors, "{text:.40}");
        }
        // The corpus was there, and its lists are long.
        let (numbers, capitalized) = (listed.numbers.len(), listed.capitalized.len());
        assert!(
            numbers > 1000 && capitalized > 5000,
            "{numbers} {capitalized}"
        );
    }

    /// No word shorter than [`MIN_BEFORE_OF`] is an anchor, so the pass
    /// need not test them: every word of up to three ASCII letters.
    #[test]
    fn short_words_anchor_nothing() {
        let letters = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let mut tested = 0;
        for _ in 0..MIN_BEFORE_OF - 1 {
            words = words
                .iter()
                .flat_map(|w| letters.iter().map(move |&c| [w.as_slice(), &[c]].concat()))
                .collect();
            for w in &words {
                assert!(!may_anchor_alone(w) && !may_be_generic_head(w), "{w:?}");
                tested += 1;
            }
        }
        assert!(tested > 140_000, "{tested}");
        // Words of four letters or more are anchors where the rules say.
        assert!(may_anchor_alone(b"capital") && may_anchor_alone(b"known"));
        assert!(may_anchor_alone(b"CAPITAL") && may_anchor_alone(b"Known"));
        // Only `C` and `c` read as `c` (nor `#`, `A` or a UTF-8 byte).
        for first in (0..=255u8).filter(|b| !b"cCkK".contains(b)) {
            let (seven, five) = ([first, b'a', b'p', b'i', b't', b'a', b'l'], [first; 5]);
            assert!(
                !may_anchor_alone(&seven) && !may_anchor_alone(&five),
                "{first}"
            );
        }
        assert!(may_be_generic_head(b"ministry") && !may_be_generic_head(b"people"));
    }

    #[test]
    fn lists_number_and_date_starts_in_order() {
        let text = "Some 5,000 people marched on Tuesday, two days after \
                    the vote of March 3; a dozen were held until mid-April.";
        let tokens = tokenize(text);
        let starts = Starts::of(text, &tokens);
        assert!(starts.numbers.is_sorted() && starts.dates.is_sorted());
        let numbers = words(text, &tokens, &starts.numbers);
        for w in ["5,000", "two", "3", "dozen"] {
            assert!(numbers.contains(&w), "{w} missing from {numbers:?}");
        }
        let dates = words(text, &tokens, &starts.dates);
        for w in ["Tuesday", "March", "3", "mid-April"] {
            assert!(dates.contains(&w), "{w} missing from {dates:?}");
        }
        // The lower-case bulk is in neither list.
        for w in ["people", "marched", "the", "vote", "were", "held"] {
            assert!(!numbers.contains(&w) && !dates.contains(&w), "{w} listed");
        }
    }

    #[test]
    fn lists_agree_with_the_tests_token_by_token() {
        let text = "On 12/05/1990, -5 degrees and .08 percent; FY2015 Q3 \
                    twenty-one SCP-173 USD115 Yesterday, last week’s 1e999; \
                    Mr. Akayev left on Jan. 5, Sept. 30 or in mid-2021, naïvely.";
        let tokens = tokenize(text);
        let starts = Starts::of(text, &tokens);
        for (k, t) in tokens.iter().enumerate() {
            assert_eq!(starts.numbers.contains(&k), is_trigger(text, t), "{k}");
            assert_eq!(starts.dates.contains(&k), is_candidate(text, t), "{k}");
            let capitalized = t.kind == TokenKind::Word && t.is_capitalized();
            assert_eq!(starts.capitalized.contains(&k), capitalized, "{k}");
        }
        assert!(starts.capitalized.len() >= 5);
    }

    #[test]
    fn lists_sentence_starts_and_quotation_marks() {
        let text = "\"We will stay,\" he said. “Not now.” Talks - in \"Bishkek\" - \
                    ended ’s.\n\nA new line";
        let tokens = tokenize(text);
        let starts = Starts::of(text, &tokens);
        assert_eq!(starts.sentences, crate::tokenize::sentence_starts(&tokens));
        assert!(starts.sentences.len() >= 4, "{:?}", starts.sentences);
        let quotes = words(text, &tokens, &starts.quotes);
        assert_eq!(quotes, ["\"", "\"", "“", "”", "\"", "\""]);
        assert!(Starts::of("", &[]).sentences.is_empty());
    }
}
