"""factspan: people, places, institutions, dates and numeric claims in English
news text, found by the Rust crate of the same name (rules and gazetteers, no
model).

>>> from factspan import Extractor
>>> text = "The health ministry said nearly 700 people had been injured in Bishkek."
>>> [(s.label, s.text) for s in Extractor.default().extract(text)]
[('institution', 'health ministry'), ('quantity', 'nearly 700 people'), ('place', 'Bishkek')]

``Extractor`` is immutable and safe to share between threads; ``extract_batch``
and ``pipe`` run on all cores with the interpreter released. ``factspan.spark``
adds the spans to a Spark DataFrame; ``factspan.spacy_component`` is the spaCy
pipeline component (``nlp.add_pipe("factspan")``).
"""

from ._native import Extractor, Pipe, Span, __version__

__all__ = ["Extractor", "Pipe", "Span", "__version__"]
