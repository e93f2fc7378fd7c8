//! Relative dates and named days: `today`, `last year`, `this past
//! weekend`, `a week ago`, `two days later`, `the next day`, `Election
//! Day`.
//!
//! Values are `relative:` plus the expression in snake case, without
//! articles and position modifiers (`the past week` → `past_week`, `a week
//! ago` → `1_week_ago`); the words for the current, previous and next day
//! are `today`, `yesterday`, `tomorrow`.

use super::lexicon::{Unit, count_of, lower, unit_of};
use super::{Cx, Hit, When};
use crate::tokenize::TokenKind;

/// The relative date or named day at (or ending at) token `i`, if any.
pub(super) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if cx.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let mut buf = [0u8; 16];
    let w = lower(cx.txt(i), &mut buf)?;
    match w {
        b"today" | b"todays" if is_name_part(cx, i) => None,
        b"today" | b"todays" => day_word(cx, i, "today", 0),
        b"yesterday" => day_word(cx, i, "yesterday", -1),
        b"tomorrow" => day_word(cx, i, "tomorrow", 1),
        b"ago" => counted(cx, i, "ago", true),
        b"later" | b"earlier" => {
            let name = if w == b"later" { "later" } else { "earlier" };
            counted(cx, i, name, false)
        }
        b"day" if cx.txt(i) == "Day" => named_day(cx, i).or_else(|| day_before(cx, i)),
        b"day" => day_before(cx, i).or_else(|| day_of_event(cx, i)),
        b"week" | b"weekend" => day_of_event(cx, i),
        b"christmas" | b"easter" | b"thanksgiving" | b"halloween" => {
            holiday_word(cx, i, std::str::from_utf8(w).ok()?)
        }
        b"next" | b"following" | b"previous" | b"same" => {
            narrative_day(cx, i).or_else(|| deictic(cx, i))
        }
        b"this" if cx.is(i + 1, &["day"]) => this_day(cx, i),
        b"last" | b"past" | b"this" | b"current" | b"coming" => deictic(cx, i),
        _ => None,
    }
}

fn relative(name: impl Into<String>, shift: Option<(Unit, i64)>) -> When {
    When::Relative {
        name: name.into(),
        shift,
    }
}

/// True for `Today` inside a name (`USA Today`, `the Today show`): a
/// capitalized `Today` after a capitalized word or `the`, not first in its
/// sentence.
fn is_name_part(cx: &Cx<'_>, i: usize) -> bool {
    let t = &cx.tokens[i];
    t.is_capitalized()
        && !t.is_first_word()
        && i > 0
        && (cx.tokens[i - 1].is_capitalized() && cx.tokens[i - 1].kind == TokenKind::Word
            || cx.is(i - 1, &["the"]))
}

/// `today`, `yesterday`, `tomorrow`; `Todays` (a possessive that lost its
/// apostrophe) gives `Today`.
fn day_word(cx: &Cx<'_>, i: usize, name: &str, shift: i64) -> Option<Hit> {
    let t = &cx.tokens[i];
    Some(Hit {
        start: t.start,
        end: t.start + name.len(),
        when: relative(name, Some((Unit::Day, shift))),
        next: i + 1,
        second: None,
    })
}

/// `This day` (the day of the speaker) → `relative:today`; not in `to
/// this day` (until now) or `this day and age`.
fn this_day(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if (i > 0 && cx.is(i - 1, &["to", "until", "till"])) || cx.is(i + 2, &["and", "of"]) {
        return None;
    }
    Some(cx.hit(i, i + 2, relative("today", Some((Unit::Day, 0)))))
}

/// `a week ago`, `fifteen years ago` (counted back from the document's
/// date), `two days later`, `a year earlier` (from a day of the story).
fn counted(cx: &Cx<'_>, i: usize, name: &str, from_document: bool) -> Option<Hit> {
    if i < 2 {
        return None;
    }
    let (unit, singular) = unit_of(cx.txt(i - 1))?;
    if matches!(unit, Unit::Weekend | Unit::Season) {
        return None;
    }
    let n = count_of(cx.txt(i - 2))?;
    let plural = if n == 1 { "" } else { "s" };
    // `a week ago` is a day; `three months ago` a month.
    let shift = match unit {
        Unit::Week => (Unit::Day, -7 * n),
        _ => (unit, -n),
    };
    let shift = from_document.then_some(shift);
    Some(cx.hit(
        i - 2,
        i + 1,
        relative(format!("{n}_{singular}{plural}_{name}"), shift),
    ))
}

/// `the day before`, `the day after` (of a day in the story).
fn day_before(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let article = i > 0 && cx.is(i - 1, &["the", "that"]);
    if !article || !cx.is(i + 1, &["before", "after"]) {
        return None;
    }
    let name = format!("day_{}", cx.txt(i + 1).to_ascii_lowercase());
    Some(cx.hit(i, i + 2, relative(name, None)))
}

/// Nouns after `the week of the` that name no event (`the day of the
/// week`).
const NOT_EVENTS: &[&str] = &["week", "month", "year", "day", "weekend", "season", "time"];

/// `the week of the audition`, `the day of the election`: a day or week
/// anchored to an event of the story (the article before it left out).
fn day_of_event(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let article = i > 0 && cx.is(i - 1, &["the"]);
    let noun = cx.tokens.get(i + 3)?;
    if !article
        || !cx.is(i + 1, &["of"])
        || !cx.is(i + 2, &["the"])
        || noun.kind != TokenKind::Word
        || noun.is_capitalized()
        || cx.is(i + 3, NOT_EVENTS)
    {
        return None;
    }
    let name = format!(
        "{}_of_the_{}",
        cx.txt(i).to_ascii_lowercase(),
        cx.txt(i + 3).to_ascii_lowercase()
    );
    Some(cx.hit(i, i + 4, relative(name, None)))
}

/// `the next day`, `the following day`, `the previous day`, `the same
/// day`, `that same day`.
fn narrative_day(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let article = i > 0 && cx.is(i - 1, &["the", "that"]);
    if !article || !cx.is(i + 1, &["day"]) {
        return None;
    }
    let name = format!("{}_day", cx.txt(i).to_ascii_lowercase());
    Some(cx.hit(i, i + 2, relative(name, None)))
}

/// `last year`, `this week`, `next month`, `past year`, `last decade`,
/// `last fall`, `this past weekend`, `the coming week`.
fn deictic(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut buf = [0u8; 16];
    let first = match lower(cx.txt(i), &mut buf)? {
        b"last" => "last",
        b"past" => "past",
        b"this" => "this",
        b"current" => "current",
        b"next" => "next",
        b"coming" => "coming",
        b"following" => "following",
        b"previous" => "previous",
        b"same" => "same",
        _ => return None,
    };
    // `this past weekend`, `this coming weekend`: the deictic stays only
    // before `weekend` (not a date word alone); `this past week` is `past
    // week`.
    if first == "this" && cx.is(i + 1, &["past", "coming"]) {
        let (unit, _) = unit_of(cx.txt(i + 2))?;
        let start = if unit == Unit::Weekend { i } else { i + 1 };
        let hit = deictic(cx, i + 1)?;
        return Some(Hit {
            start: cx.tokens[start].start,
            ..hit
        });
    }
    let (unit, singular) = unit_of(cx.txt(i + 1))?;
    let unit_token = &cx.tokens[i + 1];
    let unit_len = unit_token.end - unit_token.start;
    // `this years festival`: a possessive that lost its apostrophe; the
    // span stops before the `s`. Other plurals (`the last years of`) are
    // no date.
    let lost_apostrophe = first == "this" && unit_len == singular.len() + 1;
    if unit == Unit::Day || (unit_len != singular.len() && !lost_apostrophe) {
        return None;
    }
    // `Kamloops This Week`: capitalized inside a name.
    let t = &cx.tokens[i];
    if t.is_capitalized()
        && cx.tokens[i + 1].is_capitalized()
        && i > 0
        && !t.is_first_word()
        && cx.tokens[i - 1].is_capitalized()
    {
        return None;
    }
    let step = match first {
        "last" => Some(-1),
        "this" | "current" => Some(0),
        "next" | "coming" => Some(1),
        // `past weekend` is the last one; `past week` or `past year` is
        // the span of time up to now, not a calendar unit.
        _ if unit == Unit::Weekend => Some(-1),
        _ => None,
    };
    let shift = match unit {
        Unit::Decade | Unit::Season => None,
        _ => step.map(|s| (unit, s)),
    };
    let mut hit = cx.hit(i, i + 2, relative(format!("{first}_{singular}"), shift));
    hit.end = unit_token.start + singular.len();
    Some(hit)
}

/// First words of named days (`Election Day`, `New Year's Day`), lower
/// case.
const HOLIDAYS: &[&str] = &[
    "election", "independence", "labor", "labour", "memorial", "veterans", "victory", "christmas",
    "boxing", "new", "valentine", "valentines", "mother", "mothers", "father", "fathers",
    "thanksgiving", "armistice", "remembrance", "constitution", "national", "flag", "earth", "may",
    "workers", "women", "womens", "children", "presidents", "columbus", "australia", "canada",
    "bastille", "republic", "unity", "liberation", "heroes", "founders", "founder", "inauguration",
    "polling", "voting", "world", "international", "martin", "patriots", "juneteenth", "groundhog",
    "st.", "saint", "anzac", "emancipation",
];

/// Words before a name ending in `Day` that make it a day (`on Founders
/// Day`).
const DAY_CUES: &[&str] = &[
    "on", "since", "until", "till", "before", "after", "by", "of", "for", "marks", "mark",
    "celebrate", "celebrated", "through",
];

/// `Election Day`, `New Year's Day`, `"Founders Day"`: capitalized words
/// ending in `Day` that start with a holiday word or follow a word such as
/// `on`. Value `named:` plus the name in snake case.
fn named_day(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    // Walk back over capitalized words and possessives, at most three,
    // not past the first word of the sentence.
    let mut first = i;
    while first > 0 && i - first < 3 {
        let t = &cx.tokens[first - 1];
        if !(t.kind == TokenKind::Word && t.is_capitalized() || t.kind == TokenKind::Possessive) {
            break;
        }
        first -= 1;
        if t.is_first_word() {
            break;
        }
    }
    while first < i && cx.tokens[first].kind == TokenKind::Possessive {
        first += 1;
    }
    if first == i {
        return None;
    }
    let quote = first > 0 && matches!(cx.txt(first - 1), "\"" | "“" | "'" | "‘");
    let cue_at = if quote {
        first.checked_sub(2)
    } else {
        first.checked_sub(1)
    };
    let cued = cue_at.is_some_and(|k| cx.is(k, DAY_CUES));
    if !cx.is(first, HOLIDAYS) && !cued {
        return None;
    }
    let mut name = String::new();
    for k in first..=i {
        let w = cx.txt(k);
        if cx.tokens[k].kind == TokenKind::Possessive {
            name.push('s');
            continue;
        }
        if !name.is_empty() {
            name.push('_');
        }
        name.extend(
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .map(|c| c.to_ascii_lowercase()),
        );
    }
    Some(cx.hit(first, i + 1, When::Named(name)))
}

/// `Christmas`, `Easter`, `Thanksgiving`, `Halloween` (capitalized), with
/// `Day` or `Eve` after them kept in the name.
fn holiday_word(cx: &Cx<'_>, i: usize, word: &str) -> Option<Hit> {
    if !cx.tokens[i].is_capitalized() {
        return None;
    }
    if cx.is(i + 1, &["Day"]) {
        return None; // `Christmas Day`: the named-day rule takes it at `Day`.
    }
    if cx.txt(i + 1) == "Eve" {
        return Some(cx.hit(i, i + 2, When::Named(format!("{word}_eve"))));
    }
    Some(cx.hit(i, i + 1, When::Named(word.to_string())))
}
