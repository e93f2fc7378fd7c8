//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// Why a gazetteer or an extractor could not be built.
///
/// `Display` names the file and line where there is one:
///
/// ```
/// let err = factspan::Gazetteer::builder()
///     .tsv_str("my.tsv", "name\tlabel\nAcme\tcompany\n")
///     .unwrap_err();
/// assert_eq!(err.to_string(), "my.tsv:2: unknown label \"company\" (expected person, place, institution or group)");
/// ```
#[non_exhaustive]
#[derive(Debug)]
pub enum Error {
    /// A file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// A gazetteer file has a malformed line.
    Gazetteer {
        /// The file's path or the name given to the text.
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The matcher could not be compiled.
    Build(String),
    /// A date the calendar does not have, or not written `YYYY-MM-DD`.
    Date(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {}", path.display(), source),
            Error::Gazetteer {
                file,
                line,
                message,
            } => write!(f, "{file}:{line}: {message}"),
            Error::Build(message) => write!(f, "cannot build the matcher: {message}"),
            Error::Date(message) => write!(f, "invalid date {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
