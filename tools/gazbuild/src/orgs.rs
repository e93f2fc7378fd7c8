//! institutions.tsv: international organisations, government bodies, ministries,
//! parties, universities, companies, news organisations, sports clubs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::Ctx;
use crate::util::*;
use crate::words;

fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| !w.is_empty() && !SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(|c| c.to_uppercase())
        .collect()
}

/// `NAME (ACR)` → (`NAME`, Some(`ACR`)) when the bracketed part is an acronym.
fn paren_acronym(s: &str) -> (String, Option<String>) {
    let s = s.trim();
    if let (Some(open), true) = (s.rfind(" ("), s.ends_with(')')) {
        let inner = s[open + 2..s.len() - 1].trim().to_string();
        let base = s[..open].trim().to_string();
        if is_acronym(&inner) && !base.is_empty() {
            return (base, Some(inner));
        }
        return (strip_parens(s), None);
    }
    (s.to_string(), None)
}

fn is_acronym(n: &str) -> bool {
    let letters: String = n.chars().filter(|c| c.is_alphabetic()).collect();
    !n.contains(' ')
        && letters.chars().count() >= 2
        && letters.chars().count() <= 6
        && letters.chars().all(|c| c.is_uppercase())
}

const LEGAL_SUFFIX: &[&str] = &[
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc",
    "l.l.c", "lp", "l.p", "n.v", "nv", "s.a", "sa", "ag", "se", "s.p.a", "spa", "ab", "asa", "oyj",
    "a/s", "as", "bv", "b.v", "gmbh", "kgaa", "/de", "/md", "/ny", "/nv", "/pa", "/ca", "/tx",
    "/new", "/oh", "/mn", "/va", "/il", "/fl", "/wa", "/ma", "/ga", "/nj", "/co", "/ut", "/mi",
    "/az", "/wi", "/la", "/adr", "adr", "&", "and", "the", "de", "/the", "holdings", "holding",
    "group", "trust", "lt", "ltd.", "s.a.b", "cv", "de c.v", "sab",
];

/// Strip legal suffixes: "NVIDIA CORP" → ("Nvidia", "Nvidia Corp").
fn company_names(raw: &str, acr: &HashSet<String>) -> Vec<String> {
    let cased = org_case(&raw.replace(" /", " /").replace(',', ""), acr);
    let cased = collapse_ws(&cased.replace(['/'], " /"));
    let mut toks: Vec<&str> = cased.split(' ').collect();
    let full: String = toks
        .iter()
        .filter(|t| !t.starts_with('/'))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    while toks.len() > 1 {
        let l = toks[toks.len() - 1].to_lowercase();
        let l = l.trim_end_matches('.');
        if LEGAL_SUFFIX.contains(&l) || l.starts_with('/') {
            toks.pop();
        } else {
            break;
        }
    }
    let base = toks.join(" ");
    let mut out = vec![base.clone()];
    if full != base {
        out.push(full);
    }
    out
}

pub fn build(ctx: &Ctx, src: &Path, titles: &[(String, &'static str)]) -> Gaz {
    let stop = &ctx.stop;
    let mut g = Gaz::new("institution");
    let v = |s: &str| s.split('|').map(|x| x.to_string()).collect::<Vec<_>>();
    let fl = |f: &str| -> Vec<&'static str> {
        match f {
            "exact" => vec!["exact"],
            "weak" => vec!["weak"],
            _ => vec![],
        }
    };
    // acronym casing from the Factbook international_org_participation field
    let fb = read_tsv(&src.join("factbook/countries.tsv"));
    let mut acr: HashSet<String> = HashSet::new();
    for r in &fb.rows {
        for a in fb.get(r, "international_org_participation").split(", ") {
            let a = strip_parens(a);
            if is_acronym(&a) {
                acr.insert(a.to_string());
            }
        }
    }
    let acr_flags = |a: &str| -> Vec<&'static str> {
        let letters = a.chars().filter(|c| c.is_alphabetic()).count();
        if letters <= 4 || stop.is_word(a) || ctx.ambiguous_word(a) {
            vec!["exact"]
        } else {
            vec![]
        }
    };
    // add a name list, routing acronyms to a separate line with the right flags
    let add_split = |g: &mut Gaz,
                     names: Vec<String>,
                     canon: &str,
                     id: &str,
                     flags: &[&'static str],
                     rank: u64,
                     source: &'static str| {
        let (acros, full): (Vec<String>, Vec<String>) =
            names.into_iter().partition(|n| is_acronym(n));
        let canon = if canon.is_empty() {
            full.first().or(acros.first()).cloned().unwrap_or_default()
        } else {
            canon.to_string()
        };
        let mut one_word_weak = Vec::new();
        let mut plain = Vec::new();
        for n in full {
            if !n.contains(' ')
                && (stop.is_word(&n) || ctx.ambiguous_word(&n))
                && !flags.contains(&"weak")
            {
                one_word_weak.push(n);
            } else {
                plain.push(n);
            }
        }
        let r = g.add(&plain, &canon, id, flags, rank, source, stop);
        if !one_word_weak.is_empty() {
            g.add(&one_word_weak, &canon, id, &["weak"], rank, source, stop);
        }
        for a in acros {
            let mut f = acr_flags(&a);
            f.extend(flags.iter().copied());
            g.add(&[a], &canon, id, &f, rank, source, stop);
        }
        r
    };

    // ---- hand lists
    for (n, f) in words::HAND_ORGS {
        add_split(&mut g, v(n), "", "", &fl(f), 0, "hand");
    }
    for (n, f) in words::HAND_NEWS {
        add_split(&mut g, v(n), "", "", &fl(f), 0, "hand");
    }
    for (n, f) in words::HAND_SPORTS {
        add_split(&mut g, v(n), "", "", &fl(f), 0, "hand");
    }
    for (n, f) in words::HAND_PARTIES {
        add_split(&mut g, v(n), "", "", &fl(f), 0, "hand");
    }
    for n in words::HAND_CENTRAL_BANKS {
        add_split(&mut g, v(n), "", "", &[], 0, "hand");
    }

    // ---- Phoenix international / milnonstate / national agencies
    let t = read_tsv(&src.join("phoenix-actor-dictionaries/actors.tsv"));
    for r in &t.rows {
        let dict = t.get(r, "dict");
        let code = t
            .get(r, "codes")
            .split(['|', ' '])
            .next()
            .unwrap_or("")
            .to_string();
        let comment = t.get(r, "comment");
        let name = t.get(r, "name");
        let (rank, ok) = match dict {
            "international" => {
                let c3 = &code.get(..3).unwrap_or("");
                match *c3 {
                    "IGO" | "MED" => (5, true),
                    "MNC" => (20, true),
                    _ => (0, false),
                }
            }
            "milnonstate" => (25, true),
            "countries" => (
                25,
                !comment.eq_ignore_ascii_case("CountryInfo.txt")
                    && code.len() >= 6
                    && name.contains(' '),
            ),
            _ => (0, false),
        };
        if !ok || ctx.major_place_keys.contains(&key(name)) {
            continue;
        }
        // officials in IGO lists are people: skip person-looking entries with date ranges
        if t.get(r, "codes").contains('-') && dict == "international" {
            continue;
        }
        // `IRISH REPUBLICAN ARMY (IRA)`: the bracketed acronym is an alias
        let (name, name_acr) = paren_acronym(name);
        let base = org_case(&name, &acr);
        let base_words: HashSet<String> =
            base.split(' ').map(key).filter(|w| w.len() > 3).collect();
        let ini = initials(&base);
        let mut names = vec![base.clone()];
        names.extend(name_acr);
        let mut variants = Vec::new();
        for var in split_list(t.get(r, "variants")) {
            let (v, a) = paren_acronym(&var);
            variants.push(v);
            variants.extend(a);
        }
        for var in variants {
            let vc = org_case(&var, &acr);
            if is_acronym(&vc) {
                if vc.chars().filter(|c| c.is_alphabetic()).collect::<String>() == ini
                    || (!base.contains(' ') && ini.len() <= 1)
                {
                    names.push(vc);
                }
                continue;
            }
            let vw: Vec<String> = vc.split(' ').map(key).filter(|w| w.len() > 3).collect();
            let overlap = vw.iter().filter(|w| base_words.contains(*w)).count();
            if !vw.is_empty() && overlap * 2 >= vw.len() && !vc.to_lowercase().contains("based") {
                names.push(vc);
            } else if is_acronym(&base) && initials(&vc) == base {
                names.push(vc);
            }
        }
        let canon = names
            .iter()
            .find(|n| !is_acronym(n))
            .cloned()
            .unwrap_or(base.clone());
        add_split(
            &mut g,
            names,
            &canon,
            "",
            &[],
            rank,
            "phoenix-actor-dictionaries",
        );
    }

    // ---- Factbook legislatures, courts, forces, parties
    for r in &fb.rows {
        for col in [
            "legislature_name", "highest_courts", "military_and_security_forces",
        ] {
            let text = fb.get(r, col).replace("||", ";").replace(" (20", ";(20");
            for piece in text.split([';', ':']) {
                let mut cands: Vec<String> = Vec::new();
                // main text and parenthesised alternatives
                let mut main = String::new();
                let mut inner = String::new();
                let mut depth = 0;
                for c in piece.chars() {
                    match c {
                        '(' => {
                            depth += 1;
                            if depth == 1 {
                                inner.push('\u{1}');
                            } else {
                                inner.push(c)
                            }
                        }
                        ')' => {
                            depth -= 1;
                        }
                        _ if depth > 0 => inner.push(c),
                        _ => main.push(c),
                    }
                }
                for part in main
                    .split([',', '\u{1}'])
                    .chain(inner.split(['\u{1}', ',']))
                {
                    for alt in part.split(" or ").flat_map(|x| x.split(" aka ")) {
                        let a = collapse_ws(
                            alt.trim()
                                .trim_start_matches("aka ")
                                .trim_start_matches("and "),
                        );
                        let a = a.trim_start_matches("the ").to_string();
                        if a.is_empty() || a.chars().any(|c| c.is_ascii_digit()) {
                            continue;
                        }
                        if !a.split(' ').all(|w| {
                            w.chars().next().is_some_and(|c| c.is_uppercase())
                                || SMALL_WORDS.contains(&w)
                        }) {
                            continue;
                        }
                        if a.split(' ').count() > 10 {
                            continue;
                        }
                        cands.push(a);
                    }
                }
                for c in cands {
                    if ctx.major_place_keys.contains(&key(&c)) || ctx.group_keys.contains(&key(&c))
                    {
                        continue;
                    }
                    add_split(&mut g, vec![c], "", "", &[], 10, "factbook");
                }
            }
        }
        for p in fb.get(r, "political_parties").split(['|']) {
            let p = strip_parens(p);
            let p = p.trim();
            if p.is_empty() || !p.chars().next().unwrap().is_uppercase() {
                continue;
            }
            let names: Vec<String> = p.split(" or ").map(|x| x.trim().to_string()).collect();
            if names
                .iter()
                .any(|n| n.split(' ').count() > 10 || n.contains(':'))
            {
                continue;
            }
            if names.len() == 1 && !names[0].contains(' ') {
                continue; // bare one-word names are too ambiguous ("Alliance", "Cohesion")
            }
            add_split(&mut g, names, "", "", &[], 12, "factbook");
        }
    }

    // ---- ministries from position titles
    let mut tcount: BTreeMap<String, usize> = BTreeMap::new();
    for (t, _) in titles {
        *tcount
            .entry(collapse_ws(&t.replace(" & ", " and ")))
            .or_default() += 1;
    }
    const SHORT: &[(&str, &str)] = &[
        ("Foreign Affairs", "Foreign"),
        ("Internal Affairs", "Interior"),
        ("the Interior", "Interior"),
        ("Interior", "Interior"),
        ("Home Affairs", "Home"),
        ("Defence", "Defence"),
        ("Defense", "Defense"),
        ("National Defense", "Defense"),
        ("National Defence", "Defence"),
        ("Finance", "Finance"),
        ("Justice", "Justice"),
        ("Health", "Health"),
        ("Public Health", "Health"),
        ("Education", "Education"),
        ("Agriculture", "Agriculture"),
        ("Economy", "Economy"),
        ("Trade", "Trade"),
        ("Energy", "Energy"),
        ("Culture", "Culture"),
        ("Labour", "Labour"),
        ("Labor", "Labor"),
        ("Transport", "Transport"),
        ("the Environment", "Environment"),
        ("Environment", "Environment"),
        ("Emergency Situations", "Emergencies"),
        ("Emergencies", "Emergencies"),
        ("Economic Affairs", "Economy"),
        ("Tourism", "Tourism"),
        ("Information", "Information"),
        ("Communications", "Communications"),
    ];
    let mut minis: Vec<(String, Vec<String>)> = Vec::new();
    for (t, c) in &tcount {
        if *c < 2 {
            continue;
        }
        let rest = t
            .strip_prefix("Minister of ")
            .or_else(|| t.strip_prefix("Minister for "));
        let Some(x) = rest else { continue };
        if x.chars().any(|c| c.is_ascii_digit()) || x.split(' ').count() > 7 || x.contains(',') {
            continue;
        }
        if !x
            .split(' ')
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || SMALL_WORDS.contains(&w))
        {
            continue;
        }
        if x.split(' ')
            .any(|w| ctx.country_keys.contains(&key(w)) || ctx.group_keys.contains(&key(w)))
        {
            continue;
        }
        let prep = if t.starts_with("Minister for") {
            "for"
        } else {
            "of"
        };
        let mut names = vec![format!("Ministry {prep} {x}")];
        if prep == "of" {
            names.push(format!("Ministry for {x}"));
        }
        if let Some((_, s)) = SHORT.iter().find(|(k, _)| *k == x) {
            names.push(format!("{s} Ministry"));
        } else if !x.contains(' ') {
            names.push(format!("{x} Ministry"));
        }
        minis.push((names[0].clone(), names));
    }
    for (c, names) in minis {
        g.add(&names, &c, "", &[], 10, "ministries-from-titles", stop);
    }
    for d in [
        "State", "Defense", "Justice", "the Treasury", "Homeland Security", "Commerce", "Labor",
        "Energy", "Education", "Agriculture", "the Interior", "Health and Human Services",
        "Transportation", "Veterans Affairs", "Housing and Urban Development",
    ] {
        let short = d.trim_start_matches("the ");
        let names = vec![format!("Department of {d}"), format!("{short} Department")];
        g.add(&names, &names[0], "", &[], 10, "hand", stop);
    }

    // ---- parties (partyfacts)
    let t = read_tsv(&src.join("partyfacts/core_parties.tsv"));
    for r in &t.rows {
        let q = t.get(r, "wikidata_id");
        let id = if q.starts_with('Q') {
            format!("wikidata:{q}")
        } else {
            String::new()
        };
        let mut names: Vec<String> = t
            .get(r, "name_english")
            .split(" / ")
            .map(|s| strip_parens(s))
            .collect();
        names.push(strip_parens(t.get(r, "name")));
        let short = t.get(r, "name_short");
        let mut acros = Vec::new();
        if short.chars().count() >= 3 && is_acronym(short) && !stop.is_word(short) {
            acros.push(short.to_string());
        }
        names.retain(|n| n.contains(' ') && is_latin(n));
        if names.is_empty() {
            continue;
        }
        names.extend(acros);
        add_split(&mut g, names, "", &id, &[], 15, "partyfacts");
    }

    // ---- companies: S&P 500, SEC, cspell
    let sp = read_csv(&src.join("s-and-p-500/constituents.csv"));
    let mut sp_cik: HashSet<String> = HashSet::new();
    for r in &sp.rows {
        sp_cik.insert(sp.get(r, "CIK").trim_start_matches('0').to_string());
        let names = company_names(sp.get(r, "Security"), &acr);
        add_split(&mut g, names, "", "", &[], 5, "s-and-p-500");
    }
    let t = read_tsv(&src.join("sec-company-tickers/company_tickers.tsv"));
    let mut seen_cik: HashSet<String> = HashSet::new();
    for r in &t.rows {
        let cik = t.get(r, "cik").trim_start_matches('0').to_string();
        if sp_cik.contains(&cik) || !seen_cik.insert(cik) {
            continue;
        }
        let title = t.get(r, "title");
        let up = title.to_uppercase();
        if [
            "ACQUISITION", " ETF", " FUND", " TRUST", "PORTFOLIO", " SPAC", "BLANK CHECK",
        ]
        .iter()
        .any(|w| up.contains(w))
        {
            continue;
        }
        let names = company_names(title, &acr);
        if names[0].chars().count() < 3 {
            continue;
        }
        add_split(&mut g, names, "", "", &[], 20, "sec-company-tickers");
    }
    for line in read_text(&src.join("cspell-dict-companies/companies.txt")).lines() {
        let n = line.trim();
        if n.chars().count() < 4 || is_acronym(n) || n.contains(' ') {
            continue;
        }
        if !n.chars().next().unwrap().is_uppercase() || !n.chars().any(|c| c.is_lowercase()) {
            continue;
        }
        if ctx.major_place_keys.contains(&key(n)) || ctx.group_keys.contains(&key(n)) {
            continue;
        }
        add_split(
            &mut g,
            vec![n.to_string()],
            "",
            "",
            &[],
            30,
            "cspell-dict-companies",
        );
    }

    // ---- news publishers
    let t = read_tsv(&src.join("fundus-publishers/publishers.tsv"));
    for r in &t.rows {
        let n = t.get(r, "name").to_string();
        let mut names = vec![n.clone()];
        if let Some(b) = n.strip_prefix("The ") {
            names.push(b.to_string());
        }
        add_split(&mut g, names, &n, "", &[], 5, "fundus-publishers");
    }

    // ---- sports: NBA teams, football clubs
    for f in ["teams.tsv", "wnba_teams.tsv"] {
        let t = read_tsv(&src.join("nba-api-players").join(f));
        for r in &t.rows {
            let names = vec![
                t.get(r, "full_name").to_string(),
                t.get(r, "nickname").to_string(),
            ];
            add_split(&mut g, names, "", "", &[], 5, "nba-api-players");
        }
    }
    let t = read_tsv(&src.join("openfootball-clubs/clubs.tsv"));
    for r in &t.rows {
        let mut names = vec![t.get(r, "name").to_string()];
        for a in split_list(t.get(r, "alt_names")) {
            let a = strip_parens(&a);
            if !a.is_empty() {
                names.push(a);
            }
        }
        // one-word alternates equal to a place stay out (the place reading is the default)
        let n0 = names[0].clone();
        let names: Vec<String> = names
            .into_iter()
            .enumerate()
            .filter(|(i, n)| *i == 0 || n.contains(' ') || !ctx.major_place_keys.contains(&key(n)))
            .map(|(_, n)| n)
            .collect();
        add_split(&mut g, names, &n0, "", &[], 15, "openfootball-clubs");
    }

    // ---- ROR
    let t = read_tsv(&src.join("ror-organizations/organizations.tsv"));
    let mut acr_count: HashMap<String, usize> = HashMap::new();
    for r in &t.rows {
        for a in split_list(t.get(r, "acronyms")) {
            *acr_count.entry(a).or_default() += 1;
        }
    }
    for r in &t.rows {
        let q = t.get(r, "wikidata");
        let id = format!("ror:{}", t.get(r, "ror_id"));
        let mut names = vec![strip_parens(t.get(r, "name"))];
        for a in split_list(t.get(r, "aliases")).into_iter().take(2) {
            names.push(strip_parens(&a));
        }
        names.retain(|n| n.contains(' ') || !ctx.major_place_keys.contains(&key(n)));
        if !q.is_empty() {
            for a in split_list(t.get(r, "acronyms")) {
                if acr_count[&a] == 1
                    && a.chars().count() >= 3
                    && is_acronym(&a)
                    && !stop.is_word(&a)
                    && !ctx.major_place_keys.contains(&key(&a))
                {
                    names.push(a);
                }
            }
        }
        let types = t.get(r, "types");
        // size: keep ROR records with a Wikidata id, and no hospitals-only records
        if q.is_empty() || types == "healthcare" || types == "other" {
            continue;
        }
        let rank = if !q.is_empty() {
            22
        } else if types.contains("government") {
            24
        } else {
            28
        };
        let canon = names.first().cloned().unwrap_or_default();
        add_split(&mut g, names, &canon, &id, &[], rank, "ror-organizations");
    }
    // ---- universities
    let t = read_tsv(&src.join("university-domains-list/universities.tsv"));
    for r in &t.rows {
        let n = strip_parens(t.get(r, "name"));
        // size: only names with "University" and >= 3 words, not under an
        // .edu.XX second-level domain (ROR with Wikidata covers the larger ones)
        if n.contains("University")
            && n.split(' ').count() >= 3
            && !t.get(r, "domains").contains(".edu.")
        {
            add_split(&mut g, vec![n], "", "", &[], 28, "university-domains-list");
        }
    }
    // ---- dotgov
    let t = read_tsv(&src.join("dotgov-orgs/gov_organizations.tsv"));
    for r in &t.rows {
        let dt = t.get(r, "domain_type");
        if dt.starts_with("Special district") || dt.is_empty() {
            continue;
        }
        let rank = if dt.starts_with("Federal") { 18 } else { 26 };
        for col in ["organization", "suborganization"] {
            let n = collapse_ws(t.get(r, col));
            if !n.contains(' ') {
                continue;
            }
            let mut names = vec![n.clone()];
            if col == "suborganization" || t.get(r, "suborganization").is_empty() {
                let ini = initials(&n);
                for d in split_list(t.get(r, "domains")) {
                    let lbl = d.trim_end_matches(".gov").to_uppercase();
                    if lbl == ini && lbl.len() >= 3 && !stop.is_word(&lbl) {
                        names.push(lbl);
                    }
                }
            }
            add_split(&mut g, names, &n, "", &[], rank, "dotgov-orgs");
        }
    }
    // ---- NSI brands/operators with worldwide or multi-country presence
    let t = read_tsv(&src.join("name-suggestion-index/entities.tsv"));
    for r in &t.rows {
        let q = t.get(r, "wikidata");
        if q.is_empty() {
            continue;
        }
        let locs: Vec<String> = split_list(t.get(r, "locations"));
        let countries: HashSet<&str> = locs
            .iter()
            .map(|l| l.split('-').next().unwrap_or(""))
            .collect();
        if !(locs.iter().any(|l| l == "001") || countries.len() >= 3) {
            continue;
        }
        let lab = t.get(r, "wikidata_label_en").to_string();
        if lab.is_empty()
            || ctx.major_place_keys.contains(&key(&lab))
            || ctx.group_keys.contains(&key(&lab))
        {
            continue;
        }
        let mut names = vec![lab.clone()];
        for s in split_list(t.get(r, "short_names")) {
            if is_acronym(&s) && s.len() >= 3 && !stop.is_word(&s) {
                names.push(s);
            }
        }
        add_split(
            &mut g,
            names,
            &lab,
            &format!("wikidata:{q}"),
            &[],
            22,
            "name-suggestion-index",
        );
    }
    g
}
