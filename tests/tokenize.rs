//! Tokenizer cases, one table row per rule of the tokenizer's contract.

use factspan::tokenize::{Shape, TokenKind, sentences, tokenize};

fn texts(text: &str) -> Vec<&str> {
    tokenize(text).iter().map(|t| t.text(text)).collect()
}

#[test]
fn token_table() {
    let rows: &[(&str, &[&str])] = &[
        // possessives, straight and curly
        ("Bishkek's square", &["Bishkek", "'s", "square"]),
        ("Putin’s puppet", &["Putin", "’s", "puppet"]),
        (
            "the protesters' demands",
            &["the", "protesters", "'", "demands"],
        ),
        // apostrophes inside names and words stay
        ("O'Brien doesn't", &["O'Brien", "doesn't"]),
        // hyphenated names and numbers
        ("Ala-Too square", &["Ala-Too", "square"]),
        ("a 19-year-old man", &["a", "19-year-old", "man"]),
        ("an 11-year sentence", &["an", "11-year", "sentence"]),
        ("post-election protests", &["post-election", "protests"]),
        ("a dash - here", &["a", "dash", "-", "here"]),
        // numbers keep separators
        ("5,000 people", &["5,000", "people"]),
        ("1,234.56 and 2.5", &["1,234.56", "and", "2.5"]),
        ("at 10:30 today", &["at", "10:30", "today"]),
        (
            "1,23 and 12,3456",
            &["1", ",", "23", "and", "12", ",", "3456"],
        ),
        ("the 21st and 10k", &["the", "21st", "and", "10k"]),
        ("$3bn or 40%", &["$", "3bn", "or", "40", "%"]),
        // abbreviations and initials keep their dot
        ("Mr. Japarov", &["Mr.", "Japarov"]),
        ("the U.S. and U.K.", &["the", "U.S.", "and", "U.K."]),
        ("J. R. R. Tolkien", &["J.", "R.", "R.", "Tolkien"]),
        ("on Oct. 7", &["on", "Oct.", "7"]),
        ("He left. She stayed", &["He", "left", ".", "She", "stayed"]),
        // Unicode whitespace separates
        ("5\u{a0}000", &["5", "000"]),
        ("a\u{2009}b\u{2028}c\u{3000}d", &["a", "b", "c", "d"]),
        // non-ASCII letters and combining marks stay in the word
        (
            "Zürich and Saint-Étienne",
            &["Zürich", "and", "Saint-Étienne"],
        ),
        ("Cafe\u{301} open", &["Cafe\u{301}", "open"]),
        // unspaced scripts are split at word bounds
        ("北京 市", &["北", "京", "市"]),
    ];
    for (text, want) in rows {
        assert_eq!(texts(text), *want, "tokenizing {text:?}");
    }
}

#[test]
fn kinds_and_shapes() {
    let text = "USSR troops, 5,000 of them: $ Bishkek’s";
    let toks = tokenize(text);
    let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [
            Word, Word, Punct, Number, Word, Word, Punct, Symbol, Word, Possessive
        ]
    );
    assert!(toks[0].is_all_caps() && toks[0].is_capitalized());
    assert!(!toks[1].is_capitalized() && !toks[1].is_all_caps());
    assert!(toks[3].shape.contains(Shape::HAS_DIGIT));
    assert!(toks[8].is_capitalized() && !toks[8].is_all_caps());
    assert!(toks[9].shape.contains(Shape::NON_ASCII));
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let text = "Mr. Japarov met Dr. Xi in the U.S. on Oct. 7. Then he left! Did he? Yes.";
    let toks = tokenize(text);
    let starts: Vec<&str> = sentences(&toks).map(|r| toks[r.start].text(text)).collect();
    assert_eq!(starts, ["Mr.", "Then", "Did", "Yes"]);
}

#[test]
fn line_breaks_and_quotes_start_sentences() {
    let text = "BISHKEK\nProtesters \"won.\" \"We stay,\" he said.";
    let toks = tokenize(text);
    let first_words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_first_word())
        .map(|t| t.text(text))
        .collect();
    assert_eq!(first_words, ["BISHKEK", "Protesters", "We"]);
    // The closing quote stays with the sentence it closes.
    let starts: Vec<&str> = sentences(&toks).map(|r| toks[r.start].text(text)).collect();
    assert_eq!(starts, ["BISHKEK", "Protesters", "\""]);
}

#[test]
fn offsets_are_exact_and_on_char_boundaries() {
    let text = "Zürich’s “Ala-Too” — 5,000 € 北京\u{a0}ok";
    let mut prev_end = 0;
    for t in tokenize(text) {
        assert!(t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start >= prev_end, "tokens overlap or are unsorted");
        assert!(!t.text(text).chars().any(char::is_whitespace));
        prev_end = t.end;
    }
}
