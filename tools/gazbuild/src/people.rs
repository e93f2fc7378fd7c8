//! people.tsv: office holders, legislators, leaders, athletes. Also collects
//! given names / surnames for first_names.txt and surnames.txt.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use crate::Ctx;
use crate::util::*;

/// Words that mark a title or a non-person inside a candidate name.
const NOT_PERSON_WORDS: &[&str] = &[
    "president", "minister", "king", "queen", "prince", "princess", "general", "ministry", "party",
    "army", "forces", "government", "council", "committee", "republic", "university", "bank",
    "company", "police", "senator", "governor", "ambassador", "secretary", "chairman", "leader",
    "spokesman", "sheikh", "emir", "mr", "mrs", "dr", "colonel", "commander", "rebel", "rebels",
    "militants", "official", "officials", "member", "members", "national", "state", "federal",
    "group", "union", "front", "movement", "people", "court", "judge", "mayor", "pope", "cardinal",
    "bishop", "new", "former", "deputy", "chief", "head", "vice", "acting", "prime", "office",
    "agency", "international", "world", "the", "of", "and", "chancellor", "kanzler",
    "bundeskanzler", "premier", "foreign", "defense", "defence", "finance", "interior",
    "opposition", "sen", "rep", "congressman", "ayatollah", "imam", "mullah", "sultan", "shah",
    "tsar", "lord", "sir", "lady", "dame", "saint", "st", "san", "santa", "gen", "col", "maj",
    "capt", "lt", "adm", "prof",
];

/// Repos (country prefixes) whose names are written surname-first in English.
const SURNAME_FIRST: &[&str] = &[
    "china", "taiwan", "hong-kong", "north-korea", "south-korea", "vietnam", "cambodia",
];

pub struct PeopleOut {
    pub gaz: Gaz,
    pub first_names: BTreeSet<String>,
    pub surnames: BTreeSet<String>,
    pub titles: Vec<(String, &'static str)>,
}

fn person_ok(n: &str) -> bool {
    let toks: Vec<&str> = n.split(' ').collect();
    if toks.len() < 2 || toks.len() > 6 || n.chars().count() > 60 {
        return false;
    }
    if n.chars().any(|c| c.is_ascii_digit()) || !is_latin(n) {
        return false;
    }
    if n.split([' ', '-'])
        .any(|t| NOT_PERSON_WORDS.contains(&t.to_lowercase().trim_matches('.')))
    {
        return false;
    }
    // the last token must start uppercase (not "Hassan al"), first too
    let last = toks[toks.len() - 1];
    if !last.chars().next().is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    valid_surface(n)
}

fn clean_name(n: &str) -> String {
    let n = strip_parens(n);
    let n = n.replace('’', "'");
    collapse_ws(n.trim_matches(|c: char| c == ',' || c == ' '))
}

/// Title-case token check for the name lists.
fn name_token(t: &str) -> Option<String> {
    let t = t.trim_matches(|c: char| c == ',' || c == '.');
    let n = t.chars().count();
    if n < 2 || n > 20 || !is_latin(t) {
        return None;
    }
    if !t
        .chars()
        .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
    {
        return None;
    }
    let mut cs = t.chars();
    let f = cs.next()?;
    if !f.is_uppercase() {
        return None;
    }
    let rest: String = cs.collect();
    if !rest.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    if [
        "Jr", "Sr", "II", "III", "IV", "Van", "Von", "De", "Del", "Da", "Di", "Le", "La", "Al",
        "El", "Bin", "Ibn", "Abu",
    ]
    .contains(&t)
    {
        return None;
    }
    Some(t.to_string())
}

impl PeopleOut {
    fn given(&mut self, s: &str, stop: &Stop) {
        for t in s.split(' ') {
            if let Some(t) = name_token(t) {
                if !stop.is_word(&t) {
                    self.first_names.insert(t);
                }
            }
        }
    }
    fn surname(&mut self, s: &str, stop: &Stop) {
        let toks: Vec<&str> = s.split(' ').collect();
        if toks.len() == 1 {
            if let Some(t) = name_token(toks[0]) {
                if !stop.function.contains(&key(&t)) {
                    self.surnames.insert(t);
                }
            }
        }
    }
    /// Split a full name given-first (or surname-first) into the lists.
    fn split_full(&mut self, n: &str, surname_first: bool, stop: &Stop) {
        let toks: Vec<&str> = n.split(' ').collect();
        if toks.len() < 2 || toks.len() > 3 {
            return;
        }
        if surname_first {
            self.surname(toks[0], stop);
        } else {
            self.given(toks[0], stop);
            self.surname(toks[toks.len() - 1], stop);
        }
    }
}

pub fn build(ctx: &mut Ctx, src: &Path) -> PeopleOut {
    let stop = &ctx.stop;
    let mut out = PeopleOut {
        gaz: Gaz::new("person"),
        first_names: BTreeSet::new(),
        surnames: BTreeSet::new(),
        titles: Vec::new(),
    };
    // census names
    for f in ["first_names_male.tsv", "first_names_female.tsv"] {
        let t = read_tsv(&src.join("us-census-1990-names").join(f));
        for r in &t.rows {
            let n = person_case(t.get(r, "name"));
            out.given(&n, stop);
        }
    }
    let t = read_tsv(&src.join("us-census-1990-names/surnames.tsv"));
    for r in &t.rows {
        if t.get(r, "rank").parse::<u32>().unwrap_or(u32::MAX) <= 15000 {
            let n = person_case(t.get(r, "name"));
            out.surname(&n, stop);
        }
    }

    // ---- head-of-state/government positions in EPS holders
    let heads_pos = |p: &str| {
        matches!(
            p,
            "President"
                | "Prime Minister"
                | "Chancellor"
                | "Federal Chancellor"
                | "Premier"
                | "Taoiseach"
                | "Chief Executive"
                | "Supreme Leader"
        ) || p.starts_with("President of the Republic")
            || (p.starts_with("Prime Minister of") && !p.contains("Deputy"))
    };
    let h = read_tsv(&src.join("wikidata-officeholders-eps/holders21.tsv"));
    let mut head_qids: HashSet<String> = HashSet::new();
    for r in &h.rows {
        let pos = h.get(r, "position");
        out.titles
            .push((pos.to_string(), "wikidata-officeholders-eps"));
        if heads_pos(pos) {
            head_qids.insert(h.get(r, "personID").to_string());
        }
    }
    let wl = read_csv(&src.join("wikidata-world-leaders-2021/wikidata.csv"));
    for r in &wl.rows {
        head_qids.insert(wl.get(r, "officeholder").to_string());
        out.titles.push((
            wl.get(r, "positionLabel").to_string(),
            "wikidata-world-leaders-2021",
        ));
    }

    // heads: (entry idx, surname)
    let mut head_surnames: Vec<(usize, String)> = Vec::new();
    // Heads whose names are written surname first (`Xi Jinping`).
    let mut surname_first_heads: BTreeSet<usize> = BTreeSet::new();

    // legislators whose terms all ended before 2018 (size)
    let lt = read_tsv(&src.join("wikidata-officeholders-eps/legislators.tsv"));
    let mut recent_leg: HashSet<String> = HashSet::new();
    for r in &lt.rows {
        let end = lt.get(r, "last_end");
        if end.is_empty() || end >= "2018" {
            recent_leg.insert(lt.get(r, "personID").to_string());
        }
    }
    // ---- EPS people
    let t = read_tsv(&src.join("wikidata-officeholders-eps/people.tsv"));
    for r in &t.rows {
        let qid = t.get(r, "qid");
        let label = clean_name(t.get(r, "label"));
        let enwiki = clean_name(t.get(r, "enwiki_title"));
        let repos = t.get(r, "repos");
        let sf = SURNAME_FIRST
            .iter()
            .any(|p| repos.split('|').all(|x| x.starts_with(p)));
        let names: Vec<String> = [enwiki.clone(), label.clone()]
            .into_iter()
            .filter(|n| person_ok(n))
            .collect();
        if names.is_empty() {
            continue;
        }
        let nexec: u32 = t.get(r, "n_exec_positions").parse().unwrap_or(0);
        // legislators without an English Wikipedia article are left out (size)
        if nexec == 0
            && (enwiki.is_empty() || !recent_leg.contains(qid))
            && !head_qids.contains(qid)
        {
            continue;
        }
        let is_head = head_qids.contains(qid);
        let rank = if is_head {
            0
        } else if nexec > 0 {
            10
        } else {
            20
        };
        let id = format!("wikidata:{qid}");
        if let Some(i) = out.gaz.add(
            &names,
            &names[0],
            &id,
            &[],
            rank,
            "wikidata-officeholders-eps",
            stop,
        ) {
            for n in &names {
                out.split_full(n, sf, stop);
            }
            if is_head {
                let toks: Vec<&str> = names[0].split(' ').collect();
                let s = if sf { toks[0] } else { toks[toks.len() - 1] };
                head_surnames.push((i, s.to_string()));
                if sf {
                    surname_first_heads.insert(i);
                }
            }
        }
    }
    // ---- world leaders 2021
    for r in &wl.rows {
        let q = wl.get(r, "officeholder");
        let n = clean_name(wl.get(r, "officeholderLabel"));
        if !person_ok(&n) {
            continue;
        }
        let id = format!("wikidata:{q}");
        let country = wl.get(r, "country").to_lowercase();
        let country = country.replace(' ', "-");
        let sf = SURNAME_FIRST
            .iter()
            .any(|p| country.starts_with(p) || country.ends_with(&format!("-{p}")));
        let idx = match out.gaz.by_id.get(&id) {
            Some(&i) => {
                out.gaz
                    .add_alias(i, &[n.clone()], "wikidata-world-leaders-2021", stop);
                Some(i)
            }
            None => out.gaz.add(
                &[n.clone()],
                &n,
                &id,
                &[],
                0,
                "wikidata-world-leaders-2021",
                stop,
            ),
        };
        if let Some(i) = idx {
            let toks: Vec<&str> = n.split(' ').collect();
            head_surnames.push((
                i,
                (if sf { toks[0] } else { toks[toks.len() - 1] }).to_string(),
            ));
            if sf {
                surname_first_heads.insert(i);
            }
            out.split_full(&n, sf, stop);
        }
    }
    // ---- US Congress + executive
    let t = read_tsv(&src.join("us-congress-legislators/people.tsv"));
    for r in &t.rows {
        let first = t.get(r, "first");
        let last = t.get(r, "last");
        let mut names = vec![
            clean_name(t.get(r, "official_full")),
            clean_name(t.get(r, "wikipedia")),
            format!("{first} {last}"),
        ];
        let nick = t.get(r, "nickname");
        if !nick.is_empty() {
            names.push(format!("{nick} {last}"));
        }
        let middle = t.get(r, "middle");
        if !middle.is_empty() {
            names.push(format!("{first} {middle} {last}"));
        }
        let names: Vec<String> = names
            .into_iter()
            .map(|n| collapse_ws(&n))
            .filter(|n| person_ok(n))
            .collect();
        if names.is_empty() {
            continue;
        }
        let q = t.get(r, "wikidata");
        let id = if q.is_empty() {
            String::new()
        } else {
            format!("wikidata:{q}")
        };
        let exec = t.get(r, "kind") == "executive";
        let rank = if exec { 0 } else { 10 };
        let idx = match out.gaz.by_id.get(&id) {
            Some(&i) if !id.is_empty() => {
                out.gaz
                    .add_alias(i, &names, "us-congress-legislators", stop);
                out.gaz.entries[i].rank = out.gaz.entries[i].rank.min(rank);
                Some(i)
            }
            _ => out.gaz.add(
                &names,
                &names[0],
                &id,
                &[],
                rank,
                "us-congress-legislators",
                stop,
            ),
        };
        out.given(first, stop);
        out.given(nick, stop);
        out.surname(last, stop);
        let end = t.get(r, "last_term_end");
        if exec && end >= "1990" {
            if let Some(i) = idx {
                head_surnames.push((i, last.to_string()));
            }
        }
    }
    // helper: attach to an existing entry by name, else create
    fn attach(
        out: &mut PeopleOut,
        names: &[String],
        rank: u64,
        source: &'static str,
        stop: &Stop,
    ) -> Option<usize> {
        let names: Vec<String> = names.iter().filter(|n| person_ok(n)).cloned().collect();
        if names.is_empty() {
            return None;
        }
        for n in &names {
            if let Some(&i) = out.gaz.by_name.get(&key(n)) {
                out.gaz.add_alias(i, &names, source, stop);
                out.gaz.entries[i].rank = out.gaz.entries[i].rank.min(rank);
                return Some(i);
            }
        }
        out.gaz.add(&names, &names[0], "", &[], rank, source, stop)
    }
    // ---- Factbook leaders
    let t = read_tsv(&src.join("factbook/leaders_current.tsv"));
    for r in &t.rows {
        let given = t.get(r, "given");
        let sur = person_case(t.get(r, "surname_caps"));
        let sf = t.get(r, "name_order") == "surname_given";
        let n = if sf {
            format!("{sur} {given}")
        } else {
            format!("{given} {sur}")
        };
        let n = collapse_ws(&n);
        out.titles.push((t.get(r, "title").to_string(), "factbook"));
        let mut names = vec![n.clone()];
        // short form: first given name + surname
        let g1 = given.split(' ').next().unwrap_or("");
        if !sf && given.contains(' ') {
            names.push(format!("{g1} {sur}"));
        }
        if let Some(i) = attach(&mut out, &names, 0, "factbook", stop) {
            if !sur.contains(' ') {
                head_surnames.push((i, sur.clone()));
                if sf {
                    surname_first_heads.insert(i);
                }
            }
        }
        out.given(given, stop);
        out.surname(&sur, stop);
    }
    // ---- CIA officials 2019
    let t = read_tsv(&src.join("cia-world-leaders-2019/officials.tsv"));
    for r in &t.rows {
        let first = t.get(r, "first_name");
        let last = person_case(t.get(r, "last_name_caps"));
        let full = collapse_ws(&format!("{first} {last}"));
        out.titles
            .push((t.get(r, "title").to_string(), "cia-world-leaders-2019"));
        attach(&mut out, &[full], 10, "cia-world-leaders-2019", stop);
        out.given(first, stop);
        out.surname(&last, stop);
    }
    // ---- Factbook person mentions
    let t = read_tsv(&src.join("factbook/person_mentions.tsv"));
    for r in &t.rows {
        let given = t.get(r, "given");
        let sur = person_case(t.get(r, "surname_caps"));
        let sf = t.get(r, "name_order") == "surname_given";
        let n = collapse_ws(&if sf {
            format!("{sur} {given}")
        } else {
            format!("{given} {sur}")
        });
        // heuristic source: skip given parts that are words ("Following Kim")
        if given.split(' ').any(|w| stop.is_word(w)) {
            continue;
        }
        attach(&mut out, &[n], 30, "factbook", stop);
        out.given(given, stop);
        out.surname(&sur, stop);
    }
    // ---- Phoenix people (CountryInfo leaders and ministers up to 2014)
    let t = read_tsv(&src.join("phoenix-actor-dictionaries/actors.tsv"));
    for r in &t.rows {
        if t.get(r, "dict") != "countries"
            || !t.get(r, "comment").eq_ignore_ascii_case("CountryInfo.txt")
        {
            continue;
        }
        let mut names = vec![person_case(t.get(r, "name"))];
        for v in split_list(t.get(r, "variants")) {
            names.push(person_case(&v));
        }
        let names: Vec<String> = names
            .into_iter()
            .filter(|n| {
                person_ok(n)
                    && !n.split(' ').any(|w| {
                        ctx.group_keys.contains(&key(w)) || ctx.country_keys.contains(&key(w))
                    })
            })
            .collect();
        attach(&mut out, &names, 30, "phoenix-actor-dictionaries", stop);
    }
    // ---- World Cup squads
    let t = read_tsv(&src.join("openfootball-worldcup-squads/squads.tsv"));
    for r in &t.rows {
        if t.get(r, "year") < "1994" {
            continue; // size: older squads left out
        }
        let raw = collapse_ws(t.get(r, "name_raw"));
        let sur_caps = t.get(r, "surname_caps");
        let n = person_case(&raw);
        if !raw.contains(' ') {
            // mononym
            let ok = n.chars().count() >= 5
                && !ctx.ambiguous_word(&n)
                && !ctx.place_keys.contains(&key(&n));
            if ok && valid_surface(&n) && is_latin(&n) {
                out.gaz.add(
                    &[n.clone()],
                    &n,
                    "",
                    &[],
                    40,
                    "openfootball-worldcup-squads",
                    stop,
                );
            }
            continue;
        }
        attach(
            &mut out,
            &[n.clone()],
            40,
            "openfootball-worldcup-squads",
            stop,
        );
        if !sur_caps.is_empty() {
            let sur = person_case(sur_caps);
            let given = raw.replace(sur_caps, "");
            out.given(given.trim(), stop);
            out.surname(&sur, stop);
        }
    }
    // ---- NBA / WNBA
    for f in ["players.tsv", "wnba_players.tsv"] {
        let t = read_tsv(&src.join("nba-api-players").join(f));
        for r in &t.rows {
            let n = collapse_ws(t.get(r, "full_name"));
            attach(&mut out, &[n], 40, "nba-api-players", stop);
            out.given(t.get(r, "first_name"), stop);
            out.surname(t.get(r, "last_name"), stop);
        }
    }

    // ---- surname-only aliases for heads of state/government
    let mut count: HashMap<String, BTreeSet<usize>> = HashMap::new();
    for (i, s) in &head_surnames {
        count.entry(key(s)).or_default().insert(*i);
    }
    // surnames of all people (to detect clashes with non-heads sharing a surname)
    let mut all_last: HashMap<String, usize> = HashMap::new();
    for e in &out.gaz.entries {
        if let Some(l) = e.names[0].split(' ').last() {
            *all_last.entry(key(l)).or_default() += 1;
        }
    }
    let mut added = BTreeSet::new();
    for (i, s) in &head_surnames {
        let k = key(s);
        if count[&k].len() != 1 || added.contains(&k) {
            continue;
        }
        // East Asian surnames are short (`Xi`, `Moon`); others need four letters.
        let short_ok = s.chars().count() >= 2 && surname_first_heads.contains(i);
        if (s.chars().count() < 4 && !short_ok)
            || s.contains(' ')
            || !s.chars().next().is_some_and(|c| c.is_uppercase())
        {
            continue;
        }
        if ctx.ambiguous_word(s) || ctx.place_keys.contains(&k) || ctx.group_keys.contains(&k) {
            continue;
        }
        if ctx.census_surname_rank.get(&k).is_some_and(|&r| r <= 3000) {
            continue;
        }
        if all_last.get(&k).copied().unwrap_or(0) > 3 {
            continue;
        }
        out.gaz.add_alias(*i, &[s.clone()], "surname-alias", stop);
        added.insert(k);
    }
    ctx.surname_aliases = added.len();
    out
}
