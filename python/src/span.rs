//! The Python `Span`: one extracted span with char offsets, its text and its
//! fields.
//!
//! The fields are the span's serde serialization (the crate's output
//! contract, the JSON the example extractor prints), made into a `dict` by
//! `pythonize` when a field is first read and kept. Extraction itself never
//! pays for it, and a field the crate adds is there without a change here:
//! through `to_dict()`, through attribute access (`span.si_value`), and
//! through the typed properties, which return `None` where a field is absent.

use pyo3::basic::CompareOp;
use pyo3::exceptions::PyAttributeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyInt, PySlice, PyString};

use factspan::OffsetMap;

/// A span as extraction leaves it, before Python objects are made: made on
/// the worker threads, with the interpreter released.
pub struct Located {
    span: factspan::Span,
    char_start: usize,
    char_end: usize,
}

/// Adds char offsets to the spans of `text`.
pub fn locate(text: &str, spans: Vec<factspan::Span>) -> Vec<Located> {
    // ASCII text (most news) has char offsets equal to byte offsets.
    let map = (!text.is_ascii()).then(|| OffsetMap::new(text));
    let char_offset = |byte: usize| match &map {
        None => byte,
        // Spans are on char boundaries; the fallback is not reached.
        Some(map) => map.char_offset(byte).unwrap_or(byte),
    };
    spans
        .into_iter()
        .map(|span| Located {
            char_start: char_offset(span.start),
            char_end: char_offset(span.end),
            span,
        })
        .collect()
}

/// One span of a text.
///
/// `start`/`end` are UTF-8 byte offsets (as in the crate and its JSON);
/// `char_start`/`char_end` index the Python string: `text ==
/// doc[span.char_start:span.char_end]`.
#[pyclass(module = "factspan", name = "Span", frozen)]
pub struct PySpan {
    span: factspan::Span,
    char_start: usize,
    char_end: usize,
    /// The document, sliced when the text is asked for (a copy per span
    /// made up front would cost an allocation each).
    doc: Py<PyString>,
    /// The serialization, made on first use.
    fields: PyOnceLock<Py<PyDict>>,
}

impl PySpan {
    /// The Python span of a located span of `doc`.
    pub fn new(located: Located, doc: Py<PyString>) -> PySpan {
        PySpan {
            span: located.span,
            char_start: located.char_start,
            char_end: located.char_end,
            doc,
            fields: PyOnceLock::new(),
        }
    }

    /// The covered text, sliced from the document.
    fn covered<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        let slice = PySlice::new(py, self.char_start as isize, self.char_end as isize, 1);
        Ok(self.doc.bind(py).get_item(slice)?.cast_into::<PyString>()?)
    }

    /// The span's serialization as a dict (kept; callers must not change it).
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyDict>> {
        let dict = self
            .fields
            .get_or_try_init(py, || self.serialize(py).map(Bound::unbind))?;
        Ok(dict.bind(py))
    }

    /// A new dict of the span's serialization.
    fn serialize<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let any = pythonize::pythonize(py, &self.span)?;
        Ok(any.cast_into::<PyDict>()?)
    }

    /// A field of the serialization, `None` when absent. (The getters pass
    /// interned names: a lookup then makes no string.)
    fn field<'py>(
        &self,
        py: Python<'py>,
        name: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.fields(py)?.get_item(name)
    }

    /// A numeric field as a float (the JSON writes whole numbers as ints).
    fn number<'py>(
        &self,
        py: Python<'py>,
        name: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        match self.field(py, name)? {
            Some(v) if v.is_instance_of::<PyInt>() && !v.is_instance_of::<PyBool>() => {
                let f: f64 = v.extract()?;
                Ok(Some(f.into_pyobject(py)?.into_any()))
            }
            other => Ok(other),
        }
    }

    /// A field that may hold a dict, copied so that the caller's changes do
    /// not reach the span.
    fn copied<'py>(
        &self,
        py: Python<'py>,
        name: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        match self.field(py, name)? {
            Some(v) => match v.cast::<PyDict>() {
                Ok(d) => Ok(Some(d.copy()?.into_any())),
                Err(_) => Ok(Some(v)),
            },
            None => Ok(None),
        }
    }
}

/// A copy of `dict` with the dicts in it (`claim`) copied too.
fn deep_copy<'py>(dict: &Bound<'py, PyDict>) -> PyResult<Bound<'py, PyDict>> {
    let copy = dict.copy()?;
    for (key, value) in dict.iter() {
        if let Ok(inner) = value.cast::<PyDict>() {
            copy.set_item(key, deep_copy(inner)?)?;
        }
    }
    Ok(copy)
}

#[pymethods]
impl PySpan {
    /// UTF-8 byte offset of the first byte (as in the crate and its JSON).
    #[getter]
    fn start(&self) -> usize {
        self.span.start
    }

    /// UTF-8 byte offset one past the last byte.
    #[getter]
    fn end(&self) -> usize {
        self.span.end
    }

    /// Index of the first character in the Python string.
    #[getter]
    fn char_start(&self) -> usize {
        self.char_start
    }

    /// Index one past the last character in the Python string.
    #[getter]
    fn char_end(&self) -> usize {
        self.char_end
    }

    /// The covered text.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.covered(py)
    }

    /// `person`, `place`, `institution`, `group`, `date`, `quantity`, …
    #[getter]
    fn label(&self) -> &'static str {
        self.span.label.as_str()
    }

    /// A quantity's number (a float), or a date's normalized value (a
    /// string: `2020-10-07`, `weekday:monday`, `relative:last_year`).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.number(py, intern!(py, "value"))
    }

    /// The low end of a range.
    #[getter]
    fn low<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.number(py, intern!(py, "low"))
    }

    /// The high end of a range.
    #[getter]
    fn high<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.number(py, intern!(py, "high"))
    }

    /// How the text bounds a quantity: `exact`, `at_least`, `approximately`, …
    #[getter]
    fn qualifier<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "qualifier"))
    }

    /// The counted noun or unit of a quantity (`people`, `USD`, `km`).
    #[getter]
    fn unit<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "unit"))
    }

    /// What sort of quantity or date: `count`, `money`, `percent`, …;
    /// `absolute`, `weekday`, `relative`.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "kind"))
    }

    /// An entity's canonical name.
    #[getter]
    fn canonical<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "canonical"))
    }

    /// An entity's identifier (`geonames:…`, `wikidata:Q…`).
    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "id"))
    }

    /// For a linked mention, the index of its first full mention in the
    /// document's span list.
    #[getter(r#ref)]
    fn link<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "ref"))
    }

    /// `government` where a place stands for its government.
    #[getter]
    fn metonymy<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "metonymy"))
    }

    /// The ISO date a weekday or relative date resolves to.
    #[getter]
    fn resolved<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "resolved"))
    }

    /// What the sentence claims about a quantity (a new dict each time):
    /// `predicate`, and where found `surface`, `subject`, `source`,
    /// `hedge`, `negated`.
    #[getter]
    fn claim<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.copied(py, intern!(py, "claim"))
    }

    /// A quantity's value in SI units, where the crate gives one.
    #[getter]
    fn si_value<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.number(py, intern!(py, "si_value"))
    }

    /// The SI unit of `si_value`, where the crate gives one.
    #[getter]
    fn si_unit<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.field(py, intern!(py, "si_unit"))
    }

    /// The span's confidence score, where the crate gives one.
    #[getter]
    fn score<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.number(py, intern!(py, "score"))
    }

    /// Any other field of the output contract, by name (fields the crate
    /// adds later included); `AttributeError` when the span has none.
    fn __getattr__<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        match self.copied(py, &PyString::new(py, name))? {
            Some(v) => Ok(v),
            None => Err(PyAttributeError::new_err(format!(
                "this {} span has no field {name:?}",
                self.span.label
            ))),
        }
    }

    /// The span as a new dict: the fields of the output contract (`start`,
    /// `end`, `label`, …, as the example extractor prints them) plus `text`,
    /// `char_start` and `char_end`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = match self.fields.get(py) {
            Some(fields) => deep_copy(fields.bind(py))?,
            // Not kept: a span turned into a dict once (spaCy, Spark) would
            // otherwise pay for a copy besides.
            None => self.serialize(py)?,
        };
        dict.set_item(intern!(py, "text"), self.covered(py)?)?;
        dict.set_item(intern!(py, "char_start"), self.char_start)?;
        dict.set_item(intern!(py, "char_end"), self.char_end)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.covered(py)?.repr()?;
        Ok(format!(
            "Span({}, {}, {}, {text})",
            self.span.label, self.char_start, self.char_end
        ))
    }

    /// Spans are equal when their offsets, text and fields are.
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp, py: Python<'_>) -> Py<PyAny> {
        let Ok(other) = other.cast::<PySpan>() else {
            return py.NotImplemented();
        };
        let other = other.get();
        let same = self.span == other.span
            && self.char_start == other.char_start
            && match (self.covered(py), other.covered(py)) {
                (Ok(a), Ok(b)) => a.to_cow().ok() == b.to_cow().ok(),
                _ => false,
            };
        let answer = match op {
            CompareOp::Eq => same,
            CompareOp::Ne => !same,
            _ => return py.NotImplemented(),
        };
        PyBool::new(py, answer).to_owned().into_any().unbind()
    }
}
