//! The gazetteer TSV parser and the spaCy EntityRuler patterns reader on
//! arbitrary text: errors are errors (naming the source and a line inside
//! the text), never panics; a gazetteer that builds gives matches that are
//! in range and on char boundaries.
#![no_main]

use factspan::Gazetteer;
use libfuzzer_sys::fuzz_target;

const SENTENCE: &str = "Acme Corp and Ala-Too Square: ÉCOLE NORMALE, Zürich’s mayor, \
                        O'Brien met the UN in São Paulo on 3 May.";

fn check(gaz: &Gazetteer, text: &str) {
    let matches = gaz.find_all(text);
    let mut prev_start = 0;
    for m in &matches {
        assert!(m.start < m.end, "empty match {m:?} in {text:?}");
        assert!(m.end <= text.len(), "match past the end {m:?} in {text:?}");
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "match not on char boundaries {m:?} in {text:?}"
        );
        assert!(m.first_token < m.end_token, "no tokens in {m:?}");
        assert!(m.start >= prev_start, "matches out of order {matches:?}");
        prev_start = m.start;
        assert!(
            gaz.candidates(m).count() > 0,
            "match without candidates {m:?}"
        );
    }
}

/// The same bytes as spaCy patterns JSONL: an error names the source and a
/// line of the text; patterns that load build a gazetteer.
fn spacy_patterns(body: &str) {
    let lines = body.split('\n').count();
    match factspan::spacy::patterns_str("fuzz.jsonl", body) {
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz.jsonl"), "{msg}");
            if let factspan::Error::Gazetteer { line, .. } = e {
                assert!((1..=lines).contains(&line), "error line {line}: {msg}");
            }
        }
        Ok(p) => {
            let mut builder = Gazetteer::builder();
            for entry in p.entries {
                builder.entry(entry);
            }
            let gaz = builder.build().expect("loaded patterns build");
            check(&gaz, SENTENCE);
            check(&gaz, body);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte chooses whether a valid header is prepended.
    let Some((&choice, rest)) = data.split_first() else {
        return;
    };
    let body = String::from_utf8_lossy(rest);
    let text = if choice & 1 == 0 {
        format!("name\tlabel\tcanonical\tid\tflags\n{body}")
    } else {
        body.into_owned()
    };
    let lines = text.split('\n').count();
    spacy_patterns(&String::from_utf8_lossy(rest));
    let mut builder = Gazetteer::builder();
    match builder.tsv_str("fuzz.tsv", &text) {
        Err(e) => {
            let msg = e.to_string();
            match e {
                factspan::Error::Gazetteer { file, line, .. } => {
                    assert_eq!(file, "fuzz.tsv");
                    assert!(
                        (1..=lines).contains(&line),
                        "error line {line} outside 1..={lines}: {msg}"
                    );
                    assert!(msg.starts_with("fuzz.tsv:"), "{msg}");
                }
                other => panic!("unexpected error kind for TSV text: {other:?}"),
            }
            // A failed tsv_str adds nothing.
            assert!(builder.is_empty());
            let gaz = builder.build().expect("an empty builder builds");
            check(&gaz, SENTENCE);
        }
        Ok(_) => {
            let gaz = builder.build().expect("a parsed TSV builds");
            check(&gaz, SENTENCE);
            check(&gaz, &text);
        }
    }
});
