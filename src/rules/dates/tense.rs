//! The direction of a date without a year or week: whether the sentence
//! speaks of the past (`met on Friday` → the last Friday) or of the future
//! (`talks will resume on Friday` → the next one), and a week named next to
//! a weekday (`Monday next week`).
//!
//! The nearest tense word within a few tokens of the same sentence
//! decides; news reports the past, so without one a weekday is the last.

use super::Cx;
use crate::tokenize::TokenKind;

/// Which way from the document's date a date lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words that put a sentence in the future.
const FUTURE: &[&str] = &[
    "will", "shall", "would", "going", "scheduled", "expected", "due", "plans", "plan", "planned",
    "intends", "upcoming", "coming", "next", "tomorrow", "until", "till", "'ll", "’ll", "wo",
    "set", "later",
];

/// Words that put a sentence in the past (besides lower-case words in
/// `-ed`).
const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "last", "past", "ago", "yesterday", "earlier",
    "since", "began", "came", "met", "went", "took", "made", "gave", "saw", "died", "left", "fell",
    "won", "lost", "held", "rose", "spoke", "broke", "ran", "hit", "shot", "sent", "led", "flew",
    "grew", "drew", "threw", "knew", "wrote", "chose", "rode", "sold", "paid", "found", "kept",
    "felt", "meant", "brought", "bought", "caught", "taught", "thought", "fought", "stood",
    "became", "sat", "got", "struck", "stole", "built", "spent", "wore", "drove", "froze", "shook",
    "sank", "sang", "fled", "hung", "ate", "woke", "swore", "tore", "heard", "dealt", "slept",
    "sought", "arose", "forgot",
];

/// How many tokens before and after the date are looked at.
const BEFORE: usize = 12;
const AFTER: usize = 8;

/// The tense around the date over tokens `first..next`.
pub(super) fn tense(cx: &Cx<'_>, first: usize, next: usize) -> Tense {
    let n = cx.tokens.len();
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |k: usize, dist: usize| {
        if best.is_some_and(|(d, _)| d <= dist) {
            return;
        }
        if let Some(t) = marker(cx, k) {
            best = Some((dist, t));
        }
    };
    for d in 1..=BEFORE.min(first) {
        let k = first - d;
        consider(k, d);
        if cx.tokens[k].starts_sentence() {
            break;
        }
    }
    for d in 0..AFTER {
        let k = next + d;
        if k >= n || cx.tokens[k].starts_sentence() {
            break;
        }
        consider(k, d + 1);
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

fn marker(cx: &Cx<'_>, k: usize) -> Option<Tense> {
    let t = &cx.tokens[k];
    if t.kind != TokenKind::Word {
        return None;
    }
    if cx.is(k, FUTURE) {
        return Some(Tense::Future);
    }
    let s = cx.txt(k);
    // A participle after `be` (`will be held`) says nothing of the time.
    let passive = k > 0 && cx.is(k - 1, &["be", "been", "being"]);
    if !passive && (cx.is(k, PAST) || (s.len() >= 5 && s.ends_with("ed") && !t.is_capitalized())) {
        return Some(Tense::Past);
    }
    None
}

/// A week named within a few tokens of a weekday in the same sentence:
/// `next week` (1), `last week` (−1), `this week` (0).
pub(super) fn named_week(cx: &Cx<'_>, first: usize, next: usize) -> Option<i64> {
    let lo = first.saturating_sub(6);
    let hi = (next + 6).min(cx.tokens.len());
    (lo..hi).find_map(|k| {
        if k + 1 >= cx.tokens.len() || !cx.is(k + 1, &["week"]) {
            return None;
        }
        let between = if k < first { k..first } else { next..k };
        if between
            .clone()
            .any(|j| cx.tokens[j].starts_sentence() && j != first)
        {
            return None;
        }
        if cx.is(k, &["next", "coming"]) {
            Some(1)
        } else if cx.is(k, &["last", "past"]) {
            Some(-1)
        } else if cx.is(k, &["this"]) {
            Some(0)
        } else {
            None
        }
    })
}
