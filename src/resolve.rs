//! The resolver: merges gazetteer matches and rule candidates into the final,
//! sorted, non-overlapping spans.
//!
//! Decisions, in order:
//! 1. each gazetteer match takes the entry of the highest-priority label
//!    (place, then person, institution, group: the order of the default
//!    lists), unless context says otherwise;
//! 2. context: a lone `weak` name needs a preposition or a speech verb
//!    around it; a capitalised common word in an all-caps line is not an
//!    acronym; a city (not a country) that scores or plays is a team;
//! 3. overlapping candidates: the longer wins, then the higher priority;
//! 4. labels the caller did not ask for are dropped last, so that they still
//!    block what they overlap.
//!
//! The result depends only on the input: same text, same spans.

use std::collections::HashMap;
use std::sync::Arc;

pub(crate) use crate::candidate::{Candidate, Source};
use crate::gazetteer::{Gazetteer, Match};
use crate::link;
use crate::names::{FxBuild, NameLists};
use crate::rules::{self, Context, priority};
use crate::span::{Detail, Entity, Label, LabelSet, Span};
use crate::tokenize::Token;

/// Options that shape the output.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub(crate) labels: LabelSet,
    pub(crate) rules: bool,
}

/// Priority of a gazetteer match by label (the order of the default lists).
pub(crate) fn label_priority(label: Label) -> u8 {
    match label {
        Label::Date | Label::Quantity | Label::Time => 60,
        Label::Number => 10,
        Label::Place => priority::GAZ_PLACE,
        Label::Person => priority::GAZ_PERSON,
        Label::Institution => priority::GAZ_INSTITUTION,
        Label::Group => priority::GAZ_GROUP,
    }
}

/// Turns gazetteer matches into candidates. With the rules on, context
/// decides too: weak names need support, capitalised common words in
/// all-caps lines are not acronyms, and a city that scores is a team.
fn gazetteer_candidates(
    tokens: &[Token],
    gaz: &Gazetteer,
    matches: &[Match],
    ctx: Option<&Context<'_>>,
    out: &mut Vec<Candidate>,
) {
    for m in matches {
        let Some(e) = gaz.tags(m).next() else {
            continue;
        };
        let single = m.end_token - m.first_token == 1;
        let mut label = e.label;
        if let Some(ctx) = ctx {
            if single && e.flags.weak && !rules::context::supports_weak(ctx, m.first_token) {
                continue;
            }
            if single && rules::context::is_shouted_word(ctx, m.first_token) {
                continue;
            }
            // `Reed's`: a listed name with its possessive.
            let possessive_tail = m.end_token - m.first_token == 2
                && tokens[m.first_token + 1].kind == crate::tokenize::TokenKind::Possessive;
            if (single || possessive_tail)
                && label == Label::Institution
                && rules::context::is_doubtful_institution(ctx, m.first_token, e.flags.weak)
            {
                continue;
            }
            if label == Label::Place
                && !e.flags.country
                && rules::context::is_team(ctx, m.first_token, m.end_token)
            {
                label = Label::Institution;
            }
        } else if e.flags.weak && single && tokens[m.first_token].is_first_word() {
            continue;
        }
        out.push(Candidate {
            start: m.start,
            end: m.end,
            label,
            priority: label_priority(e.label),
            source: Source::Meaning(e.idx),
        });
    }
}

/// Keeps the non-overlapping candidates, in place: sorted by start; on
/// overlap the longer wins, then the higher priority, then the earlier.
fn select(cands: &mut Vec<Candidate>) {
    // The candidates come as a few runs each sorted by start (list matches,
    // each rule family, quantities, dates): a stable sort merges runs
    // instead of sorting from scratch, and keeps equal candidates in the
    // order they were proposed.
    cands.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(b.priority.cmp(&a.priority))
            .then(source_rank(&b.source).cmp(&source_rank(&a.source)))
    });
    // The kept ones are `cands[..kept]`; `kept` never passes the reader.
    let mut kept = 0;
    for r in 0..cands.len() {
        let c = cands[r];
        if kept > 0 && c.start < cands[kept - 1].end {
            let last = &mut cands[kept - 1];
            let (cl, ll) = (c.end - c.start, last.end - last.start);
            if cl == ll && c.start == last.start && c.label == last.label {
                // The same span twice (a list and a rule): keep the
                // detail that says more.
                if last.source == Source::Rule {
                    last.source = c.source;
                }
            } else if cl > ll || (cl == ll && c.priority > last.priority) {
                kept -= 1;
                // The new one may now overlap an earlier kept one.
                if kept == 0 || cands[kept - 1].end <= c.start {
                    cands[kept] = c;
                    kept += 1;
                }
            }
        } else {
            cands[kept] = c;
            kept += 1;
        }
    }
    cands.truncate(kept);
}

/// Orders equal candidates deterministically: lists before rules.
fn source_rank(s: &Source) -> u8 {
    match s {
        Source::Numeric(_) => 2,
        Source::Meaning(_) => 1,
        Source::Rule => 0,
    }
}

/// The shared strings of the gazetteer meanings a text names, made once
/// per meaning and text: a name mentioned ten times is one allocation and
/// ten reference counts.
type Names = HashMap<u32, (Arc<str>, Option<Arc<str>>), FxBuild>;

/// Makes the output span of a winning candidate.
fn materialize(c: &Candidate, gaz: &Gazetteer, numeric: &mut [Span], names: &mut Names) -> Span {
    let detail = match c.source {
        Source::Rule => Detail::Entity(Entity::default()),
        Source::Meaning(m) => {
            let (canonical, id) = names.entry(m).or_insert_with(|| {
                let e = gaz.meaning(m);
                (e.canonical.into(), e.id.map(Into::into))
            });
            Detail::Entity(Entity {
                canonical: Some(canonical.clone()),
                id: id.clone(),
                link: None,
                metonymy: None,
            })
        }
        Source::Numeric(k) => numeric.get_mut(k as usize).map_or(Detail::None, |s| {
            std::mem::replace(&mut s.detail, Detail::None)
        }),
    };
    Span {
        start: c.start,
        end: c.end,
        label: c.label,
        detail,
    }
}

/// What the earlier stages found in one text.
pub(crate) struct Found<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) matches: &'a [Match],
    /// Where the rules start: the capitalised words, the lines and the
    /// lower-case anchors, in order.
    pub(crate) starts: rules::RuleStarts<'a>,
    /// The date and quantity spans; the resolver takes the details of
    /// those that win and leaves the vector empty.
    pub(crate) numeric: &'a mut Vec<Span>,
}

/// Vectors the resolver keeps from text to text (see [`Found`]).
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    cands: Vec<Candidate>,
    rules: rules::Buffers,
    names: Names,
}

/// Resolves everything found in one text into its spans. Dates and
/// quantities win over names they overlap only when longer (`May` the month
/// inside `Theresa May` loses).
pub(crate) fn resolve(
    found: Found<'_>,
    gaz: &Gazetteer,
    names: &NameLists,
    config: &Config,
    buffers: &mut Buffers,
) -> Vec<Span> {
    let Found {
        text,
        tokens,
        matches,
        starts,
        numeric,
    } = found;
    let cands = &mut buffers.cands;
    cands.clear();
    // Rule candidates come on top of these; about one per ten tokens is
    // plenty for news, so the vector does not grow while rules push.
    cands.reserve(matches.len() + numeric.len() + tokens.len() / 10);
    // The rules' context lives until the spans are final: metonymy reads
    // the word classes it has looked up.
    let ctx = config.rules.then(|| {
        Context::new(
            text,
            tokens,
            starts,
            names,
            gaz,
            matches,
            std::mem::take(&mut buffers.rules),
        )
    });
    gazetteer_candidates(tokens, gaz, matches, ctx.as_ref(), cands);
    if let Some(ctx) = &ctx {
        rules::find_entities(ctx, cands);
    }
    cands.extend(numeric.iter().enumerate().map(|(k, s)| Candidate {
        start: s.start,
        end: s.end,
        label: s.label,
        priority: label_priority(s.label),
        source: Source::Numeric(k as u32),
    }));
    select(cands);
    let shared = &mut buffers.names;
    shared.clear();
    // Room for the mentions linking adds (in news, up to about a fifth as
    // many as the spans): the vector is not copied to grow.
    let mut spans: Vec<Span> = Vec::with_capacity(cands.len() + cands.len() / 4 + 8);
    spans.extend(cands.iter().map(|c| materialize(c, gaz, numeric, shared)));
    // The details that lost go now, not with the next text.
    numeric.clear();
    // The strings stay with the spans; the map keeps its room.
    shared.clear();
    if let Some(ctx) = ctx {
        link::link(text, tokens, ctx.capitalized, &mut spans);
        rules::places::mark_metonymy(&ctx, &mut spans);
        buffers.rules = ctx.into_buffers();
    }
    spans.retain(|s| config.labels.contains(s.label));
    link::offsets_to_indices(&mut spans);
    spans
}
