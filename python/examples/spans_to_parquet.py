"""Spans of a corpus, on Spark, written as Parquet.

    python python/examples/spans_to_parquet.py INPUT OUTPUT [--master local[*]]
        [--text-col text] [--lines] [--date-col COL] [--date YYYY-MM-DD]
        [--gazetteer FILE ...] [--labels person,place]

INPUT is a folder of ``.txt`` files (one document per file, or per line with
``--lines``; columns ``path``, ``line`` and ``text``) or a Parquet file or
folder with a text column (``--text-col``). OUTPUT is a Parquet folder with
the input's columns and ``spans`` (``array<struct>``, see ``factspan.spark``),
one row per input row. Prints the number of documents and spans and the
documents per second.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any, List, Optional

from factspan.spark import with_spans


def read_input(spark: Any, path: str, text_col: str, lines: bool) -> Any:
    """A DataFrame of documents from a folder of text files or from Parquet."""
    from pyspark.sql import functions as F

    source = Path(path)
    is_parquet = source.suffix == ".parquet" or (
        source.is_dir() and any(source.glob("*.parquet"))
    )
    if is_parquet:
        return spark.read.parquet(path)
    if lines:
        df = spark.read.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt").text(path)
        df = df.withColumn("path", F.input_file_name())
        # Line numbers within each file, 1-based, as the example extractor's.
        df = df.rdd.zipWithIndex().toDF(["row", "index"]).select(
            F.col("row.path").alias("path"), F.col("index"), F.col("row.value").alias(text_col)
        )
        return df
    df = (
        spark.read.option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.txt")
        .option("wholetext", "true")
        .text(path)
    )
    return df.select(F.input_file_name().alias("path"), F.col("value").alias(text_col))


def main(argv: Optional[List[str]] = None, spark: Any = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--master", default="local[*]")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--lines", action="store_true", help="every line of a .txt file is a document")
    parser.add_argument("--date-col", help="a column with each document's date")
    parser.add_argument("--date", help="the documents' date, YYYY-MM-DD")
    parser.add_argument("--gazetteer", action="append", default=[], help="a TSV gazetteer (repeatable)")
    parser.add_argument("--labels", help="only these labels, comma-separated")
    args = parser.parse_args(argv)

    own_session = spark is None
    if own_session:
        from pyspark.sql import SparkSession

        spark = SparkSession.builder.master(args.master).appName("factspan").getOrCreate()
    try:
        start = time.perf_counter()
        df = read_input(spark, args.input, args.text_col, args.lines)
        out = with_spans(
            df,
            text_col=args.text_col,
            date_col=args.date_col,
            gazetteers=args.gazetteer,
            labels=args.labels.split(",") if args.labels else None,
            date=args.date,
        )
        out.write.mode("overwrite").parquet(args.output)
        written = spark.read.parquet(args.output)
        docs = written.count()
        spans = written.selectExpr("sum(size(spans)) AS n").first()["n"] or 0
        seconds = time.perf_counter() - start
        print(f"{docs} documents, {spans} spans, {seconds:.1f} s, {docs / seconds:.0f} documents/s -> {args.output}")
    finally:
        if own_session:
            spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
