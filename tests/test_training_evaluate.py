"""Evaluation arithmetic: gold compared with itself and with known perturbations (exact counts)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from gknlp.report import Fact, Report
from gknlp.training.annotations import load_file
from gknlp.training.evaluate import (
    EvalResult, evaluate_documents, evaluate_report, folds, labels_agree, match_facts, values_equal,
)

ROOT = Path(__file__).resolve().parents[1]


def _echo(doc, facts=None, indicators=None):
    """A Report that states exactly the gold (optionally replaced facts)."""
    facts = facts if facts is not None else [
        Fact(text=f.text, start=f.start, end=f.end, value=f.value, unit=f.unit, kind="count", label=f.label,
             indicator=f.indicator, source=f.source, approx=f.approx)
        for f in doc.facts]
    rep = Report(text=doc.text, facts=facts, doc=doc.doc)
    if indicators is not None:
        rep.indicators = lambda derived=False: dict(indicators)  # type: ignore[method-assign]
    else:
        rep.indicators = lambda derived=False: dict(doc.indicators)  # type: ignore[method-assign]
    return rep


@pytest.fixture(scope="module")
def seed001():
    return load_file(ROOT / "annotations" / "seed001.json")


@pytest.fixture(scope="module")
def seed003():
    return load_file(ROOT / "annotations" / "seed003.json")


def test_gold_against_itself_is_perfect(seed003):
    r = evaluate_report(seed003, _echo(seed003))
    assert r.detection.f1 == 1.0 and r.linking.f1 == 1.0 and r.doc_level.f1 == 1.0
    assert r.table_cells.correct == r.table_cells.total == 198
    assert r.label_exact.accuracy == 1.0


def test_known_perturbations_give_exact_counts(seed001):
    facts = _echo(seed001).facts
    by_text = {f.text: i for i, f in enumerate(facts)}
    # 1) a wrong value: 1228人 → 1227 (found span, wrong number)
    i = by_text["1228人"]
    facts[i] = replace(facts[i], value=1227)
    # 2) a wrong link on "答复率100%"
    j = next(k for k, f in enumerate(facts) if f.indicator == "apply.reply_rate")
    facts[j] = replace(facts[j], indicator="apply.on_time_rate")
    # 3) a spurious fact (a document number)
    s = seed001.text.index("阜政办秘〔2018〕116号")
    facts.append(Fact(text="116号", start=s + 10, end=s + 14, value=116, unit="号", kind="other"))
    # 4) a missed fact
    k = by_text["52场次"]
    del facts[k]
    rep = _echo(seed001, facts, indicators={**seed001.indicators, "staff.total": 1227})
    r = evaluate_report(seed001, rep)
    n = len(seed001.facts)
    assert (r.detection.tp, r.detection.fp, r.detection.fn) == (n - 2, 2, 2)
    assert r.value.total == n - 1 and r.value.correct == n - 2
    linked = sum(1 for f in seed001.facts if f.indicator) - 2  # the wrong-value and the missed facts
    assert (r.linking.tp, r.linking.fp, r.linking.fn) == (linked - 1, 1, 1)
    assert r.linking_by_indicator["apply.on_time_rate"].fp == 1
    assert r.linking_by_indicator["apply.reply_rate"].fn == 1
    assert r.confusions()[0]["gold"] == "apply.reply_rate"
    assert r.confusions()[0]["predicted"] == "apply.on_time_rate"
    assert sorted(m["text"] for m in r.missed) == ["1228人", "52场次"]
    assert {(x["text"], x["nonfact"]) for x in r.spurious} == {("116号", "doc_number"), ("1228人", None)}
    # document level: staff.total has the wrong value → one FP and one FN
    assert (r.doc_level.fp, r.doc_level.fn) == (1, 1)
    assert r.doc_level_by_group["staff"].f1 == 0.0


def test_match_prefers_equal_values_and_is_one_to_one():
    class F:
        def __init__(self, s, e, v):
            self.start, self.end, self.value = s, e, v

    gold = [F(0, 5, 10), F(5, 9, 3)]
    pred = [F(0, 9, 3), F(1, 4, 10), F(2, 3, 10)]
    assert match_facts(gold, pred) == [(0, 1), (1, 0)]


def test_values_and_labels():
    assert values_equal(168000000, 1.68e8) and values_equal(99.71, 99.71) and not values_equal(1, 2)
    assert not values_equal(None, 0)
    assert labels_agree("全市收到依申请公开", "全市收到依申请公开", lenient=False)
    assert labels_agree("收到依申请公开", "全市收到依申请公开", lenient=True)
    assert not labels_agree("收到依申请公开", "全市收到依申请公开", lenient=False)
    assert not labels_agree("办结率", "专兼职人员", lenient=True)


def test_folds_are_by_document_and_deterministic(seed001, seed003):
    docs = [seed003, seed001]
    assert [[d.doc for d in f] for f in folds(docs, 2)] == [["seed001"], ["seed003"]]
    with pytest.raises(ValueError):
        folds(docs, 1)


def test_merge_and_summary(seed001, seed003):
    r = evaluate_documents([seed001, seed003], parse=lambda text, doc=None, model=None:
                           _echo(seed001 if doc == "seed001" else seed003))
    assert isinstance(r, EvalResult) and r.n_docs == 2 and r.detection.f1 == 1.0
    text = r.summary()
    assert "indicator linking" in text and "1.000" in text
    d = r.to_dict()
    assert d["headline"]["table_cell_accuracy"] == 1.0
    assert set(d["per_doc"]) == {"seed001", "seed003"}
    assert set(d["by_format"]) == {"narrative", "f2019"}
    assert d["by_format"]["f2019"]["detection"]["tp"] == 237 and "per document format" in text


def test_gknlp_evaluate_is_the_library_entry_point():
    import gknlp
    from gknlp.training.evaluate import evaluate

    assert gknlp.evaluate is evaluate


def test_folds_grouped_by_body_keep_each_body_together():
    from gknlp.training.annotations import load

    if not (ROOT.parent / "shared" / "corpus" / "001.txt").exists():
        pytest.skip("../shared/corpus is not available")
    docs = load(ROOT / "annotations")
    parts = folds(docs, 5, group_by="body")
    assert sorted(d.doc for p in parts for d in p) == sorted(d.doc for d in docs)
    where = {}
    for n, p in enumerate(parts):
        for d in p:
            body = d.meta.get("body")
            if body:
                assert where.setdefault(body, n) == n, body  # one fold per body
    same_body = [d.doc for d in docs if d.meta.get("body") == "平潭县人民政府"]
    assert len(same_body) >= 2 and len({n for n, p in enumerate(parts) for d in p if d.doc in same_body}) == 1
    with pytest.raises(ValueError):
        folds(docs, 5, group_by="year")
