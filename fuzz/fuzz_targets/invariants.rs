//! The range invariants every fuzz target checks: each range non-empty,
//! inside the text, on char boundaries, and after the previous one.

use std::fmt::Debug;

/// Checks `items` (with their byte ranges) in order; `what` names them in
/// the panic message.
pub fn check_ranges<T: Debug>(
    text: &str,
    what: &str,
    items: impl IntoIterator<Item = (T, usize, usize)>,
) {
    let mut prev_end = 0;
    for (i, (item, start, end)) in items.into_iter().enumerate() {
        assert!(start < end, "{what} {i} empty: {item:?} in {text:?}");
        assert!(
            end <= text.len(),
            "{what} {i} past the end: {item:?} in {text:?}"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what} {i} not on char boundaries: {item:?} in {text:?}"
        );
        assert!(
            start >= prev_end,
            "{what} {i} unsorted or overlapping (previous end {prev_end}): {item:?} in {text:?}"
        );
        prev_end = end;
    }
}
