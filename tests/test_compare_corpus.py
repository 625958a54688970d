"""gknlp.comparison on real corpus reports (../shared/corpus; skipped when it is not available)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import gknlp
from gknlp.comparison import check_across, compare

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "001.txt").exists(), reason="../shared/corpus is not available")


@pytest.fixture(scope="module")
def pingtan() -> list[gknlp.Report]:
    return [gknlp.parse_report(CORPUS / f"{n:03d}.txt", doc=f"{n:03d}") for n in range(1, 10)]


def test_pingtan_reports_group_into_the_zone_and_the_county(pingtan) -> None:
    wide = compare(pingtan)
    assert list(wide["year"]) == [2011, 2012, 2013, 2013, 2014, 2015, 2017, 2022, 2024]
    # 平潭综合实验区 / 平潭综合实验区管委会 / …管委会办公室 are one body; 平潭县人民政府 (002, 003) another.
    assert Counter(wide["body_key"]) == {"平潭综合实验区": 7, "平潭县": 2}
    assert list(wide["format"]) == ["f2008_local"] * 4 + ["f2008"] * 3 + ["f2021"] * 2


def test_pingtan_series_has_no_cross_year_violation(pingtan) -> None:
    # Consecutive pairs: county 2012→2013, zone 2013→2014→2015 (old formats); every stated year matches
    # its 统计期限 / 统计表 header.  A false alarm here would be a bug.
    assert check_across(pingtan) == []


def test_pingtan_cumulative_columns_continue_across_years(pingtan) -> None:
    # Old 统计表 历年累计: zone 2013 "72804 76424" + 2014 "2543 78967" + 2015 "2949 81916";
    # county 2012 "2026 3542" + 2013 "1853 5395"; 受理依申请公开 历年累计 21 → 28 (county), 0 → 1 → 1 (zone).
    held = [v for v in check_across(pingtan, passed=True) if v.rule == "cumulative"]
    assert all(v.holds for v in held)
    assert sorted((v.prev_doc, v.this_doc, v.lhs) for v in held) == [
        ("002", "003", 28), ("002", "003", 5395), ("004", "005", 1), ("004", "005", 78967),
        ("005", "006", 1), ("005", "006", 81916)]


def test_broken_cumulative_column_is_reported_with_both_spans(pingtan) -> None:
    text = (CORPUS / "005.txt").read_text(encoding="utf-8")
    assert text.count("2543 78967") == 2  # 主动公开文件数 and 1、政府网站公开数
    changed = gknlp.parse_report(text.replace("2543 78967", "2543 78970"), doc="005x")
    (v,) = check_across([pingtan[3], changed])
    assert (v.rule, v.prev_doc, v.this_doc, v.lhs, v.rhs) == ("cumulative", "004", "005x", 78970, 78967)
    assert [(s.role, s.indicator, s.text) for s in v.spans] == [
        ("this", "proactive.cumulative_total", "78970"), ("prev", "proactive.cumulative_total", "76424"),
        ("this", "proactive.total", "2543")]
    prev = v.prev_spans()[0]
    assert pingtan[3].text[prev.start:prev.end] == "76424"
    assert pingtan[3].text[prev.start - 6:prev.end] == "72804 76424"


def test_stated_year_inconsistency_of_a_real_report() -> None:
    # corpus 053 (田黄镇): "我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》" but
    # "所列数据的统计期限自2021年1月1日起至12月31日止" and "一、总体情况\n2021年度,我镇…".
    report = gknlp.parse_report(CORPUS / "053.txt", doc="053")
    found = check_across(report)
    assert found and {(v.rule, v.lhs, v.rhs) for v in found} == {("stated_year", 2020, 2021)}
    assert {v.expression.split(" = ")[1] for v in found} == {"year.period", "year.overview"}
    evidence = {report.text[s.start:s.end] for v in found for s in v.spans if s.indicator.startswith("year.")}
    assert evidence == {"统计期限自2021年", "总体情况\n2021年"}
    claimed = [s for v in found for s in v.spans if s.indicator == "title.year"]
    if report.meta.year == 2021:  # metadata took the period's year: the title is what claims 2020
        assert claimed and all(report.text[s.start:s.end] == "2020" for s in claimed)
        assert report.text[claimed[0].start - 3:claimed[0].end + 1] == "田黄镇2020年"
    report.meta.year, report.meta.title = 2021, None
    assert check_across(report) == []
