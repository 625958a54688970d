"""Linear time on hostile input: 10× the text may take at most 30× the CPU time (issue 8).

Quadratic behaviour (a regex that backtracks, a search that restarts from every number) shows up as
a 100× ratio, so the bound separates the two comfortably while tolerating timer noise.  Sizes are
kept small enough for CI; `bench/bench_hostile.py` runs the same shapes at 1 MB and 10 MB.
"""
from __future__ import annotations

import time

import pytest

import gknlp
from gknlp import numbers

HOSTILE = {
    "digits": "1" * 1000,
    "yu": "余" * 1000,
    "pipes": "|" * 1000,
    "pipe_lines": "统计数 |\n0 |\n" * 100,
    "mixed": "12余万|3.5%约" * 100,
    "brackets": "〔(" * 500,
    "chinese_numerals": "一二三四五六七八九十百千万亿" * 70,
    "no_punctuation": "收到申请12件办结" * 120,
    "separators": "1,2,3.4.5-6-7 " * 80,
}
MAX_RATIO = 30.0


def _elapsed(fn, text: str) -> float:
    """Best of three runs in CPU time (other processes on the machine do not count), floored at
    10 ms so that timer noise on tiny inputs cannot fail a test."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t0)
    return max(best, 1e-2)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    gknlp.extract("全年共受理申请12件，办结率100%")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_scan_is_linear(name: str) -> None:
    unit = HOSTILE[name] * 20  # ~20–40 KB
    small, big = _elapsed(numbers.scan, unit), _elapsed(numbers.scan, unit * 10)
    assert big / small < MAX_RATIO, f"{name}: {small:.3f}s -> {big:.3f}s"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_parse_report_is_linear(name: str) -> None:
    unit = HOSTILE[name] * 4  # ~4–8 KB
    small, big = _elapsed(gknlp.parse_report, unit), _elapsed(gknlp.parse_report, unit * 10)
    assert big / small < MAX_RATIO, f"{name}: {small:.3f}s -> {big:.3f}s"


def test_segment_is_linear_on_one_line_of_headings() -> None:
    # a hostile one-line text full of headings: each heading used to look for its line end and strip
    # the rest of the line (≈ 42× the time for 10× the text at 100 KB → 1 MB; now ≈ 7×)
    from gknlp.segment import segment

    unit = " 一、" + "a" * 96
    small_text = unit * 1000  # 100 KB
    small, big = _elapsed(segment, small_text), _elapsed(segment, small_text * 10)
    assert big / small < MAX_RATIO, f"segment: {small:.3f}s -> {big:.3f}s"
