//! The extractor's contract: thread safety, span invariants, labels, builder.

use factspan::{Extractor, Label, Span};

#[test]
fn public_types_are_send_sync_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Extractor>();
    check::<factspan::Gazetteer>();
    check::<Span>();
    fn send_sync<T: Send + Sync>() {}
    send_sync::<factspan::Error>();
}

/// The invariants every output must hold.
pub fn assert_spans_valid(text: &str, spans: &[Span]) {
    let mut prev: Option<&Span> = None;
    for s in spans {
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.end <= text.len(), "span past the end {s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
        if let Some(p) = prev {
            assert!(p.start <= s.start, "unsorted");
            assert!(p.end <= s.start, "overlap {p:?} {s:?}");
        }
        prev = Some(s);
    }
}

fn labelled<'t>(text: &'t str, spans: &[Span]) -> Vec<(&'t str, Label)> {
    spans.iter().map(|s| (s.text(text), s.label)).collect()
}

#[test]
fn finds_places_from_a_user_list_with_exact_offsets() {
    let ex = Extractor::builder()
        .default_gazetteers(false)
        // Rules off: only the list speaks, and it says `Square`, not `square`.
        .rules(false)
        .gazetteer_tsv(
            "t.tsv",
            "name\tlabel\nBishkek\tplace\nAla-Too Square\tplace\n",
        )
        .build()
        .unwrap();
    let text = "Crowds filled the capital Bishkek\u{2019}s Ala-Too square on Monday.";
    let spans: Vec<Span> = ex
        .extract(text)
        .into_iter()
        .filter(|s| s.label == Label::Place)
        .collect();
    assert_eq!(labelled(text, &spans), [("Bishkek", Label::Place)]);
    assert_eq!((spans[0].start, spans[0].end), (26, 33));
    assert_spans_valid(text, &spans);
}

#[test]
fn label_filter_and_default_lists() {
    let text = "Sooronbay Jeenbekov met Vladimir Putin in Beijing.";
    let only_places = Extractor::builder().labels([Label::Place]).build().unwrap();
    assert_eq!(
        labelled(text, &only_places.extract(text)),
        [("Beijing", Label::Place)]
    );
    let no_places = Extractor::builder()
        .without_default(Label::Place)
        .build()
        .unwrap();
    assert!(
        no_places
            .extract(text)
            .iter()
            .all(|s| s.label != Label::Place)
    );
}

#[test]
fn entities_carry_canonical_and_id() {
    let text = "Putin spoke.";
    let spans = Extractor::default().extract(text);
    let e = spans[0].entity().expect("an entity");
    assert_eq!(e.canonical.as_deref(), Some("Vladimir Putin"));
    assert_eq!(e.id.as_deref(), Some("wikidata:Q7747"));
}

#[test]
fn json_record_follows_the_contract() {
    let text = "Talks in Bishkek.";
    let spans = Extractor::default().extract(text);
    let json = serde_json::to_value(spans[0].record("a.txt", text)).unwrap();
    assert_eq!(json["doc"], "a.txt");
    assert_eq!(json["start"], 9);
    assert_eq!(json["end"], 16);
    assert_eq!(json["text"], "Bishkek");
    assert_eq!(json["label"], "place");
    assert_eq!(json["canonical"], "Bishkek");
    assert!(
        json.get("value").is_none(),
        "fields that do not apply are left out"
    );
    // And back.
    let back: Span = serde_json::from_value(json).unwrap();
    assert_eq!(back, spans[0]);
}

#[test]
fn same_input_same_output_across_threads() {
    let ex = Extractor::default();
    let text = "Putin and Jeenbekov met in Beijing, China, and later in Bishkek.";
    let want = ex.extract(text);
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let ex = ex.clone();
            std::thread::spawn(move || ex.extract(text))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), want);
    }
}

#[test]
fn user_file_errors_surface_at_build() {
    let err = Extractor::builder()
        .gazetteer_file("/nonexistent/factspan/list.tsv")
        .build()
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("/nonexistent/factspan/list.tsv: ")
    );
}

#[cfg(feature = "rayon")]
#[test]
fn long_text_on_all_cores_gives_the_spans_of_one_thread() {
    // Three windows and more, with linked mentions in each: offsets and
    // `ref` indices must come out shifted the same way.
    let paragraph = "President Sadyr Japarov met officials in Bishkek on Monday. \
                     Japarov said at least 5,000 people had gathered.\n";
    let text = paragraph.repeat(2_400_000 / paragraph.len());
    let ex = factspan::Extractor::default();
    let one: Vec<Span> = ex.spans(&text).collect();
    let all: Vec<Span> = ex.spans_on_all_cores(&text).collect();
    assert_eq!(one, all);
    assert_eq!(one, ex.extract(&text));
    // Every paragraph's second `Japarov` points back at its full name.
    let linked = one
        .iter()
        .filter(|s| matches!(&s.detail, factspan::Detail::Entity(e) if e.link.is_some()))
        .count();
    assert!(linked >= text.len() / paragraph.len(), "{linked}");
    for s in &one {
        if let factspan::Detail::Entity(e) = &s.detail
            && let Some(k) = e.link
        {
            assert_eq!(one[k].text(&text), "Sadyr Japarov");
            assert!(one[k].start < s.start);
        }
    }
}

/// Label `number`: off by default; when asked for, every number that is
/// no quantity and no date, with its value.
#[test]
fn bare_numbers_only_when_asked() {
    let text = "Version 10 of the app reached 5,000 users in 2019, says Count 7.";
    let default: Vec<Label> = Extractor::default()
        .extract(text)
        .iter()
        .map(|s| s.label)
        .collect();
    assert!(!default.contains(&Label::Number), "{default:?}");
    let ex = Extractor::builder()
        .labels([Label::Number, Label::Quantity, Label::Date])
        .build()
        .unwrap();
    let spans = ex.extract(text);
    let got: Vec<(&str, Label)> = spans.iter().map(|s| (s.text(text), s.label)).collect();
    assert_eq!(
        got,
        [
            ("10", Label::Number),
            ("5,000 users", Label::Quantity),
            ("2019", Label::Date),
            ("7", Label::Number)
        ]
    );
    assert_eq!(spans[0].quantity().unwrap().value, 10.0);
    // A bare number has a value and no quantity fields (a claim, when its
    // clause asserts something, is the claims pass's).
    let json = serde_json::to_value(&spans[0]).unwrap();
    assert_eq!(
        (&json["label"], &json["value"]),
        (&"number".into(), &10.into())
    );
    for field in ["unit", "qualifier", "kind"] {
        assert!(json.get(field).is_none(), "{field} in {json}");
    }
}

#[test]
fn builder_bound_to_a_variable_and_changed_step_by_step() {
    let mut b = Extractor::builder().labels([Label::Place]);
    b = b.gazetteer_tsv("mine.tsv", "name\tlabel\nOld Quay\tplace\n");
    b = b.rules(false);
    let ex = b.build().unwrap();
    let text = "They met at the Old Quay.";
    assert_eq!(
        labelled(text, &ex.extract(text)),
        [("Old Quay", Label::Place)]
    );
}

#[test]
fn quantities_alone_build_no_entity_lists_and_find_the_same() {
    let text = "Nearly 700 people were hurt in Beijing on Monday, 3 km from the square. \
                Sooronbay Jeenbekov said about $2 million was lost in 2020.";
    let quick = Extractor::builder()
        .labels([Label::Quantity, Label::Date])
        .build()
        .unwrap();
    assert!(quick.gazetteer().is_empty(), "no entity list compiled");
    let full = Extractor::default();
    // The same quantities and dates with the same values; the claims'
    // `*_ref` indices point into each output's own span list, so they are
    // left out of the comparison.
    let numeric = |spans: Vec<Span>| -> Vec<(usize, usize, Label, String)> {
        spans
            .into_iter()
            .filter(|s| matches!(s.label, Label::Quantity | Label::Date))
            .map(|s| {
                let value = match (s.quantity(), s.date()) {
                    (Some(q), _) => format!("{} {:?} {:?}", q.value, q.unit, q.qualifier),
                    (_, Some(d)) => d.value.clone(),
                    _ => String::new(),
                };
                (s.start, s.end, s.label, value)
            })
            .collect()
    };
    let want = numeric(full.extract(text));
    assert!(want.len() >= 4, "{want:?}");
    assert_eq!(numeric(quick.extract(text)), want);
    // A user list is still compiled.
    let with_list = Extractor::builder()
        .labels([Label::Quantity])
        .gazetteer_tsv("u.tsv", "name\tlabel\nOld Quay\tplace\n")
        .build()
        .unwrap();
    assert_eq!(with_list.gazetteer().len(), 1);
}
