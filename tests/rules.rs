//! Entity rules, one row per sentence (our own) and the spans expected of it.
//! Each row names the rule it exercises; the built-in gazetteers are on.

use factspan::{Extractor, Label, Metonymy};

/// (rule, sentence, expected (text, label) of person/place/institution spans)
type Row = (&'static str, &'static str, &'static [(&'static str, Label)]);

const PER: Label = Label::Person;
const LOC: Label = Label::Place;
const ORG: Label = Label::Institution;

const ROWS: &[Row] = &[
    (
        "title before",
        "Yesterday President Jeenbekov spoke.",
        &[("Jeenbekov", PER)],
    ),
    ("honorific", "Later Mr Japarov left.", &[("Japarov", PER)]),
    (
        "lower-case title",
        "Former president Almazbek Atambayev was freed.",
        &[("Almazbek Atambayev", PER)],
    ),
    (
        "appositive title",
        "The Prime Minister, Kubatbek Boronov, resigned.",
        &[("Kubatbek Boronov", PER)],
    ),
    (
        "title does not beat a listed place",
        "It split from the former USSR in 1991.",
        &[("USSR", LOC)],
    ),
    (
        "given name",
        "Yesterday Sadyr Kanybekov arrived.",
        &[("Sadyr Kanybekov", PER)],
    ),
    (
        "surname shape and speech verb",
        "The analyst Tolkunbek Zhumagulov said it was over.",
        &[("Tolkunbek Zhumagulov", PER)],
    ),
    (
        "head noun",
        "They set up a Coordination Council at once.",
        &[("Coordination Council", ORG)],
    ),
    (
        "prefix with of",
        "The Ministry of Health denied it.",
        &[("Ministry of Health", ORG)],
    ),
    (
        "definite lower-case ministry",
        "The health ministry said so.",
        &[("health ministry", ORG)],
    ),
    (
        "indefinite ministry is not a name",
        "A ministry said so.",
        &[],
    ),
    (
        "capitalised legislature",
        "Protesters seized Parliament by force.",
        &[("Parliament", ORG)],
    ),
    (
        "place head",
        "Clashes spread in Xinjiang Province this week.",
        &[("Xinjiang Province", LOC)],
    ),
    (
        "lower-case street head",
        "Crowds filled Ala-Too square again.",
        &[("Ala-Too square", LOC)],
    ),
    (
        "building named in the text",
        "They stormed the parliament building, known as the White House.",
        &[("White House", LOC)],
    ),
    (
        "title-case headline is not evidence",
        "Big Win for Protesters as Prime Minister Resigns",
        &[],
    ),
];

#[test]
fn rule_table() {
    let ex = Extractor::default();
    for (rule, text, want) in ROWS {
        let got: Vec<(&str, Label)> = ex
            .extract(text)
            .iter()
            .filter(|s| matches!(s.label, Label::Person | Label::Place | Label::Institution))
            .map(|s| (s.text(text), s.label))
            .collect();
        assert_eq!(got, *want, "rule {rule:?} on {text:?}");
    }
}

#[test]
fn surname_links_to_full_name() {
    let text = "Sadyr Japarov was freed. Later Mr Japarov became prime minister.";
    let spans = Extractor::default().extract(text);
    let people: Vec<_> = spans.iter().filter(|s| s.label == PER).collect();
    assert_eq!(people.len(), 2);
    assert_eq!(people[1].text(text), "Japarov");
    let e = people[1].entity().unwrap();
    let first = spans
        .iter()
        .position(|s| s.text(text) == "Sadyr Japarov")
        .unwrap();
    assert_eq!(e.link, Some(first));
    assert_eq!(e.canonical.as_deref(), Some("Sadyr Japarov"));
}

#[test]
fn acronym_in_parentheses_links() {
    let text = "The Organization for Security and Co-operation in Europe (OSCE) urged calm. Later the OSCE sent observers.";
    let spans = Extractor::default().extract(text);
    let orgs: Vec<&str> = spans
        .iter()
        .filter(|s| s.label == ORG)
        .map(|s| s.text(text))
        .collect();
    assert_eq!(
        orgs,
        [
            "Organization for Security and Co-operation in Europe",
            "OSCE",
            "OSCE"
        ]
    );
    assert_eq!(
        spans
            .iter()
            .filter(|s| s.entity().and_then(|e| e.link) == Some(0))
            .count(),
        2
    );
}

#[test]
fn place_standing_for_its_government() {
    let text = "China is the largest partner and Bishkek is eager to please Beijing.";
    let spans = Extractor::default().extract(text);
    let flagged: Vec<(&str, Option<Metonymy>)> = spans
        .iter()
        .filter(|s| s.label == LOC)
        .map(|s| (s.text(text), s.entity().unwrap().metonymy))
        .collect();
    assert_eq!(
        flagged,
        [
            ("China", None),
            ("Bishkek", Some(Metonymy::Government)),
            ("Beijing", None)
        ]
    );
}

#[test]
fn rules_can_be_turned_off() {
    let text = "They set up a Coordination Council in Bishkek.";
    let ex = Extractor::builder().rules(false).build().unwrap();
    let got: Vec<&str> = ex.extract(text).iter().map(|s| s.text(text)).collect();
    assert_eq!(got, ["Bishkek"]);
}
