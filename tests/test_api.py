"""Public API around narrative facts: gknlp.extract / parse_report on whole seed reports."""
from __future__ import annotations

import json
from pathlib import Path

import gknlp

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_extract_the_brief_example():
    facts = gknlp.extract("2017年共受理行政审批事项193371件，办结率100%")
    assert [(f.text, f.label, f.value, f.unit, f.indicator, f.source) for f in facts] == [
        ("193371件", "受理行政审批事项", 193371, "件", "service.approval.accepted", "narrative"),
        ("100%", "办结率", 100, "%", "service.approval.completion_rate", "narrative")]
    assert facts[0].label_start == 6 and facts[0].label_end == 14


def test_seed_001_narrative_indicators():
    report = gknlp.parse_report(SEEDS / "001_6105f45cbec0b51d.txt")
    values = report.indicators()
    expected = {
        "proactive.total": 357524, "proactive.total.yoy_pct": 2.45,
        "interpretation.press_conferences": 150, "interpretation.press_conferences.yoy_pct": 89.87,
        "apply.received.total": 546, "apply.received.total.yoy_pct": -32, "apply.processed.total": 546,
        "apply.reply_rate": 100, "review.total": 72, "review.upheld": 51, "litigation.total": 49,
        "litigation.upheld": 40, "staff.total": 1228, "training.attendees": 3500,
        "proactive.five.decision": 74, "interaction.mailbox.replied": 440,
    }
    assert {k: values.get(k) for k in expected} == expected


def test_seed_000_zero_statements_and_rates():
    report = gknlp.parse_report(SEEDS / "000_43a3f1b74f313741.txt")
    values = report.indicators()
    assert values["service.approval.completion_rate"] == 100
    assert values["service.approval.satisfaction_rate"] == 98
    assert values["proactive.channel.website"] == 18477
    zero = {f.indicator for f in report.facts if f.zero_statement}
    assert {"fees.apply_fee.amount", "review.total", "litigation.total"} <= zero


def test_every_narrative_fact_keeps_provenance_and_serialises():
    for path in sorted(SEEDS.glob("*.txt")):
        report = gknlp.parse_report(path)
        text = report.text
        for f in report.facts:
            if f.source != "narrative":
                continue
            assert text[f.start:f.end] == f.text
            if f.label_start is not None:
                assert gknlp.normalize.fold(text[f.label_start:f.label_end]) == f.label
            assert f.indicator is None or gknlp.get_taxonomy().is_valid_id(f.indicator)
            assert 0.0 <= f.confidence <= 1.0
        json.dumps(report.to_dict(), ensure_ascii=False)
