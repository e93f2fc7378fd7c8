"""factspan on a local Spark session (`local[2]`, each task tried twice)."""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402

from factspan.spark import span_schema, to_record, with_spans  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spans_to_parquet.py"
DOCS = 600  # the first 600 lines of the bench corpus: ~300 paragraphs, the rest empty


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2,2]")
        .appName("factspan-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # Several Arrow batches per task.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def docs_df(spark, news):
    rows = [(i + 1, news[i]) for i in range(DOCS)]
    return spark.createDataFrame(rows, "line long, text string").repartition(4)


def records_by_line(df):
    return {
        row["line"]: [without_char_offsets(to_record(s)) for s in row["spans"]]
        for row in df.select("line", "spans").collect()
    }


def without_char_offsets(record):
    record.pop("char_start")
    record.pop("char_end")
    return record


def test_spans_equal_the_example_extractor(docs_df, news_reference):
    out = with_spans(docs_df)
    got = records_by_line(out)
    assert sorted(got) == list(range(1, DOCS + 1))
    want = {n: news_reference.get(n, []) for n in range(1, DOCS + 1)}
    assert got == want
    assert sum(map(len, got.values())) > 1000
    assert sum(1 for n in want if want[n]) >= 250


def test_schema_keeps_numbers_and_dates_apart(docs_df):
    out = with_spans(docs_df, out_col="found")
    span_type = out.schema["found"].dataType.elementType
    assert span_type == span_schema()
    assert span_type["value"].dataType.typeName() == "double"
    assert span_type["date_value"].dataType.typeName() == "string"
    assert span_type["claim"].dataType.typeName() == "struct"
    kinds = out.selectExpr("explode(found) AS s").selectExpr(
        "s.label", "s.value IS NOT NULL AS num", "s.date_value IS NOT NULL AS iso"
    )
    assert kinds.where("label = 'quantity' AND NOT num").count() == 0
    assert kinds.where("label = 'date' AND (num OR NOT iso)").count() == 0


def test_row_count_other_columns_and_nulls_kept(spark):
    df = spark.createDataFrame(
        [(1, "Putin spoke in Beijing.", 1.5), (2, None, 2.5), (3, "", 3.5)],
        "id long, text string, score double",
    )
    rows = {r["id"]: r for r in with_spans(df).collect()}
    assert len(rows) == 3
    assert [s["text"] for s in rows[1]["spans"]] == ["Putin", "Beijing"]
    assert rows[2]["spans"] is None
    assert rows[3]["spans"] == []
    assert [rows[i]["score"] for i in (1, 2, 3)] == [1.5, 2.5, 3.5]


def test_dates_per_row(spark):
    df = spark.createDataFrame(
        [("Talks ended yesterday.", "2020-10-07"), ("Talks ended yesterday.", None)],
        "text string, published string",
    )
    got = [r["spans"][0]["resolved"] for r in with_spans(df, date_col="published").collect()]
    assert sorted(got, key=str) == ["2020-10-06", None]


def test_bad_arguments_fail_on_the_driver(spark, docs_df, tmp_path):
    with pytest.raises(ValueError, match="no column"):
        with_spans(docs_df, text_col="body")
    with pytest.raises(ValueError, match="already has"):
        with_spans(docs_df, out_col="text")
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tlabel\nAcme\tcompany\n")
    with pytest.raises(ValueError, match="bad.tsv:2"):
        with_spans(docs_df, gazetteers=[str(bad)])


def _kill_python_worker(flag: str, every_time: bool):
    def udf(batches):
        for batch in batches:
            if every_time or not os.path.exists(flag):
                Path(flag).touch()
                os.kill(os.getpid(), signal.SIGKILL)
            yield batch

    return udf


def test_killed_worker_is_retried_and_no_row_is_lost(docs_df, tmp_path, news_reference):
    flag = str(tmp_path / "killed-once")
    dying = docs_df.mapInArrow(_kill_python_worker(flag, every_time=False), docs_df.schema)
    got = records_by_line(with_spans(dying))
    assert os.path.exists(flag), "the worker was not killed"
    assert sorted(got) == list(range(1, DOCS + 1))
    assert got == {n: news_reference.get(n, []) for n in range(1, DOCS + 1)}


def test_worker_killed_every_time_fails_the_job_clearly(docs_df, tmp_path):
    flag = str(tmp_path / "killed-always")
    dying = docs_df.mapInArrow(_kill_python_worker(flag, every_time=True), docs_df.schema)
    with pytest.raises(Exception, match="(?i)python worker exited unexpectedly|crashed"):
        with_spans(dying).collect()


def _example():
    spec = importlib.util.spec_from_file_location("spans_to_parquet", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_writes_parquet_from_text_files(spark, tmp_path, capsys):
    folder = tmp_path / "texts"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Putin spoke in Beijing on Monday.")
    (folder / "sub" / "b.txt").write_text("At least 5,000 people gathered in Bishkek.")
    (folder / "skip.md").write_text("Angela Merkel met Emmanuel Macron.")
    out = tmp_path / "out"
    assert _example().main([str(folder), str(out)], spark=spark) == 0
    assert "2 documents" in capsys.readouterr().out
    rows = {Path(r["path"]).name: r for r in spark.read.parquet(str(out)).collect()}
    assert sorted(rows) == ["a.txt", "b.txt"]
    assert [s["text"] for s in rows["b.txt"]["spans"]] == ["At least 5,000 people", "Bishkek"]
    assert rows["b.txt"]["spans"][0]["value"] == 5000.0


def test_example_reads_parquet(spark, tmp_path):
    source = tmp_path / "in.parquet"
    spark.createDataFrame([(7, "Angela Merkel met Emmanuel Macron in Paris.")], "id long, body string").write.parquet(str(source))
    out = tmp_path / "out"
    assert _example().main([str(source), str(out), "--text-col", "body"], spark=spark) == 0
    row = spark.read.parquet(str(out)).first()
    assert row["id"] == 7
    assert [s["label"] for s in row["spans"]] == ["person", "person", "place"]
