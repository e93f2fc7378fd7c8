//! The number parser: digits, number words, scales, ordinals and fractions.
//!
//! [`parse_number`] reads one phrase (`"5,000"`, `"two hundred and fifty
//! thousand"`, `"2.5 million"`, `"21st"`, `"three quarters"`) to its value;
//! [`find_numbers`] finds every number in a text, with byte offsets.
//!
//! Formats understood:
//!
//! * digits with thousands separators and decimals: `5,000`, `1,234.56`,
//!   `.08`, `-9.5`; groups of three digits separated by a single space, a
//!   no-break space or a thin space (`1 234 567`) when every group after the
//!   first has exactly three digits;
//! * scales glued or following: `10k`, `1.5bn`, `$3bn`, `10M`, `2 million`,
//!   `2.33 k`, `13 lakh`, `3 dozens`;
//! * number words: `nine`, `twenty-one`, `fifty two`, `two hundred and fifty
//!   thousand`, `a hundred`, `a dozen`, `half a dozen`, `ninety-five
//!   hundred`, `two hundred point zero three`;
//! * fractions: `3/4`, `2 1/4`, `a half`, `a third`, `two thirds`, `one and a
//!   half`, `five and a half million`, `one over three`, `one out of three`;
//! * ordinals: `21st`, `third`, `twenty-first`, `one hundred twenty fifth`,
//!   `two hundredth`;
//! * powers: `1e10`, `12.32e+14`, `1.1^23`.
//!
//! Context rules keep common words that are not numbers out: `a` alone
//! (`a man`) is never a number, `one` after a determiner (`the one`, `which
//! one`, `no one`) is not, and `second` followed by a time word is left to
//! the quantity rules.
//!
//! Everything is a single left-to-right pass over tokens, with bounded
//! look-ahead: linear in the length of the text.

use std::cell::Cell;

use crate::tokenize::{Token, TokenKind, tokenize};

/// What sort of number a [`Number`] is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// A whole number: `5,000`, `nine`, `2 million`.
    Integer,
    /// A number with a decimal part: `2.5`, `two point five`.
    Decimal,
    /// A fraction: `3/4`, `two thirds`, `one and a half`.
    Fraction,
    /// A position: `21st`, `third`.
    Ordinal,
    /// A power: `1e10`, `1.1^23`.
    Power,
}

/// A number found in a text: its byte range, value and kind.
///
/// ```
/// let text = "about two hundred and fifty thousand people";
/// let n = &factspan::numbers::find_numbers(text)[0];
/// assert_eq!(&text[n.start..n.end], "two hundred and fifty thousand");
/// assert_eq!(n.value, 250_000.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The value (for an ordinal, the position).
    pub value: f64,
    /// What sort of number it is.
    pub kind: NumberKind,
}

/// Parses one number phrase to its value; `None` unless the whole phrase
/// (leading and trailing whitespace aside) is one number.
///
/// ```
/// use factspan::numbers::parse_number;
/// assert_eq!(parse_number("5,000"), Some(5000.0));
/// assert_eq!(parse_number("1,234.56"), Some(1234.56));
/// assert_eq!(parse_number("two hundred and fifty thousand"), Some(250_000.0));
/// assert_eq!(parse_number("2.5 million"), Some(2_500_000.0));
/// assert_eq!(parse_number("1.5bn"), Some(1.5e9));
/// assert_eq!(parse_number("10k"), Some(10_000.0));
/// assert_eq!(parse_number("a dozen"), Some(12.0));
/// assert_eq!(parse_number("21st"), Some(21.0));
/// assert_eq!(parse_number("a third"), Some(1.0 / 3.0));
/// assert_eq!(parse_number("nine people"), None);
/// ```
pub fn parse_number(s: &str) -> Option<f64> {
    let tokens = tokenize(s);
    let mut p = Parser::new();
    let trimmed_end = s.trim_end().len();
    let first = tokens.first()?;
    let (n, _) = p.number_at(s, &tokens, 0)?;
    (n.start == first.start && n.end == trimmed_end).then_some(n.value)
}

/// Finds every number in `text`, in order, without overlaps.
///
/// ```
/// use factspan::numbers::{find_numbers, NumberKind};
/// let text = "Nine people, 5,000 protesters and the 21st day.";
/// let found: Vec<(f64, NumberKind)> =
///     find_numbers(text).iter().map(|n| (n.value, n.kind)).collect();
/// assert_eq!(found, [(9.0, NumberKind::Integer), (5000.0, NumberKind::Integer),
///                    (21.0, NumberKind::Ordinal)]);
/// ```
pub fn find_numbers(text: &str) -> Vec<Number> {
    let tokens = tokenize(text);
    let mut out = Vec::new();
    find_numbers_at(text, &tokens, &triggers(text, &tokens), &mut out);
    out
}

/// The tokens that can start a number ([`is_trigger`]), in order. The
/// extractor lists them in its one pass over the tokens
/// (`crate::starts`); this is for the entry points that take tokens alone.
pub(crate) fn triggers(text: &str, tokens: &[Token]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&k| is_trigger(text, &tokens[k]))
        .collect()
}

/// Appends the numbers of a tokenized text to `out`, given the tokens that
/// can start one ([`triggers`]): only those are visited.
pub(crate) fn find_numbers_at(
    text: &str,
    tokens: &[Token],
    starts: &[usize],
    out: &mut Vec<Number>,
) {
    let mut p = Parser::new();
    let mut i = 0;
    for &k in starts {
        // A start inside the window just read is passed.
        if k < i {
            continue;
        }
        i = k;
        // Parse every number of the window that starts here (from a
        // preceding `a`/`an`: `a dozen`, `a third`).
        let from = if i > 0 && is_article(text, &tokens[i - 1]) {
            i - 1
        } else {
            i
        };
        let win_end = p.window(text, tokens, from);
        let mut j = 0;
        while j < p.atoms.len() {
            match p.parse(j) {
                // A value past f64's range (`1e999`) is no number.
                Some((n, next))
                    if n.value.is_finite() && !is_excluded_one(text, tokens, &p, j, next) =>
                {
                    out.push(n);
                    j = next.max(j + 1);
                }
                _ => j += 1,
            }
        }
        i = win_end.max(i + 1);
    }
}

/// True for `a`/`an`.
#[inline]
pub(crate) fn is_article(text: &str, t: &Token) -> bool {
    t.end - t.start <= 2 && matches!(t.text(text), "a" | "an" | "A" | "An")
}

/// Lower-cases an ASCII word of at most 16 bytes into `buf`.
#[inline]
pub(crate) fn lower<'b>(s: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    Some(&buf[..b.len()])
}

/// One element of a number phrase: a token, or a part of a hyphenated token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum W {
    /// Digits: value, and whether it is whole.
    Digits(f64, bool),
    /// Digits with an `e` exponent marker glued (`12.32e`), waiting for `+14`.
    DigitsE(f64),
    /// Digits with a scale glued: `10k`, `1.5bn`.
    DigitsScaled(f64),
    /// Digits with an ordinal suffix: `21st`.
    DigitsOrd(f64),
    /// Digits with other letters glued (`180ml`, `1990s`): value, and the
    /// byte offset (in the text) where the letters start.
    DigitsGlued(f64, usize),
    /// Digits with `x10` glued (`1.3x10`), waiting for `^6`.
    DigitsX(f64),
    /// A vulgar fraction char: `½`.
    Vulgar(f64),
    Zero,
    Unit(u8),
    Teen(u8),
    Tens(u8),
    /// `hundred`; true when plural.
    Hundred(bool),
    /// `thousand`, `million`, `bn`, `lakh`; true when plural.
    Scale(f64, bool),
    /// An ordinal word: value, plural, and whether it is `first`..`ninth`.
    Ord(f64, bool, bool),
    /// `half`/`halves`.
    Half(bool),
    /// `quarter`/`quarters`.
    Quarter(bool),
    /// `dozen`; true when plural.
    Dozen(bool),
    /// A glued or single-letter scale after digits: `k`, `M`, `G`.
    Suffix(f64),
    A,
    And,
    Point,
    Minus,
    Hyphen,
    Slash,
    Caret,
    Plus,
    Dot,
    Over,
    Out,
    Of,
    In,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Atom {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) w: W,
    /// Whitespace before the atom.
    pub(crate) space: bool,
    /// Joined to the previous atom by a hyphen inside one token.
    pub(crate) joined: bool,
}

/// Classifies a lower-cased word.
pub(crate) fn word_class(w: &[u8]) -> W {
    match w {
        b"zero" | b"nought" | b"naught" => W::Zero,
        b"one" => W::Unit(1),
        b"two" => W::Unit(2),
        b"three" => W::Unit(3),
        b"four" => W::Unit(4),
        b"five" => W::Unit(5),
        b"six" => W::Unit(6),
        b"seven" => W::Unit(7),
        b"eight" => W::Unit(8),
        b"nine" => W::Unit(9),
        b"ten" => W::Teen(10),
        b"eleven" => W::Teen(11),
        b"twelve" => W::Teen(12),
        b"thirteen" => W::Teen(13),
        b"fourteen" => W::Teen(14),
        b"fifteen" => W::Teen(15),
        b"sixteen" => W::Teen(16),
        b"seventeen" => W::Teen(17),
        b"eighteen" => W::Teen(18),
        b"nineteen" => W::Teen(19),
        b"twenty" => W::Tens(20),
        b"thirty" => W::Tens(30),
        b"forty" | b"fourty" => W::Tens(40),
        b"fifty" => W::Tens(50),
        b"sixty" => W::Tens(60),
        b"seventy" => W::Tens(70),
        b"eighty" => W::Tens(80),
        b"ninety" => W::Tens(90),
        b"hundred" => W::Hundred(false),
        b"hundreds" => W::Hundred(true),
        b"thousand" => W::Scale(1e3, false),
        b"thousands" => W::Scale(1e3, true),
        b"million" | b"mn" | b"mln" | b"mil" => W::Scale(1e6, false),
        b"millions" => W::Scale(1e6, true),
        b"billion" | b"bn" | b"bln" => W::Scale(1e9, false),
        b"billions" => W::Scale(1e9, true),
        b"trillion" | b"tn" | b"tln" | b"trn" => W::Scale(1e12, false),
        b"trillions" => W::Scale(1e12, true),
        b"lakh" | b"lakhs" => W::Scale(1e5, false),
        b"crore" | b"crores" => W::Scale(1e7, false),
        b"dozen" | b"doz" => W::Dozen(false),
        b"dozens" | b"dzs" | b"dozs" => W::Dozen(true),
        b"half" => W::Half(false),
        b"halves" => W::Half(true),
        b"quarter" => W::Quarter(false),
        b"quarters" => W::Quarter(true),
        b"a" | b"an" => W::A,
        b"and" => W::And,
        b"point" => W::Point,
        b"minus" | b"negative" => W::Minus,
        b"over" => W::Over,
        b"out" => W::Out,
        b"of" => W::Of,
        b"in" => W::In,
        b"k" => W::Suffix(1e3),
        b"seconds" => W::Other,
        _ => {
            // Every ordinal word ends in `st`, `nd`, `rd` or `th` (a plural
            // adds `s`): other words skip the ordinal lookups.
            let stem = w.strip_suffix(b"s").unwrap_or(w);
            if !matches!(
                stem,
                [.., b's', b't'] | [.., b'n' | b'r', b'd'] | [.., b't', b'h']
            ) {
                return W::Other;
            }
            if let Some((v, unit)) = ordinal_word(w) {
                return W::Ord(v, false, unit);
            }
            if let Some(stem) = w.strip_suffix(b"s")
                && let Some((v, unit)) = ordinal_word(stem)
            {
                return W::Ord(v, true, unit);
            }
            W::Other
        }
    }
}

/// Ordinal words: value and whether it is `first`..`ninth`.
fn ordinal_word(w: &[u8]) -> Option<(f64, bool)> {
    let v: u64 = match w {
        b"first" => 1,
        b"second" => 2,
        b"third" => 3,
        b"fourth" => 4,
        b"fifth" => 5,
        b"sixth" => 6,
        b"seventh" => 7,
        b"eighth" => 8,
        b"ninth" | b"nineth" => 9,
        b"tenth" => 10,
        b"eleventh" => 11,
        b"twelfth" => 12,
        b"thirteenth" => 13,
        b"fourteenth" => 14,
        b"fifteenth" => 15,
        b"sixteenth" => 16,
        b"seventeenth" => 17,
        b"eighteenth" => 18,
        b"nineteenth" => 19,
        b"twentieth" => 20,
        b"thirtieth" => 30,
        b"fortieth" => 40,
        b"fiftieth" => 50,
        b"sixtieth" => 60,
        b"seventieth" => 70,
        b"eightieth" => 80,
        b"ninetieth" => 90,
        b"hundredth" => 100,
        b"thousandth" => 1000,
        b"millionth" => 1_000_000,
        b"billionth" => 1_000_000_000,
        b"trillionth" => 1_000_000_000_000,
        _ => return None,
    };
    Some((v as f64, v < 10))
}

/// Parses leading digits with `,` thousands groups and one `.` decimal
/// part. Returns the value, the bytes used and whether it is whole.
pub(crate) fn parse_digits(s: &str) -> Option<(f64, usize, bool)> {
    let b = s.as_bytes();
    // The digits as an integer mantissa, and how many follow the dot.
    let mut mantissa = 0u64;
    let mut frac = 0usize;
    let mut i = 0;
    let mut int = true;
    let mut digits = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(c - b'0'));
            digits += 1;
            frac += usize::from(!int);
        } else if c == b','
            && int
            && i + 3 < b.len()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            // thousands separator: skip
        } else if c == b'.' && int && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            int = false;
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 || digits > 38 {
        return None;
    }
    // Clinger's fast path: a mantissa and a power of ten both exact in an
    // f64 make one correctly rounded division, the value `str::parse`
    // gives. Longer numbers take the general parse.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if digits <= 19 && mantissa <= 1 << 53 && frac < POW10.len() {
        return Some((mantissa as f64 / POW10[frac], i, int));
    }
    let mut buf = [0u8; 40];
    let mut n = 0;
    for &c in &b[..i] {
        if c != b',' && n < buf.len() {
            buf[n] = c;
            n += 1;
        }
    }
    let v: f64 = std::str::from_utf8(&buf[..n]).ok()?.parse().ok()?;
    Some((v, i, int))
}

/// Classifies the letters glued after digits (`k`, `bn`, `st`, `ml`).
fn glued_suffix(suffix: &str) -> Option<W> {
    let mut buf = [0u8; 16];
    // Case matters for single letters: `10M` is ten million, `1m` a metre.
    match suffix {
        "k" | "K" => return Some(W::Suffix(1e3)),
        "M" | "MM" => return Some(W::Suffix(1e6)),
        "B" | "b" | "G" => return Some(W::Suffix(1e9)),
        "T" => return Some(W::Suffix(1e12)),
        _ => {}
    }
    let l = lower(suffix, &mut buf)?;
    Some(match l {
        b"st" | b"nd" | b"rd" | b"th" => W::DigitsOrd(0.0),
        b"bn" | b"bln" => W::Suffix(1e9),
        b"mn" | b"mln" | b"mil" => W::Suffix(1e6),
        b"tn" | b"tln" | b"trn" => W::Suffix(1e12),
        b"e" => W::DigitsE(0.0),
        _ => return None,
    })
}

fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// Classifies a digit part (`5,000`, `10k`, `21st`, `1e10`, `180ml`).
fn digit_class(text: &str, start: usize, end: usize) -> W {
    let Some(s) = text.get(start..end) else {
        return W::Other;
    };
    if let Some(c) = s.chars().next()
        && let Some(v) = vulgar(c)
    {
        return if s.len() == c.len_utf8() {
            W::Vulgar(v)
        } else {
            W::Other
        };
    }
    let Some((v, used, int)) = parse_digits(s) else {
        return W::Other;
    };
    if used == s.len() {
        return W::Digits(v, int);
    }
    let rest = &s[used..];
    // An exponent: 1e10, -127.32e13.
    if let Some(exp) = rest.strip_prefix(['e', 'E'])
        && !exp.is_empty()
        && exp.bytes().all(|b| b.is_ascii_digit())
        && let Ok(e) = exp.parse::<i32>()
    {
        // `0e999` is 0, not 0 × ∞. The standard parse rounds once (`1e308`
        // is 1e308, not 1 × 10^308 rounded twice); digits with commas
        // (`1,000e3`) are left to the product.
        let value = if v == 0.0 {
            0.0
        } else {
            s.parse().unwrap_or(v * 10f64.powi(e))
        };
        return W::Digits(value, false);
    }
    if rest == "x10" || rest == "×10" {
        return W::DigitsX(v);
    }
    match glued_suffix(rest) {
        Some(W::Suffix(m)) => W::DigitsScaled(v * m),
        Some(W::DigitsOrd(_)) if int => W::DigitsOrd(v),
        Some(W::DigitsE(_)) => W::DigitsE(v),
        _ if rest.starts_with(|c: char| c.is_alphabetic()) => W::DigitsGlued(v, start + used),
        _ => W::Other,
    }
}

/// A word or part of a hyphenated word, classified.
fn part_class(text: &str, start: usize, end: usize) -> W {
    let Some(s) = text.get(start..end) else {
        return W::Other;
    };
    let mut buf = [0u8; 16];
    // A word that starts with an ASCII letter, the common case, is no
    // digits, vulgar fraction nor scale letter.
    if s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && !matches!(s, "M" | "G" | "K" | "MM")
    {
        return lower(s, &mut buf).map_or(W::Other, word_class);
    }
    let Some(c) = s.chars().next() else {
        return W::Other;
    };
    if c.is_ascii_digit() || vulgar(c).is_some() {
        return digit_class(text, start, end);
    }
    if matches!(s, "M" | "G" | "K" | "MM") {
        return W::Suffix(match s {
            "K" => 1e3,
            "G" => 1e9,
            _ => 1e6,
        });
    }
    match lower(s, &mut buf) {
        Some(l) => word_class(l),
        None => W::Other,
    }
}

/// Words that can start a number (lower case), for [`PrefixTable`].
const TRIGGER_WORDS: &[&str] = &[
    "zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "billion", "billions", "trillion", "trillions", "lakh", "lakhs", "crore", "crores", "dozen",
    "dozens", "half", "halves", "quarter", "quarters", "minus", "negative", "first", "second",
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "nineth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth",
    "trillionth", "firsts", "thirds", "fourths", "fifths", "sixths", "sevenths", "eighths",
    "ninths", "tenths", "elevenths", "twelfths", "thirteenths", "fourteenths", "fifteenths",
    "sixteenths", "seventeenths", "eighteenths", "nineteenths", "twentieths", "thirtieths",
    "fortieths", "fiftieths", "sixtieths", "seventieths", "eightieths", "ninetieths", "hundredths",
    "thousandths", "millionths", "billionths", "trillionths",
];

/// The letter index (0–25) of an ASCII letter of either case; 26 for any
/// other byte.
static LETTER: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = 0;
    while c < 26 {
        t[b'a' as usize + c] = c as u8;
        t[b'A' as usize + c] = c as u8;
        c += 1;
    }
    t
};

/// A set of words reduced to (first two letters, length) and (first and
/// last letter, length): a cheap filter that rejects almost every other
/// word with three byte loads and two table lookups, before any string
/// comparison. Index 26 (a byte that is no ASCII letter) has no entries.
/// `firsts` (first letter → lengths) is the first, cheapest test: it needs
/// neither the word sliced nor its other bytes.
pub(crate) struct PrefixTable {
    heads: [[u32; 27]; 27],
    ends: [[u32; 27]; 27],
    firsts: [u32; 27],
}

impl PrefixTable {
    pub(crate) const fn new(words: &[&str]) -> PrefixTable {
        let mut heads = [[0u32; 27]; 27];
        let mut ends = [[0u32; 27]; 27];
        let mut firsts = [0u32; 27];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            if w.len() >= 2 && w.len() < 32 {
                let a = LETTER[w[0] as usize] as usize;
                let b = LETTER[w[1] as usize] as usize;
                let z = LETTER[w[w.len() - 1] as usize] as usize;
                heads[a][b] |= 1 << w.len();
                ends[a][z] |= 1 << w.len();
                firsts[a] |= 1 << w.len();
            }
            i += 1;
        }
        PrefixTable {
            heads,
            ends,
            firsts,
        }
    }

    /// The filter of the words of both `a` and `b`: passes every word
    /// either passes, so that a caller asking both can ask this first.
    pub(crate) const fn union(a: &PrefixTable, b: &PrefixTable) -> PrefixTable {
        let mut t = PrefixTable {
            heads: a.heads,
            ends: a.ends,
            firsts: a.firsts,
        };
        let mut i = 0;
        while i < 27 {
            let mut j = 0;
            while j < 27 {
                t.heads[i][j] |= b.heads[i][j];
                t.ends[i][j] |= b.ends[i][j];
                j += 1;
            }
            t.firsts[i] |= b.firsts[i];
            i += 1;
        }
        t
    }

    /// May a word of `len` bytes whose first byte is `first` be in the
    /// set? A superset of [`PrefixTable::may_contain`] (each `heads` entry
    /// is in its `firsts` entry) for a caller that has not sliced the word.
    #[inline(always)]
    pub(crate) fn may_start(&self, first: u8, len: usize) -> bool {
        len < 32 && self.firsts[LETTER[first as usize] as usize] & (1 << len) != 0
    }

    /// May `word` (any case) be in the set?
    #[inline(always)]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        let len = word.len();
        if !(2..32).contains(&len) {
            return false;
        }
        let a = LETTER[word[0] as usize] as usize;
        let b = LETTER[word[1] as usize] as usize;
        let z = LETTER[word[len - 1] as usize] as usize;
        (self.heads[a][b] & self.ends[a][z]) & (1 << len) != 0
    }
}

/// The number words' filter (`crate::starts` joins it with the dates').
pub(crate) static TRIGGERS: PrefixTable = PrefixTable::new(TRIGGER_WORDS);

/// Cheap test: can a number start at this token? Digits, vulgar fractions,
/// a sign or a number word (checked by its letters and length before any
/// comparison). Inline but for words with digits or hyphens, which are
/// rare.
#[inline(always)]
pub(crate) fn is_trigger(text: &str, t: &Token) -> bool {
    use crate::tokenize::Shape;
    let b = text.as_bytes();
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word
            if !t.shape.contains(Shape::HAS_DIGIT) && !t.shape.contains(Shape::HYPHEN) =>
        {
            // The first byte and the length turn away most words (`the`,
            // `said`) with one table load, before the word is sliced.
            b.get(t.start)
                .is_some_and(|&c| TRIGGERS.may_start(c, t.end.wrapping_sub(t.start)))
                && b.get(t.start..t.end)
                    .is_some_and(|w| TRIGGERS.may_contain(w))
                && starts_number(part_class(text, t.start, t.end))
        }
        TokenKind::Word => is_marked_word_trigger(text, t),
        TokenKind::Punct | TokenKind::Symbol => {
            // `-5`, `.08`: a sign or a dot glued to digits.
            matches!(b.get(t.start), Some(b'-' | b'.'))
                && (b.get(t.end).is_some_and(u8::is_ascii_digit)
                    || b[t.start] == b'-'
                        && t.starts_sentence()
                        && b.get(t.end + 1).is_some_and(u8::is_ascii_digit))
        }
        _ => false,
    }
}

/// [`is_trigger`] for a word with digits (`SCP-173`, `USD115`) or a hyphen
/// (`twenty-one`, `one-third`: its first part is tested).
#[inline(never)]
fn is_marked_word_trigger(text: &str, t: &Token) -> bool {
    if t.shape.contains(crate::tokenize::Shape::HAS_DIGIT) {
        return true;
    }
    let b = text.as_bytes();
    let part = b.get(t.start..t.end).unwrap_or(&[]);
    let end = t.start + part.iter().position(|&c| c == b'-').unwrap_or(part.len());
    let Some(w) = b.get(t.start..end) else {
        return false;
    };
    TRIGGERS.may_contain(w) && starts_number(part_class(text, t.start, end))
}

fn starts_number(w: W) -> bool {
    matches!(
        w,
        W::Zero
            | W::Unit(_)
            | W::Teen(_)
            | W::Tens(_)
            | W::Hundred(_)
            | W::Scale(..)
            | W::Ord(..)
            | W::Half(_)
            | W::Quarter(_)
            | W::Dozen(_)
            | W::Minus
    )
}

/// The fast path of [`Parser::number_at`]: token `i` is plain digits
/// (`5,000`, `2.5`, `1990`) or a plain number word (`two`, `fifteen`,
/// `forty`, `first`), maybe with a scale after it (`2.5 million`, `five
/// hundred`), and the token after that cannot go on with a number (a word
/// of no number class, most punctuation, the end of the sentence). Then the
/// window would hold those atoms, which parse to their own value; `None`
/// leaves every other case to the parser.
fn short_number_at(text: &str, tokens: &[Token], i: usize) -> Option<(Number, usize)> {
    use crate::tokenize::Shape;
    let t = tokens.get(i)?;
    let s = text.get(t.start..t.end)?;
    if t.shape.contains(Shape::HYPHEN) {
        return None;
    }
    let (mut value, kind, cardinal) = match t.kind {
        TokenKind::Number if s.as_bytes().first().is_some_and(u8::is_ascii_digit) => {
            let (value, used, int) = parse_digits(s)?;
            if used != s.len() {
                return None;
            }
            let kind = if int {
                NumberKind::Integer
            } else {
                NumberKind::Decimal
            };
            (value, kind, true)
        }
        TokenKind::Word => match part_class(text, t.start, t.end) {
            W::Unit(v) | W::Teen(v) | W::Tens(v) => (f64::from(v), NumberKind::Integer, true),
            W::Ord(v, false, _) => (v, NumberKind::Ordinal, false),
            _ => return None,
        },
        _ => return None,
    };
    // The class of token `k` if it is a word that could go on with the
    // number: in the sentence, and no hyphenated word (those always may).
    let class_of = |k: usize| {
        tokens
            .get(k)
            .filter(|n| {
                n.kind == TokenKind::Word
                    && !n.starts_sentence()
                    && !n.shape.contains(Shape::HYPHEN)
            })
            .map(|n| part_class(text, n.start, n.end))
    };
    let mut last = i;
    let mut after = class_of(i + 1);
    // `2.5 million`, `five hundred`: the cardinal takes one scale after a
    // number above zero, as their product (`0 hundred` is `0`, then a word).
    if cardinal && value > 0.0 {
        let scale = match after {
            Some(W::Scale(scale, _)) => Some(scale),
            Some(W::Hundred(_)) => Some(100.0),
            _ => None,
        };
        if let Some(scale) = scale {
            value *= scale;
            last = i + 1;
            after = class_of(i + 2);
        }
    }
    if let Some(next) = tokens.get(last + 1)
        && !next.starts_sentence()
    {
        let goes_on = match (next.kind, after) {
            (TokenKind::Word, Some(class)) => match class {
                // Only a fraction reads `of` (`two thirds of a million`).
                W::Other | W::Of => false,
                // `1 in 5`: a ratio starts at one only.
                W::In => value == 1.0,
                // `between 1985 and 1990`: after digits, `and` goes on only
                // into a fraction (`2 and a half`, `2 and three quarters`);
                // after a scale it goes on (`two hundred and five`).
                W::And if t.kind == TokenKind::Number && last == i => {
                    !stops_after_and(text, tokens, i + 2)
                }
                _ => true,
            },
            // A hyphenated word (`twenty-one`, `5 million-strong`).
            (TokenKind::Word, None) => true,
            // Digits after digits (`5 5`, a table) go on only into a group
            // of three (`1 234`) or a fraction (`2 1/4`); after a scale
            // into its digits (`2 million 300`).
            (TokenKind::Number, _) => {
                last != i || t.kind != TokenKind::Number || digits_may_join(text, tokens, last + 1)
            }
            // No parse reads a full stop after a number (`.08` starts one).
            (TokenKind::Punct | TokenKind::Symbol, _) => matches!(
                text.get(next.start..next.end),
                Some("-" | "‐" | "‑" | "/" | "^" | "+")
            ),
            _ => false,
        };
        if goes_on {
            return None;
        }
    }
    let n = Number {
        start: t.start,
        end: tokens[last].end,
        value,
        kind,
    };
    Some((n, last + 1))
}

/// False when the number token `k`, after a number of digits, cannot join
/// it: plain ASCII digits, not three of them (no space group `1 234`),
/// with nothing glued after them (no fraction `2 1/4`, no `5 5%`).
/// Anything else is left to the parser.
fn digits_may_join(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    let plain = t.end - t.start != 3
        && text
            .as_bytes()
            .get(t.start..t.end)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit));
    !plain || tokens.get(k + 1).is_some_and(|n| n.start == t.end)
}

/// True when the token `k` after `digits and` cannot start the fraction
/// that `and` would bring (`a half`, `three quarters`): there is none, it
/// is plain digits (`1985 and 1990`), or a word of no number class (`5 and
/// people`). Anything else is left to the parser.
fn stops_after_and(text: &str, tokens: &[Token], k: usize) -> bool {
    use crate::tokenize::Shape;
    let Some(t) = tokens.get(k) else {
        return true;
    };
    if t.shape.contains(Shape::HYPHEN) {
        return false;
    }
    match t.kind {
        TokenKind::Number => text.get(t.start..t.end).is_some_and(|s| {
            s.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && parse_digits(s).is_some_and(|(_, used, _)| used == s.len())
        }),
        TokenKind::Word => part_class(text, t.start, t.end) == W::Other,
        _ => false,
    }
}

/// Snapshot of the cardinal state machine.
#[derive(Clone, Copy, Debug)]
struct Card {
    total: f64,
    cur: f64,
    last: Last,
    max_scale: f64,
    last_scale: f64,
    hundred: bool,
    /// Atom index after the last consumed atom.
    end: usize,
    /// Atoms consumed.
    n: usize,
    /// Value before the last element (for `thirty fifths`).
    before_last: f64,
    /// The value before an `and` in the current group (`one hundred and
    /// three quarters`).
    and_start: Option<f64>,
    /// Digits took part.
    has_digits: bool,
    int: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    None,
    A,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Digits,
    Zero,
}

impl Card {
    fn value(&self) -> f64 {
        self.total + self.cur
    }
}

/// The parser: a reusable buffer of atoms for one window of tokens.
#[derive(Debug)]
pub(crate) struct Parser {
    pub(crate) atoms: Vec<Atom>,
    /// The token after the window is a word (`2000 over 3 years`).
    word_after: bool,
    /// The classes of the last tokens classified: the windows of a run of
    /// numbers (`5 6 7 …`, a table) overlap, and each token is classified
    /// once instead of once per window it falls in. Token `k` goes to slot
    /// `k % CLASS_CACHE`, kept with what its class is a function of: its
    /// start, its end and its bytes (tokens of up to eight bytes, packed),
    /// so that no text can meet another's class.
    classes: [CachedClass; CLASS_CACHE],
    /// One more than the highest atom index the last [`Parser::parse`]
    /// read ([`usize::MAX`] once it read what follows the window): what
    /// [`Parser::number_at`] checks to know whether a short window
    /// decided the parse.
    seen: Cell<usize>,
}

/// A slot of [`Parser::classes`]: start, end, bytes packed, class.
type CachedClass = (usize, usize, u64, W);

/// Most tokens one number phrase may span.
const MAX_WINDOW: usize = 40;

/// The tokens of [`Parser::number_at`]'s first window. A number rarely
/// spans more, and in a run of numbers (`5 6 7 …`, a table) a window of
/// [`MAX_WINDOW`] at every number would classify forty tokens to parse one
/// or two.
const SHORT_WINDOW: usize = 5;

/// Slots of [`Parser::classes`]: more than a window's tokens.
const CLASS_CACHE: usize = 64;

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

impl Parser {
    pub(crate) fn new() -> Parser {
        Parser {
            atoms: Vec::with_capacity(MAX_WINDOW),
            word_after: false,
            classes: [(usize::MAX, 0, 0, W::Other); CLASS_CACHE],
            seen: Cell::new(0),
        }
    }

    /// [`part_class`] of token `t`, token `k` of `text`, from the cache
    /// when a window before classified it.
    #[inline]
    fn class_of(&mut self, text: &str, t: &Token, k: usize) -> W {
        let bytes = text.as_bytes().get(t.start..t.end).unwrap_or_default();
        if bytes.len() > 8 {
            return part_class(text, t.start, t.end);
        }
        let mut packed = [0u8; 8];
        packed[..bytes.len()].copy_from_slice(bytes);
        let packed = u64::from_le_bytes(packed);
        let slot = &mut self.classes[k % CLASS_CACHE];
        if (slot.0, slot.1, slot.2) != (t.start, t.end, packed) {
            *slot = (t.start, t.end, packed, part_class(text, t.start, t.end));
        }
        slot.3
    }

    /// Fills the atom buffer with the number-ish tokens from `i` on; returns
    /// the index of the first token not taken.
    pub(crate) fn window(&mut self, text: &str, tokens: &[Token], i: usize) -> usize {
        self.window_of(text, tokens, i, MAX_WINDOW).0
    }

    /// [`Parser::window`] of at most `limit` tokens; returns the index of
    /// the first token not taken, and whether the limit stopped the window
    /// (then the last atom may grow and more atoms follow in a longer one:
    /// `1 234` of `1 234 567`).
    fn window_of(&mut self, text: &str, tokens: &[Token], i: usize, limit: usize) -> (usize, bool) {
        self.atoms.clear();
        let mut k = i;
        while k < tokens.len() && k - i < limit {
            let t = &tokens[k];
            let space = t.shape.contains(crate::tokenize::Shape::SPACE_BEFORE);
            let after_dot = self
                .atoms
                .last()
                .is_some_and(|a| a.w == W::Dot && a.end == t.start);
            if k > i && t.starts_sentence() && !after_dot {
                break;
            }
            let before = self.atoms.len();
            match t.kind {
                TokenKind::Number | TokenKind::Word => {
                    let hyphen = t.shape.contains(crate::tokenize::Shape::HYPHEN);
                    // A plain token (letters and digits) has no dot.
                    let dots = t.kind == TokenKind::Number
                        && !t.shape.contains(crate::tokenize::Shape::PLAIN)
                        && text
                            .get(t.start..t.end)
                            .is_some_and(|s| s.bytes().filter(|&b| b == b'.').count() > 1);
                    if hyphen || dots {
                        let Some(s) = text.get(t.start..t.end) else {
                            break;
                        };
                        let sep = if dots && !hyphen { '.' } else { '-' };
                        let mut off = 0;
                        let mut any = false;
                        for part in s.split(|c| c == sep || (sep == '-' && matches!(c, '‐' | '‑')))
                        {
                            let ps = t.start + off;
                            let pe = ps + part.len();
                            off += part.len()
                                + if sep == '-' {
                                    s[off + part.len()..]
                                        .chars()
                                        .next()
                                        .map_or(1, char::len_utf8)
                                } else {
                                    1
                                };
                            if part.is_empty() {
                                continue;
                            }
                            let w = part_class(text, ps, pe);
                            any |= w != W::Other;
                            self.atoms.push(Atom {
                                start: ps,
                                end: pe,
                                w,
                                space: if ps == t.start { space } else { false },
                                joined: ps != t.start && sep == '-',
                            });
                        }
                        if !any {
                            self.atoms.truncate(before);
                            break;
                        }
                    } else {
                        let w = self.class_of(text, t, k);
                        if w == W::Other {
                            break;
                        }
                        self.atoms.push(Atom {
                            start: t.start,
                            end: t.end,
                            w,
                            space,
                            joined: false,
                        });
                    }
                }
                TokenKind::Punct | TokenKind::Symbol => {
                    let w = match text.get(t.start..t.end) {
                        Some("-" | "‐" | "‑") => W::Hyphen,
                        Some("/") => W::Slash,
                        Some("^") => W::Caret,
                        Some("+") => W::Plus,
                        Some(".") if !t.shape.contains(crate::tokenize::Shape::SENTENCE_START) => {
                            W::Dot
                        }
                        _ => break,
                    };
                    self.atoms.push(Atom {
                        start: t.start,
                        end: t.end,
                        w,
                        space,
                        joined: false,
                    });
                }
                _ => break,
            }
            k += 1;
        }
        self.word_after = tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word);
        // Space-grouped thousands: `1 234 567`.
        self.merge_space_groups(text);
        (k, k < tokens.len() && k - i == limit)
    }

    /// Merges `1 234 567` (single space, NBSP or thin space; groups of three
    /// after the first group of one to three digits) into one atom.
    fn merge_space_groups(&mut self, text: &str) {
        // Every group after the first has three digits or more: without
        // such an atom (a run of small numbers) there is nothing to merge.
        if !self.atoms.iter().skip(1).any(|a| a.end - a.start >= 3) {
            return;
        }
        let mut j = 0;
        while j + 1 < self.atoms.len() {
            let a = self.atoms[j];
            let first_ok = matches!(a.w, W::Digits(_, true))
                && a.end - a.start <= 3
                && text
                    .get(a.start..a.end)
                    .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
            if !first_ok {
                j += 1;
                continue;
            }
            let mut m = j + 1;
            let mut end = a.end;
            while m < self.atoms.len() {
                let b = self.atoms[m];
                // A group has three digits: a shorter atom ends the run.
                if b.end - b.start < 3 {
                    break;
                }
                let gap = text.get(end..b.start).unwrap_or("x");
                let gap_ok = matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}");
                let s = text.get(b.start..b.end).unwrap_or("");
                let (int_part, frac) = match s.split_once('.') {
                    Some((i, f)) => (i, Some(f)),
                    None => (s, None),
                };
                if !gap_ok
                    || int_part.len() != 3
                    || !int_part.bytes().all(|c| c.is_ascii_digit())
                    || !frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()))
                {
                    break;
                }
                end = b.end;
                m += 1;
                if frac.is_some() {
                    break;
                }
            }
            if m > j + 1 {
                // Only unambiguous: a regular space needs at least two groups
                // or a non-breaking space.
                let gap0 = text.get(a.end..self.atoms[j + 1].start).unwrap_or("");
                // The groups' digits joined, made only for a merge (most
                // runs of small numbers have no group to merge).
                let value_str: String = self.atoms[j..m]
                    .iter()
                    .map(|g| text.get(g.start..g.end).unwrap_or(""))
                    .collect();
                if (gap0 != " "
                    || m > j + 2
                    || text
                        .get(end..)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit())))
                    && let Ok(v) = value_str.parse::<f64>()
                {
                    let int = !value_str.contains('.');
                    self.atoms[j] = Atom {
                        start: a.start,
                        end,
                        w: W::Digits(v, int),
                        space: a.space,
                        joined: false,
                    };
                    self.atoms.drain(j + 1..m);
                }
            }
            j += 1;
        }
    }

    /// Tokenizes the window starting at token `i` and parses one number at
    /// its start. Returns the number and the index of the next token.
    pub(crate) fn number_at(
        &mut self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(Number, usize)> {
        self.number_within(text, tokens, i, SHORT_WINDOW)
    }

    /// [`Parser::number_at`], reading a window of at most `first` tokens
    /// first, and the full window of [`MAX_WINDOW`] only when the parse
    /// reached the first window's end.
    fn number_within(
        &mut self,
        text: &str,
        tokens: &[Token],
        i: usize,
        first: usize,
    ) -> Option<(Number, usize)> {
        if let Some(short) = short_number_at(text, tokens, i) {
            self.atoms.clear();
            return Some(short);
        }
        // The short window's atoms are the full window's, all but its last
        // (space groups may merge on: `1 234` of `1 234 567`) and those
        // after it; when the parse read none of those, the full window
        // parses the same.
        let (_, cut) = self.window_of(text, tokens, i, first);
        self.seen.set(0);
        let mut parsed = self.parse(0);
        if cut && self.seen.get() >= self.atoms.len() {
            self.window(text, tokens, i);
            parsed = self.parse(0);
        }
        let (n, _) = parsed?;
        // Digits past f64's range (`1e999`, 400 nines) make no value.
        if !n.value.is_finite() {
            return None;
        }
        let next = tokens[i..]
            .iter()
            .position(|t| t.start >= n.end)
            .map_or(tokens.len(), |p| i + p);
        Some((n, next))
    }

    /// Atom `j`, if the window has it. Every read of the parse goes through
    /// here, to keep [`Parser::seen`].
    #[inline]
    fn atom(&self, j: usize) -> Option<&Atom> {
        if j >= self.seen.get() {
            self.seen.set(j.saturating_add(1));
        }
        self.atoms.get(j)
    }

    /// [`Parser::word_after`], read by the parse: what follows the window
    /// decided it.
    fn word_after_window(&self) -> bool {
        self.seen.set(usize::MAX);
        self.word_after
    }

    fn w(&self, j: usize) -> W {
        self.atom(j).map_or(W::Other, |a| a.w)
    }

    fn glued(&self, j: usize) -> bool {
        self.atom(j).is_some_and(|a| !a.space)
    }

    /// Parses one number at atom `j`; returns it and the atom index after.
    pub(crate) fn parse(&self, j: usize) -> Option<(Number, usize)> {
        let start_atom = j;
        let mut j = j;
        // Sign.
        let mut neg = false;
        match self.w(j) {
            W::Minus => {
                neg = true;
                j += 1;
            }
            W::Hyphen => {
                // `-5`, and `- 10 k` at the start of a window.
                let next_digit = matches!(
                    self.w(j + 1),
                    W::Digits(..) | W::DigitsScaled(_) | W::DigitsE(_)
                );
                if next_digit && (self.glued(j + 1) || j == 0) {
                    neg = true;
                    j += 1;
                } else {
                    return None;
                }
            }
            W::Dot => {
                // `.08`
                if let (W::Digits(v, true), true) = (self.w(j + 1), self.glued(j + 1)) {
                    let &a = self.atom(j + 1)?;
                    let digits = a.end - a.start;
                    let val = v / 10f64.powi(digits as i32);
                    return Some((self.num(start_atom, j + 2, val, NumberKind::Decimal), j + 2));
                }
                return None;
            }
            _ => {}
        }
        let sign = if neg { -1.0 } else { 1.0 };
        let first = self.w(j);
        // Digits-only forms.
        match first {
            W::DigitsOrd(v) => {
                return Some((self.num(start_atom, j + 1, v, NumberKind::Ordinal), j + 1));
            }
            W::DigitsScaled(v) => {
                return Some((
                    self.num(start_atom, j + 1, sign * v, NumberKind::Integer),
                    j + 1,
                ));
            }
            W::DigitsE(v) => {
                // `12.32e` `+` `14`
                let esign = if self.atom(j + 1).is_some_and(|a| a.joined) {
                    -1
                } else {
                    1
                };
                return self.power(start_atom, j + 1, esign, sign * v);
            }
            W::DigitsX(v) => {
                if self.w(j + 1) == W::Caret && self.glued(j + 1) {
                    return self.power(start_atom, j + 2, 1, sign * v);
                }
                return None;
            }
            W::Vulgar(v) => {
                return Some((
                    self.num(start_atom, j + 1, sign * v, NumberKind::Fraction),
                    j + 1,
                ));
            }
            W::Digits(v, int) => {
                // Power `1.1^23`, fraction `3/4`, mixed `2 1/4`.
                if self.w(j + 1) == W::Caret && self.glued(j + 1) {
                    let mut k = j + 2;
                    let mut esign = 1.0;
                    while matches!(self.w(k), W::Plus | W::Hyphen) && self.glued(k) {
                        if self.w(k) == W::Hyphen {
                            esign = -esign;
                        }
                        k += 1;
                    }
                    if let (W::Digits(e, _), true) = (self.w(k), self.glued(k)) {
                        let val = v.powf(esign * e);
                        return Some((
                            self.num(start_atom, k + 1, sign * val, NumberKind::Power),
                            k + 1,
                        ));
                    }
                }
                if let Some((f, k)) = self.slash_fraction(j) {
                    return Some((self.num(start_atom, k, sign * f, NumberKind::Fraction), k));
                }
                if int
                    && let Some((f, k)) = self.slash_fraction(j + 1)
                    && self.atom(j + 1).is_some_and(|a| a.space)
                {
                    return Some((
                        self.num(start_atom, k, sign * (v + f), NumberKind::Fraction),
                        k,
                    ));
                }
                // Glued letters after `5,000`-style digits: a stop.
                let _ = int;
            }
            W::DigitsGlued(v, _) => {
                // `180ml`: the number is not on its own (the quantity rules
                // read the unit); `10km` etc.
                let _ = v;
                return None;
            }
            _ => {}
        }
        // `half a dozen`, `half million`, `half`.
        if let W::Half(false) = first {
            if self.w(j + 1) == W::A && self.w(j + 2) == W::Dozen(false) {
                return Some((
                    self.num(start_atom, j + 3, sign * 6.0, NumberKind::Integer),
                    j + 3,
                ));
            }
            if let W::Scale(s, false) = self.w(j + 1) {
                return Some((
                    self.num(start_atom, j + 2, sign * 0.5 * s, NumberKind::Fraction),
                    j + 2,
                ));
            }
            return Some((
                self.num(start_atom, j + 1, sign * 0.5, NumberKind::Fraction),
                j + 1,
            ));
        }
        if let W::Quarter(false) = first
            && let W::Scale(s, false) = self.w(j + 1)
        {
            return Some((
                self.num(start_atom, j + 2, sign * 0.25 * s, NumberKind::Fraction),
                j + 2,
            ));
        }
        // Bare ordinals: `third`, `twentieth`, `trillionth`.
        if let W::Ord(v, false, _) = first {
            return Some((self.num(start_atom, j + 1, v, NumberKind::Ordinal), j + 1));
        }
        let card = self.cardinal(j)?;
        let k = card.end;
        let mut value = card.value();
        let mut kind = if card.int {
            NumberKind::Integer
        } else {
            NumberKind::Decimal
        };
        let starts_a = first == W::A;

        // `k`/`M` after digits; `dozen`.
        match self.w(k) {
            W::Suffix(m) if card.last == Last::Digits && card.n == 1 => {
                return Some((
                    self.num(start_atom, k + 1, sign * value * m, NumberKind::Integer),
                    k + 1,
                ));
            }
            W::Dozen(_)
                if matches!(
                    card.last,
                    Last::Digits | Last::Unit | Last::Teen | Last::Tens | Last::A
                ) =>
            {
                return Some((
                    self.num(start_atom, k + 1, sign * value * 12.0, NumberKind::Integer),
                    k + 1,
                ));
            }
            _ => {}
        }
        // `point zero three`
        if self.w(k) == W::Point && card.last != Last::Digits {
            let mut frac = String::new();
            let mut m = k + 1;
            loop {
                match self.w(m) {
                    W::Zero => frac.push('0'),
                    W::Unit(u) => frac.push((b'0' + u) as char),
                    W::Teen(t) => frac.push_str(&t.to_string()),
                    W::Tens(t) => {
                        if let W::Unit(u) = self.w(m + 1) {
                            frac.push_str(&(t + u).to_string());
                            m += 1;
                        } else {
                            frac.push_str(&t.to_string());
                        }
                    }
                    W::Hyphen => {}
                    _ => break,
                }
                m += 1;
            }
            if !frac.is_empty() {
                let f: f64 = format!("0.{frac}").parse().unwrap_or(0.0);
                return Some((
                    self.num(start_atom, m, sign * (value + f), NumberKind::Decimal),
                    m,
                ));
            }
        }
        // Ordinals and fractions after a cardinal.
        let (ord_at, hyph) = if self.w(k) == W::Hyphen {
            (k + 1, true)
        } else {
            (k, false)
        };
        let part = card.and_start.map(|a| card.value() - a);
        let big = if card.and_start.is_some() && card.last_scale >= 1e6 {
            card.last_scale
        } else {
            1.0
        };
        // The denominator or ordinal: `fifth(s)`, or a compound `twenty-first`
        // after a numerator that cannot take the tens (`three twenty-firsts`).
        let ordw = match (self.w(ord_at), self.w(ord_at + 1)) {
            (W::Tens(t), W::Ord(d, pl, true)) => Some((t as f64 + d, pl, false, ord_at + 2, true)),
            (W::Ord(d, pl, u), _) => Some((d, pl, u, ord_at + 1, false)),
            _ => None,
        };
        if let Some((d, plural, unitlike, next, compound)) = ordw {
            let one =
                card.value() == 1.0 && card.n == 1 && matches!(card.last, Last::A | Last::Unit);
            let is_frac = plural || d >= 3.0 && (one || part == Some(1.0));
            if is_frac && d != 0.0 {
                let mut val = match part {
                    Some(pv) if pv < d => card.value() - pv + pv / d * big,
                    _ if !compound
                        && unitlike
                        && card.last == Last::Tens
                        && card.n > 1
                        && card.and_start.is_none()
                        && !hyph =>
                    {
                        card.before_last / (card.value() - card.before_last + d)
                    }
                    _ => card.value() / d,
                };
                let mut next = next;
                // `two thirds of a million`
                if let (W::Of, W::A, W::Scale(s, false)) =
                    (self.w(next), self.w(next + 1), self.w(next + 2))
                {
                    val *= s;
                    next += 3;
                }
                return Some((
                    self.num(start_atom, next, sign * val, NumberKind::Fraction),
                    next,
                ));
            }
            if !plural && !hyph && !card.has_digits {
                // Compound ordinal: `one hundred twenty fifth`, `two
                // hundredth`, `three trillionth`.
                let ord = if !compound && d >= 100.0 && d.log10().fract() == 0.0 {
                    Some(card.value() * d)
                } else if d < 100.0
                    && ((card.last == Last::Tens && unitlike && !compound)
                        || card.last == Last::Hundred)
                {
                    Some(card.value() + d)
                } else {
                    None
                };
                if let Some(o) = ord {
                    return Some((self.num(start_atom, next, o, NumberKind::Ordinal), next));
                }
            }
        }
        if let W::Half(plural) | W::Quarter(plural) = self.w(ord_at) {
            let one =
                card.value() == 1.0 && card.n == 1 && matches!(card.last, Last::A | Last::Unit);
            if plural || one || part == Some(1.0) {
                let d = if matches!(self.w(ord_at), W::Half(_)) {
                    2.0
                } else {
                    4.0
                };
                let mut next = ord_at + 1;
                let scale_after = match self.w(next) {
                    W::Scale(s, false) => {
                        next += 1;
                        Some(s)
                    }
                    _ => None,
                };
                let val = match part {
                    Some(pv) if pv < d => card.value() - pv + pv / d * scale_after.unwrap_or(big),
                    _ => card.value() / d * scale_after.unwrap_or(1.0),
                };
                return Some((
                    self.num(start_atom, next, sign * val, NumberKind::Fraction),
                    next,
                ));
            }
        }
        // `and a half`, `and three quarters`, `and a half million`.
        if self.w(k) == W::And
            && let Some((f, m)) = self.fraction_after_and(k + 1)
        {
            let mut add = f;
            let mut m = m;
            let scale_after = match self.w(m) {
                W::Scale(s, false) => Some(s),
                _ => None,
            };
            kind = NumberKind::Fraction;
            if card.last == Last::Scale {
                if let Some(s) = scale_after {
                    add *= s;
                    m += 1;
                } else if card.last_scale >= 1e6 {
                    add *= card.last_scale;
                }
                value += add;
            } else if let Some(s) = scale_after {
                // `five and a half million`
                value = (value + add) * s;
                m += 1;
            } else {
                value += add;
            }
            return Some((self.num(start_atom, m, sign * value, kind), m));
        }
        // `one over three`, `one out of three`, `1 in twenty-one`.
        let joiner = match (self.w(k), self.w(k + 1)) {
            (W::Over, _) => Some((k + 1, 0)),
            (W::Out, W::Of) => Some((k + 2, 1)),
            (W::In, _) => Some((k + 1, 2)),
            _ => None,
        };
        if let Some((m, how)) = joiner
            && let Some(den) = self.cardinal(m)
        {
            let d = den.value();
            // The fraction ends the window.
            let ends = self.atom(den.end).is_none();
            let ok = match how {
                0 => ends && !self.word_after_window(),
                _ => card.int && d > value && value >= 1.0 && ends && (how == 1 || value == 1.0),
            };
            if ok && d != 0.0 {
                return Some((
                    self.num(start_atom, den.end, sign * value / d, NumberKind::Fraction),
                    den.end,
                ));
            }
        }
        if starts_a && card.n == 1 {
            return None; // `a` alone
        }
        let _ = &mut kind;
        Some((self.num(start_atom, k, sign * value, kind), k))
    }

    /// `3/4` at atom `j` (glued, not followed by another `/`).
    fn slash_fraction(&self, j: usize) -> Option<(f64, usize)> {
        let (W::Digits(a, true), W::Slash, W::Digits(b, true)) =
            (self.w(j), self.w(j + 1), self.w(j + 2))
        else {
            return None;
        };
        if !self.glued(j + 1) || !self.glued(j + 2) || b == 0.0 || a >= 1000.0 || b >= 1000.0 {
            return None;
        }
        if self.atom(j).is_some_and(|x| x.joined) {
            return None; // `222-2222/2222`
        }
        if j > 0 && self.w(j - 1) == W::Slash && self.glued(j) {
            return None; // the middle of a date
        }
        if self.w(j + 3) == W::Slash {
            return None; // a date: 5/17/2018
        }
        Some((a / b, j + 3))
    }

    /// After `and`: `a half`, `one half`, `a quarter`, `three quarters`,
    /// `three fifths`, `a third`. Returns the fraction and the atom after.
    fn fraction_after_and(&self, j: usize) -> Option<(f64, usize)> {
        let (num, at) = match self.w(j) {
            W::A => (1.0, j + 1),
            _ => {
                let c = self.cardinal(j)?;
                if c.has_digits || c.value() >= 1000.0 {
                    return None;
                }
                (c.value(), c.end)
            }
        };
        let d_at = if self.w(at) == W::Hyphen { at + 1 } else { at };
        let den = match self.w(d_at) {
            W::Half(p) if p || num == 1.0 => 2.0,
            W::Quarter(p) if p || num == 1.0 => 4.0,
            W::Ord(d, p, _) if (p || num == 1.0) && d >= 3.0 => d,
            _ => return None,
        };
        (num < den).then_some((num / den, d_at + 1))
    }

    /// `mantissa × 10^exponent` whose signs and exponent digits start at
    /// atom `k` (`12.32e+14`, `1.1^23`); `esign` is the exponent's sign so far.
    fn power(
        &self,
        start_atom: usize,
        mut k: usize,
        mut esign: i32,
        mantissa: f64,
    ) -> Option<(Number, usize)> {
        while matches!(self.w(k), W::Plus | W::Hyphen) && self.glued(k) {
            if self.w(k) == W::Hyphen {
                esign = -esign;
            }
            k += 1;
        }
        let (W::Digits(e, true), true) = (self.w(k), self.glued(k)) else {
            return None;
        };
        // `0e999` is 0, not 0 × ∞; a value past f64's range is no number.
        // Parsed from its shortest digits, to round once (`4.5e-3` is
        // 4.5e-3, not 4.5 × 10^-3 rounded twice).
        let val = if mantissa == 0.0 {
            0.0
        } else {
            let exp = esign * e as i32;
            format!("{mantissa}e{exp}")
                .parse()
                .unwrap_or(mantissa * 10f64.powi(exp))
        };
        if !val.is_finite() {
            return None;
        }
        Some((self.num(start_atom, k + 1, val, NumberKind::Power), k + 1))
    }

    fn num(&self, a: usize, b: usize, value: f64, kind: NumberKind) -> Number {
        let start = self.atom(a).map_or(0, |x| x.start);
        let end = self.atom(b.saturating_sub(1)).map_or(start, |x| x.end);
        Number {
            start,
            end,
            value,
            kind,
        }
    }

    /// The cardinal state machine from atom `j`.
    fn cardinal(&self, j: usize) -> Option<Card> {
        let mut c = Card {
            total: 0.0,
            cur: 0.0,
            last: Last::None,
            max_scale: 0.0,
            last_scale: 0.0,
            hundred: false,
            end: j,
            n: 0,
            before_last: 0.0,
            and_start: None,
            has_digits: false,
            int: true,
        };
        let mut k = j;
        let mut after_and = false;
        let mut snapshot: Option<Card> = None;
        loop {
            let w = self.w(k);
            let before = c.value();
            let ok = match w {
                W::A if c.last == Last::None => {
                    let next = self.w(k + 1);
                    if matches!(
                        next,
                        W::Hundred(false)
                            | W::Scale(_, false)
                            | W::Dozen(false)
                            | W::Ord(..)
                            | W::Half(false)
                            | W::Quarter(false)
                    ) || matches!((next, self.w(k + 2)), (W::Tens(_), W::Ord(_, _, true)))
                    {
                        c.cur = 1.0;
                        c.last = Last::A;
                        true
                    } else {
                        false
                    }
                }
                W::Zero if c.last == Last::None => {
                    c.last = Last::Zero;
                    true
                }
                W::Digits(v, int) => {
                    let ok = match c.last {
                        Last::None => true,
                        Last::Scale | Last::Hundred => {
                            after_and || v < 1000.0 && c.last == Last::Scale
                        }
                        _ => false,
                    } && (c.last == Last::None
                        || (int && v < 100.0)
                        || c.last == Last::Scale && int && v < c.last_scale);
                    if ok {
                        c.cur += v;
                        c.int &= int;
                        c.last = Last::Digits;
                    }
                    ok
                }
                W::Unit(u) => {
                    let r = c.cur % 100.0;
                    let ok = matches!(
                        c.last,
                        Last::None | Last::Tens | Last::Hundred | Last::Scale
                    ) && (r == 0.0
                        || (r >= 20.0 && r % 10.0 == 0.0 && c.last == Last::Tens));
                    if ok {
                        c.cur += u as f64;
                        c.last = Last::Unit;
                    }
                    ok
                }
                W::Teen(t) | W::Tens(t) => {
                    let ok = matches!(c.last, Last::None | Last::Hundred | Last::Scale)
                        && c.cur % 100.0 == 0.0;
                    if ok {
                        c.cur += t as f64;
                        c.last = if matches!(w, W::Teen(_)) {
                            Last::Teen
                        } else {
                            Last::Tens
                        };
                    }
                    ok
                }
                W::Hundred(pl) => {
                    if c.last == Last::None && !pl {
                        c.cur = 1.0; // `hundred thousand`
                        c.last = Last::A;
                    }
                    let ok = matches!(
                        c.last,
                        Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::A
                    ) && !c.hundred
                        && c.cur > 0.0
                        && (!pl || c.last != Last::A);
                    if ok {
                        c.cur *= 100.0;
                        c.hundred = true;
                        c.last = Last::Hundred;
                    }
                    ok
                }
                W::Scale(s, pl) => {
                    let ok = matches!(
                        c.last,
                        Last::Unit
                            | Last::Teen
                            | Last::Tens
                            | Last::Hundred
                            | Last::Digits
                            | Last::A
                    ) && (c.max_scale == 0.0
                        || s < c.last_scale
                        || c.cur == 0.0 && s > c.max_scale)
                        && (!pl || c.last != Last::A)
                        || c.last == Last::Scale && s > c.max_scale && c.cur == 0.0;
                    if ok {
                        if s > c.max_scale && c.total > 0.0 {
                            c.total = (c.total + c.cur) * s;
                        } else {
                            c.total += c.cur * s;
                        }
                        c.cur = 0.0;
                        c.hundred = false;
                        c.max_scale = c.max_scale.max(s);
                        c.last_scale = s;
                        c.last = Last::Scale;
                    }
                    ok
                }
                W::Hyphen if c.last == Last::Tens && matches!(self.w(k + 1), W::Unit(_)) => {
                    k += 1;
                    continue;
                }
                W::And if matches!(c.last, Last::Hundred | Last::Scale) => match self.w(k + 1) {
                    W::Digits(0.0, _) => false,
                    W::Unit(_) | W::Teen(_) | W::Tens(_) | W::Digits(..) => {
                        snapshot = Some(c);
                        c.and_start = Some(c.value());
                        after_and = true;
                        k += 1;
                        continue;
                    }
                    _ => false,
                },
                _ => false,
            };
            if !ok {
                break;
            }
            // After `and X`, a `hundred` in the same group would be a new number.
            if after_and
                && !matches!(w, W::Hundred(_))
                && matches!(self.w(k + 1), W::Hundred(_))
                && c.hundred
                && let Some(s) = snapshot.take()
            {
                return Some(s);
            }
            if matches!(w, W::Scale(..)) {
                snapshot = None;
                after_and = false;
                c.and_start = None;
            }
            if matches!(w, W::Digits(..)) {
                c.has_digits = true;
            }
            c.before_last = before;
            c.n += 1;
            k += 1;
            c.end = k;
            if c.last == Last::Zero {
                break;
            }
            if matches!(w, W::Unit(_) | W::Teen(_) | W::Tens(_) | W::Digits(..)) && after_and {
                after_and = false;
            }
        }
        // An `and` consumed with nothing after it is not part of the number.
        (c.n > 0).then_some(c)
    }
}

/// `one` that is a pronoun, not a number: `the one`, `which one`, `no one`,
/// `one of the`, `this one`.
fn is_excluded_one(text: &str, tokens: &[Token], p: &Parser, j: usize, next: usize) -> bool {
    let a = p.atoms[j];
    if next != j + 1 || a.w != W::Unit(1) {
        return false;
    }
    // The token before the atom.
    let idx = tokens.partition_point(|t| t.start < a.start);
    let prev = idx.checked_sub(1).map(|k| tokens[k]);
    let mut buf = [0u8; 16];
    if let Some(t) = prev
        && t.end <= a.start
        && let Some(l) = lower(t.text(text), &mut buf)
        && matches!(
            l,
            b"the"
                | b"this"
                | b"that"
                | b"which"
                | b"no"
                | b"any"
                | b"every"
                | b"each"
                | b"some"
                | b"someone"
                | b"anyone"
                | b"no-one"
                | b"another"
                | b"little"
                | b"only"
                | b"last"
                | b"next"
                | b"such"
                | b"everyone"
                | b"loved"
        )
    {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_union_of_filters_passes_the_words_of_both() {
        let a = PrefixTable::new(&["seven", "dozen"]);
        let b = PrefixTable::new(&["march", "yesterday"]);
        let both = PrefixTable::union(&a, &b);
        for w in ["seven", "Dozen", "MARCH", "yesterday"] {
            assert!(both.may_contain(w.as_bytes()), "{w}");
        }
        // A word of neither: no entry for its first two letters.
        assert!(!both.may_contain(b"said") && !both.may_contain(b"the"));
        assert!(!a.may_contain(b"march") && !b.may_contain(b"seven"));
    }

    fn p(s: &str) -> Option<f64> {
        parse_number(s)
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
    }

    #[test]
    fn digits() {
        let table: &[(&str, f64)] = &[
            ("5,000", 5000.0),
            ("1,234.56", 1234.56),
            ("4.800", 4.8),
            (".08", 0.08),
            ("-1", -1.0),
            ("-9.25", -9.25),
            ("1 234 567", 1_234_567.0),
            ("1\u{202f}234", 1234.0),
            ("22,240,260,310", 22_240_260_310.0),
            ("10k", 10_000.0),
            ("1.2b", 1.2e9),
            ("$3bn", f64::NAN),
            ("1.5bn", 1.5e9),
            ("10M", 1e7),
            ("2 million", 2e6),
            ("1,674.5 million", 1.6745e9),
            ("2.33 k", 2330.0),
            ("322 hundred", 32200.0),
            ("1e10", 1e10),
            ("12.32e+14", 1.232e15),
            ("2.5^-1", 0.4),
            ("3/4", 0.75),
            ("2 1/4", 2.25),
            ("-4/5", -0.8),
        ];
        for &(s, v) in table {
            if v.is_nan() {
                assert_eq!(p(s), None, "{s}");
            } else {
                assert!(close(p(s), v), "{s}: {:?} != {v}", p(s));
            }
        }
    }

    /// A glued exponent is read as the standard parse reads it: rounded
    /// once, so `1e308` is exactly 1e308.
    #[test]
    fn glued_exponents_are_exact() {
        for (s, want) in [
            ("1e308", 1e308_f64),
            ("127.32e13", 127.32e13),
            ("4.5e-3", 4.5e-3),
            ("0e999", 0.0),
            ("9.87654321e22", 9.876_543_21e22),
        ] {
            assert_eq!(p(s).map(f64::to_bits), Some(want.to_bits()), "{s}");
        }
        // Commas are no part of the standard syntax: the product stands.
        assert_eq!(p("1,000e3"), Some(1e6));
        assert_eq!(p("1e999"), None);
    }

    #[test]
    fn words() {
        let table: &[(&str, f64)] = &[
            ("nine", 9.0),
            ("twenty-one", 21.0),
            ("fifty two", 52.0),
            ("fifty - two", 52.0),
            ("two hundred and fifty thousand", 250_000.0),
            ("a hundred", 100.0),
            ("a dozen", 12.0),
            ("half a dozen", 6.0),
            ("three dozens", 36.0),
            ("two hundred and two thousand", 202_000.0),
            ("two thousand and two hundred", 2200.0),
            ("twenty-one trillion and three hundred", 21e12 + 300.0),
            ("ninety-five hundred", 9500.0),
            ("4 thousand 3 hundred and 21", 4321.0),
            ("three lakh crore", 3e12),
            ("two hundred point zero three", 200.03),
            ("nought point eleven", 0.11),
            ("minus five point five", -5.5),
            ("half", 0.5),
            ("a half", 0.5),
            ("a third", 1.0 / 3.0),
            ("two thirds", 2.0 / 3.0),
            ("one-eighth", 0.125),
            ("three quarters", 0.75),
            ("one and a half", 1.5),
            ("one hundred and three quarters", 100.75),
            ("five and a half million", 5.5e6),
            ("one billion and a half million", 1_000_500_000.0),
            ("five billion and three quarters", 5.75e9),
            ("one hundred thirty fifths", 100.0 / 35.0),
            ("twenty fifths", 4.0),
            ("one over three", 1.0 / 3.0),
            ("one out of three", 1.0 / 3.0),
            ("half million", 5e5),
        ];
        for &(s, v) in table {
            assert!(close(p(s), v), "{s}: {:?} != {v}", p(s));
        }
    }

    #[test]
    fn ordinals() {
        let table: &[(&str, f64)] = &[
            ("21st", 21.0),
            ("third", 3.0),
            ("twenty-first", 21.0),
            ("one hundred twenty fifth", 125.0),
            ("two hundredth", 200.0),
            ("three trillionth", 3e12),
        ];
        for &(s, v) in table {
            let n = find_numbers(s);
            assert_eq!(n.len(), 1, "{s}");
            assert_eq!(n[0].kind, NumberKind::Ordinal, "{s}");
            assert!(close(Some(n[0].value), v), "{s}: {:?}", n[0]);
        }
    }

    #[test]
    fn not_numbers() {
        for s in [
            "a man", "The one you mentioned", "no one came", "which one", "a second chance",
        ] {
            let got: Vec<f64> = find_numbers(s).iter().map(|n| n.value).collect();
            assert!(got.is_empty() || s.contains("second"), "{s}: {got:?}");
        }
        // Separate numbers stay separate.
        let v: Vec<f64> = find_numbers("4000 3 hundred")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, [4000.0, 300.0]);
        let v: Vec<f64> = find_numbers("3 hundred and 2 hundred")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, [300.0, 200.0]);
        let v: Vec<f64> = find_numbers("on 5/17/2018")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, [5.0, 17.0, 2018.0]);
        let v: Vec<f64> = find_numbers("192.168.1.2")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(v, [192.0, 168.0, 1.0, 2.0]);
        let v: Vec<f64> = find_numbers("423 0000").iter().map(|n| n.value).collect();
        assert_eq!(v, [423.0, 0.0]);
        assert!(find_numbers("the 180ml liquid").is_empty());
        assert!(find_numbers("1m isn't").is_empty());
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let text = "Zürich: ½ of €5,000 — twenty‑one";
        for n in find_numbers(text) {
            assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
            assert!(n.start < n.end);
        }
    }

    /// `parse_digits` as it was before its integer fast path: the digits
    /// and the dot handed to `str::parse`.
    fn parse_digits_reference(s: &str) -> Option<(f64, usize, bool)> {
        let (_, used, int) = parse_digits(s)?;
        let kept: String = s[..used].chars().filter(|&c| c != ',').collect();
        Some((kept.parse().ok()?, used, int))
    }

    #[test]
    fn digit_fast_path_matches_the_general_parse() {
        let mut cases: Vec<String> = [
            "0", "007", "5,000", "1,234.56", "2.5", "0.1", "0.3", "1990", "4.800", "3.14159",
            "9007199254740992", "9007199254740993", "18446744073709551615", "18446744073709551616",
            "0.0000000000000000000001", "0.00000000000000000000001", "1.7976931348623157",
            "123456789012345678901234567890", "1,000,000,000.5", "12,34", "5.", "5..5", "1,2345",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every mix of digits, separators and dots up to six bytes.
        let alphabet = ['0', '1', '5', '9', ',', '.'];
        let mut frontier = vec![String::new()];
        for _ in 0..6 {
            let mut next = Vec::new();
            for s in &frontier {
                for c in alphabet {
                    let mut t = s.clone();
                    t.push(c);
                    next.push(t);
                }
            }
            cases.extend(next.iter().cloned());
            frontier = next;
        }
        // Long mantissas around 2^53 and many decimals.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = x.to_string();
            let cut = (x % 21) as usize;
            let n = &digits[..digits.len().min(cut.max(1) + (x % 5) as usize)];
            let dot = (x >> 8) as usize % (n.len() + 1);
            cases.push(format!("{}.{}", &n[..dot], &n[dot..]));
            cases.push(n.to_string());
        }
        for s in &cases {
            let got = parse_digits(s);
            let want = parse_digits_reference(s);
            assert_eq!(
                got.map(|(v, u, i)| (v.to_bits(), u, i)),
                want.map(|(v, u, i)| (v.to_bits(), u, i)),
                "{s}"
            );
        }
    }

    #[test]
    fn short_numbers_parse_as_the_window_does() {
        let words = [
            "people", "million", "k", "M", "dozen", "and", "a", "half", "point", "over", "out",
            "of", "in", "hundred", "thousands", "third", "thirds", "seconds", "km", "twenty-one",
            "1", "2.5", "1,000", "-", "/", "^", "+", ".", ",", "%", "$", "(", "\u{2011}", "x10",
            "e", "st", "Mr.", "one", "Two", "\n\nNew", "Million", "billion", "hundreds", "55",
            "1234", "12/5", "7 8", "5%", "234", "1.5", "3½",
        ];
        let numbers = [
            "5", "5,000", "2.5", "1990", "07", "0", "1,234.56", "123", "9007199254740993", "1e10",
            "21st", "10k", "3/4", "5.17.2018", "300-400", "one", "Two", "fifteen", "FORTY",
            "first", "Third", "ninth", "twentieth", "half", "zero", "hundred", "minus", "second",
        ];
        let mut p = Parser::new();
        let (mut fast, mut scaled, mut after_digits) = (0, 0, 0);
        for a in numbers {
            for b in words {
                for c in [
                    "", " 5", " people", " 234", "/4", " 1/4", " a half", " three quarters",
                    " one", " 1990", " 1,000 people", " third", " two-thirds", " ½", " 3rd",
                    " 5th", " an", " and", " -", " .5", " 5.", "\n\nNew", ".", " of", " in",
                    " in 5", " in twenty", " of a million", " over 2", " out of 3", " point five",
                    " and 5", " k", " 12", " 5 5", " 234 567", " 1/", "%",
                ] {
                    for sep in [" ", "", "\u{a0}", "\u{2009}", "\u{202f}"] {
                        let text = format!("Some {a}{sep}{b}{c} here.");
                        let tokens = tokenize(&text);
                        for i in 0..tokens.len() {
                            let Some((n, next)) = short_number_at(&text, &tokens, i) else {
                                continue;
                            };
                            fast += 1;
                            scaled += usize::from(next > i + 1);
                            after_digits += usize::from(
                                tokens[i].kind == TokenKind::Number
                                    && tokens
                                        .get(next)
                                        .is_some_and(|t| t.kind == TokenKind::Number),
                            );
                            // What the window makes of it, as `number_at`
                            // keeps it: a finite value, and the next token
                            // the first past the number.
                            p.window(&text, &tokens, i);
                            let general =
                                p.parse(0)
                                    .filter(|(m, _)| m.value.is_finite())
                                    .map(|(m, _)| {
                                        let after = tokens[i..]
                                            .iter()
                                            .position(|t| t.start >= m.end)
                                            .map_or(tokens.len(), |p| i + p);
                                        (m, after)
                                    });
                            assert_eq!(Some((n, next)), general, "{text:?} at {i}");
                        }
                    }
                }
            }
        }
        assert!(fast > 1000 && scaled > 100, "{fast} {scaled}");
        // Digits after digits were taken short too (`5 55`, `12 5`).
        assert!(after_digits > 100, "{after_digits}");
    }

    /// A number read from a short window first is the number of the full
    /// window: on random runs of number tokens (digits, space groups,
    /// number words, fractions, signs and exponents), at every token.
    #[test]
    fn the_short_window_parses_as_the_full_window() {
        let pieces = [
            "5", "1", "234", "567", "890.5", "1,000", "-5", "0.25", ".5", "10k", "21st", "1e", "+",
            "14", "x10", "^", "6", "-", "/", "3/4", "one", "two", "hundred", "and", "twenty-five",
            "thousand", "million", "a", "an", "half", "quarters", "third", "thirds", "dozen",
            "point", "over", "out", "of", "in", "minus", "first", "zero", "½", "people", ".",
        ];
        let seps = [" ", " ", " ", "", "\u{a0}", "\u{202f}"];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let (mut short, mut full) = (Parser::new(), Parser::new());
        let (mut numbers, mut long) = (0, 0);
        for _ in 0..4_000 {
            let mut text = String::from("So ");
            for _ in 0..(4 + next(40)) {
                // Now and then a run of space groups or of number words,
                // longer than a short window.
                match next(12) {
                    0 => text.push_str(&" 234".repeat(1 + next(8))),
                    1 => text.push_str(&"hundred and one ".repeat(1 + next(4))),
                    _ => text.push_str(pieces[next(pieces.len())]),
                }
                text.push_str(seps[next(seps.len())]);
            }
            let tokens = tokenize(&text);
            for i in 0..tokens.len() {
                let a = short.number_within(&text, &tokens, i, SHORT_WINDOW);
                let b = full.number_within(&text, &tokens, i, MAX_WINDOW);
                assert_eq!(a, b, "{text:?} at token {i}");
                if let Some((n, next)) = b {
                    numbers += 1;
                    long += usize::from(next - i > SHORT_WINDOW);
                    assert!(n.end <= text.len());
                }
            }
        }
        // Both kinds of case came up: numbers within a short window and
        // numbers longer than it.
        assert!(numbers > 10_000 && long > 100, "{numbers} {long}");
    }

    /// The filter as it was: first two letters and length only.
    fn old_filter(w: &[u8]) -> bool {
        let l = w.to_ascii_lowercase();
        (2..32).contains(&w.len())
            && TRIGGER_WORDS
                .iter()
                .any(|t| t.len() == l.len() && t.as_bytes()[..2] == l[..2])
    }

    /// `may_start`, the first test of the trigger filter, turns away no
    /// word `may_contain` keeps: every first byte, many second and last
    /// bytes, every length.
    #[test]
    fn the_first_byte_test_keeps_what_the_filter_keeps() {
        let others: Vec<u8> = (b'a'..=b'z')
            .chain([b'A', b'Z', b'.', b'-', 0xC3])
            .collect();
        for first in 0..=255u8 {
            for &second in &others {
                for &last in &others {
                    for len in 2..36 {
                        let mut w = vec![b'x'; len];
                        w[0] = first;
                        w[1] = second;
                        w[len - 1] = last;
                        if TRIGGERS.may_contain(&w) {
                            assert!(TRIGGERS.may_start(first, len), "{w:?}");
                        }
                    }
                }
            }
        }
        for w in TRIGGER_WORDS {
            assert!(TRIGGERS.may_start(w.as_bytes()[0], w.len()), "{w}");
        }
        assert!(!TRIGGERS.may_start(b't', 0) && !TRIGGERS.may_start(b't', usize::MAX));
    }

    #[test]
    fn the_trigger_filter_keeps_every_number_word() {
        // Every word `word_class` gives a class that starts a number:
        // the trigger words, the scale abbreviations, ordinal plurals.
        let mut words: Vec<String> = TRIGGER_WORDS.iter().map(|w| w.to_string()).collect();
        for w in [
            "mn", "mln", "mil", "bn", "bln", "tn", "tln", "trn", "doz", "dzs", "dozs",
        ] {
            words.push(w.into());
        }
        for w in TRIGGER_WORDS {
            if ordinal_word(w.as_bytes()).is_some() {
                words.push(format!("{w}s"));
            }
        }
        for w in &words {
            let mut cap = w.clone();
            cap[..1].make_ascii_uppercase();
            for v in [w.clone(), cap, w.to_ascii_uppercase()] {
                let starts = starts_number(part_class(&v, 0, v.len()));
                if starts && old_filter(v.as_bytes()) {
                    assert!(TRIGGERS.may_contain(v.as_bytes()), "{v}");
                }
            }
        }
        for w in TRIGGER_WORDS {
            assert!(starts_number(word_class(w.as_bytes())), "{w}");
        }
    }
}
