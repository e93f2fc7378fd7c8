//! Gazetteers: lists of names with a label, a canonical form and an id,
//! compiled into one matcher that runs over tokens.
//!
//! # File format
//!
//! A gazetteer file is UTF-8 text with columns separated by one tab each
//! (shown as `→` here):
//!
//! ```text
//! # comment lines start with '#'; blank lines are skipped
//! name→label→canonical→id→flags
//! Kyrgyzstan|Kyrgyz Republic→place→Kyrgyzstan→geonames:1527747
//! US|U.S.|United States→place→United States→geonames:6252001→exact,country
//! ```
//!
//! The first line that is not a comment is the header: it names the
//! columns, in any order (as a spreadsheet exports them). `name` and
//! `label` are required; `canonical`, `id` and `flags` are optional, and may
//! be left empty or left out at the end of data lines. Other columns are
//! ignored, each with a warning ([`GazetteerBuilder::warnings`]).
//!
//! * `name`: one or more surface forms separated by `|`.
//! * `label`: `person`, `place`, `institution` or `group`.
//! * `canonical`: the canonical name; the first surface form if empty.
//! * `id`: any identifier (`geonames:1527747`, `wikidata:Q7747`).
//! * `flags`: comma-separated: `exact` (match only as written), `fold`
//!   (match in any letter case), `weak` (the name is often something else;
//!   the resolver keeps such a match only with supporting context),
//!   `country` (a place that is a country).
//!
//! Errors name the file and the line. Repeated entries are merged. A name
//! may be at most 255 bytes long.
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

use std::path::Path;

use crate::error::Error;
use crate::normalize::{Case, fold_char, is_small_word, lower_tail, word_at};
use crate::span::Label;
use crate::tokenize::{Shape, Token, TokenKind, tokenize};
use crate::trie::{FirstWords, Trie, Walk};
use crate::word_table::WordTable;

/// Per-entry matching flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// Match only as written (no capitals form).
    pub exact: bool,
    /// Match in any letter case.
    pub fold: bool,
    /// Often something else: keep only with supporting context.
    pub weak: bool,
    /// A country (its name stays a place where a city's would name a
    /// sports team: `Japan beat Syria 2-1`).
    pub country: bool,
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

/// A meaning: what one line of a list (or one [`Entry`]) says its names
/// stand for. Strings are ranges of the builder's or gazetteer's arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Meaning {
    label: Label,
    flags: Flags,
    canonical: (u32, u32),
    id: (u32, u32),
}

/// The longest name accepted, in bytes.
const MAX_NAME: usize = 255;

/// The mark of a trie value that indexes `pattern_groups` (see
/// [`Gazetteer::entries`]).
const INDIRECT: u32 = 1 << 31;

/// Where each known column sits in a TSV file, as its header line says.
struct Header {
    /// Cell index of `name`, `label`, `canonical`, `id`, `flags`.
    index: [Option<usize>; 5],
    /// How many cells the header has (a data line may not have more).
    count: usize,
}

impl Header {
    const KNOWN: [&'static str; 5] = ["name", "label", "canonical", "id", "flags"];

    /// Reads a header line's cells; returns it with the names of the
    /// columns it does not know (ignored, but worth a warning).
    fn parse<'c>(cells: &[&'c str]) -> Result<(Header, Vec<&'c str>), String> {
        let mut index = [None; 5];
        let mut unknown = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let name = cell.trim();
            match Self::KNOWN
                .iter()
                .position(|k| name.eq_ignore_ascii_case(k))
            {
                Some(k) if index[k].is_some() => {
                    return Err(format!("column {name:?} appears twice in the header"));
                }
                Some(k) => index[k] = Some(i),
                None => unknown.push(name),
            }
        }
        if index[0].is_none() || index[1].is_none() {
            return Err(format!(
                "expected a header naming the columns \"name\" and \"label\" (and any of \"canonical\", \"id\", \"flags\", in any order), found {:?}",
                cells.join("\t")
            ));
        }
        Ok((
            Header {
                index,
                count: cells.len(),
            },
            unknown,
        ))
    }
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
    /// Names, canonical names and ids, back to back.
    arena: String,
    meanings: Vec<Meaning>,
    /// (name offset, name length, meaning index)
    aliases: Vec<(u32, u32, u32)>,
    /// What was read but not used (unknown columns, patterns that cannot
    /// be expressed), each naming its file and line.
    warnings: Vec<String>,
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    fn push_str(&mut self, s: &str) -> (u32, u32) {
        let off = self.arena.len() as u32;
        self.arena.push_str(s);
        (off, s.len() as u32)
    }

    fn push_meaning(
        &mut self,
        label: Label,
        flags: Flags,
        canonical: &str,
        id: Option<&str>,
    ) -> u32 {
        let canonical = self.push_str(canonical);
        let id = id.map_or((0, 0), |id| self.push_str(id));
        self.meanings.push(Meaning {
            label,
            flags,
            canonical,
            id,
        });
        self.meanings.len() as u32 - 1
    }

    fn push_alias(&mut self, name: &str, meaning: u32) {
        let (off, len) = self.push_str(name);
        self.aliases.push((off, len, meaning));
    }

    /// Adds a name with a label.
    pub fn add(&mut self, name: impl Into<String>, label: Label) -> &mut Self {
        self.entry(Entry::new(name, label))
    }

    /// Adds an entry. Names that are empty or longer than 255 bytes are
    /// skipped (the TSV loader reports them as errors instead).
    pub fn entry(&mut self, entry: Entry) -> &mut Self {
        let name = entry.name.trim();
        if name.is_empty() || name.len() > MAX_NAME {
            return self;
        }
        let canonical = entry.canonical.as_deref().unwrap_or(name);
        let m = self.push_meaning(entry.label, entry.flags, canonical, entry.id.as_deref());
        self.push_alias(name, m);
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
        let mark = (self.arena.len(), self.meanings.len(), self.aliases.len());
        let warned = self.warnings.len();
        let result = self.parse_tsv(source, text);
        if result.is_err() {
            self.warnings.truncate(warned);
            self.arena.truncate(mark.0);
            self.meanings.truncate(mark.1);
            self.aliases.truncate(mark.2);
        }
        result.map(|()| self)
    }

    /// Drops every entry with this label (e.g. to replace a default list).
    pub fn remove_label(&mut self, label: Label) -> &mut Self {
        let meanings = &self.meanings;
        self.aliases
            .retain(|a| meanings[a.2 as usize].label != label);
        self
    }

    /// The number of names added so far (each alias counts).
    pub fn len(&self) -> usize {
        self.aliases.len()
    }

    /// True if no name was added.
    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty()
    }

    /// What was read but left out, each naming its file and line: unknown
    /// TSV columns, spaCy patterns factspan cannot express. Kept by the
    /// compiled [`Gazetteer`] too ([`Gazetteer::warnings`]).
    ///
    /// ```
    /// let mut b = factspan::Gazetteer::builder();
    /// b.tsv_str("sheet.tsv", "label\tnotes\tname\nplace\tcapital\tBishkek\n")?;
    /// assert_eq!(b.len(), 1);
    /// assert!(b.warnings()[0].starts_with("sheet.tsv:1: unknown column \"notes\""));
    /// # Ok::<(), factspan::Error>(())
    /// ```
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Moves the entries and warnings of `other` after this builder's: the
    /// same builder as reading `other`'s lists here after this one's (the
    /// extractor reads its default lists side by side and joins them).
    pub(crate) fn append(&mut self, other: GazetteerBuilder) {
        let arena_shift = self.arena.len() as u32;
        let meaning_shift = self.meanings.len() as u32;
        // An absent id is (0, 0) wherever it was read; anything else
        // moves with the arena.
        let shift = |at: (u32, u32)| {
            if at == (0, 0) {
                at
            } else {
                (at.0 + arena_shift, at.1)
            }
        };
        self.arena.push_str(&other.arena);
        self.meanings
            .extend(other.meanings.into_iter().map(|m| Meaning {
                canonical: shift(m.canonical),
                id: shift(m.id),
                ..m
            }));
        self.aliases.extend(
            other
                .aliases
                .into_iter()
                .map(|(off, len, m)| (off + arena_shift, len, m + meaning_shift)),
        );
        self.warnings.extend(other.warnings);
    }

    /// Records something read but not used (see [`warnings`](Self::warnings)).
    pub(crate) fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// Compiles the entries into an immutable [`Gazetteer`].
    pub fn build(&self) -> Result<Gazetteer, Error> {
        Ok(Gazetteer::compile(self))
    }

    fn parse_tsv(&mut self, source: &str, text: &str) -> Result<(), Error> {
        let err = |line: usize, message: String| Error::Gazetteer {
            file: source.to_string(),
            line,
            message,
        };
        let mut header: Option<Header> = None;
        let mut cells: Vec<&str> = Vec::new();
        for (n, raw) in text.split('\n').enumerate() {
            let line_no = n + 1;
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.is_empty() || line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            cells.clear();
            cells.extend(line.split('\t'));
            let Some(columns) = &header else {
                let (parsed, unknown) = Header::parse(&cells).map_err(|m| err(line_no, m))?;
                for name in unknown {
                    self.warnings.push(format!(
                        "{source}:{line_no}: unknown column {name:?} ignored (known: {})",
                        Header::KNOWN.join(", ")
                    ));
                }
                header = Some(parsed);
                continue;
            };
            if cells.len() > columns.count {
                return Err(err(
                    line_no,
                    format!("{} columns, the header has {}", cells.len(), columns.count),
                ));
            }
            let field = |k: usize| {
                columns.index[k]
                    .and_then(|i| cells.get(i).copied())
                    .unwrap_or("")
            };
            let fields = [field(0), field(1), field(2), field(3), field(4)];
            if cells.len() <= columns.index[1].unwrap_or(0) {
                return Err(err(
                    line_no,
                    "missing the label column (columns are tab-separated)".into(),
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
            let mut flags = Flags::default();
            for flag in fields[4].split(',').map(str::trim) {
                match flag {
                    "" => {}
                    "exact" => flags.exact = true,
                    "fold" => flags.fold = true,
                    "weak" => flags.weak = true,
                    "country" => flags.country = true,
                    other => {
                        return Err(err(
                            line_no,
                            format!(
                                "unknown flag {other:?} (expected exact, fold, weak or country)"
                            ),
                        ));
                    }
                }
            }
            let names = fields[0];
            if names.trim().is_empty() {
                return Err(err(line_no, "empty name".into()));
            }
            let first = names.split('|').next().unwrap_or("").trim();
            let canonical = Some(fields[2].trim())
                .filter(|s| !s.is_empty())
                .unwrap_or(first);
            let id = Some(fields[3].trim()).filter(|s| !s.is_empty());
            let meaning = self.push_meaning(label, flags, canonical, id);
            for alias in names.split('|') {
                let alias = alias.trim();
                if alias.is_empty() {
                    return Err(err(line_no, format!("empty alias in {names:?}")));
                }
                if alias.len() > MAX_NAME {
                    return Err(err(line_no, format!("name longer than {MAX_NAME} bytes")));
                }
                self.push_alias(alias, meaning);
            }
        }
        if header.is_none() && !text.trim().is_empty() {
            return Err(err(1, "no header line".into()));
        }
        Ok(())
    }
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
    /// The meanings of this surface form: a range of the gazetteer's groups.
    entries: (u32, u32),
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
    cased: Trie,
    /// Walk states after the first words of the cased keys.
    cased_first: FirstWords,
    /// Names that match in any case, lower-cased.
    anycase: Trie,
    /// The first words (ASCII letters and digits, up to the first other
    /// byte) of the any-case keys: a lower-case token starts a walk of
    /// `anycase` only if its own first word is one of them.
    anycase_first: WordTable,
    /// The first two bytes of the tokens that may start one of those
    /// words, as a bit set over ASCII pairs ([`ascii_pair`]): most tokens
    /// leave at this test. Every case of the two bytes is in it, and any
    /// second byte that ends a one-letter word, so that a token's bytes
    /// are looked up as they are.
    anycase_pairs: Box<[u64]>,
    has_anycase: bool,
    /// The ranges into `groups` that a trie value cannot hold (see
    /// [`entries`](Self::entries)).
    pattern_groups: Vec<(u32, u32)>,
    /// Meaning indices grouped by pattern.
    groups: Vec<u32>,
    meanings: Vec<Meaning>,
    arena: String,
    warnings: Vec<String>,
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

/// A meaning of a match without its names: see [`Gazetteer::tags`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tag {
    /// The meaning's index (for [`Gazetteer::meaning`]).
    pub(crate) idx: u32,
    /// The entry's label.
    pub(crate) label: Label,
    /// The entry's flags.
    pub(crate) flags: Flags,
}

/// Reusable buffers for matching.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    buf: String,
    /// The tokens where names may start ([`Gazetteer::find_in_tokens`]).
    starts: Vec<usize>,
}

/// Appends the matching key of `name` to `out`.
fn fold_key(name: &str, case: Case, out: &mut Vec<u8>, buf: &mut String) {
    if case == Case::Keep && name.bytes().all(|b| b < 0x80 && b != b'`') {
        out.extend_from_slice(name.as_bytes());
        return;
    }
    buf.clear();
    for c in name.chars() {
        let before = buf.len();
        if fold_char(c, buf) && case == Case::Lower {
            lower_tail(buf, before);
        }
    }
    out.extend_from_slice(buf.as_bytes());
}

impl Gazetteer {
    /// A builder.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    fn compile(b: &GazetteerBuilder) -> Gazetteer {
        // Fold every alias into its key; entries written in lower case (or
        // flagged `fold`) go to the any-case trie.
        let mut keys: Vec<u8> = Vec::with_capacity(b.arena.len());
        let mut cased: Vec<(u32, u32, u32)> = Vec::with_capacity(b.aliases.len());
        let mut anycase: Vec<(u32, u32, u32)> = Vec::new();
        let mut buf = String::new();
        for &(off, len, m) in &b.aliases {
            let name = &b.arena[off as usize..(off + len) as usize];
            let meaning = &b.meanings[m as usize];
            let any = meaning.flags.fold || name.chars().next().is_some_and(|c| !c.is_uppercase());
            let start = keys.len() as u32;
            fold_key(
                name,
                if any { Case::Lower } else { Case::Keep },
                &mut keys,
                &mut buf,
            );
            let entry = (start, keys.len() as u32 - start, m);
            if any {
                anycase.push(entry)
            } else {
                cased.push(entry)
            }
        }
        let key = |e: &(u32, u32, u32)| &keys[e.0 as usize..(e.0 + e.1) as usize];
        let mut groups = Vec::new();
        let mut pattern_groups = Vec::new();
        let compile = |mut list: Vec<(u32, u32, u32)>,
                       groups: &mut Vec<u32>,
                       pattern_groups: &mut Vec<(u32, u32)>,
                       first_words: bool| {
            // Stable, so meanings keep the order they were added in; the
            // first eight bytes as an integer decide most comparisons.
            let mut by_prefix: Vec<(u64, (u32, u32, u32))> =
                list.iter().map(|&e| (key_prefix(key(&e)), e)).collect();
            by_prefix.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| key(&a.1).cmp(key(&b.1))));
            list.clear();
            list.extend(by_prefix.into_iter().map(|(_, e)| e));
            let mut sorted: Vec<(&[u8], u32)> = Vec::with_capacity(list.len());
            let mut i = 0;
            while i < list.len() {
                let k = key(&list[i]);
                let from = groups.len();
                while i < list.len() && key(&list[i]) == k {
                    let m = list[i].2;
                    let same = groups[from..]
                        .iter()
                        .any(|&g: &u32| b.meanings[g as usize] == b.meanings[m as usize]);
                    if !same {
                        groups.push(m);
                    }
                    i += 1;
                }
                let (from, to) = (from as u32, groups.len() as u32);
                let value = if from < 1 << 23 && to - from <= 0xff {
                    from << 8 | (to - from)
                } else {
                    pattern_groups.push((from, to));
                    INDIRECT | (pattern_groups.len() as u32 - 1)
                };
                sorted.push((k, value));
            }
            if first_words {
                Trie::with_first_words(&sorted)
            } else {
                (Trie::from_sorted(&sorted), FirstWords::default())
            }
        };
        let has_anycase = !anycase.is_empty();
        // A key's leading ASCII letters and digits, whatever ends them: a
        // token that reads the same up to its end or an ASCII byte walks.
        let mut firsts: Vec<&[u8]> = anycase
            .iter()
            .map(|e| ascii_alnum_prefix(key(e)))
            .filter(|w| !w.is_empty())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        let anycase_pairs = token_pairs(&firsts);
        let anycase_first = WordTable::new(firsts.into_iter().map(|w| (w, 1)));
        let (cased, cased_first) = compile(cased, &mut groups, &mut pattern_groups, true);
        let (anycase, _) = compile(anycase, &mut groups, &mut pattern_groups, false);
        Gazetteer {
            cased,
            cased_first,
            anycase,
            anycase_first,
            anycase_pairs,
            has_anycase,
            pattern_groups,
            groups,
            meanings: b.meanings.clone(),
            arena: b.arena.clone(),
            warnings: b.warnings.clone(),
        }
    }

    /// What its builder read but left out (see
    /// [`GazetteerBuilder::warnings`]).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The number of distinct meanings (a line of a list is one).
    pub fn len(&self) -> usize {
        self.meanings.len()
    }

    /// True if the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.meanings.is_empty()
    }

    /// Approximate heap memory held, in bytes.
    pub fn heap_size(&self) -> usize {
        self.cased.heap_size()
            + self.anycase.heap_size()
            + self.cased_first.heap_size()
            + self.pattern_groups.capacity() * 8
            + self.groups.capacity() * 4
            + self.meanings.capacity() * std::mem::size_of::<Meaning>()
            + self.arena.capacity()
    }

    fn str_at(&self, r: (u32, u32)) -> &str {
        self.arena
            .get(r.0 as usize..(r.0 + r.1) as usize)
            .unwrap_or("")
    }

    /// The entries a match may stand for, in the order they were added.
    pub fn candidates(&self, m: &Match) -> impl Iterator<Item = Candidate<'_>> + '_ {
        self.groups[m.entries.0 as usize..m.entries.1 as usize]
            .iter()
            .map(|&i| self.meaning(i))
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
        let mut starts = std::mem::take(&mut scratch.starts);
        starts.clear();
        starts.extend((0..tokens.len()).filter(|&i| self.may_start(text, &tokens[i])));
        self.find_at(text, tokens, &starts, scratch, out);
        scratch.starts = starts;
    }

    /// True if a name of the lists may start at token `t` of `text`: a
    /// capitalised word, or a word an any-case key may start with.
    /// [`find_at`](Self::find_at) looks for names only at such tokens;
    /// the extractor lists them as the tokenizer makes them.
    #[inline(always)]
    pub(crate) fn may_start(&self, text: &str, t: &Token) -> bool {
        t.kind == TokenKind::Word
            && (t.is_capitalized()
                || (self.has_anycase && self.may_start_anycase(&text.as_bytes()[t.start..t.end])))
    }

    /// Matches starting at tokens `starts` (in order, every token where
    /// [`may_start`](Self::may_start) holds), leftmost-longest: a start
    /// inside a match is passed over. Appends to `out`.
    pub(crate) fn find_at(
        &self,
        text: &str,
        tokens: &[Token],
        starts: &[usize],
        scratch: &mut Scratch,
        out: &mut Vec<Match>,
    ) {
        // The first token a match may start at (past the last match).
        let mut free = 0;
        for &i in starts {
            if i < free {
                continue;
            }
            if let Some(m) = self.match_at(text, tokens, i, scratch) {
                free = m.end_token;
                out.push(m);
            }
        }
    }

    /// The longest match starting at word token `i`, if any.
    #[inline]
    fn match_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        scratch: &mut Scratch,
    ) -> Option<Match> {
        let t = &tokens[i];
        let upper = t.is_capitalized();
        let mut best: Option<(usize, u32, bool)> = None;
        if upper {
            let word = &text.as_bytes()[t.start..t.end];
            best = if t.shape.contains(Shape::PLAIN) {
                // A plain word: no key starts with it, or the walk
                // goes on from where the word leaves it.
                self.cased_first.get(word).and_then(|w| {
                    walk(
                        &self.cased,
                        Case::Keep,
                        text,
                        tokens,
                        i,
                        Some(w),
                        &mut scratch.buf,
                    )
                })
            } else {
                walk(
                    &self.cased,
                    Case::Keep,
                    text,
                    tokens,
                    i,
                    None,
                    &mut scratch.buf,
                )
            }
            .map(|(e, p)| (e, p, false));
            // `LONDON`, `NEW YORK`: capitals read as title case.
            if t.is_all_caps()
                && t.end - t.start > 1
                && let Some((e, p)) = walk(
                    &self.cased,
                    Case::Title,
                    text,
                    tokens,
                    i,
                    None,
                    &mut scratch.buf,
                )
            {
                let (from, to) = self.entries(p);
                let exact_only = self.groups[from as usize..to as usize]
                    .iter()
                    .all(|&g| self.meanings[g as usize].flags.exact);
                if !exact_only && best.is_none_or(|b| e > b.0) {
                    best = Some((e, p, true));
                }
            }
        }
        // Most words start no any-case key: skip those without a walk.
        if self.has_anycase
            && self.may_start_anycase(&text.as_bytes()[t.start..t.end])
            && let Some((e, p)) = walk(
                &self.anycase,
                Case::Lower,
                text,
                tokens,
                i,
                None,
                &mut scratch.buf,
            )
            && best.is_none_or(|b| e > b.0)
        {
            best = Some((e, p, false));
        }
        let (end_token, pattern, from_capitals) = best?;
        Some(Match {
            start: t.start,
            end: tokens[end_token - 1].end,
            first_token: i,
            end_token,
            entries: self.entries(pattern),
            from_capitals,
        })
    }

    /// The range of `groups` a trie value stands for: its key's meanings.
    /// Most values hold it (`from << 8 | count`), so a match reads no
    /// table for it, one more cache miss each; the others point into
    /// `pattern_groups`.
    #[inline]
    fn entries(&self, value: u32) -> (u32, u32) {
        if value & INDIRECT == 0 {
            let from = value >> 8;
            (from, from + (value & 0xff))
        } else {
            self.pattern_groups[(value & !INDIRECT) as usize]
        }
    }

    /// False if no any-case key can start at a word token with these
    /// bytes (checked by its first two bytes, then by its first word).
    #[inline(always)]
    fn may_start_anycase(&self, word: &[u8]) -> bool {
        let (b0, b1) = (word[0], word.get(1).copied().unwrap_or(0));
        if b0 >= 0x80 || b1 >= 0x80 {
            return true;
        }
        let pair = ascii_pair(b0, b1);
        self.anycase_pairs[pair >> 6] & (1 << (pair & 63)) != 0
            && ascii_first_word(word).is_none_or(|w| self.anycase_first.get(w) != 0)
    }

    /// The meanings of a match as the rules and the resolver read them:
    /// index, label and flags, in the order of [`candidates`](Self::candidates)
    /// (the first is the preferred one). Their names are not read: they sit
    /// in the large string arena, a cache miss each, and only the output
    /// spans need them ([`meaning`](Self::meaning)).
    pub(crate) fn tags(&self, m: &Match) -> impl Iterator<Item = Tag> + '_ {
        self.groups[m.entries.0 as usize..m.entries.1 as usize]
            .iter()
            .map(|&idx| {
                let e = &self.meanings[idx as usize];
                Tag {
                    idx,
                    label: e.label,
                    flags: e.flags,
                }
            })
    }

    /// Meaning `idx` (as [`tags`](Self::tags) numbers them).
    pub(crate) fn meaning(&self, idx: u32) -> Candidate<'_> {
        let e = &self.meanings[idx as usize];
        Candidate {
            label: e.label,
            canonical: self.str_at(e.canonical),
            id: (e.id.1 > 0).then(|| self.str_at(e.id)),
            flags: e.flags,
        }
    }
}

/// The first eight bytes of a key as a big-endian integer (zero-padded):
/// integers in the order of the keys they start, ties aside.
fn key_prefix(key: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = key.len().min(8);
    b[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(b)
}

/// The leading ASCII letters and digits of `bytes`, whatever ends them.
fn ascii_alnum_prefix(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()]
}

/// The bit of two leading bytes, ASCII case ignored.
#[inline]
fn first_pair(b0: u8, b1: u8) -> usize {
    (usize::from(b0.to_ascii_lowercase()) << 8) | usize::from(b1.to_ascii_lowercase())
}

/// The bit of a token's first two bytes in [`Gazetteer::anycase_pairs`]:
/// both ASCII (the second 0 for a one-byte token), as they are.
#[inline(always)]
fn ascii_pair(b0: u8, b1: u8) -> usize {
    (usize::from(b0) << 7) | usize::from(b1)
}

/// The bit set of [`Gazetteer::anycase_pairs`] for the first words of the
/// any-case keys (ASCII letters and digits, lower case): every pair of
/// ASCII bytes that reads, case ignored, as a word's first two bytes, or
/// as a one-byte word's byte and then one that is not a letter or digit
/// (the bit set's lookup does once what a token's lookup would do each
/// time: fold the case, drop such a second byte).
fn token_pairs(firsts: &[&[u8]]) -> Box<[u64]> {
    let mut wanted = vec![false; 1 << 16];
    for w in firsts {
        wanted[first_pair(w[0], w.get(1).copied().unwrap_or(0))] = true;
    }
    let mut bits = vec![0u64; (1 << 14) / 64];
    for b0 in 0..0x80u8 {
        for b1 in 0..0x80u8 {
            let second = if b1.is_ascii_alphanumeric() { b1 } else { 0 };
            if wanted[first_pair(b0, second)] {
                let pair = ascii_pair(b0, b1);
                bits[pair >> 6] |= 1 << (pair & 63);
            }
        }
    }
    bits.into_boxed_slice()
}

/// The leading ASCII letters and digits of `bytes`, if they end at another
/// ASCII byte or at the end (`al` of `al-Qaeda`); `None` if a non-ASCII
/// byte comes first, whose folding only a walk can tell.
fn ascii_first_word(bytes: &[u8]) -> Option<&[u8]> {
    let word = ascii_alnum_prefix(bytes);
    bytes
        .get(word.len())
        .is_none_or(u8::is_ascii)
        .then_some(word)
}

/// Walks `trie` over the text from token `i`, folding chars on the fly;
/// returns (one past the last token, pattern) of the longest key that ends
/// where a token ends. With `after_first`, token `i` (a plain ASCII word)
/// is already read and the walk goes on from that state.
fn walk(
    trie: &Trie,
    case: Case,
    text: &str,
    tokens: &[Token],
    i: usize,
    after_first: Option<Walk>,
    buf: &mut String,
) -> Option<(usize, u32)> {
    let (mut w, mut p) = match after_first {
        Some(w) => (w, tokens[i].end),
        None => (trie.start(), tokens[i].start),
    };
    let bytes = text.as_bytes();
    let mut best = None;
    let mut fold = Folder {
        case,
        word_start: true,
        word_index: 0,
        small: false,
    };
    let mut j = i;
    loop {
        // The token's bytes, then (if it is not the last) the gap before
        // the next one; a key may end only where a token ends.
        let end = tokens[j].end;
        if case == Case::Keep {
            // Most walks: capitalised ASCII words, case kept.
            while p < end && bytes[p] < 0x80 && bytes[p] != b'`' {
                if !trie.step(&mut w, bytes[p]) {
                    return best;
                }
                p += 1;
            }
        }
        while p < end {
            match fold.step(trie, &mut w, text, p, buf) {
                Some(q) => p = q,
                None => return best,
            }
        }
        if let Some(v) = trie.value(&w) {
            best = Some((j + 1, v));
        }
        j += 1;
        let Some(next) = tokens.get(j) else {
            return best;
        };
        while p < next.start {
            match fold.step(trie, &mut w, text, p, buf) {
                Some(q) => p = q,
                None => return best,
            }
        }
    }
}

/// Folds the text one char at a time into trie steps, in a case mode.
struct Folder {
    case: Case,
    /// Title case: whether a word starts here, how many words began, and
    /// whether the current word stays lower case (`of`, `the`).
    word_start: bool,
    word_index: usize,
    small: bool,
}

impl Folder {
    /// Steps over the char at `p`; the position after it, or `None` if the
    /// trie has no key that continues so.
    #[inline]
    fn step(
        &mut self,
        trie: &Trie,
        w: &mut Walk,
        text: &str,
        p: usize,
        buf: &mut String,
    ) -> Option<usize> {
        let b = text.as_bytes()[p];
        if b < 0x80 && b != b'`' {
            let alnum = b.is_ascii_alphanumeric();
            let mut fb = b;
            match self.case {
                Case::Keep => {}
                Case::Lower => fb = b.to_ascii_lowercase(),
                Case::Title => {
                    if alnum && self.word_start {
                        self.small = self.word_index > 0 && is_small_word(word_at(text, p));
                        self.word_index += 1;
                        if self.small {
                            fb = b.to_ascii_lowercase();
                        }
                    } else if alnum {
                        fb = b.to_ascii_lowercase();
                    }
                }
            }
            if alnum {
                self.word_start = false;
            } else if b != b'\'' {
                self.word_start = true;
            }
            return trie.step(w, fb).then_some(p + 1);
        }
        let c = text[p..].chars().next()?;
        buf.clear();
        fold_char(c, buf);
        let alnum = c.is_alphanumeric();
        let lower = match self.case {
            Case::Keep => false,
            Case::Lower => true,
            Case::Title => alnum && (!self.word_start || self.small),
        };
        if lower {
            lower_tail(buf, 0);
        }
        if alnum {
            if self.word_start {
                self.word_index += 1;
            }
            self.word_start = false;
        } else if !matches!(c, '’' | 'ʼ') && !(0x300..=0x36f).contains(&(c as u32)) {
            self.word_start = true;
        }
        buf.bytes()
            .all(|fb| trie.step(w, fb))
            .then_some(p + c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appending_builders_equals_reading_their_lists_in_turn() {
        let lists = [
            (
                "a.tsv",
                "name\tlabel\tcanonical\tid\nBishkek|Frunze\tplace\t\tgeonames:1\nOsh\tplace\t\t\n",
            ),
            (
                "b.tsv",
                "name\tlabel\tflags\nSadyr Japarov|Japarov\tperson\t\nbishkek\tplace\tweak\n",
            ),
            (
                "c.tsv",
                "name\tlabel\tcanonical\tid\nCoordination Council\tinstitution\tThe Council\tq:7\n",
            ),
        ];
        let mut one = GazetteerBuilder::new();
        for (file, text) in lists {
            one.tsv_str(file, text).unwrap();
        }
        let mut joined = GazetteerBuilder::new();
        for (file, text) in lists {
            let mut part = GazetteerBuilder::new();
            part.tsv_str(file, text).unwrap();
            joined.append(part);
        }
        assert_eq!(joined.arena, one.arena);
        assert_eq!(joined.meanings, one.meanings);
        assert_eq!(joined.aliases, one.aliases);
        assert_eq!(joined.warnings, one.warnings);
        // Bishkek, Frunze, Osh, Sadyr Japarov, Japarov, bishkek, Coordination Council.
        assert_eq!(one.len(), 7);
    }

    /// The matches of the old loop: a walk tried at every word token,
    /// leftmost-longest.
    fn scan_every_token(g: &Gazetteer, text: &str, tokens: &[Token]) -> Vec<Match> {
        let (mut out, mut i, mut scratch) = (Vec::new(), 0, Scratch::default());
        while i < tokens.len() {
            match (tokens[i].kind == TokenKind::Word)
                .then(|| g.match_at(text, tokens, i, &mut scratch))
                .flatten()
            {
                Some(m) => {
                    i = m.end_token;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Names start only where [`Gazetteer::may_start`] says they may, so
    /// that matching from those tokens finds what a walk from every word
    /// finds: with the default lists on the bench corpus, and with lists
    /// of lower-case, folded and capitalised names on texts of them.
    #[test]
    fn names_start_only_where_may_start_says() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news.txt");
        let corpus = std::fs::read_to_string(path).unwrap_or_default();
        let defaults = crate::Extractor::default();
        let mut b = GazetteerBuilder::new();
        b.tsv_str(
            "t.tsv",
            "name\tlabel\tflags\n\
             al-Qaeda\tgroup\t\n\
             de Gaulle\tperson\t\n\
             the Hague\tplace\t\n\
             iPhone\tinstitution\tfold\n\
             New York\tplace\t\n\
             Zürich\tplace\t\n\
             état major\tinstitution\t\n",
        )
        .unwrap();
        let own = b.build().unwrap();
        let written = "Al-Qaeda and al-Qaeda met de Gaulle in the Hague and The Hague; \
                       IPHONE, iphone, iPhone. NEW YORK, New York, new york. Zürich, \
                       ZÜRICH, zürich; état major, État major, the de, al.";
        let (mut matched, mut words) = (0, 0);
        for (g, text) in [
            (defaults.gazetteer(), corpus.get(..300_000).unwrap_or("")),
            (defaults.gazetteer(), written),
            (&own, written),
        ] {
            let tokens = tokenize(text);
            let mut scratch = Scratch::default();
            for (i, t) in tokens.iter().enumerate() {
                if t.kind == TokenKind::Word && g.match_at(text, &tokens, i, &mut scratch).is_some()
                {
                    assert!(g.may_start(text, t), "{:?}", t.text(text));
                    words += 1;
                }
            }
            let mut found = Vec::new();
            g.find_in_tokens(text, &tokens, &mut scratch, &mut found);
            assert_eq!(found, scan_every_token(g, text, &tokens), "{text:.40}");
            matched += found.len();
        }
        // Names were found (the written ones in the own lists too).
        assert!(matched > 1000 && words > matched, "{matched} {words}");
    }

    /// The any-case filter reads a token's first two bytes as they are: its
    /// bit is set exactly where, case ignored, they are a first word's
    /// first two letters, or a one-letter first word and a byte that is not
    /// a letter or digit (or none). Every pair of ASCII bytes, for lists
    /// with one-letter, digit, mixed-case and accented first words.
    #[test]
    fn any_case_pairs_hold_what_the_first_words_start() {
        let mut b = GazetteerBuilder::new();
        b.tsv_str(
            "t.tsv",
            "name\tlabel\tflags\n\
             al-Qaeda\tgroup\t\n\
             iPhone\tinstitution\tfold\n\
             x-ray lab\tinstitution\t\n\
             3m company\tinstitution\t\n\
             état major\tinstitution\t\n\
             Yes Minister\tinstitution\tfold\n",
        )
        .unwrap();
        let g = b.build().unwrap();
        // `état` is folded to `etat` in its key.
        let firsts: [&[u8]; 6] = [b"al", b"iphone", b"x", b"3m", b"etat", b"yes"];
        let mut set = 0;
        for b0 in 0..0x80u8 {
            for b1 in 0..0x80u8 {
                let want = firsts.iter().any(|w| {
                    b0.to_ascii_lowercase() == w[0]
                        && match w.get(1) {
                            None => !b1.is_ascii_alphanumeric(),
                            Some(&second) => b1.to_ascii_lowercase() == second,
                        }
                });
                let pair = ascii_pair(b0, b1);
                let bit = g.anycase_pairs[pair >> 6] & (1 << (pair & 63)) != 0;
                assert_eq!(bit, want, "{b0} {b1}");
                set += usize::from(bit);
            }
        }
        // al, AL, aL, Al; ip (4); x and a byte that is not a letter or
        // digit, both cases (2 * 66); 3m, 3M; et (4); ye (4).
        assert_eq!(set, 4 + 4 + 2 * 66 + 2 + 4 + 4);
    }

    /// The tags of a match are its candidates without their names: the
    /// same meanings, labels and flags, in the same order.
    #[test]
    fn tags_are_the_candidates_without_names() {
        let mut b = GazetteerBuilder::new();
        b.tsv_str(
            "t.tsv",
            "name\tlabel\tcanonical\tid\tflags\n\
             Georgia\tplace\t\tq:1\tcountry\n\
             Georgia\tperson\tGeorgia Smith\t\tweak\n\
             Georgia\tinstitution\tGeorgia Tech\tq:3\t\n\
             Osh\tplace\t\t\t\n",
        )
        .unwrap();
        let g = b.build().unwrap();
        let text = "From Georgia to Osh and back to Georgia.";
        let matches = g.find_all(text);
        assert_eq!(matches.len(), 3);
        let mut seen = Vec::new();
        for m in &matches {
            let tags: Vec<Tag> = g.tags(m).collect();
            let candidates: Vec<Candidate<'_>> = g.candidates(m).collect();
            assert_eq!(tags.len(), candidates.len());
            for (t, c) in tags.iter().zip(&candidates) {
                assert_eq!((t.label, t.flags), (c.label, c.flags));
                let e = g.meaning(t.idx);
                assert_eq!((e.label, e.canonical, e.id), (c.label, c.canonical, c.id));
                seen.push(t.label);
            }
        }
        // Georgia's three meanings in the order they were listed, twice.
        assert_eq!(
            &seen[..3],
            &[Label::Place, Label::Person, Label::Institution]
        );
        assert_eq!(seen.len(), 7);
    }
}
