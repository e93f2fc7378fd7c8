//! The tokenizer: text → [`Token`]s with byte ranges, kinds, shape flags and
//! sentence starts.
//!
//! Rules that the rest of the pipeline relies on:
//!
//! * Possessives are split off, straight and curly: `Bishkek's` → `Bishkek`
//!   + `'s`, `Putin’s` → `Putin` + `’s`.
//! * Hyphenated words and numbers stay one token (`Ala-Too`, `19-year-old`,
//!   `post-election`); the [`Shape::HYPHEN`] flag marks them.
//! * Numbers keep their separators: `5,000`, `1,234.56`, `2.5`, `10:30`, and
//!   letters glued to digits (`21st`, `10k`, `1990s`).
//! * Initials and known abbreviations keep their dot (`Mr.`, `U.S.`, `Oct.`,
//!   `J.`) and never end a sentence; `.`, `!` and `?` elsewhere do, and so
//!   does a line break (headlines and datelines carry no full stop).
//! * Every Unicode whitespace (NBSP, thin space, line and paragraph
//!   separators) separates tokens.
//!
//! ASCII letters and digits are classed eight bytes at a time, and a word
//! that ends at a space or plain punctuation takes no other scan, nor does
//! a number of digit groups (`5,000`, `2.5`); other
//! chars are decoded and classified by Unicode properties (the common
//! Latin and Cyrillic letters by range), and runs of scripts written
//! without spaces (Chinese, Japanese, Thai, …) are split at
//! `unicode-segmentation` word bounds.

use unicode_segmentation::UnicodeSegmentation;

/// The coarse class of a token.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits after the first letter): `Bishkek`, `post-election`.
    Word,
    /// Starts with a digit: `5,000`, `2.5`, `19-year-old`, `21st`.
    Number,
    /// Punctuation: `.`, `,`, `"`, `–`, `(`.
    Punct,
    /// Symbols: `$`, `%`, `€`, `+`.
    Symbol,
    /// A possessive clitic split from its word: `'s`, `’s`.
    Possessive,
}

/// Shape flags of a token, a small bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Shape(u16);

impl Shape {
    /// The first char is upper case.
    pub const CAPITALIZED: Shape = Shape(1);
    /// Has letters and none of them is lower case (`USSR`, `LONDON`, `U.S.`).
    pub const ALL_CAPS: Shape = Shape(1 << 1);
    /// Contains a digit.
    pub const HAS_DIGIT: Shape = Shape(1 << 2);
    /// Contains an inner hyphen.
    pub const HYPHEN: Shape = Shape(1 << 3);
    /// Ends with an abbreviation dot that is part of the token (`Mr.`, `U.S.`).
    pub const ABBREVIATION: Shape = Shape(1 << 4);
    /// First token of a sentence (of any kind).
    pub const SENTENCE_START: Shape = Shape(1 << 5);
    /// First word or number of a sentence (opening quotes and brackets skipped).
    pub const FIRST_WORD: Shape = Shape(1 << 6);
    /// Whitespace comes right before the token.
    pub const SPACE_BEFORE: Shape = Shape(1 << 7);
    /// A line break comes before the token (and after the previous one).
    pub const NEWLINE_BEFORE: Shape = Shape(1 << 8);
    /// Contains a non-ASCII char.
    pub const NON_ASCII: Shape = Shape(1 << 9);
    /// Contains a letter.
    pub const HAS_LETTER: Shape = Shape(1 << 10);
    /// A word or number of ASCII letters and digits only (no hyphen,
    /// apostrophe, dot, comma or other char): `Bishkek`, `2020`, `B52`.
    pub const PLAIN: Shape = Shape(1 << 11);

    /// True if every flag of `other` is set.
    #[inline]
    pub fn contains(self, other: Shape) -> bool {
        self.0 & other.0 == other.0
    }

    #[inline]
    fn insert(&mut self, other: Shape) {
        self.0 |= other.0;
    }
}

/// One token: a byte range of the input with its kind and shape.
///
/// ```
/// use factspan::tokenize::{tokenize, TokenKind};
/// let text = "Putin’s puppet";
/// let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(toks, ["Putin", "’s", "puppet"]);
/// assert_eq!(tokenize(text)[1].kind, TokenKind::Possessive);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The token's class.
    pub kind: TokenKind,
    /// The token's shape flags.
    pub shape: Shape,
}

impl Token {
    /// The token's text in `input` (the text it was made from).
    #[inline(always)]
    pub fn text<'t>(&self, input: &'t str) -> &'t str {
        input.get(self.start..self.end).unwrap_or("")
    }

    /// True for words whose first char is upper case.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.shape.contains(Shape::CAPITALIZED)
    }

    /// True for tokens with letters, none of them lower case.
    #[inline]
    pub fn is_all_caps(&self) -> bool {
        self.shape.contains(Shape::ALL_CAPS)
    }

    /// True for the first token of a sentence.
    #[inline]
    pub fn starts_sentence(&self) -> bool {
        self.shape.contains(Shape::SENTENCE_START)
    }

    /// True for the first word or number of a sentence.
    #[inline]
    pub fn is_first_word(&self) -> bool {
        self.shape.contains(Shape::FIRST_WORD)
    }

    /// True for a word token (letters first).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True if the token is the one ASCII byte `b` of `input` (a comma,
    /// a full stop): the byte is compared, not a string.
    #[inline]
    pub(crate) fn is_byte(&self, input: &str, b: u8) -> bool {
        self.end == self.start + 1 && input.as_bytes().get(self.start) == Some(&b)
    }
}

/// Tokenizes `text` into a new vector.
///
/// ```
/// use factspan::tokenize::tokenize;
/// let text = "At least 5,000 people gathered in Bishkek's Ala-Too square.";
/// let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(toks, ["At", "least", "5,000", "people", "gathered", "in",
///                   "Bishkek", "'s", "Ala-Too", "square", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

/// Tokenizes `text`, appending to `out` (cleared first), so that callers can
/// reuse one buffer across documents.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    tokenize_visiting(text, out, &mut ());
}

/// What rides on the tokenizer's pass: [`tokenize_visiting`] calls
/// [`visit`](Visit::visit) for every token as it is made.
pub(crate) trait Visit {
    /// Token `k` (its index in the output), made after every token
    /// before it. Implementations are to be `#[inline(always)]`: the
    /// call sits in the tokenizer's tightest loop.
    fn visit(&mut self, k: usize, token: &Token);
}

/// Visits nothing: plain tokenizing.
impl Visit for () {
    #[inline(always)]
    fn visit(&mut self, _: usize, _: &Token) {}
}

/// Like [`tokenize_into`], and calls `visitor` for every token as it is
/// made, in order: a pass over the tokens that rides on the tokenizer's
/// own, while each token's bytes are in cache, instead of a second walk
/// over the whole text.
// Not inlined: profiles name the tokenizer (and what rides on it) by
// this function.
#[inline(never)]
pub(crate) fn tokenize_visiting(text: &str, out: &mut Vec<Token>, visitor: &mut impl Visit) {
    out.clear();
    // News runs at about one token per five or six bytes: one allocation
    // instead of a series of doublings.
    out.reserve(text.len() / 5 + 1);
    Tokens::new(text).fill(out, visitor);
}

/// The index of the first token at or after `from` that does not start
/// before byte `offset` (`tokens.len()` if none). Callers that walk a text's
/// spans in order pass the previous answer as `from`: the search gallops
/// from there, so a pass costs a few steps per span instead of one per
/// token or a binary search over the whole text.
pub(crate) fn token_at_or_after(tokens: &[Token], from: usize, offset: usize) -> usize {
    let from = from.min(tokens.len());
    let mut step = 1;
    let mut lo = from;
    // Gallop: `tokens[lo]` starts before `offset`; find an upper bound.
    while lo + step < tokens.len() && tokens[lo + step].start < offset {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(tokens.len());
    lo + tokens[lo..hi].partition_point(|t| t.start < offset)
}

/// The sentences of a token slice, as index ranges into it.
///
/// ```
/// use factspan::tokenize::{sentences, tokenize};
/// let text = "Mr. Japarov spoke. Dr. Xi did not.";
/// let toks = tokenize(text);
/// let s: Vec<_> = sentences(&toks).map(|r| toks[r.start].text(text)).collect();
/// assert_eq!(s, ["Mr.", "Dr."]);
/// ```
pub fn sentences(tokens: &[Token]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= tokens.len() {
            return None;
        }
        let start = i;
        i += 1;
        while i < tokens.len() && !tokens[i].starts_sentence() {
            i += 1;
        }
        Some(start..i)
    })
}

/// The first token of each sentence of a token slice ([`sentences`]), in
/// order: the list [`sentence_start_of`] searches.
pub(crate) fn sentence_starts(tokens: &[Token]) -> Vec<usize> {
    sentences(tokens).map(|r| r.start).collect()
}

/// The first token of the sentence that holds token `k`: the last of
/// `sentence_starts` (the first tokens of a text's sentences, in order, as
/// [`sentences`] yields them) at or before `k`, or 0. A binary search:
/// readers that need a number's sentence ask this instead of walking back
/// over its tokens, which a sentence of many numbers would make quadratic.
pub(crate) fn sentence_start_of(sentence_starts: &[usize], k: usize) -> usize {
    match sentence_starts.partition_point(|&s| s <= k) {
        0 => 0,
        n => sentence_starts[n - 1],
    }
}

/// Abbreviations that keep their dot and never end a sentence (lower case,
/// sorted for binary search).
const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "al", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "capt", "cf",
    "cmdr", "co", "col", "corp", "cpt", "dec", "dept", "dr", "e.g", "ed", "eds", "est", "etc",
    "feb", "fig", "fr", "fri", "ft", "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun",
    "lt", "ltd", "maj", "mar", "mon", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p.m",
    "pp", "pres", "prof", "rd", "rep", "rev", "sat", "sen", "sep", "sept", "sgt", "sr", "st",
    "sun", "thu", "thur", "thurs", "tue", "tues", "univ", "vol", "vs", "wed",
];

/// Longest entry of [`ABBREVIATIONS`], in bytes.
const MAX_ABBREVIATION: usize = 6;

/// A word of at most eight bytes as a number, ASCII lower case: one
/// comparison per probe instead of a byte-wise one.
const fn packed_lower(word: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut i = 0;
    while i < word.len() {
        v = (v << 8) | word[i].to_ascii_lowercase() as u64;
        i += 1;
    }
    v
}

/// [`ABBREVIATIONS`] packed by [`packed_lower`] and sorted, made when
/// compiling.
static PACKED_ABBREVIATIONS: [u64; ABBREVIATIONS.len()] = {
    let mut t = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < t.len() {
        t[i] = packed_lower(ABBREVIATIONS[i].as_bytes());
        // Insertion sort: a few thousand steps, once, at compile time.
        let mut j = i;
        while j > 0 && t[j - 1] > t[j] {
            let x = t[j - 1];
            t[j - 1] = t[j];
            t[j] = x;
            j -= 1;
        }
        i += 1;
    }
    t
};

/// True if `word` (its bytes, any case) is one of [`ABBREVIATIONS`].
fn is_abbreviation(word: &[u8]) -> bool {
    // No entry holds a NUL byte, so packing cannot make two words equal.
    word.len() <= MAX_ABBREVIATION
        && !word.contains(&0)
        && PACKED_ABBREVIATIONS
            .binary_search(&packed_lower(word))
            .is_ok()
}

/// True for chars of scripts written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified
        | 0xF900..=0xFAFF    // CJK compatibility
        | 0x20000..=0x2FFFF) // CJK extensions B..
}

/// Chars that continue a word without being alphanumeric: combining marks,
/// zero-width joiners and variation selectors.
fn is_word_continuation(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F | 0x200C | 0x200D | 0xFE00..=0xFE0F | 0x0483..=0x0489
        | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F | 0x0E31 | 0x0E34..=0x0E3A)
}

/// Whether `c` is a letter, for the chars news is full of, answered
/// without the Unicode tables: curly quotes and dashes (the General
/// Punctuation block has no letters), the Latin-1 letters, Latin
/// Extended-A and -B (`ł`, `ő`, `ș`: all letters) and the Cyrillic
/// letters (none of them a digit, so the answer serves both tests below).
/// `None` for the rest.
#[inline]
fn common_letter(c: char) -> Option<bool> {
    match c {
        '\u{2000}'..='\u{206F}' => Some(false),
        '\u{C0}'..='\u{FF}' => Some(c != '×' && c != '÷'),
        '\u{100}'..='\u{24F}' | '\u{400}'..='\u{481}' | '\u{48A}'..='\u{52F}' => Some(true),
        _ => None,
    }
}

/// `char::is_alphanumeric`, common chars answered by [`common_letter`].
#[inline]
fn is_alnum(c: char) -> bool {
    common_letter(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// `char::is_alphabetic`, common chars answered by [`common_letter`].
#[inline]
fn is_alpha(c: char) -> bool {
    common_letter(c).unwrap_or_else(|| c.is_alphabetic())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '%'
            | '&'
            | '+'
            | '<'
            | '='
            | '>'
            | '^'
            | '`'
            | '|'
            | '~'
            | '#'
            | '@'
            | '*'
            | '\\'
            | '€'
            | '£'
            | '¥'
            | '₹'
            | '₽'
            | '₩'
            | '₺'
            | '₴'
            | '¢'
            | '°'
            | '±'
            | '×'
            | '÷'
            | '§'
            | '©'
            | '®'
            | '™'
            | '‰'
            | '₦'
            | '₱'
            | '฿'
    ) || matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF)
}

const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const ALNUM: u8 = UPPER | LOWER | DIGIT;
/// Bytes that may join two parts of one token (`-`, `'`, `.`, `,`, `:`).
const JOINER: u8 = 8;

/// The end of the run of ASCII letters and digits from `start`, and the
/// classes of its bytes: eight bytes at a time, then byte by byte.
#[inline]
fn ascii_alnum_run(bytes: &[u8], start: usize) -> (usize, u8) {
    let mut i = start;
    let mut acc = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let (n, classes) = alnum_prefix8(v);
        acc |= classes;
        i += n;
        if n < 8 {
            return (i, acc);
        }
    }
    while let Some(&b) = bytes.get(i) {
        // Bytes >= 0x80 have class 0 and leave the loop too.
        let class = if b < 0x80 { ASCII[b as usize] } else { 0 };
        if class & ALNUM == 0 {
            break;
        }
        acc |= class;
        i += 1;
    }
    (i, acc)
}

/// True if the token starting at `start` is the run of ASCII letters and
/// digits that ends at `run_end`, as [`Tokens::scan_word`] would find: a
/// space or plain punctuation follows; or, after a letter, a comma or a
/// colon (which join digits only), or a full stop after a word that is no
/// abbreviation (initials, a single letter, take the full scan); or a
/// possessive `'s` (straight or curly) before a non-letter. Those cover
/// nearly every word; the rest take the full scan.
#[inline]
fn ends_plainly(bytes: &[u8], start: usize, run_end: usize) -> bool {
    let Some(&next) = bytes.get(run_end) else {
        return true;
    };
    if next < 0x80 && ASCII[next as usize] & JOINER == 0 {
        return true;
    }
    let after_letter = run_end > start && !bytes[run_end - 1].is_ascii_digit();
    after_letter && joiner_ends_word(bytes, start, run_end, next)
}

/// A number of digit groups (`5,000`, `1,234.56`, `2.5`, `10:30`,
/// `5.17.2018`) whose first run, of digits only (`classes`), ends at
/// `run_end` before a joiner: its end and shape as [`Tokens::scan_word`]
/// finds them. A comma goes on before exactly three digits, a dot or a
/// colon before a digit. `None` where the full scan is needed: letters in
/// a run (`2.5km`), or a hyphen or a non-ASCII char after the number.
#[inline]
fn digit_groups(bytes: &[u8], run_end: usize, classes: u8) -> Option<(usize, Shape)> {
    if classes != DIGIT {
        return None;
    }
    let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let mut i = run_end;
    loop {
        let goes_on = match bytes.get(i) {
            Some(b'.' | b':') => digit_at(i + 1),
            Some(b',') => digit_at(i + 1) && digit_at(i + 2) && digit_at(i + 3) && !digit_at(i + 4),
            _ => false,
        };
        if !goes_on {
            break;
        }
        let (end, classes) = ascii_alnum_run(bytes, i + 1);
        if classes != DIGIT {
            return None;
        }
        i = end;
    }
    if bytes.get(i).is_some_and(|&b| b >= 0x80 || b == b'-') {
        return None;
    }
    // A number that no group goes on from (`5,` before `0005`) is its
    // plain run.
    let shape = if i == run_end {
        plain_shape(DIGIT, DIGIT)
    } else {
        Shape::HAS_DIGIT
    };
    Some((i, shape))
}

/// [`ends_plainly`] for a word that a joiner or a non-ASCII byte follows.
#[inline(never)]
fn joiner_ends_word(bytes: &[u8], start: usize, run_end: usize, next: u8) -> bool {
    // A possessive: `'s` or `’s`, then no letter or digit.
    let possessive = |quote_len: usize| {
        let after = run_end + quote_len;
        matches!(bytes.get(after), Some(b's' | b'S'))
            && bytes
                .get(after + 1)
                .is_none_or(|&b| b < 0x80 && ASCII[b as usize] & ALNUM == 0)
    };
    match next {
        b',' | b':' => true,
        b'.' => {
            run_end - start > MAX_ABBREVIATION
                || (run_end - start >= 2 && !is_abbreviation(&bytes[start..run_end]))
        }
        b'\'' => possessive(1),
        0xE2 => bytes.get(run_end..run_end + 3) == Some("’".as_bytes()) && possessive(3),
        _ => false,
    }
}

/// The shape of a token that is one run of ASCII letters and digits whose
/// first byte has class `first` and whose bytes have classes `classes`
/// (what [`Tokens::scan_word`] finds for such a token).
#[inline]
fn plain_shape(first: u8, classes: u8) -> Shape {
    PLAIN_SHAPES[usize::from(first & UPPER)][usize::from(classes & ALNUM)]
}

/// [`plain_shape`] for every first byte (capital or not) and set of
/// classes: one load per word instead of a branch per flag.
static PLAIN_SHAPES: [[Shape; 8]; 2] = {
    let mut t = [[Shape(0); 8]; 2];
    let mut capital = 0;
    while capital < 2 {
        let mut classes = 0;
        while classes < 8 {
            let c = classes as u8;
            let mut bits = Shape::PLAIN.0;
            if capital == 1 {
                bits |= Shape::CAPITALIZED.0;
            }
            if c & (UPPER | LOWER) != 0 {
                bits |= Shape::HAS_LETTER.0;
                if c & LOWER == 0 {
                    bits |= Shape::ALL_CAPS.0;
                }
            }
            if c & DIGIT != 0 {
                bits |= Shape::HAS_DIGIT.0;
            }
            t[capital][classes] = Shape(bits);
            classes += 1;
        }
        capital += 1;
    }
    t
};

/// How many of the eight bytes of `v` (little-endian) lead with ASCII
/// letters or digits, and the classes ([`UPPER`], [`LOWER`], [`DIGIT`]) of
/// those bytes: the byte table's answer for eight bytes in a few word
/// operations.
#[inline]
fn alnum_prefix8(v: u64) -> (usize, u8) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ascii = !v & HIGH;
    // High bit of each byte set where the byte's low seven bits are >= c.
    let ge = |x: u64, c: u8| (x + ONES * (0x80 - u64::from(c))) & HIGH;
    let low7 = v & !HIGH;
    // `ge(c) ^ ge(d)` for c < d: the bytes in `c..d`.
    let digit = (ge(low7, b'0') ^ ge(low7, b'9' + 1)) & ascii;
    // Bit 5 set, capitals read as small letters (and no other byte turns
    // into a letter: `@` becomes a backquote, `[`..`_` become `{`..DEL).
    let folded = low7 | (ONES * 0x20);
    let letter = (ge(folded, b'a') ^ ge(folded, b'z' + 1)) & ascii;
    // Small letters have bit 5 set: moved up to bit 7.
    let lower = letter & (v << 2);
    let other = !(digit | letter) & HIGH;
    let n = (other.trailing_zeros() / 8) as usize;
    // The high bits of the leading `n` bytes: those below the first
    // `other` bit (all eight when there is none).
    let lead = (other & other.wrapping_neg()).wrapping_sub(1) & HIGH;
    let mut classes = 0;
    if letter & !lower & lead != 0 {
        classes |= UPPER;
    }
    if lower & lead != 0 {
        classes |= LOWER;
    }
    if digit & lead != 0 {
        classes |= DIGIT;
    }
    (n, classes)
}

/// Classes of the ASCII bytes, for the tokenizer's fast path.
static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'-' | b'\'' | b'.' | b',' | b':') {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Decodes the char at byte `i` (which must be a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// An iterator over the tokens of a text. Made by [`Tokens::new`].
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    /// The sentence flags the next tokens are to take.
    pending: Pending,
    /// End of the previous token and whether it was a word (for possessives).
    prev_word_end: Option<usize>,
    /// Tokens already made but not yet returned (unspaced-script runs).
    queue: std::collections::VecDeque<Token>,
    /// The last token made ends a sentence.
    ends_sentence: bool,
}

impl<'t> Tokens<'t> {
    /// Starts tokenizing `text`.
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens {
            text,
            pos: 0,
            pending: Pending {
                sentence: true,
                first_word: true,
            },
            prev_word_end: None,
            queue: std::collections::VecDeque::new(),
            ends_sentence: false,
        }
    }

    /// Skips whitespace; returns (space seen, newline seen).
    #[inline(always)]
    fn skip_space(&mut self) -> (bool, bool) {
        let bytes = self.text.as_bytes();
        let (mut space, mut newline) = (false, false);
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            if b < 0x80 {
                if b == b'\n' {
                    newline = true;
                } else if !matches!(b, b' ' | b'\t' | b'\r' | 0x0B | 0x0C) {
                    break;
                }
                space = true;
                self.pos += 1;
            } else {
                let Some(c) = char_at(self.text, self.pos) else {
                    break;
                };
                if !c.is_whitespace() {
                    break;
                }
                if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                    newline = true;
                }
                space = true;
                self.pos += c.len_utf8();
            }
        }
        (space, newline)
    }

    /// Scans a word or number starting at `self.pos`; returns its end and shape.
    fn scan_word(&self, start: usize) -> (usize, Shape) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut shape = Shape::default();
        let mut i = start;
        let mut has_lower = false;
        let mut letters_only_run = 0usize; // length in chars of the token so far, for initials
        let mut all_digits = true;
        // Classes of the ASCII bytes seen.
        let mut acc = 0u8;
        // The end of the first alphanumeric run: a token that ends there
        // with no non-ASCII char is plain.
        let mut first_run_end = None;
        loop {
            // The alphanumeric run: ASCII by table, other chars decoded.
            let run_start = i;
            if i == start && bytes[i] < 0x80 && ASCII[bytes[i] as usize] & UPPER != 0 {
                shape.insert(Shape::CAPITALIZED);
            }
            loop {
                let ascii_from = i;
                let (run_end, classes) = ascii_alnum_run(bytes, i);
                acc |= classes;
                i = run_end;
                letters_only_run += i - ascii_from;
                if bytes.get(i).is_none_or(|&b| b < 0x80) {
                    break;
                }
                let Some(c) = char_at(text, i) else { break };
                if is_unspaced_script(c) {
                    break;
                }
                if is_alnum(c) {
                    if is_alpha(c) {
                        shape.insert(Shape::HAS_LETTER);
                        all_digits = false;
                    } else {
                        shape.insert(Shape::HAS_DIGIT);
                    }
                    if c.is_lowercase() {
                        has_lower = true;
                    }
                    if i == start && c.is_uppercase() {
                        shape.insert(Shape::CAPITALIZED);
                    }
                } else if !(is_word_continuation(c) && i > start) {
                    break;
                }
                shape.insert(Shape::NON_ASCII);
                i += c.len_utf8();
                letters_only_run += 1;
            }
            first_run_end.get_or_insert(i);
            if acc & (UPPER | LOWER) != 0 {
                shape.insert(Shape::HAS_LETTER);
                all_digits = false;
            }
            if acc & LOWER != 0 {
                has_lower = true;
            }
            if acc & DIGIT != 0 {
                shape.insert(Shape::HAS_DIGIT);
            }
            if i == run_start || i >= bytes.len() {
                break;
            }
            // Most words end at a space or plain punctuation.
            if bytes[i] < 0x80 && ASCII[bytes[i] as usize] & JOINER == 0 {
                break;
            }
            // Plain punctuation after a word: `,` and `:` join digits only,
            // and `.` after a word too long to be an abbreviation or an
            // initial ends it (decimals aside).
            let prev_is_digit = bytes[i - 1].is_ascii_digit();
            let joiner = bytes[i];
            if !prev_is_digit
                && (matches!(joiner, b',' | b':')
                    || (joiner == b'.' && letters_only_run > 1 && i - start > MAX_ABBREVIATION))
            {
                break;
            }
            // A joiner, if one follows and something alphanumeric comes after it.
            let Some(c) = char_at(text, i) else { break };
            let after = i + c.len_utf8();
            let next = char_at(text, after);
            let next_alnum = next.is_some_and(|n| is_alnum(n) && !is_unspaced_script(n));
            if is_hyphen(c) && next_alnum {
                shape.insert(Shape::HYPHEN);
                if c != '-' {
                    shape.insert(Shape::NON_ASCII);
                }
                i = after;
                continue;
            }
            if is_apostrophe(c) && next.is_some_and(is_alpha) && !prev_is_digit {
                // `'s`/`’s` followed by a non-letter is a possessive: stop here.
                let n = next.unwrap_or(' ');
                let after_s = char_at(text, after + n.len_utf8());
                if matches!(n, 's' | 'S') && !after_s.is_some_and(is_alnum) {
                    break;
                }
                if c != '\'' {
                    shape.insert(Shape::NON_ASCII);
                }
                i = after;
                continue;
            }
            if prev_is_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                match c {
                    '.' => {
                        i = after;
                        continue;
                    }
                    ',' => {
                        // Thousands groups have exactly three digits.
                        let group = &bytes[after..bytes.len().min(after + 4)];
                        let digits = group.iter().take_while(|b| b.is_ascii_digit()).count();
                        if digits == 3 {
                            i = after;
                            continue;
                        }
                    }
                    ':' if all_digits => {
                        i = after;
                        continue;
                    }
                    _ => {}
                }
            }
            if c == '.' {
                let word = &text[start..i];
                let single_letter = letters_only_run == 1 && shape.contains(Shape::HAS_LETTER);
                if single_letter {
                    // Initials and dotted acronyms: `J.`, `U.S.`, `U.S.A.`
                    i = after;
                    shape.insert(Shape::ABBREVIATION);
                    while let (Some(l), Some('.')) = (
                        char_at(text, i),
                        char_at(text, i + char_at(text, i).map_or(1, char::len_utf8)),
                    ) {
                        if !is_alpha(l) {
                            break;
                        }
                        if l.is_lowercase() {
                            has_lower = true;
                        }
                        i += l.len_utf8() + 1;
                    }
                } else if is_abbreviation(word.as_bytes())
                    && !word.bytes().all(|b| b.is_ascii_digit())
                {
                    i = after;
                    shape.insert(Shape::ABBREVIATION);
                }
            }
            break;
        }
        if shape.contains(Shape::HAS_LETTER) && !has_lower {
            shape.insert(Shape::ALL_CAPS);
        }
        if first_run_end == Some(i) && !shape.contains(Shape::NON_ASCII) {
            shape.insert(Shape::PLAIN);
        }
        (i, shape)
    }

    /// Splits a run of an unspaced script at word bounds into the queue.
    fn scan_unspaced(&mut self, start: usize) {
        let text = self.text;
        let mut end = start;
        while let Some(c) = char_at(text, end) {
            if !(is_unspaced_script(c) || (is_word_continuation(c) && end > start)) {
                break;
            }
            end += c.len_utf8();
        }
        for (off, seg) in text[start..end].split_word_bound_indices() {
            let mut shape = Shape::NON_ASCII;
            shape.insert(Shape::HAS_LETTER);
            self.queue.push_back(Token {
                start: start + off,
                end: start + off + seg.len(),
                kind: TokenKind::Word,
                shape,
            });
        }
        self.pos = end;
    }

    /// The next token; [`Self::ends_sentence`] says whether it ends a
    /// sentence (and its [`Shape::NEWLINE_BEFORE`] whether a line break came
    /// before it).
    #[inline(always)]
    fn next_raw(&mut self) -> Option<Token> {
        if let Some(t) = self.queue.pop_front() {
            self.ends_sentence = false;
            return Some(t);
        }
        let (space, newline) = self.skip_space();
        let text = self.text;
        let bytes = text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let mut shape = Shape::default();
        if space {
            shape.insert(Shape::SPACE_BEFORE);
        }
        if newline {
            shape.insert(Shape::NEWLINE_BEFORE);
        }
        let b = bytes[start];
        let c = if b < 0x80 {
            b as char
        } else {
            char_at(text, start)?
        };
        self.ends_sentence = false;
        let ascii_class = if b < 0x80 { ASCII[b as usize] } else { 0 };
        let (end, kind) = if ascii_class & ALNUM != 0 {
            // The common case, decided by the byte table alone: letters and
            // digits up to a space or plain punctuation make the whole
            // token; anything else (a joiner, a non-ASCII char) takes the
            // full scan.
            let (run_end, classes) = ascii_alnum_run(bytes, start);
            let (end, s) = if ends_plainly(bytes, start, run_end) {
                (run_end, plain_shape(ascii_class, classes))
            } else if let Some(number) = digit_groups(bytes, run_end, classes) {
                number
            } else {
                self.scan_word(start)
            };
            shape.insert(s);
            let kind = if ascii_class & DIGIT != 0 {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            (end, kind)
        } else if b >= 0x80 && is_unspaced_script(c) && is_alnum(c) {
            self.scan_unspaced(start);
            self.prev_word_end = None;
            let mut t = self.queue.pop_front()?;
            t.shape.insert(shape);
            return Some(t);
        } else if b >= 0x80 && is_alnum(c) {
            // (ASCII letters and digits took the first branch.)
            let (end, s) = self.scan_word(start);
            shape.insert(s);
            let kind = if is_alpha(c) {
                TokenKind::Word
            } else {
                TokenKind::Number
            };
            (end, kind)
        } else if is_apostrophe(c)
            && self.prev_word_end == Some(start)
            && matches!(bytes.get(start + c.len_utf8()), Some(b's' | b'S'))
            && !char_at(text, start + c.len_utf8() + 1).is_some_and(is_alnum)
        {
            if c != '\'' {
                shape.insert(Shape::NON_ASCII);
            }
            (start + c.len_utf8() + 1, TokenKind::Possessive)
        } else {
            if c as u32 >= 0x80 {
                shape.insert(Shape::NON_ASCII);
            }
            self.ends_sentence = matches!(c, '.' | '!' | '?' | '。' | '！' | '？');
            let kind = if is_symbol(c) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            (start + c.len_utf8(), kind)
        };
        self.pos = end;
        self.prev_word_end = matches!(kind, TokenKind::Word | TokenKind::Number).then_some(end);
        let token = Token {
            start,
            end,
            kind,
            shape,
        };
        Some(token)
    }
}

impl Tokens<'_> {
    /// Appends every remaining token to `out`: what the iterator yields,
    /// made in one loop. The common tokens (a run of ASCII letters and
    /// digits that [`ends_plainly`], or one byte of ASCII punctuation
    /// other than a quote, after ASCII spaces) are made here, with the
    /// iterator's state in locals; any other token (a joiner or non-ASCII
    /// char, a possessive, an unspaced script) is left to [`Iterator::next`],
    /// from the same position and state.
    /// `visitor` sees each token as it is pushed.
    fn fill(&mut self, out: &mut Vec<Token>, visitor: &mut impl Visit) {
        let bytes = self.text.as_bytes();
        loop {
            if self.queue.is_empty() {
                self.fill_plain(bytes, out, visitor);
            }
            match self.next() {
                Some(t) => {
                    visitor.visit(out.len(), &t);
                    out.push(t);
                }
                None => return,
            }
        }
    }

    /// The fast loop of [`fill`](Self::fill): makes tokens until the next
    /// one is not a common one, and returns with `self` where
    /// [`Iterator::next`] takes over.
    #[inline(always)]
    fn fill_plain(&mut self, bytes: &[u8], out: &mut Vec<Token>, visitor: &mut impl Visit) {
        let mut pos = self.pos;
        let mut pending = self.pending;
        let mut prev_word_end = self.prev_word_end;
        loop {
            // ASCII spaces; anything else stays for the general path.
            let mut p = pos;
            let mut shape = Shape::default();
            while let Some(&b) = bytes.get(p) {
                match b {
                    b' ' | b'\t' | b'\r' | 0x0B | 0x0C => shape.insert(Shape::SPACE_BEFORE),
                    b'\n' => {
                        shape.insert(Shape::SPACE_BEFORE);
                        shape.insert(Shape::NEWLINE_BEFORE);
                    }
                    _ => break,
                }
                p += 1;
            }
            let Some(&b) = bytes.get(p) else { break };
            if b >= 0x80 {
                break;
            }
            let class = ASCII[b as usize];
            let start = p;
            let (end, kind, word) = if class & ALNUM != 0 {
                let (run_end, classes) = ascii_alnum_run(bytes, start);
                if !ends_plainly(bytes, start, run_end) {
                    break;
                }
                shape.insert(plain_shape(class, classes));
                let kind = if class & DIGIT != 0 {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                (run_end, kind, true)
            } else if b == b'\'' {
                // A quote may be a possessive.
                break;
            } else {
                let c = b as char;
                let kind = if is_symbol(c) {
                    TokenKind::Symbol
                } else {
                    TokenKind::Punct
                };
                (start + 1, kind, false)
            };
            // What `next` does with the token: [`is_closing`] on one
            // ASCII byte.
            let ends_sentence = !word && matches!(b, b'.' | b'!' | b'?');
            let spaced = shape.contains(Shape::SPACE_BEFORE);
            pending.mark(&mut shape, word, ends_sentence, || {
                kind == TokenKind::Punct && !spaced && matches!(b, b'"' | b')' | b']')
            });
            prev_word_end = word.then_some(end);
            let token = Token {
                start,
                end,
                kind,
                shape,
            };
            visitor.visit(out.len(), &token);
            out.push(token);
            pos = end;
        }
        self.pos = pos;
        self.pending = pending;
        self.prev_word_end = prev_word_end;
    }
}

/// The sentence flags the next tokens are to take.
#[derive(Clone, Copy, Debug)]
struct Pending {
    /// A sentence boundary was seen: flag the next token.
    sentence: bool,
    /// Flag the next word or number as the sentence's first.
    first_word: bool,
}

impl Pending {
    /// Sets the sentence flags in the `shape` of the next token (a word or
    /// number if `word`; one that ends a sentence if `ends_sentence`;
    /// `closing` says whether it is a closing mark that stays with the
    /// sentence before, asked only when that matters).
    #[inline(always)]
    fn mark(
        &mut self,
        shape: &mut Shape,
        word: bool,
        ends_sentence: bool,
        closing: impl FnOnce() -> bool,
    ) {
        if shape.contains(Shape::NEWLINE_BEFORE) {
            self.sentence = true;
            self.first_word = true;
        }
        if self.sentence && !(ends_sentence || closing()) {
            shape.insert(Shape::SENTENCE_START);
            self.sentence = false;
        }
        if self.first_word && word {
            shape.insert(Shape::FIRST_WORD);
            self.first_word = false;
        }
        if ends_sentence {
            self.sentence = true;
            self.first_word = true;
        }
    }
}

/// Closing quotes and brackets stay with the sentence they close.
fn is_closing(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && !t.shape.contains(Shape::SPACE_BEFORE)
        && matches!(t.text(text), "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let mut tok = self.next_raw()?;
        let word = matches!(tok.kind, TokenKind::Word | TokenKind::Number);
        let mut shape = tok.shape;
        self.pending.mark(&mut shape, word, self.ends_sentence, || {
            is_closing(self.text, &tok)
        });
        tok.shape = shape;
        Some(tok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_byte_token_is_its_byte_and_a_longer_one_is_not() {
        let text = "Oslo, Norway... 5,000 ,x.";
        let tokens = tokenize(text);
        let texts = |b: u8| -> Vec<&str> {
            tokens
                .iter()
                .filter(|t| t.is_byte(text, b))
                .map(|t| t.text(text))
                .collect()
        };
        // `5,000` holds a comma and `x.` opens with an `x`: neither is the
        // byte.
        assert!(tokens.iter().any(|t| t.text(text) == "x."));
        assert_eq!(texts(b','), [",", ","]);
        assert_eq!(texts(b'.'), [".", ".", "."]);
        assert!(texts(b'x').is_empty());
    }

    #[test]
    fn token_at_or_after_agrees_with_a_scan() {
        let text = "Talks in Bishkek ended. Then Mr. Japarov left for Osh, Jalal-Abad and Naryn.";
        let toks = tokenize(text);
        for from in 0..=toks.len() {
            for offset in 0..=text.len() + 1 {
                let want = (from..toks.len())
                    .find(|&k| toks[k].start >= offset)
                    .unwrap_or(toks.len());
                assert_eq!(
                    token_at_or_after(&toks, from, offset),
                    want,
                    "{from} {offset}"
                );
            }
        }
    }

    /// 3,000 texts of fewer than `most` of `parts` each, drawn by a small
    /// deterministic generator: the same texts on every run.
    fn texts_of(parts: &'static [&'static str], most: u64) -> impl Iterator<Item = String> {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        (0..3000).map(move |_| {
            let n = next() % most;
            (0..n)
                .map(|_| parts[(next() % parts.len() as u64) as usize])
                .collect()
        })
    }

    /// The one loop of [`tokenize_into`] makes what the iterator makes, on
    /// texts of fragments chosen to meet every branch of both (a small
    /// deterministic generator: the same texts on every run).
    #[test]
    fn the_fast_loop_makes_what_the_iterator_makes() {
        const PARTS: &[&str] = &[
            "a", "Z", "7", "Mr", "word", "Bishkek", "USA", "2020", "B52", ".", "!", "?", "'s",
            "’s", "'", "’", " ", "  ", "\n", "\t", "\r\n", "-", ",", ":", "\"", "“", "”", ")", "]",
            "(", "$", "%", "é", "中文", "\u{a0}", "U.S.", "5,000", "2.5", "10:30", "Ala-Too",
            "don't", "e.g.", "\u{2028}", "\0", "x\u{301}", "#", "…", "1,234.56", "5.17.2018",
            "1,2345", ",123", ".5", "2.5km", "5-", "10:", "0",
        ];
        let mut buf = Vec::new();
        for text in texts_of(PARTS, 24) {
            tokenize_into(&text, &mut buf);
            let want: Vec<Token> = Tokens::new(&text).collect();
            assert_eq!(buf, want, "{text:?}");
        }
    }

    /// A visitor that keeps what it is shown.
    #[derive(Default)]
    struct Seen(Vec<(usize, Token)>);

    impl Visit for Seen {
        fn visit(&mut self, k: usize, token: &Token) {
            self.0.push((k, *token));
        }
    }

    /// [`tokenize_visiting`] shows every token once, in order, with its
    /// index, as it stands in the output: from the fast loop and from the
    /// general path (the same texts as the test above).
    #[test]
    fn the_visitor_sees_every_token_as_made() {
        const PARTS: &[&str] = &[
            "a", "Z", "7", "Bishkek", "2020", ".", "?", "'s", "’s", "'", " ", "\n", "\"", "“", ")",
            "$", "é", "中文", "U.S.", "5,000", "Ala-Too", "don't", "\u{2028}", "…", "2.5km",
        ];
        let (mut buf, mut tokens) = (Vec::new(), 0);
        for text in texts_of(PARTS, 24) {
            let mut seen = Seen::default();
            tokenize_visiting(&text, &mut buf, &mut seen);
            let want: Vec<(usize, Token)> = buf.iter().copied().enumerate().collect();
            assert_eq!(seen.0, want, "{text:?}");
            tokens += buf.len();
        }
        assert!(tokens > 10_000, "{tokens}");
    }

    /// [`digit_groups`] finds what the full scan finds, wherever it
    /// answers: at every digit of texts of number fragments.
    #[test]
    fn digit_groups_end_where_the_full_scan_does() {
        const PARTS: &[&str] = &[
            "5", "1,234.56", "5.17.2018", "1,2345", ",123", ",12", ".5", "2.5km", "-", "'", ":",
            "10:", ".", ",", " ", "a", "é", "’s", "000", "1,000,000", "x",
        ];
        let (mut answered, mut grouped) = (0, 0);
        for text in texts_of(PARTS, 12) {
            let bytes = text.as_bytes();
            for start in (0..bytes.len()).filter(|&p| bytes[p].is_ascii_digit()) {
                let (run_end, classes) = ascii_alnum_run(bytes, start);
                let Some((end, shape)) = digit_groups(bytes, run_end, classes) else {
                    continue;
                };
                answered += 1;
                grouped += usize::from(end > run_end);
                assert_eq!(
                    (end, shape),
                    Tokens::new(&text).scan_word(start),
                    "{text:?} at {start}"
                );
            }
        }
        assert!(answered > 1000 && grouped > 500, "{answered} {grouped}");
    }

    #[test]
    fn sentence_start_of_agrees_with_a_walk_back() {
        let texts = [
            "Talks ended. Then Mr. Japarov left! Did he? Yes.\nA headline\nAnd more",
            ") a stray mark first. Then 5.",
            "one sentence only",
        ];
        for text in texts {
            let toks = tokenize(text);
            let starts = sentence_starts(&toks);
            for k in 0..toks.len() {
                let mut want = k;
                while want > 0 && !toks[want].starts_sentence() {
                    want -= 1;
                }
                assert_eq!(sentence_start_of(&starts, k), want, "{text}: {k}");
            }
        }
    }

    #[test]
    fn char_class_shortcuts_agree_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn eight_bytes_at_once_agree_with_the_byte_table() {
        // Every byte value in every lane, among letters and digits.
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = *b"aZ09zA5m";
                bytes[lane] = b;
                let mut n = 0;
                let mut classes = 0;
                for &x in &bytes {
                    let class = if x < 0x80 { ASCII[x as usize] } else { 0 };
                    if class & ALNUM == 0 {
                        break;
                    }
                    classes |= class;
                    n += 1;
                }
                let got = alnum_prefix8(u64::from_le_bytes(bytes));
                assert_eq!(got, (n, classes), "byte {b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn plain_words_take_the_shape_the_full_scan_gives() {
        let words = [
            "a", "Z", "7", "abc", "ABC", "Abc", "aBC", "a1", "1a", "B52", "x9Y", "Obama", "USA",
            "Kyrgyzstan", "internationalization", "ALLCAPSLONGERTHAN8", "2020", "Mr", "Sept",
            "Corp", "approx", "Minister", "Bishkek", "10", "1990s", "said", "Ph", "St", "I",
            "DEPT", "etc",
        ];
        let afters = [
            "", " ", ";", "(", "\"", "!", "\n", "/", ",", ", ", ",000", ",5", ":", ": ", ":30",
            ".", ". ", ".5", ".S.", ".com", "-", "-Too", "'", "'s", "’s", "é", "\u{a0}", "'s ",
            "'S.", "'sx", "'s5", "’s,", "’S", "’t", "'re", "’", "’sé", "'s-", ".\n",
        ];
        let mut plain = 0;
        for w in words {
            for after in afters {
                let text = format!("{w}{after}");
                let bytes = text.as_bytes();
                let (end, classes) = ascii_alnum_run(bytes, 0);
                if !ends_plainly(bytes, 0, end) {
                    continue;
                }
                plain += 1;
                let first = ASCII[bytes[0] as usize];
                let full = Tokens::new(&text).scan_word(0);
                assert_eq!(full, (end, plain_shape(first, classes)), "{text:?}");
            }
        }
        // The shortcut is taken, also before commas and full stops.
        assert!(plain > words.len() * 10, "{plain}");
        assert!(ends_plainly(b"Bishkek, and", 0, 7) && ends_plainly(b"Kyrgyzstan.", 0, 10));
        assert!(!ends_plainly(b"Mr. X", 0, 2) && !ends_plainly(b"5,000", 0, 1));
        assert!(ends_plainly(b"said.", 0, 4) && ends_plainly("Putin’s aide".as_bytes(), 0, 5));
        assert!(ends_plainly(b"Bishkek's", 0, 7) && !ends_plainly(b"Bishkek'sx", 0, 7));
    }

    #[test]
    fn plain_marks_the_words_of_ascii_letters_and_digits_only() {
        let text = "Bishkek's Ala-Too U.S. 5,000 2.5 B52 O'Brien café Ölgii 1990s Mr. \
                    said, Kyrgyzstan. naïve 10:30 Москва x\u{301}y 東京 ok";
        let mut plain = 0;
        for t in tokenize(text) {
            let w = t.text(text);
            let want = matches!(t.kind, TokenKind::Word | TokenKind::Number)
                && w.bytes().all(|b| b.is_ascii_alphanumeric());
            assert_eq!(t.shape.contains(Shape::PLAIN), want, "{w:?}");
            plain += usize::from(want);
        }
        // Bishkek, B52, 1990s, said, Kyrgyzstan, ok.
        assert_eq!(plain, 6);
    }

    #[test]
    fn abbreviations_are_sorted_lower_case_and_short() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
        for a in ABBREVIATIONS {
            assert_eq!(a.to_lowercase(), *a);
            assert!(a.len() <= MAX_ABBREVIATION);
            assert!(is_abbreviation(a.as_bytes()) && is_abbreviation(a.to_uppercase().as_bytes()));
        }
        assert!(!is_abbreviation(b"mister") && !is_abbreviation(b"m") && !is_abbreviation(b""));
        // Near misses: a letter more or less, a NUL in front.
        for w in [
            "mss", "drs", "co.", "c", "\0mr", "\0\0co", "mr\0", "eg", "dept.",
        ] {
            assert!(!is_abbreviation(w.as_bytes()), "{w:?}");
        }
        // The packed table holds each entry once, sorted.
        assert!(PACKED_ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }
}
