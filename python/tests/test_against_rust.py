"""The binding returns what the Rust example extractor prints, span for span,
over the whole bench corpus."""

from __future__ import annotations

from factspan import Extractor


def test_bench_corpus_equals_example_extractor(news, news_reference):
    found = Extractor.default().extract_batch(news)
    assert len(found) == len(news)
    total = 0
    for number, spans in enumerate(found, start=1):
        got = []
        for s in spans:
            d = s.to_dict()
            assert news[number - 1][d.pop("char_start") : d.pop("char_end")] == d["text"]
            got.append(d)
        assert got == news_reference.get(number, []), f"line {number}"
        total += len(got)
    assert total == sum(len(v) for v in news_reference.values())
    assert total > 10_000
