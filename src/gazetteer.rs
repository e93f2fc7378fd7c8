//! Gazetteers: lists of names with a label, a canonical form and an id,
//! compiled into one matcher that runs over tokens.
//!
//! # File format
//!
//! A gazetteer file is UTF-8 text with tab-separated columns:
//!
//! ```text
//! # comment lines start with '#'; blank lines are skipped
//! name	label	canonical	id	flags
//! Kyrgyzstan|Kyrgyz Republic	place	Kyrgyzstan	geonames:1527747
//! US|U.S.|United States	place	United States	geonames:6252001	exact
//! ```
//!
//! The first line that is not a comment is the header; it must start with
//! the columns `name` and `label`; `canonical`, `id` and `flags` may follow
//! in this order, and so may be left out of data lines (or left empty).
//!
//! * `name`: one or more surface forms separated by `|`.
//! * `label`: `person`, `place`, `institution` or `group`.
//! * `canonical`: the canonical name; the first surface form if empty.
//! * `id`: any identifier (`geonames:1527747`, `wikidata:Q7747`).
//! * `flags`: comma-separated: `exact` (match only as written), `fold`
//!   (match in any letter case), `weak` (the name is often something else;
//!   the resolver keeps such a match only with supporting context).
//!
//! Errors name the file and the line. Repeated entries are merged.
//!
//! # Matching
//!
//! * A match starts at a token that begins with an upper-case letter (or at
//!   any word, for `fold` entries and entries written in lower case) and
//!   must end where a token ends: `Iran` never matches inside `Iranian`.
//! * Diacritics, apostrophes and dashes are folded on both sides
//!   (`Zürich` = `Zurich`, `Côte d’Ivoire` = `Cote d'Ivoire`); offsets are
//!   always those of the original text.
//! * Names also match in capitals (`LONDON`, `NEW YORK`) unless `exact`.
//! * The longest match wins; a longer candidate that ends inside a token
//!   does not hide a shorter valid one (`New York Timesheets` → `New York`).
//! * One surface form may belong to several entries (`Georgia` the country
//!   and a person); the match carries all of them and the resolver picks.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::error::Error;
use crate::normalize::{Case, fold_into, is_plain};
use crate::span::Label;
use crate::tokenize::{Shape, Token, TokenKind, tokenize};

/// Per-entry matching flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// Match only as written (no capitals form).
    pub exact: bool,
    /// Match in any letter case.
    pub fold: bool,
    /// Often something else: keep only with supporting context.
    pub weak: bool,
}

/// One gazetteer entry: a surface form and what it names.
///
/// ```
/// use factspan::{gazetteer::Entry, Label};
/// let e = Entry::new("Bishkek", Label::Place).canonical("Bishkek").id("geonames:1528675");
/// assert_eq!(e.id.as_deref(), Some("geonames:1528675"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The surface form to find.
    pub name: String,
    /// The label of spans it yields.
    pub label: Label,
    /// The canonical name (the surface form if `None`).
    pub canonical: Option<String>,
    /// An identifier.
    pub id: Option<String>,
    /// Matching flags.
    pub flags: Flags,
}

impl Entry {
    /// An entry with no canonical name, id or flags.
    pub fn new(name: impl Into<String>, label: Label) -> Entry {
        Entry {
            name: name.into(),
            label,
            canonical: None,
            id: None,
            flags: Flags::default(),
        }
    }

    /// Sets the canonical name.
    pub fn canonical(mut self, canonical: impl Into<String>) -> Entry {
        self.canonical = Some(canonical.into());
        self
    }

    /// Sets the id.
    pub fn id(mut self, id: impl Into<String>) -> Entry {
        self.id = Some(id.into());
        self
    }

    /// Sets the flags.
    pub fn flags(mut self, flags: Flags) -> Entry {
        self.flags = flags;
        self
    }
}

/// What a compiled entry keeps: shared strings, so spans clone cheaply.
#[derive(Clone, Debug)]
pub(crate) struct EntryData {
    pub(crate) label: Label,
    pub(crate) flags: Flags,
    pub(crate) canonical: Arc<str>,
    pub(crate) id: Option<Arc<str>>,
}

/// Collects entries, from code or from TSV files, and compiles them.
///
/// ```
/// use factspan::{Gazetteer, Label};
/// let mut b = Gazetteer::builder();
/// b.add("Coordination Council", Label::Institution);
/// b.tsv_str("extra.tsv", "name\tlabel\tcanonical\tid\nAla-Too Square|Ala-Too square\tplace\tAla-Too Square\t\n")?;
/// let gaz = b.build()?;
/// let text = "They met in Ala-Too square with the Coordination Council.";
/// let found: Vec<&str> = gaz.find_all(text).iter().map(|m| &text[m.start..m.end]).collect();
/// assert_eq!(found, ["Ala-Too square", "Coordination Council"]);
/// # Ok::<(), factspan::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds a name with a label.
    pub fn add(&mut self, name: impl Into<String>, label: Label) -> &mut Self {
        self.entries.push(Entry::new(name, label));
        self
    }

    /// Adds an entry.
    pub fn entry(&mut self, entry: Entry) -> &mut Self {
        self.entries.push(entry);
        self
    }

    /// Adds every entry of a TSV file (see the [module docs](self)).
    /// Errors name the file and line; a file that is not UTF-8 is an error
    /// naming the first bad line.
    pub fn tsv_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        match std::str::from_utf8(&bytes) {
            Ok(text) => self.tsv_str(&name, text),
            Err(e) => {
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                Err(Error::Gazetteer {
                    file: name,
                    line,
                    message: "invalid UTF-8".into(),
                })
            }
        }
    }

    /// Adds every entry of TSV text; `source` names it in errors.
    /// On error nothing of this text is added.
    pub fn tsv_str(&mut self, source: &str, text: &str) -> Result<&mut Self, Error> {
        let before = self.entries.len();
        let result = parse_tsv(source, text, &mut self.entries);
        if result.is_err() {
            self.entries.truncate(before);
        }
        result.map(|()| self)
    }

    /// Drops every entry with this label (e.g. to replace a default list).
    pub fn remove_label(&mut self, label: Label) -> &mut Self {
        self.entries.retain(|e| e.label != label);
        self
    }

    /// The number of entries added so far (aliases count one each).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if no entry was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Compiles the entries into an immutable [`Gazetteer`].
    pub fn build(&self) -> Result<Gazetteer, Error> {
        Gazetteer::compile(&self.entries)
    }
}

fn parse_tsv(source: &str, text: &str, out: &mut Vec<Entry>) -> Result<(), Error> {
    let err = |line: usize, message: String| Error::Gazetteer {
        file: source.to_string(),
        line,
        message,
    };
    let mut columns: Option<usize> = None;
    for (n, raw) in text.split('\n').enumerate() {
        let line_no = n + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let Some(ncols) = columns else {
            const HEADER: [&str; 5] = ["name", "label", "canonical", "id", "flags"];
            if fields.len() < 2
                || fields.len() > 5
                || fields.iter().zip(HEADER).any(|(f, h)| f.trim() != h)
            {
                return Err(err(
                    line_no,
                    format!(
                        "expected the header \"name\\tlabel[\\tcanonical[\\tid[\\tflags]]]\", found {line:?}"
                    ),
                ));
            }
            columns = Some(fields.len());
            continue;
        };
        if fields.len() < 2 {
            return Err(err(
                line_no,
                "missing the label column (columns are tab-separated)".into(),
            ));
        }
        if fields.len() > ncols {
            return Err(err(
                line_no,
                format!("{} columns, the header has {ncols}", fields.len()),
            ));
        }
        let label = match Label::parse(fields[1]) {
            Some(l @ (Label::Person | Label::Place | Label::Institution | Label::Group)) => l,
            _ => {
                return Err(err(
                    line_no,
                    format!(
                        "unknown label {:?} (expected person, place, institution or group)",
                        fields[1]
                    ),
                ));
            }
        };
        let canonical = fields.get(2).map(|s| s.trim()).filter(|s| !s.is_empty());
        let id = fields.get(3).map(|s| s.trim()).filter(|s| !s.is_empty());
        let mut flags = Flags::default();
        for flag in fields
            .get(4)
            .map_or("", |s| s.trim())
            .split(',')
            .map(str::trim)
        {
            match flag {
                "" => {}
                "exact" => flags.exact = true,
                "fold" => flags.fold = true,
                "weak" => flags.weak = true,
                other => {
                    return Err(err(
                        line_no,
                        format!("unknown flag {other:?} (expected exact, fold or weak)"),
                    ));
                }
            }
        }
        if fields[0].trim().is_empty() {
            return Err(err(line_no, "empty name".into()));
        }
        let first = fields[0].split('|').next().unwrap_or("").trim();
        for alias in fields[0].split('|') {
            let alias = alias.trim();
            if alias.is_empty() {
                return Err(err(line_no, format!("empty alias in {:?}", fields[0])));
            }
            out.push(Entry {
                name: alias.to_string(),
                label,
                canonical: Some(canonical.unwrap_or(first).to_string()),
                id: id.map(str::to_string),
                flags,
            });
        }
    }
    if columns.is_none() && !text.trim().is_empty() {
        return Err(err(1, "no header line".into()));
    }
    Ok(())
}

/// One match of a gazetteer name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Byte offset of the match in the text.
    pub start: usize,
    /// Byte offset one past the match.
    pub end: usize,
    /// Index of the first token of the match.
    pub first_token: usize,
    /// Index one past the last token of the match.
    pub end_token: usize,
    /// The entries this surface form belongs to, as a range of
    /// [`Gazetteer::candidates`] indices.
    pub(crate) entries: (u32, u32),
    /// True if the text had to be title-cased to match (`LONDON`).
    pub from_capitals: bool,
}

/// A compiled, immutable set of names; cheap to share across threads.
///
/// Build one with [`Gazetteer::builder`]; an [`Extractor`](crate::Extractor)
/// holds one made of its default lists and the caller's.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    /// Names as written (folded but for case).
    cased: Option<AhoCorasick>,
    /// Names that match in any case, lower-cased.
    anycase: Option<AhoCorasick>,
    /// Pattern id → range into `groups` (cased patterns first, then anycase).
    pattern_groups: Vec<(u32, u32)>,
    anycase_offset: u32,
    /// Entry indices grouped by pattern.
    groups: Vec<u32>,
    entries: Vec<EntryData>,
    /// Longest pattern in bytes: bounds the window that is folded.
    max_len: usize,
}

/// What a match may mean: one entry of the gazetteer.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'g> {
    /// The entry's label.
    pub label: Label,
    /// The canonical name.
    pub canonical: &'g str,
    /// The id, if any.
    pub id: Option<&'g str>,
    /// The entry's flags.
    pub flags: Flags,
}

/// Reusable buffers for matching.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    buf: String,
    map: Vec<usize>,
}

impl Gazetteer {
    /// A builder.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    fn compile(entries: &[Entry]) -> Result<Gazetteer, Error> {
        // Merge repeated entries (same meaning), keeping the first order.
        let mut data: Vec<EntryData> = Vec::new();
        let mut data_index: HashMap<(Label, &str, Option<&str>, Flags), u32> = HashMap::new();
        // One shared string per distinct canonical name.
        let mut strings: HashMap<&str, Arc<str>> = HashMap::new();
        // key → (is anycase, entry indices)
        let mut keys: HashMap<String, Vec<u32>> = HashMap::new();
        let mut any_keys: HashMap<String, Vec<u32>> = HashMap::new();
        let (mut buf, mut map) = (String::new(), Vec::new());
        for e in entries {
            let name = e.name.trim();
            if name.is_empty() {
                continue;
            }
            let canonical = e.canonical.as_deref().unwrap_or(name);
            let meaning = (e.label, canonical, e.id.as_deref(), e.flags);
            let idx = match data_index.get(&meaning) {
                Some(&i) => i,
                None => {
                    let i = data.len() as u32;
                    let c = strings
                        .entry(canonical)
                        .or_insert_with(|| Arc::from(canonical))
                        .clone();
                    data.push(EntryData {
                        label: e.label,
                        flags: e.flags,
                        canonical: c,
                        id: e.id.as_deref().map(Arc::from),
                    });
                    data_index.insert(meaning, i);
                    i
                }
            };
            let starts_lower = name.chars().next().is_some_and(|c| !c.is_uppercase());
            let anycase = e.flags.fold || starts_lower;
            fold_into(
                name,
                if anycase { Case::Lower } else { Case::Keep },
                &mut buf,
                &mut map,
            );
            let table = if anycase { &mut any_keys } else { &mut keys };
            let list = table.entry(buf.clone()).or_default();
            if !list.contains(&idx) {
                list.push(idx);
            }
        }
        let mut groups = Vec::new();
        let mut pattern_groups = Vec::new();
        let mut max_len = 0;
        let mut compile_table = |table: HashMap<String, Vec<u32>>,
                                 groups: &mut Vec<u32>,
                                 pattern_groups: &mut Vec<(u32, u32)>|
         -> Result<Option<AhoCorasick>, Error> {
            if table.is_empty() {
                return Ok(None);
            }
            let mut table: Vec<(String, Vec<u32>)> = table.into_iter().collect();
            table.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            let mut patterns = Vec::with_capacity(table.len());
            for (key, ids) in table {
                let from = groups.len() as u32;
                groups.extend(ids);
                pattern_groups.push((from, groups.len() as u32));
                max_len = max_len.max(key.len());
                patterns.push(key);
            }
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&patterns)
                .map(Some)
                .map_err(|e| Error::Build(e.to_string()))
        };
        let cased = compile_table(keys, &mut groups, &mut pattern_groups)?;
        let anycase_offset = pattern_groups.len() as u32;
        let anycase = compile_table(any_keys, &mut groups, &mut pattern_groups)?;
        Ok(Gazetteer {
            cased,
            anycase,
            pattern_groups,
            anycase_offset,
            groups,
            entries: data,
            max_len,
        })
    }

    /// The number of distinct entries (surface forms of one meaning count once).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True if the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries a match may stand for, in the order they were added.
    pub fn candidates(&self, m: &Match) -> impl Iterator<Item = Candidate<'_>> + '_ {
        self.groups[m.entries.0 as usize..m.entries.1 as usize]
            .iter()
            .map(|&i| {
                let e = &self.entries[i as usize];
                Candidate {
                    label: e.label,
                    canonical: &e.canonical,
                    id: e.id.as_deref(),
                    flags: e.flags,
                }
            })
    }

    pub(crate) fn entry_data(&self, m: &Match) -> impl Iterator<Item = &EntryData> + '_ {
        self.groups[m.entries.0 as usize..m.entries.1 as usize]
            .iter()
            .map(|&i| &self.entries[i as usize])
    }

    /// Every match in `text`, leftmost-longest, tokenizing it first.
    pub fn find_all(&self, text: &str) -> Vec<Match> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        self.find_in_tokens(text, &tokens, &mut Scratch::default(), &mut out);
        out
    }

    /// Matches over already-made tokens, appending to `out`.
    pub(crate) fn find_in_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
    ) {
        let mut i = 0;
        // Index of the next token with non-ASCII chars (monotone).
        let mut next_non_ascii = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            let upper = t.is_capitalized() && t.kind == TokenKind::Word;
            if !(upper || (self.anycase.is_some() && t.kind == TokenKind::Word)) {
                i += 1;
                continue;
            }
            let mut best: Option<Match> = None;
            if upper {
                if let Some(ac) = &self.cased {
                    best = self.raw_at(ac, text, tokens, i);
                    while next_non_ascii < tokens.len()
                        && (next_non_ascii < i
                            || !tokens[next_non_ascii].shape.contains(Shape::NON_ASCII))
                    {
                        next_non_ascii += 1;
                    }
                    let window_end = t.start.saturating_add(2 * self.max_len + 8);
                    let needs_fold =
                        next_non_ascii < tokens.len() && tokens[next_non_ascii].start < window_end;
                    if needs_fold {
                        let m = self.folded_at(ac, Case::Keep, 0, text, tokens, i, scratch);
                        best = longer(best, m);
                    }
                    if t.is_all_caps() && t.end - t.start > 1 {
                        if let Some(mut m) =
                            self.folded_at(ac, Case::Title, 0, text, tokens, i, scratch)
                        {
                            m.from_capitals = true;
                            let exact_only = self.entry_data(&m).all(|e| e.flags.exact);
                            if !exact_only {
                                best = longer(best, Some(m));
                            }
                        }
                    }
                }
            }
            if let Some(ac) = &self.anycase {
                let m = self.folded_at(
                    ac,
                    Case::Lower,
                    self.anycase_offset,
                    text,
                    tokens,
                    i,
                    scratch,
                );
                best = longer(best, m);
            }
            match best {
                Some(m) => {
                    i = m.end_token;
                    out.push(m);
                }
                None => i += 1,
            }
        }
    }

    /// The token index whose end is `end`, searching from token `i`.
    fn token_ending_at(tokens: &[Token], i: usize, end: usize) -> Option<usize> {
        let mut j = i;
        while j < tokens.len() && tokens[j].end < end {
            j += 1;
        }
        (j < tokens.len() && tokens[j].end == end).then_some(j)
    }

    /// The longest anchored match at `start` of `hay` whose end maps to a
    /// token end; returns (end in hay, pattern id, last token index).
    fn longest_valid(
        ac: &AhoCorasick,
        hay: &str,
        start: usize,
        limit: usize,
        mut valid_end: impl FnMut(usize) -> Option<usize>,
    ) -> Option<(usize, u32, usize)> {
        let mut limit = limit;
        // Each retry shortens the search; the bound keeps it linear even for
        // lists with long chains of prefixes.
        for _ in 0..8 {
            let input = Input::new(hay).range(start..limit).anchored(Anchored::Yes);
            let m = ac.find(input)?;
            if let Some(tok) = valid_end(m.end()) {
                return Some((m.end(), m.pattern().as_u32(), tok));
            }
            if m.end() <= start + 1 {
                return None;
            }
            limit = m.end() - 1;
        }
        None
    }

    fn raw_at(&self, ac: &AhoCorasick, text: &str, tokens: &[Token], i: usize) -> Option<Match> {
        let start = tokens[i].start;
        let limit = text.len().min(start.saturating_add(self.max_len));
        let (end, pid, tok) = Self::longest_valid(ac, text, start, limit, |end| {
            Self::token_ending_at(tokens, i, end)
        })?;
        Some(Match {
            start,
            end,
            first_token: i,
            end_token: tok + 1,
            entries: self.pattern_groups[pid as usize],
            from_capitals: false,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn folded_at(
        &self,
        ac: &AhoCorasick,
        case: Case,
        pattern_offset: u32,
        text: &str,
        tokens: &[Token],
        i: usize,
        scratch: &mut Scratch,
    ) -> Option<Match> {
        let start = tokens[i].start;
        let mut wend = text.len().min(start.saturating_add(2 * self.max_len + 8));
        while !text.is_char_boundary(wend) {
            wend += 1;
        }
        let window = &text[start..wend];
        if case == Case::Keep && is_plain(window) {
            return None;
        }
        fold_into(window, case, &mut scratch.buf, &mut scratch.map);
        let map = &scratch.map;
        let (end, pid, tok) = Self::longest_valid(ac, &scratch.buf, 0, scratch.buf.len(), |end| {
            Self::token_ending_at(tokens, i, start + map[end])
        })?;
        let _ = end;
        Some(Match {
            start,
            end: tokens[tok].end,
            first_token: i,
            end_token: tok + 1,
            entries: self.pattern_groups[(pid + pattern_offset) as usize],
            from_capitals: false,
        })
    }
}

fn longer(a: Option<Match>, b: Option<Match>) -> Option<Match> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, None) => a,
        (None, b) => b,
    }
}
