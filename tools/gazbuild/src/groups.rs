//! groups.tsv: demonyms, nationalities, ethnic and religious groups.

use std::path::Path;

use crate::Ctx;
use crate::util::*;

const HAND_GROUPS: &[&str] = &[
    "Uighur|Uighurs|Uyghur|Uyghurs", "Rohingya", "Kurd|Kurds|Kurdish", "Arab|Arabs|Arabic",
    "Jew|Jews|Jewish", "Muslim|Muslims", "Christian|Christians", "Catholic|Catholics",
    "Protestant|Protestants", "Sunni|Sunnis", "Shia|Shi'ite|Shiite|Shiites|Shi'ites",
    "Hindu|Hindus", "Buddhist|Buddhists", "Sikh|Sikhs", "Palestinian|Palestinians",
    "Israeli|Israelis", "European|Europeans", "African|Africans", "Asian|Asians", "Latino|Latinos",
    "Hispanic|Hispanics", "Tatar|Tatars", "Chechen|Chechens", "Pashtun|Pashtuns", "Tamil|Tamils",
    "Tibetan|Tibetans", "Berber|Berbers", "Bedouin|Bedouins", "Druze", "Alawite|Alawites",
    "Yazidi|Yazidis", "Copt|Copts|Coptic", "Maori", "Roma", "Aborigine|Aborigines|Aboriginal",
    "Basque|Basques", "Catalan|Catalans", "Flemish", "Walloon|Walloons", "Scot|Scots|Scottish",
    "Welsh", "English", "Irish", "Cossack|Cossacks", "Hutu|Hutus", "Tutsi|Tutsis", "Serb|Serbs",
    "Croat|Croats", "Bosniak|Bosniaks", "Kosovar|Kosovars", "Soviet|Soviets",
    "Latin American|Latin Americans", "Western", "Westerners", "Nazi|Nazis",
    "Republican|Republicans", "Democrat|Democrats", "Conservative|Conservatives",
    "Socialist|Socialists", "Communist|Communists", "Taliban",
];

fn plural(w: &str) -> Option<String> {
    let l = w.to_lowercase();
    if w.contains(' ')
        || l.ends_with('s')
        || l.ends_with("sh")
        || l.ends_with("ch")
        || l.ends_with('x')
        || l.ends_with('z')
        || l.ends_with("ese")
        || l.ends_with('i')
        || l.ends_with("ic")
    {
        return None;
    }
    Some(format!("{w}s"))
}

/// Split "Kyrgyzstani(s)", "Briton(s), British (collective plural)" etc.
fn nationality_forms(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in s.split([',', ';']) {
        let p = part.trim();
        if let Some(base) = p.strip_suffix("(s)") {
            out.push(base.trim().to_string());
            out.push(format!("{}s", base.trim()));
            continue;
        }
        let p = strip_parens(p);
        for q in p.split(" or ") {
            let q = q.trim();
            if !q.is_empty() {
                out.push(q.to_string());
            }
        }
    }
    out
}

/// Split a Factbook ethnic_groups / religions field into group names.
fn split_groups(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    // text inside "(includes A, B, C)" is a list of names too
    let flat = s
        .replace("(includes", ",")
        .replace("includes", ",")
        .replace(['(', ')'], ",");
    for part in flat.split([',', ';', '/']) {
        let p: String = part
            .chars()
            .filter(|c| !c.is_ascii_digit() && *c != '%' && *c != '.' && *c != '<')
            .collect();
        let p = collapse_ws(&p);
        let p = p.trim_end_matches(" est").trim();
        let p = p.trim_start_matches("and ").trim();
        if p.is_empty() || p.split(' ').count() > 3 {
            continue;
        }
        if !p
            .split(' ')
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
        {
            continue;
        }
        out.push(p.to_string());
    }
    out
}

pub fn build(ctx: &Ctx, src: &Path) -> Gaz {
    let stop = &ctx.stop;
    let amb = |e: &String| {
        !e.contains(' ')
            && (e.chars().count() <= 3 || ctx.ambiguous_word(e) || ctx.place_keys.contains(&key(e)))
    };
    let mut g = Gaz::new("group");
    let add = |g: &mut Gaz, forms: Vec<String>, rank: u64, source: &'static str| {
        let mut names = Vec::new();
        for f in forms {
            if f.contains(' ') && f.split(' ').count() > 3 {
                continue;
            }
            // A country's name is a place, never a group (`Liechtenstein`).
            if ctx.country_keys.contains(&key(&f)) {
                continue;
            }
            if let Some(p) = plural(&f) {
                names.push(f.clone());
                names.push(p);
            } else {
                names.push(f);
            }
        }
        // group per singular: first name is canonical
        if !names.is_empty() {
            let c = names[0].clone();
            g.add(&names, &c, "", &[], rank, source, stop);
        }
    };
    let t = read_tsv(&src.join("factbook/countries.tsv"));
    for r in &t.rows {
        let mut forms = nationality_forms(t.get(r, "nationality_adjective"));
        forms.extend(nationality_forms(t.get(r, "nationality_noun")));
        forms.retain(|f| !f.contains("none") && !f.is_empty());
        add(&mut g, forms, 0, "factbook");
        for e in split_groups(t.get(r, "ethnic_groups"))
            .into_iter()
            .filter(|e| !amb(e))
        {
            add(&mut g, vec![e], 10, "factbook");
        }
        for e in split_groups(t.get(r, "religions"))
            .into_iter()
            .filter(|e| !amb(e))
        {
            if e.split(' ').count() == 1 {
                add(&mut g, vec![e], 10, "factbook");
            }
        }
    }
    let t = read_tsv(&src.join("countryinfo/countries.tsv"));
    for r in &t.rows {
        let d = t.get(r, "demonym");
        if !d.is_empty() {
            add(&mut g, vec![d.to_string()], 5, "countryinfo");
        }
    }
    let t = read_tsv(&src.join("i18n-nationality/nationalities_en.tsv"));
    for r in &t.rows {
        let d = t.get(r, "nationality_en");
        if ctx.country_keys.contains(&key(d)) {
            continue;
        }
        add(&mut g, vec![d.to_string()], 5, "i18n-nationality");
    }
    for h in HAND_GROUPS {
        add(
            &mut g,
            h.split('|').map(|s| s.to_string()).collect(),
            1,
            "hand",
        );
    }
    g
}
