//! Property tests: any text, no panic, valid spans, same output twice.

use factspan::{Extractor, Label, Span};
use proptest::prelude::*;

fn check(text: &str, spans: &[Span]) {
    let mut prev_end = 0;
    for s in spans {
        assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
        assert!(s.start >= prev_end, "unsorted or overlapping: {spans:?}");
        prev_end = s.end;
        // A claim's indices point at spans of the right kind.
        if let Some(c) = s.quantity().and_then(|q| q.claim.as_ref()) {
            for r in [c.subject_ref, c.source_ref].into_iter().flatten() {
                assert!(spans[r].entity().is_some(), "{c:?} in {spans:?}");
            }
            if let Some(r) = c.date_ref {
                assert_eq!(spans[r].label, Label::Date, "{c:?} in {spans:?}");
            }
        }
    }
}

/// Pieces that exercise the tokenizer, the gazetteers and the rules.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z]{1,8}",
        "[0-9]{1,7}([.,][0-9]{1,3})?",
        Just("Mr".to_string()),
        Just("Mr. ".to_string()),
        Just("President ".to_string()),
        Just("at least ".to_string()),
        Just("nearly 700 people".to_string()),
        Just("Kyrgyzstan".to_string()),
        Just("Bishkek’s".to_string()),
        Just("New York".to_string()),
        Just("U.S.".to_string()),
        Just("Zu\u{308}rich".to_string()),
        Just("ALA-TOO SQUARE".to_string()),
        Just("kYRGYZSTAN".to_string()),
        Just("De La Rue".to_string()),
        Just("\u{5e9}\u{5dc}\u{5d5}\u{5dd}".to_string()),
        Just("北京市".to_string()),
        Just("👩\u{200d}👩\u{200d}👧".to_string()),
        Just("İstanbul".to_string()),
        Just("\u{a0}".to_string()),
        Just("'s".to_string()),
        Just("-".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just(" said ".to_string()),
        Just("According to the ministry".to_string()),
        Just("\u{201c}".to_string()),
        Just(" were killed on Monday".to_string()),
    ]
}

/// An extractor whose user list exercises every matching path: any-case
/// entries, entries written in lower case, exact acronyms, diacritics.
fn user_list_extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .default_gazetteers(false)
            .gazetteer_tsv(
                "props.tsv",
                "name\tlabel\tcanonical\tid\tflags\n\
             kyrgyzstan\tplace\t\t\t\n\
             Ala-Too Square\tplace\t\t\tfold\n\
             US\tplace\t\t\texact\n\
             Zürich|Côte d’Ivoire\tplace\t\t\t\n\
             de la Rue\tinstitution\t\t\t\n",
            )
            .build()
            .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        let spans = Extractor::default().extract(&text);
        check(&text, &spans);
    }

    #[test]
    fn mixed_news_like_text(parts in proptest::collection::vec(piece(), 0..40), seps in proptest::collection::vec(prop_oneof![Just(""), Just(" "), Just(", ")], 40)) {
        let mut text = String::new();
        for (p, s) in parts.iter().zip(seps.iter().cycle()) {
            text.push_str(p);
            text.push_str(s);
        }
        let ex = Extractor::default();
        let spans = ex.extract(&text);
        check(&text, &spans);
        prop_assert_eq!(&spans, &ex.extract(&text));
        let spans = user_list_extractor().extract(&text);
        check(&text, &spans);
    }
}

/// Leftmost-longest matching as the gazetteer documents it, done the slow
/// way: at each capitalised word, the longest name that the text continues
/// with and that ends where a token ends. Only for ASCII names of
/// capitalised words and text without words in capitals, where case and
/// folding play no part.
fn reference_matches(names: &[String], text: &str) -> Vec<(usize, usize)> {
    let tokens = factspan::tokenize::tokenize(text);
    let ends: std::collections::HashSet<usize> = tokens.iter().map(|t| t.end).collect();
    let mut out = Vec::new();
    let mut next_free = 0;
    for t in &tokens {
        if t.start < next_free || !t.is_word() || !t.is_capitalized() {
            continue;
        }
        let best = names
            .iter()
            .filter(|n| text[t.start..].starts_with(n.as_str()))
            .map(|n| t.start + n.len())
            .filter(|end| ends.contains(end))
            .max();
        if let Some(end) = best {
            out.push((t.start, end));
            next_free = end;
        }
    }
    out
}

/// A capitalised word: the first word of names and text share these, so
/// that walks both succeed and fail at every depth.
fn name_word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-D][a-c]{0,3}",
        Just("New".to_string()),
        Just("York".to_string()),
        Just("O'Neil".to_string()),
        Just("Jean-Luc".to_string()),
        Just("B52".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn gazetteer_matches_like_the_slow_reference(
        names in proptest::collection::vec(
            proptest::collection::vec(name_word(), 1..4).prop_map(|w| w.join(" ")),
            1..30,
        ),
        words in proptest::collection::vec(
            prop_oneof![
                name_word(),
                Just("the".to_string()),
                Just("said".to_string()),
                Just(",".to_string()),
                Just(".".to_string()),
                Just("'s".to_string()),
                Just("-".to_string()),
            ],
            0..60,
        ),
        // No empty separator: joined pieces make words with capitals inside
        // (`Jean-Lu` + `C`), where case plays a part the reference knows
        // nothing of (the matcher reads `LuC` in capitals, as `Luc`).
        seps in proptest::collection::vec(prop_oneof![Just(" "), Just("  "), Just("\n")], 60),
        // Where the text quotes a whole name (or a name cut short), so that
        // walks reach deep into the trie.
        quotes in proptest::collection::vec(proptest::option::of((any::<usize>(), 0usize..3)), 60),
    ) {
        let mut text = String::new();
        for ((w, s), q) in words.iter().zip(seps.iter()).zip(quotes.iter()) {
            match q {
                Some((k, cut)) => {
                    let name = &names[k % names.len()];
                    let keep = name.len().saturating_sub(*cut);
                    text.push_str(name.get(..keep).unwrap_or(name));
                }
                None => text.push_str(w),
            }
            text.push_str(s);
        }
        let mut tsv = String::from("name\tlabel\n");
        for n in &names {
            tsv.push_str(n);
            tsv.push_str("\tplace\n");
        }
        let gaz = factspan::Gazetteer::builder()
            .tsv_str("names.tsv", &tsv)
            .unwrap()
            .build()
            .unwrap();
        let found: Vec<(usize, usize)> =
            gaz.find_all(&text).iter().map(|m| (m.start, m.end)).collect();
        prop_assert_eq!(found, reference_matches(&names, &text), "text {:?}", text);
    }
}
