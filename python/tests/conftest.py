"""Shared fixtures: the repository's bench corpus and the Rust example
extractor's output for the same documents (the reference the binding must
equal, span for span)."""

from __future__ import annotations

import json
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

import pytest

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO / "benches" / "data" / "news.txt"


def news_lines() -> List[str]:
    """The bench corpus, one document per line (as `--lines` reads it)."""
    return NEWS.read_text(encoding="utf-8").split("\n")[:-1]


def example_extractor(path: Path, *args: str) -> Dict[int, List[dict]]:
    """The example extractor's records of `path` with `--lines`, by line
    number (1-based), without `doc`."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "extract"],
        cwd=REPO,
        check=True,
    )
    binary = REPO / "target" / "release" / "examples" / "extract"
    out = subprocess.run(
        [str(binary), "--lines", *args, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    by_line: Dict[int, List[dict]] = defaultdict(list)
    for line in out.splitlines():
        record = json.loads(line)
        doc = record.pop("doc")
        by_line[int(doc.rsplit(":", 1)[1])].append(record)
    return by_line


@pytest.fixture(scope="session")
def news() -> List[str]:
    return news_lines()


@pytest.fixture(scope="session")
def news_reference() -> Dict[int, List[dict]]:
    return example_extractor(NEWS)
