//! Typed spans: what [`Extractor::extract`](crate::Extractor::extract) returns.
//!
//! A [`Span`] is a byte range into the caller's `&str`, a [`Label`] and a
//! label-specific [`Detail`]. It serializes (with serde) to the flat JSON
//! object of the output contract: `start`, `end`, `label`, then the fields of
//! the detail (`canonical`, `id`, `value`, `unit`, `qualifier`, `kind`,
//! `claim`, …). Fields that do not apply are left out. [`Span::record`] adds
//! `doc` and `text`, as the example extractor prints them.

use std::fmt;
use std::sync::Arc;

use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// What kind of thing a span names.
///
/// Serializes as the lower-case name (`"person"`, `"place"`, …).
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// A person: `Kubatbek Boronov`, `Japarov` (titles are outside the span).
    Person,
    /// A place: countries, regions, cities, squares, buildings.
    Place,
    /// An institution: governments' bodies, parties, companies, courts.
    Institution,
    /// A national, ethnic or religious group: `Kyrgyz`, `Uighurs`.
    Group,
    /// A date or time expression: `October 7, 2020`, `Monday`, `last year`.
    Date,
    /// A number with what it counts or measures: `At least 5,000 people`.
    Quantity,
    /// A bare number that is no quantity and no date (`Windows 10`, `Count
    /// 7`): off by default, for callers who want every number.
    Number,
    /// A time of day: `10:30 a.m.`, `0945 GMT` (value `T10:30`, `T09:45Z`).
    /// Off by default: ask for it with
    /// [`ExtractorBuilder::labels`](crate::ExtractorBuilder::labels).
    Time,
}

impl Label {
    /// Every label, in a fixed order.
    pub const ALL: [Label; 8] = [
        Label::Person,
        Label::Place,
        Label::Institution,
        Label::Group,
        Label::Date,
        Label::Quantity,
        Label::Number,
        Label::Time,
    ];

    /// Labels reported only when asked for (not in
    /// [`LabelSet::DEFAULT`](crate::LabelSet::DEFAULT)).
    pub const OFF_BY_DEFAULT: [Label; 2] = [Label::Number, Label::Time];

    /// The label's name as used in JSON and in gazetteer files.
    ///
    /// ```
    /// assert_eq!(factspan::Label::Place.as_str(), "place");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "person",
            Label::Place => "place",
            Label::Institution => "institution",
            Label::Group => "group",
            Label::Date => "date",
            Label::Quantity => "quantity",
            Label::Number => "number",
            Label::Time => "time",
        }
    }

    /// Parses a label name (`person`, `place`, `institution`, `group`,
    /// `date`, `quantity`, `number`, `time`; ASCII case ignored). The common synonyms
    /// `per`, `loc`, `org` and `organization` are accepted too.
    ///
    /// ```
    /// use factspan::Label;
    /// assert_eq!(Label::parse("LOC"), Some(Label::Place));
    /// assert_eq!(Label::parse("thing"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Label> {
        let name = name.trim();
        let eq = |s: &str| name.eq_ignore_ascii_case(s);
        Some(if eq("person") || eq("per") {
            Label::Person
        } else if eq("place") || eq("loc") || eq("location") {
            Label::Place
        } else if eq("institution") || eq("org") || eq("organization") || eq("organisation") {
            Label::Institution
        } else if eq("group") || eq("norp") {
            Label::Group
        } else if eq("date") {
            Label::Date
        } else if eq("quantity") {
            Label::Quantity
        } else if eq("number") {
            Label::Number
        } else if eq("time") {
            Label::Time
        } else {
            return None;
        })
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of labels (room for 32).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelSet(u32);

impl LabelSet {
    /// Every label.
    pub const ALL: LabelSet = LabelSet(u32::MAX);
    /// No label.
    pub const NONE: LabelSet = LabelSet(0);
    /// What an extractor reports unless told otherwise: every label but
    /// those of [`Label::OFF_BY_DEFAULT`] (`time`).
    ///
    /// ```
    /// use factspan::{Label, LabelSet};
    /// assert!(LabelSet::DEFAULT.contains(Label::Date));
    /// assert!(!LabelSet::DEFAULT.contains(Label::Time));
    /// ```
    pub const DEFAULT: LabelSet = {
        let mut bits = u32::MAX;
        let mut k = 0;
        while k < Label::OFF_BY_DEFAULT.len() {
            bits &= !Self::bit(Label::OFF_BY_DEFAULT[k]);
            k += 1;
        }
        LabelSet(bits)
    };

    /// The label's bit: its place in [`Label::ALL`].
    const fn bit(label: Label) -> u32 {
        let mut k = 0;
        while k < Label::ALL.len() {
            if Label::ALL[k] as u8 == label as u8 {
                return 1 << k;
            }
            k += 1;
        }
        0
    }

    /// True if `label` is in the set.
    ///
    /// ```
    /// use factspan::{Label, LabelSet};
    /// let set: LabelSet = [Label::Person, Label::Place].into_iter().collect();
    /// assert!(set.contains(Label::Place) && !set.contains(Label::Date));
    /// ```
    pub fn contains(self, label: Label) -> bool {
        self.0 & Self::bit(label) != 0
    }

    /// Adds `label`.
    pub fn insert(&mut self, label: Label) {
        self.0 |= Self::bit(label);
    }

    /// Takes `label` out.
    ///
    /// ```
    /// use factspan::{Label, LabelSet};
    /// let mut set = LabelSet::DEFAULT;
    /// set.remove(Label::Date);
    /// assert!(!set.contains(Label::Date) && set.contains(Label::Place));
    /// ```
    pub fn remove(&mut self, label: Label) {
        self.0 &= !Self::bit(label);
    }
}

impl FromIterator<Label> for LabelSet {
    fn from_iter<I: IntoIterator<Item = Label>>(iter: I) -> LabelSet {
        let mut set = LabelSet::NONE;
        for l in iter {
            set.insert(l);
        }
        set
    }
}

/// One extracted span: a byte range of the input, its label and its detail.
///
/// `start < end`, both on char boundaries of the input that produced it.
///
/// # Example
///
/// ```
/// let text = "Protests spread across Kyrgyzstan.";
/// let spans = factspan::Extractor::default().extract(text);
/// let place = spans.iter().find(|s| s.label == factspan::Label::Place).unwrap();
/// assert_eq!(place.text(text), "Kyrgyzstan");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the span names.
    pub label: Label,
    /// Label-specific payload.
    pub detail: Detail,
}

impl Span {
    /// The covered text: `&input[self.start..self.end]`.
    ///
    /// Returns `""` when the span does not fit `input` (a span used with
    /// another text than the one it came from), rather than panicking.
    pub fn text<'t>(&self, input: &'t str) -> &'t str {
        input.get(self.start..self.end).unwrap_or("")
    }

    /// The byte range `start..end`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// A serializable view of the span with `doc` and `text` added: the
    /// JSON Lines record of the output contract.
    ///
    /// ```
    /// let text = "Talks in Bishkek.";
    /// let spans = factspan::Extractor::default().extract(text);
    /// let json = serde_json::to_string(&spans[0].record("a.txt", text)).unwrap();
    /// assert!(json.starts_with(r#"{"doc":"a.txt","start":9,"end":16,"text":"Bishkek","label":"place""#));
    /// ```
    pub fn record<'a>(&'a self, doc: &'a str, input: &'a str) -> Record<'a> {
        Record {
            doc,
            text: self.text(input),
            span: self,
        }
    }

    /// The entity detail, if this span has one.
    pub fn entity(&self) -> Option<&Entity> {
        match &self.detail {
            Detail::Entity(e) => Some(e),
            _ => None,
        }
    }

    /// The quantity detail, if this span has one.
    pub fn quantity(&self) -> Option<&Quantity> {
        match &self.detail {
            Detail::Quantity(q) => Some(q),
            _ => None,
        }
    }

    /// The date detail (of a date or a time of day), if this span has one.
    pub fn date(&self) -> Option<&DateValue> {
        match &self.detail {
            Detail::Date(d) => Some(d),
            _ => None,
        }
    }

    fn write_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        match &self.detail {
            Detail::None => {}
            Detail::Entity(e) => {
                if let Some(c) = &e.canonical {
                    map.serialize_entry("canonical", &**c)?;
                }
                if let Some(id) = &e.id {
                    map.serialize_entry("id", &**id)?;
                }
                if let Some(r) = e.link {
                    map.serialize_entry("ref", &r)?;
                }
                if let Some(m) = e.metonymy {
                    map.serialize_entry("metonymy", &m)?;
                }
            }
            Detail::Quantity(q) if self.label == Label::Number => {
                map.serialize_entry("value", &JsonNumber(q.value))?;
                if q.kind == QuantityKind::Ordinal {
                    map.serialize_entry("kind", &q.kind)?;
                }
                if let Some(claim) = &q.claim {
                    map.serialize_entry("claim", claim)?;
                }
            }
            Detail::Quantity(q) => {
                map.serialize_entry("value", &JsonNumber(q.value))?;
                if let Some(low) = q.low {
                    map.serialize_entry("low", &JsonNumber(low))?;
                }
                if let Some(high) = q.high {
                    map.serialize_entry("high", &JsonNumber(high))?;
                }
                map.serialize_entry("qualifier", &q.qualifier)?;
                if let Some(unit) = &q.unit {
                    map.serialize_entry("unit", unit)?;
                }
                if q.unit_inferred {
                    map.serialize_entry("unit_inferred", &true)?;
                }
                map.serialize_entry("kind", &q.kind)?;
                if let Some(v) = q.si_value {
                    map.serialize_entry("si_value", &JsonNumber(v))?;
                }
                if let Some(u) = &q.si_unit {
                    map.serialize_entry("si_unit", u)?;
                }
                if let Some([a, b]) = q.score {
                    // A slice, not an array: a sequence (a list in Python), as in JSON.
                    map.serialize_entry("score", &[JsonNumber(a), JsonNumber(b)][..])?;
                }
                if let Some(claim) = &q.claim {
                    map.serialize_entry("claim", claim)?;
                }
            }
            Detail::Date(d) => {
                map.serialize_entry("value", &d.value)?;
                map.serialize_entry("kind", &d.kind)?;
                if let Some(r) = &d.resolved {
                    map.serialize_entry("resolved", r)?;
                }
            }
        }
        Ok(())
    }
}

/// Serializes whole numbers without a fraction (`5000`, not `5000.0`), and
/// non-finite values as `null`.
struct JsonNumber(f64);

impl Serialize for JsonNumber {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else if v.is_finite() {
            s.serialize_f64(v)
        } else {
            s.serialize_none()
        }
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("label", &self.label)?;
        self.write_fields(&mut map)?;
        map.end()
    }
}

/// A span with its document name and text: one line of the example
/// extractor's JSON Lines output. Made by [`Span::record`].
#[derive(Clone, Copy, Debug)]
pub struct Record<'a> {
    /// The document's name (a path, or `path:LINE`).
    pub doc: &'a str,
    /// The covered text.
    pub text: &'a str,
    /// The span itself.
    pub span: &'a Span,
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("doc", self.doc)?;
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("text", self.text)?;
        map.serialize_entry("label", &self.span.label)?;
        self.span.write_fields(&mut map)?;
        map.end()
    }
}

/// The label-specific payload of a [`Span`].
///
/// A quantity's detail is boxed: it is several times the size of an
/// entity's, and most spans are entities, so a `Span` stays small (the
/// resolver and linking move and sort many of them).
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// Nothing beyond the label.
    None,
    /// People, places, institutions and groups.
    Entity(Entity),
    /// Quantities (and bare numbers of label `number`).
    Quantity(Box<Quantity>),
    /// Dates and times of day.
    Date(DateValue),
}

/// What is known of a named entity.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entity {
    /// The canonical name, from a gazetteer entry or an earlier full
    /// mention (`Sadyr Japarov` for a later `Japarov`).
    pub canonical: Option<Arc<str>>,
    /// A stable identifier such as `geonames:1528675` or `wikidata:Q7747`.
    pub id: Option<Arc<str>>,
    /// For a mention linked to an earlier one in the same document: the
    /// index (in the returned `Vec<Span>`) of the first full mention.
    /// Serialized as `ref`.
    pub link: Option<usize>,
    /// Set when a place stands for its government ("Washington said").
    pub metonymy: Option<Metonymy>,
}

/// What a place stands for when it is used for something else.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Metonymy {
    /// The place stands for its government: "Beijing said", "Moscow denied".
    Government,
}

/// A number with what it counts or measures.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value (for a range, the low end).
    pub value: f64,
    /// The low end of a range (`between 300 and 400`, `hundreds`).
    pub low: Option<f64>,
    /// The high end of a range.
    pub high: Option<f64>,
    /// The counted noun (`people`, `protester`) or unit (`year`, `USD`,
    /// `percent`, `km`).
    pub unit: Option<String>,
    /// True when the counted noun is not in the span but understood from
    /// the text before it (`Smith took 31 seats and Jones 18`: `18` counts
    /// `seat`).
    pub unit_inferred: bool,
    /// A measure's value in the SI base unit (`48,500 metric tonnes` →
    /// 48,500,000 with `si_unit` `kg`).
    pub si_value: Option<f64>,
    /// The SI base unit of `si_value` (`kg`, `m`, `m2`, `K`, `m/s`, …).
    pub si_unit: Option<String>,
    /// A match score (`won 3–2` → `[3, 2]`; `value` is the first number).
    pub score: Option<[f64; 2]>,
    /// How the text bounds the value (`at least`, `nearly`, …).
    pub qualifier: Qualifier,
    /// What sort of quantity it is.
    pub kind: QuantityKind,
    /// What the sentence claims about it, if found.
    pub claim: Option<Claim>,
}

/// How a quantity's text bounds its value.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: the value as stated.
    Exact,
    /// `about`, `around`, `some`, `roughly`, `an estimated`.
    Approximately,
    /// `nearly`, `almost`, `close to`, `just under`.
    ApproximatelyBelow,
    /// `at least`, `no fewer than`, `or more`.
    AtLeast,
    /// `more than`, `over`, `above`.
    MoreThan,
    /// `up to`, `no more than`, `at most`.
    AtMost,
    /// `fewer than`, `less than`, `under`, `below`.
    LessThan,
}

impl Qualifier {
    /// The qualifier's JSON name (`at_least`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximately => "approximately",
            Qualifier::ApproximatelyBelow => "approximately_below",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
        }
    }
}

/// What sort of quantity a span is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A count of things or people.
    Count,
    /// An age (`19-year-old`).
    Age,
    /// A length of time (`11-year sentence`, `three months`).
    Duration,
    /// An amount of money; the unit is an ISO 4217 code.
    Money,
    /// A percentage; the value is in percent.
    Percent,
    /// A physical measure (`km`, `kg`, `tonnes`).
    Measure,
    /// A position (`third`, `21st`).
    Ordinal,
}

/// What a sentence asserts about a quantity: the predicate that governs
/// it, who did it, who says so, and how the sentence hedges, denies and
/// dates it. Fields that are absent are left out of the JSON.
///
/// ```
/// let text = "The health ministry said 12 people were killed on Monday.";
/// let spans = factspan::Extractor::default().extract(text);
/// let q = spans.iter().find_map(|s| s.quantity()).unwrap();
/// let claim = q.claim.as_ref().unwrap();
/// assert_eq!((claim.predicate.as_str(), claim.lemma.as_str()), ("killed", "kill"));
/// assert_eq!(claim.source.as_deref(), Some("health ministry"));
/// let date = &spans[claim.date_ref.unwrap()];
/// assert_eq!(date.text(text), "Monday");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The governing verb, adjective, relational noun or state phrase as
    /// written: `rescued`, `was`, `tested` (of `have been tested`),
    /// `sentence`, `toll`, `in intensive care`.
    pub predicate: String,
    /// The predicate's dictionary form: `rescue`, `be`, `test`.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub lemma: String,
    /// Who or what did it, when the quantity is not the subject itself
    /// (`fishermen` rescued 700 …; `the storm` killed 12), as written.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub subject: Option<String>,
    /// The index (in the returned spans) of the entity span of the subject.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub subject_ref: Option<usize>,
    /// Who says so (`health ministry`), without articles or titles: the
    /// subject of a reporting verb, the `X` of `according to X` (also of a
    /// paragraph header `According to X:`), the speaker of a quote.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
    /// The index (in the returned spans) of the entity span of the source.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source_ref: Option<usize>,
    /// A hedge: `reportedly`, `allegedly`, `estimated` or `probably`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub hedge: Option<String>,
    /// True where the sentence denies the claim (`not`, `never`, `denied`).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub negated: bool,
    /// The index (in the returned spans) of the date span of the same
    /// clause, which places the claim in time.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date_ref: Option<usize>,
}

/// A date or time expression's normalized value.
#[derive(Clone, Debug, PartialEq)]
pub struct DateValue {
    /// ISO 8601 (`2020-10-07`, `2020-10`, `2020`) for absolute dates, with
    /// `XXXX` for a year not written (`XXXX-03-24`); `weekday:monday`,
    /// `relative:last_year`, `named:election_day`, `FY2015`, `2016-Q3`,
    /// `199X` and the like otherwise (the README has the full table); for
    /// times, `T10:30` with the zone when given (`T09:45Z`).
    pub value: String,
    /// Whether the date is absolute, a weekday or relative.
    pub kind: DateKind,
    /// The ISO date a weekday or relative expression resolves to, when the
    /// extractor was given a document date.
    pub resolved: Option<String>,
}

/// What sort of date expression a span is.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date, month or year.
    Absolute,
    /// A day of the week.
    Weekday,
    /// Relative to the document's date (`last year`, `yesterday`) or to a
    /// day of the story (`two days later`).
    Relative,
    /// A named day (`Election Day`).
    Named,
    /// A time of day (label `time`).
    Time,
}

/// Converts byte offsets of one text to char (Unicode scalar) offsets and
/// UTF-16 offsets, for callers in other languages.
///
/// Built once per text in one pass; each lookup then costs at most a scan of
/// 64 bytes.
///
/// ```
/// use factspan::OffsetMap;
/// let text = "Zürich and Bern";
/// let map = OffsetMap::new(text);
/// let bern = text.find("Bern").unwrap();
/// assert_eq!(bern, 12);
/// assert_eq!(map.char_offset(bern), Some(11));
/// assert_eq!(map.utf16_offset(bern), Some(11));
/// assert_eq!(map.char_offset(2), None); // inside 'ü'
/// ```
#[derive(Clone, Debug)]
pub struct OffsetMap<'t> {
    text: &'t str,
    /// (chars, utf16 units) before each 64-byte block.
    blocks: Vec<(usize, usize)>,
}

impl<'t> OffsetMap<'t> {
    const BLOCK: usize = 64;

    /// Indexes `text`.
    pub fn new(text: &'t str) -> OffsetMap<'t> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let (mut chars, mut units) = (0usize, 0usize);
        for chunk in bytes.chunks(Self::BLOCK) {
            blocks.push((chars, units));
            for &b in chunk {
                // Count char starts; a 4-byte char needs two UTF-16 units.
                if (b & 0xC0) != 0x80 {
                    chars += 1;
                    units += if b >= 0xF0 { 2 } else { 1 };
                }
            }
        }
        blocks.push((chars, units));
        OffsetMap { text, blocks }
    }

    fn counts(&self, byte: usize) -> Option<(usize, usize)> {
        if byte > self.text.len() || !self.text.is_char_boundary(byte) {
            return None;
        }
        let block = byte / Self::BLOCK;
        let (mut chars, mut units) = self.blocks[block];
        for &b in &self.text.as_bytes()[block * Self::BLOCK..byte] {
            if (b & 0xC0) != 0x80 {
                chars += 1;
                units += if b >= 0xF0 { 2 } else { 1 };
            }
        }
        Some((chars, units))
    }

    /// The char offset of byte offset `byte`, or `None` if it is not a char
    /// boundary of the text.
    pub fn char_offset(&self, byte: usize) -> Option<usize> {
        self.counts(byte).map(|c| c.0)
    }

    /// The UTF-16 code unit offset of byte offset `byte`, or `None` if it is
    /// not a char boundary of the text.
    pub fn utf16_offset(&self, byte: usize) -> Option<usize> {
        self.counts(byte).map(|c| c.1)
    }
}

// A flat mirror of the JSON record, so spans read back from JSON Lines
// (gold files, another process's output) become `Span`s again.
#[derive(Deserialize)]
struct WireSpan {
    start: usize,
    end: usize,
    label: Label,
    canonical: Option<String>,
    id: Option<String>,
    #[serde(rename = "ref")]
    link: Option<usize>,
    metonymy: Option<Metonymy>,
    value: Option<WireValue>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    #[serde(default)]
    unit_inferred: bool,
    si_value: Option<f64>,
    si_unit: Option<String>,
    score: Option<[f64; 2]>,
    qualifier: Option<Qualifier>,
    kind: Option<String>,
    claim: Option<Claim>,
    resolved: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum WireValue {
    Number(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for Span {
    /// Reads the JSON of [`Span`]'s or [`Record`]'s serialization (`doc`
    /// and `text` are ignored).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        use serde::de::Error as _;
        let w = WireSpan::deserialize(d)?;
        let kind_of = |k: &Option<String>| -> Result<Option<wire_kind::Kind>, D::Error> {
            wire_kind::parse_kind(k.as_deref()).map_err(D::Error::custom)
        };
        let detail = match w.label {
            Label::Quantity | Label::Number => {
                let value = match w.value {
                    Some(WireValue::Number(v)) => v,
                    Some(WireValue::Text(t)) => t.parse().map_err(D::Error::custom)?,
                    None => return Err(D::Error::missing_field("value")),
                };
                let kind = match kind_of(&w.kind)? {
                    Some(wire_kind::Kind::Quantity(k)) => k,
                    None => QuantityKind::Count,
                    Some(_) => return Err(D::Error::custom("not a quantity kind")),
                };
                Detail::Quantity(Box::new(Quantity {
                    value,
                    low: w.low,
                    high: w.high,
                    unit: w.unit,
                    unit_inferred: w.unit_inferred,
                    si_value: w.si_value,
                    si_unit: w.si_unit,
                    score: w.score,
                    qualifier: w.qualifier.unwrap_or(Qualifier::Exact),
                    kind,
                    claim: w.claim,
                }))
            }
            Label::Date | Label::Time => {
                let value = match w.value {
                    Some(WireValue::Text(t)) => t,
                    Some(WireValue::Number(v)) => v.to_string(),
                    None => return Err(D::Error::missing_field("value")),
                };
                let kind = match kind_of(&w.kind)? {
                    Some(wire_kind::Kind::Date(k)) => k,
                    Some(_) => return Err(D::Error::custom("not a date kind")),
                    None if value.starts_with("weekday:") => DateKind::Weekday,
                    None if value.starts_with("relative:") => DateKind::Relative,
                    None if value.starts_with("named:") => DateKind::Named,
                    None if value.starts_with('T') => DateKind::Time,
                    None => DateKind::Absolute,
                };
                Detail::Date(DateValue {
                    value,
                    kind,
                    resolved: w.resolved,
                })
            }
            _ if w.canonical.is_some()
                || w.id.is_some()
                || w.link.is_some()
                || w.metonymy.is_some() =>
            {
                Detail::Entity(Entity {
                    canonical: w.canonical.map(Arc::from),
                    id: w.id.map(Arc::from),
                    link: w.link,
                    metonymy: w.metonymy,
                })
            }
            _ => Detail::None,
        };
        if w.start >= w.end {
            return Err(D::Error::custom("span with start >= end"));
        }
        Ok(Span {
            start: w.start,
            end: w.end,
            label: w.label,
            detail,
        })
    }
}

// `kind` is a quantity kind or a date kind depending on the label.
mod wire_kind {
    use super::{DateKind, QuantityKind};

    pub(super) enum Kind {
        Quantity(QuantityKind),
        Date(DateKind),
    }

    pub(super) fn parse_kind(kind: Option<&str>) -> Result<Option<Kind>, String> {
        let Some(k) = kind else { return Ok(None) };
        Ok(Some(match k {
            "count" => Kind::Quantity(QuantityKind::Count),
            "age" => Kind::Quantity(QuantityKind::Age),
            "duration" => Kind::Quantity(QuantityKind::Duration),
            "money" => Kind::Quantity(QuantityKind::Money),
            "percent" => Kind::Quantity(QuantityKind::Percent),
            "measure" => Kind::Quantity(QuantityKind::Measure),
            "ordinal" => Kind::Quantity(QuantityKind::Ordinal),
            "absolute" => Kind::Date(DateKind::Absolute),
            "weekday" => Kind::Date(DateKind::Weekday),
            "relative" => Kind::Date(DateKind::Relative),
            "named" => Kind::Date(DateKind::Named),
            "time" => Kind::Date(DateKind::Time),
            other => return Err(format!("unknown kind {other:?}")),
        }))
    }
}
