"""The spaCy component."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Span as SpacySpan  # noqa: E402

from factspan import Extractor  # noqa: E402
from factspan.spacy_component import FactspanComponent, spacy_label  # noqa: E402


@pytest.fixture()
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("factspan")
    return nlp


def test_add_pipe_finds_the_factory_by_name(nlp):
    assert nlp.pipe_names == ["factspan"]
    assert isinstance(nlp.get_pipe("factspan"), FactspanComponent)


def test_labels_values_and_claims(nlp):
    doc = nlp(
        "At least 5,000 people gathered in Bishkek on Monday, the interior ministry said. "
        "Kyrgyz voters paid $3.5 million, 40% more, near the Chui River."
    )
    ents = {e.text: e.label_ for e in doc.ents}
    assert ents["At least 5,000 people"] == "CARDINAL"
    assert ents["Bishkek"] == "GPE"
    assert ents["Monday"] == "DATE"
    assert ents["interior ministry"] == "ORG"
    assert ents["Kyrgyz"] == "NORP"
    assert ents["$3.5 million"] == "MONEY"
    assert ents["40%"] == "PERCENT"
    assert ents["Chui River"] == "LOC"
    crowd = doc.ents[0]._.factspan
    assert (crowd["value"], crowd["qualifier"], crowd["unit"]) == (5000, "at_least", "people")
    assert crowd["claim"]["predicate"] == "gathered"
    group = doc.spans["factspan"]
    assert [s.text for s in group] == [e.text for e in doc.ents]
    assert group[0]._.factspan == crowd


def test_quantity_kinds_map_to_ontonotes_labels():
    ex = Extractor.default()
    span = ex.extract("He got an 11-year sentence.")[0]
    assert span.kind == "duration"
    assert spacy_label(span) == "DATE"
    assert spacy_label(span, {"quantity:duration": "QUANTITY"}) == "QUANTITY"
    place = ex.extract("They met in Bishkek.")[0]
    assert spacy_label(place, {"place": "LOC"}) == "LOC"


def test_nlp_pipe_equals_extract_over_a_thousand_texts(news):
    docs = [d for d in news if d][:1000]
    assert len(docs) == 1000
    nlp = spacy.blank("en")
    component = nlp.add_pipe("factspan", config={"alignment_mode": "strict", "batch_size": 128})
    ex = Extractor.default()
    dropped = 0
    for text, doc in zip(docs, nlp.pipe(docs)):
        want = [(s.char_start, s.char_end, s.text) for s in ex.extract(text)]
        got = [(s.start_char, s.end_char, s.text) for s in doc.spans["factspan"]]
        # Strict alignment keeps exactly the spans on token boundaries.
        assert got == [w for w in want if doc.char_span(w[0], w[1]) is not None]
        dropped += len(want) - len(got)
        assert doc.user_data["factspan_alignment"]["dropped"] == len(want) - len(got)
    assert component.stats["dropped"] == dropped
    # A few spans cut a spaCy token ("U.S." in "U.S.-Mexican"): most do not.
    assert component.stats["aligned"] > 3000
    assert 0 < dropped < component.stats["aligned"] / 20


def test_expand_keeps_every_span_and_counts_the_adjusted():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("factspan")
    # spaCy keeps "U.S.-Mexican" one token; the two spans in it are expanded.
    text = "They built a wall on the U.S.-Mexican border, Trump said."
    doc = nlp(text)
    spans = Extractor.default().extract(text)
    assert len(doc.spans["factspan"]) == len(spans)
    for ours, theirs in zip(spans, doc.spans["factspan"]):
        assert theirs.start_char <= ours.char_start and ours.char_end <= theirs.end_char
    adjusted = sum(
        (t.start_char, t.end_char) != (o.char_start, o.char_end)
        for o, t in zip(spans, doc.spans["factspan"])
    )
    assert adjusted == 2
    assert component.stats["adjusted"] == adjusted
    # doc.ents cannot overlap: the expanded token is one entity.
    assert [e.text for e in doc.ents].count("U.S.-Mexican") == 1
    assert doc.user_data["factspan_alignment"]["adjusted"] == adjusted


def test_contract_and_strict_drop_what_they_cannot_align():
    text = "They built a wall on the U.S.-Mexican border, Trump said."
    found = [s.text for s in Extractor.default().extract(text)]
    assert found[:2] == ["U.S.", "Mexican"]
    for mode in ("strict", "contract"):
        nlp = spacy.blank("en")
        component = nlp.add_pipe("factspan", config={"alignment_mode": mode})
        doc = nlp(text)
        assert [s.text for s in doc.spans["factspan"]] == found[2:]
        assert component.stats["dropped"] == 2


def test_user_entities_survive():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "FAC", "pattern": "Bishkek"}, {"label": "EVENT", "pattern": "the summit"}])
    nlp.add_pipe("factspan")
    doc = nlp("Putin flew to Bishkek for the summit on Monday.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Bishkek", "FAC") in ents
    assert ("the summit", "EVENT") in ents
    assert ("Putin", "PERSON") in ents
    assert ("Monday", "DATE") in ents
    # The overlapping span is still in the span group.
    assert ("Bishkek", "GPE") in [(s.text, s.label_) for s in doc.spans["factspan"]]


def test_overwrite_ents_replaces_overlapping_entities():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "FAC", "pattern": "Bishkek"}, {"label": "EVENT", "pattern": "the summit"}])
    nlp.add_pipe("factspan", config={"overwrite_ents": True})
    doc = nlp("Putin flew to Bishkek for the summit.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Bishkek", "GPE") in ents
    assert ("Bishkek", "FAC") not in ents
    assert ("the summit", "EVENT") in ents


def test_set_ents_false_leaves_ents_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("factspan", config={"set_ents": False})
    doc = nlp("Putin flew to Bishkek.")
    assert doc.ents == ()
    assert [s.text for s in doc.spans["factspan"]] == ["Putin", "Bishkek"]


def test_config_builds_its_own_extractor(tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text("name\tlabel\tcanonical\tid\nGlorbex\tinstitution\tGlorbex Ltd\tlei:1\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("factspan", config={"gazetteers": [str(tsv)], "labels": ["institution"]})
    doc = nlp("Glorbex opened an office in Bishkek.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Glorbex", "ORG")]
    assert doc.ents[0]._.factspan["id"] == "lei:1"


def test_bad_alignment_mode_is_rejected():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="alignment_mode"):
        nlp.add_pipe("factspan", config={"alignment_mode": "loose"})


def test_docs_serialize_with_the_extension(nlp):
    doc = nlp("At least 5,000 people gathered in Bishkek.")
    from spacy.tokens import Doc

    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
    assert back.spans["factspan"][0]._.factspan["value"] == 5000
    assert SpacySpan.has_extension("factspan")


def test_component_pickles_and_rebuilds_its_extractor(tmp_path):
    import pickle

    tsv = tmp_path / "mine.tsv"
    tsv.write_text("name\tlabel\nGlorbex\tinstitution\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("factspan", config={"gazetteers": [str(tsv)], "labels": ["institution"]})
    nlp.add_pipe("factspan", name="default_factspan", config={"spans_key": "other", "set_ents": False})
    for name in ("factspan", "default_factspan"):
        component = pickle.loads(pickle.dumps(nlp.get_pipe(name)))
        doc = component(nlp.make_doc("Glorbex opened an office in Bishkek."))
        texts = [s.text for s in doc.spans[component.spans_key]]
        assert texts == (["Glorbex"] if name == "factspan" else ["Bishkek"])
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(FactspanComponent(nlp, extractor=Extractor(labels=["place"])))
