//! Units of measure: the table of the forms news writes them in, and the
//! lookups the quantity rules make after a number.
//!
//! The table (`gazetteers/units.tsv`, ~720 surface forms of ~165 units) is
//! built by `tools/unitbuild` from Pint's unit definitions (BSD-3-Clause)
//! plus the forms news writes that Pint lacks (British spellings, `sq km`,
//! `km/h`, `47.9C`). It is embedded in the crate and parsed once, on first
//! use, into one open-addressing hash table, so a lookup costs a few hashes
//! of short words and no allocation.
//!
//! Two lookups, for the two ways a unit follows a number:
//!
//! * [`longest_unit`]: the words after a number (`["metric", "tonnes",
//!   "of"]` → `tonne`, 2 words; `["km", "/", "h"]` → `km/h`, 3 words).
//! * [`unit_suffix`]: a unit written onto the number (`200mm`, `47.9C`,
//!   `16GB`, the `-litre` of `20-litre`).
//!
//! Case: symbols match as written (`mm` is a millimetre, `Mm` nothing;
//! `GB` a gigabyte, `Gb` a gigabit; `m` a metre, `M` nothing); names match
//! in any case (`Kilometres`, `MILES`, `Degrees Celsius`). Dots are ignored
//! (`lbs.`, `m.p.h.`, `sq. ft`); `/`, `°` and `-` separate words, so
//! `km/h` and `°C` match whether the tokenizer split them or not.
//!
//! Decisions the caller must know:
//!
//! * [`Unit::is_ambiguous`]: the surface is a unit only where the sentence
//!   speaks of a measure: `m` (`1.2m people` is a million), `B` (billion),
//!   `pounds` (sterling), `in` as a separate word (`5 in 10`), `stone`
//!   (`two stone lions`), `degrees` (angle or temperature), `C`/`F`/`K`/`V`
//!   as separate words, `bar`, `cup`, `W` (west). Glued `47.9C` and `6in`
//!   are not ambiguous. `k`, `bn`, `s` and `a` are never units here.
//! * Time words (`second`, `minutes`, `years`, `decade`) are units of
//!   dimension [`Dimension::Time`]; the ordinal `second` never follows a
//!   number, so the caller only meets the unit.
//! * `calories` are food calories (kilocalories, `kcal`); `barrels` are oil
//!   barrels (42 US gallons); `gallons`, `pints` and `tons` are US units
//!   (Pint's); `imperial gallons` and `tonnes` are written as such.
//! * Data sizes are in bytes (`si_unit` `B`), with decimal prefixes
//!   (`GB` = 10⁹ bytes, `GiB` = 2³⁰); a bit is ⅛ byte.
//! * Temperatures convert with their offset: 95 °F → 308.15 K. A sign word
//!   ("minus 7 degrees Celsius") is the caller's.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::word_table::{exact_hash, hash_word};

/// The embedded table, as written by `tools/unitbuild`.
const TABLE_TSV: &str = include_str!("../gazetteers/units.tsv");
const TABLE_FILE: &str = "gazetteers/units.tsv";

/// What a unit measures; each has one SI unit that values convert to.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// metres
    Length,
    /// square metres
    Area,
    /// cubic metres
    Volume,
    /// kilograms
    Mass,
    /// seconds
    Time,
    /// kelvins
    Temperature,
    /// metres per second
    Speed,
    /// bytes
    Data,
    /// bytes per second
    DataRate,
    /// hertz
    Frequency,
    /// watts
    Power,
    /// joules
    Energy,
    /// pascals
    Pressure,
    /// newtons
    Force,
    /// volts
    Voltage,
    /// amperes
    Current,
    /// coulombs (battery capacities: `mAh`)
    Charge,
    /// sieverts
    RadiationDose,
    /// becquerels
    Radioactivity,
    /// cubic metres per second (`barrels per day`)
    FlowRate,
    /// radians
    Angle,
    /// decibels (a level, not converted)
    SoundLevel,
}

impl Dimension {
    /// The SI unit values of this dimension convert to.
    ///
    /// ```
    /// use factspan::units::Dimension;
    /// assert_eq!(Dimension::Area.si_unit(), "m²");
    /// assert_eq!(Dimension::Data.si_unit(), "B");
    /// ```
    pub fn si_unit(self) -> &'static str {
        use Dimension::*;
        match self {
            Length => "m",
            Area => "m²",
            Volume => "m³",
            Mass => "kg",
            Time => "s",
            Temperature => "K",
            Speed => "m/s",
            Data => "B",
            DataRate => "B/s",
            Frequency => "Hz",
            Power => "W",
            Energy => "J",
            Pressure => "Pa",
            Force => "N",
            Voltage => "V",
            Current => "A",
            Charge => "C",
            RadiationDose => "Sv",
            Radioactivity => "Bq",
            FlowRate => "m³/s",
            Angle => "rad",
            SoundLevel => "dB",
        }
    }

    /// The dimension named as in the table's third column.
    fn from_table(name: &str) -> Option<Dimension> {
        use Dimension::*;
        Some(match name {
            "length" => Length,
            "area" => Area,
            "volume" => Volume,
            "mass" => Mass,
            "time" => Time,
            "temperature" => Temperature,
            "speed" => Speed,
            "data" => Data,
            "data_rate" => DataRate,
            "frequency" => Frequency,
            "power" => Power,
            "energy" => Energy,
            "pressure" => Pressure,
            "force" => Force,
            "voltage" => Voltage,
            "current" => Current,
            "charge" => Charge,
            "radiation_dose" => RadiationDose,
            "radioactivity" => Radioactivity,
            "flow_rate" => FlowRate,
            "angle" => Angle,
            "sound_level" => SoundLevel,
            _ => return None,
        })
    }
}

/// A unit of measure as a surface form names it: its canonical name, what
/// it measures and how to convert to the SI unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    name: Box<str>,
    dimension: Dimension,
    factor: f64,
    offset: f64,
    ambiguous: bool,
}

impl Unit {
    /// The canonical name: `km`, `mile`, `foot`, `lb`, `tonne`, `°C`, `GB`,
    /// `km/h`, `year` (news-dev guideline names, else Pint's symbol).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the unit measures.
    pub fn dimension(&self) -> Dimension {
        self.dimension
    }

    /// The SI unit [`Unit::to_si`] converts to (`m`, `kg`, `K`, `B`, …).
    pub fn si_unit(&self) -> &'static str {
        self.dimension.si_unit()
    }

    /// `value` of this unit in the SI unit: `value * factor + offset`.
    ///
    /// ```
    /// let f = factspan::units::unit_suffix("F").unwrap();
    /// assert!((f.to_si(95.0) - 308.15).abs() < 1e-9);
    /// let t = factspan::units::longest_unit(&["metric", "tonnes"]).unwrap().1;
    /// assert_eq!(t.to_si(48_500.0), 48_500_000.0);
    /// ```
    pub fn to_si(&self, value: f64) -> f64 {
        value * self.factor + self.offset
    }

    /// One of this unit in the SI unit (before any offset).
    pub fn factor(&self) -> f64 {
        self.factor
    }

    /// The offset added after the factor (temperatures only; else 0).
    pub fn offset(&self) -> f64 {
        self.offset
    }

    /// The surface that gave this unit is a unit only where the sentence
    /// speaks of a measure (`m` may be a million, `pounds` sterling, `in`
    /// a preposition): the caller checks the context.
    pub fn is_ambiguous(&self) -> bool {
        self.ambiguous
    }
}

/// Where a surface may stand: a word of its own after the number, or
/// written onto it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    Spaced,
    Glued,
}

/// Most sub-words a table surface has (`cubic metres per second`).
const MAX_SUB_WORDS: usize = 6;
/// Longest sub-word a unit can have; longer words are not looked up.
const MAX_SUB_WORD_LEN: usize = 40;

/// Hash seeds: one per (use, case) key space.
const SEEDS: [u64; 4] = [
    0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344, 0xa409_3822_299f_31d0, 0x082e_fa98_ec4e_6c89,
];

fn seed(use_: Use, case_sensitive: bool) -> u64 {
    SEEDS[(use_ == Use::Glued) as usize * 2 + case_sensitive as usize]
}

/// Mixes a word's hash into a key's hash (a 128-bit product folded, so
/// every bit of the result depends on every bit of both).
#[inline]
fn mix(h: u64, w: u64) -> u64 {
    let r = u128::from(h ^ w) * 0x9e37_79b9_7f4a_7c15u128;
    let v = (r as u64) ^ ((r >> 64) as u64);
    // Zero marks an empty slot.
    v | 1
}

/// Calls `f` with each sub-word of `word`: split at whitespace and `-`,
/// with `/`, `°`, `º` as sub-words of their own and `.` left out
/// (`sq.ft` → `sqft`, `m.p.h.` → `mph`). Returns false (and stops) on a
/// sub-word too long to be a unit.
fn sub_words(word: &str, f: impl FnMut(&[u8])) -> bool {
    let bytes = word.as_bytes();
    // Most words after a number are plain ASCII letters or digits
    // (`people`, `km`): no separator nor dot, so the word is its one
    // sub-word, and the walk below is skipped.
    if bytes.iter().all(u8::is_ascii_alphanumeric) {
        return plain_sub_word(bytes, f);
    }
    split_sub_words(word, f)
}

/// [`sub_words`] of a word of ASCII letters and digits only.
#[inline]
fn plain_sub_word(bytes: &[u8], mut f: impl FnMut(&[u8])) -> bool {
    if bytes.len() > MAX_SUB_WORD_LEN {
        return false;
    }
    if !bytes.is_empty() {
        f(bytes);
    }
    true
}

/// [`sub_words`] of any word, char by char.
fn split_sub_words(word: &str, mut f: impl FnMut(&[u8])) -> bool {
    let mut buf = [0u8; MAX_SUB_WORD_LEN];
    let mut len = 0;
    let flush = |buf: &[u8; MAX_SUB_WORD_LEN], len: &mut usize, f: &mut dyn FnMut(&[u8])| {
        if *len > 0 {
            f(&buf[..*len]);
            *len = 0;
        }
    };
    for ch in word.chars() {
        match ch {
            '.' => {}
            '-' | '\u{2010}' | '\u{2011}' => flush(&buf, &mut len, &mut f),
            c if c.is_whitespace() => flush(&buf, &mut len, &mut f),
            '/' | '°' | 'º' => {
                flush(&buf, &mut len, &mut f);
                let mut one = [0u8; 4];
                f(ch.encode_utf8(&mut one).as_bytes());
            }
            c => {
                let n = c.len_utf8();
                if len + n > MAX_SUB_WORD_LEN {
                    return false;
                }
                c.encode_utf8(&mut buf[len..]);
                len += n;
            }
        }
    }
    flush(&buf, &mut len, &mut f);
    true
}

/// The running hashes of a key being matched, as written and lower-cased.
#[derive(Clone, Copy)]
struct KeyHash {
    exact: u64,
    folded: u64,
    sub_words: usize,
}

impl KeyHash {
    fn new(use_: Use) -> KeyHash {
        KeyHash {
            exact: seed(use_, true),
            folded: seed(use_, false),
            sub_words: 0,
        }
    }

    /// Adds the sub-words of `word`; false if none, or one is too long.
    fn push_word(&mut self, word: &str) -> bool {
        let before = self.sub_words;
        let ok = sub_words(word, |s| {
            self.exact = mix(self.exact, exact_hash(s));
            self.folded = mix(self.folded, hash_word(s));
            self.sub_words += 1;
        });
        ok && self.sub_words > before
    }
}

/// A slot's value: a unit index, and whether the key is also the start of
/// a longer surface (`square` of `square feet`, `km` of `km/h`).
const PREFIX: u32 = 1 << 31;
/// A slot's unit index when the key is only a prefix.
const NO_UNIT: u32 = PREFIX - 1;

/// The parsed table: units, and key hashes → unit index and prefix bit.
struct Table {
    units: Vec<Unit>,
    /// (key hash, value); hash 0 marks an empty slot.
    slots: Box<[(u64, u32)]>,
    mask: usize,
}

/// What the table knows of a key: the unit it names, and whether longer
/// surfaces start with it.
struct Probe<'t> {
    unit: Option<&'t Unit>,
    prefix: bool,
}

impl Table {
    fn get(&self, key: u64) -> u32 {
        let mut i = key as usize & self.mask;
        loop {
            let (h, v) = self.slots[i];
            if h == 0 {
                return NO_UNIT;
            }
            if h == key {
                return v;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The key as written first, then in any case.
    fn probe(&self, k: &KeyHash) -> Probe<'_> {
        let exact = self.get(k.exact);
        let folded = self.get(k.folded);
        let unit = [exact, folded]
            .into_iter()
            .find_map(|v| self.units.get((v & !PREFIX) as usize));
        Probe {
            unit,
            prefix: (exact | folded) & PREFIX != 0,
        }
    }
}

/// Parses the table text; errors name the file and line.
fn parse_table(text: &str, file: &str) -> Result<Table, String> {
    let mut units: Vec<Unit> = Vec::new();
    let mut keys: HashMap<u64, u32> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |what: &str| format!("{file}:{}: {what}: {line:?}", n + 1);
        let cols: Vec<&str> = line.split('\t').collect();
        let [surface, name, dim, factor, offset, flags, _source] = cols[..] else {
            return Err(err("expected 7 tab-separated columns"));
        };
        let dimension = Dimension::from_table(dim).ok_or_else(|| err("unknown dimension"))?;
        let factor: f64 = factor.parse().map_err(|_| err("bad factor"))?;
        let offset: f64 = offset.parse().map_err(|_| err("bad offset"))?;
        let flags: Vec<&str> = if flags == "-" {
            Vec::new()
        } else {
            flags.split(',').collect()
        };
        if let Some(f) = flags
            .iter()
            .find(|f| !["cs", "glued", "spaced", "ambiguous"].contains(f))
        {
            return Err(err(&format!("unknown flag {f}")));
        }
        let unit = Unit {
            name: name.into(),
            dimension,
            factor,
            offset,
            ambiguous: flags.contains(&"ambiguous"),
        };
        let index = match units.iter().position(|u| *u == unit) {
            Some(i) => i,
            None => {
                units.push(unit);
                units.len() - 1
            }
        };
        let case_sensitive = flags.contains(&"cs");
        let uses: &[Use] = if flags.contains(&"glued") {
            &[Use::Glued]
        } else if flags.contains(&"spaced") {
            &[Use::Spaced]
        } else {
            &[Use::Spaced, Use::Glued]
        };
        let mut words: Vec<Vec<u8>> = Vec::new();
        if !sub_words(surface, |w| words.push(w.to_vec()))
            || words.is_empty()
            || words.len() > MAX_SUB_WORDS
        {
            return Err(err("surface too long or empty"));
        }
        for &use_ in uses {
            let mut key = seed(use_, case_sensitive);
            for (i, w) in words.iter().enumerate() {
                let h = if case_sensitive {
                    exact_hash(w)
                } else {
                    hash_word(w)
                };
                key = mix(key, h);
                let v = keys.entry(key).or_insert(NO_UNIT);
                if i + 1 < words.len() {
                    *v |= PREFIX;
                } else if *v & NO_UNIT != NO_UNIT {
                    let other = &units[(*v & NO_UNIT) as usize].name;
                    return Err(err(&format!(
                        "a second row for this surface (first: {other})"
                    )));
                } else {
                    *v = (*v & PREFIX) | index as u32;
                }
            }
        }
    }
    // At most half full: probes stay short.
    let size = (keys.len() * 2).next_power_of_two().max(16);
    let mut slots = vec![(0u64, 0u32); size].into_boxed_slice();
    let mask = size - 1;
    let mut keys: Vec<(u64, u32)> = keys.into_iter().collect();
    // Fill in a fixed order: the same table on every run.
    keys.sort_unstable();
    for (h, u) in keys {
        let mut i = h as usize & mask;
        while slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = (h, u);
    }
    Ok(Table { units, slots, mask })
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    // The embedded table is checked by the tests; a failure here is a bug
    // in the generated file, named with its line.
    TABLE.get_or_init(|| parse_table(TABLE_TSV, TABLE_FILE).unwrap_or_else(|e| panic!("{e}")))
}

/// The longest unit written by the words at the start of `words` (the
/// words after a number), with how many words it used.
///
/// Words are tokens as the tokenizer gives them; a unit may span several
/// (`["square", "kilometres"]`, `["km", "/", "h"]`, `["°", "F"]`) or be one
/// (`"km/h"`, `"°F"`). Surfaces written only onto a number (`C` of
/// `47.9C`, `h` of `24h`) are not matched here; see [`unit_suffix`].
///
/// ```
/// use factspan::units::{longest_unit, Dimension};
/// let (n, u) = longest_unit(&["metric", "tonnes", "of", "grain"]).unwrap();
/// assert_eq!((n, u.name()), (2, "tonne"));
/// let (n, u) = longest_unit(&["degrees", "Celsius"]).unwrap();
/// assert_eq!((n, u.name(), u.dimension()), (2, "°C", Dimension::Temperature));
/// assert!(longest_unit(&["people"]).is_none());
/// ```
pub fn longest_unit<S: AsRef<str>>(words: &[S]) -> Option<(usize, &'static Unit)> {
    longest_unit_of(words.iter().map(AsRef::as_ref))
}

/// [`longest_unit`] of words given one by one: a caller reading them off
/// its tokens makes only the ones the lookup gets to (usually one).
pub(crate) fn longest_unit_of<'w>(
    words: impl Iterator<Item = &'w str>,
) -> Option<(usize, &'static Unit)> {
    let table = table();
    let mut key = KeyHash::new(Use::Spaced);
    let mut best = None;
    for (i, w) in words.enumerate() {
        if !key.push_word(w) {
            // A word with no letters of a unit (".") only continues a key.
            if key.sub_words == 0 || w.len() > MAX_SUB_WORD_LEN {
                break;
            }
            continue;
        }
        let probe = table.probe(&key);
        if let Some(u) = probe.unit {
            best = Some((i + 1, u));
        }
        // No longer surface starts with these words.
        if !probe.prefix {
            break;
        }
    }
    best
}

/// The unit written onto a number: `s` is what follows the digits
/// (`"mm"` of `200mm`, `"C"` of `47.9C`, `"GB"` of `16GB`, `"-litre"` of
/// `20-litre`, `"-square-foot"` of `2,400-square-foot`). The whole of `s`
/// must be the unit.
///
/// ```
/// use factspan::units::unit_suffix;
/// assert_eq!(unit_suffix("mm").unwrap().name(), "mm");
/// assert_eq!(unit_suffix("C").unwrap().name(), "°C");
/// assert_eq!(unit_suffix("-square-foot").unwrap().name(), "sq ft");
/// assert!(unit_suffix("m").unwrap().is_ambiguous()); // 1.2m: a million?
/// assert!(unit_suffix("bn").is_none());
/// assert!(unit_suffix("-year-old").is_none());
/// ```
pub fn unit_suffix(s: &str) -> Option<&'static Unit> {
    let mut key = KeyHash::new(Use::Glued);
    if !key.push_word(s) || key.sub_words > MAX_SUB_WORDS {
        return None;
    }
    table().probe(&key).unit
}

/// The unit with this canonical name, for a caller that has decided what
/// an ambiguous word means (`pounds` of weight → `lb`): the unflagged
/// reading where the table has one (`lb`, `m`), else the flagged one
/// (`degree`).
///
/// ```
/// let lb = factspan::units::unit_named("lb").unwrap();
/// assert!((lb.to_si(82.0) - 37.194574).abs() < 1e-6);
/// ```
pub fn unit_named(name: &str) -> Option<&'static Unit> {
    let units = &table().units;
    units
        .iter()
        .find(|u| &*u.name == name && !u.ambiguous)
        .or_else(|| units.iter().find(|u| &*u.name == name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sub-words of `w` and the answer, by `split`.
    fn split_with(
        w: &str,
        split: impl Fn(&str, &mut dyn FnMut(&[u8])) -> bool,
    ) -> (Vec<Vec<u8>>, bool) {
        let mut v = Vec::new();
        let ok = split(w, &mut |s: &[u8]| v.push(s.to_vec()));
        (v, ok)
    }

    #[test]
    fn the_plain_word_shortcut_splits_as_the_walk_does() {
        let mut words: Vec<String> = [
            "", "km", "people", "KM", "m", "1990s", "sq.ft", "km/h", "°C", "m.p.h.", "x-ray",
            "naïve", "a b", "Kilometres", "mAh", "2", "-", ".", "/",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for n in [MAX_SUB_WORD_LEN - 1, MAX_SUB_WORD_LEN, MAX_SUB_WORD_LEN + 1] {
            words.push("x".repeat(n));
            words.push("9".repeat(n));
            words.push(format!("{}.", "x".repeat(n)));
        }
        // Every word of two chars from a mixed alphabet.
        let chars = ['a', 'Z', '0', '.', '-', '/', '°', ' ', 'é', '\u{2010}'];
        for a in chars {
            for b in chars {
                words.push([a, b].iter().collect());
            }
        }
        for w in &words {
            assert_eq!(
                split_with(w, |w, f| sub_words(w, f)),
                split_with(w, |w, f| split_sub_words(w, f)),
                "{w:?}"
            );
        }
    }

    fn subs(w: &str) -> Vec<String> {
        let mut v = Vec::new();
        sub_words(w, |s| v.push(String::from_utf8(s.to_vec()).unwrap()));
        v
    }

    #[test]
    fn the_embedded_table_parses() {
        let t = parse_table(TABLE_TSV, TABLE_FILE).unwrap();
        assert!(t.units.len() > 150, "{} units", t.units.len());
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let e = parse_table("# c\nkm\tkm\tlength\t1e3\t0\t-\n", "x.tsv")
            .err()
            .unwrap();
        assert!(e.starts_with("x.tsv:2:"), "{e}");
        let e = parse_table("km\tkm\tlenght\t1e3\t0\t-\tp\n", "x.tsv")
            .err()
            .unwrap();
        assert!(e.contains("unknown dimension"), "{e}");
        let e = parse_table("km\tkm\tlength\tx\t0\t-\tp\n", "x.tsv")
            .err()
            .unwrap();
        assert!(e.contains("bad factor"), "{e}");
        let e = parse_table("km\tkm\tlength\t1\t0\tweird\tp\n", "x.tsv")
            .err()
            .unwrap();
        assert!(e.contains("unknown flag"), "{e}");
        let dup = "km\tkm\tlength\t1e3\t0\tcs\tp\nkm\tkm\tlength\t1e3\t0\tcs\tp\n";
        assert!(parse_table(dup, "x.tsv").is_err());
    }

    #[test]
    fn sub_words_split_and_drop_dots() {
        assert_eq!(subs("km/h"), ["km", "/", "h"]);
        assert_eq!(subs("°C"), ["°", "C"]);
        assert_eq!(subs("-square-foot"), ["square", "foot"]);
        assert_eq!(subs("m.p.h."), ["mph"]);
        assert_eq!(subs("sq. ft"), ["sq", "ft"]);
        assert!(subs(".").is_empty());
        assert!(!sub_words(&"x".repeat(MAX_SUB_WORD_LEN + 1), |_| {}));
    }

    #[test]
    fn a_match_ends_at_a_word_boundary() {
        // "ft" then "." : one word used, not two.
        assert_eq!(longest_unit(&["ft", ".", "The"]).map(|m| m.0), Some(1));
        // "sq" "." "ft": the dot token is inside the unit.
        let (n, u) = longest_unit(&["sq", ".", "ft"]).unwrap();
        assert_eq!((n, u.name()), (3, "sq ft"));
        assert!(longest_unit(&[".", "ft"]).is_none());
        assert!(longest_unit::<&str>(&[]).is_none());
    }

    #[test]
    fn long_and_odd_inputs_are_not_units() {
        let long = "kilometres".repeat(100);
        assert!(longest_unit(&[long.as_str()]).is_none());
        assert!(unit_suffix(&long).is_none());
        assert!(unit_suffix("").is_none());
        assert!(unit_suffix("-").is_none());
        assert!(longest_unit(&["km"; 50]).is_some_and(|m| m.0 == 1));
        assert!(unit_suffix("\u{0}").is_none());
    }

    #[test]
    fn unit_named_prefers_the_plain_reading() {
        assert!(!unit_named("m").unwrap().is_ambiguous());
        assert!(unit_named("lb").is_some());
        assert!(unit_named("furlongs").is_none());
    }
}
