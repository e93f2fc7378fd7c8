//! places.tsv: countries, former states, continents/regions, admin1 regions, cities.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::Ctx;
use crate::util::*;
use crate::words;

pub struct CountryInfo {
    pub iso2: String,
    pub name: String,
    pub geonameid: String,
}

/// Read GeoNames countries (used by several builders).
pub fn countries(src: &Path) -> Vec<CountryInfo> {
    let t = read_tsv(&src.join("geonames/countryInfo.tsv"));
    t.rows
        .iter()
        .map(|r| CountryInfo {
            iso2: t.get(r, "ISO").to_string(),
            name: t.get(r, "Country").to_string(),
            geonameid: t.get(r, "geonameid").to_string(),
        })
        .collect()
}

const GEO_WORDS: &str = "republic democratic kingdom united states union soviet socialist islands island coast ivory great
britain north south east west northern southern eastern western federal federation people's peoples arab islamic of the
and saint st. st new central plurinational state commonwealth principality grand duchy sultanate emirate emirates
territory territories dominion independent free associated special administrative region sar co-operative cooperative
oriental bolivarian hashemite lao korea congo democratic holy see mainland";

fn acronym_like(n: &str) -> bool {
    let letters: String = n.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.chars().all(|c| c.is_uppercase())
        && letters.chars().count() <= 5
        && !n.contains(' ')
}

pub fn build(ctx: &mut Ctx, src: &Path) -> Gaz {
    let stop = &ctx.stop;
    let mut g = Gaz::new("place");
    let countries = countries(src);
    let by_iso: HashMap<String, &CountryInfo> =
        countries.iter().map(|c| (c.iso2.clone(), c)).collect();

    // names per country, gathered from all sources
    let mut cnames: BTreeMap<String, Vec<(String, &'static str)>> = BTreeMap::new();
    for c in &countries {
        cnames
            .entry(c.iso2.clone())
            .or_default()
            .push((c.name.clone(), "geonames"));
    }
    for (iso, list) in words::HAND_COUNTRY_VARIANTS {
        if let Some(v) = cnames.get_mut(*iso) {
            for n in list.split('|') {
                v.push((n.to_string(), "hand"));
            }
        }
    }
    // GeoNames English long names
    let id2iso: HashMap<String, String> = countries
        .iter()
        .map(|c| (c.geonameid.clone(), c.iso2.clone()))
        .collect();
    let t = read_tsv(&src.join("geonames/country_names_en.tsv"));
    for r in &t.rows {
        if let Some(iso) = id2iso.get(t.get(r, "geonameid")) {
            cnames
                .get_mut(iso)
                .unwrap()
                .push((t.get(r, "name_en").to_string(), "geonames"));
        }
    }
    // countryinfo
    let t = read_tsv(&src.join("countryinfo/countries.tsv"));
    for r in &t.rows {
        let iso = t.get(r, "iso2");
        if let Some(v) = cnames.get_mut(iso) {
            v.push((t.get(r, "name").to_string(), "countryinfo"));
            for a in split_list(t.get(r, "official_and_alt_spellings")) {
                if a.chars().count() >= 4 && !acronym_like(&a) && a.is_ascii() {
                    v.push((a, "countryinfo"));
                }
            }
        }
    }
    // factbook
    let t = read_tsv(&src.join("factbook/countries.tsv"));
    for r in &t.rows {
        let iso = t.get(r, "iso2");
        let Some(v) = cnames.get_mut(iso) else {
            continue;
        };
        for col in [
            "name_conventional_short", "name_conventional_long", "name_local_short",
            "name_local_long",
        ] {
            let x = t.get(r, col);
            let x = x.split("; note").next().unwrap_or("").trim();
            if x.split(' ').count() <= 6 && x != "none" {
                v.push((strip_parens(x), "factbook"));
            }
        }
        for x in t.get(r, "name_former").split(", ") {
            if x.split(' ').count() <= 6 {
                v.push((strip_parens(x), "factbook"));
            }
        }
        for x in t.get(r, "name_abbreviation").split(" or ") {
            v.push((x.trim().to_string(), "factbook"));
        }
    }
    // English vocabulary for countrynames filtering
    let mut vocab: HashSet<String> = GEO_WORDS
        .split_whitespace()
        .map(|w| w.to_string())
        .collect();
    for v in cnames.values() {
        for (n, _) in v {
            for w in n.split(|c: char| c == ' ' || c == '-') {
                vocab.insert(key(w));
            }
        }
    }
    let demonyms = ctx.demonym_keys.clone();
    let t = read_tsv(&src.join("countrynames/country_name_variants.tsv"));
    let mut fail: HashSet<String> = HashSet::new();
    for r in &t.rows {
        if t.get(r, "code") == "FAIL" {
            fail.insert(key(t.get(r, "name")));
        }
    }
    for r in &t.rows {
        let code = t.get(r, "code");
        let n = collapse_ws(t.get(r, "name"));
        let Some(v) = cnames.get_mut(code) else {
            continue;
        };
        if !n.contains(' ') || !n.is_ascii() || n.chars().filter(|c| c.is_lowercase()).count() == 0
        {
            continue;
        }
        if n.contains(',') || fail.contains(&key(&n)) || n.split(' ').count() > 6 {
            continue;
        }
        let ok = n.split(|c: char| c == ' ' || c == '-').all(|w| {
            let k = key(w);
            vocab.contains(&k)
                && (if SMALL_WORDS.contains(&k.as_str()) {
                    w == k
                } else {
                    w.chars().next().is_some_and(|c| c.is_uppercase())
                })
                && !(demonyms.contains(&k) && !n.ends_with(" Republic"))
        });
        if ok {
            v.push((n, "countrynames"));
        }
    }
    for (iso, list) in &cnames {
        let c = by_iso[iso];
        let id = format!("geonames:{}", c.geonameid);
        let mut main = Vec::new();
        let mut exact = Vec::new();
        let mut weak = Vec::new();
        let mut srcs: Vec<&'static str> = Vec::new();
        for (n, s) in list {
            let n = n.trim().to_string();
            // The GeoNames name of the country is always kept, whatever the
            // negative lists say (`China`, `Laos`, `Philippines`).
            let own_name = n == c.name;
            if n.is_empty() || !own_name && fail.contains(&key(&n)) && !acronym_like(&n) {
                continue;
            }
            if !own_name && !n.contains(' ') && demonyms.contains(&key(&n)) {
                continue; // adjective, goes to groups
            }
            if !srcs.contains(s) {
                srcs.push(s);
            }
            if words::WEAK_COUNTRIES.contains(&n.as_str()) {
                weak.push(n);
            } else if acronym_like(&n) || n.ends_with('.') && n.len() <= 6 {
                if n.chars().filter(|c| c.is_alphabetic()).count() <= 2 || stop.is_word(&n) {
                    exact.push(n);
                } else {
                    main.push(n);
                }
            } else {
                main.push(n);
            }
        }
        let canonical = if weak.is_empty() {
            c.name.clone()
        } else {
            c.name.clone()
        };
        // every name of a GeoNames countryInfo row is a country (or dependent territory)
        for s in &srcs {
            g.add(&main, &canonical, &id, &["country"], 0, s, stop);
            g.add(&exact, &canonical, &id, &["exact", "country"], 0, s, stop);
            g.add(&weak, &canonical, &id, &["weak", "country"], 0, s, stop);
        }
    }
    for (names, canon) in words::HAND_FORMER_STATES {
        let ns: Vec<String> = names.split('|').map(|s| s.to_string()).collect();
        g.add(&ns, canon, "", &["country"], 1, "hand", stop);
    }
    for (names, id, flags) in words::HAND_PLACES {
        let ns: Vec<String> = names.split('|').map(|s| s.to_string()).collect();
        let fl: Vec<&'static str> = if flags.is_empty() {
            vec![]
        } else {
            vec![*flags]
        };
        g.add(&ns, "", id, &fl, 2, "hand", stop);
    }

    // Prominence of contested names (`Florida`, `Manchester`, `Victoria`):
    // an admin1 region counts as a twentieth of its country's people, a
    // capital as its whole country, any other city as its own people; the
    // most people wins. So Florida is the US state, not the Uruguayan
    // department; Manchester the English city, not the Jamaican parish;
    // Hamilton the Ontario city, not Bermuda's capital.
    let country_pop: HashMap<String, u64> = {
        let t = read_tsv(&src.join("geonames/countryInfo.tsv"));
        t.rows
            .iter()
            .map(|r| {
                let pop = t.get(r, "Population").parse::<u64>().unwrap_or(0);
                (t.get(r, "ISO").to_string(), pop)
            })
            .collect()
    };
    let by_people = |people: u64| 2000 + 1_000_000_000u64.saturating_sub(people);

    // ---- admin1
    let t = read_tsv(&src.join("geonames/admin1.tsv"));
    const STRIP: &[&str] = &[
        " Province", " Region", " Oblast", " oblast", " Governorate", " Department", " State",
        " Kray", " Krai", " kraj", " Republic", " Prefecture", " Voivodeship", " Rayon",
        " Uygur Zizhiqu", " Zizhiqu", " Sheng",
    ];
    const CN_REGION: &[&str] = &["Tibet", "Xinjiang", "Guangxi", "Ningxia", "Inner Mongolia"];
    const CN_MUNI: &[&str] = &["Beijing", "Shanghai", "Tianjin", "Chongqing"];
    for r in &t.rows {
        let cc = t.get(r, "country_code");
        let id = format!("geonames:{}", t.get(r, "geonameid"));
        let rank = by_people(country_pop.get(cc).copied().unwrap_or(0) / 20);
        let mut names = vec![
            t.get(r, "name_ascii").to_string(),
            t.get(r, "name").to_string(),
        ];
        let full = t.get(r, "name_ascii").to_string();
        for suf in STRIP {
            if let Some(base) = full.strip_suffix(suf) {
                if base.chars().count() >= 4 {
                    names.push(base.to_string());
                }
            }
        }
        if cc == "CN" {
            if CN_REGION.contains(&full.as_str()) {
                names.push(format!("{full} Autonomous Region"));
                names.push(format!("{full} Region"));
            } else if !CN_MUNI.contains(&full.as_str()) {
                names.push(format!("{full} Province"));
            }
        }
        // regions: only common English words are weak (Alberta, Virginia stay plain)
        let base_one_word = names.iter().any(|n| !n.contains(' ') && stop.is_word(n));
        if base_one_word {
            // keep multiword forms plain, the ambiguous one-word form weak
            let (amb, plain): (Vec<String>, Vec<String>) = names
                .into_iter()
                .partition(|n| !n.contains(' ') && stop.is_word(n));
            let canon = plain.first().cloned().unwrap_or_else(|| amb[0].clone());
            g.add(&plain, &canon, &id, &[], rank, "geonames", stop);
            g.add(&amb, &canon, &id, &["weak"], rank, "geonames", stop);
        } else {
            g.add(&names, "", &id, &[], rank, "geonames", stop);
        }
    }

    // ---- cities >= 15k
    let t15 = read_tsv(&src.join("geonames/cities15000.tsv"));
    let t5 = read_tsv(&src.join("geonames/cities5000_not_in_15000.tsv"));
    // primary-name counts worldwide (uniqueness test for small towns; alternates must not equal primaries)
    let mut primary_count: HashMap<String, usize> = HashMap::new();
    for r in &t15.rows {
        *primary_count
            .entry(key(t15.get(r, "asciiname")))
            .or_default() += 1;
        let n = key(t15.get(r, "name"));
        if n != key(t15.get(r, "asciiname")) {
            *primary_count.entry(n).or_default() += 1;
        }
    }
    for r in &t5.rows {
        *primary_count.entry(key(t5.get(r, "name"))).or_default() += 1;
    }
    let admin_keys: HashSet<String> = g.by_name.keys().cloned().collect();
    let person_keys = &ctx.person_full_keys;
    let block: HashSet<String> = words::PLACE_BLOCK.iter().map(|s| key(s)).collect();
    let exonyms: HashSet<String> = words::CITY_EXONYMS
        .split('|')
        .map(|s| key(s.trim()))
        .collect();

    let mut city_rows: Vec<(u64, &Vec<String>)> = t15
        .rows
        .iter()
        .map(|r| (t15.get(r, "population").parse::<u64>().unwrap_or(0), r))
        .collect();
    city_rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1[0].cmp(&b.1[0])));
    for (pop, r) in city_rows {
        let id = format!("geonames:{}", t15.get(r, "geonameid"));
        let fcode = t15.get(r, "feature_code");
        let rank = if fcode == "PPLC" {
            let cc = t15.get(r, "country_code");
            by_people(pop.max(country_pop.get(cc).copied().unwrap_or(0)))
        } else {
            by_people(pop)
        };
        let name = t15.get(r, "name").to_string();
        let ascii = t15.get(r, "asciiname").to_string();
        if name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut names = vec![name.clone(), ascii.clone()];
        // alternates: only well-known exonyms / former names (hand list)
        for a in split_list(t15.get(r, "alternatenames_latin")) {
            let k = key(&a);
            if exonyms.contains(&k) && k != key(&ascii) && (pop >= 100_000 || fcode == "PPLC") {
                if !person_keys.contains(&k) && !block.contains(&k) {
                    names.push(a);
                }
            }
        }
        names.retain(|n| !block.contains(&key(n)));
        let one_word_amb = names
            .iter()
            .any(|n| !n.contains(' ') && ctx.ambiguous_word(n));
        if one_word_amb && pop < 1_000_000 && fcode != "PPLC" {
            let (amb, plain): (Vec<String>, Vec<String>) = names
                .into_iter()
                .partition(|n| !n.contains(' ') && ctx.ambiguous_word(n));
            let canon = amb[0].clone();
            if pop >= 50_000 {
                g.add(&amb, &canon, &id, &["weak"], rank, "geonames", stop);
            }
            g.add(&plain, &canon, &id, &[], rank, "geonames", stop);
        } else {
            g.add(&names, &name, &id, &[], rank, "geonames", stop);
        }
    }
    // ---- towns 5k-15k: unique worldwide, not a word/name
    for r in &t5.rows {
        let name = t5.get(r, "name").to_string();
        let k = key(&name);
        if primary_count.get(&k).copied().unwrap_or(0) != 1
            || admin_keys.contains(&k)
            || person_keys.contains(&k)
        {
            continue;
        }
        if name.split(' ').any(|w| ctx.ambiguous_word(w)) || block.contains(&k) {
            continue;
        }
        if ctx.any_name_word(&name) {
            continue;
        }
        let pop = t5.get(r, "population").parse::<u64>().unwrap_or(0);
        if pop < 10_000 {
            continue; // size: towns of 5k-10k are left out
        }
        let id = format!("geonames:{}", t5.get(r, "geonameid"));
        g.add(
            &[name.clone()],
            &name,
            &id,
            &[],
            2000 + (1_000_000_000u64 - pop),
            "geonames-5k",
            stop,
        );
    }
    g
}
