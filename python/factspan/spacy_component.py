"""The spaCy pipeline component ``factspan`` (``pip install "factspan[spacy]"``).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("factspan")
>>> doc = nlp("At least 5,000 people gathered in Bishkek.")
>>> [(e.text, e.label_) for e in doc.ents]
[('At least 5,000 people', 'CARDINAL'), ('Bishkek', 'GPE')]
>>> doc.ents[0]._.factspan["claim"]["predicate"]
'gathered'

What it does to a ``Doc``:

- every span the extractor finds, aligned to spaCy's tokens, goes in
  ``doc.spans["factspan"]`` (the key is ``spans_key``), labelled with the
  spaCy label below;
- ``doc.ents`` gets them too, without clobbering the entities already there
  (``overwrite_ents=False``: a span that overlaps an existing entity is left
  out of ``doc.ents``; ``True``: it replaces it);
- ``span._.factspan`` is the span's dict (``Span.to_dict()``: ``label``,
  ``value``, ``unit``, ``qualifier``, ``claim``, ``canonical``, ``id``, …),
  on the spans of both.

Labels: person → PERSON, place → GPE (LOC for natural features, continents and
regions: rivers, seas, mountains, "Central Asia"), institution → ORG, group →
NORP, date → DATE; a quantity by its kind: count → CARDINAL, money → MONEY,
percent → PERCENT, measure → QUANTITY, ordinal → ORDINAL, and as OntoNotes
does, age and duration → DATE. ``label_map`` overrides any of them (keys
``"place"`` or ``"quantity:duration"``).

Alignment: a span whose ends are not token boundaries is expanded to the
tokens it touches (``alignment_mode="expand"``, the default), shrunk to the
tokens inside it (``"contract"``), or dropped (``"strict"``); the component
counts them in ``stats`` (``aligned``, ``adjusted``, ``dropped``) and, per
document, in ``doc.user_data["factspan_alignment"]``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from ._native import Extractor
from ._native import Span as FactSpan

__all__ = ["FactspanComponent", "make_factspan", "spacy_label"]

ENTITY_LABELS: Dict[str, str] = {
    "person": "PERSON",
    "place": "GPE",
    "institution": "ORG",
    "group": "NORP",
    "date": "DATE",
    "time": "TIME",
    "number": "CARDINAL",
    "quantity": "CARDINAL",
}

QUANTITY_LABELS: Dict[str, str] = {
    "count": "CARDINAL",
    "money": "MONEY",
    "percent": "PERCENT",
    "measure": "QUANTITY",
    "ordinal": "ORDINAL",
    "age": "DATE",
    "duration": "DATE",
}

# Places that are not countries, cities or states: OntoNotes calls them LOC.
_FEATURE_WORDS = frozenset(
    """river rivers lake lakes sea ocean gulf bay mountain mountains mount mt
    valley desert island islands peninsula strait straits plain plains forest
    range glacier coast basin delta falls highlands steppe archipelago cape
    canal channel""".split()
)
# Continents and regions, also LOC in OntoNotes.
_REGION_NAMES = frozenset(
    [
        "africa", "asia", "europe", "antarctica", "oceania", "the americas",
        "north america", "south america", "latin america", "central america",
        "central asia", "middle east", "east asia", "southeast asia", "south asia",
        "western europe", "eastern europe", "caribbean", "balkans", "caucasus",
        "sahel", "scandinavia",
    ]
)


def _is_natural_feature(text: str) -> bool:
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return False
    return (
        words[0] in _FEATURE_WORDS
        or words[-1] in _FEATURE_WORDS
        or " ".join(words) in _REGION_NAMES
    )


def spacy_label(span: FactSpan, label_map: Optional[Dict[str, str]] = None) -> str:
    """The spaCy (OntoNotes) label of a factspan span."""
    label_map = label_map or {}
    label = span.label
    if label == "quantity":
        kind = span.kind or "count"
        key = f"quantity:{kind}"
        if key in label_map:
            return label_map[key]
        return QUANTITY_LABELS.get(kind, "CARDINAL")
    if label in label_map:
        return label_map[label]
    if label == "place" and _is_natural_feature(span.text):
        return "LOC"
    return ENTITY_LABELS.get(label, label.upper())


class FactspanComponent:
    """Adds factspan's spans to ``doc.spans`` and ``doc.ents`` (see the
    module's docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "factspan",
        *,
        extractor: Optional[Extractor] = None,
        extractor_config: Optional[Dict[str, Any]] = None,
        spans_key: str = "factspan",
        set_ents: bool = True,
        overwrite_ents: bool = False,
        alignment_mode: str = "expand",
        label_map: Optional[Dict[str, str]] = None,
        batch_size: int = 256,
    ) -> None:
        if alignment_mode not in ("expand", "contract", "strict"):
            raise ValueError(
                f"alignment_mode must be 'expand', 'contract' or 'strict', not {alignment_mode!r}"
            )
        self.name = name
        # With a config (the factory's), the extractor can be rebuilt in
        # another process: the component pickles (nlp.pipe(n_process=2)).
        self.extractor_config = extractor_config
        if extractor is None:
            extractor = Extractor(**extractor_config) if extractor_config else Extractor.default()
        self.extractor = extractor
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents
        self.alignment_mode = alignment_mode
        self.label_map = dict(label_map or {})
        self.batch_size = batch_size
        self.stats: Counter = Counter(aligned=0, adjusted=0, dropped=0)
        if not SpacySpan.has_extension("factspan"):
            SpacySpan.set_extension("factspan", default=None)

    def __getstate__(self) -> Dict[str, Any]:
        if self.extractor_config is None and self.extractor is not Extractor.default():
            raise TypeError("a component given its own Extractor object cannot be pickled; configure it instead")
        state = dict(self.__dict__)
        del state["extractor"]
        return state

    def __setstate__(self, state: Dict[str, Any]) -> None:
        self.__dict__.update(state)
        config = self.extractor_config
        self.extractor = Extractor(**config) if config else Extractor.default()

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, self.extractor.extract(doc.text))

    def pipe(self, docs: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        """Extracts ``batch_size`` documents at a time, on all cores."""
        size = batch_size or self.batch_size
        batch: List[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._annotate_batch(batch)
                batch = []
        if batch:
            yield from self._annotate_batch(batch)

    def _annotate_batch(self, docs: Sequence[Doc]) -> Iterator[Doc]:
        found = self.extractor.extract_batch([d.text for d in docs])
        for doc, spans in zip(docs, found):
            yield self._annotate(doc, spans)

    def _annotate(self, doc: Doc, spans: List[FactSpan]) -> Doc:
        aligned = self._align(doc, spans)
        doc.spans[self.spans_key] = [s for s, _ in aligned]
        if self.set_ents:
            self._set_ents(doc, aligned)
        return doc

    def _align(self, doc: Doc, spans: List[FactSpan]) -> List[Tuple[SpacySpan, Dict[str, Any]]]:
        """spaCy spans of ``spans`` (with their dicts), aligned as configured."""
        out = []
        counts = Counter(aligned=0, adjusted=0, dropped=0)
        for span in spans:
            sp = doc.char_span(
                span.char_start,
                span.char_end,
                label=spacy_label(span, self.label_map),
                alignment_mode=self.alignment_mode,
            )
            if sp is None or len(sp) == 0:
                counts["dropped"] += 1
                continue
            exact = sp.start_char == span.char_start and sp.end_char == span.char_end
            counts["aligned" if exact else "adjusted"] += 1
            info = span.to_dict()
            sp._.factspan = info
            out.append((sp, info))
        self.stats.update(counts)
        doc.user_data["factspan_alignment"] = dict(counts)
        return out

    def _set_ents(self, doc: Doc, aligned: List[Tuple[SpacySpan, Dict[str, Any]]]) -> None:
        # Expanded spans may overlap one another: keep the longest.
        ours = filter_spans([s for s, _ in aligned])
        existing = list(doc.ents)
        taken = [False] * len(doc)
        keep_first = existing if not self.overwrite_ents else ours
        for s in keep_first:
            for i in range(s.start, s.end):
                taken[i] = True
        second = ours if not self.overwrite_ents else existing
        free = [s for s in second if not any(taken[s.start : s.end])]
        if self.overwrite_ents:
            removed = [s for s in existing if any(taken[s.start : s.end])]
            if removed:
                doc.set_ents([], outside=removed, default="unmodified")
            final = ours + free
        else:
            final = existing + free
        doc.set_ents(sorted(final, key=lambda s: s.start), default="unmodified")
        info = {(s.start_char, s.end_char): i for s, i in aligned}
        for ent in doc.ents:
            got = info.get((ent.start_char, ent.end_char))
            if got is not None and ent._.factspan is None:
                ent._.factspan = got


@Language.factory(
    "factspan",
    default_config={
        "gazetteers": [],
        "labels": None,
        "date": None,
        "default_gazetteers": True,
        "spans_key": "factspan",
        "set_ents": True,
        "overwrite_ents": False,
        "alignment_mode": "expand",
        "label_map": {},
        "batch_size": 256,
    },
)
def make_factspan(
    nlp: Language,
    name: str,
    gazetteers: List[str],
    labels: Optional[List[str]],
    date: Optional[str],
    default_gazetteers: bool,
    spans_key: str,
    set_ents: bool,
    overwrite_ents: bool,
    alignment_mode: str,
    label_map: Dict[str, str],
    batch_size: int,
) -> FactspanComponent:
    """The factory behind ``nlp.add_pipe("factspan", config={...})``: the
    extractor's settings (``gazetteers``, ``labels``, ``date``,
    ``default_gazetteers``; the shared default extractor when none is
    given) and the component's (see ``FactspanComponent``)."""
    custom = gazetteers or labels is not None or date is not None or not default_gazetteers
    config = (
        {
            "gazetteers": list(gazetteers),
            "labels": labels,
            "date": date,
            "default_gazetteers": default_gazetteers,
        }
        if custom
        else None
    )
    return FactspanComponent(
        nlp,
        name,
        extractor_config=config,
        spans_key=spans_key,
        set_ents=set_ents,
        overwrite_ents=overwrite_ents,
        alignment_mode=alignment_mode,
        label_map=label_map,
        batch_size=batch_size,
    )
