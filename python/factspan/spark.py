"""factspan on Spark: a column of spans for a DataFrame of texts
(``pip install "factspan[spark]"``).

>>> from factspan.spark import with_spans          # doctest: +SKIP
>>> out = with_spans(df, text_col="text", out_col="spans")
>>> out.write.parquet("spans.parquet")

The spans are computed by an Arrow UDF (``DataFrame.mapInArrow``): each Python
worker builds one ``Extractor`` (kept for the life of the process, shared by
the tasks it runs) and extracts a whole Arrow batch at a time. Every input
row comes out once, with its other columns unchanged; a null text gets a null
span list.

The column is ``array<struct<…>>`` with the schema ``SPAN_SCHEMA``, which
Spark and Parquet can hold: a quantity's number is ``value`` (double) and a
date's ISO value is ``date_value`` (string), never one column of two types;
``claim`` is a nested struct. A field the crate adds that the schema does not
know yet is kept, as JSON, in ``extra`` (and ``claim.extra``), so nothing is
lost. ``to_record`` turns a row's struct back into the crate's JSON record.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from ._native import Extractor
from ._native import Span as FactSpan

__all__ = ["SPAN_FIELDS", "CLAIM_FIELDS", "span_schema", "with_spans", "to_row", "to_record"]

# (name, type) with type one of "long", "double", "string", "boolean".
CLAIM_FIELDS: List[Tuple[str, str]] = [
    ("predicate", "string"),
    ("surface", "string"),
    ("subject", "string"),
    ("source", "string"),
    ("hedge", "string"),
    ("negated", "boolean"),
    ("lemma", "string"),
    ("subject_ref", "long"),
    ("source_ref", "long"),
    ("date_ref", "long"),
    ("extra", "string"),
]

SPAN_FIELDS: List[Tuple[str, str]] = [
    ("start", "long"),
    ("end", "long"),
    ("char_start", "long"),
    ("char_end", "long"),
    ("text", "string"),
    ("label", "string"),
    ("canonical", "string"),
    ("id", "string"),
    ("ref", "long"),
    ("metonymy", "string"),
    ("value", "double"),
    ("date_value", "string"),
    ("low", "double"),
    ("high", "double"),
    ("qualifier", "string"),
    ("unit", "string"),
    ("kind", "string"),
    ("resolved", "string"),
    ("si_value", "double"),
    ("si_unit", "string"),
    ("score", "double"),
    ("claim", "claim"),
    ("extra", "string"),
]

_CHECKS: Dict[str, Callable[[Any], bool]] = {
    "long": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "double": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "claim": lambda v: isinstance(v, dict),
}


def _fill(fields: List[Tuple[str, str]], source: Dict[str, Any]) -> Dict[str, Any]:
    """A struct of ``fields`` from ``source``; what does not fit goes, as
    JSON, in ``extra``."""
    types = dict(fields)
    row: Dict[str, Any] = {}
    extra: Dict[str, Any] = {}
    for key, value in source.items():
        if key == "value" and "date_value" in types and isinstance(value, str):
            key = "date_value"
        kind = types.get(key)
        if value is None:
            continue
        if kind is None or key == "extra" or not _CHECKS[kind](value):
            extra[key] = value
        elif kind == "double":
            row[key] = float(value)
        elif kind == "claim":
            row[key] = _fill(CLAIM_FIELDS, value)
        else:
            row[key] = value
    row["extra"] = json.dumps(extra, sort_keys=True) if extra else None
    return row


def to_row(span: FactSpan) -> Dict[str, Any]:
    """The struct of a span, as a dict of ``SPAN_FIELDS``."""
    return _fill(SPAN_FIELDS, span.to_dict())


def _unfill(row: Dict[str, Any]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for key, value in row.items():
        if value is None or key == "extra":
            continue
        if key == "date_value":
            key = "value"
        if isinstance(value, dict):
            value = _unfill(value)
        out[key] = value
    if row.get("extra"):
        out.update(json.loads(row["extra"]))
    return out


def to_record(row: Any) -> Dict[str, Any]:
    """A span struct read back from Spark (a ``Row`` or a dict) as the
    crate's JSON record: absent fields left out, ``date_value`` as
    ``value``, ``extra`` merged back. Whole numbers stay floats."""
    as_dict = row.asDict(recursive=True) if hasattr(row, "asDict") else dict(row)
    return _unfill(as_dict)


def _spark_type(kind: str):
    from pyspark.sql import types as T

    simple = {
        "long": T.LongType(),
        "double": T.DoubleType(),
        "string": T.StringType(),
        "boolean": T.BooleanType(),
    }
    if kind == "claim":
        return T.StructType([T.StructField(n, _spark_type(k), True) for n, k in CLAIM_FIELDS])
    return simple[kind]


def span_schema():
    """The Spark type of one span (``StructType``)."""
    from pyspark.sql import types as T

    return T.StructType([T.StructField(n, _spark_type(k), True) for n, k in SPAN_FIELDS])


def _arrow_type(kind: str):
    import pyarrow as pa

    simple = {"long": pa.int64(), "double": pa.float64(), "string": pa.string(), "boolean": pa.bool_()}
    if kind == "claim":
        return pa.struct([pa.field(n, _arrow_type(k)) for n, k in CLAIM_FIELDS])
    return simple[kind]


def _arrow_spans_type():
    import pyarrow as pa

    return pa.list_(pa.struct([pa.field(n, _arrow_type(k)) for n, k in SPAN_FIELDS]))


# One extractor per Python worker process and configuration.
_EXTRACTORS: Dict[Tuple, Extractor] = {}


def _extractor(config: Tuple) -> Extractor:
    gazetteers, labels, date, default_gazetteers = config
    if not gazetteers and labels is None and date is None and default_gazetteers:
        return Extractor.default()
    if config not in _EXTRACTORS:
        _EXTRACTORS[config] = Extractor(
            gazetteers=list(gazetteers),
            labels=None if labels is None else list(labels),
            date=date,
            default_gazetteers=default_gazetteers,
        )
    return _EXTRACTORS[config]


def _span_batches(
    batches: Iterator[Any],
    text_col: str,
    date_col: Optional[str],
    config: Tuple,
    threads: Optional[int],
) -> Iterator[Any]:
    """The Arrow UDF: each batch with its span column appended."""
    import pyarrow as pa

    extractor = _extractor(config)
    spans_type = _arrow_spans_type()
    for batch in batches:
        texts = batch.column(batch.schema.get_field_index(text_col)).to_pylist()
        dates = None
        if date_col is not None:
            dates = [
                None if d is None else str(d)[:10]
                for d in batch.column(batch.schema.get_field_index(date_col)).to_pylist()
            ]
        present = [i for i, t in enumerate(texts) if t is not None]
        found = extractor.extract_batch(
            [texts[i] for i in present],
            threads=threads,
            dates=None if dates is None else [dates[i] for i in present],
        )
        rows: List[Optional[List[Dict[str, Any]]]] = [None] * len(texts)
        for i, spans in zip(present, found):
            rows[i] = [to_row(s) for s in spans]
        column = pa.array(rows, type=spans_type)
        if len(column) != batch.num_rows:
            raise RuntimeError(f"factspan: {len(column)} span lists for {batch.num_rows} rows")
        yield pa.RecordBatch.from_arrays(
            list(batch.columns) + [column],
            names=list(batch.schema.names) + ["__factspan_spans"],
        )


def with_spans(
    df: Any,
    text_col: str = "text",
    out_col: str = "spans",
    *,
    date_col: Optional[str] = None,
    gazetteers: Sequence[str] = (),
    labels: Optional[Sequence[str]] = None,
    date: Optional[str] = None,
    default_gazetteers: bool = True,
    threads: Optional[int] = 1,
) -> Any:
    """``df`` with a column ``out_col`` of ``array<SPAN_SCHEMA>``: the spans
    of ``text_col``.

    ``date_col`` (a string ``YYYY-MM-DD…`` or date column) gives each row
    its document date; ``gazetteers`` (paths every worker can read),
    ``labels``, ``date`` and ``default_gazetteers`` are the ``Extractor``'s.
    ``threads`` per task: 1 by default, since Spark already runs a task per
    core; ``None`` uses all cores in each task."""
    from pyspark.sql import types as T

    if out_col in df.columns:
        raise ValueError(f"the DataFrame already has a column {out_col!r}")
    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in {df.columns}")
    config = (tuple(str(g) for g in gazetteers), None if labels is None else tuple(labels), date, default_gazetteers)
    # Fail here, not on the executors, on a bad gazetteer or date.
    _extractor(config)
    spans_field = T.StructField("__factspan_spans", T.ArrayType(span_schema(), True), True)
    schema = T.StructType(list(df.schema.fields) + [spans_field])

    def udf(batches: Iterator[Any]) -> Iterator[Any]:
        return _span_batches(batches, text_col, date_col, config, threads)

    return df.mapInArrow(udf, schema).withColumnRenamed("__factspan_spans", out_col)
