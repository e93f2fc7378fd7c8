//! Quantities: a number with its qualifier and what it counts or measures.
//!
//! The span covers qualifier + number + counted noun or unit (`At least
//! 5,000 people`, `nearly 700 people`, `$3.5 million`, `40 per cent`), or a
//! hyphenated modifier alone (`11-year`, `19-year-old`). Only tokens that can
//! start a number are looked at (digits, number words), so
//! the scan costs one cheap test per token elsewhere.
//!
//! A bare number with nothing around it (`in 2019`, `Article 5`, `10:30`,
//! `2-1`, a phone number) is not a quantity: it needs a unit, a counted
//! noun, a currency, a qualifier, or a claim (`killing 20`, `20 dead`).
//!
//! This is the top of the numeric layer, which flows one way: the
//! numerals ([`crate::numbers`]: a number at a token, nothing else) →
//! the units (`units`: a table lookup) → quantities (here:
//! numeral + unit or counted noun + qualifier + range). Claims read the
//! quantities afterwards; nothing here calls back into them.

mod bare;
mod measures;
mod nouns;
mod ordinals;
mod predicates;

use crate::numbers::{NumberKind, Parser, W, is_trigger, lower, parse_digits, word_class};
use crate::span::{Detail, Label, Qualifier, Quantity, QuantityKind, Span};
use crate::tokenize::{Shape, Token, TokenKind};
use nouns::{is_irregular_plural, is_stopword, lemma};

/// Quantities and dates of `text`, without the rest of the pipeline:
/// tokenizes, finds quantity spans and date spans, and
/// returns them sorted by start, without overlaps (where a quantity and a
/// date overlap, the one starting first is kept, and the date on a tie).
///
/// `doc_date` (year, month, day) resolves weekdays and relative dates.
///
/// ```
/// let text = "On Monday, at least 5,000 people gathered.";
/// let spans = factspan::quantities::quantities(text, None);
/// let got: Vec<&str> = spans.iter().map(|s| s.text(text)).collect();
/// assert_eq!(got, ["Monday", "at least 5,000 people"]);
/// let q = spans[1].quantity().unwrap();
/// assert_eq!(q.value, 5000.0);
/// // Claims are the extractor's: they read the whole sentence's spans.
/// assert!(q.claim.is_none());
/// ```
pub fn quantities(text: &str, doc_date: Option<(i32, u32, u32)>) -> Vec<crate::span::Span> {
    quantities_in(text, &crate::tokenize::tokenize(text), doc_date)
}

/// [`quantities`] over tokens already made by
/// [`tokenize`](crate::tokenize::tokenize) from `text`.
///
/// ```
/// let text = "Nearly 700 people were hurt on Tuesday.";
/// let tokens = factspan::tokenize::tokenize(text);
/// let spans = factspan::quantities::quantities_in(text, &tokens, None);
/// assert_eq!(spans.len(), 2);
/// ```
pub fn quantities_in(
    text: &str,
    tokens: &[Token],
    doc_date: Option<(i32, u32, u32)>,
) -> Vec<crate::span::Span> {
    let mut q = Vec::new();
    find_quantities(text, tokens, &mut q);
    let mut d = Vec::new();
    crate::rules::dates::find_dates(text, tokens, doc_date, &mut d);
    let mut all: Vec<crate::span::Span> = d.into_iter().chain(q).collect();
    // Stable: dates first on equal starts.
    all.sort_by_key(|s| s.start);
    let mut out: Vec<crate::span::Span> = Vec::with_capacity(all.len());
    for s in all {
        if out.last().is_none_or(|l| l.end <= s.start) {
            out.push(s);
        }
    }
    out
}

/// Appends the quantity spans of a tokenized text to `out` (sorted by
/// start, without overlaps among themselves). Claims are not made here:
/// [`crate::claims`] reads the resolved spans afterwards.
pub(crate) fn find_quantities(text: &str, tokens: &[Token], out: &mut Vec<Span>) {
    let starts = crate::numbers::triggers(text, tokens);
    let sentence_starts = crate::tokenize::sentence_starts(tokens);
    find_quantities_at(
        text,
        tokens,
        &starts,
        &sentence_starts,
        &mut Parser::new(),
        out,
    );
}

/// [`find_quantities`] given the tokens that can start a number
/// ([`is_trigger`]), in order: only those are visited; and the first
/// tokens of the sentences, in order (as
/// [`sentences`](crate::tokenize::sentences) yields them). The parser `p`
/// may come from an earlier text: what it keeps is keyed by the tokens'
/// bytes.
pub(crate) fn find_quantities_at(
    text: &str,
    tokens: &[Token],
    starts: &[usize],
    sentence_starts: &[usize],
    p: &mut Parser,
    out: &mut Vec<Span>,
) {
    let mut last_end = 0usize;
    let mut i = 0;
    for &k in starts {
        // A start inside the last span (or the window just read) is passed.
        if k < i || tokens[k].start < last_end {
            continue;
        }
        i = k;
        match quantity_at(text, tokens, sentence_starts, i, last_end, p, out) {
            Some((span, next)) if span.start >= last_end && span.start < span.end => {
                last_end = span.end;
                out.push(span);
                join_open_bounds(text, out);
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
}

/// `more than 50 but fewer than 80`: a lower bound and an upper bound of
/// one count, joined by `but` or `and`, become one span with `low` and
/// `high` (the lower bound's qualifier stays). Looks at the last two spans
/// of `out`.
fn join_open_bounds(text: &str, out: &mut Vec<Span>) {
    let [.., a, b] = &out[..] else { return };
    let (Some(qa), Some(qb)) = (a.quantity(), b.quantity()) else {
        return;
    };
    let lower_bound = matches!(qa.qualifier, Qualifier::MoreThan | Qualifier::AtLeast);
    let upper_bound = matches!(qb.qualifier, Qualifier::LessThan | Qualifier::AtMost);
    // Called after every span: the qualifiers, two loads, rule out most
    // pairs before the text between them is trimmed.
    if !lower_bound || !upper_bound {
        return;
    }
    let between = text.get(a.end..b.start).map(str::trim);
    if !matches!(between, Some("but" | "and"))
        || qa.low.is_some()
        || qb.low.is_some()
        || qa.value >= qb.value
        || qa.kind != qb.kind
        || (qa.unit.is_some() && qb.unit.is_some() && qa.unit != qb.unit)
    {
        return;
    }
    let (low, high, unit, end) = (
        qa.value,
        qb.value,
        qb.unit.clone().or(qa.unit.clone()),
        b.end,
    );
    out.pop();
    let last = out.last_mut().expect("two spans were there");
    last.end = end;
    if let Detail::Quantity(q) = &mut last.detail {
        q.low = Some(low);
        q.high = Some(high);
        q.unit = unit;
    }
}

/// Appends every number of a tokenized text as a span of label
/// [`Label::Number`] (value, and kind `ordinal` for ordinals). The
/// resolver drops those inside a quantity or date. `starts` are the tokens
/// that can start a number ([`is_trigger`]), in order.
pub(crate) fn find_bare_numbers(
    text: &str,
    tokens: &[Token],
    starts: &[usize],
    out: &mut Vec<Span>,
) {
    let mut numbers = Vec::new();
    crate::numbers::find_numbers_at(text, tokens, starts, &mut numbers);
    out.extend(numbers.into_iter().map(|n| {
        let kind = if n.kind == NumberKind::Ordinal {
            QuantityKind::Ordinal
        } else {
            QuantityKind::Count
        };
        Span {
            start: n.start,
            end: n.end,
            label: Label::Number,
            detail: Detail::Quantity(Box::new(quantity(
                n.value,
                None,
                None,
                None,
                Qualifier::Exact,
                kind,
            ))),
        }
    }));
}

/// Lower-cased text of token `k`, compared with `s`.
#[inline]
pub(super) fn is(text: &str, tokens: &[Token], k: usize, s: &str) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| t.end - t.start == s.len() && t.text(text).eq_ignore_ascii_case(s))
}

/// True if token `k` is one of `words` (lower case), ignoring ASCII case:
/// [`is`] for a list, the token read once.
#[inline]
pub(super) fn is_any(text: &str, tokens: &[Token], k: usize, words: &[&str]) -> bool {
    tokens
        .get(k)
        .is_some_and(|t| crate::rules::words::is_in(words, t.text(text)))
}

fn word<'b>(text: &str, tokens: &[Token], k: usize, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let t = tokens.get(k)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    lower(t.text(text), buf)
}

/// A qualifier before token `i`: the qualifier and the index of its first
/// token. Most numbers have none: the word right before is tested first.
fn qualifier_before(text: &str, tokens: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    let mut buf = [0u8; 16];
    let last = word(text, tokens, i.checked_sub(1)?, &mut buf)?;
    if !ends_a_qualifier(last) {
        return None;
    }
    qualifier_words(text, tokens, i)
}

/// The last words of the qualifiers [`qualifier_words`] knows (lower
/// case): no qualifier ends in another word.
fn ends_a_qualifier(w: &[u8]) -> bool {
    matches!(
        w,
        b"as"
            | b"least"
            | b"fewer"
            | b"less"
            | b"than"
            | b"over"
            | b"of"
            | b"excess"
            | b"to"
            | b"most"
            | b"under"
            | b"below"
            | b"estimated"
            | b"about"
            | b"around"
            | b"some"
            | b"roughly"
            | b"approximately"
            | b"approx."
            | b"nearly"
            | b"almost"
            | b"above"
            | b"exceeding"
            | b"within"
    )
}

/// [`qualifier_before`] without the test of the last word.
fn qualifier_words(text: &str, tokens: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    // The (at most) three words before, lower-cased once.
    let mut bufs = [[0u8; 16]; 3];
    let mut lens = [usize::MAX; 3];
    for (d, (b, l)) in bufs.iter_mut().zip(lens.iter_mut()).enumerate() {
        let Some(k) = i.checked_sub(d + 1) else { break };
        let t = &tokens[k];
        if t.kind != TokenKind::Word || t.end - t.start > 16 {
            break;
        }
        let w = t.text(text).as_bytes();
        for (x, c) in b.iter_mut().zip(w) {
            *x = c.to_ascii_lowercase();
        }
        *l = w.len();
    }
    let word = |d: usize| -> &[u8] {
        if lens[d] == usize::MAX {
            b""
        } else {
            &bufs[d][..lens[d]]
        }
    };
    let (w1, w2, w3) = (word(0), word(1), word(2));
    if w1.is_empty() {
        return None;
    }
    // Qualifiers of three, two, then one word, each a `match` of byte
    // strings rather than a walk of a list. (A word past the ones read is
    // empty, and no qualifier has an empty word.)
    use Qualifier::*;
    if w3 == b"as" && w2 == b"many" && w1 == b"as" {
        return Some((AtMost, i - 3));
    }
    let two = match (w2, w1) {
        (b"at", b"least") | (b"no", b"fewer") | (b"no", b"less") => Some(AtLeast),
        (b"more", b"than") | (b"just", b"over") | (b"upwards", b"of") | (b"in", b"excess") => {
            Some(MoreThan)
        }
        (b"up", b"to") | (b"at", b"most") => Some(AtMost),
        (b"fewer", b"than") | (b"less", b"than") => Some(LessThan),
        (b"close", b"to") | (b"just", b"under") | (b"just", b"below") => Some(ApproximatelyBelow),
        (b"an", b"estimated") => Some(Approximately),
        _ => None,
    };
    if let Some(q) = two {
        // `no fewer than`, `no more than`, `no less than`
        if w3 == b"no" && w1 == b"than" {
            let q = if w2 == b"more" { AtMost } else { AtLeast };
            return Some((q, i - 3));
        }
        return Some((q, i - 2));
    }
    let q = match w1 {
        b"about" | b"around" | b"some" | b"roughly" | b"approximately" | b"approx." => {
            Approximately
        }
        b"nearly" | b"almost" => ApproximatelyBelow,
        b"over" | b"above" | b"exceeding" => MoreThan,
        b"under" | b"below" => LessThan,
        b"within" => AtMost,
        _ => return None,
    };
    Some((q, i - 1))
}

/// A qualifier before token `i`, also across an article or `an
/// additional` between it and the number (`about a 20 minute walk`, `at
/// least an additional 13 cases`).
fn qualifier_reaching(text: &str, tokens: &[Token], i: usize) -> Option<(Qualifier, usize)> {
    if let Some(found) = qualifier_before(text, tokens, i) {
        return Some(found);
    }
    let skip = if is(text, tokens, i.wrapping_sub(1), "additional")
        && is(text, tokens, i.wrapping_sub(2), "an")
    {
        2
    } else if is(text, tokens, i.wrapping_sub(1), "a") {
        1
    } else {
        return None;
    };
    qualifier_before(text, tokens, i - skip)
}

/// `… to 40 mg`, `… and 40 mg`, `… – 40 mg` after a measure ending before
/// token `k` (value `low`, unit `unit`): the high end in the same unit
/// (the unit may be left out: `15 to 20 kg` is read from its end), its
/// end byte and the token after it.
fn range_in_unit(
    text: &str,
    tokens: &[Token],
    k: usize,
    low: f64,
    unit: &crate::units::Unit,
    p: &mut Parser,
) -> Option<(f64, usize, usize)> {
    let joiner = is_any(text, tokens, k, &["to", "and", "through", "-", "–", "—"]);
    if !joiner || !tokens.get(k + 1).is_some_and(|t| is_trigger(text, t)) {
        return None;
    }
    let (n, next) = p.number_at(text, tokens, k + 1)?;
    if n.start != tokens[k + 1].start || n.value <= low || n.kind == NumberKind::Ordinal {
        return None;
    }
    let (used, u) = measures::unit_after(text, tokens, next, n.end, None)?;
    (u.name() == unit.name()).then(|| (n.value, tokens[next + used - 1].end, next + used))
}

/// `over three days` after a verb of spreading or lasting means *during*,
/// not *more than*: true when the `over` at token `k` is such a one (the
/// words that make it a qualifier, `to`, `for`, `than`, a copula, stand
/// right before it).
fn over_means_during(text: &str, tokens: &[Token], k: usize) -> bool {
    is(text, tokens, k, "over")
        && k > 0
        && !is_any(
            text,
            tokens,
            k - 1,
            &[
                "to", "for", "of", "than", "is", "was", "are", "were", "be", "been", "lasted",
                "served", "spent", "took", "of", "with", "after", "sentenced",
            ],
        )
}

/// What a word after a number says: a unit of time, percent or money with
/// its kind and a factor on the value (`cents` → 0.01). Measures come from
/// the units table ([`crate::units`], through [`measures`]).
fn unit_word(l: &[u8]) -> Option<(&'static str, QuantityKind, f64)> {
    use QuantityKind::*;
    Some(match l {
        b"year" | b"years" | b"yr" | b"yrs" => ("year", Duration, 1.0),
        b"month" | b"months" => ("month", Duration, 1.0),
        b"week" | b"weeks" => ("week", Duration, 1.0),
        b"day" | b"days" => ("day", Duration, 1.0),
        b"weekend" | b"weekends" => ("weekend", Duration, 1.0),
        b"magnitude" => ("magnitude", Measure, 1.0),
        b"hour" | b"hours" | b"hrs" => ("hour", Duration, 1.0),
        b"minute" | b"minutes" | b"mins" => ("minute", Duration, 1.0),
        b"second" | b"seconds" | b"secs" => ("second", Duration, 1.0),
        b"decade" | b"decades" => ("decade", Duration, 1.0),
        b"century" | b"centuries" => ("century", Duration, 1.0),
        b"percent" | b"pct" | b"percents" | b"percentage" => ("percent", Percent, 1.0),
        _ => return currency_word(l).map(|(c, f)| (c, Money, f)),
    })
}

/// Currency words and codes after a number.
fn currency_word(l: &[u8]) -> Option<(&'static str, f64)> {
    Some(match l {
        b"dollar" | b"dollars" | b"usd" | b"bucks" => ("USD", 1.0),
        b"euro" | b"euros" | b"eur" => ("EUR", 1.0),
        b"pound" | b"pounds" | b"gbp" | b"sterling" | b"quid" => ("GBP", 1.0),
        b"yen" | b"jpy" => ("JPY", 1.0),
        b"yuan" | b"renminbi" | b"rmb" | b"cny" | b"kuai" => ("CNY", 1.0),
        b"rupee" | b"rupees" | b"inr" => ("INR", 1.0),
        b"rouble" | b"roubles" | b"ruble" | b"rubles" | b"rub" => ("RUB", 1.0),
        b"franc" | b"francs" | b"chf" => ("CHF", 1.0),
        b"peso" | b"pesos" | b"mxn" => ("MXN", 1.0),
        b"won" | b"krw" => ("KRW", 1.0),
        b"lira" | b"liras" | b"try" => ("TRY", 1.0),
        b"rand" | b"zar" => ("ZAR", 1.0),
        b"naira" | b"ngn" => ("NGN", 1.0),
        b"shekel" | b"shekels" | b"ils" => ("ILS", 1.0),
        b"som" | b"soms" | b"kgs" => ("KGS", 1.0),
        b"tenge" | b"kzt" => ("KZT", 1.0),
        b"hryvnia" | b"hryvnias" | b"uah" => ("UAH", 1.0),
        b"zloty" | b"zlotys" | b"pln" => ("PLN", 1.0),
        b"bitcoin" | b"bitcoins" | b"btc" => ("BTC", 1.0),
        b"satoshi" | b"satoshis" => ("BTC", 1e-8),
        b"pesetas" | b"peseta" => ("ESP", 1.0),
        b"guilders" | b"guilder" => ("NLG", 1.0),
        b"markka" | b"markkaa" => ("FIM", 1.0),
        b"aud" => ("AUD", 1.0),
        b"cad" => ("CAD", 1.0),
        b"hkd" => ("HKD", 1.0),
        b"nzd" => ("NZD", 1.0),
        b"sek" => ("SEK", 1.0),
        b"nok" => ("NOK", 1.0),
        b"dkk" => ("DKK", 1.0),
        b"brl" => ("BRL", 1.0),
        b"sgd" => ("SGD", 1.0),
        b"cent" | b"cents" => ("USD", 0.01),
        b"pence" | b"penny" | b"pennies" | b"p" => ("GBP", 0.01),
        _ => return None,
    })
}

/// An ISO currency code as written next to a number: `USD` (any case for
/// the common ones), `MUSD` (millions). Returns the code and a factor.
fn currency_code(raw: &str) -> Option<(&'static str, f64)> {
    let upper = raw.bytes().all(|b| b.is_ascii_uppercase());
    let (code, f) = match raw.len() {
        3 => (raw, 1.0),
        4 if upper && raw.starts_with('M') => (&raw[1..], 1e6),
        _ => return None,
    };
    let mut buf = [0u8; 16];
    let l = lower(code, &mut buf)?;
    let lower_ok = matches!(
        l,
        b"usd" | b"eur" | b"gbp" | b"rmb" | b"cny" | b"jpy" | b"inr" | b"aud" | b"cad" | b"chf"
    );
    if !upper && (!lower_ok || matches!(l, b"won" | b"som" | b"try" | b"rub" | b"ils")) {
        return None;
    }
    let (c, one) = currency_word(l)?;
    (one == 1.0 && (l.len() == 3 && l != b"won" && l != b"som" || upper)).then_some((c, f))
}

/// Letters written before a `$`: `US$`, `C$`, `HK $`.
fn dollar_prefix(s: &str, glued: bool) -> bool {
    let mut buf = [0u8; 16];
    match lower(s, &mut buf) {
        Some(
            b"us" | b"u.s" | b"u.s." | b"c" | b"hk" | b"nz" | b"mex" | b"can" | b"usd" | b"cad"
            | b"aud" | b"hkd" | b"nzd" | b"mxn",
        ) => true,
        Some(b"a" | b"au" | b"s" | b"r" | b"nt") => glued,
        _ => false,
    }
}

/// A nationality before a currency word: `us dollars`, `swiss francs`.
fn currency_adjective(l: &[u8], cur: &str) -> Option<&'static str> {
    Some(match (l, cur) {
        (b"us" | b"u.s." | b"american", "USD") => "USD",
        (b"australian", "USD") => "AUD",
        (b"canadian", "USD") => "CAD",
        (b"singapore", "USD") => "SGD",
        (b"taiwan", "USD") => "TWD",
        (b"zealand", "USD") => "NZD",
        (b"kong", "USD") => "HKD",
        (b"swiss", "CHF") => "CHF",
        (b"french", "CHF") => "FRF",
        (b"chinese", "CNY") => "CNY",
        (b"japanese", "JPY") => "JPY",
        (b"turkish", "TRY") => "TRY",
        (b"indian", "INR") => "INR",
        (b"pakistani", "INR") => "PKR",
        (b"russian", "RUB") => "RUB",
        (b"egyptian", "GBP") => "EGP",
        (b"mexican", "MXN") => "MXN",
        (b"dutch", "NLG") => "NLG",
        (b"finnish", "FIM") => "FIM",
        (b"kyrgyz", "KGS") => "KGS",
        _ => return None,
    })
}

/// A currency symbol (with its glued letter prefix: `US$`, `C$`, `HK$`).
fn currency_symbol(sym: &str, prefix: &str) -> Option<&'static str> {
    let base = match sym {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₴" => "UAH",
        "₦" => "NGN",
        "₱" => "PHP",
        "฿" => "THB",
        "₿" => "BTC",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₪" => "ILS",
        "Rs" | "Rs." => "INR",
        "RM" => "MYR",
        "Tk" => "BDT",
        "KSh" => "KES",
        _ => return None,
    };
    if base != "USD" || prefix.is_empty() {
        return Some(base);
    }
    let mut buf = [0u8; 16];
    Some(match lower(prefix, &mut buf).unwrap_or(b"") {
        b"us" | b"u.s" | b"u.s." | b"usd" => "USD",
        b"c" | b"ca" | b"cad" | b"can" => "CAD",
        b"a" | b"au" | b"aud" => "AUD",
        b"hk" | b"hkd" => "HKD",
        b"nz" | b"nzd" => "NZD",
        b"s" | b"sgd" => "SGD",
        b"mex" | b"mxn" => "MXN",
        b"r" => "BRL",
        b"nt" => "TWD",
        _ => "USD",
    })
}

/// Nouns that precede a number without being counted by it: `Article 5`.
fn is_label_noun(l: &[u8]) -> bool {
    matches!(
        l,
        b"article"
            | b"section"
            | b"page"
            | b"chapter"
            | b"number"
            | b"no."
            | b"no"
            | b"nos."
            | b"flight"
            | b"route"
            | b"highway"
            | b"room"
            | b"resolution"
            | b"paragraph"
            | b"clause"
            | b"item"
            | b"version"
            | b"level"
            | b"grade"
            | b"platform"
            | b"gate"
            | b"seat"
            | b"row"
            | b"channel"
            | b"episode"
            | b"season"
            | b"part"
            | b"round"
            | b"stage"
            | b"phase"
            | b"act"
            | b"verse"
            | b"line"
            | b"bus"
            | b"case"
            | b"district"
            | b"ward"
            | b"zone"
            | b"block"
            | b"building"
            | b"apartment"
            | b"unit"
            | b"score"
            | b"tel"
            | b"tel."
            | b"phone"
            | b"call"
            | b"dial"
            | b"vol."
            | b"volume"
            | b"figure"
            | b"fig."
            | b"table"
            | b"lot"
            | b"exit"
            | b"terminal"
            | b"hall"
            | b"cell"
            | b"form"
            | b"model"
            | b"type"
            | b"class"
            | b"category"
            | b"rule"
            | b"law"
            | b"bill"
            | b"amendment"
            | b"protocol"
            | b"group"
            | b"team"
            | b"plan"
            | b"at"
            | b"by"
    )
}

fn word_w(text: &str, t: &Token) -> W {
    if t.kind != TokenKind::Word {
        return W::Other;
    }
    let mut buf = [0u8; 16];
    lower(t.text(text), &mut buf).map_or(W::Other, word_class)
}

/// Is the number at token `i` (ending before token `next`) part of a
/// date (`October 7`, `7 October`, `7th of October`)?
pub(super) fn next_to_month(text: &str, tokens: &[Token], i: usize, next: usize) -> bool {
    let month = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| crate::rules::dates::month_of(t.text(text)).is_some())
    };
    (i > 0 && month(i - 1)) || month(next) || (is(text, tokens, next, "of") && month(next + 1))
}

/// Builds a quantity span at token `i`; returns it and the next token.
/// `p` is the caller's parser: its buffer of atoms is refilled at each
/// number read here (the range's and the cents' too), so one serves all.
fn quantity_at(
    text: &str,
    tokens: &[Token],
    sentence_starts: &[usize],
    i: usize,
    floor: usize,
    p: &mut Parser,
    before: &[Span],
) -> Option<(Span, usize)> {
    let t = &tokens[i];
    let tok_text = t.text(text);
    // Times `10:30`, ISO dates `2020-10-07`.
    // (A byte loop: the token is short, and `contains` calls memchr.)
    if t.kind == TokenKind::Number && tok_text.bytes().any(|b| b == b':') {
        return None;
    }
    // Hyphenated modifiers and ranges: `11-year`, `19-year-old`, `300-400`.
    if t.shape.contains(Shape::HYPHEN)
        && let Some(r) = hyphenated(text, tokens, i, p)
    {
        return r;
    }
    // Vague plurals.
    let w0 = word_w(text, t);
    // `hundreds`, `dozens`, `millions of dollars`: vague plurals state no
    // number (the guideline leaves them out).
    if matches!(w0, W::Dozen(true) | W::Hundred(true) | W::Scale(_, true)) {
        return None;
    }
    // Currency codes and units glued to digits: `USD115`, `115USD`, `180ml`, `$1m`.
    if t.shape.contains(Shape::HAS_DIGIT)
        && t.shape.contains(Shape::HAS_LETTER)
        && let Some(r) = glued(text, tokens, i)
    {
        return Some(r);
    }
    // `a hundred`, `a dozen`: start at the article.
    let from = if i > 0
        && crate::numbers::is_article(text, &tokens[i - 1])
        && matches!(w0, W::Hundred(false) | W::Scale(_, false) | W::Dozen(false))
    {
        i - 1
    } else {
        i
    };
    if from == i && matches!(w0, W::Scale(..) | W::Hundred(_)) {
        return None;
    }
    let (n, mut next) = p.number_at(text, tokens, from)?;
    if n.start != tokens[from].start {
        return None;
    }
    if n.kind == NumberKind::Ordinal {
        return ordinals::ordinal_at(text, tokens, i, &n, next);
    }
    if let Some(found) = bare::unit_before(text, tokens, i, &n, next) {
        return Some(found);
    }
    let number_next = next;
    let mut value = n.value;
    let mut start = n.start;
    let mut end = n.end;
    let mut qualifier = Qualifier::Exact;
    let mut unit: Option<String> = None;
    let mut kind = QuantityKind::Count;
    let mut low = None;
    let mut high = None;
    let mut evidence = false;
    let mut noun_inside = false;
    let mut unit_inferred = false;
    let mut buf = [0u8; 16];

    // Context before: currency symbol, qualifier, label nouns.
    let mut first = from; // first token of the span
    if i > 0 && from == i && tokens[i - 1].start >= floor {
        let prev = &tokens[i - 1];
        let ptext = prev.text(text);
        // `$5`, `US$ 5`, `C $ 5`
        let glued_prefix = |k: usize| -> &str {
            match k.checked_sub(1).map(|j| &tokens[j]) {
                Some(pt)
                    if pt.kind == TokenKind::Word
                        && tokens[k].text(text) == "$"
                        && pt.end + 1 >= tokens[k].start
                        && dollar_prefix(pt.text(text), pt.end == tokens[k].start) =>
                {
                    pt.text(text)
                }
                _ => "",
            }
        };
        if let Some(code) = currency_symbol(ptext, glued_prefix(i - 1)) {
            kind = QuantityKind::Money;
            unit = Some(code.into());
            first = i - 1;
            if !glued_prefix(i - 1).is_empty() {
                first = i - 2;
            }
            evidence = true;
        } else if prev.kind == TokenKind::Word {
            // `USD 200`, `MAUD 60`
            if let Some((c, f)) = currency_code(ptext) {
                kind = QuantityKind::Money;
                unit = Some(c.into());
                value *= f;
                first = i - 1;
                evidence = true;
            } else if i >= 2 && kind == QuantityKind::Count {
                // `percent of 10`, `per cent of twenty-two`
                if is(text, tokens, i - 1, "of") {
                    let k = i - 2;
                    let pct = is_any(text, tokens, k, &["percent", "percents", "percentage"]);
                    let per_cent =
                        k >= 1 && is(text, tokens, k, "cent") && is(text, tokens, k - 1, "per");
                    if pct || per_cent {
                        kind = QuantityKind::Percent;
                        unit = Some("percent".into());
                        first = if per_cent { k - 1 } else { k };
                        evidence = true;
                    }
                }
            }
        }
        if first == i {
            if let Some(l) = lower(ptext, &mut buf)
                && is_label_noun(l)
                && !matches!(l, b"at" | b"by")
            {
                return None;
            }
            // `Resolution 1244`, `Boeing 737`: a capitalized word mid-sentence
            // (but `… and Jones 18`, a coordinated count, is for the bare
            // numbers to judge).
            // (The words two back are compared last: most numbers have no
            // capitalized word before them.)
            let coordinated = || is_any(text, tokens, i.wrapping_sub(2), &["and", ","]);
            if prev.kind == TokenKind::Word
                && prev.is_capitalized()
                && !prev.is_first_word()
                && t.kind == TokenKind::Number
                && !prev.is_all_caps()
                && !coordinated()
            {
                let mut b2 = [0u8; 16];
                let month = crate::rules::dates::month_of(ptext).is_some();
                let l = lower(ptext, &mut b2).unwrap_or(b"");
                if !month
                    && !matches!(
                        l,
                        b"about"
                            | b"around"
                            | b"some"
                            | b"nearly"
                            | b"almost"
                            | b"over"
                            | b"up"
                            | b"at"
                            | b"more"
                            | b"less"
                            | b"fewer"
                            | b"under"
                            | b"roughly"
                            | b"approximately"
                            | b"only"
                            | b"just"
                            | b"all"
                            | b"between"
                            | b"from"
                            | b"another"
                    )
                {
                    return None;
                }
            }
        }
    }
    if let Some((q, k)) =
        qualifier_reaching(text, tokens, first).filter(|&(_, k)| tokens[k].start >= floor)
    {
        qualifier = q;
        first = k;
        evidence = true;
    }
    start = tokens[first].start.min(start);

    // Ranges: `between 300 and 400`, `300 to 400`, `300 – 400`.
    let between = first > 0 && is(text, tokens, first - 1, "between") && first == i;
    if next < tokens.len() {
        let through = is(text, tokens, next, "through");
        let joiner = is(text, tokens, next, "to")
            || through
            || (between && is(text, tokens, next, "and"))
            || matches!(tokens[next].text(text), "–" | "-" | "—");
        if joiner && next + 1 < tokens.len() && is_trigger(text, &tokens[next + 1]) {
            let years = |n: &crate::numbers::Number| {
                n.kind == NumberKind::Integer
                    && n.end - n.start == 4
                    && (1000.0..=2100.0).contains(&n.value)
            };
            if let Some((n2, next2)) = p.number_at(text, tokens, next + 1)
                && n2.value > value
                && n2.kind != NumberKind::Ordinal
                && n2.start == tokens[next + 1].start
            {
                // `2009 through 2011 tax returns`: years, for the dates.
                if years(&n) && years(&n2) {
                    return None;
                }
                low = Some(value);
                high = Some(n2.value);
                end = n2.end;
                next = next2;
                if between {
                    start = tokens[first - 1].start;
                }
                evidence |= between || through;
            }
        }
    }
    // `5 of them`: not counted here.
    // Units and counted nouns after the number.
    let mut after = next;
    if let Some(nt) = tokens.get(after) {
        let ntext = nt.text(text);
        let glued = nt.start == end;
        if ntext == "+" && glued && qualifier == Qualifier::Exact {
            // `94+`: at least 94.
            qualifier = Qualifier::AtLeast;
            end = nt.end;
            after += 1;
            evidence = true;
        } else if ntext == "%" || ntext == "٪" {
            kind = QuantityKind::Percent;
            unit = Some("percent".into());
            end = nt.end;
            after += 1;
            evidence = true;
        } else if kind != QuantityKind::Money {
            let dollar_ok = glued || ntext != "$" || {
                // `10 $ 30 $`: a spaced `$` belongs to the number before it
                // unless a number follows it (then it is that number's).
                let n2 = tokens.get(after + 1);
                !n2.is_some_and(|n2| n2.kind == TokenKind::Number)
                    || is(text, tokens, after + 2, "cent")
                    || is(text, tokens, after + 2, "cents")
                    || tokens.get(after + 2).is_some_and(|n3| n3.text(text) == "$")
            };
            if let Some((code, f)) = currency_code(ntext).filter(|_| kind == QuantityKind::Count) {
                // `75 USD`, `30 MUSD`, `75 USD million`
                kind = QuantityKind::Money;
                unit = Some(code.into());
                value *= f;
                end = nt.end;
                after += 1;
                evidence = true;
                if let W::Scale(sc, false) =
                    tokens.get(after).map_or(W::Other, |t2| word_w(text, t2))
                {
                    value *= sc;
                    end = tokens[after].end;
                    after += 1;
                }
            } else if let Some(code) = currency_symbol(ntext, "").filter(|_| dollar_ok) {
                // `10 €`, `100₾`
                kind = QuantityKind::Money;
                unit = Some(code.into());
                end = nt.end;
                after += 1;
                evidence = true;
            } else if ntext == "元" {
                kind = QuantityKind::Money;
                unit = Some("CNY".into());
                end = nt.end;
                after += 1;
                evidence = true;
            }
        }
    }
    // A unit of the table: `48,500 metric tonnes`, `120 km/h`, `95 °F`.
    let mut measure = None;
    if kind == QuantityKind::Count
        && let Some((used, u)) = measures::unit_after(text, tokens, after, end, None)
    {
        measure = Some(u);
        end = tokens[after + used - 1].end;
        after += used;
        evidence = true;
        // `6 ft 1 in`: one measure in two units.
        if low.is_none()
            && let Some((part, next_after)) = measures::second_part(text, tokens, after, u)
        {
            value += part;
            end = tokens[next_after - 1].end;
            after = next_after;
        }
        // `from 20 mg to 40 mg`, `15 mg to 20 mg`: a range in one unit.
        if low.is_none()
            && let Some((hi, high_end, next_after)) =
                range_in_unit(text, tokens, after, value, u, p)
        {
            low = Some(value);
            high = Some(hi);
            end = high_end;
            after = next_after;
            if first > 0 && is(text, tokens, first - 1, "from") {
                start = tokens[first - 1].start;
            }
        }
    }
    if measure.is_none()
        && (kind == QuantityKind::Count || kind == QuantityKind::Money)
        && let Some(l) = word(text, tokens, after, &mut buf)
    {
        // `per cent`, `percentage points`
        if l == b"per" && is(text, tokens, after + 1, "cent") {
            kind = QuantityKind::Percent;
            unit = Some("percent".into());
            end = tokens[after + 1].end;
            after += 2;
            evidence = true;
        } else if l == b"percentage"
            && (is(text, tokens, after + 1, "points") || is(text, tokens, after + 1, "point"))
        {
            kind = QuantityKind::Percent;
            unit = Some("percentage_point".into());
            end = tokens[after + 1].end;
            after += 2;
            evidence = true;
        } else if let Some((u, k, f)) = unit_word(l) {
            // `weighed 82 pounds`: pounds of weight, not sterling.
            let (u, k) = if u == "GBP"
                && l.starts_with(b"pound")
                && measures::weight_context(text, tokens, i)
            {
                ("lb", QuantityKind::Measure)
            } else {
                (u, k)
            };
            let nt = &tokens[after];
            let money_already = kind == QuantityKind::Money;
            let second_time = l == b"second" && value != 1.0;
            // `a second` handled by the parser; `m`, `g`, `l`, `p` need digits glued or close.
            let short_ok = !matches!(l, b"m" | b"g" | b"l" | b"p")
                || (t.kind == TokenKind::Number && nt.start <= end + 1 && !nt.is_capitalized());
            if !second_time && short_ok && !money_already {
                if k == QuantityKind::Money && money_already {
                    // `$ 10 dollars`: keep the symbol's code.
                } else {
                    unit = Some(u.into());
                    kind = k;
                    value *= f;
                    if let (Some(lo), Some(hi)) = (low, high) {
                        low = Some(lo * f);
                        high = Some(hi * f);
                    }
                }
                end = nt.end;
                after += 1;
                evidence = true;
                // `19 years old`
                if k == QuantityKind::Duration && is(text, tokens, after, "old") {
                    kind = QuantityKind::Age;
                    end = tokens[after].end;
                    after += 1;
                }
            }
        } else if kind == QuantityKind::Count {
            // Currency with nationality: `125 million australian dollars`.
            let mut b2 = [0u8; 16];
            let mut matched = false;
            for skip in 1..=2 {
                if let Some(l2) = word(text, tokens, after + skip, &mut b2)
                    && let Some((c, 1.0)) = currency_word(l2)
                {
                    let adj_ok = (1..=skip).all(|s| {
                        let mut b3 = [0u8; 16];
                        word(text, tokens, after + s - 1, &mut b3).is_some_and(|a| {
                            currency_adjective(a, c).is_some() || a == b"hong" || a == b"new"
                        })
                    });
                    if adj_ok {
                        let mut b3 = [0u8; 16];
                        let adj = word(text, tokens, after + skip - 1, &mut b3)
                            .and_then(|a| currency_adjective(a, c))
                            .unwrap_or(c);
                        kind = QuantityKind::Money;
                        unit = Some(adj.into());
                        end = tokens[after + skip].end;
                        after += skip + 1;
                        evidence = true;
                        matched = true;
                        break;
                    }
                }
            }
            if !matched && n.kind != NumberKind::Fraction {
                let singular = value == 1.0 && low.is_none();
                if let Some((head_end, head)) = nouns::counted_noun(text, tokens, after, singular)
                    .filter(|(k, _)| {
                        let mut b2 = [0u8; 16];
                        !lower(tokens[k - 1].text(text), &mut b2)
                            .is_some_and(predicates::is_predicate_word)
                    })
                {
                    unit = Some(head);
                    end = tokens[head_end - 1].end;
                    after = head_end;
                    evidence = true;
                    noun_inside = true;
                } else if evidence
                    && let Some((head_end, head)) =
                        bare::pronoun_head(text, tokens, after, before, n.start)
                {
                    // `more than 1,000 others`
                    unit = head;
                    unit_inferred = unit.is_some();
                    end = tokens[head_end - 1].end;
                    after = head_end;
                }
            }
        }
    }
    // `more than half`, `two thirds of`: a fraction of a whole.
    if n.kind == NumberKind::Fraction && unit.is_none() && kind == QuantityKind::Count {
        unit = Some("fraction".into());
        kind = QuantityKind::Percent;
    }
    // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`,
    // `15 USD 50`: a whole currency unit and a number of cents.
    if kind == QuantityKind::Money && low.is_none() && value.fract() == 0.0 {
        let mut k = after;
        if is(text, tokens, k, "and") {
            k += 1;
        }
        if k > next
            && tokens.get(k).is_some_and(|t2| is_trigger(text, t2))
            && let Some((c, cnext)) = p.number_at(text, tokens, k)
        {
            let small = c.kind == NumberKind::Integer
                && c.value > 0.0
                && c.value < 100.0
                && c.start == tokens[k].start;
            let cents_word = is_any(text, tokens, cnext, &["cent", "cents", "pence", "p", "mao"]);
            let stop = tokens
                .get(cnext)
                .is_none_or(|t3| t3.kind != TokenKind::Number && t3.text(text) != "$")
                && !tokens.get(cnext).is_some_and(|t3| {
                    let mut b3 = [0u8; 16];
                    t3.kind == TokenKind::Word
                        && lower(t3.text(text), &mut b3).is_some_and(|l| {
                            unit_word(l).is_some() || currency_code(t3.text(text)).is_some()
                        })
                });
            if small && (cents_word || stop) {
                value += c.value / 100.0;
                if cents_word {
                    end = tokens[cnext].end;
                    after = cnext + 1;
                } else {
                    end = c.end;
                    after = cnext;
                }
            }
        }
    }
    // `or more`, `or so`
    if is(text, tokens, after, "or") {
        if is(text, tokens, after + 1, "more") && qualifier == Qualifier::Exact {
            qualifier = Qualifier::AtLeast;
            end = tokens[after + 1].end;
            after += 2;
            evidence = true;
        } else if is(text, tokens, after + 1, "so") && qualifier == Qualifier::Exact {
            qualifier = Qualifier::Approximately;
            end = tokens[after + 1].end;
            after += 2;
        }
    }
    // Years and other bare numbers.
    let year_like = t.kind == TokenKind::Number
        && n.kind == NumberKind::Integer
        && tok_text.len() == 4
        && (1000.0..=2100.0).contains(&value);
    if year_like && kind == QuantityKind::Count && qualifier == Qualifier::Exact && !noun_inside {
        return None;
    }
    if year_like && kind == QuantityKind::Count && noun_inside {
        // `in 2019 protesters`: a year, not a count.
        if i > 0 && {
            let mut b2 = [0u8; 16];
            word(text, tokens, i - 1, &mut b2).is_some_and(|l| {
                matches!(
                    l,
                    b"in"
                        | b"since"
                        | b"by"
                        | b"through"
                        | b"to"
                        | b"and"
                        | b"or"
                        | b"from"
                        | b"until"
                        | b"during"
                        | b"of"
                        | b"before"
                        | b"after"
                        | b"the"
                )
            })
        } {
            return None;
        }
    }
    if kind == QuantityKind::Count && unit.is_none() && next_to_month(text, tokens, i, next) {
        return None;
    }
    // `spread over three days`: the duration is exact, `over` outside.
    if kind == QuantityKind::Duration
        && qualifier == Qualifier::MoreThan
        && first + 1 == from
        && over_means_during(text, tokens, first)
    {
        qualifier = Qualifier::Exact;
        first = from;
        start = tokens[from].start;
    }
    // `two days ago`, `three weeks later`: dates, not durations.
    if kind == QuantityKind::Duration && is_any(text, tokens, after, &["ago", "later", "earlier"]) {
        return None;
    }
    // `15 meter high`, `a 70-metre long wall`: the measure's adjective.
    if (kind == QuantityKind::Measure || measure.is_some())
        && is_any(
            text,
            tokens,
            after,
            &["high", "long", "wide", "deep", "tall", "thick"],
        )
    {
        end = tokens[after].end;
        after += 1;
    }
    // `three times`, `50 times greater`: a frequency or a multiplier.
    if is(text, tokens, after, "times") {
        return None;
    }
    // `on one occasion`, `one thing`: the indefinite `one` counts nothing
    // (a legal count, `one count`, and units, `one year`, do).
    if kind == QuantityKind::Count
        && t.kind == TokenKind::Word
        && tok_text.eq_ignore_ascii_case("one")
        && low.is_none()
        && unit.as_deref() != Some("count")
    {
        return None;
    }
    let mut q = quantity(value, low, high, unit, qualifier, kind);
    match measure {
        Some(u) => measures::set_measure(&mut q, u),
        // `weighed 82 pounds`
        None if q.unit.as_deref() == Some("lb") => {
            if let Some(u) = measures::pound_weight() {
                measures::set_measure(&mut q, u);
            }
        }
        None => {}
    }
    q.unit_inferred = unit_inferred;
    let sp_end = end;
    if !evidence
        && let Some(found) =
            bare::bare_at(text, tokens, sentence_starts, i, &n, number_next, before)
    {
        return Some(found);
    }
    if !evidence && !predicates::asserted(text, tokens, sentence_starts, first, after, kind) {
        return None;
    }
    if low.is_some() {
        q.value = low.unwrap_or(value);
    }
    Some((span(start, sp_end, q), after))
}

pub(super) fn quantity(
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    qualifier: Qualifier,
    kind: QuantityKind,
) -> Quantity {
    Quantity {
        value,
        low,
        high,
        unit,
        unit_inferred: false,
        si_value: None,
        si_unit: None,
        score: None,
        qualifier,
        kind,
        claim: None,
    }
}

pub(super) fn span(start: usize, end: usize, q: Quantity) -> Span {
    Span {
        start,
        end,
        label: Label::Quantity,
        detail: Detail::Quantity(Box::new(q)),
    }
}

/// A hyphenated token: modifier (`11-year`, `19-year-old`, `five-year`,
/// `10-km`) or a range (`300-400`). `None` to fall back to the parser;
/// `Some(None)` when the token is no quantity (a score, a phone number, a
/// date).
#[allow(clippy::type_complexity)]
fn hyphenated(
    text: &str,
    tokens: &[Token],
    i: usize,
    p: &mut Parser,
) -> Option<Option<(Span, usize)>> {
    let t = &tokens[i];
    let s = t.text(text);
    let parts: Vec<&str> = s.split('-').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    // Ranges and other digit-only tokens: `300-400`, `2-1`, phone numbers.
    // The whole token is a number (`twenty-one`, `300-400`?)
    let all_digits = parts.iter().all(|p| {
        p.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    });
    if all_digits {
        if parts.len() != 2 {
            return Some(None); // phone numbers, ISO dates
        }
        let a = parse_digits(parts[0]).map(|x| x.0)?;
        let b = parse_digits(parts[1]).map(|x| x.0)?;
        if parts[0].len() == 4 && parts[1].len() <= 4 && (1000.0..=2100.0).contains(&a) {
            return Some(None); // `2019-20`, `1990-1995`: years
        }
        if a >= b
            || b <= 20.0
                && parts[1].len() <= 2
                && a <= 20.0
                && parts[0].len() <= 2
                && !has_noun_after(text, tokens, i + 1)
        {
            return Some(score(text, tokens, i, a, b)); // `won 2-1`
        }
        // A range: let the noun logic run on a synthetic parse.
        let mut q = quantity(
            a,
            Some(a),
            Some(b),
            None,
            Qualifier::Exact,
            QuantityKind::Count,
        );
        let mut end = t.end;
        let mut after = i + 1;
        let mut buf = [0u8; 16];
        if let Some((used, u)) = measures::unit_after(text, tokens, i + 1, t.end, None) {
            // `300-400 km`
            measures::set_measure(&mut q, u);
            end = tokens[i + used].end;
            after += used;
        } else if let Some(l) = word(text, tokens, i + 1, &mut buf) {
            if let Some((u, k, f)) = unit_word(l) {
                q.unit = Some(u.into());
                q.kind = k;
                q.value *= f;
                q.low = Some(a * f);
                q.high = Some(b * f);
                end = tokens[i + 1].end;
                after += 1;
            } else if has_noun_after(text, tokens, i + 1) {
                q.unit = Some(lemma(tokens[i + 1].text(text)));
                end = tokens[i + 1].end;
                after += 1;
            }
        }
        if tokens.get(i + 1).is_some_and(|nt| nt.text(text) == "%") {
            q.unit = Some("percent".into());
            q.kind = QuantityKind::Percent;
            end = tokens[i + 1].end;
            after += 1;
        }
        if q.unit.is_none() {
            return Some(None);
        }
        return Some(Some((span(t.start, end, q), after)));
    }

    // Number part: digits, or number words (`twenty-one-year-old`).
    let sub = crate::tokenize::tokenize(s);
    let (n, _) = p.number_at(s, &sub, 0)?;
    if n.start != 0 || n.end >= s.len() {
        return None;
    }
    // Modifier: the rest begins with a unit.
    let rest = &s[n.end..];
    let rest = rest.trim_start_matches(['-', '‐', '‑']);
    let mut rparts = rest.split('-');
    let unit_part = rparts.next()?;
    let mut buf = [0u8; 16];
    let l = lower(unit_part, &mut buf)?;
    // `a 6-inch pipe`, `a 2,400-square-foot home`, `a 20-litre can`.
    if let Some(u) =
        crate::units::unit_suffix(rest).filter(|u| u.dimension() != crate::units::Dimension::Time)
    {
        let mut q = quantity(
            n.value,
            None,
            None,
            None,
            Qualifier::Exact,
            QuantityKind::Measure,
        );
        measures::set_measure(&mut q, u);
        let mut start = t.start;
        if let Some((qq, k)) = qualifier_before(text, tokens, i) {
            q.qualifier = qq;
            start = tokens[k].start;
        }
        return Some(Some((span(start, t.end, q), i + 1)));
    }
    let Some((unit, mut kind, f)) = unit_word(l) else {
        return counted_modifier(tokens, i, n.value, l).map(Some);
    };
    let old = rparts.next().is_some_and(|r| r.eq_ignore_ascii_case("old"));
    // `19-year-old`, and `an 11-month daughter`: an age.
    if kind == QuantityKind::Duration && (old || person_noun(text, tokens, i + 1)) {
        kind = QuantityKind::Age;
    }
    let mut qualifier = Qualifier::Exact;
    let mut start = t.start;
    if let Some((q, k)) = qualifier_before(text, tokens, i) {
        qualifier = q;
        start = tokens[k].start;
    }
    let q = quantity(n.value * f, None, None, Some(unit.into()), qualifier, kind);
    Some(Some((span(start, t.end, q), i + 1)))
}

/// `a 20-room mansion`, `a three-count charge`, `two-legged`: a number
/// joined to the noun it counts, as a modifier (the span is the token,
/// `unit` the noun's lemma). Not `one-` (`one-time`, `one-way`) nor a
/// hyphenated word whose second part is no plain lower-case noun.
fn counted_modifier(tokens: &[Token], i: usize, value: f64, noun: &[u8]) -> Option<(Span, usize)> {
    if value == 1.0
        || noun.len() < 3
        || !noun.iter().all(u8::is_ascii_lowercase)
        || is_stopword(noun)
        || matches!(
            noun,
            b"fold" | b"way" | b"ish" | b"odd" | b"plus" | b"thirds" | b"quarters"
        )
    {
        return None;
    }
    let noun = std::str::from_utf8(noun).ok()?;
    // `legged` → `leg`, `headed` → `head`.
    let unit = match noun.strip_suffix("ed") {
        Some(stem) => {
            let b = stem.as_bytes();
            let doubled = b.len() > 2 && b[b.len() - 1] == b[b.len() - 2];
            if doubled {
                &stem[..stem.len() - 1]
            } else {
                stem
            }
            .to_string()
        }
        None => lemma(noun),
    };
    let t = &tokens[i];
    let q = quantity(
        value,
        None,
        None,
        Some(unit),
        Qualifier::Exact,
        QuantityKind::Count,
    );
    Some((span(t.start, t.end, q), i + 1))
}

/// Words for a person that an age can modify: `an 11-month daughter`.
fn person_noun(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut buf = [0u8; 16];
    word(text, tokens, k, &mut buf).is_some_and(|l| {
        matches!(
            l,
            b"daughter"
                | b"son"
                | b"child"
                | b"baby"
                | b"boy"
                | b"girl"
                | b"infant"
                | b"toddler"
                | b"man"
                | b"woman"
                | b"grandson"
                | b"granddaughter"
        )
    })
}

/// A match score or tally, `won 3-2`, `a 52-48 vote`: one span, `value`
/// the first number, `score` both; the unit is `vote` before that word,
/// else `goal`. Not after a label noun (`Article 18-2`) nor with
/// decimals.
fn score(text: &str, tokens: &[Token], i: usize, a: f64, b: f64) -> Option<(Span, usize)> {
    let t = &tokens[i];
    if a.fract() != 0.0
        || b.fract() != 0.0
        || t.text(text).contains(['.', ','])
        || i.checked_sub(1).is_some_and(|k| {
            let mut buf = [0u8; 16];
            lower(tokens[k].text(text), &mut buf).is_some_and(is_label_noun)
        })
    {
        return None;
    }
    let unit = if is(text, tokens, i + 1, "vote") || is(text, tokens, i + 1, "votes") {
        "vote"
    } else {
        "goal"
    };
    let mut q = quantity(
        a,
        None,
        None,
        Some(unit.into()),
        Qualifier::Exact,
        QuantityKind::Count,
    );
    q.score = Some([a, b]);
    Some((span(t.start, t.end, q), i + 1))
}

/// `1.2m people`, `1.5m barrels`: the token at `i` is a number of
/// millions (`value`), counting the noun or measured in the unit after it.
fn millions(text: &str, tokens: &[Token], i: usize, value: f64) -> Option<(Span, usize)> {
    let t = &tokens[i];
    let mut start = t.start;
    let mut qualifier = Qualifier::Exact;
    if let Some((qq, k)) = qualifier_before(text, tokens, i) {
        qualifier = qq;
        start = tokens[k].start;
    }
    let mut q = quantity(value, None, None, None, qualifier, QuantityKind::Count);
    if let Some((used, u)) = measures::unit_after(text, tokens, i + 1, usize::MAX, None) {
        measures::set_measure(&mut q, u);
        return Some((span(start, tokens[i + used].end, q), i + 1 + used));
    }
    let (head_end, head) = nouns::counted_noun(text, tokens, i + 1, false)?;
    q.unit = Some(head);
    Some((span(start, tokens[head_end - 1].end, q), head_end))
}

/// Tokens with digits and letters glued: `USD115`, `115USD`, `180ml`,
/// `29km`, `$1m`/`£5m` (millions after a currency symbol).
fn glued(text: &str, tokens: &[Token], i: usize) -> Option<(Span, usize)> {
    let t = &tokens[i];
    let s = t.text(text);
    let (value, unit, kind, lead) = if t.kind == TokenKind::Word {
        // `USD115`
        let letters = s.bytes().take_while(u8::is_ascii_alphabetic).count();
        let (code, f) = currency_code(&s[..letters])
            .or_else(|| currency_symbol(&s[..letters], "").map(|c| (c, 1.0)))?;
        let (v, used, _) = parse_digits(&s[letters..])?;
        if letters + used != s.len() {
            return None;
        }
        (v * f, code, QuantityKind::Money, false)
    } else {
        let (v, used, _) = parse_digits(s)?;
        let rest = &s[used..];
        if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let prev_sym = i > 0
            && tokens[i - 1].end == t.start
            && currency_symbol(tokens[i - 1].text(text), "").is_some();
        if prev_sym && matches!(rest, "m" | "mn") {
            let code = currency_symbol(tokens[i - 1].text(text), "")?;
            (v * 1e6, code, QuantityKind::Money, true)
        } else if prev_sym && matches!(rest, "bn" | "k") {
            return None; // the parser reads `$1bn`
        } else if let (true, W::Scale(scale, false)) = (prev_sym, {
            let mut buf = [0u8; 16];
            lower(rest, &mut buf).map_or(W::Other, word_class)
        }) {
            // `$12billion`: the scale word glued to the digits.
            let code = currency_symbol(tokens[i - 1].text(text), "")?;
            (v * scale, code, QuantityKind::Money, true)
        } else if let Some((code, f)) = currency_code(rest) {
            (v * f, code, QuantityKind::Money, false)
        } else if rest == "m" && measures::counted_noun_follows(text, tokens.get(i + 1)) {
            // `1.2m people`, `1.5m barrels`: millions, in news.
            return millions(text, tokens, i, v * 1e6);
        } else if let Some((u, after)) = measures::glued_unit(text, tokens, i, rest) {
            // `200mm`, `47.9C`, `16GB`, `290km/h`, `a 1.2m wall`.
            let mut q = quantity(v, None, None, None, Qualifier::Exact, QuantityKind::Measure);
            measures::set_measure(&mut q, u);
            let mut start = t.start;
            if let Some((qq, k)) = qualifier_before(text, tokens, i) {
                q.qualifier = qq;
                start = tokens[k].start;
            }
            return Some((span(start, tokens[after - 1].end, q), after));
        } else {
            let mut buf = [0u8; 16];
            let l = lower(rest, &mut buf)?;
            let (u, k, f) = unit_word(l)?;
            if matches!(l, b"st" | b"nd" | b"rd" | b"th") {
                return None;
            }
            (v * f, u, k, false)
        }
    };
    let mut start = if lead { tokens[i - 1].start } else { t.start };
    let mut q = quantity(value, None, None, Some(unit.into()), Qualifier::Exact, kind);
    let first = if lead { i - 1 } else { i };
    if let Some((qq, k)) = qualifier_before(text, tokens, first) {
        q.qualifier = qq;
        start = tokens[k].start;
    }
    Some((span(start, t.end, q), i + 1))
}

fn has_noun_after(text: &str, tokens: &[Token], k: usize) -> bool {
    let mut buf = [0u8; 16];
    let Some(nt) = tokens.get(k) else {
        return false;
    };
    word(text, tokens, k, &mut buf).is_some_and(|l| {
        !nt.is_capitalized()
            && !is_stopword(l)
            && !predicates::is_predicate_word(l)
            && (l.ends_with(b"s") || is_irregular_plural(l))
            && !matches!(
                l,
                b"win" | b"defeat" | b"victory" | b"draw" | b"loss" | b"lead"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_any_of_a_list_as_it_is_one_of_them() {
        let text = "Some 5 WERE died, Remained; naïve wasn't has";
        let tokens = crate::tokenize::tokenize(text);
        let lists: [&[&str]; 4] = [
            &["were", "was", "is"],
            &["remained", "died", "has"],
            &["naïve", "wasn't", "'t"],
            &[],
        ];
        let mut hits = 0;
        for k in 0..tokens.len() + 2 {
            for words in lists {
                let one_by_one = words.iter().any(|w| is(text, &tokens, k, w));
                assert_eq!(is_any(text, &tokens, k, words), one_by_one, "{k} {words:?}");
                hits += usize::from(one_by_one);
            }
        }
        // `WERE`, `died`, `Remained`, `has`, `naïve` and `wasn't` (one
        // token: no `'t` alone).
        assert_eq!(hits, 6);
    }
    use crate::tokenize::tokenize;

    #[test]
    fn one_parser_reads_text_after_text_as_a_fresh_one_does() {
        // Numbers at the same offsets with other digits or words: what the
        // parser keeps from a text must not answer for the next.
        let texts = [
            "It cost 40 dollars and 3 million people came.",
            "It cost 41 dollars and 3 billion people came.",
            "It cost forty dollars and 3 1/2 tons were sold.",
            "It cost fifty dollars and 3 3/4 tons were sold.",
            "It cost 40 euros, and 3,000 people came.",
            "",
            "It cost 40 dollars and 3 million people came.",
        ];
        let fresh: Vec<Vec<Span>> = texts
            .iter()
            .map(|text| {
                let mut out = Vec::new();
                find_quantities(text, &tokenize(text), &mut out);
                out
            })
            .collect();
        // The texts read differently: 40 and 41 dollars, millions and billions.
        let value = |k: usize| fresh[k][0].quantity().map(|q| q.value);
        assert_eq!(
            [value(0), value(1), value(2), value(3)],
            [Some(40.0), Some(41.0), Some(40.0), Some(50.0)]
        );
        assert_ne!(fresh[0][1].quantity(), fresh[1][1].quantity());
        let mut shared = Parser::new();
        for order in [[0, 1, 2, 3, 4, 5, 6], [6, 4, 3, 2, 1, 5, 0]] {
            for k in order {
                let text = texts[k];
                let tokens = tokenize(text);
                let starts = crate::numbers::triggers(text, &tokens);
                let sentences = crate::tokenize::sentence_starts(&tokens);
                let mut out = Vec::new();
                find_quantities_at(text, &tokens, &starts, &sentences, &mut shared, &mut out);
                assert_eq!(out, fresh[k], "{text}");
            }
        }
    }

    fn q(text: &str) -> Vec<(String, f64, Qualifier, Option<String>, QuantityKind)> {
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_quantities(text, &toks, &mut out);
        out.iter()
            .map(|s| {
                let q = s.quantity().unwrap();
                (
                    s.text(text).to_string(),
                    q.value,
                    q.qualifier,
                    q.unit.clone(),
                    q.kind,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, f64, Qualifier, Option<String>, QuantityKind) {
        let v = q(text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }

    /// The last-word test of `qualifier_before` turns away no qualifier:
    /// every three words of a vocabulary of qualifier words (and others)
    /// before a number read the same with and without it.
    #[test]
    fn the_last_word_test_keeps_every_qualifier() {
        let vocab = [
            "as", "many", "at", "least", "no", "fewer", "less", "more", "than", "just", "over",
            "upwards", "of", "in", "excess", "up", "to", "most", "close", "under", "below", "an",
            "estimated", "about", "around", "some", "roughly", "approximately", "approx.",
            "nearly", "almost", "above", "exceeding", "within", "About", "AT", "the", ",", "x",
        ];
        let mut found = 0;
        for a in vocab {
            for b in vocab {
                for c in vocab {
                    let text = format!("{a} {b} {c} 5 people");
                    let tokens = crate::tokenize::tokenize(&text);
                    let Some(i) = tokens.iter().position(|t| t.text(&text) == "5") else {
                        continue;
                    };
                    let general = qualifier_words(&text, &tokens, i);
                    found += usize::from(general.is_some());
                    assert_eq!(qualifier_before(&text, &tokens, i), general, "{text}");
                }
            }
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn counts_with_qualifiers() {
        use Qualifier::*;
        let table: &[(&str, &str, f64, Qualifier, &str)] = &[
            (
                "At least 5,000 people gathered.", "At least 5,000 people", 5000.0, AtLeast,
                "people",
            ),
            (
                "Nearly 700 people were hurt.", "Nearly 700 people", 700.0, ApproximatelyBelow,
                "people",
            ),
            (
                "They saw nine people there.", "nine people", 9.0, Exact, "people",
            ),
            (
                "about 300 protesters came", "about 300 protesters", 300.0, Approximately,
                "protester",
            ),
            (
                "more than 20 children", "more than 20 children", 20.0, MoreThan, "child",
            ),
            (
                "up to 40 soldiers", "up to 40 soldiers", 40.0, AtMost, "soldier",
            ),
            (
                "fewer than 10 cases", "fewer than 10 cases", 10.0, LessThan, "case",
            ),
            (
                "no fewer than 12 ships", "no fewer than 12 ships", 12.0, AtLeast, "ship",
            ),
            (
                "no more than 12 ships", "no more than 12 ships", 12.0, AtMost, "ship",
            ),
            (
                "an estimated 2,000 refugees", "an estimated 2,000 refugees", 2000.0,
                Approximately, "refugee",
            ),
            (
                "close to 90 villages", "close to 90 villages", 90.0, ApproximatelyBelow, "village",
            ),
            ("50 cars or more", "50 cars or more", 50.0, AtLeast, "car"),
            (
                "two hundred and fifty thousand voters", "two hundred and fifty thousand voters",
                250_000.0, Exact, "voter",
            ),
        ];
        for &(text, span, v, qual, unit) in table {
            let got = one(text);
            assert_eq!(got.0, span, "{text}");
            assert_eq!(got.1, v, "{text}");
            assert_eq!(got.2, qual, "{text}");
            assert_eq!(got.3.as_deref(), Some(unit), "{text}");
            assert_eq!(got.4, QuantityKind::Count, "{text}");
        }
    }

    #[test]
    fn units_money_percent() {
        use QuantityKind::*;
        let table: &[(&str, &str, f64, &str, QuantityKind)] = &[
            ("It cost $3.5 million.", "$3.5 million", 3.5e6, "USD", Money),
            ("a $3bn deal", "$3bn", 3e9, "USD", Money),
            ("paid £ 90 million", "£ 90 million", 9e7, "GBP", Money),
            ("raised 10 €", "10 €", 10.0, "EUR", Money),
            ("cost 50 cents", "50 cents", 0.5, "USD", Money),
            (
                "sold for 20 billion yen", "20 billion yen", 2e10, "JPY", Money,
            ),
            (
                "a US$ 150 million loan", "US$ 150 million", 1.5e8, "USD", Money,
            ),
            (
                "125 million australian dollars", "125 million australian dollars", 1.25e8, "AUD",
                Money,
            ),
            ("rose 40% in a year", "40%", 40.0, "percent", Percent),
            ("rose 40 per cent", "40 per cent", 40.0, "percent", Percent),
            (
                "forty percent of voters", "forty percent", 40.0, "percent", Percent,
            ),
            ("a walk of 12 km", "12 km", 12.0, "km", Measure),
            ("for three years", "three years", 3.0, "year", Duration),
            ("aged 19 years old", "19 years old", 19.0, "year", Age),
            (
                "serving an 11-year sentence", "11-year", 11.0, "year", Duration,
            ),
            ("a 19-year-old man", "19-year-old", 19.0, "year", Age),
            ("a five-year plan", "five-year", 5.0, "year", Duration),
        ];
        for &(text, span, v, unit, kind) in table {
            let got = one(text);
            assert_eq!(got.0, span, "{text}");
            assert!((got.1 - v).abs() < 1e-6, "{text}: {}", got.1);
            assert_eq!(got.3.as_deref(), Some(unit), "{text}");
            assert_eq!(got.4, kind, "{text}");
        }
    }

    #[test]
    fn ranges() {
        let text = "between 300 and 400 people";
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_quantities(text, &toks, &mut out);
        assert_eq!(out.len(), 1);
        let qq = out[0].quantity().unwrap();
        assert_eq!(
            (out[0].text(text), qq.low, qq.high),
            (text, Some(300.0), Some(400.0))
        );
        for (text, span, lo, hi) in [
            ("300-400 people", "300-400 people", 300.0, 400.0),
            ("300 to 400 people", "300 to 400 people", 300.0, 400.0),
        ] {
            let toks = tokenize(text);
            let mut out = Vec::new();
            find_quantities(text, &toks, &mut out);
            assert_eq!(out.len(), 1, "{text}");
            let qq = out[0].quantity().unwrap();
            assert_eq!(out[0].text(text), span, "{text}");
            assert_eq!((qq.low, qq.high), (Some(lo), Some(hi)), "{text}");
        }
    }

    #[test]
    fn scores_and_counted_modifiers() {
        type Row = (
            &'static str,
            &'static str,
            f64,
            Option<[f64; 2]>,
            &'static str,
        );
        let table: &[Row] = &[
            (
                "They won 2-1 on Sunday.",
                "2-1",
                2.0,
                Some([2.0, 1.0]),
                "goal",
            ),
            (
                "The bill passed by a 52-48 vote.",
                "52-48",
                52.0,
                Some([52.0, 48.0]),
                "vote",
            ),
            ("a 12-room house", "12-room", 12.0, None, "room"),
            ("a four-legged robot", "four-legged", 4.0, None, "leg"),
            ("his 9-month son", "9-month", 9.0, None, "month"),
        ];
        for &(text, span, value, score, unit) in table {
            let toks = tokenize(text);
            let mut out = Vec::new();
            find_quantities(text, &toks, &mut out);
            assert_eq!(out.len(), 1, "{text}");
            let q = out[0].quantity().unwrap();
            assert_eq!(out[0].text(text), span, "{text}");
            assert_eq!(
                (q.value, q.score, q.unit.as_deref()),
                (value, score, Some(unit)),
                "{text}"
            );
        }
        // An age, not a duration: a person after the modifier.
        let text = "his 9-month son";
        let toks = tokenize(text);
        let mut out = Vec::new();
        find_quantities(text, &toks, &mut out);
        assert_eq!(out[0].quantity().unwrap().kind, QuantityKind::Age);
        for text in [
            "a one-time payment", "a 2-1 majority of Title 18-2", "ratio 1.5-1.2",
        ] {
            let toks = tokenize(text);
            let mut out = Vec::new();
            find_quantities(text, &toks, &mut out);
            assert!(
                out.iter()
                    .all(|s| s.quantity().unwrap().unit.as_deref() != Some("time")),
                "{text}"
            );
        }
    }

    #[test]
    fn vague_plurals_state_no_number() {
        for text in [
            "hundreds of protesters marched", "dozens of homes burned",
            "tens of thousands of people fled", "Thousands of buildings were damaged",
            "it cost millions of dollars",
        ] {
            let toks = tokenize(text);
            let mut out = Vec::new();
            find_quantities(text, &toks, &mut out);
            assert!(out.is_empty(), "{text}: {:?}", out);
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "Call 555-1234 now.", "He was born in 1996 in Osh.", "In 2019 police arrested him.",
            "One of the protesters spoke.", "A man was seen.", "No one was hurt.",
            "Article 5 of the treaty applies.", "The meeting starts at 10:30.",
            "Resolution 1244 was passed.", "on 2020-10-07", "+1-222-2222",
        ] {
            assert!(q(text).is_empty(), "{text}: {:?}", q(text));
        }
    }
}
