//! The [`Extractor`]: built once from gazetteers and options, then run on
//! any number of texts, from any number of threads.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use crate::calendar::Date;
use crate::defaults;
use crate::error::Error;
use crate::gazetteer::{Entry, Gazetteer, GazetteerBuilder, Match, Scratch};
use crate::names::NameLists;
use crate::resolve::{self, Config};
use crate::rules;
use crate::spacy;
pub use crate::span::LabelSet;
use crate::span::{Detail, Label, Span};
use crate::starts::{Listing, Starts};
use crate::tokenize::{Token, Visit, tokenize_visiting};

/// Configures and builds an [`Extractor`].
///
/// Each setter takes the builder and gives it back, so it works in one
/// expression or bound to a variable and changed step by step:
///
/// ```
/// use factspan::{Extractor, Label};
/// let mut b = Extractor::builder().labels([Label::Place]);
/// b = b.gazetteer_tsv("mine.tsv", "name\tlabel\nAla-Too Square\tplace\n");
/// let ex = b.build()?;
/// assert_eq!(ex.extract("Crowds filled Ala-Too Square.").len(), 1);
/// # Ok::<(), factspan::Error>(())
/// ```
///
/// ```
/// use factspan::{Extractor, Label};
/// let ex = Extractor::builder()
///     .gazetteer_tsv("mine.tsv", "name\tlabel\nAla-Too Square\tplace\n")
///     .labels([Label::Place])
///     .build()?;
/// let text = "Crowds filled Ala-Too Square in Bishkek.";
/// let found: Vec<&str> = ex.extract(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(found, ["Ala-Too Square", "Bishkek"]);
/// # Ok::<(), factspan::Error>(())
/// ```
#[derive(Clone, Debug)]
#[must_use = "each setter returns the changed builder: bind it or call build()"]
pub struct ExtractorBuilder {
    defaults: LabelSet,
    files: Vec<PathBuf>,
    texts: Vec<(String, String)>,
    spacy_files: Vec<PathBuf>,
    spacy_texts: Vec<(String, String)>,
    entries: Vec<Entry>,
    labels: LabelSet,
    rules: bool,
    document_date: Option<(i32, u32, u32)>,
    day_first: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            defaults: LabelSet::ALL,
            files: Vec::new(),
            texts: Vec::new(),
            spacy_files: Vec::new(),
            spacy_texts: Vec::new(),
            entries: Vec::new(),
            labels: LabelSet::DEFAULT,
            rules: true,
            document_date: None,
            day_first: false,
        }
    }
}

impl ExtractorBuilder {
    /// Use the built-in gazetteers (the default) or none of them.
    pub fn default_gazetteers(mut self, yes: bool) -> Self {
        self.defaults = if yes { LabelSet::ALL } else { LabelSet::NONE };
        self
    }

    /// Leave out the built-in list of one label (to replace it with yours).
    pub fn without_default(mut self, label: Label) -> Self {
        self.defaults.remove(label);
        self
    }

    /// Adds a gazetteer file (read when [`build`](Self::build) runs; its
    /// errors name the file and line).
    pub fn gazetteer_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.files.push(path.into());
        self
    }

    /// Adds gazetteer TSV text; `name` stands for it in errors.
    pub fn gazetteer_tsv(mut self, name: impl Into<String>, tsv: impl Into<String>) -> Self {
        self.texts.push((name.into(), tsv.into()));
        self
    }

    /// Adds a file of spaCy EntityRuler patterns (JSON Lines, see
    /// [`spacy`]), read when [`build`](Self::build) runs.
    /// Patterns factspan cannot express are listed in
    /// [`Extractor::warnings`].
    pub fn spacy_patterns_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.spacy_files.push(path.into());
        self
    }

    /// Adds spaCy EntityRuler patterns given as JSON Lines text; `name`
    /// stands for it in errors and warnings.
    ///
    /// ```
    /// let ex = factspan::Extractor::builder()
    ///     .spacy_patterns_str("ruler.jsonl", r#"{"label": "ORG", "pattern": "Velnor Dynamics"}
    /// {"label": "EVENT", "pattern": "Harvest Fair"}"#)
    ///     .build()?;
    /// let text = "Velnor Dynamics opened the Harvest Fair.";
    /// let spans = ex.extract(text);
    /// assert_eq!((spans[0].text(text), spans[0].label), ("Velnor Dynamics", factspan::Label::Institution));
    /// assert_eq!(ex.warnings().len(), 1); // EVENT has no factspan label
    /// # Ok::<(), factspan::Error>(())
    /// ```
    pub fn spacy_patterns_str(mut self, name: impl Into<String>, jsonl: impl Into<String>) -> Self {
        self.spacy_texts.push((name.into(), jsonl.into()));
        self
    }

    /// Adds one gazetteer entry.
    pub fn entry(mut self, entry: Entry) -> Self {
        self.entries.push(entry);
        self
    }

    /// Only report spans with these labels (by default
    /// [`LabelSet::DEFAULT`]: all but `time` and `number`). Without
    /// person, place, institution and group, the built-in entity lists are
    /// not compiled at all: `labels([Label::Quantity])` builds in
    /// milliseconds. The entity rules still run (their candidates keep
    /// `Theresa May` from being a date), but with no list a month name that
    /// the lists also have as a name (`in May`) stays a date.
    pub fn labels(mut self, labels: impl IntoIterator<Item = Label>) -> Self {
        self.labels = labels.into_iter().collect();
        self
    }

    /// Turn the pattern rules for people, places and institutions on (the
    /// default) or off, leaving gazetteer matches alone.
    pub fn rules(mut self, yes: bool) -> Self {
        self.rules = yes;
        self
    }

    /// The date the documents were written, so that `Monday` and `last
    /// year` resolve to calendar dates (in the `resolved` field). An
    /// impossible date makes [`build`](Self::build) fail. A date per
    /// document goes in [`Options`] instead.
    pub fn document_date(mut self, year: i32, month: u32, day: u32) -> Self {
        self.document_date = Some((year, month, day));
        self
    }

    /// Read numeric dates day first (`05/12/1990` is 5 December 1990); by
    /// default they are month first, as in US news. A number over 12
    /// decides either way. [`Options::day_first`] sets it per document.
    pub fn day_first(mut self, yes: bool) -> Self {
        self.day_first = yes;
        self
    }

    /// Reads the files, compiles the gazetteers and returns the extractor.
    pub fn build(&self) -> Result<Extractor, Error> {
        // The lexicon does not depend on the lists: it is made on a second
        // thread while the gazetteer is parsed and compiled.
        let (gazetteer, names) = std::thread::scope(|scope| {
            let names = scope.spawn(|| {
                // The English lexicon (process-wide) is made on the same
                // thread, also while the gazetteer compiles.
                crate::english::english();
                NameLists::defaults()
            });
            let gazetteer = self.build_gazetteer();
            // Built from the embedded lists only, the lexicon cannot fail;
            // were it to panic, the panic goes on here as it was.
            let names = names
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (gazetteer, names)
        });
        let document_date = match self.document_date {
            Some((y, m, d)) => Some(Date::new(y, m, d)?),
            None => None,
        };
        Ok(Extractor {
            inner: Arc::new(Inner {
                gazetteer: gazetteer?,
                names,
                config: Config {
                    labels: self.labels,
                    rules: self.rules,
                },
                options: Options {
                    date: document_date,
                    day_first: self.day_first,
                },
            }),
        })
    }

    /// True if any entity label (person, place, institution, group) is
    /// asked for.
    fn wants_entities(&self) -> bool {
        [
            Label::Person,
            Label::Place,
            Label::Institution,
            Label::Group,
        ]
        .into_iter()
        .any(|l| self.labels.contains(l))
    }

    fn build_gazetteer(&self) -> Result<Gazetteer, Error> {
        let mut gb = GazetteerBuilder::new();
        // Without any entity label (only quantities and dates) the entity
        // lists would find nothing that is reported: they are not compiled,
        // so such an extractor starts in milliseconds.
        let lists: Vec<&defaults::DefaultList> = defaults::LISTS
            .iter()
            .filter(|list| self.wants_entities() && self.defaults.contains(list.label))
            .collect();
        for part in read_side_by_side(&lists) {
            gb.append(part?);
        }
        for path in &self.files {
            gb.tsv_file(path)?;
        }
        for (name, text) in &self.texts {
            gb.tsv_str(name, text)?;
        }
        let spacy_files = self.spacy_files.iter().map(spacy::patterns_file);
        let spacy_texts = self
            .spacy_texts
            .iter()
            .map(|(n, t)| spacy::patterns_str(n, t));
        for patterns in spacy_files.chain(spacy_texts) {
            let patterns = patterns?;
            for e in patterns.entries {
                gb.entry(e);
            }
            for why in patterns.skipped {
                gb.warn(why);
            }
        }
        for e in &self.entries {
            gb.entry(e.clone());
        }
        gb.build()
    }
}

/// Reads each list into a builder of its own, the lists on threads side
/// by side (megabytes of text: reading them one after another took about
/// half of the gazetteer's build), and returns the builders in the lists'
/// order.
fn read_side_by_side(lists: &[&defaults::DefaultList]) -> Vec<Result<GazetteerBuilder, Error>> {
    let read = |list: &defaults::DefaultList| {
        let mut b = GazetteerBuilder::new();
        b.tsv_str(list.file, list.text)?;
        Ok(b)
    };
    std::thread::scope(|scope| {
        let Some((first, rest)) = lists.split_first() else {
            return Vec::new();
        };
        let others: Vec<_> = rest
            .iter()
            .map(|&list| scope.spawn(move || read(list)))
            .collect();
        let mut out = vec![read(first)];
        // Reading embedded lists cannot fail; were it to panic, the panic
        // goes on here as it was.
        out.extend(others.into_iter().map(|h| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        }));
        out
    })
}

#[derive(Debug)]
struct Inner {
    gazetteer: Gazetteer,
    names: NameLists,
    config: Config,
    /// What [`Extractor::extract`] uses: the builder's document date.
    options: Options,
}

/// What can change from one document to the next without building a new
/// [`Extractor`]: the document's own date, and how its numeric dates read.
///
/// ```
/// use factspan::{Date, Extractor, Options};
/// let ex = Extractor::default();
/// let text = "Protesters gathered on Monday.";
/// let mut opts = Options::default();
/// opts.date = Some("2020-10-07".parse()?);
/// let spans = ex.extract_with(text, &opts);
/// assert_eq!(spans[0].date().unwrap().resolved.as_deref(), Some("2020-10-05"));
/// # Ok::<(), factspan::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date the document was written: weekdays and relative dates
    /// resolve against it (the `resolved` field of date spans). Without
    /// it, a dateline at the top (`BISHKEK, October 7, 2020 —`) serves.
    pub date: Option<Date>,
    /// Numeric dates are day first (`05/12/1990` is 5 December).
    pub day_first: bool,
}

impl Options {
    /// Options with the document's date.
    pub fn with_date(date: Date) -> Options {
        Options {
            date: Some(date),
            day_first: false,
        }
    }
}

/// Finds people, places, institutions, dates and quantities in text.
///
/// Built once, immutable, `Send + Sync` and cheap to clone (clones share
/// the compiled gazetteers). [`Extractor::default`] uses the built-in
/// gazetteers, compiled on first use and shared by the whole process.
///
/// ```
/// use factspan::{Extractor, Label};
/// let text = "Sooronbay Jeenbekov met Vladimir Putin in Beijing on Monday.";
/// let spans = Extractor::default().extract(text);
/// let people: Vec<&str> = spans.iter()
///     .filter(|s| s.label == Label::Person)
///     .map(|s| s.text(text))
///     .collect();
/// assert_eq!(people, ["Sooronbay Jeenbekov", "Vladimir Putin"]);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| {
    // The embedded lists are checked by the test suite; a failure here is a
    // broken build of the crate, not bad input.
    ExtractorBuilder::default()
        .build()
        .expect("the embedded default gazetteers are valid")
});

impl Default for Extractor {
    fn default() -> Extractor {
        DEFAULT.clone()
    }
}

impl Extractor {
    /// The extractor with the built-in gazetteers (same as `default()`).
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder, starting from the built-in gazetteers and all labels.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// What the builder read but left out, each naming its file and line:
    /// unknown gazetteer columns, spaCy patterns factspan cannot express.
    pub fn warnings(&self) -> &[String] {
        self.inner.gazetteer.warnings()
    }

    /// The compiled gazetteer (default lists plus the caller's).
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// All spans of `text`, sorted by start, not overlapping.
    ///
    /// Never panics; offsets are on char boundaries of `text`.
    pub fn extract(&self, text: &str) -> Vec<Span> {
        self.extract_with(text, &self.inner.options)
    }

    /// Like [`extract`](Self::extract), with options for this document
    /// alone (its date), so that a corpus with a date per article shares
    /// one extractor.
    ///
    /// ```
    /// use factspan::{Date, Extractor, Options};
    /// let ex = Extractor::default();
    /// let text = "Talks ended yesterday.";
    /// for (date, want) in [("2020-10-07", "2020-10-06"), ("2021-03-01", "2021-02-28")] {
    ///     let spans = ex.extract_with(text, &Options::with_date(date.parse()?));
    ///     assert_eq!(spans[0].date().unwrap().resolved.as_deref(), Some(want));
    /// }
    /// # Ok::<(), factspan::Error>(())
    /// ```
    pub fn extract_with(&self, text: &str, options: &Options) -> Vec<Span> {
        if text.len() <= WINDOW {
            return self.extract_window(text, options, true);
        }
        let mut windows = self.spans_with(text, options);
        let mut out = Vec::new();
        while let Some(mut spans) = windows.next_window() {
            if out.is_empty() {
                // Room for the whole text at the first window's rate.
                out.reserve(spans.len() * (text.len() / windows.pos + 1));
            }
            out.append(&mut spans);
        }
        out
    }

    /// Extracts one window of text (the whole text when it is short).
    /// `last` is false while more windows of the same text follow on this
    /// thread: until the last, the buffers stay as large as a window made
    /// them, instead of growing anew for each.
    fn extract_window(&self, text: &str, options: &Options, last: bool) -> Vec<Span> {
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut buffers) => {
                let spans = self.run(text, options, &mut buffers);
                if last {
                    buffers.trim();
                }
                spans
            }
            // Not reached (extraction does not call itself), but a fresh
            // set of buffers would do.
            Err(_) => self.run(text, options, &mut Buffers::default()),
        })
    }

    fn run(&self, text: &str, options: &Options, buffers: &mut Buffers) -> Vec<Span> {
        let Buffers {
            tokens,
            matches,
            scratch,
            starts,
            name_starts,
            numbers,
            numeric,
            resolve: resolve_buffers,
            claims: claim_buffers,
        } = buffers;
        let inner = &*self.inner;
        let config = &inner.config;
        // One pass lists where numbers, dates, names, sentences, quotations
        // and list names start, as the tokens are made; each family below
        // visits those tokens only.
        starts.clear(text.len());
        name_starts.clear();
        let mut pass = Pass {
            listing: Listing { starts, text },
            gazetteer: &inner.gazetteer,
            name_starts,
        };
        tokenize_visiting(text, tokens, &mut pass);
        matches.clear();
        // News has about one list match per twenty tokens.
        matches.reserve(tokens.len() / 16);
        inner
            .gazetteer
            .find_at(text, tokens, name_starts, scratch, matches);
        numeric.clear();
        numeric.reserve(tokens.len() / 32);
        if config.labels.contains(Label::Quantity) {
            crate::quantities::find_quantities_at(
                text, tokens, &starts.numbers, &starts.sentences, numbers, numeric,
            );
        }
        if config.labels.contains(Label::Number) {
            crate::quantities::find_bare_numbers(text, tokens, &starts.numbers, numeric);
        }
        if config.labels.contains(Label::Date) {
            let date_options = rules::dates::DateOptions {
                date: options.date.map(Date::ymd),
                day_first: options.day_first,
            };
            rules::dates::find_dates_with(text, tokens, &starts.dates, &date_options, numeric);
        }
        if config.labels.contains(Label::Time) {
            rules::dates::find_times(text, tokens, &starts.numbers, numeric);
        }
        let found = resolve::Found {
            text,
            tokens,
            matches,
            starts: starts.of_rules(),
            numeric,
        };
        let mut spans = resolve::resolve(
            found, &inner.gazetteer, &inner.names, config, resolve_buffers,
        );
        if config.labels.contains(Label::Quantity) {
            // After resolution: the claims see the final quantities,
            // entities and dates, so their `*_ref` indices are right.
            crate::claims::annotate(
                text, tokens, &starts.sentences, &starts.quotes, &mut spans, claim_buffers,
            );
        }
        spans
    }

    /// The spans of many documents, in their order. With the `rayon`
    /// feature (on by default) the documents are spread over all cores.
    ///
    /// ```
    /// let docs = ["Talks in Bishkek.", "Putin spoke.", ""];
    /// let out = factspan::Extractor::default().extract_batch(&docs);
    /// assert_eq!(out.len(), 3);
    /// assert_eq!(out[0][0].text(docs[0]), "Bishkek");
    /// assert!(out[2].is_empty());
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, docs: &[S]) -> Vec<Vec<Span>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            docs.par_iter().map(|d| self.extract(d.as_ref())).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            docs.iter().map(|d| self.extract(d.as_ref())).collect()
        }
    }

    /// Like [`extract_batch`](Self::extract_batch), each document with
    /// its own options (its date).
    ///
    /// ```
    /// use factspan::{Extractor, Options};
    /// let docs = [
    ///     ("Talks ended yesterday.", Options::with_date("2020-10-07".parse()?)),
    ///     ("Talks ended yesterday.", Options::default()),
    /// ];
    /// let out = Extractor::default().extract_batch_with(&docs);
    /// assert_eq!(out[0][0].date().unwrap().resolved.as_deref(), Some("2020-10-06"));
    /// assert_eq!(out[1][0].date().unwrap().resolved, None);
    /// # Ok::<(), factspan::Error>(())
    /// ```
    pub fn extract_batch_with<S: AsRef<str> + Sync>(
        &self,
        docs: &[(S, Options)],
    ) -> Vec<Vec<Span>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            docs.par_iter()
                .map(|(d, o)| self.extract_with(d.as_ref(), o))
                .collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            docs.iter()
                .map(|(d, o)| self.extract_with(d.as_ref(), o))
                .collect()
        }
    }

    /// The spans of `text` as an iterator, made a window at a time: memory
    /// stays bounded by the window (1 MiB of text) however long the text is.
    /// Yields the same spans as [`extract`](Self::extract).
    ///
    /// ```
    /// let text = "Putin spoke in Beijing. ".repeat(100_000); // 2.4 MB
    /// let ex = factspan::Extractor::default();
    /// let places = ex.spans(&text).filter(|s| s.label == factspan::Label::Place).count();
    /// assert_eq!(places, 100_000);
    /// ```
    pub fn spans<'a>(&'a self, text: &'a str) -> Spans<'a> {
        self.spans_with(text, &self.inner.options)
    }

    /// Like [`spans`](Self::spans), with options for this document.
    pub fn spans_with<'a>(&'a self, text: &'a str, options: &Options) -> Spans<'a> {
        Spans {
            extractor: self,
            options: *options,
            text,
            pos: 0,
            done: 0,
            window: Vec::new().into_iter(),
            windows_at_once: 1,
        }
    }

    /// Like [`spans`](Self::spans), with the windows extracted on all cores
    /// (rayon's current pool), as many at a time as there are threads:
    /// memory stays bounded by that many windows. Yields the same spans, in
    /// the same order.
    ///
    /// ```
    /// let text = "Putin spoke in Beijing. ".repeat(100_000); // 2.4 MB
    /// let ex = factspan::Extractor::default();
    /// assert!(ex.spans_on_all_cores(&text).eq(ex.spans(&text)));
    /// ```
    #[cfg(feature = "rayon")]
    pub fn spans_on_all_cores<'a>(&'a self, text: &'a str) -> Spans<'a> {
        let mut spans = self.spans(text);
        spans.windows_at_once = rayon::current_num_threads().max(1);
        spans
    }
}

/// The vectors one thread reuses from text to text: tokens, gazetteer
/// matches and the resolver's work space. Documents up to a window of
/// ordinary text (a MiB) then cost no allocation but their output.
#[derive(Debug, Default)]
struct Buffers {
    tokens: Vec<Token>,
    matches: Vec<Match>,
    scratch: Scratch,
    starts: Starts,
    /// The tokens where a name of the lists may start.
    name_starts: Vec<usize>,
    /// The number parser, kept from text to text: made anew, it cost each
    /// short document (a line of a corpus) an allocation and its cache.
    numbers: crate::numbers::Parser,
    /// The quantities, numbers, dates and times found, before the resolver
    /// takes what wins: kept, it cost each short document an allocation,
    /// and number-dense text grew it anew, copies and all, in each window.
    numeric: Vec<Span>,
    resolve: resolve::Buffers,
    claims: crate::claims::Buffers,
}

/// What rides on the tokenizer's pass in [`Extractor::run`]: the
/// [`Starts`], and the tokens where the gazetteer may find a name.
struct Pass<'a> {
    listing: Listing<'a>,
    gazetteer: &'a Gazetteer,
    name_starts: &'a mut Vec<usize>,
}

impl Visit for Pass<'_> {
    #[inline(always)]
    fn visit(&mut self, k: usize, token: &Token) {
        self.listing.visit(k, token);
        if self.gazetteer.may_start(self.listing.text, token) {
            self.name_starts.push(k);
        }
    }
}

/// The most tokens a thread's buffers keep room for between texts: a
/// window of ordinary text (a MiB of news or of number-dense text has 170
/// to 260 thousand tokens), about 10 MB of vectors. Freed and made anew for
/// each text, buffers that large cost a page fault per page each time (a
/// MB of number-dense text, extracted again and again, ran 20-30 % slower).
const MAX_TOKENS: usize = 1 << 19;

/// The most numeric spans a thread's buffers keep room for between texts:
/// a window of number-dense text has about 36 thousand, and a window of
/// nothing but amounts (`$5, $5, …`, a quarter of a million) would keep
/// tens of MB.
const MAX_NUMERIC: usize = 1 << 16;

impl Buffers {
    /// Drops buffers grown past a window of ordinary text (a window of
    /// one-byte tokens, or of more quantities than [`MAX_NUMERIC`]), so
    /// that a thread does not hold them after it.
    fn trim(&mut self) {
        if self.tokens.capacity() > MAX_TOKENS {
            *self = Buffers::default();
        } else if self.numeric.capacity() > MAX_NUMERIC {
            // The others keep their room, within their own bounds.
            self.numeric = Vec::new();
        }
    }
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

/// Texts longer than this are extracted in windows that end at a line break
/// (or a space): the tokens and candidates of one window at a time stay in
/// memory. Linking (`ref`) works within a window.
const WINDOW: usize = 1 << 20;

/// Where a window of `text` starting at `pos` ends: at a line break in its
/// second half, else at a space, else at a char boundary.
fn window_end(text: &str, pos: usize) -> usize {
    let hard = pos + WINDOW;
    if hard >= text.len() {
        return text.len();
    }
    let bytes = text.as_bytes();
    let half = pos + WINDOW / 2;
    if let Some(k) = bytes[half..hard].iter().rposition(|&b| b == b'\n') {
        return half + k + 1;
    }
    if let Some(k) = bytes[half..hard].iter().rposition(|&b| b == b' ') {
        return half + k + 1;
    }
    let mut end = hard;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Moves the spans of a window that starts at byte `start` of the text,
/// after `before` spans of earlier windows, to the text's offsets and
/// indices.
fn shift(spans: &mut [Span], start: usize, before: usize) {
    for s in spans {
        s.start += start;
        s.end += start;
        if let Detail::Entity(e) = &mut s.detail
            && let Some(r) = &mut e.link
        {
            *r += before;
        }
        if let Detail::Quantity(q) = &mut s.detail
            && let Some(c) = &mut q.claim
        {
            for r in [&mut c.subject_ref, &mut c.source_ref, &mut c.date_ref]
                .into_iter()
                .flatten()
            {
                *r += before;
            }
        }
    }
}

/// The spans of a text, a window at a time. Made by [`Extractor::spans`].
#[derive(Debug)]
pub struct Spans<'a> {
    extractor: &'a Extractor,
    options: Options,
    text: &'a str,
    /// Where the next window starts.
    pos: usize,
    /// Spans yielded before the current window (to shift `ref` indices).
    done: usize,
    window: std::vec::IntoIter<Span>,
    /// How many windows are extracted together (on as many threads).
    windows_at_once: usize,
}

impl Iterator for Spans<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        loop {
            if let Some(s) = self.window.next() {
                return Some(s);
            }
            self.window = self.next_window()?.into_iter();
        }
    }
}

/// An iteration left before its last window leaves this thread's buffers
/// as large as a window made them: they are trimmed here.
impl Drop for Spans<'_> {
    fn drop(&mut self) {
        if self.pos < self.text.len() {
            BUFFERS.with(|cell| {
                if let Ok(mut buffers) = cell.try_borrow_mut() {
                    buffers.trim();
                }
            });
        }
    }
}

impl Spans<'_> {
    /// The spans of the next window (or windows, extracted together), at
    /// the text's offsets and indices; `None` at the end of the text.
    fn next_window(&mut self) -> Option<Vec<Span>> {
        if self.pos >= self.text.len() {
            return None;
        }
        if self.windows_at_once > 1 {
            return Some(self.next_windows());
        }
        let start = self.pos;
        let end = window_end(self.text, start);
        self.pos = end;
        let last = end == self.text.len();
        let mut spans = self
            .extractor
            .extract_window(&self.text[start..end], &self.options, last);
        shift(&mut spans, start, self.done);
        self.done += spans.len();
        Some(spans)
    }

    /// Extracts the next windows in parallel.
    #[cfg(feature = "rayon")]
    fn next_windows(&mut self) -> Vec<Span> {
        use rayon::prelude::*;
        let mut ranges = Vec::with_capacity(self.windows_at_once);
        while ranges.len() < self.windows_at_once && self.pos < self.text.len() {
            let end = window_end(self.text, self.pos);
            ranges.push(self.pos..end);
            self.pos = end;
        }
        let (extractor, text, options) = (self.extractor, self.text, &self.options);
        let parts: Vec<Vec<Span>> = ranges
            .par_iter()
            // Each window on a thread of its own, as far as this thread
            // knows: each trims its buffers after it.
            .map(|r| extractor.extract_window(&text[r.clone()], options, true))
            .collect();
        let mut queued = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for (range, mut spans) in ranges.iter().zip(parts) {
            shift(&mut spans, range.start, self.done);
            self.done += spans.len();
            queued.append(&mut spans);
        }
        queued
    }

    /// Without threads there is one window at a time.
    #[cfg(not(feature = "rayon"))]
    fn next_windows(&mut self) -> Vec<Span> {
        self.windows_at_once = 1;
        self.next_window().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Room for tokens in this thread's buffers.
    fn tokens_room() -> usize {
        BUFFERS.with(|cell| cell.borrow().tokens.capacity())
    }

    /// The numeric spans this thread's buffers hold, and their room.
    fn numeric_held() -> (usize, usize) {
        BUFFERS.with(|cell| {
            let b = cell.borrow();
            (b.numeric.len(), b.numeric.capacity())
        })
    }

    /// The pass on the tokenizer lists every token where the gazetteer
    /// may find a name, and only those, beside the starts.
    #[test]
    fn the_pass_lists_where_names_may_start() {
        let ex = Extractor::default();
        let g = &ex.inner.gazetteer;
        let text = "In the Hague, al-Qaeda and de Gaulle met NEW YORK's mayor. \
                    “Seven”, said Zürich's état major on May 5.";
        let (mut tokens, mut starts, mut name_starts) = (Vec::new(), Starts::default(), vec![7]);
        starts.clear(text.len());
        name_starts.clear();
        let mut pass = Pass {
            listing: Listing {
                starts: &mut starts,
                text,
            },
            gazetteer: g,
            name_starts: &mut name_starts,
        };
        tokenize_visiting(text, &mut tokens, &mut pass);
        let want: Vec<usize> = (0..tokens.len())
            .filter(|&k| g.may_start(text, &tokens[k]))
            .collect();
        assert_eq!(name_starts, want);
        // Capitalised words, and a lower-case one that starts a listed
        // name (`al-Qaeda`); not other lower-case words.
        let words: Vec<&str> = want.iter().map(|&k| tokens[k].text(text)).collect();
        for w in ["In", "Hague", "NEW", "Zürich", "May", "al-Qaeda"] {
            assert!(words.contains(&w), "{w} not in {words:?}");
        }
        assert!(
            !words.contains(&"met") && !words.contains(&"mayor"),
            "{words:?}"
        );
        // The starts were listed in the same pass: every capitalised word.
        assert!(!starts.capitalized.is_empty());
        assert!(starts.capitalized.iter().all(|k| want.contains(k)));
    }

    #[test]
    fn buffers_stay_between_the_windows_of_a_text_and_shrink_after_it() {
        let ex = Extractor::default();
        // A window of ordinary text keeps its room for the next text.
        let news = "Putin spoke in Beijing on 5 May. ".repeat(20_000);
        assert!(news.len() < WINDOW);
        assert!(!ex.extract(&news).is_empty());
        let kept = tokens_room();
        assert!(kept > news.len() / 5 && kept <= MAX_TOKENS, "{kept}");
        // Three windows of one-byte tokens (a million a window), a place
        // in each, read on this thread one after another.
        let text = format!("Paris,{}", "a,".repeat(100)).repeat(15_000);
        assert!(text.len() > 2 * WINDOW);
        let mut spans = ex.spans(&text);
        assert_eq!(spans.next().map(|s| s.label), Some(Label::Place));
        // The first window is read: its buffers are kept for the next.
        assert!(tokens_room() > MAX_TOKENS);
        // Left early, the iteration gives the room back.
        drop(spans);
        assert!(tokens_room() <= MAX_TOKENS);
        // Read to the end, too; and a whole text at once.
        assert_eq!(ex.spans(&text).count(), ex.extract(&text).len());
        assert!(tokens_room() <= MAX_TOKENS);
    }

    #[test]
    fn numeric_spans_are_kept_as_room_only() {
        let ex = Extractor::default();
        let text = "At least 1,000 people marched 5 km on 5 May 2020. ".repeat(300);
        let spans = ex.extract(&text);
        let numeric = |spans: &[Span]| {
            spans
                .iter()
                .filter(|s| matches!(s.label, Label::Quantity | Label::Date))
                .count()
        };
        assert_eq!(numeric(&spans), 900);
        // The resolver takes the details of the spans that win and leaves
        // the vector empty; its room stays for the next text.
        let (held, room) = numeric_held();
        assert_eq!(held, 0);
        assert!(room >= 900, "{room}");
        // A text read with that room reads as it did.
        assert_eq!(ex.extract(&text), spans);
        assert_eq!(
            ex.extract("Prices rose 5%."),
            Extractor::default().extract("Prices rose 5%.")
        );
        // More quantities than a thread keeps room for: it gives the room
        // back after the text.
        let dense = "$5, ".repeat(MAX_NUMERIC + 1_000);
        assert!(dense.len() < WINDOW);
        assert!(numeric(&ex.extract(&dense)) > MAX_NUMERIC);
        let (held, room) = numeric_held();
        assert_eq!(held, 0);
        assert!(room <= MAX_NUMERIC, "{room}");
        // Its tokens (fewer than `MAX_TOKENS`) keep their room.
        assert!(tokens_room() >= dense.len() / 2, "{}", tokens_room());
    }
}
