#!/usr/bin/env python3
"""Regenerates benches/data/news.txt from ../shared/data/news-open/.

All of wikinews.jsonl, then whole us-doj-opa.jsonl records in file order
until the output would pass 3,000,000 bytes. Each article is its title
line, a blank line and its text; articles are separated by a blank line.

Usage (from the repository root):
    python3 benches/data/make_news.py [path/to/news-open]
"""
import json
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-open"
LIMIT = 3_000_000

out, total = [], 0
for name in ["wikinews.jsonl", "us-doj-opa.jsonl"]:
    with open(f"{SRC}/{name}", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            title, body = rec.get("title", "").strip(), rec["text"].strip()
            art = f"{title}\n\n{body}" if title else body
            size = len(art.encode("utf-8")) + 2
            if name != "wikinews.jsonl" and total + size > LIMIT:
                break
            out.append(art)
            total += size

with open("benches/data/news.txt", "w", encoding="utf-8") as f:
    f.write("\n\n".join(out) + "\n")
