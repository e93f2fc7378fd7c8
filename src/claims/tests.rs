//! One test per construction, on sentences written for them.

use crate::Extractor;
use crate::span::{Claim, Span};

fn claims(text: &str) -> Vec<(String, Option<Claim>)> {
    let spans: Vec<Span> = Extractor::default().extract(text);
    spans
        .iter()
        .filter_map(|s| {
            s.quantity()
                .map(|q| (s.text(text).to_string(), q.claim.clone()))
        })
        .collect()
}

fn claim_of(text: &str, span: &str) -> Option<Claim> {
    let all = claims(text);
    all.iter()
        .find(|(t, _)| t == span)
        .unwrap_or_else(|| panic!("{span:?} not found in {all:?}"))
        .1
        .clone()
}

fn pred(text: &str, span: &str) -> Option<(String, String)> {
    claim_of(text, span).map(|c| (c.predicate, c.lemma))
}

fn p(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_string(), b.to_string()))
}

#[test]
fn active_passive_perfect_progressive_modal() {
    assert_eq!(
        pred(
            "Fishermen rescued 240 sailors off the coast.", "240 sailors"
        ),
        p("rescued", "rescue")
    );
    assert_eq!(
        pred(
            "About 80 houses were destroyed by the flood.", "About 80 houses"
        ),
        p("destroyed", "destroy")
    );
    assert_eq!(
        pred("So far 57 volunteers have been tested.", "57 volunteers"),
        p("tested", "test")
    );
    assert_eq!(
        pred("Rescuers are searching 14 villages.", "14 villages"),
        p("searching", "search")
    );
    assert_eq!(
        pred("Exports could fall to 300 tonnes next year.", "300 tonnes"),
        p("fall", "fall")
    );
    assert_eq!(
        pred("The mayor was 64 years old.", "64 years old"),
        p("was", "be")
    );
}

#[test]
fn negated() {
    let c = claim_of("Forty parcels were not delivered on time.", "Forty parcels").unwrap();
    assert_eq!(c.lemma, "deliver");
    assert!(c.negated);
    let c = claim_of("Forty parcels were delivered on time.", "Forty parcels").unwrap();
    assert!(!c.negated);
}

#[test]
fn subjects_of_passives_are_their_agents() {
    let c = claim_of("The driver was fined $500 by the court.", "$500").unwrap();
    assert_eq!(c.subject.as_deref(), Some("court"));
    let c = claim_of("The driver was fined $500.", "$500").unwrap();
    assert_eq!(c.subject, None);
}

#[test]
fn nominal_predicates() {
    assert_eq!(
        pred("A death toll of 45 people in the valley.", "45 people"),
        p("toll", "toll")
    );
    assert_eq!(
        pred("A fine of $2 million for the shipping firm.", "$2 million"),
        p("fine", "fine")
    );
    assert_eq!(
        pred("He is serving a 7-year sentence.", "7-year"),
        p("sentence", "sentence")
    );
}

#[test]
fn reporting_verbs_before_and_after() {
    let c = claim_of("The fire brigade said 31 people were injured.", "31 people").unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref()),
        ("injure", Some("fire brigade"))
    );
    let c = claim_of(
        "About 60 cars were damaged, the insurers reported.",
        "About 60 cars",
    )
    .unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref()),
        ("damage", Some("insurers"))
    );
    let c = claim_of(
        "According to the port authority, 18 ships sank.",
        "18 ships",
    )
    .unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref()),
        ("sink", Some("port authority"))
    );
    let c = claim_of("The council announced four days of closures.", "four days").unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref()),
        ("announce", Some("council"))
    );
    // No reporting verb, no source.
    assert_eq!(
        claim_of("Fishermen rescued 240 sailors.", "240 sailors")
            .unwrap()
            .source,
        None
    );
}

#[test]
fn quotes_and_headers() {
    let c = claim_of(
        "A witness told reporters: \"I counted nine trucks.\"",
        "nine trucks",
    )
    .unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref()),
        ("count", Some("witness"))
    );
    // A quotation running over two sentences keeps its speaker.
    let text = "The mayor, a former judge, said: \"The river rose fast. It flooded 300 homes.\"";
    let c = claim_of(text, "300 homes").unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref()),
        ("flood", Some("mayor"))
    );
    // …and not past its end.
    let text = "The mayor said: \"The river rose fast.\" Rain flooded 300 homes.";
    assert_eq!(claim_of(text, "300 homes").unwrap().source, None);
    let text = "According to the weather office:\nWinds reached 140 km in an hour.\n";
    let c = claim_of(text, "140 km").unwrap();
    assert_eq!(c.source.as_deref(), Some("weather office"));
    let text = "\"We counted 45 bodies,\" said Maria Lopez, a local doctor.";
    let c = claim_of(text, "45 bodies").unwrap();
    assert_eq!(c.source.as_deref(), Some("Maria Lopez"));
    // Inverted reporting verbs after a comma name their subject after them.
    let text = "The firm paid $4 million in fines, announced Attorney General Jane Roe.";
    let c = claim_of(text, "$4 million").unwrap();
    assert_eq!(c.source.as_deref(), Some("Jane Roe"));
}

#[test]
fn coordination_and_elided_numbers() {
    let text = "The storm killed 5 and injured 12 in the town.";
    let c5 = claim_of(text, "5").unwrap();
    let c12 = claim_of(text, "12").unwrap();
    assert_eq!(c5.lemma, "kill");
    assert_eq!(c12.lemma, "injure");
    assert_eq!(c5.subject.as_deref(), Some("storm"));
    assert_eq!(c12.subject.as_deref(), Some("storm"));
    let c = claim_of("Doctors examined 80 pupils and 23 were injured.", "23").unwrap();
    assert_eq!(c.lemma, "injure");
    // A conjunct with an apposition is a clause of its own.
    let text = "Police said 40 people were hurt and two men, both bakers, were killed.";
    assert_eq!(claim_of(text, "two men").unwrap().lemma, "kill");
}

#[test]
fn hedges_and_dates() {
    let text = "Some 300 miners were reportedly trapped on Tuesday.";
    let c = claim_of(text, "Some 300 miners").unwrap();
    assert_eq!(c.hedge.as_deref(), Some("reportedly"));
    let spans = Extractor::default().extract(text);
    assert_eq!(spans[c.date_ref.unwrap()].text(text), "Tuesday");
    let c = claim_of("Ten guests are reported to have fallen ill.", "Ten guests").unwrap();
    assert_eq!(
        (c.lemma.as_str(), c.hedge.as_deref()),
        ("fall", Some("reportedly"))
    );
}

#[test]
fn no_claim() {
    for (text, span) in [
        ("A 23-year-old driver was arrested.", "23-year-old"),
        ("The two incidents were unrelated.", "two"),
        ("Five of the club's nine members resigned.", "nine"),
        ("He will be eligible for release in 12 years.", "12 years"),
        ("The prices were stable for nine years.", "nine years"),
        ("Kim Larsen, 52, was arrested.", "52"),
        ("The first train left at noon.", "first train"),
    ] {
        let all = claims(text);
        let found = all.iter().find(|(t, _)| t == span || t.starts_with(span));
        if let Some((_, c)) = found {
            assert_eq!(c, &None, "{text}: {span}");
        }
    }
}

#[test]
fn entity_refs() {
    let text = "Oxfam said 900 families were displaced in Chad.";
    let spans = Extractor::default().extract(text);
    let c = spans
        .iter()
        .find_map(|s| s.quantity())
        .unwrap()
        .claim
        .clone()
        .unwrap();
    assert_eq!(c.source.as_deref(), Some("Oxfam"));
    if let Some(r) = c.source_ref {
        assert_eq!(spans[r].text(text), "Oxfam");
    }
}

#[test]
fn indices_hold_across_windows() {
    // Past the first 1 MiB window the indices are shifted with the spans.
    let mut text = "Talks began on Friday in Oslo.\n".to_string();
    text.push_str(&"Quiet day. ".repeat(100_000));
    text.push_str("\nThe council said 12 people were killed on Monday in Oslo.\n");
    let ex = Extractor::default();
    let spans: Vec<Span> = ex.spans(&text).collect();
    let c = spans
        .iter()
        .find_map(|s| s.quantity())
        .and_then(|q| q.claim.clone())
        .unwrap();
    assert_eq!(c.lemma, "kill");
    assert_eq!(spans[c.date_ref.unwrap()].text(&text), "Monday");
    assert!(
        c.date_ref.unwrap() > 1,
        "the first window's spans come first"
    );
}

#[test]
fn qualified_subject_after_a_reporting_verb() {
    // The reporting verb's complement is a clause of its own, also when a
    // qualifier stands before the number.
    let text = "Officials said at least 300 workers marched on the capital.";
    assert_eq!(pred(text, "at least 300 workers"), p("marched", "march"));
    let text = "Organisers said more than 2,000 runners finished.";
    assert_eq!(
        pred(text, "more than 2,000 runners"),
        p("finished", "finish")
    );
}

#[test]
fn speaker_before_a_participial_apposition() {
    let text = "Jane Moss, speaking for the city council, said 40 homes were lost.";
    let c = claim_of(text, "40 homes").unwrap();
    assert_eq!(c.source.as_deref(), Some("Jane Moss"));
    // An apposition without a participle, as before.
    let text = "Tom Reed, a spokesman for the council, said 12 roads were closed.";
    assert_eq!(
        claim_of(text, "12 roads").unwrap().source.as_deref(),
        Some("Tom Reed")
    );
}

/// The first `n` bytes of the bench corpus (at a char boundary), and
/// sentences with quotations opened after a speaker.
fn sample_text(n: usize) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news.txt");
    let corpus = std::fs::read_to_string(path).unwrap_or_default();
    let end = (0..=n.min(corpus.len()))
        .rev()
        .find(|&k| corpus.is_char_boundary(k))
        .unwrap_or(0);
    let written = "The minister, Jane Roe, said: \"We will not stop. Nobody will. \
        Police chief John Doe told reporters \"the city is safe. It is.\" \
        Officials from the agency added, \"we are ready\nHe said that the rest";
    format!("{written}\n{}", &corpus[..end])
}

/// A quotation's speaker read off the tokens up to its opening mark (what
/// `annotate` does in sentences without claims) is the one the whole
/// sentence gives, and so is the syntax of those tokens.
#[test]
fn quote_speaker_from_the_tokens_before_the_quote() {
    use super::{Reader, quote_marks, quote_speaker_before};
    use crate::english::{english, wc};
    use crate::syntax::Sentence;
    use crate::tokenize::{sentences, tokenize};
    let text = sample_text(250_000);
    let text = text.as_str();
    let spans: Vec<Span> = Extractor::default().extract(text);
    let tokens = tokenize(text);
    let lex = english();
    let (mut full, mut part) = (Sentence::default(), Sentence::default());
    let (mut checked, mut speakers) = (0, 0);
    let starts = crate::starts::Starts::of(text, &tokens);
    let mut memo = super::Memo::default();
    for range in sentences(&tokens) {
        let quotes: Vec<usize> = starts
            .quotes
            .iter()
            .copied()
            .filter(|k| range.contains(k))
            .collect();
        for open in [false, true] {
            let (_, Some(at)) = quote_marks(text, &tokens, range.start, &quotes, open) else {
                continue;
            };
            full.analyse(text, &tokens, range.clone(), lex);
            let want = Reader::new(text, &tokens, &full, &spans, lex, &mut memo).quote_speaker(at);
            let got =
                quote_speaker_before(text, &tokens, range.start, at, &spans, &mut part, &mut memo);
            assert_eq!(got, want, "{}", &text[tokens[range.start].start..]);
            checked += 1;
            speakers += usize::from(want.is_some());
            assert_eq!(part.info, full.info[..=at]);
            if part.len() == 0 {
                // No reporting verb: the tags were not needed.
                assert!(!part.info.iter().any(|i| i.is(wc::REPORTING)));
                continue;
            }
            assert_eq!(part.pos, full.pos[..=at]);
            assert_eq!(part.group_of, full.group_of[..=at]);
            let before = |s: &Sentence| s.groups.iter().filter(|g| g.last < at).count();
            assert_eq!(part.groups[..before(&part)], full.groups[..before(&full)]);
        }
    }
    assert!(checked > 200 && speakers > 20, "{checked} {speakers}");
}

#[test]
fn span_tokens_found_from_a_cursor_agree_with_a_binary_search() {
    use crate::tokenize::{sentences, tokenize};
    let text = "Some 300 workers, 12 managers and 4,500 temporary staff lost jobs. \
                Police said 1,200 people joined; 80 were held and 7 hurt.";
    let tokens = tokenize(text);
    let spans: Vec<Span> = Extractor::default().extract(text);
    let mut seen = 0;
    for range in sentences(&tokens) {
        let toks = &tokens[range.clone()];
        let (lo, hi) = (toks[0].start, toks[toks.len() - 1].end);
        let mut cursor = range.start;
        for span in spans.iter().filter(|s| s.start >= lo && s.start < hi) {
            let a = toks.partition_point(|t| t.start < span.start);
            let b = toks.partition_point(|t| t.start < span.end);
            let want = (a < b).then_some((a, b));
            assert_eq!(
                super::token_range(&tokens, &range, &mut cursor, span),
                want,
                "{:?}",
                span.text(text)
            );
            seen += 1;
        }
    }
    // Both sentences have several spans.
    assert!(seen >= 6, "{seen}");
}

#[test]
fn long_sentences_are_read_in_pieces() {
    use super::{MAX_SENTENCE, pieces};
    let m = MAX_SENTENCE;
    // (sentence starts, tokens, the pieces as (first, end) pairs)
    type Case<'a> = (&'a [usize], usize, Vec<(usize, usize)>);
    let cases: [Case; 4] = [
        (&[], 0, vec![]),
        (&[0, 5], 9, vec![(0, 5), (5, 9)]),
        (&[0], m, vec![(0, m)]),
        (
            &[0, 3],
            3 + 2 * m + 1,
            vec![
                (0, 3),
                (3, 3 + m),
                (3 + m, 3 + 2 * m),
                (3 + 2 * m, 3 + 2 * m + 1),
            ],
        ),
    ];
    for (starts, len, want) in cases {
        let got: Vec<_> = pieces(starts, len).map(|r| (r.start, r.end)).collect();
        assert_eq!(got, want, "{starts:?} {len}");
    }
}

#[test]
fn a_quantity_in_a_sentence_of_many_gets_its_claim() {
    // One sentence of more than MAX_SENTENCE tokens: the quantities in
    // every piece still find the verb right before them.
    let mut text = String::new();
    for k in 0..200 {
        text.push_str(&format!("police arrested {} protesters and ", k + 2));
    }
    text.push_str("left.");
    assert!(crate::tokenize::tokenize(&text).len() > 2 * super::MAX_SENTENCE);
    let all = claims(&text);
    assert_eq!(all.len(), 200);
    for (span, claim) in &all {
        let lemma = claim.as_ref().map(|c| c.lemma.as_str());
        assert_eq!(lemma, Some("arrest"), "{span}");
    }
}
