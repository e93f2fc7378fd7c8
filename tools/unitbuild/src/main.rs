//! unitbuild — builds factspan's unit table from Pint's unit definitions.
//!
//! Usage: `cargo run --release -p unitbuild -- <pint-units-dir> <out-dir>`
//! (e.g. `cargo run --release -p unitbuild -- ../shared/gazetteer-sources/pint-units gazetteers/`).
//!
//! Reads Pint's `default_en.txt` and `constants_en.txt` (BSD-3-Clause),
//! keeps the units news states measures in (`select.rs` says how they were
//! chosen), adds the forms news writes that Pint lacks (British spellings,
//! `sq km`, `km/h`, `47.9C`, …), and writes `units.tsv` (one surface form a
//! line: surface, canonical unit, dimension, factor and offset to the SI
//! unit, flags, source) and `licenses/pint-BSD-3-Clause.txt`. The output is
//! deterministic (rows sorted). Std only.

mod pint;
mod select;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use pint::{ANGLE, INFO, Pint, Quantity};

/// One row of the table.
#[derive(Clone, Debug)]
struct Row {
    surface: String,
    canonical: String,
    dimension: &'static str,
    factor: f64,
    offset: f64,
    /// Matched with its case as written (symbols); otherwise any case.
    case_sensitive: bool,
    /// `any`, `glued` (written onto the number) or `spaced` (a word of its own).
    usage: &'static str,
    ambiguous: bool,
    source: &'static str,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: unitbuild <pint-units-dir> <out-dir>");
        std::process::exit(2);
    }
    if let Err(e) = run(Path::new(&args[1]), &PathBuf::from(&args[2])) {
        eprintln!("unitbuild: {e}");
        std::process::exit(1);
    }
}

fn run(src: &Path, out: &Path) -> Result<(), String> {
    let mut pint = Pint::read(src)?;
    let mut rows = Vec::new();
    for &(surfaces, expr, canonical, flags) in select::HAND {
        let q = pint
            .eval_str(expr)
            .map_err(|e| format!("hand row {canonical}: {e}"))?;
        let offset = match expr {
            "degree_Celsius" | "degree_Fahrenheit" | "kelvin" => {
                let d = pint.def(expr).ok_or("no temperature definition")?.clone();
                pint.offset(&d)?
            }
            _ => 0.0,
        };
        let usage = if flags.contains("glued") {
            "glued"
        } else if flags.contains("spaced") {
            "spaced"
        } else {
            "any"
        };
        for s in surfaces.split('|') {
            rows.push(row(s, canonical, q, offset, usage, "hand")?);
            if flags.contains("ambiguous") {
                rows.last_mut().expect("just pushed").ambiguous = true;
            }
        }
    }
    for &(name, canonical, prefixes) in select::KEEP {
        pint_rows(&mut pint, name, canonical, prefixes, &mut rows)?;
    }
    let rows = finish(rows)?;
    write_table(out, &rows)?;
    let licence = fs::read_to_string(src.join("LICENSE"))
        .map_err(|e| format!("{}: {e}", src.join("LICENSE").display()))?;
    fs::create_dir_all(out.join("licenses")).map_err(|e| e.to_string())?;
    fs::write(out.join("licenses/pint-BSD-3-Clause.txt"), licence).map_err(|e| e.to_string())?;
    let units: BTreeSet<&str> = rows.iter().map(|r| r.canonical.as_str()).collect();
    println!(
        "units.tsv: {} surface rows, {} canonical units",
        rows.len(),
        units.len()
    );
    Ok(())
}

/// A row for `surface`; names (lower-case words) match in any case.
fn row(
    surface: &str,
    canonical: &str,
    q: Quantity,
    offset: f64,
    usage: &'static str,
    source: &'static str,
) -> Result<Row, String> {
    let dimension = dimension(&q, canonical)
        .ok_or_else(|| format!("{surface}: no dimension for {:?}", q.dims))?;
    // Names (`metres`, `sq ft`, `degrees C`) match in any case; symbols
    // (`mm`, `GB`, `kWh`) as written.
    let letters = |c: char| c.is_ascii_alphabetic() || c == ' ';
    let name_like = (surface.len() >= 3
        && surface.chars().all(|c| c.is_ascii_lowercase() || c == ' '))
        || (surface.contains(' ') && surface.chars().all(letters));
    Ok(Row {
        surface: surface.to_string(),
        canonical: canonical.to_string(),
        dimension,
        factor: round_sig(q.factor),
        offset: round_sig(offset),
        case_sensitive: !name_like,
        usage,
        ambiguous: false,
        source,
    })
}

/// `x` without float noise: `decimeter ** 3` is 1e-3, not
/// 1.0000000000000002e-3. A value that is close to a number of at most 10
/// significant digits becomes that number; others (5/9) stay as they are.
fn round_sig(x: f64) -> f64 {
    let r: f64 = format!("{x:.11e}").parse().unwrap_or(x);
    let digits = format!("{r:e}")
        .split('e')
        .next()
        .unwrap_or("")
        .replace(['.', '-'], "")
        .len();
    if digits <= 10 { r } else { x }
}

/// The table's dimension name of a unit, from its dimension vector (and
/// its canonical name where the vector cannot tell: Bq and Hz are both
/// 1/s, dB has no dimension).
fn dimension(q: &Quantity, canonical: &str) -> Option<&'static str> {
    let d: Vec<i32> = q.dims.iter().map(|&x| x.round() as i32).collect();
    if q.dims
        .iter()
        .zip(&d)
        .any(|(&x, &r)| (x - r as f64).abs() > 1e-9)
    {
        return None;
    }
    // [length, mass, time, temperature, current, substance, luminosity, information, angle]
    let mut key = [0i32; pint::DIMS];
    key.copy_from_slice(&d);
    let _ = (INFO, ANGLE);
    Some(match key {
        [1, 0, 0, 0, 0, 0, 0, 0, 0] => "length",
        [2, 0, 0, 0, 0, 0, 0, 0, 0] => "area",
        [3, 0, 0, 0, 0, 0, 0, 0, 0] => "volume",
        [0, 1, 0, 0, 0, 0, 0, 0, 0] => "mass",
        [0, 0, 1, 0, 0, 0, 0, 0, 0] => "time",
        [0, 0, 0, 1, 0, 0, 0, 0, 0] => "temperature",
        [1, 0, -1, 0, 0, 0, 0, 0, 0] => "speed",
        [0, 0, 0, 0, 0, 0, 0, 1, 0] => "data",
        [0, 0, -1, 0, 0, 0, 0, 1, 0] => "data_rate",
        [0, 0, -1, 0, 0, 0, 0, 0, 0] if canonical.ends_with("Bq") => "radioactivity",
        [0, 0, -1, 0, 0, 0, 0, 0, 0] => "frequency",
        [2, 1, -3, 0, 0, 0, 0, 0, 0] => "power",
        [2, 1, -2, 0, 0, 0, 0, 0, 0] => "energy",
        [-1, 1, -2, 0, 0, 0, 0, 0, 0] => "pressure",
        [1, 1, -2, 0, 0, 0, 0, 0, 0] => "force",
        [2, 1, -3, 0, -1, 0, 0, 0, 0] => "voltage",
        [0, 0, 0, 0, 1, 0, 0, 0, 0] => "current",
        [0, 0, 1, 0, 1, 0, 0, 0, 0] => "charge",
        [2, 0, -2, 0, 0, 0, 0, 0, 0] => "radiation_dose",
        [3, 0, -1, 0, 0, 0, 0, 0, 0] => "flow_rate",
        [0, 0, 0, 0, 0, 0, 0, 0, 1] => "angle",
        [0, 0, 0, 0, 0, 0, 0, 0, 0] if canonical == "dB" => "sound_level",
        _ => return None,
    })
}

/// The plural of a unit name as Pint forms it (`s`, `es` after s/x/z/ch/sh),
/// on the first word of `X per Y` and `degree X`, with English irregulars.
fn plural(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let at = if name.contains(" per ") || words[0] == "degree" {
        0
    } else {
        words.len() - 1
    };
    let w = words[at];
    let p = match w {
        "foot" => "feet".to_string(),
        "century" => "centuries".to_string(),
        "millennium" => "millennia".to_string(),
        _ if [
            "hertz", "celsius", "fahrenheit", "feet", "inches", "horsepower", "millennia",
        ]
        .iter()
        .any(|x| w.ends_with(x)) =>
        {
            return None;
        }
        _ if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') => {
            format!("{w}es")
        }
        _ if w.ends_with('s') => return None,
        _ => format!("{w}s"),
    };
    let mut ws: Vec<String> = words.iter().map(|s| s.to_string()).collect();
    ws[at] = p;
    Some(ws.join(" "))
}

/// British spellings of a name (`kilometer` → `kilometre`, `liter` → `litre`).
fn british(name: &str) -> Option<String> {
    let b = name.replace("meter", "metre").replace("liter", "litre");
    (b != name).then_some(b)
}

/// A Pint name or alias as news writes it: `light_year` → `light year`,
/// `degree_Celsius` → `degree celsius`.
fn spaced(name: &str) -> String {
    let s = name.replace('_', " ");
    // degree_Celsius: a name with a capital; in_Hg: a symbol with one.
    if s.starts_with("degree ") {
        s.to_lowercase()
    } else {
        s
    }
}

/// A Pint alias that reads as a word (plural and British forms apply)
/// rather than a symbol.
fn is_name(s: &str) -> bool {
    s.len() > 3 && s.chars().all(|c| c.is_ascii_lowercase() || c == ' ')
}

fn pint_rows(
    pint: &mut Pint,
    name: &str,
    canonical: &str,
    prefixes: &[&str],
    rows: &mut Vec<Row>,
) -> Result<(), String> {
    let def = pint
        .def(name)
        .ok_or_else(|| format!("Pint has no unit {name}"))?
        .clone();
    let q = pint.unit(name)?;
    let offset = pint.offset(&def)?;
    let dropped = |s: &String| select::DROP.contains(&s.as_str());
    let mut names = vec![spaced(&def.name)];
    let mut symbols: Vec<String> = def.symbol.iter().map(|s| spaced(s)).collect();
    for a in &def.aliases {
        let a = spaced(a);
        // Regional and technical variants (US liquid quart, international
        // foot) are not how news writes units.
        let qualified = [
            "US ", "UK ", "international ", "liquid ", "avdp ", "avoirdupois ",
        ]
        .iter()
        .any(|q| a.starts_with(q));
        if dropped(&a) || qualified {
            continue;
        }
        if is_name(&a) {
            names.push(a)
        } else {
            symbols.push(a)
        }
    }
    let with_forms = |names: &[String]| -> Vec<String> {
        let mut all = Vec::new();
        for n in names {
            for m in std::iter::once(n.clone()).chain(british(n)) {
                all.extend(plural(&m));
                all.push(m);
            }
        }
        all
    };
    for s in with_forms(&names)
        .into_iter()
        .chain(symbols.iter().cloned())
    {
        rows.push(row(&s, canonical, q, offset, "any", "pint")?);
    }
    // Prefixed forms: single-word names and the main symbols.
    for &p in prefixes {
        let (pfactor, psyms) = prefix(pint, p)?;
        let pq = Quantity {
            factor: q.factor * pfactor,
            dims: q.dims,
        };
        // Units without a symbol (bit) take their canonical name: kbit.
        let main_sym = def.symbol.clone().unwrap_or_else(|| canonical.to_string());
        let pcanon = format!("{}{}", psyms[0], main_sym);
        let one_word: Vec<String> = names
            .iter()
            .filter(|n| !n.contains(' '))
            .map(|n| format!("{p}{n}"))
            .collect();
        for s in with_forms(&one_word) {
            rows.push(row(&s, &pcanon, pq, 0.0, "any", "pint")?);
        }
        for ps in &psyms {
            for sym in symbols.iter().filter(|s| !s.contains(' ')) {
                // Only the unit's own symbols (l and L for litre), not aliases.
                if def.symbol.as_deref() == Some(sym.as_str()) || (name == "liter" && sym == "L") {
                    rows.push(row(&format!("{ps}{sym}"), &pcanon, pq, 0.0, "any", "pint")?);
                }
            }
        }
    }
    Ok(())
}

/// A prefix's factor and the symbols written for it (µ and μ for micro;
/// `u` and `mc` only before `g`, where news writes `ug` and `mcg`).
fn prefix(pint: &Pint, name: &str) -> Result<(f64, Vec<&'static str>), String> {
    let f = pint
        .prefixes
        .iter()
        .find(|(n, _)| n == name)
        .map(|p| p.1)
        .ok_or_else(|| format!("Pint has no prefix {name}"))?;
    let syms: Vec<&'static str> = match name {
        "kilo" => vec!["k"],
        "centi" => vec!["c"],
        "deci" => vec!["d"],
        "milli" => vec!["m"],
        "micro" => vec!["µ", "μ"],
        "nano" => vec!["n"],
        "hecto" => vec!["h"],
        "mega" => vec!["M"],
        "giga" => vec!["G"],
        "tera" => vec!["T"],
        "peta" => vec!["P"],
        "exa" => vec!["E"],
        "kibi" => vec!["Ki"],
        "mebi" => vec!["Mi"],
        "gibi" => vec!["Gi"],
        "tebi" => vec!["Ti"],
        _ => return Err(format!("no symbol for prefix {name}")),
    };
    Ok((f, syms))
}

/// Drops and flags surfaces, adds `ug`/`mcg`, any-case forms of long
/// symbols (`kwh`, `KWH`), resolves duplicates (the first row wins: hand
/// rows come first) and sorts.
fn finish(rows: Vec<Row>) -> Result<Vec<Row>, String> {
    let drop: BTreeSet<&str> = select::DROP.iter().copied().collect();
    let mut rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| !drop.contains(r.surface.as_str()))
        .collect();
    let mut extra = Vec::new();
    for r in &rows {
        if r.canonical == "µg" && r.surface == "µg" {
            for s in ["ug", "mcg"] {
                extra.push(Row {
                    surface: s.to_string(),
                    ..r.clone()
                });
            }
        }
    }
    rows.extend(extra);
    // A surface ambiguous in one use only is split into a row per use.
    let mut split = Vec::new();
    for r in rows.iter_mut() {
        if let Some(&(_, u)) = select::ONLY.iter().find(|(s, _)| *s == r.surface)
            && r.usage == "any"
        {
            r.usage = if u == "glued" { "glued" } else { "spaced" };
        }
        if let Some(&(_, u)) = select::AMBIGUOUS.iter().find(|(s, _)| *s == r.surface)
            && (u == "any" || u == r.usage || r.usage == "any")
        {
            if u != "any" && r.usage == "any" {
                r.usage = if u == "spaced" { "spaced" } else { "glued" };
                let mut other = r.clone();
                other.usage = if u == "spaced" { "glued" } else { "spaced" };
                split.push(other);
            }
            r.ambiguous = true;
        }
    }
    rows.extend(split);
    // Any-case forms of long mixed-case symbols, unless another unit has a
    // surface that folds to the same letters (Gb and GB).
    let folded: BTreeMap<String, BTreeSet<String>> =
        rows.iter().fold(BTreeMap::new(), |mut m, r| {
            m.entry(r.surface.to_lowercase())
                .or_default()
                .insert(r.canonical.clone());
            m
        });
    let mut variants = Vec::new();
    for r in &rows {
        let s = &r.surface;
        // Only prefixed symbols as such (kWh, GHz) and hand forms (Gbps):
        // not Pint's spelled-out symbols (degC).
        if r.case_sensitive
            && (r.surface == r.canonical || r.source == "hand")
            && s.len() >= 3
            && s.chars().all(|c| c.is_ascii_alphabetic())
            && folded.get(&s.to_lowercase()).is_some_and(|c| c.len() == 1)
        {
            for v in [s.to_lowercase(), s.to_uppercase()] {
                if v != *s {
                    variants.push(Row {
                        surface: v,
                        source: "case",
                        ..r.clone()
                    });
                }
            }
        }
    }
    rows.extend(variants);
    // First row of a (surface, use) wins; a surface in two uses must be in
    // two rows with different uses.
    let mut seen: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut kept: Vec<Row> = Vec::new();
    for r in rows {
        let key = if r.case_sensitive {
            r.surface.clone()
        } else {
            r.surface.to_lowercase()
        };
        let uses: &[&'static str] = match r.usage {
            "any" => &["glued", "spaced"],
            "glued" => &["glued"],
            _ => &["spaced"],
        };
        if uses.iter().any(|u| seen.contains_key(&(key.clone(), *u))) {
            continue;
        }
        for u in uses {
            seen.insert((key.clone(), u), kept.len());
        }
        kept.push(r);
    }
    kept.sort_by(|a, b| (&a.surface, a.usage).cmp(&(&b.surface, b.usage)));
    Ok(kept)
}

fn write_table(out: &Path, rows: &[Row]) -> Result<(), String> {
    let mut s = String::new();
    s.push_str("# factspan unit table: surface form -> unit, generated by tools/unitbuild; do not edit by hand\n");
    s.push_str("# Derived from Pint's unit definitions (https://github.com/hgrecco/pint, default_en.txt 0.25.3),\n");
    s.push_str("# Copyright (c) 2012 by Hernan E. Grecco and contributors, BSD-3-Clause (licenses/pint-BSD-3-Clause.txt),\n");
    s.push_str("# plus hand-written news forms (tools/unitbuild/src/select.rs).\n");
    s.push_str("# Columns: surface, canonical unit, dimension, factor, offset (value in the SI unit = value * factor + offset),\n");
    s.push_str("# flags (cs: match the case as written; glued: only written onto the number, as in 47.9C;\n");
    s.push_str("# spaced: only as a word of its own; ambiguous: a unit only where the sentence speaks of a measure), source.\n");
    s.push_str("# Multi-word surfaces are words separated by spaces; '/', '°' and '-' also separate words when matched.\n");
    for r in rows {
        let mut flags = Vec::new();
        if r.case_sensitive {
            flags.push("cs");
        }
        if r.usage != "any" {
            flags.push(r.usage);
        }
        if r.ambiguous {
            flags.push("ambiguous");
        }
        let flags = if flags.is_empty() {
            "-".to_string()
        } else {
            flags.join(",")
        };
        s.push_str(&format!(
            "{}\t{}\t{}\t{:e}\t{}\t{}\t{}\n",
            r.surface, r.canonical, r.dimension, r.factor, r.offset, flags, r.source
        ));
    }
    fs::write(out.join("units.tsv"), s)
        .map_err(|e| format!("{}: {e}", out.join("units.tsv").display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_as_pint_and_english_form_them() {
        assert_eq!(plural("mile").as_deref(), Some("miles"));
        assert_eq!(plural("inch").as_deref(), Some("inches"));
        assert_eq!(plural("foot").as_deref(), Some("feet"));
        assert_eq!(plural("square foot").as_deref(), Some("square feet"));
        assert_eq!(plural("mile per hour").as_deref(), Some("miles per hour"));
        assert_eq!(plural("degree celsius").as_deref(), Some("degrees celsius"));
        assert_eq!(plural("century").as_deref(), Some("centuries"));
        assert_eq!(plural("gigahertz"), None);
        assert_eq!(plural("siemens"), None);
        assert_eq!(plural("millennia"), None);
    }

    #[test]
    fn british_spellings() {
        assert_eq!(british("kilometer").as_deref(), Some("kilometre"));
        assert_eq!(british("milliliter").as_deref(), Some("millilitre"));
        assert_eq!(british("mile"), None);
    }

    #[test]
    fn float_noise_is_rounded_away_and_fractions_kept() {
        assert_eq!(round_sig(1.000_000_000_000_000_2e-3), 1e-3);
        assert_eq!(round_sig(5.0 / 9.0), 5.0 / 9.0);
        assert_eq!(round_sig(0.3048), 0.3048);
    }

    #[test]
    fn dimensions_from_vectors() {
        let mut q = Quantity {
            factor: 1.0,
            dims: [0.0; pint::DIMS],
        };
        q.dims[0] = 1.0;
        q.dims[2] = -1.0;
        assert_eq!(dimension(&q, "mph"), Some("speed"));
        let mut hz = Quantity {
            factor: 1.0,
            dims: [0.0; pint::DIMS],
        };
        hz.dims[2] = -1.0;
        assert_eq!(dimension(&hz, "Hz"), Some("frequency"));
        assert_eq!(dimension(&hz, "kBq"), Some("radioactivity"));
        hz.dims[2] = -0.5;
        assert_eq!(dimension(&hz, "x"), None);
    }
}
