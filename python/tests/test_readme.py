"""The README's Python example prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import REPO


def test_readme_python_example():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    printed = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    assert len(printed) >= 4
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == printed
