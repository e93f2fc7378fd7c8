//! factspan's errors as Python exceptions.

use std::io::ErrorKind;

use pyo3::PyErr;
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyValueError};

/// A gazetteer file that cannot be read is an `OSError` (`FileNotFoundError`
/// when it is missing); a malformed line or date is a `ValueError`. The
/// message is the crate's, which names the file and line.
pub fn to_py_err(err: factspan::Error) -> PyErr {
    let message = err.to_string();
    match err {
        factspan::Error::Io { source, .. } if source.kind() == ErrorKind::NotFound => {
            PyFileNotFoundError::new_err(message)
        }
        factspan::Error::Io { .. } => PyOSError::new_err(message),
        _ => PyValueError::new_err(message),
    }
}

/// Parses a `YYYY-MM-DD` document date; an impossible one is a `ValueError`.
pub fn parse_date(date: &str) -> Result<factspan::Date, PyErr> {
    date.parse::<factspan::Date>().map_err(to_py_err)
}
