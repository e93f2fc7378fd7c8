"""The Python API: spans, offsets, fields, options and errors."""

from __future__ import annotations

import gc
import threading
import time

import pytest

import factspan
from factspan import Extractor, Span

SEED = (
    "At least 5,000 people gathered in Bishkek on Monday, the interior ministry said. "
    "Kubatbek Boronov spoke to reporters in Zürich."
)


def test_seed_sentence_spans_values_and_claims():
    spans = Extractor.default().extract(SEED)
    by_text = {s.text: s for s in spans}
    crowd = by_text["At least 5,000 people"]
    assert crowd.label == "quantity"
    assert crowd.value == 5000.0 and isinstance(crowd.value, float)
    assert crowd.qualifier == "at_least"
    assert crowd.unit == "people"
    assert crowd.kind == "count"
    assert crowd.claim["predicate"] == "gathered"
    assert by_text["Bishkek"].label == "place"
    assert by_text["Bishkek"].id.startswith("geonames:")
    assert by_text["Monday"].value == "weekday:monday"
    assert by_text["Kubatbek Boronov"].label == "person"


def test_char_offsets_index_the_python_string():
    spans = Extractor.default().extract(SEED)
    zurich = [s for s in spans if s.text == "Zürich"][0]
    # 'ü' is two bytes: the byte end is one past the char end.
    assert zurich.end - zurich.start == 7
    assert zurich.char_end - zurich.char_start == 6
    for s in spans:
        assert SEED[s.char_start : s.char_end] == s.text
        assert SEED.encode()[s.start : s.end].decode() == s.text


def test_char_offsets_past_astral_characters():
    text = "🙂🙂 Protests spread across Kyrgyzstan."
    span = Extractor.default().extract(text)[-1]
    assert text[span.char_start : span.char_end] == "Kyrgyzstan"


def test_absent_fields_are_none():
    place = [s for s in Extractor.default().extract(SEED) if s.text == "Bishkek"][0]
    for name in ("value", "low", "high", "qualifier", "unit", "kind", "claim", "ref",
                 "resolved", "si_value", "si_unit", "score", "metonymy"):
        assert getattr(place, name) is None, name


def test_every_serialized_field_is_an_attribute():
    for span in Extractor.default().extract(SEED):
        for key, value in span.to_dict().items():
            got = getattr(span, key)
            assert got == value, (key, got, value)


def test_unknown_attribute_is_attribute_error():
    span = Extractor.default().extract(SEED)[0]
    with pytest.raises(AttributeError, match="no field"):
        span.no_such_field  # noqa: B018
    assert not hasattr(span, "no_such_field")


def test_to_dict_is_a_fresh_copy():
    span = Extractor.default().extract(SEED)[0]
    d = span.to_dict()
    d["claim"]["predicate"] = "changed"
    span.claim["predicate"] = "changed too"
    assert span.to_dict()["claim"]["predicate"] == "gathered"
    assert {"start", "end", "text", "label", "char_start", "char_end"} <= set(d)


def test_spans_compare_equal_and_print():
    a = Extractor.default().extract(SEED)
    b = Extractor.default().extract(SEED)
    assert a == b
    assert a[0] != a[1]
    assert repr(a[1]) == "Span(place, 34, 41, 'Bishkek')"
    assert isinstance(a[0], Span)


def test_default_is_shared():
    assert Extractor.default() is Extractor.default()
    assert factspan.__version__


def test_document_date_resolves_relative_dates():
    text = "Talks ended yesterday."
    assert Extractor.default().extract(text)[0].resolved is None
    assert Extractor.default().extract(text, date="2020-10-07")[0].resolved == "2020-10-06"
    built = Extractor(date="2021-03-01")
    assert built.extract(text)[0].resolved == "2021-02-28"
    # A date per call wins over the extractor's.
    assert built.extract(text, date="2020-10-07")[0].resolved == "2020-10-06"


@pytest.mark.parametrize("bad", ["2021-02-29", "2020-13-01", "yesterday", ""])
def test_impossible_dates_are_value_errors(bad):
    with pytest.raises(ValueError):
        Extractor(date=bad)
    with pytest.raises(ValueError):
        Extractor.default().extract("Talks ended yesterday.", date=bad)


def test_labels_filter_and_unknown_label():
    ex = Extractor(labels=["place", "quantity"])
    assert {s.label for s in ex.extract(SEED)} == {"place", "quantity"}
    with pytest.raises(ValueError, match="unknown label"):
        Extractor(labels=["thing"])


def test_gazetteer_file_adds_names(tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("name\tlabel\tcanonical\tid\nGlorbex Mining|Glorbex\tinstitution\tGlorbex Mining Ltd\tlei:123\n")
    text = "Glorbex said it would cut 300 jobs."
    # The rules may find the name as a speaker, but know nothing of it.
    assert all(s.id is None for s in Extractor.default().extract(text))
    span = Extractor(gazetteers=[tsv]).extract(text)[0]
    assert (span.text, span.label, span.canonical, span.id) == ("Glorbex", "institution", "Glorbex Mining Ltd", "lei:123")


def test_without_default_gazetteers_only_own_names(tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("name\tlabel\nGlorbex\tinstitution\n")
    ex = Extractor(gazetteers=[str(tsv)], default_gazetteers=False, labels=["institution", "place"])
    assert [s.text for s in ex.extract("Glorbex opened in Bishkek.")] == ["Glorbex"]


def test_bad_gazetteer_names_file_and_line(tmp_path):
    tsv = tmp_path / "bad.tsv"
    tsv.write_text("name\tlabel\nAcme\tinstitution\nWidgets\tcompany\n")
    with pytest.raises(ValueError) as err:
        Extractor(gazetteers=[tsv])
    assert f"{tsv}:3:" in str(err.value)
    assert "company" in str(err.value)


def test_binary_gazetteer_is_value_error(tmp_path):
    tsv = tmp_path / "binary.tsv"
    tsv.write_bytes(b"name\tlabel\n\xff\xfe\x00\x01\tplace\n")
    with pytest.raises(ValueError, match="binary.tsv"):
        Extractor(gazetteers=[tsv])


def test_missing_gazetteer_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere.tsv"):
        Extractor(gazetteers=[tmp_path / "nowhere.tsv"])


def test_gazetteers_must_be_a_list_not_a_str():
    with pytest.raises(TypeError):
        Extractor(gazetteers="mine.tsv")


@pytest.mark.parametrize("bad", [None, b"Putin spoke.", 42, ["Putin spoke."]])
def test_non_str_text_is_type_error(bad):
    with pytest.raises(TypeError, match="must be str"):
        Extractor.default().extract(bad)


def test_non_str_in_batch_names_its_position():
    with pytest.raises(TypeError, match=r"texts\[1\] is NoneType"):
        Extractor.default().extract_batch(["Putin spoke.", None])
    with pytest.raises(TypeError, match=r"texts\[0\] is bytes"):
        Extractor.default().extract_batch([b"Putin spoke."])
    with pytest.raises(TypeError, match="not a str"):
        Extractor.default().extract_batch("Putin spoke.")


def test_lone_surrogate_is_an_exception_not_a_crash():
    with pytest.raises(UnicodeEncodeError):
        Extractor.default().extract("Putin \ud800 spoke.")


def test_hundred_megabyte_string():
    filler = "and so the talks went on " * 4_000_000  # 100,000,000 chars
    text = "Putin spoke in Beijing. " + filler + "Protests spread across Kyrgyzstan."
    assert len(text) > 100_000_000
    spans = Extractor.default().extract(text)
    texts = [s.text for s in spans]
    assert texts[:2] == ["Putin", "Beijing"]
    assert texts[-1] == "Kyrgyzstan"
    last = spans[-1]
    assert text[last.char_start : last.char_end] == "Kyrgyzstan"
    del text, filler, spans
    gc.collect()


def test_empty_and_whitespace_texts():
    assert Extractor.default().extract("") == []
    assert Extractor.default().extract(" \n\t ") == []
    assert Extractor.default().extract_batch([]) == []


def test_batch_equals_extract_in_order(news):
    docs = [d for d in news if d][:400]
    ex = Extractor.default()
    one = [ex.extract(d) for d in docs]
    assert ex.extract_batch(docs) == one
    assert ex.extract_batch(docs, threads=1) == one
    assert ex.extract_batch(iter(docs), threads=3) == one
    assert ex.extract_batch(tuple(docs)) == one


def test_batch_dates_per_document():
    text = "Talks ended yesterday."
    out = Extractor.default().extract_batch([text, text, text], dates=["2020-10-07", None, "2021-03-01"])
    assert [o[0].resolved for o in out] == ["2020-10-06", None, "2021-02-28"]
    with pytest.raises(ValueError, match="2 dates for 3 texts"):
        Extractor.default().extract_batch([text] * 3, dates=["2020-10-07", None])
    with pytest.raises(ValueError):
        Extractor.default().extract_batch([text], dates=["2020-02-30"])


def test_threads_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        Extractor.default().extract_batch(["Putin spoke."], threads=0)
    with pytest.raises(OverflowError):
        Extractor.default().extract_batch(["Putin spoke."], threads=-1)


def test_pipe_streams_in_order(news):
    docs = [d for d in news if d][:300]
    ex = Extractor.default()
    pulled = []

    def source():
        for d in docs:
            pulled.append(d)
            yield d

    stream = ex.pipe(source(), batch_size=64)
    first = next(stream)
    # Only the first batch has been read from the source.
    assert len(pulled) == 64
    rest = list(stream)
    assert [first] + rest == [ex.extract(d) for d in docs]
    with pytest.raises(ValueError):
        ex.pipe(docs, batch_size=0)


def test_pipe_passes_on_the_source_error():
    def source():
        yield "Putin spoke."
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError, match="source broke"):
        list(Extractor.default().pipe(source(), batch_size=1))


def count_rate_while(work):
    """How fast another thread counts (per second) while `work` runs: about
    as fast as when the main thread sleeps if `work` releases the
    interpreter, a small fraction of it if not (it then runs only when the
    interpreter hands over between two calls)."""
    counter = [0]
    done = threading.Event()

    def count():
        while not done.is_set():
            counter[0] += 1

    worker = threading.Thread(target=count)
    worker.start()
    start = time.perf_counter()
    try:
        work()
    finally:
        seconds = time.perf_counter() - start
        done.set()
        worker.join()
    return counter[0] / seconds


def test_batch_and_extract_release_the_interpreter(news):
    docs = [d for d in news if d] * 3
    ex = Extractor.default()
    free = count_rate_while(lambda: time.sleep(0.3))
    assert count_rate_while(lambda: ex.extract_batch(docs, threads=1)) > free / 5
    text = "\n".join(docs)
    assert count_rate_while(lambda: ex.extract(text)) > free / 5
    # The measure tells: a call holding the interpreter as long counts little.
    assert count_rate_while(lambda: sorted(range(10_000_000))) < free / 5


def test_linked_mention_refers_to_its_full_mention():
    text = "Sadyr Japarov was freed on Tuesday. Later Japarov spoke to his supporters."
    spans = Extractor.default().extract(text)
    short = [s for s in spans if s.text == "Japarov"][0]
    assert spans[short.ref].text == "Sadyr Japarov"
    assert short.to_dict()["ref"] == short.ref
