"""The annotation loader/validator and the gold files of the five seeds."""
from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from gknlp.errors import AnnotationError
from gknlp.training.annotations import load, load_file, parse

ROOT = Path(__file__).resolve().parents[1]
SEED003 = ROOT / "annotations" / "seed003.json"


def _raw(name: str = "seed003.json") -> dict:
    return json.loads((ROOT / "annotations" / name).read_text(encoding="utf-8"))


def test_seed_annotations_load_and_spans_match_text():
    docs = load([ROOT / "annotations" / f"seed00{i}.json" for i in range(5)])
    assert [d.doc for d in docs] == ["seed000", "seed001", "seed002", "seed003", "seed004"]
    for d in docs:
        assert d.complete
        for f in d.facts:
            assert d.text[f.start:f.end] == f.text


def test_seed003_table3_every_cell_annotated():
    doc = load_file(SEED003)
    t3 = [f for f in doc.facts if f.indicator and f.indicator.startswith("apply.") and f.source == "table"]
    assert len(t3) == 23 * 7  # 23 printed rows × 7 applicant columns
    by_id = {f.indicator: f for f in t3}
    assert by_id["apply.received.natural_person"].value == 29
    assert by_id["apply.received.commercial"].value == 6
    assert by_id["apply.processed.total"].value == 35
    assert doc.indicators["apply.received.total"] == 35
    # 表二: signed changes and money in 万元
    assert doc.indicators["permits.penalty.items_change"] == -167
    assert doc.indicators["procurement.amount"] == 168_000_000
    assert doc.indicators["litigation.direct.pending"] == 1


def test_seed_narrative_conventions():
    docs = {d.doc: d for d in load([ROOT / "annotations" / f"seed00{i}.json" for i in range(5)])}
    f = {x.text: x for x in docs["seed001"].facts}
    assert f["下降32%"].value == -32 and f["下降32%"].indicator == "apply.received.total.yoy_pct"
    assert f["约640人"].approx and f["约640人"].value == 640
    assert f["3500余人次"].indicator == "training.attendees"
    g = {x.text: x for x in docs["seed002"].facts}
    assert g["15万余次"].value == 150000 and g["15万余次"].approx
    assert g["未收到政府信息公开申请"].value == 0
    nf = {n.text for n in docs["seed001"].nonfacts}
    assert {"阜政办秘〔2018〕116号", "三大攻坚战", "十三五", "0558-2198055"} <= nf


def test_modifier_ids_are_accepted():
    raw = _raw()
    assert any(f["indicator"] and f["indicator"].endswith(".yoy_pct") for f in _raw("seed001.json")["facts"])
    raw["indicators"]["apply.received.total.share_pct"] = 100
    parse(raw, file=SEED003)


def test_rejects_changed_text_checksum():
    raw = _raw()
    raw["sha256"] = "0" * 64
    with pytest.raises(AnnotationError, match="sha256"):
        parse(raw, file=SEED003)


def test_rejects_span_text_mismatch():
    raw = _raw()
    raw["facts"][0]["start"] += 1
    with pytest.raises(AnnotationError, match=r"facts\[0\]"):
        parse(raw, file=SEED003)


def test_rejects_span_outside_text():
    raw = _raw()
    raw["facts"][0].update(start=10**6, end=10**6 + 3)
    with pytest.raises(AnnotationError, match="outside the text"):
        parse(raw, file=SEED003)


def test_rejects_unknown_indicator():
    raw = _raw()
    raw["facts"][0]["indicator"] = "apply.received.by_pigeon"
    with pytest.raises(AnnotationError, match="unknown indicator id 'apply.received.by_pigeon'"):
        parse(raw, file=SEED003)
    raw = _raw()
    raw["indicators"]["no.such.id"] = 1
    with pytest.raises(AnnotationError, match="no.such.id"):
        parse(raw, file=SEED003)


@pytest.mark.parametrize("bad", [math.nan, math.inf, "35", True, None])
def test_rejects_values_that_are_not_finite_numbers(bad):
    raw = _raw()
    raw["facts"][0]["value"] = bad
    with pytest.raises(AnnotationError, match="value"):
        parse(raw, file=SEED003)


def test_rejects_overlapping_facts_and_duplicate_docs(tmp_path):
    raw = _raw()
    dup = dict(raw["facts"][0])
    raw["facts"].append(dup)
    with pytest.raises(AnnotationError, match="overlap"):
        parse(raw, file=SEED003)
    # … except one phrase stating one value for two indicators (same span, two facts)
    raw = _raw("seed004.json")
    shared = [f for f in raw["facts"] if f["text"] == "无申请行政复议和提起行政诉讼的情况"]
    assert sorted(f["indicator"] for f in shared) == ["litigation.total", "review.total"]
    parse(raw, file=ROOT / "annotations" / "seed004.json")
    shared[1]["indicator"] = shared[0]["indicator"]
    with pytest.raises(AnnotationError, match="overlap"):
        parse(raw, file=ROOT / "annotations" / "seed004.json")
    (tmp_path / "annotations").mkdir()
    for name in ("a.json", "b.json"):
        shutil.copy(SEED003, tmp_path / "annotations" / name)
    with pytest.raises(AnnotationError, match="already used"):
        load(tmp_path / "annotations")


def test_text_paths_resolve_against_the_repository_root(tmp_path):
    # a copy outside the repository still finds seeds/… through the checkout's root …
    shutil.copy(SEED003, tmp_path / "x.json")
    assert load_file(tmp_path / "x.json").doc == "seed003"
    # … and a missing text is a clear error
    raw = _raw()
    raw["path"] = "seeds/nope.txt"
    with pytest.raises(AnnotationError, match="not found"):
        parse(raw, file=SEED003)


def test_missing_text_can_be_skipped_but_a_changed_text_cannot(tmp_path):
    (tmp_path / "annotations").mkdir()
    raw = _raw()
    raw["path"] = "../shared/corpus/999.txt"
    (tmp_path / "annotations" / "gone.json").write_text(json.dumps(raw), encoding="utf-8")
    shutil.copy(SEED003, tmp_path / "annotations" / "seed003.json")
    with pytest.raises(AnnotationError, match="999.txt"):
        load(tmp_path / "annotations")
    with pytest.warns(UserWarning, match="999.txt"):
        docs = load(tmp_path / "annotations", skip_missing=True)
    assert [d.doc for d in docs] == ["seed003"]
    raw = _raw()
    raw["sha256"] = "f" * 64
    (tmp_path / "annotations" / "gone.json").write_text(json.dumps(raw | {"doc": "x"}), encoding="utf-8")
    with pytest.raises(AnnotationError, match="sha256"):
        load(tmp_path / "annotations", skip_missing=True)


def test_bad_json_is_an_annotation_error(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(AnnotationError, match="broken.json"):
        load(p)
    with pytest.raises(AnnotationError, match="no such"):
        load(tmp_path / "missing")


def test_corpus_annotations_never_copy_texts():
    for p in (ROOT / "annotations").glob("*.json"):
        raw = json.loads(p.read_text(encoding="utf-8"))
        if raw["path"].startswith("../shared/corpus/"):
            assert not (ROOT / "corpus").exists()
            assert raw["sha256"]


def test_every_number_of_the_seeds_is_a_fact_or_a_non_fact():
    import importlib.util
    import sys

    tools = ROOT / "annotations" / "tools"
    sys.path.insert(0, str(tools))
    try:
        spec = importlib.util.spec_from_file_location("coverage_tool", tools / "coverage.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(tools))
    for doc in load([ROOT / "annotations" / f"seed00{i}.json" for i in range(5)]):
        assert mod.uncovered(doc) == [], doc.doc
