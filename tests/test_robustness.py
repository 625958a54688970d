"""Property-based robustness of the public API on generated and mutated report text (issue 8).

Every fact must satisfy ``text[start:end] == fact.text``, have a finite value, and a value
derivable from its own span (re-scanning the span gives the value; zero statements are 0).
"""
from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gknlp
from gknlp import numbers, tables, normalize, segment

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters real reports are made of, plus the separators and noise of bad crawls.
REPORT_ALPHABET = st.sampled_from(
    list("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两〇○零余多约近超过逾左右以上")
    + list("件条项个篇期场份本起宗户家次人名元%％.,，、。:：;；()（）〔〕[]【】﹝﹞-—+|/ \n\t")
    + list("年月日号第是其中共全年主动公开政府信息申请受理办结率同比增长下降较上年行政复议诉讼")
)


def _check_facts(text: str, facts: list[gknlp.Fact]) -> None:
    for f in facts:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert isinstance(f.value, (int, float)) and math.isfinite(f.value)
        assert f.source in ("narrative", "table")
        assert 0.0 <= f.confidence <= 1.0
        if f.zero_statement:
            assert f.value == 0
        elif f.source == "narrative":
            # The value is derivable from the span alone.
            values = {m.value for m in numbers.scan(f.text) if m.value is not None}
            assert f.value in values, (f.text, f.value, values)


@SETTINGS
@given(st.text(alphabet=REPORT_ALPHABET, max_size=400))
def test_extract_on_report_like_noise(text: str) -> None:
    _check_facts(text, gknlp.extract(text))


@SETTINGS
@given(st.text(max_size=300))
def test_extract_on_arbitrary_unicode(text: str) -> None:
    _check_facts(text, gknlp.extract(text))


@SETTINGS
@given(
    seed=st.sampled_from(range(len(SEED_TEXTS))),
    cut=st.floats(0.0, 1.0),
    length=st.integers(50, 3000),
    shuffle=st.booleans(),
    rnd=st.randoms(use_true_random=False),
)
def test_parse_report_on_mutated_seeds(seed: int, cut: float, length: int, shuffle: bool, rnd: random.Random) -> None:
    """Truncated tables, shuffled lines, repeated separators: no exception, valid spans."""
    text = SEED_TEXTS[seed]
    start = int(cut * max(0, len(text) - length))
    piece = text[start : start + length]
    lines = piece.split("\n")
    if shuffle:
        rnd.shuffle(lines)
    noise = rnd.choice(["", "|||", " | ", "\n\n", "余" * 20, "9" * 40])
    lines.insert(rnd.randrange(len(lines) + 1), noise)
    mutated = "\n".join(lines)
    report = gknlp.parse_report(mutated)
    _check_facts(mutated, report.facts)
    report.indicators()
    report.check()


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("0123456789|\n 条件万余%-+")), max_size=600))
def test_table_reader_on_garbled_tables(text: str) -> None:
    folded = normalize.fold(text)
    found = tables.read_tables(folded, segment.segment(folded))
    for t in found:
        assert 0 <= t.start <= t.end <= len(text)


def test_lone_surrogates_are_rejected_or_survived() -> None:
    """A str with lone surrogates (undecodable as UTF-8) never crashes the extractor."""
    text = "全年收到申请\ud800 12件\udfff，办结率100%"
    facts = gknlp.extract(text)
    _check_facts(text, facts)
    assert [f.value for f in facts if f.unit == "%"] == [100]


def test_surrogate_bytes_in_a_file_give_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"\xed\xa0\x80\xff\xfe\x00\x00binary\x00\x00")
    with pytest.raises(gknlp.InputError):
        gknlp.parse_report(p)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "|" * 1000, "余" * 1000, "１" * 1000])
def test_degenerate_inputs(text: str) -> None:
    report = gknlp.parse_report(text)
    _check_facts(text, report.facts)


def test_document_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from gknlp import config

    monkeypatch.setattr(config, "MAX_DOCUMENT_CHARS", 1000)
    with pytest.raises(gknlp.DocumentTooLarge):
        gknlp.parse_report("共受理申请12件。" * 200)
