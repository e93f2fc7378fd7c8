pub(crate) mod dates;
pub(crate) mod quantities;
