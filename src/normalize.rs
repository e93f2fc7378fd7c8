//! The fold used for matching names: diacritics removed (`Zürich` →
//! `Zurich`), apostrophes and quotes to `'`, dashes and hyphens to `-`, and
//! optionally letter case.
//!
//! Folding writes into a caller's reusable buffer together with an offset
//! map, so that a match in the folded text maps back to exact byte offsets of
//! the original (the offset drift that FlashText and pyahocorasick users have
//! reported comes from folding without such a map). ASCII text other than
//! case is left as it is, so the common case costs a copy at most.

/// How letter case is folded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Keep case as written.
    Keep,
    /// Lower-case everything.
    Lower,
    /// Words in capitals become title case (`NEW YORK` → `New York`), with
    /// short function words lower case (`UNITED STATES OF AMERICA` →
    /// `United States of America`).
    Title,
}

/// Folds one char to its matching form, appending it to `out`.
///
/// Returns `false` if the char is dropped (a combining mark).
pub(crate) fn fold_char(c: char, out: &mut String) -> bool {
    let s: &str = match c {
        '’' | '‘' | '‛' | '′' | 'ʼ' | '`' | '´' => "'",
        '“' | '”' | '„' | '″' => "\"",
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => "-",
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' => " ",
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'Æ' => "AE",
        'æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ď' | 'Đ' | 'Ð' => "D",
        'ď' | 'đ' | 'ð' => "d",
        'È'..='Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì'..='Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "I",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "O",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'Œ' => "OE",
        'œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'Þ' => "Th",
        'þ' => "th",
        'Ù'..='Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ÿ' | 'Ŷ' => "Y",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        // Combining marks (decomposed diacritics) are dropped.
        '\u{300}'..='\u{36f}' => return false,
        _ => {
            out.push(c);
            return true;
        }
    };
    out.push_str(s);
    true
}

/// True if `text` needs no folding other than case (pure ASCII without
/// backquotes).
#[inline]
pub fn is_plain(text: &str) -> bool {
    text.bytes().all(|b| b < 0x80 && b != b'`')
}

/// Folds `text` for matching into a new string (no offset map).
///
/// ```
/// use factspan::normalize::{fold, Case};
/// assert_eq!(fold("Zürich’s Saint-Étienne", Case::Keep), "Zurich's Saint-Etienne");
/// assert_eq!(fold("NEW YORK", Case::Title), "New York");
/// ```
pub fn fold(text: &str, case: Case) -> String {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::new();
    fold_into(text, case, &mut out, &mut map);
    out
}

/// Folds `text` into `out` (cleared first) and fills `map` so that
/// `map[i]` is the byte offset in `text` where folded byte `i` came from;
/// `map[out.len()]` is `text.len()`.
///
/// Every folded byte maps to the start of the char that produced it, so a
/// folded range `a..b` whose ends are char boundaries maps to the original
/// range `map[a]..map[b]`, and both ends are char boundaries of `text`.
///
/// ```
/// use factspan::normalize::{fold_into, Case};
/// let text = "in Zürich today";
/// let (mut out, mut map) = (String::new(), Vec::new());
/// fold_into(text, Case::Keep, &mut out, &mut map);
/// let at = out.find("Zurich").unwrap();
/// let (s, e) = (map[at], map[at + "Zurich".len()]);
/// assert_eq!(&text[s..e], "Zürich");
/// ```
pub fn fold_into(text: &str, case: Case, out: &mut String, map: &mut Vec<usize>) {
    out.clear();
    map.clear();
    let mut word_start = true;
    let mut word_index = 0usize;
    for (i, c) in text.char_indices() {
        let before = out.len();
        let is_letter = c.is_alphanumeric();
        if fold_char(c, out) && is_letter {
            match case {
                Case::Keep => {}
                Case::Lower => lower_tail(out, before),
                Case::Title => {
                    if word_start {
                        let word = word_at(text, i);
                        let small = word_index > 0 && is_small_word(word);
                        if small {
                            lower_tail(out, before);
                        }
                    } else {
                        lower_tail(out, before);
                    }
                }
            }
        }
        for _ in before..out.len() {
            map.push(i);
        }
        if is_letter {
            if word_start {
                word_index += 1;
            }
            word_start = false;
        } else if c != '\'' && c != '’' {
            word_start = true;
        }
    }
    map.push(text.len());
}

/// Lower-cases `out[from..]` in place (ASCII fast path).
pub(crate) fn lower_tail(out: &mut String, from: usize) {
    if out[from..].is_ascii() {
        out[from..].make_ascii_lowercase();
    } else {
        let lowered = out[from..].to_lowercase();
        out.truncate(from);
        out.push_str(&lowered);
    }
}

/// The word (letters and digits) starting at byte `i`.
pub(crate) fn word_at(text: &str, i: usize) -> &str {
    let rest = &text[i..];
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(j, _)| j);
    &rest[..end]
}

/// Function words that stay lower case inside title-cased names.
pub(crate) fn is_small_word(word: &str) -> bool {
    const SMALL: &[&str] = &[
        "of", "the", "and", "for", "de", "del", "della", "der", "des", "di", "du", "da", "la",
        "le", "von", "van", "on", "in", "at", "el", "al", "y", "e",
    ];
    SMALL.iter().any(|s| s.eq_ignore_ascii_case(word))
}
