//! Property tests: any text, no panic, valid spans, same output twice.

use factspan::{Extractor, Span};
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
