"""Checks of the corpus gold files annotations/corpus_NNN.json (built by annotations/tools/corpus_NNN.py).

The loader verifies sha256, spans and ids; these tests add the corpus-specific guarantees: the files are
in sync with their build scripts, fused table cells are split into exact sub-spans, table facts lie in the
declared table regions, the statistics tables satisfy the taxonomy identities, and a few values that are
easy to get wrong (万/亿 scale, 万元 headers, zero statements, scoped facts) are what the text says.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from gknlp.training.annotations import load

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "annotations").glob("corpus_*.json"))
CORPUS = ROOT / "../shared/corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not available")


@pytest.fixture(scope="module")
def docs():
    return {d.doc: d for d in load(FILES)}


def _facts(doc, **where):
    return [f for f in doc.facts if all(getattr(f, k) == v for k, v in where.items())]


def test_all_files_load_and_cover_the_corpus(docs):
    assert len(FILES) == len(docs) >= 25
    nums = {f.stem.split("_")[1] for f in FILES}
    assert {f"{i:03d}" for i in range(1, 10)} <= nums  # the nine whole Pingtan reports
    assert sum(len(d.facts) for d in docs.values()) >= 1200
    for d in docs.values():
        assert d.rel_path == f"../shared/corpus/{d.doc[-3:]}.txt"
        assert d.complete is True


def test_files_are_in_sync_with_their_build_scripts():
    tools = ROOT / "annotations" / "tools"
    sys.path.insert(0, str(tools))
    try:
        for file in FILES:
            module = importlib.import_module(file.stem)
            rec = module.build().final_record()
            stored = json.loads(file.read_text(encoding="utf-8"))
            assert json.loads(json.dumps(rec, ensure_ascii=False)) == stored, file.name
    finally:
        sys.path.remove(str(tools))


def test_fused_2021_row_is_split_into_exact_cell_spans(docs):
    d = docs["corpus008"]
    run = d.text.index("行政规范性文件8855698") + len("行政规范性文件")
    cells = sorted((f for f in d.facts if run <= f.start < run + 7), key=lambda f: f.start)
    assert [(f.text, f.start - run, f.value, f.indicator) for f in cells] == [
        ("88", 0, 88, "rules.normative.issued"),
        ("55", 2, 55, "rules.normative.repealed"),
        ("698", 4, 698, "rules.normative.in_force"),
    ]
    fee = _facts(d, indicator="permits.fee.amount")[0]
    assert (fee.text, fee.value, fee.unit) == ("9116.36", 91163600, "元")  # header says 万元


def test_fused_table4_of_2024_report_satisfies_its_row_sums(docs):
    d = docs["corpus009"]
    run = d.text.index("21317000001324019")
    cells = sorted((f for f in d.facts if run <= f.start < run + 17), key=lambda f: f.start)
    assert "".join(f.text for f in cells) == "21317000001324019"
    v = {f.indicator: f.value for f in cells}
    assert v["review.total"] == 7 == sum(v[f"review.{k}"] for k in ("upheld", "corrected", "other", "pending"))
    assert v["litigation.after_review.total"] == 19
    raw = json.loads((ROOT / "annotations/corpus_009.json").read_text(encoding="utf-8"))
    assert [r["text"] for r in raw["facts"] if r.get("ambiguous")] == ["62", "33", "440"]


def test_table_facts_lie_in_declared_tables_and_tables_hold_identities(docs):
    from gknlp import validate

    for d in docs.values():
        for f in d.facts:
            if f.source == "table":
                assert any(t.start <= f.start and f.end <= t.end for t in d.tables), (d.doc, f.text, f.start)
    for name in ("corpus008", "corpus009"):
        d = docs[name]
        values = {**d.indicators, **validate.derive(d.indicators, d.format)}
        assert validate.check(values, d.format) == []
        assert values["apply.received.total"] + values["apply.carried_over.total"] == \
            values["apply.processed.total"] + values["apply.carried_forward.total"]


def test_old_table_columns_this_year_and_cumulative(docs):
    d = docs["corpus006"]
    run = d.text.index("主动公开文件数条294981916") + len("主动公开文件数条")
    cells = sorted((f for f in d.facts if run <= f.start < run + 9), key=lambda f: f.start)
    assert [(f.text, f.indicator) for f in cells] == [("2949", "proactive.total"),
                                                     ("81916", "proactive.cumulative_total")]
    # the 2015 cumulative equals the 2014 cumulative of corpus 005 plus the 2015 count
    assert docs["corpus005"].indicators["proactive.cumulative_total"] + 2949 == 81916


@pytest.mark.parametrize("doc, text, value, unit, indicator", [
    ("corpus042", "4.5亿次", 450000000, "次", "media.website.visits"),
    ("corpus034", "96.075万元", 960750, "元", "permits.fee.amount"),
    ("corpus030", "350余万", 3500000, None, None),
    ("corpus063", "超过百万人", 1000000, "人", None),
    ("corpus040", "增长11%", 11, "%", None),
    ("corpus022", "未收到政府信息公开申请", 0, "件", "apply.received.total"),
    ("corpus044", "[284]條", 284, "条", "proactive.channel.weixin"),
])
def test_normalized_values(docs, doc, text, value, unit, indicator):
    (f,) = _facts(docs[doc], text=text)
    assert (f.value, f.unit, f.indicator) == (value, unit, indicator)
    assert docs[doc].text[f.start:f.end] == text


def test_scoped_facts_stay_out_of_document_level_values(docs):
    d = docs["corpus007"]
    scoped = [f for f in d.facts if f.scope]
    assert {(f.text, f.scope) for f in scoped} >= {("1509条", "区管委会及区直各部门"), ("613条", "各乡镇")}
    assert d.indicators["proactive.total"] == 2122
    assert docs["corpus047"].indicators.get("proactive.total") is None  # three bodies, no total stated


def test_nonfacts_are_real_non_facts(docs):
    reasons = {n.text: n.reason for d in docs.values() for n in d.nonfacts}
    assert reasons["〔2021〕30号"] == "document number"
    assert "example" in reasons["-8"]
    for d in docs.values():
        spans = {(f.start, f.end) for f in d.facts}
        assert not any((n.start, n.end) in spans for n in d.nonfacts)
