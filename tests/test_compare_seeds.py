"""The comparable table of the five seed reports, parsed end to end, and the ``gknlp table`` CLI.

Every expected value below was read off the seed text by hand (the quoted cell or sentence is given with it).
Seeds: 000 镇原县2017 (narrative), 001 阜阳市2018 (narrative), 002 清镇市2013 (local 统计表 f2008_local),
003 汉滨区2020 (2019 format), 004 平江县民政局2017 (2014–2018 统计表 f2008).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import gknlp
from gknlp.cli import main
from gknlp.comparison import check_across, compare, compare_long

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# (seed prefix, indicator id, value, where it is stated)
EXPECTED = [
    # seed 002 清镇市2013, local 统计表 one cell per line (单位/小计)
    ("002", "proactive.total", 13305, "(一)主动公开政府信息总数  13305"),
    ("002", "proactive.channel.website", 8569, "1.通过网站公开数  8569"),
    ("002", "proactive.channel.gazette", 230, "2.通过公报公开数  230"),
    ("002", "proactive.channel.press_conference", 6, "3.新闻发布会  6"),
    ("002", "proactive.channel.other", 4500, "4.其他便于公众知晓的方式  4500"),
    ("002", "proactive.reading_point.visitors", 25000, "(二)公开查阅点查阅人数  人次  25000"),
    ("002", "staff.total", 73, "(一)政府信息公开工作人员总数  73"),
    ("002", "staff.full_time", 24, "1、专职机构人数  24"),
    ("002", "staff.part_time", 49, "2、兼职机构人数  49"),
    ("002", "apply.received.total", 0, "(一)收到政府信息公开申请数  0"),
    # seed 003 汉滨区2020, 2019 format, cells one per line with "|" lines
    ("003", "rules.normative.issued", 6, "规范性文件 | 6 | 6 | 36"),
    ("003", "rules.normative.public_total", 36, "规范性文件 | 6 | 6 | 36"),
    ("003", "permits.license.items_prev_year", 1259, "行政许可 | 1259 | +3 | 18249"),
    ("003", "permits.license.items_change", 3, "行政许可 | 1259 | +3 | 18249"),
    ("003", "permits.license.decisions", 18249, "行政许可 | 1259 | +3 | 18249"),
    ("003", "permits.penalty.items_prev_year", 1433, "行政处罚 | 1433 | -167 | 1266"),
    ("003", "permits.penalty.items_change", -167, "行政处罚 | 1433 | -167 | 1266"),
    ("003", "permits.penalty.decisions", 1266, "行政处罚 | 1433 | -167 | 1266"),
    ("003", "permits.coercion.items_change", 18, "行政强制 | 146 | +18 | 164"),
    ("003", "permits.fee.items_change", -2, "行政事业性收费 | 45 | -2"),
    ("003", "procurement.items", 123, "政府集中采购 | 123 | 16800万元"),
    ("003", "procurement.amount", 168_000_000, "政府集中采购 | 123 | 16800万元"),
    ("003", "apply.received.natural_person", 29, "一、本年新收… | 29 | 6 | 0 | 0 | 0 | 0 | 35"),
    ("003", "apply.received.commercial", 6, "一、本年新收… | 29 | 6 | 0 | 0 | 0 | 0 | 35"),
    ("003", "apply.received.total", 35, "一、本年新收… | 29 | 6 | 0 | 0 | 0 | 0 | 35"),
    ("003", "apply.carried_over.total", 0, "二、上年结转… | 0 … | 0"),
    ("003", "apply.result.disclosed.total", 28, "(一)予以公开 | 23 | 5 | … | 28"),
    ("003", "apply.result.partial.natural_person", 6, "(二)部分公开 | 6 | 1 | … | 7"),
    ("003", "apply.result.partial.total", 7, "(二)部分公开 | 6 | 1 | … | 7"),
    ("003", "apply.processed.total", 35, "(七)总计 | 29 | 6 | … | 35"),
    ("003", "apply.carried_forward.total", 0, "四、结转下年度继续办理 | 0 … | 0"),
    ("003", "review.other", 1, "表四 行政复议 0 | 0 | 1 | 0 | 1"),
    ("003", "review.total", 1, "表四 行政复议 0 | 0 | 1 | 0 | 1"),
    # seed 004 平江县民政局2017, 2014–2018 统计表 ("cell |" lines)
    ("004", "proactive.total", 128, "(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条) | 条 | 128"),
    ("004", "rules.normative.published_new", 34, "其中: 主动公开规范性文件数 | 条 | 34"),
    ("004", "rules.normative.issued", 16, "制发规范性文件总数 | 件 | 16"),
    ("004", "proactive.channel.website", 40, "2、政府网站公开政府信息数 | 条 | 40"),
    ("004", "proactive.channel.weixin", 980, "4、政务微信公开政府信息数 | 条 | 980"),
    ("004", "staff.total", 3, "(三)从事政府信息公开工作人员数 | 人 | 3"),
    # seeds 000/001: narrative only
    ("000", "proactive.total", 34207, "2017年度全县主动公开政府信息34207条"),
    ("000", "proactive.channel.website", 18477, "通过政府网站公开18477条"),
    ("000", "proactive.channel.weixin", 1850, "政务微信公开1850条"),
    ("000", "proactive.channel.other", 13880, "其他方式公开13880条"),
    ("004", "training.attendees", 5, "(三)接受培训人员数 | 人次 | 5"),
    ("001", "proactive.total", 357524, "全市主动公开各类政府信息357524条、增长2.45%"),
    ("001", "apply.received.total", 546, "全年全市收到依申请公开546件"),
]


@pytest.fixture(scope="module")
def reports() -> list[gknlp.Report]:
    return [gknlp.parse_report(p, doc=p.name[:3]) for p in SEEDS]


@pytest.fixture(scope="module")
def wide(reports) -> pd.DataFrame:
    return compare(reports).set_index("doc")


def test_one_row_per_seed_with_metadata(wide: pd.DataFrame) -> None:
    assert list(wide.index) == ["000", "001", "002", "003", "004"]
    assert list(wide.columns[:4]) == ["body", "body_key", "year", "format"]
    assert dict(wide["year"]) == {"000": 2017, "001": 2018, "002": 2013, "003": 2020, "004": 2017}
    assert wide.loc["002", "format"] == "f2008_local"
    assert wide.loc["003", "format"] == "f2019"
    assert wide.loc["004", "format"] == "f2008"
    ids = list(wide.columns[4:])
    order = gknlp.get_taxonomy().ids()
    listed = [i for i in ids if i in order]
    assert listed == sorted(listed, key=order.index)
    for ind, *_ in [(e[1],) for e in EXPECTED]:
        assert ind in ids


@pytest.mark.parametrize("seed,indicator,value,where", EXPECTED, ids=[f"{e[0]}-{e[1]}" for e in EXPECTED])
def test_cell_value(wide: pd.DataFrame, seed: str, indicator: str, value: float, where: str) -> None:
    assert wide.loc[seed, indicator] == value, where


def test_long_table_spans_match_the_seed_text(reports) -> None:
    long = compare_long(reports)
    texts = {r.doc: r.text for r in reports}
    stated = long[long["source"] != "derived"]
    assert len(stated) == len(long) > 100
    for rec in stated.itertuples():
        assert texts[rec.report][rec.start:rec.end] == rec.text
    cell = long[(long["report"] == "003") & (long["indicator"] == "procurement.amount")].iloc[0]
    assert (cell["text"], cell["value"], cell["source"]) == ("16800万元", 168_000_000, "table")
    cell = long[(long["report"] == "000") & (long["indicator"] == "proactive.total")].iloc[0]
    # stated twice: "全县主动公开政府信息34207条" and in the 2013–2017 chart data ("主动公开信息数 … 34207")
    assert cell["value"] == 34207 and cell["text"] in ("34207条", "34207")


def test_seed_reports_pass_the_cross_checks(reports) -> None:
    # Five different bodies, each stating the year of its statistical period (where it states one).
    assert check_across(reports) == []


# ---------------------------------------------------------------------------------------------- CLI
def test_cli_table_csv_and_parquet(tmp_path: Path) -> None:
    seeds = [str(p) for p in SEEDS if p.name[:3] in ("002", "003")]
    out = tmp_path / "t.csv"
    assert main(["table", *seeds, "-o", str(out)]) == 0
    frame = pd.read_csv(out)
    assert list(frame["year"]) == [2013, 2020]
    assert list(frame["proactive.total"].fillna(-1)) == [13305, -1]
    assert list(frame["apply.received.total"]) == [0, 35]
    pq = tmp_path / "t.parquet"
    assert main(["table", *seeds, "-o", str(pq), "--long"]) == 0
    long = pd.read_parquet(pq)
    row = long[long["indicator"] == "permits.penalty.items_change"].iloc[0]
    assert (row["text"], row["value"]) == ("-167", -167)
    assert main(["table", *seeds, "-o", str(out), "--indicators", "apply.received.total, proactive.total"]) == 0
    assert list(pd.read_csv(out).columns) == ["doc", "body", "body_key", "year", "format",
                                              "apply.received.total", "proactive.total"]


def test_cli_table_errors(tmp_path: Path, capsys) -> None:
    assert main(["table", str(SEEDS[0]), "-o", str(tmp_path / "t.xlsx")]) == 2
    assert "csv or .parquet" in capsys.readouterr().err
    assert main(["table", str(tmp_path / "nothing.txt")]) == 2
    assert "nothing.txt" in capsys.readouterr().err


# ------------------------------------------------------------------ consecutive years, through the parser
SEED003 = next(p for p in SEEDS if p.name.startswith("003")).read_text(encoding="utf-8")
TITLE = "汉滨区人民政府{year}年政府信息公开工作年度报告\n"


def _rewrite_row(text: str, label: str, cells: list[str]) -> str:
    """Replace the first len(cells) numeric cells after ``label`` (a row of a one-cell-per-line table)."""
    import regex

    at = text.index(label) + len(label)
    out, last = [], 0
    for m, cell in zip(regex.finditer(r"(?m)^[+-]?\d+$", text[at:]), cells):
        out += [text[last : at + m.start()], cell]
        last = at + m.end()
    return "".join(out) + text[last:]


def _as_year(year: int, text: str = SEED003) -> str:
    """Seed 003 (汉滨区 2020, 2019 format) with a title, re-dated to ``year``."""
    return TITLE.format(year=year) + text.replace("2020年", f"{year}年")


def test_parsed_consecutive_reports_with_disagreeing_carry_over() -> None:
    # 2019: 四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 ; 2020 (as published): 二、上年结转… all 0.
    text2019 = _as_year(2019, _rewrite_row(SEED003, "四、结转下年度继续办理", ["2", "1", "0", "0", "0", "0", "3"]))
    text2020 = TITLE.format(year=2020) + SEED003
    r2019, r2020 = gknlp.parse_report(text2019, doc="2019"), gknlp.parse_report(text2020, doc="2020")
    assert (r2019.meta.year, r2019.meta.format, r2020.meta.year) == (2019, "f2019", 2020)
    assert r2019.indicators()["apply.carried_forward.total"] == 3
    found = [v for v in check_across([r2019, r2020]) if v.rule == "carried_over"]
    assert sorted(v.expression.split(".")[-1] for v in found) == ["commercial", "natural_person", "total"]
    total = next(v for v in found if v.expression.endswith("carried_forward.total"))
    assert (total.prev_doc, total.this_doc, total.lhs, total.rhs, total.body) == ("2019", "2020", 0, 3, "汉滨区")
    (prev,), (this,) = total.prev_spans(), total.this_spans()
    assert text2019[prev.start:prev.end] == prev.text == "3"
    assert text2019.rfind("四、结转下年度继续办理", 0, prev.start) > text2019.rfind("(七)总计", 0, prev.start)
    assert text2020[this.start:this.end] == this.text == "0"
    assert text2020.rfind("二、上年结转政府信息公开申请数量", 0, this.start) > text2020.rfind("一、本年新收", 0, this.start)


def test_parsed_consecutive_reports_that_agree_report_nothing() -> None:
    # 2019 rows chosen so that 2020's 上一年项目数量 (1259, 2, 1433, 146, 45) continue them.
    text = SEED003
    for label, cells in [("行政许可\n", ["1256", "+3"]), ("其他对外管理服务事项", ["2", "0"]),
                         ("行政处罚\n", ["1400", "+33"]), ("行政强制\n", ["140", "+6"]),
                         ("行政事业性收费", ["45", "0"])]:
        text = _rewrite_row(text, label, cells)
    r2019 = gknlp.parse_report(_as_year(2019, text), doc="2019")
    r2020 = gknlp.parse_report(TITLE.format(year=2020) + SEED003, doc="2020")
    assert r2019.indicators()["permits.penalty.items_change"] == 33
    assert check_across([r2019, r2020]) == []
    # …and the same 2019 report with 行政处罚 +30 breaks the 2019-format item continuity.
    bad = gknlp.parse_report(_as_year(2019, _rewrite_row(text, "行政处罚\n", ["1400", "+30"])), doc="bad")
    (v,) = check_across([bad, r2020])
    assert (v.rule, v.lhs, v.rhs) == ("permit_items", 1433, 1430)
    assert [s.text for s in v.spans] == ["1433", "1400", "+30"]


def test_cli_table_check_reports_violations(tmp_path: Path, capsys) -> None:
    (tmp_path / "2019.txt").write_text(
        _as_year(2019, _rewrite_row(SEED003, "四、结转下年度继续办理", ["2", "1", "0", "0", "0", "0", "3"])),
        encoding="utf-8")
    (tmp_path / "2020.txt").write_text(TITLE.format(year=2020) + SEED003, encoding="utf-8")
    out = tmp_path / "t.csv"
    assert main(["table", str(tmp_path / "2019.txt"), str(tmp_path / "2020.txt"), "-o", str(out), "--check"]) == 1
    err = capsys.readouterr().err
    assert "[carried_over]" in err and "this.apply.carried_over.total = prev.apply.carried_forward.total: 0 ≠ 3" in err
    frame = pd.read_csv(out)
    assert list(frame["apply.carried_forward.total"]) == [3, 0]
    assert list(frame["body_key"]) == ["汉滨区", "汉滨区"]


def test_compare_of_nothing_is_an_empty_table() -> None:
    frame = compare([])
    assert list(frame.columns) == ["doc", "body", "body_key", "year", "format"] and len(frame) == 0
    assert check_across([]) == []
