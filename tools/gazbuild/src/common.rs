//! common_words.txt: English words that are usually written in lower case.
//!
//! Built from the hand stop-lists (`words.rs`) plus word-case counts in the
//! openly licensed news corpus `news-open` (Wikinews CC BY 2.5, US DOJ press
//! releases public domain, GOV.UK news OGL v3). For every word (ASCII letters
//! only, length >= 2) it counts lower-case occurrences and capitalised
//! occurrences that are not sentence-initial (not at the start of a text, a
//! line, after `.`/`!`/`?`/`:`/`;`, or after an opening quote or bracket).
//! A word is kept when it was seen in lower case at least `MIN_LOWER` times and
//! its lower-case share of non-initial occurrences is at least `MIN_SHARE`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::Path;

use crate::Ctx;
use crate::util::*;

pub const MIN_LOWER: u32 = 3;
pub const MIN_SHARE: f64 = 0.9;

/// The corpus files read, in this order (all must exist).
pub const NEWS_FILES: &[&str] = &["uk-govuk.jsonl", "us-doj-opa.jsonl", "wikinews.jsonl"];

pub struct CommonWords {
    pub words: BTreeSet<String>,
    /// stop-list words left out because the corpus writes them capitalised
    pub stop_dropped: usize,
    /// words from the stop-lists and the hand list of news words
    pub from_stop: usize,
    pub from_corpus: usize,
    pub texts: usize,
}

/// Extract the string value of `"text"` from one JSON object line (std only).
fn json_text(line: &str) -> Option<String> {
    let start = line.find("\"text\":")? + 7;
    let rest = line[start..].trim_start();
    let mut chars = rest.strip_prefix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'b' | 'f' => out.push(' '),
                'u' => {
                    let h: String = chars.by_ref().take(4).collect();
                    let mut cp = u32::from_str_radix(&h, 16).ok()?;
                    if (0xD800..0xDC00).contains(&cp) {
                        // surrogate pair
                        let rest2: String = chars.by_ref().take(6).collect();
                        let lo = u32::from_str_radix(rest2.get(2..)?, 16).ok()?;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                    }
                    out.push(char::from_u32(cp).unwrap_or(' '));
                }
                other => out.push(other),
            },
            _ => out.push(c),
        }
    }
    None
}

/// Web addresses, e-mail addresses, paths and domains (`justice.gov`,
/// `www.fbi.gov/tips`, `gov.uk`) are not prose: they are replaced by `#`
/// (keeping trailing sentence punctuation) so that `uk`, `fbi`, `irs` found in
/// them do not count as lower-case words.
fn mask_urls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chunk = String::new();
    let flush = |chunk: &mut String, out: &mut String| {
        let cs: Vec<char> = chunk.chars().collect();
        let dotted = cs
            .windows(3)
            .any(|w| w[0].is_ascii_alphanumeric() && w[1] == '.' && w[2].is_ascii_lowercase());
        if chunk.contains("://")
            || chunk.contains("www.")
            || chunk.contains('@')
            || chunk.contains('/')
            || dotted
        {
            let trail: String = chunk
                .chars()
                .rev()
                .take_while(|c| ".,;:!?)\"'".contains(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            out.push('#');
            out.push_str(&trail);
        } else {
            out.push_str(chunk);
        }
        chunk.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut chunk, &mut out);
            out.push(c);
        } else {
            chunk.push(c);
        }
    }
    flush(&mut chunk, &mut out);
    out
}

/// (lower-case count, capitalised non-initial count) per lower-case word.
fn count_case(text: &str, counts: &mut BTreeMap<String, (u32, u32)>) {
    let text = &mask_urls(text);
    let mut initial = true;
    let mut prev: char = '\n';
    let mut word = String::new();
    let mut word_initial = false;
    let mut word_clean = true; // only ASCII letters, not glued to a digit/apostrophe
    let flush = |word: &mut String,
                 word_initial: bool,
                 clean: bool,
                 counts: &mut BTreeMap<String, (u32, u32)>| {
        if clean && word.len() >= 2 {
            let lower = word.to_ascii_lowercase();
            let first_up = word.chars().next().is_some_and(|c| c.is_ascii_uppercase());
            let rest_lower = word.chars().skip(1).all(|c| c.is_ascii_lowercase());
            if *word == lower {
                counts.entry(lower).or_default().0 += 1;
            } else if first_up && rest_lower && !word_initial {
                counts.entry(lower).or_default().1 += 1;
            } else if first_up && !rest_lower && !word_initial {
                // McDonald, iPhone-like mixed case: a name, counts as capitalised
                if word.chars().any(|c| c.is_ascii_lowercase()) {
                    counts.entry(lower).or_default().1 += 1;
                }
                // ALL CAPS: headline or acronym, no evidence either way
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            if word.is_empty() {
                word_initial = initial;
                word_clean = !(prev.is_ascii_digit() || prev == '\'' || prev == '’');
            }
            if !c.is_ascii_alphabetic() {
                word_clean = false;
            }
            word.push(c);
            initial = false;
        } else {
            if !word.is_empty() {
                if c.is_ascii_digit() || c == '\'' || c == '’' {
                    word_clean = false;
                }
                flush(&mut word, word_initial, word_clean, counts);
            }
            match c {
                '.' | '!' | '?' | ':' | ';' | '\n' => initial = true,
                '"' | '“' | '‘' | '(' | '[' => {
                    // an opening quote or bracket may start a quoted sentence
                    if prev.is_whitespace() || prev == '\n' || initial {
                        initial = true;
                    }
                }
                '\'' => {
                    if prev.is_whitespace() {
                        initial = true;
                    }
                }
                c if c.is_whitespace() => {}
                '-' | '–' | '—' | '*' | '•' => {} // bullets and dashes keep the state
                _ => initial = false,
            }
        }
        prev = c;
    }
    if !word.is_empty() {
        flush(&mut word, word_initial, word_clean, counts);
    }
}

/// Country and capital names from GeoNames countryInfo (lower-case keys).
fn country_capital_keys(src: &Path) -> HashSet<String> {
    let t = read_tsv(&src.join("geonames/countryInfo.tsv"));
    let mut out = HashSet::new();
    for r in &t.rows {
        for col in ["Country", "Capital"] {
            let v = t.get(r, col);
            if !v.is_empty() {
                out.insert(key(v));
            }
        }
    }
    out
}

pub fn build(ctx: &Ctx, src: &Path, news: &Path) -> CommonWords {
    let mut counts: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut texts = 0;
    for f in NEWS_FILES {
        let text = read_text(&news.join(f));
        for line in text.lines() {
            if let Some(t) = json_text(line) {
                count_case(&t, &mut counts);
                texts += 1;
            }
        }
    }
    let excluded = country_capital_keys(src);
    let bad = |w: &str| ctx.common_first.contains(w) || excluded.contains(w);
    let mut words = BTreeSet::new();
    let mut from_stop = 0;
    let mut stop_dropped = 0;
    let mut stop_words: BTreeSet<String> = BTreeSet::new();
    stop_words.extend(ctx.stop.function.iter().cloned());
    stop_words.extend(ctx.stop.common.iter().cloned());
    for w in &stop_words {
        if w.len() < 2 || !w.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        // function words (`will`, `may`) stay even when they are first names;
        // the other stop words follow the corpus exclusions (`frank`, `grace`)
        if !ctx.stop.function.contains(w) && bad(w) {
            continue;
        }
        // months, weekdays, `mr`, `english`: the stop-lists hold them, but
        // news writes them capitalised (lower-case share below 10 %)
        let (lo, cap) = counts.get(w).copied().unwrap_or((0, 0));
        if cap >= 5 && (lo as f64) < 0.1 * ((lo + cap) as f64) {
            stop_dropped += 1;
            continue;
        }
        if words.insert(w.clone()) {
            from_stop += 1;
        }
    }
    for w in crate::words::HAND_COMMON_WORDS.split_whitespace() {
        if !bad(w) && words.insert(w.to_string()) {
            from_stop += 1;
        }
    }
    let mut from_corpus = 0;
    for (w, (lo, cap)) in &counts {
        if *lo < MIN_LOWER || (*lo as f64) < MIN_SHARE * ((lo + cap) as f64) || bad(w) {
            continue;
        }
        if words.insert(w.clone()) {
            from_corpus += 1;
        }
    }
    CommonWords {
        words,
        stop_dropped,
        from_stop,
        from_corpus,
        texts,
    }
}

/// Read a previously written common_words.txt (empty set if missing).
pub fn read_existing(path: &Path) -> BTreeSet<String> {
    match fs::read_to_string(path) {
        Ok(t) => t
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect(),
        Err(_) => BTreeSet::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initial_words_do_not_count() {
        let mut c = BTreeMap::new();
        count_case(
            "Analyst said the analyst met Smith. Analyst views. He said \"Note this\" and a note.",
            &mut c,
        );
        assert_eq!(c["analyst"], (1, 0));
        assert_eq!(c["smith"], (0, 1));
        assert_eq!(c["note"], (1, 0));
    }

    #[test]
    fn urls_are_not_words() {
        let mut c = BTreeMap::new();
        count_case(
            "See www.fbi.gov/tips or gov.uk and justice.gov. The uk",
            &mut c,
        );
        assert!(!c.contains_key("fbi") && !c.contains_key("gov") && !c.contains_key("tips"));
        assert_eq!(c["uk"], (1, 0));
    }

    #[test]
    fn json_text_field() {
        let l = r#"{"id": "x", "text": "A \"b\"\nc \u00e9"}"#;
        assert_eq!(json_text(l).unwrap(), "A \"b\"\nc é");
    }
}
