"""The collector pause around scan() and parse_report() leaves the collector as it found it."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

import gknlp
from gknlp.gc_pause import collector_paused
from gknlp.numbers import scan

SEED = next((Path(__file__).resolve().parents[1] / "seeds").glob("000_*.txt"))


def test_pause_restarts_the_collector_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collector_paused():
            assert not gc.isenabled()
            raise ValueError("boom")
    assert gc.isenabled()


def test_pause_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        scan("2017年共受理行政审批事项193371件")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_scan_and_parse_report_leave_the_collector_on():
    text = SEED.read_text(encoding="utf-8")
    assert [m.value for m in scan("共受理行政审批事项193371件，办结率100%") if m.is_fact] == [193371, 100]
    assert gc.isenabled()
    report = gknlp.parse_report(text)
    assert report.facts and gc.isenabled()
