//! Readers, text normalisation and the entry collection used by every builder.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::Path;

use crate::words;

/// A parsed table: column index by name plus rows.
pub struct Table {
    pub cols: HashMap<String, usize>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn get<'a>(&self, row: &'a [String], col: &str) -> &'a str {
        match self.cols.get(col) {
            Some(&i) => row.get(i).map(|s| s.as_str()).unwrap_or(""),
            None => panic!("missing column {col}"),
        }
    }
}

pub fn read_text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

pub fn read_tsv(path: &Path) -> Table {
    let text = read_text(path);
    let mut lines = text.lines();
    let header = lines.next().unwrap_or("");
    let cols = header
        .split('\t')
        .enumerate()
        .map(|(i, c)| (c.trim().to_string(), i))
        .collect();
    let rows = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(|s| s.to_string()).collect())
        .collect();
    Table { cols, rows }
}

/// Minimal RFC-4180 CSV reader (quoted fields, doubled quotes, no embedded newlines needed).
pub fn read_csv(path: &Path) -> Table {
    let text = read_text(path);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut inq = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if inq {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        cur.push('"');
                        chars.next();
                    } else {
                        inq = false;
                    }
                } else {
                    cur.push(c);
                }
            } else if c == '"' {
                inq = true;
            } else if c == ',' {
                fields.push(std::mem::take(&mut cur));
            } else {
                cur.push(c);
            }
        }
        fields.push(cur);
        rows.push(fields);
    }
    let header = if rows.is_empty() {
        Vec::new()
    } else {
        rows.remove(0)
    };
    let cols = header
        .into_iter()
        .enumerate()
        .map(|(i, c)| (c.trim().to_string(), i))
        .collect();
    Table { cols, rows }
}

pub fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

/// Fold Latin diacritics to ASCII (the library does the same when matching).
pub fn fold_char(c: char) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("ÀÁÂÃÄÅĀĂĄǍȀȂȦ", "A"),
        ("àáâãäåāăąǎȁȃȧª", "a"),
        ("ÇĆĈĊČ", "C"),
        ("çćĉċč", "c"),
        ("ĎĐ", "D"),
        ("ďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚȄȆ", "E"),
        ("èéêëēĕėęěȅȇ", "e"),
        ("ĜĞĠĢǦ", "G"),
        ("ĝğġģǧ", "g"),
        ("ĤĦ", "H"),
        ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİǏ", "I"),
        ("ìíîïĩīĭįıǐ", "i"),
        ("Ĵ", "J"),
        ("ĵ", "j"),
        ("ĶǨ", "K"),
        ("ķǩ", "k"),
        ("ĹĻĽĿŁ", "L"),
        ("ĺļľŀł", "l"),
        ("ÑŃŅŇ", "N"),
        ("ñńņňŉ", "n"),
        ("ÒÓÔÕÖØŌŎŐƠǑ", "O"),
        ("òóôõöøōŏőơǒº", "o"),
        ("ŔŖŘ", "R"),
        ("ŕŗř", "r"),
        ("ŚŜŞŠȘ", "S"),
        ("śŝşšș", "s"),
        ("ŢŤŦȚ", "T"),
        ("ţťŧț", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲƯǓ", "U"),
        ("ùúûüũūŭůűųưǔ", "u"),
        ("Ŵ", "W"),
        ("ŵ", "w"),
        ("ÝŶŸ", "Y"),
        ("ýÿŷ", "y"),
        ("ŹŻŽ", "Z"),
        ("źżž", "z"),
        ("Æ", "AE"),
        ("æ", "ae"),
        ("Œ", "OE"),
        ("œ", "oe"),
        ("ß", "ss"),
        ("Þ", "Th"),
        ("þ", "th"),
        ("Ð", "D"),
        ("ð", "d"),
        ("‘’ʼ`´ʻ", "'"),
        ("“”", "\""),
        ("‐‑‒–—", "-"),
    ];
    for (from, to) in TABLE {
        if from.contains(c) {
            return Some(to);
        }
    }
    None
}

pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match fold_char(c) {
            Some(r) => out.push_str(r),
            None => out.push(c),
        }
    }
    out
}

/// Case-insensitive, diacritic-insensitive key.
pub fn key(s: &str) -> String {
    fold(s).to_lowercase()
}

/// True for Latin-script text (ASCII, Latin-1, Latin Extended A/B/Additional, punctuation).
pub fn is_latin(s: &str) -> bool {
    s.chars().all(|c| {
        let u = c as u32;
        !c.is_alphabetic() || u < 0x250 || (0x1E00..0x1F00).contains(&u)
    })
}

pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Remove every parenthesised/bracketed part.
pub fn strip_parens(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    collapse_ws(&out)
}

pub struct Stop {
    pub function: HashSet<String>,
    pub common: HashSet<String>,
}

impl Stop {
    pub fn new() -> Stop {
        let function = words::STOP_FUNCTION
            .split_whitespace()
            .map(|w| w.to_string())
            .collect();
        let common = words::STOP_COMMON
            .split_whitespace()
            .map(|w| w.to_string())
            .collect();
        Stop { function, common }
    }
    /// Common English word (lowercase key)?
    pub fn is_word(&self, s: &str) -> bool {
        let k = key(s);
        self.function.contains(&k) || self.common.contains(&k)
    }
}

pub const SMALL_WORDS: &[&str] = &[
    "of", "and", "the", "for", "in", "on", "at", "to", "by", "a", "an", "de", "del", "della",
    "der", "des", "du", "da", "di", "do", "dos", "das", "la", "le", "les", "los", "las", "y", "e",
    "et", "und", "van", "von", "den", "het", "al", "el", "with", "from", "or", "sur", "am", "im",
];

fn title_word(w: &str) -> String {
    // w is an all-caps word (may contain ' or .)
    let lower = w.to_lowercase();
    let mut out = String::new();
    let mut cap_next = true;
    let chars: Vec<char> = lower.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if cap_next && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            cap_next = false;
        } else {
            out.push(c);
        }
        // O'BRIEN -> O'Brien, D'ALEMA -> D'Alema (only after a one-letter prefix)
        if c == '\'' && i == 1 && chars.len() > 3 {
            cap_next = true;
        }
    }
    // McDONALD
    if out.len() > 3 && out.starts_with("Mc") {
        let rest: String = out[2..].to_string();
        let mut r = rest.chars();
        if let Some(f) = r.next() {
            out = format!("Mc{}{}", f.to_uppercase(), r.as_str());
        }
    }
    out
}

fn is_all_caps(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic()) && !w.chars().any(|c| c.is_lowercase())
}

/// Person-name casing: CAPS words become Title case (`BORONOV` → `Boronov`,
/// `MCDONALD` → `McDonald`, `O'BRIEN` → `O'Brien`); mixed-case words stay.
pub fn person_case(s: &str) -> String {
    let s = collapse_ws(s);
    s.split(' ')
        .map(|w| {
            if is_all_caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                w.split('-').map(title_word).collect::<Vec<_>>().join("-")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Organisation casing for ALL-CAPS names: small words lowercase (not first),
/// known acronyms and vowel-less short words stay upper, the rest Title case.
pub fn org_case(s: &str, acr: &HashSet<String>) -> String {
    let s = collapse_ws(s);
    if !is_all_caps(&s) {
        return s;
    }
    let words: Vec<&str> = s.split(' ').collect();
    let single = words.len() == 1;
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let parts: Vec<String> = w
            .split('-')
            .map(|p| {
                let letters: String = p.chars().filter(|c| c.is_alphabetic()).collect();
                let lower = p.to_lowercase();
                if i > 0 && SMALL_WORDS.contains(&lower.as_str()) {
                    lower
                } else if acr.contains(p)
                    || (single && letters.chars().count() <= 5 && !letters.is_empty())
                    || (letters.chars().count() <= 4
                        && !letters.is_empty()
                        && !letters.chars().any(|c| "AEIOUY".contains(c)))
                {
                    p.to_string()
                } else {
                    title_word(p)
                }
            })
            .collect();
        out.push(parts.join("-"));
    }
    out.join(" ")
}

/// Basic well-formedness of a surface form.
pub fn valid_surface(s: &str) -> bool {
    let n = s.chars().count();
    if n < 2 || n > 80 {
        return false;
    }
    if s.contains([
        '\t', '|', '(', ')', '[', ']', '{', '}', '"', ';', '?', '!', '*', '=', '<', '>', '@', '#',
        '\\', '_',
    ]) {
        return false;
    }
    if s != s.trim() || s.contains("  ") || s.contains("http") || s.contains("www.") {
        return false;
    }
    let first = s.chars().next().unwrap();
    // `al-Qaeda`, `al Shabaab`: Arabic article before a capitalised name
    let al_name = (s.starts_with("al-") || s.starts_with("al "))
        && s[3..].chars().next().is_some_and(|c| c.is_uppercase());
    if !(first.is_uppercase() || first.is_ascii_digit() || al_name) {
        return false;
    }
    if !s.chars().any(|c| c.is_alphabetic()) {
        return false;
    }
    if !is_latin(s) {
        return false;
    }
    // must end with a letter, digit or '.' (abbreviations), not with punctuation like ',' or '-'
    let last = s.chars().last().unwrap();
    if !(last.is_alphanumeric() || last == '.' || last == '\'') {
        return false;
    }
    true
}

/// One gazetteer entry.
#[derive(Clone)]
pub struct Entry {
    pub names: Vec<String>,
    pub canonical: String,
    pub id: String,
    pub flags: BTreeSet<&'static str>,
    /// lower = more important; decides who keeps a contested surface
    pub rank: u64,
    pub sources: BTreeSet<&'static str>,
}

/// The entries of one output file.
pub struct Gaz {
    pub label: &'static str,
    pub entries: Vec<Entry>,
    index: HashMap<(String, String, String), usize>,
    /// surface key -> first entry that carries it (for alias merging across sources)
    pub by_name: HashMap<String, usize>,
    pub by_id: HashMap<String, usize>,
    pub rejected_stop: usize,
}

impl Gaz {
    pub fn new(label: &'static str) -> Gaz {
        Gaz {
            label,
            entries: Vec::new(),
            index: HashMap::new(),
            by_name: HashMap::new(),
            by_id: HashMap::new(),
            rejected_stop: 0,
        }
    }

    /// Filter names: well-formed, and single common words only when `weak`.
    fn filter(&mut self, names: &[String], weak: bool, exact: bool, stop: &Stop) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in names {
            let n = collapse_ws(&n.replace('’', "'"));
            let n = n.trim_matches(|c: char| c == ',' || c == ' ').to_string();
            if !valid_surface(&n) {
                continue;
            }
            if !n.contains(' ') {
                let k = key(&n);
                if stop.function.contains(&k) && !(exact && is_all_caps(&n)) {
                    self.rejected_stop += 1;
                    continue;
                }
                if stop.common.contains(&k) && !weak && !is_all_caps(&n) {
                    self.rejected_stop += 1;
                    continue;
                }
                if k.chars()
                    .all(|c| c.is_ascii_digit() || !c.is_alphanumeric())
                {
                    continue;
                }
            }
            if !out.iter().any(|o| fold(o) == fold(&n)) {
                out.push(n);
            }
        }
        out
    }

    /// Add (or merge into) an entry. Returns its index.
    pub fn add(
        &mut self,
        names: &[String],
        canonical: &str,
        id: &str,
        flags: &[&'static str],
        rank: u64,
        source: &'static str,
        stop: &Stop,
    ) -> Option<usize> {
        let weak = flags.contains(&"weak");
        let exact = flags.contains(&"exact");
        let names = self.filter(names, weak, exact, stop);
        if names.is_empty() {
            return None;
        }
        let canonical = {
            let c = collapse_ws(canonical);
            if c.is_empty() || c.contains(['\t', '|']) {
                names[0].clone()
            } else {
                c
            }
        };
        let flagset: BTreeSet<&'static str> =
            flags.iter().copied().filter(|f| !f.is_empty()).collect();
        let fkey = flagset.iter().copied().collect::<Vec<_>>().join(",");
        let k = (
            if id.is_empty() {
                canonical.clone()
            } else {
                String::new()
            },
            id.to_string(),
            fkey,
        );
        let idx = match self.index.get(&k) {
            Some(&i) => {
                let e = &mut self.entries[i];
                for n in names.iter() {
                    if !e.names.iter().any(|o| fold(o) == fold(n)) {
                        e.names.push(n.clone());
                    }
                }
                e.rank = e.rank.min(rank);
                e.sources.insert(source);
                i
            }
            None => {
                let i = self.entries.len();
                self.entries.push(Entry {
                    names: names.clone(),
                    canonical,
                    id: id.to_string(),
                    flags: flagset,
                    rank,
                    sources: [source].into_iter().collect(),
                });
                self.index.insert(k, i);
                i
            }
        };
        for n in &names {
            self.by_name.entry(key(n)).or_insert(idx);
        }
        if !id.is_empty() {
            self.by_id.entry(id.to_string()).or_insert(idx);
        }
        Some(idx)
    }

    /// Add aliases to an existing entry (same filters).
    pub fn add_alias(&mut self, idx: usize, names: &[String], source: &'static str, stop: &Stop) {
        let weak = self.entries[idx].flags.contains("weak");
        let exact = self.entries[idx].flags.contains("exact");
        let names = self.filter(names, weak, exact, stop);
        let e = &mut self.entries[idx];
        let mut added = false;
        for n in &names {
            if !e.names.iter().any(|o| fold(o) == fold(n)) {
                e.names.push(n.clone());
                added = true;
            }
        }
        if added {
            e.sources.insert(source);
        }
        for n in &names {
            self.by_name.entry(key(n)).or_insert(idx);
        }
    }

    /// Resolve contested surfaces (highest rank keeps them), drop empty
    /// entries, sort deterministically. Returns the final entries.
    pub fn finish(&self, blocked: &HashSet<String>) -> Vec<Entry> {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&self.entries[a], &self.entries[b]);
            x.rank
                .cmp(&y.rank)
                .then(x.canonical.cmp(&y.canonical))
                .then(x.id.cmp(&y.id))
                .then(a.cmp(&b))
        });
        let mut claimed: HashSet<String> = HashSet::new();
        let mut out = Vec::new();
        for i in order {
            let mut e = self.entries[i].clone();
            e.names.retain(|n| {
                let k = fold(n);
                if blocked.contains(&k) {
                    return false;
                }
                claimed.insert(k)
            });
            if e.names.is_empty() {
                continue;
            }
            out.push(e);
        }
        sort_entries(&mut out);
        out
    }
}

/// The order entries are written in: by folded canonical name, then every
/// field, so that the output is deterministic.
pub fn sort_entries(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        key(&a.canonical)
            .cmp(&key(&b.canonical))
            .then(a.canonical.cmp(&b.canonical))
            .then(a.id.cmp(&b.id))
            .then(a.names.cmp(&b.names))
            .then(a.flags.cmp(&b.flags))
    });
}

pub fn write_tsv(
    path: &Path,
    label: &str,
    header_comment: &str,
    entries: &[Entry],
) -> (usize, usize) {
    let mut s = String::new();
    s.push_str(header_comment);
    s.push_str("name\tlabel\tcanonical\tid\tflags\n");
    let mut aliases = 0;
    for e in entries {
        let canon = if e.canonical == e.names[0] {
            ""
        } else {
            e.canonical.as_str()
        };
        let flags = e.flags.iter().copied().collect::<Vec<_>>().join(",");
        aliases += e.names.len();
        s.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            e.names.join("|"),
            label,
            canon,
            e.id,
            flags
        ));
    }
    fs::write(path, s).expect("write tsv");
    (entries.len(), aliases)
}

pub fn write_lines(path: &Path, header: &str, lines: &BTreeSet<String>) -> usize {
    let mut s = String::from(header);
    for l in lines {
        s.push_str(l);
        s.push('\n');
    }
    fs::write(path, s).expect("write list");
    lines.len()
}

/// Count entries per source for SOURCES.md.
pub fn count_sources(entries: &[Entry], into: &mut BTreeMap<&'static str, usize>) {
    for e in entries {
        for s in &e.sources {
            *into.entry(s).or_default() += 1;
        }
    }
}
