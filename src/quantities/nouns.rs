//! Counted nouns: the noun phrase a number counts, `three felony counts`,
//! `523 new infections`, `two separate Amazon S3 buckets`, and the lemma
//! of its head (`count`, `infection`, `bucket`).
//!
//! The phrase runs from the token after the number over at most a few
//! modifiers (adjectives, nouns, adverbs in `-ly`, codes like `H5N1`) to
//! the first plural head; a stop word, punctuation, a capitalised word (a
//! name is a span of its own) or a line break ends it. Closed word lists
//! only: no dictionary lookup.

use crate::numbers::lower;
use crate::tokenize::{Shape, Token, TokenKind};

/// How many words may stand between the number and the head noun.
const MAX_MODIFIERS: usize = 4;

/// The counted noun phrase starting at token `k`: the index after its
/// head and the head's lemma. With `singular` (the number is one), only
/// the very next word may be the head, plural or not.
pub(super) fn counted_noun(
    text: &str,
    tokens: &[Token],
    k: usize,
    singular: bool,
) -> Option<(usize, String)> {
    let mut j = k;
    while j < tokens.len() && j <= k + MAX_MODIFIERS {
        let t = &tokens[j];
        if t.shape.contains(Shape::NEWLINE_BEFORE) {
            return None;
        }
        let word = t.text(text);
        let mut buf = [0u8; 16];
        let folded;
        let l: &[u8] = match lower(word, &mut buf) {
            Some(l) => l,
            None => {
                folded = word.to_ascii_lowercase();
                folded.as_bytes()
            }
        };
        if t.kind != TokenKind::Word || is_stopword(l) || is_verb_form(l) {
            return None;
        }
        let lower_word = !t.is_capitalized()
            && !t.is_all_caps()
            && l.iter().all(|c| c.is_ascii_lowercase() || *c == b'-');
        if singular {
            return (lower_word && j == k).then(|| (j + 1, lemma(word)));
        }
        // Capitalised words stay out of the phrase: a name after a number
        // (`Dundee 1 Hamilton 0`, `two Scotland players`) is an entity of
        // its own, and the spans do not nest.
        if is_plural(l) && lower_word {
            // `two people smugglers`: `people` modifies a plural head.
            let people_modifier = l == b"people"
                && tokens.get(j + 1).is_some_and(|n| {
                    let mut b2 = [0u8; 16];
                    n.kind == TokenKind::Word
                        && lower(n.text(text), &mut b2)
                            .is_some_and(|n| is_plural(n) && !is_stopword(n) && !is_verb_form(n))
                });
            if !people_modifier {
                return Some((j + 1, lemma(word)));
            }
        } else if !is_modifier(l, t) {
            return None;
        }
        j += 1;
    }
    None
}

/// A word that can stand between a number and its noun: a lower-case
/// word (adjective, noun, `-ly` adverb, `in-flight`), a demonym (`British`:
/// no span of its own is lost) or a code of capitals and digits (`H5N1`).
fn is_modifier(l: &[u8], t: &Token) -> bool {
    if t.shape.contains(Shape::HAS_DIGIT) {
        return t.shape.contains(Shape::HAS_LETTER) && t.is_all_caps();
    }
    if t.is_capitalized() {
        return !t.is_all_caps() && looks_like_demonym(l);
    }
    l.iter().all(|c| c.is_ascii_lowercase() || *c == b'-')
        && !l.starts_with(b"-")
        && !l.ends_with(b"-")
}

/// A capitalised adjective of nationality or belief by its ending
/// (`British`, `Chinese`, `Indonesian`, `Pakistani`, `French`, `Thai`,
/// `Buddhist`), given in lower case.
pub(super) fn looks_like_demonym(l: &[u8]) -> bool {
    l.len() > 3
        && (l.ends_with(b"ish")
            || l.ends_with(b"ese")
            || l.ends_with(b"ian")
            || l.ends_with(b"can")
            || l.ends_with(b"ani")
            || l.ends_with(b"eli")
            || l.ends_with(b"ench")
            || l.ends_with(b"tch")
            || l.ends_with(b"ai")
            || l.ends_with(b"eek")
            || l.ends_with(b"ist"))
}

/// Plural-looking: a regular plural in `-s` or an irregular one.
pub(super) fn is_plural(l: &[u8]) -> bool {
    is_irregular_plural(l)
        || (l.len() > 2
            && l.ends_with(b"s")
            && !l.ends_with(b"ss")
            && !l.ends_with(b"us")
            && !l.ends_with(b"is")
            && !l.ends_with(b"'s"))
}

/// Verb forms in `-s` and other words that end a noun phrase though they
/// look like plurals or modifiers.
fn is_verb_form(l: &[u8]) -> bool {
    matches!(
        l,
        b"says"
            | b"does"
            | b"goes"
            | b"remains"
            | b"seems"
            | b"means"
            | b"includes"
            | b"involves"
            | b"makes"
            | b"takes"
            | b"gets"
            | b"shows"
            | b"faces"
            | b"needs"
            | b"wants"
            | b"appears"
            | b"becomes"
            | b"comes"
            | b"lives."
            | b"each"
            | b"every"
            | b"who"
            | b"which"
            | b"whom"
            | b"whose"
            | b"where"
            | b"when"
            | b"while"
            | b"if"
            | b"than"
            | b"then"
            | b"there"
            | b"not"
            | b"no"
            | b"also"
            | b"only"
            | b"all"
            | b"be"
            | b"been"
            | b"being"
            | b"will"
            | b"would"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"must"
            | b"can"
            | b"did"
            | b"do"
            | b"so"
            | b"such"
            | b"into"
            | b"onto"
            | b"over"
            | b"under"
            | b"about"
            | b"after"
            | b"before"
            | b"since"
            | b"until"
            | b"during"
            | b"against"
            | b"between"
            | b"through"
            | b"within"
            | b"without"
            | b"per"
            | b"it"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"you"
            | b"i"
            | b"him"
            | b"them"
            | b"me"
    )
}

/// Words after a number that are not counted nouns.
pub(super) fn is_stopword(l: &[u8]) -> bool {
    matches!(
        l,
        b"the"
            | b"a"
            | b"an"
            | b"of"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"and"
            | b"or"
            | b"but"
            | b"for"
            | b"from"
            | b"by"
            | b"with"
            | b"as"
            | b"is"
            | b"was"
            | b"were"
            | b"are"
            | b"has"
            | b"had"
            | b"have"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"us"
            | b"yes"
            | b"plus"
            | b"times"
            | b"others"
            | b"more"
            | b"less"
            | b"fewer"
            | b"less."
            | b"bus"
            | b"news"
            | b"series"
            | b"always"
            | b"perhaps"
            | b"sometimes"
            | b"whereas"
            | b"besides"
            | b"thus"
            | b"unless"
            | b"across"
            | b"various"
            | b"numerous"
            | b"previous"
            | b"famous"
            | b"serious"
            | b"obvious"
            | b"themselves"
            | b"ourselves"
            | b"yourselves"
            | b"was."
            | b"percent"
            | b"per"
            | b"gas"
            | b"status"
            | b"campus"
            | b"census"
            | b"consensus"
            | b"bonus"
            | b"virus"
            | b"focus"
            | b"chaos"
            | b"thesis"
            | b"analysis"
            | b"crisis"
            | b"basis"
            | b"emphasis"
            | b"alias"
            | b"atlas"
            | b"christmas"
            | b"its."
            | b"upwards"
            | b"towards"
            | b"afterwards"
            | b"nevertheless"
            | b"regardless"
    )
}

pub(super) fn is_irregular_plural(l: &[u8]) -> bool {
    matches!(
        l,
        b"people"
            | b"police"
            | b"children"
            | b"men"
            | b"women"
            | b"staff"
            | b"personnel"
            | b"cattle"
            | b"sheep"
            | b"fish"
            | b"deer"
            | b"livestock"
            | b"military"
            | b"youth"
            | b"clergy"
            | b"crew"
            | b"infantry"
            | b"militia"
            | b"aircraft"
            | b"feet"
            | b"teeth"
            | b"mice"
            | b"geese"
            | b"folk"
            | b"poultry"
    )
}

/// The counted noun's lemma: `protesters` → `protester`.
pub(super) fn lemma(w: &str) -> String {
    let mut buf = [0u8; 16];
    match lower(w, &mut buf) {
        Some(b"children") => return "child".into(),
        Some(b"men") => return "man".into(),
        Some(b"women") => return "woman".into(),
        Some(b"people") => return "people".into(),
        Some(b"police") => return "police".into(),
        _ => {}
    }
    // One allocation: the lower-cased word, cut and extended in place.
    let mut l = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    };
    // `lives` → `life`, `halves` → `half`, `leaves` → `leaf`.
    for (plural, singular) in [("ives", "ife"), ("lves", "lf"), ("eaves", "eaf")] {
        if l.len() > plural.len() && l.ends_with(plural) {
            l.truncate(l.len() - plural.len());
            l.push_str(singular);
            return l;
        }
    }
    if l.len() > 4 && l.ends_with("ies") {
        l.truncate(l.len() - 3);
        l.push('y');
        return l;
    }
    for suf in ["ches", "shes", "sses", "xes"] {
        if l.ends_with(suf) {
            l.truncate(l.len() - 2);
            return l;
        }
    }
    if l.len() > 1 && l.ends_with('s') && !l[..l.len() - 1].ends_with('s') {
        l.truncate(l.len() - 1);
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `lemma` as it was, with an allocation per step.
    fn lemma_reference(w: &str) -> String {
        let mut buf = [0u8; 16];
        if let Some(b"children" | b"men" | b"women" | b"people" | b"police") = lower(w, &mut buf) {
            return lemma(w);
        }
        let l = w.to_lowercase();
        for (plural, singular) in [("ives", "ife"), ("lves", "lf"), ("eaves", "eaf")] {
            if let Some(s) = l.strip_suffix(plural)
                && !s.is_empty()
            {
                return format!("{s}{singular}");
            }
        }
        if let Some(s) = l.strip_suffix("ies")
            && s.len() > 1
        {
            return format!("{s}y");
        }
        for suf in ["ches", "shes", "sses", "xes"] {
            if l.ends_with(suf) {
                return l[..l.len() - 2].to_string();
            }
        }
        if let Some(s) = l.strip_suffix('s')
            && !s.ends_with('s')
            && !s.is_empty()
        {
            return s.to_string();
        }
        l
    }

    #[test]
    fn lemmas_as_before() {
        for w in [
            "protesters", "Lives", "ives", "halves", "lves", "leaves", "eaves", "cities", "ies",
            "aies", "churches", "bushes", "classes", "boxes", "xes", "s", "ss", "bus", "gas",
            "people", "Children", "Ärzte", "Städtes", "ÉCOLES", "İs", "news", "", "x",
        ] {
            assert_eq!(lemma(w), lemma_reference(w), "{w}");
        }
    }
}
