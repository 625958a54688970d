"""gknlp.numbers.scan gives the same facts when a crawl puts spaces ("pangu" spacing, PDF/.docx
extraction) or line breaks (hard-wrapped PDF text) between a number and its Chinese context.

Every sentence is quoted verbatim from a seed or ../shared/corpus text (``test_numbers.py`` checks
the quoting convention); the spaced and wrapped forms are derived from it here.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
import regex

from gknlp.numbers.scanner import scan, scan_reference

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

#: a space between a Han character and an adjacent ASCII letter or digit (bench/invariance.py)
_CJK_ASCII = regex.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])")


def pangu(text: str) -> str:
    return _CJK_ASCII.sub(" ", text)


def summary(text: str) -> list[tuple]:
    """(value, unit, approx, is_fact, reason) of every mention, checked against the reference."""
    found = scan(text)
    assert [m.to_dict() for m in found] == [m.to_dict() for m in scan_reference(text)]
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.value, m.unit, m.approx, m.is_fact, m.reason) for m in found]


# (source, real sentence, expected (value, unit, approx, is_fact, reason) of every mention)
SPACED = [
    ("corpus", "全年累计组织各类政务公开培训52场次,参训人员达3500余人次。",
     [(52, "场次", False, True, None), (3500, "人次", True, True, None)]),
    ("corpus", "经统计，区、县直各单位已有20多家预算部门都已对外公布本部",
     [(20, "家", True, True, None)]),
    ("corpus", "收录台湾地区标准题录数据约22000余条并适时更新",
     [(22000, "条", True, True, None)]),
    ("seed", "陇ICP备07001201号 网站标识码:62102", None),
    ("corpus", "年报中所列数据的统计期限为201311日至20131231日", None),
    ("corpus", "组织开展《反有组织犯罪法》《行政处罚法》培训会、“4.15国家安全日”教育宣传", None),
    ("corpus", "新增国际演艺中心、龙王头城市音乐会客厅、68小镇黑礁音乐博览馆等体验空间",
     [(None, None, False, False, "name")]),
    ("corpus", "全年共征收社会抚养费3032万元，其中10万元以上13例。",
     [(30320000, "元", False, True, None), (100000, "元", True, False, "threshold"), (13, "例", False, True, None)]),
    ("corpus", "依法处置“两违”18.5万平方米，连续5年保持零增量。",
     [(None, None, False, False, "name"), (185000, "平方米", False, True, None), (5, "年", False, False, "duration")]),
    ("corpus", "全年共办理12345交办事项16028件,办结率", [(None, None, False, False, "name"), (16028, "件", False, True, None)]),
]


@pytest.mark.parametrize("source,sentence,expected", SPACED)
def test_pangu_spacing_gives_the_same_mentions(source: str, sentence: str, expected: list | None) -> None:
    spaced = pangu(sentence)
    assert spaced != sentence
    if expected is not None:
        assert summary(sentence) == expected
    assert summary(spaced) == summary(sentence)


def test_spaced_nonfacts_keep_their_reasons() -> None:
    assert [r[4] for r in summary("陇 ICP 备 07001201 号 网站标识码: 62102")] == ["icp", "index"]
    assert [r[4] for r in summary("年报中所列数据的统计期限为 201311 日至 20131231 日")] == ["date", "date"]
    assert [r[4] for r in summary("培训会、“4.15 国家安全日”教育宣传")] == ["name"]


def test_spaced_glued_name_repeated_in_the_report() -> None:
    seed = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    for text in (seed, pangu(seed)):
        names = [m for m in scan(text) if m.text == "365"]
        assert len(names) == len([m for m in scan(seed) if m.text == "365"]) == 10
        assert all(m.reason == "name" and not m.is_fact for m in names)


# (real sentence, the same with a line break inside the numeric phrase, the mention texts)
WRAPPED = [
    ("市场主体名录库13233户(其中个体户10648户", "市场主体名录库13233\n户(其中个体户10648户",
     [(13233, "户", False, True, None), (10648, "户", False, True, None)]),
    ("门户网站群平均每月访问量达15万余次,访问总量达150万余次", "门户网站群平均每月访问量达15万\n余次,访问总量达150万余次",
     [(150000, "次", True, True, None), (1500000, "次", True, True, None)]),
    ("信息化工作办公室联系,电话:0934-7135819,传真", "信息化工作办公室联系,电话:0934-\n7135819,传真",
     [(None, None, False, False, "phone")]),
]


@pytest.mark.parametrize("sentence,wrapped,expected", WRAPPED)
def test_a_wrapped_phrase_reads_as_unwrapped(sentence: str, wrapped: str, expected: list) -> None:
    assert summary(sentence) == expected
    assert summary(wrapped) == expected
    assert summary(pangu(wrapped)) == expected
    assert any("\n" in m.text for m in scan(wrapped))  # spans still index the text as given


def test_wrapped_dates_and_document_numbers_stay_non_facts() -> None:
    for sentence, wrapped in (("析与发布工作，在2014年10月成功举办", "析与发布工作，在2014年10\n月成功举办"),
                              ("关事项的通知》(阜政办秘〔2018〕131号),推进公众", "关事项的通知》(阜政办秘〔2018〕\n131号),推进公众")):
        assert summary(wrapped) == summary(sentence)
        assert all(not m.is_fact for m in scan(wrapped))


# (real sentence, wrapped after a prefix word, (value, unit, approx, change) of the wrapped number)
WRAPPED_PREFIX = [
    ("全区人均生产总值35202元，比上年增长13.1%。", "全区人均生产总值35202元，比上年增长\n13.1%。",
     (13.1, "%", False, "increase")),
    ("监管工程项目招标126项，总交易额约125亿元，处理招标投", "监管工程项目招标126项，总交易额约\n125亿元，处理招标投",
     (12500000000, "元", True, None)),
]


@pytest.mark.parametrize("sentence,wrapped,expected", WRAPPED_PREFIX)
def test_a_prefix_word_wrapped_from_its_number(sentence: str, wrapped: str, expected: tuple) -> None:
    assert summary(wrapped) == summary(sentence)
    last = [m for m in scan(wrapped) if m.is_fact][-1]
    assert (last.value, last.unit, last.approx, last.change) == expected
    assert "\n" in last.text


def test_a_short_label_line_is_not_joined_to_the_next_cell() -> None:
    """One cell per line: a label ending in 增长 and the value cell below it stay apart."""
    found = [m for m in scan("比上年增长\n13.1%\n") if m.is_fact]
    assert [(m.text, m.change) for m in found] == [("13.1%", None)]


def test_a_heading_and_the_next_paragraph_stay_apart() -> None:
    """A numbered heading ending in a change verb, and a paragraph starting with a year below it
    (the blank line between them collapsed, as in an HTML page joined with <br>)."""
    text = "(一)加强机构建设,完善配套制度,政府信息公开工作制度化、规范化水平进一步提升\n2020年,司法部严格落实《"
    assert [(m.text, m.change, m.reason) for m in scan(text)] == [("(一)", None, "list_marker"), ("2020年", None, "year")]


def test_a_number_alone_on_its_line_is_a_table_cell() -> None:
    """One cell per line: the count and the unit column are different cells, not one phrase."""
    cells = "市场主体名录库\n13233\n户\n其中个体户 | 10648\n户"
    assert summary(cells) == [(13233, None, False, True, None), (10648, None, False, True, None)]


def test_line_breaks_stay_linear() -> None:
    for chunk in ("达1\n余", "达1\n户", "电话:1-\n2", "1\n", "达 1\n万", "约\n1", ",增长\n1", "(一)增长\n1"):
        text = chunk * (100_000 // len(chunk))
        started = time.process_time()
        scan(text)
        assert time.process_time() - started < 5.0, chunk


def _facts(report_text: str) -> list[tuple]:
    import gknlp

    return [(f.start, f.value, f.unit, f.indicator, f.source) for f in gknlp.parse_report(report_text).facts]


def test_lone_cr_and_crlf_line_ends_give_the_same_facts() -> None:
    """``str`` input from an old-Mac file (lone CR): seed 000's chart data (年份 / 2013 / 2014 …)
    stays a table.  fold() maps CR to LF one for one, so offsets do not move (CRLF becomes two
    line ends, which changes nothing either)."""
    from gknlp.normalize import fold

    assert fold("年份\r\r2013\r\n") == "年份\n\n2013\n\n"
    seed = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    assert "年份\n\n2013\n\n2014" in seed and "\r" not in seed
    facts = _facts(seed)
    assert sum(1 for f in facts if f[4] == "table") >= 8
    assert _facts(seed.replace("\n", "\r")) == facts  # same offsets: one character for one
    crlf = _facts(seed.replace("\n", "\r\n"))
    assert [f[1:] for f in crlf] == [f[1:] for f in facts]
