"""Type stubs of the extension module (re-exported by ``factspan``)."""

import os
from typing import Any, Iterable, Iterator, Optional, Sequence, Union

__version__: str

class Span:
    """One span of a text. ``start``/``end`` are UTF-8 byte offsets (as in the
    crate's JSON); ``char_start``/``char_end`` index the Python string, so
    ``doc[span.char_start:span.char_end] == span.text``.

    Fields that do not apply are ``None``. Any other field of the crate's
    output contract (fields added later included) is an attribute too, and
    in ``to_dict()``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str:
        """``person``, ``place``, ``institution``, ``group``, ``date``, ``quantity``, …"""
    @property
    def value(self) -> Union[float, str, None]:
        """A quantity's number, or a date's normalized value (``2020-10-07``,
        ``weekday:monday``, ``relative:last_year``)."""
    @property
    def low(self) -> Optional[float]: ...
    @property
    def high(self) -> Optional[float]: ...
    @property
    def qualifier(self) -> Optional[str]:
        """``exact``, ``approximately``, ``approximately_below``, ``at_least``,
        ``more_than``, ``at_most``, ``less_than``."""
    @property
    def unit(self) -> Optional[str]: ...
    @property
    def kind(self) -> Optional[str]:
        """``count``, ``age``, ``duration``, ``money``, ``percent``, ``measure``,
        ``ordinal``; ``absolute``, ``weekday``, ``relative`` for dates."""
    @property
    def canonical(self) -> Optional[str]: ...
    @property
    def id(self) -> Optional[str]: ...
    @property
    def ref(self) -> Optional[int]:
        """Index, in the document's span list, of the first full mention."""
    @property
    def metonymy(self) -> Optional[str]: ...
    @property
    def resolved(self) -> Optional[str]: ...
    @property
    def claim(self) -> Optional[dict[str, Any]]:
        """``predicate`` and, where found, ``surface``, ``subject``, ``source``,
        ``hedge``, ``negated`` (a new dict each time)."""
    @property
    def si_value(self) -> Optional[float]: ...
    @property
    def si_unit(self) -> Optional[str]: ...
    @property
    def score(self) -> Optional[float]: ...
    def __getattr__(self, name: str) -> Any: ...
    def to_dict(self) -> dict[str, Any]:
        """The fields of the output contract plus ``text``, ``char_start``,
        ``char_end``, as a new dict."""

class Pipe(Iterator[list[Span]]):
    def __iter__(self) -> "Pipe": ...
    def __next__(self) -> list[Span]: ...

class Extractor:
    """Finds people, places, institutions, dates and quantities in text.

    ``gazetteers``: TSV files added to the built-in lists (a bad line is a
    ``ValueError`` naming the file and line, a missing file a
    ``FileNotFoundError``); ``labels``: only these labels; ``date``: the
    documents' date (``YYYY-MM-DD``), so that ``Monday`` resolves;
    ``default_gazetteers=False`` leaves out the built-in lists."""

    def __init__(
        self,
        gazetteers: Optional[Sequence[Union[str, os.PathLike[str]]]] = None,
        labels: Optional[Sequence[str]] = None,
        date: Optional[str] = None,
        default_gazetteers: bool = True,
    ) -> None: ...
    @staticmethod
    def default() -> "Extractor":
        """The shared extractor with the built-in gazetteers."""
    def extract(self, text: str, date: Optional[str] = None) -> list[Span]:
        """The spans of ``text``, sorted, not overlapping; ``date`` overrides
        the extractor's date for this document. ``TypeError`` unless ``text``
        is a ``str``."""
    def extract_batch(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        dates: Optional[Sequence[Optional[str]]] = None,
    ) -> list[list[Span]]:
        """One span list per text, in order; all cores (or ``threads``), with
        the interpreter released."""
    def pipe(
        self, texts: Iterable[str], batch_size: int = 256, threads: Optional[int] = None
    ) -> Pipe:
        """Streams one span list per text, ``batch_size`` texts at a time."""
    def _count_batch(self, texts: Iterable[str], threads: Optional[int] = None) -> int: ...
