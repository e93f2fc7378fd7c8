//! Datelines: `BISHKEK, October 7, 2020 —`, `OSH, 7 October 2020 —` or
//! `WASHINGTON, Jan. 5 —` at the top of an article give the date dates are
//! resolved against when the caller gives none. A text longer than the
//! extractor's window (1 MiB) is read in windows, and each window looks at
//! its own top.

use super::lexicon::is_candidate;
use super::resolve::Reference;
use super::{Cx, When, absolute};
use crate::tokenize::TokenKind;

/// How many tokens from the top of the text a dateline may end in.
const TOP: usize = 40;

/// Dashes (and a bracket, for `(Reuters)`) that end a dateline.
const AFTER_DATELINE: &[&str] = &["—", "–", "-", "--", "(", ":"];

/// The date of the text's dateline: a capitalized place, a comma, a day
/// and month (and year), then a dash. Without a year, only the month and day
/// are known.
pub(super) fn reference(cx: &Cx<'_>) -> Option<Reference> {
    let top = cx.tokens.len().min(TOP);
    // Each short document (a line of a corpus) is read from its top: the
    // comma is tested on its byte, the cheapest test, first.
    (1..top).find_map(|k| {
        if !cx.tokens[k].is_byte(cx.text, b',') {
            return None;
        }
        let place = &cx.tokens[k - 1];
        if place.kind != TokenKind::Word || !place.is_capitalized() {
            return None;
        }
        // `Trump, who`: most commas after a name are no dateline, and the
        // readers take dates only where one can start.
        if !is_candidate(cx.text, cx.tokens.get(k + 1)?) {
            return None;
        }
        let hit = absolute::at(cx, k + 1, None)?;
        if !cx.is(hit.next, AFTER_DATELINE) {
            return None;
        }
        match hit.when {
            When::Day { year, month, day } => Some(Reference { year, month, day }),
            _ => None,
        }
    })
}
