//! The Python `Extractor` and the iterator its `pipe` returns.
//!
//! Every call that extracts releases the interpreter while the crate runs;
//! batches are spread over all cores (rayon's global pool) or over a pool
//! of the requested size. Python objects are made after, holding it again.

use std::collections::VecDeque;
use std::path::PathBuf;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyIterator, PyList, PyString};
use rayon::prelude::*;

use factspan::{Date, Label, Options};

use crate::errors::{parse_date, to_py_err};
use crate::pools::pool;
use crate::span::{Located, PySpan, locate};

/// Finds people, places, institutions, dates and quantities in text.
///
/// Built once (the gazetteers are compiled then), immutable, safe to share
/// between threads. `Extractor.default()` is the shared extractor with the
/// built-in gazetteers.
#[pyclass(module = "factspan", name = "Extractor", frozen)]
pub struct PyExtractor {
    inner: factspan::Extractor,
    /// The date given to the constructor, used for documents without one.
    date: Option<Date>,
}

/// The shared default extractor.
static DEFAULT: PyOnceLock<Py<PyExtractor>> = PyOnceLock::new();

/// Labels of the constructor's `labels`, an unknown name a `ValueError`.
fn parse_labels(names: &[String]) -> PyResult<Vec<Label>> {
    names
        .iter()
        .map(|name| {
            Label::parse(name).ok_or_else(|| {
                let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
                PyValueError::new_err(format!(
                    "unknown label {name:?} (known: {})",
                    known.join(", ")
                ))
            })
        })
        .collect()
}

/// The texts of a batch as strings; anything else than a `str` is a
/// `TypeError` naming its position.
fn as_strings<'py>(items: &[Bound<'py, PyAny>]) -> PyResult<Vec<Bound<'py, PyString>>> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.cast::<PyString>() {
            Ok(s) => Ok(s.clone()),
            Err(_) => Err(PyTypeError::new_err(format!(
                "texts[{i}] is {}, not str",
                item.get_type().name()?
            ))),
        })
        .collect()
}

/// The UTF-8 of each string (borrowed from the strings).
fn borrow_texts<'a>(strings: &'a [Bound<'_, PyString>]) -> PyResult<Vec<&'a str>> {
    strings.iter().map(|s| s.to_str()).collect()
}

/// Keeps the cyclic garbage collector off while it lives (if it was on).
///
/// Span objects are tracked by the collector; making tens of thousands of
/// them would start it many times over objects that cannot form cycles.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<GcPause<'py>> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { gc: None });
        }
        gc.call_method0("disable")?;
        Ok(GcPause { gc: Some(gc) })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // `gc.enable()` does not fail; were it to, the collector stays
            // off, which costs memory, never correctness.
            let _ = gc.call_method0("enable");
        }
    }
}

/// Python lists of spans, one per document (`docs[i]` found in
/// `texts[i]`).
fn to_python<'py>(
    py: Python<'py>,
    texts: &[Bound<'py, PyString>],
    docs: Vec<Vec<Located>>,
) -> PyResult<Bound<'py, PyList>> {
    let _pause = GcPause::new(py)?;
    let lists = texts
        .iter()
        .zip(docs)
        .map(|(text, spans)| spans_list(text, spans))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, lists)
}

/// One document's spans as a Python list.
fn spans_list<'py>(
    text: &Bound<'py, PyString>,
    spans: Vec<Located>,
) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let objects = spans
        .into_iter()
        .map(|l| Bound::new(py, PySpan::new(l, text.clone().unbind())))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, objects)
}

impl PyExtractor {
    /// The options of one document: its own date, else the extractor's.
    fn options(&self, date: Option<&str>) -> PyResult<Options> {
        let mut options = Options::default();
        options.date = match date {
            Some(d) => Some(parse_date(d)?),
            None => self.date,
        };
        Ok(options)
    }

    /// The options of each document of a batch (`dates` as given to
    /// `extract_batch`: `None` or one `str | None` per text).
    fn batch_options(&self, dates: Option<&Bound<'_, PyAny>>, n: usize) -> PyResult<Vec<Options>> {
        let Some(dates) = dates.filter(|d| !d.is_none()) else {
            return Ok(vec![self.options(None)?; n]);
        };
        if dates.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "dates must be a list of str or None, one per text, not a str",
            ));
        }
        let dates: Vec<Option<String>> = dates.extract()?;
        if dates.len() != n {
            return Err(PyValueError::new_err(format!(
                "{} dates for {n} texts",
                dates.len()
            )));
        }
        dates.iter().map(|d| self.options(d.as_deref())).collect()
    }

    /// Extracts many documents with the interpreter released, on all cores
    /// or on `threads` threads.
    fn run_batch(
        &self,
        py: Python<'_>,
        texts: &[&str],
        options: &[Options],
        threads: Option<usize>,
    ) -> PyResult<Vec<Vec<Located>>> {
        let work = || -> Vec<Vec<Located>> {
            texts
                .par_iter()
                .zip(options)
                .map(|(text, o)| locate(text, self.inner.extract_with(text, o)))
                .collect()
        };
        let pool = threads.map(pool).transpose()?;
        Ok(py.detach(|| match pool {
            Some(pool) => pool.install(work),
            None => work(),
        }))
    }

    /// `extract_batch` on Python objects already gathered.
    fn batch<'py>(
        &self,
        py: Python<'py>,
        items: &[Bound<'py, PyAny>],
        threads: Option<usize>,
        dates: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let strings = as_strings(items)?;
        let texts = borrow_texts(&strings)?;
        let options = self.batch_options(dates, texts.len())?;
        let found = self.run_batch(py, &texts, &options, threads)?;
        to_python(py, &strings, found)
    }
}

/// Gathers an iterable into a vector (a list or tuple without copying
/// its items one by one through the iterator protocol).
fn gather<'py>(iterable: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if iterable.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str",
        ));
    }
    if let Ok(list) = iterable.cast::<PyList>() {
        return Ok(list.iter().collect());
    }
    iterable.try_iter()?.collect()
}

#[pymethods]
impl PyExtractor {
    /// Builds an extractor: the built-in gazetteers (unless
    /// `default_gazetteers=False`) plus the TSV files in `gazetteers`;
    /// only the `labels` named (all by default); `date` (`YYYY-MM-DD`)
    /// the documents were written, so that `Monday` or `last year`
    /// resolve. A bad gazetteer line is a `ValueError` naming the file
    /// and line; a missing file a `FileNotFoundError`.
    #[new]
    #[pyo3(signature = (gazetteers=None, labels=None, date=None, default_gazetteers=true))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<Vec<PathBuf>>,
        labels: Option<Vec<String>>,
        date: Option<&str>,
        default_gazetteers: bool,
    ) -> PyResult<PyExtractor> {
        let mut builder = factspan::Extractor::builder();
        builder.default_gazetteers(default_gazetteers);
        for path in gazetteers.unwrap_or_default() {
            builder.gazetteer_file(path);
        }
        if let Some(labels) = labels {
            builder.labels(parse_labels(&labels)?);
        }
        let date = date.map(parse_date).transpose()?;
        if let Some(d) = date {
            builder.document_date(d.year(), d.month(), d.day());
        }
        let inner = py.detach(|| builder.build()).map_err(to_py_err)?;
        Ok(PyExtractor { inner, date })
    }

    /// The shared extractor with the built-in gazetteers (built on first
    /// use, then the same object).
    #[staticmethod]
    fn default(py: Python<'_>) -> PyResult<Py<PyExtractor>> {
        let shared = DEFAULT.get_or_try_init(py, || -> PyResult<_> {
            let inner = py.detach(factspan::Extractor::default);
            Py::new(py, PyExtractor { inner, date: None })
        })?;
        Ok(shared.clone_ref(py))
    }

    /// The spans of `text`, sorted, not overlapping. `date` (`YYYY-MM-DD`)
    /// is this document's date, overriding the extractor's.
    #[pyo3(signature = (text, date=None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        date: Option<&str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let Ok(text) = text.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "text must be str, not {}",
                text.get_type().name()?
            )));
        };
        let utf8 = text.to_str()?;
        let options = self.options(date)?;
        let found = py.detach(|| locate(utf8, self.inner.extract_with(utf8, &options)));
        spans_list(text, found)
    }

    /// The spans of many texts (a list per text, in order), extracted with
    /// the interpreter released, on all cores or on `threads` threads.
    /// `dates` gives each text its date (`None` for the extractor's).
    #[pyo3(signature = (texts, threads=None, dates=None))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        dates: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let items = gather(texts)?;
        self.batch(py, &items, threads, dates)
    }

    /// Streams the spans of an iterable of texts, one list per text, in
    /// order, extracting `batch_size` texts at a time (like `nlp.pipe`).
    #[pyo3(signature = (texts, batch_size=256, threads=None))]
    fn pipe(
        slf: Bound<'_, PyExtractor>,
        texts: &Bound<'_, PyAny>,
        batch_size: usize,
        threads: Option<usize>,
    ) -> PyResult<Pipe> {
        if batch_size == 0 {
            return Err(PyValueError::new_err("batch_size must be at least 1"));
        }
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a str",
            ));
        }
        Ok(Pipe {
            extractor: slf.unbind(),
            source: texts.try_iter()?.unbind(),
            batch_size,
            threads,
            ready: VecDeque::new(),
        })
    }

    /// Extracts a batch in Rust alone, as `factspan::Extractor::
    /// extract_batch_with` does, and returns the number of spans: no Python
    /// object is made. For measuring what the binding costs.
    #[pyo3(signature = (texts, threads=None))]
    fn _count_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<usize> {
        let items = gather(texts)?;
        let strings = as_strings(&items)?;
        let texts = borrow_texts(&strings)?;
        let options = self.options(None)?;
        let docs: Vec<(&str, Options)> = texts.iter().map(|t| (*t, options)).collect();
        let work = || self.inner.extract_batch_with(&docs);
        let pool = threads.map(pool).transpose()?;
        let spans = py.detach(|| match pool {
            Some(pool) => pool.install(work),
            None => work(),
        });
        Ok(spans.iter().map(Vec::len).sum())
    }

    fn __repr__(&self) -> String {
        match self.date {
            Some(d) => format!("Extractor(date={:?})", d.to_string()),
            None => "Extractor()".to_string(),
        }
    }
}

/// What `Extractor.pipe` returns: an iterator of span lists, one per text.
#[pyclass(module = "factspan")]
pub struct Pipe {
    extractor: Py<PyExtractor>,
    source: Py<PyIterator>,
    batch_size: usize,
    threads: Option<usize>,
    /// Span lists extracted and not yet yielded.
    ready: VecDeque<Py<PyList>>,
}

#[pymethods]
impl Pipe {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyList>>> {
        if self.ready.is_empty() {
            let mut source = self.source.bind(py).clone();
            let items = source
                .by_ref()
                .take(self.batch_size)
                .collect::<PyResult<Vec<_>>>()?;
            if items.is_empty() {
                return Ok(None);
            }
            let extractor = self.extractor.bind(py).get();
            let lists = extractor.batch(py, &items, self.threads, None)?;
            for list in lists.iter() {
                self.ready.push_back(list.cast_into::<PyList>()?.unbind());
            }
        }
        Ok(self.ready.pop_front())
    }
}
