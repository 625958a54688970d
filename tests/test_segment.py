"""Sections of real reports: numbered headings, glued headings, table rows that are not headings."""
from __future__ import annotations

from pathlib import Path

import pytest

from gknlp.metadata import detect
from gknlp.normalize import fold
from gknlp.segment import classify, numeral_value, segment

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def seed(name: str) -> str:
    return fold(next((ROOT / "seeds").glob(f"{name}_*.txt")).read_text(encoding="utf-8"))


def top(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in segment(text) if s.level == 1]


def test_seed003_2019_format_sections():
    text = seed("003")
    assert top(text) == [
        ("overview", "总体情况"),
        ("proactive", "主动公开政府信息情况"),
        ("apply", "收到和处理政府信息公开申请情况"),
        ("review", "政府信息公开行政复议、行政诉讼情况"),
        ("problems", "存在的主要问题及改进情况"),
        ("other", "其他需要报告的事项"),
    ]
    secs = [s for s in segment(text) if s.level == 1]
    # sections tile the text from the first heading on; bodies start after the heading
    assert all(a.end == b.start for a, b in zip(secs, secs[1:])) and secs[-1].end == len(text)
    assert text[secs[1].start : secs[1].body_start].strip() == "二、主动公开政府信息情况"
    # '四、结转下年度继续办理' (a row of table 3) is not a section heading
    assert not any("结转下年度" in s.title for s in segment(text))


def test_seed002_old_format_sections_and_appendix():
    text = seed("002")
    assert [k for k, _ in top(text)] == ["overview", "proactive", "apply", "problems", "appendix"]
    assert top(text)[0][1] == "概 述"
    # the rows '一、主动公开情况' … of the appendix table do not open sections
    appendix = [s for s in segment(text) if s.kind == "appendix"][0]
    assert appendix.end == len(text)
    subs = [s.title for s in segment(text) if s.level == 2]
    assert subs == ["工作中存在的主要问题", "下步打算"]


def test_seed004_table_rows_are_not_headings():
    text = seed("004")
    kinds = [k for k, _ in top(text)]
    assert kinds == ["overview", "proactive", "apply", "fees", "review", "problems", "appendix"]


def test_glued_headings_in_one_line_corpus_text():
    path = CORPUS / "008.txt"
    if not path.exists():
        pytest.skip("corpus not available")
    text = fold(path.read_text(encoding="utf-8"))
    assert [k for k, _ in top(text)] == ["overview", "proactive", "apply", "review", "problems", "other"]
    review = next(s for s in segment(text) if s.kind == "review")
    # '…0000000 四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼…' (typo kept, glued table header)
    assert text[review.start : review.start + 2] == "四、"


def test_parenthesised_numbering_and_missing_heading():
    text = ("(一)概述\n本机关认真贯彻《条例》。\n(二)主动公开政府信息情况\n全年主动公开信息120条。\n"
            "(四)政府信息公开的收费及减免情况\n未收取任何费用。\n")
    assert top(text) == [("overview", "概述"), ("proactive", "主动公开政府信息情况"),
                         ("fees", "政府信息公开的收费及减免情况")]


def test_empty_and_hostile():
    assert segment("") == []
    assert segment("一、" * 50_000) is not None
    assert segment("(一)" * 30_000) is not None


def test_helpers():
    assert [numeral_value(x) for x in ("一", "九", "十", "十一", "二十")] == [1, 9, 10, 11, 20]
    assert classify("因政府信息公开申请行政复议和提起行政诉讼的情况") == "review"
    assert classify("政府信息公开收费及减免情况") == "fees"
    assert classify("依申请公开政府信息办理情况") == "apply"


def test_metadata_of_seeds():
    m = detect(seed("000"))
    assert (m.year, m.body, m.title) == (2017, "镇原县", "镇原县2017年政府信息公开工作报告")
    assert m.format == "f2008"
    m = detect(seed("001"))
    assert (m.year, m.body) == (2018, "阜阳市人民政府")  # full name found in the text
    m = detect(seed("003"))  # no title line: the statistics period gives the year
    assert m.year == 2020 and m.format == "f2019"
