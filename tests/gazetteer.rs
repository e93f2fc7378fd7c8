//! Gazetteer matching and file loading.

use factspan::gazetteer::{Entry, Flags};
use factspan::{Error, Gazetteer, Label};

fn gaz(tsv: &str) -> Gazetteer {
    Gazetteer::builder()
        .tsv_str("test.tsv", tsv)
        .unwrap()
        .build()
        .unwrap()
}

fn found<'t>(g: &Gazetteer, text: &'t str) -> Vec<&'t str> {
    g.find_all(text)
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect()
}

const LIST: &str = "name\tlabel\tcanonical\tid\tflags
Iran\tplace\t\tgeonames:130758\t
New York\tplace\t\t\t
New York Times\tinstitution\tThe New York Times\t\t
Zurich\tplace\t\t\t
Saint-Étienne\tplace\t\t\t
Côte d’Ivoire|Ivory Coast\tplace\tCôte d'Ivoire\t\t
US\tplace\tUnited States\t\texact
Turkey\tplace\t\t\t
kyrgyzstan\tplace\tKyrgyzstan\t\t
Georgia\tplace\t\t\t
Georgia\tperson\tGeorgia Smith\t\t
United States of America\tplace\t\t\t
";

#[test]
fn matches_only_on_token_boundaries() {
    let g = gaz(LIST);
    assert_eq!(found(&g, "Iranian officials in Tehran"), Vec::<&str>::new());
    assert_eq!(found(&g, "Iran's nuclear deal; Iran."), ["Iran", "Iran"]);
    assert_eq!(found(&g, "IRANIAN"), Vec::<&str>::new());
}

#[test]
fn longest_match_and_fallback_to_shorter() {
    let g = gaz(LIST);
    assert_eq!(
        found(&g, "read the New York Times today"),
        ["New York Times"]
    );
    // The longer entry ends inside a token: the shorter one still counts.
    assert_eq!(found(&g, "New York Timesheets"), ["New York"]);
    let m = &g.find_all("the New York Times")[0];
    let c: Vec<_> = g.candidates(m).collect();
    assert_eq!(
        (c[0].label, c[0].canonical),
        (Label::Institution, "The New York Times")
    );
}

#[test]
fn diacritics_and_apostrophes_fold_both_ways_with_exact_offsets() {
    let g = gaz(LIST);
    let text = "From Zürich to Saint-Etienne via Cote d'Ivoire and Côte d’Ivoire.";
    let ms = g.find_all(text);
    let got: Vec<(usize, usize, &str)> = ms
        .iter()
        .map(|m| (m.start, m.end, &text[m.start..m.end]))
        .collect();
    // Offsets worked out by hand: "From " is 5 bytes, "Zürich" 7 (ü is 2),
    // " to " 4, "Saint-Etienne" 13.
    assert_eq!(got[0], (5, 12, "Zürich"));
    assert_eq!(got[1], (16, 29, "Saint-Etienne"));
    assert_eq!(got[2].2, "Cote d'Ivoire");
    assert_eq!(got[3].2, "Côte d’Ivoire");
    assert_eq!(got.len(), 4);
    for m in &ms {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
}

#[test]
fn case_policy() {
    let g = gaz(LIST);
    // exact: only as written
    assert_eq!(found(&g, "US troops and us"), ["US"]);
    // default: as written or in capitals, not lower case
    assert_eq!(
        found(&g, "ANKARA, TURKEY - Turkey said; turkey dinner"),
        ["TURKEY", "Turkey"]
    );
    assert_eq!(found(&g, "NEW YORK (Reuters)"), ["NEW YORK"]);
    assert_eq!(
        found(&g, "UNITED STATES OF AMERICA"),
        ["UNITED STATES OF AMERICA"]
    );
    // an entry written in lower case matches in any case
    assert_eq!(
        found(&g, "Kyrgyzstan, KYRGYZSTAN, kyrgyzstan"),
        ["Kyrgyzstan", "KYRGYZSTAN", "kyrgyzstan"]
    );
}

#[test]
fn any_case_entries_are_found_whatever_their_first_word() {
    // Lower-case entries go to a separate list that only words able to
    // start one of them walk: first words cut by a hyphen, an apostrophe,
    // a digit, a non-ASCII letter, or one letter long.
    let g = gaz("name\tlabel\tcanonical\tid\tflags
al-qaida\tinstitution\t\t\t
k'lautern\tinstitution\t\t\t
x corp\tinstitution\t\t\t
ébola river\tplace\t\t\t
köln bonn airport\tplace\t\t\t
de gaulle\tperson\t\t\t
a2b\tinstitution\t\t\t
");
    assert_eq!(
        found(&g, "Al-Qaida and al-qaida, not al or qaida."),
        ["Al-Qaida", "al-qaida"]
    );
    assert_eq!(
        found(&g, "K’lautern beat k'lautern"),
        ["K’lautern", "k'lautern"]
    );
    assert_eq!(found(&g, "X Corp and x corp, not x"), ["X Corp", "x corp"]);
    assert_eq!(
        found(&g, "the Ebola River and ÉBOLA RIVER, not ebola"),
        ["Ebola River", "ÉBOLA RIVER"]
    );
    assert_eq!(
        found(&g, "koln bonn airport, Köln Bonn Airport"),
        ["koln bonn airport", "Köln Bonn Airport"]
    );
    assert_eq!(
        found(&g, "said de Gaulle; De Gaulle"),
        ["de Gaulle", "De Gaulle"]
    );
    assert_eq!(found(&g, "A2B and a2b, not a2"), ["A2B", "a2b"]);
    // Words that start no entry find nothing.
    assert!(found(&g, "deal kale xenon able").is_empty());
}

#[test]
fn one_surface_many_entries_in_order() {
    let g = gaz(LIST);
    let m = &g.find_all("Georgia voted")[0];
    let labels: Vec<Label> = g.candidates(m).map(|c| c.label).collect();
    assert_eq!(labels, [Label::Place, Label::Person]);
}

#[test]
fn a_name_with_hundreds_of_meanings_keeps_them_all() {
    // A trie value holds up to 255 meanings itself; more go through a
    // table of their own. Both kinds in one list, the long one between.
    let mut tsv = String::from("name\tlabel\tcanonical\tid\nAlma\tplace\t\tgeonames:1\n");
    for k in 0..300 {
        tsv.push_str(&format!("Springfield\tplace\t\tgeonames:{k}\n"));
    }
    tsv.push_str("Zug\tplace\t\tgeonames:2\nZug\tperson\t\t\n");
    let g = gaz(&tsv);
    let text = "Alma, Springfield and Zug";
    assert_eq!(found(&g, text), ["Alma", "Springfield", "Zug"]);
    let matches = g.find_all(text);
    let ids: Vec<String> = g
        .candidates(&matches[1])
        .map(|c| c.id.unwrap_or_default().to_string())
        .collect();
    let want: Vec<String> = (0..300).map(|k| format!("geonames:{k}")).collect();
    assert_eq!(ids, want);
    assert_eq!(g.candidates(&matches[0]).count(), 1);
    let zug: Vec<Label> = g.candidates(&matches[2]).map(|c| c.label).collect();
    assert_eq!(zug, [Label::Place, Label::Person]);
}

#[test]
fn programmatic_entries_and_flags() {
    let mut b = Gazetteer::builder();
    b.entry(Entry::new("Chad", Label::Place).flags(Flags {
        weak: true,
        ..Flags::default()
    }));
    b.add("Chad", Label::Place); // a repeat with other flags is another meaning
    let g = b.build().unwrap();
    let m = &g.find_all("in Chad")[0];
    assert_eq!(g.candidates(m).count(), 2);
    assert!(g.candidates(m).next().unwrap().flags.weak);
}

fn err(tsv: &str) -> String {
    Gazetteer::builder()
        .tsv_str("bad.tsv", tsv)
        .unwrap_err()
        .to_string()
}

#[test]
fn file_errors_name_the_line() {
    let head = "# a comment\nname\tlabel\tcanonical\tid\tflags\n";
    assert_eq!(
        err(&format!("{head}Acme\n")),
        "bad.tsv:3: missing the label column (columns are tab-separated)"
    );
    assert_eq!(
        err(&format!("{head}Acme\tplace\n\tplace\n")),
        "bad.tsv:4: empty name"
    );
    assert_eq!(
        err(&format!("{head}A||B\tplace\n")),
        "bad.tsv:3: empty alias in \"A||B\""
    );
    assert_eq!(
        err(&format!("{head}Acme\tplace\t\t\tbold\n")),
        "bad.tsv:3: unknown flag \"bold\" (expected exact, fold, weak or country)"
    );
    assert_eq!(
        err(&format!("{head}Acme\tplace\ta\tb\tc\td\n")),
        "bad.tsv:3: 6 columns, the header has 5"
    );
    assert!(err("name\tkind\nX\tplace\n").starts_with("bad.tsv:1: expected a header naming"));
    assert_eq!(
        err("name\tlabel\tname\n"),
        "bad.tsv:1: column \"name\" appears twice in the header"
    );
    assert_eq!(
        err(&format!("{head}Acme\tdate\n")),
        "bad.tsv:3: unknown label \"date\" (expected person, place, institution or group)"
    );
}

#[test]
fn columns_in_any_order_and_unknown_ones_warned() {
    // As a spreadsheet might export it: id first, an extra notes column.
    let tsv = "id\tnotes\tlabel\tname\tcanonical\n\
               geonames:1\tsee map\tplace\tOld Harbour|Harbour Quay\tOld Harbour\n\
               \t\tperson\tMira Tolstikova\n";
    let mut b = Gazetteer::builder();
    b.tsv_str("sheet.tsv", tsv).unwrap();
    assert_eq!(
        b.warnings(),
        [
            "sheet.tsv:1: unknown column \"notes\" ignored (known: name, label, canonical, id, flags)"
        ]
    );
    let g = b.build().unwrap();
    assert_eq!(g.warnings().len(), 1, "the gazetteer keeps the warnings");
    let text = "Mira Tolstikova walked to the Old Harbour.";
    assert_eq!(found(&g, text), ["Mira Tolstikova", "Old Harbour"]);
    let m = g.find_all(text);
    let harbour = g.candidates(&m[1]).next().unwrap();
    assert_eq!(
        (harbour.label, harbour.canonical, harbour.id),
        (factspan::Label::Place, "Old Harbour", Some("geonames:1"))
    );
}

#[test]
fn failed_text_adds_nothing() {
    let mut b = Gazetteer::builder();
    assert!(
        b.tsv_str("bad.tsv", "name\tlabel\nGood\tplace\nBad\tthing\n")
            .is_err()
    );
    assert!(b.is_empty());
}

#[test]
fn files_errors_name_the_path() {
    let dir = std::env::temp_dir().join(format!("factspan-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("latin1.tsv");
    std::fs::write(&bad, b"name\tlabel\nZ\xfcrich\tplace\n").unwrap();
    let e = Gazetteer::builder().tsv_file(&bad).unwrap_err();
    assert_eq!(e.to_string(), format!("{}:2: invalid UTF-8", bad.display()));
    let missing = dir.join("missing.tsv");
    let e = Gazetteer::builder().tsv_file(&missing).unwrap_err();
    assert!(matches!(e, Error::Io { .. }));
    assert!(e.to_string().starts_with(&missing.display().to_string()));
    let good = dir.join("good.tsv");
    std::fs::write(&good, "name\tlabel\r\nBishkek\tplace\r\n").unwrap();
    let g = Gazetteer::builder()
        .tsv_file(&good)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(found(&g, "in Bishkek"), ["Bishkek"]);
    std::fs::remove_dir_all(&dir).unwrap();
}
