"""gknlp.comparison: the wide/long tables and the cross-year checks, over reports built from real text.

The Report objects here are built from :class:`gknlp.Fact` lists whose spans point into real report text
(seed 003 = 汉滨区 2020, 2019 format; corpus 008 = 平潭综合实验区 2022, 2021 format), so the comparison
logic is tested independently of the extraction pipeline.  Tests that run the real parser on the seeds are
in tests/test_compare_seeds.py.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import regex

import gknlp
from gknlp import Fact, Report, ReportMeta
from gknlp.comparison import (
    CrossViolation,
    across_rules,
    body_key,
    check_across,
    compare,
    compare_long,
    year_evidence,
)

ROOT = Path(__file__).resolve().parents[1]
SEED003 = (ROOT / "seeds" / "003_01a2f0268d3461f7.txt").read_text(encoding="utf-8")
COLUMNS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"]
_CELL = regex.compile(r"[+-]?\d+(?:\.\d+)?(?:万元)?")


def row_cells(text: str, label: str, n: int, start: int = 0) -> list[tuple[int, int, str]]:
    """Spans of the first ``n`` numeric cells after the row label ``label`` in a flattened table."""
    at = text.index(label, start) + len(label)
    cells = []
    for m in _CELL.finditer(text, at):
        cells.append((m.start(), m.end(), m.group()))
        if len(cells) == n:
            return cells
    raise AssertionError(f"row {label!r} has fewer than {n} cells")


def _value(cell: str) -> float | int:
    return int(cell) if regex.fullmatch(r"[+-]?\d+", cell) else float(cell.replace("万元", "")) * 10000


def table3_facts(text: str, label: str, stem: str) -> list[Fact]:
    """The seven table-3 cells of one row as table facts ``stem.<column>``."""
    return [
        Fact(text=t, start=s, end=e, value=_value(t), unit=None, kind="count", label=label,
             indicator=f"{stem}.{col}", source="table")
        for (s, e, t), col in zip(row_cells(text, label, 7), COLUMNS)
    ]


def permit_facts(text: str, label: str, kind: str) -> list[Fact]:
    """上一年项目数量 | 本年增/减 of one 表二 row (2019 format)."""
    (s1, e1, t1), (s2, e2, t2) = row_cells(text, label, 2, start=text.index("上一年项目数量"))
    return [
        Fact(text=t1, start=s1, end=e1, value=_value(t1), unit=None, kind="count", label=label,
             indicator=f"permits.{kind}.items_prev_year", source="table"),
        Fact(text=t2, start=s2, end=e2, value=_value(t2), unit=None, kind="change", label=label,
             indicator=f"permits.{kind}.items_change", source="table"),
    ]


def seed003_report(text: str, year: int, doc: str, body: str = "安康市汉滨区人民政府") -> Report:
    facts = (
        table3_facts(text, "一、本年新收政府信息公开申请数量", "apply.received")
        + table3_facts(text, "二、上年结转政府信息公开申请数量", "apply.carried_over")
        + table3_facts(text, "四、结转下年度继续办理", "apply.carried_forward")
        + permit_facts(text, "行政许可", "license")
        + permit_facts(text, "行政处罚", "penalty")
        + permit_facts(text, "行政强制", "coercion")
    )
    return Report(text=text, facts=facts, meta=ReportMeta(year=year, body=body, format="f2019"), doc=doc)


def rewrite_row(text: str, label: str, values: list[str]) -> str:
    """Seed text with the cells of one row replaced (re-flattening a real table with other numbers)."""
    cells = row_cells(text, label, len(values), start=text.index("二、主动公开政府信息情况"))
    out, last = [], 0
    for (s, e, _), v in zip(cells, values):
        out += [text[last:s], v]
        last = e
    return "".join(out) + text[last:]


def as_2019(text: str) -> str:
    """Seed 003 re-dated as the 2019 report of the same body (its tables describe 2019)."""
    return text.replace("2020年", "2019年")


# ---------------------------------------------------------------------------------------------- body key
@pytest.mark.parametrize("name", ["平潭综合实验区管委会", "平潭综合实验区", "平潭综合实验区管委会（办公室）",
                                  "平潭综合实验区管委会办公室", "平潭综合实验区管委会(办公室)", " 平潭综合实验区管理委员会 "])
def test_body_key_joins_pingtan_variants(name: str) -> None:
    assert body_key(name) == "平潭综合实验区"


def test_body_key_keeps_different_bodies_apart() -> None:
    assert body_key("平潭县人民政府") == "平潭县"  # the county government before the zone took over
    assert body_key("平江县民政局") == "平江县民政局"  # a department is its own body
    assert body_key("安康市汉滨区人民政府办公室") == "安康市汉滨区"
    assert body_key("政府") == "政府"  # never stripped to nothing
    assert body_key("") is None and body_key(None) is None


def test_body_key_folds_traditional_and_fullwidth() -> None:
    assert body_key("平潭綜合實驗區管委會辦公室") == "平潭综合实验区"


def test_body_key_drops_a_crawled_breadcrumb() -> None:
    assert body_key("首页 > 清镇市") == body_key("清镇市人民政府") == "清镇市"
    assert body_key("首页＞政务公开＞平潭综合实验区管委会") == "平潭综合实验区"


# ---------------------------------------------------------------------------------------------- tables
def test_wide_table_one_row_per_report_in_taxonomy_order() -> None:
    r2020 = seed003_report(SEED003, 2020, "seed003")
    r2019 = seed003_report(as_2019(SEED003), 2019, "seed003-2019", body="安康市汉滨区人民政府办公室")
    frame = compare([r2019, r2020])
    assert list(frame.columns[:5]) == ["doc", "body", "body_key", "year", "format"]
    assert list(frame["doc"]) == ["seed003-2019", "seed003"]
    assert list(frame["year"]) == [2019, 2020]
    assert list(frame["body_key"]) == ["安康市汉滨区", "安康市汉滨区"]
    ids = list(frame.columns[5:])
    taxonomy_order = gknlp.get_taxonomy().ids()
    assert ids == sorted(ids, key=taxonomy_order.index)
    assert len(ids) == 3 * 7 + 3 * 2
    row = frame.set_index("doc").loc["seed003"]
    assert row["apply.received.natural_person"] == 29
    assert row["apply.received.commercial"] == 6
    assert row["apply.received.total"] == 35
    assert row["permits.license.items_prev_year"] == 1259
    assert row["permits.license.items_change"] == 3
    assert row["permits.penalty.items_change"] == -167
    assert row["permits.coercion.items_change"] == 18
    assert str(frame["apply.received.total"].dtype) == "Int64"


def test_wide_table_missing_cells_are_na_and_floats_stay_floats() -> None:
    text = "2017年度全县主动公开政府信息34207条，网站访问量达99.71%"
    a = Report(text=text, facts=[Fact("34207条", 14, 21, 34207, "条", "count", indicator="proactive.total")],
               meta=ReportMeta(2017, "镇原县人民政府", "f2008"), doc="a")
    b = Report(text=text, facts=[Fact("99.71%", 29, 35, 99.71, "%", "percent", indicator="apply.on_time_rate")],
               meta=ReportMeta(2017, "镇原县人民政府", "f2008"), doc="a")
    frame = compare([a, b])
    assert list(frame["doc"]) == ["a", "a#2"]  # document ids are made unique
    assert frame.loc[0, "proactive.total"] == 34207 and pd.isna(frame.loc[1, "proactive.total"])
    assert frame.loc[1, "apply.on_time_rate"] == pytest.approx(99.71)
    assert str(frame["apply.on_time_rate"].dtype) == "Float64"


def test_table_prefers_table_fact_like_report_indicators() -> None:
    text = "全年收到申请36件。表：收到申请数 | 35"
    narrative = Fact("36件", 6, 9, 36, "件", "count", indicator="apply.received.total", source="narrative")
    table = Fact("35", 21, 23, 35, None, "count", indicator="apply.received.total", source="table")
    report = Report(text=text, facts=[narrative, table], doc="x")
    assert compare(report).loc[0, "apply.received.total"] == report.indicators()["apply.received.total"] == 35
    long = compare(report, long=True)
    assert long.loc[0, "source"] == "table" and long.loc[0, "text"] == "35" and long.loc[0, "start"] == 21


def test_long_table_spans_point_at_the_text() -> None:
    report = seed003_report(SEED003, 2020, "seed003")
    long = compare_long([report])
    assert list(long.columns[:9]) == ["report", "indicator", "value", "unit", "source", "start", "end", "text",
                                      "confidence"]
    assert len(long) == 27
    for rec in long.itertuples():
        assert SEED003[rec.start:rec.end] == rec.text
    cell = long.set_index("indicator").loc["permits.penalty.items_change"]
    assert (cell["text"], cell["value"], cell["unit"]) == ("-167", -167, "项")  # unit of the id: a bare cell
    assert SEED003[cell["start"] - 10 : cell["start"]].count("1433") == 1  # the cell after 上一年项目数量 1433


def test_long_table_derived_cells_have_no_span() -> None:
    report = seed003_report(SEED003, 2020, "seed003")
    long = compare_long(report, derived=True).set_index("indicator")
    derived = long[long["source"] == "derived"]
    assert "apply.received.legal_person" in derived.index  # 6+0+0+0+0 from the org columns
    assert derived.loc["apply.received.legal_person", "value"] == 6
    assert pd.isna(derived.loc["apply.received.legal_person", "start"])


def test_fixed_schema_and_chosen_columns() -> None:
    report = seed003_report(SEED003, 2020, "seed003")
    full = compare(report, indicators="all")
    ids = gknlp.get_taxonomy().ids()
    assert list(full.columns[5:]) == ids  # every taxonomy id, in order, whether stated or not
    assert full.loc[0, "apply.received.total"] == 35 and pd.isna(full.loc[0, "proactive.total"])
    chosen = compare(report, indicators=["proactive.total", "apply.received.total"])
    assert list(chosen.columns[5:]) == ["proactive.total", "apply.received.total"]
    assert pd.isna(chosen.loc[0, "proactive.total"]) and chosen.loc[0, "apply.received.total"] == 35
    long = compare_long(report, indicators=["proactive.total", "apply.received.total"])
    assert list(long["indicator"]) == ["apply.received.total"]
    with pytest.raises(gknlp.InputError, match="apply.recieved.total"):
        compare(report, indicators=["apply.recieved.total"])
    with pytest.raises(gknlp.InputError):
        compare(report, indicators="proactive.total")


def test_compare_accepts_a_lazy_top_level_name() -> None:
    assert gknlp.compare is compare and gknlp.check_across is check_across
    with pytest.raises(AttributeError):
        gknlp.no_such_thing  # noqa: B018


def test_compare_rejects_other_objects() -> None:
    with pytest.raises(gknlp.InputError):
        compare([42])


# ---------------------------------------------------------------------------------------------- checks
def test_rules_expand_over_columns_and_kinds() -> None:
    rules = {r.rule for r in across_rules()}
    assert "this.apply.carried_over.total = prev.apply.carried_forward.total" in rules
    assert "this.apply.carried_over.legal_service = prev.apply.carried_forward.legal_service" in rules
    assert not any("legal_person" in r for r in rules)  # derived column: not an official cell
    assert ("this.rules.normative.in_force = prev.rules.normative.in_force + this.rules.normative.issued"
            " - this.rules.normative.repealed") in rules
    templates = {r.rule for r in across_rules() if "{id}" in r.rule}
    assert templates == {"this.{id}.yoy_pct ~= (this.{id} - prev.{id}) / prev.{id} * 100",
                         "this.{id}.yoy_abs = this.{id} - prev.{id}"}
    assert "this.proactive.cumulative_total = prev.proactive.cumulative_total + this.proactive.total" in rules
    assert len(rules) == 7 + 5 + 2 + 2 + 2


def test_carried_over_disagreement_is_reported_with_both_spans() -> None:
    # The 2019 report says 3 applications (自然人 2, 商业企业 1) were carried into the next year; the 2020
    # report (seed 003 as published) says 上年结转 0 in every column.
    text2019 = rewrite_row(as_2019(SEED003), "四、结转下年度继续办理", ["2", "1", "0", "0", "0", "0", "3"])
    r2019 = seed003_report(text2019, 2019, "hanbin2019")
    r2020 = seed003_report(SEED003, 2020, "seed003")
    found = [v for v in check_across([r2020, r2019]) if v.rule == "carried_over"]
    assert {v.expression.split(" = ")[0] for v in found} == {
        "this.apply.carried_over.natural_person", "this.apply.carried_over.commercial",
        "this.apply.carried_over.total"}
    total = next(v for v in found if v.expression.endswith(".total"))
    assert isinstance(total, CrossViolation)
    assert (total.prev_doc, total.prev_year, total.this_doc, total.this_year) == ("hanbin2019", 2019, "seed003", 2020)
    assert (total.lhs, total.rhs) == (0, 3)
    assert total.body == "安康市汉滨区"
    (prev,), (this,) = total.prev_spans(), total.this_spans()
    assert (prev.indicator, prev.value, prev.text) == ("apply.carried_forward.total", 3, "3")
    assert text2019[prev.start:prev.end] == "3"
    assert text2019.rfind("四、结转下年度继续办理", 0, prev.start) > text2019.rfind("(七)总计", 0, prev.start)
    assert (this.indicator, this.value) == ("apply.carried_over.total", 0)
    assert SEED003[this.start:this.end] == "0"
    assert SEED003.rfind("二、上年结转政府信息公开申请数量", 0, this.start) > SEED003.rfind("一、本年新收", 0, this.start)
    assert "hanbin2019 (2019) → seed003 (2020)" in str(total)


def test_carried_over_agreement_reports_nothing() -> None:
    r2019 = seed003_report(as_2019(SEED003), 2019, "hanbin2019", body="安康市汉滨区人民政府办公室")
    r2020 = seed003_report(SEED003, 2020, "seed003")
    found = check_across([r2019, r2020])
    assert [v for v in found if v.rule == "carried_over"] == []
    # the copied 表二 rows do not continue (1259 + 3 ≠ 1259 …): only those are reported
    assert sorted(v.expression.split(" = ")[0] for v in found) == [
        "this.permits.coercion.items_prev_year", "this.permits.license.items_prev_year",
        "this.permits.penalty.items_prev_year"]


def test_consistent_consecutive_reports_report_nothing() -> None:
    text2019 = as_2019(SEED003)
    for label, cells in [("行政许可", ["1256", "+3"]), ("行政处罚", ["1400", "+33"]), ("行政强制", ["140", "+6"])]:
        text2019 = rewrite_row(text2019, label, cells)  # 2019 rows that lead to seed 003's 上一年项目数量
    r2019 = seed003_report(text2019, 2019, "hanbin2019", body="汉滨区人民政府")
    r2020 = seed003_report(SEED003, 2020, "seed003", body="汉滨区人民政府")
    assert check_across([r2019, r2020]) == []


def test_permit_items_continuity_in_the_2019_format() -> None:
    # 2020 (seed 003): 行政许可 上一年项目数量 1259; a 2019 report with 1250 and +9 agrees, with +3 it does not.
    agree = rewrite_row(as_2019(SEED003), "行政许可", ["1250", "+9"])
    clash = rewrite_row(as_2019(SEED003), "行政许可", ["1250", "+3"])
    r2020 = seed003_report(SEED003, 2020, "seed003")
    ok = [v for v in check_across([seed003_report(agree, 2019, "a"), r2020]) if v.rule == "permit_items"]
    # the other rows are copied unchanged, so e.g. 行政处罚 2019: 1433-167 = 1266 ≠ 1433 in 2020
    assert {v.expression.split(" = ")[0] for v in ok} == {
        "this.permits.penalty.items_prev_year", "this.permits.coercion.items_prev_year"}
    bad = [v for v in check_across([seed003_report(clash, 2019, "b"), r2020]) if v.rule == "permit_items"]
    lic = next(v for v in bad if "license" in v.expression)
    assert (lic.lhs, lic.rhs) == (1259, 1253)
    assert [(s.role, s.indicator, s.text) for s in lic.spans] == [
        ("this", "permits.license.items_prev_year", "1259"),
        ("prev", "permits.license.items_prev_year", "1250"),
        ("prev", "permits.license.items_change", "+3"),
    ]
    assert clash[lic.spans[2].start:lic.spans[2].end] == "+3"


PT2022 = "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件8855698"


def _in_force_report(text: str, year: int, cells: list[tuple[str, str]]) -> Report:
    """Facts for the 行政规范性文件 row of a 2021-format 表二 (cells are given as (text, id) in order)."""
    at = text.index("行政规范性文件") + len("行政规范性文件")
    facts = []
    for cell, ind in cells:
        s = text.index(cell, at)
        facts.append(Fact(cell, s, s + len(cell), int(cell), None, "count", indicator=f"rules.normative.{ind}",
                          source="table"))
        at = s + len(cell)
    return Report(text=text, facts=facts, meta=ReportMeta(year, "平潭综合实验区管委会办公室", "f2021"), doc=str(year))


def test_in_force_continuity_in_the_2021_format() -> None:
    # corpus 008 (2022): 行政规范性文件 88 | 55 | 698 (cells fused as 8855698 in the crawl).
    r2022 = _in_force_report(PT2022, 2022, [("88", "issued"), ("55", "repealed"), ("698", "in_force")])
    good = PT2022.replace("8855698", "7012756")  # 698 + 70 - 12 = 756
    bad = PT2022.replace("8855698", "7012760")
    cells = [("70", "issued"), ("12", "repealed")]
    assert check_across([r2022, _in_force_report(good, 2023, cells + [("756", "in_force")])]) == []
    (v,) = check_across([r2022, _in_force_report(bad, 2023, cells + [("760", "in_force")])])
    assert (v.rule, v.lhs, v.rhs, v.body) == ("in_force", 760, 756, "平潭综合实验区")
    assert {(s.role, s.text) for s in v.spans} == {("this", "760"), ("prev", "698"), ("this", "70"), ("this", "12")}


def test_rules_skip_other_formats_missing_values_and_gaps() -> None:
    r2022 = _in_force_report(PT2022, 2022, [("88", "issued"), ("55", "repealed"), ("698", "in_force")])
    later = _in_force_report(PT2022.replace("8855698", "7012760"), 2024, [("70", "issued"), ("12", "repealed"),
                                                                          ("760", "in_force")])
    assert check_across([r2022, later]) == []  # 2022 → 2024 is not consecutive
    later.meta.year = 2023
    later.meta.format = "f2019"
    assert check_across([r2022, later]) == []  # the rule is for the 2021 format only
    later.meta.format = None
    assert len(check_across([r2022, later])) == 1  # unknown format is not excluded
    later.meta.body = "平潭县人民政府"
    assert check_across([r2022, later]) == []  # another body
    assert len(check_across([r2022, later], by_body=False)) == 1


def test_approximate_values_are_not_checked() -> None:
    r2022 = _in_force_report(PT2022, 2022, [("88", "issued"), ("55", "repealed"), ("698", "in_force")])
    r2023 = _in_force_report(PT2022.replace("8855698", "7012760"), 2023,
                             [("70", "issued"), ("12", "repealed"), ("760", "in_force")])
    r2023.facts[2].approx = True
    assert check_across([r2022, r2023]) == []


def test_year_evidence_reads_period_statement_and_overview() -> None:
    found = year_evidence(SEED003)
    assert [(kind, year, text) for kind, year, _, _, text in found] == [
        ("overview", 2020, "总体情况\n2020年"), ("period", 2020, "统计期限为2020年")]
    assert all(SEED003[start:end] == text for _, _, start, end, text in found)


def test_stated_year_differs_from_period() -> None:
    report = seed003_report(SEED003, 2019, "seed003")  # metadata says 2019, the text describes 2020
    found = [v for v in check_across(report) if v.rule == "stated_year"]
    assert [(v.expression, v.lhs, v.rhs, v.this_doc) for v in found] == [
        ("meta.year = year.overview", 2019, 2020, "seed003"), ("meta.year = year.period", 2019, 2020, "seed003")]
    assert [SEED003[v.spans[0].start:v.spans[0].end] for v in found] == ["总体情况\n2020年", "统计期限为2020年"]


def test_duplicate_year_is_flagged() -> None:
    a = seed003_report(SEED003, 2020, "a")
    b = seed003_report(SEED003, 2020, "b", body="安康市汉滨区人民政府办公室")
    (v,) = check_across([a, b])
    assert (v.rule, v.prev_doc, v.this_doc, v.this_year) == ("duplicate_year", "a", "b", 2020)


def test_hostile_text_is_linear() -> None:
    import time

    hostile = "统计期限" + "年" * 100_000 + "2" * 100_000 + "|" * 100_000
    t0 = time.perf_counter()
    assert year_evidence(hostile) == []
    assert body_key("办公室" * 30_000 + "平潭") == "办公室" * 30_000 + "平潭"
    assert body_key("平潭" + "办公室" * 100_000) == "平潭"
    assert body_key("平潭" + "(办公室)" * 100_000) == "平潭"
    assert time.perf_counter() - t0 < 5.0  # quadratic behaviour would take minutes


SEED001 = (ROOT / "seeds" / "001_6105f45cbec0b51d.txt").read_text(encoding="utf-8")


def _fuyang(text: str, year: int, cells: list[tuple[str, str, float]]) -> Report:
    """Narrative facts (needle, indicator, value) found in ``text`` (阜阳市, seed 001 and re-dated copies)."""
    facts = []
    for needle, ind, value in cells:
        s = text.index(needle)
        facts.append(Fact(needle, s, s + len(needle), value, None, "count", indicator=ind))
    return Report(text=text, facts=facts, meta=ReportMeta(year, "阜阳市人民政府", "f2008"), doc=str(year))


def test_stated_growth_rate_against_last_years_value() -> None:
    # seed 001 (2018): "全市主动公开各类政府信息357524条、增长2.45%"
    r2018 = _fuyang(SEED001, 2018, [("357524条", "proactive.total", 357524),
                                    ("增长2.45%", "proactive.total.yoy_pct", 2.45)])
    old = SEED001.replace("357524条、增长2.45%", "{}条").replace("2018年", "2017年")
    agree = old.format("349000")  # +2.442% — within one unit of the last digit written (0.01)
    r2017 = _fuyang(agree, 2017, [("349000条", "proactive.total", 349000)])
    assert check_across([r2017, r2018]) == []
    clash = old.format("340000")  # +5.15%
    (v,) = check_across([_fuyang(clash, 2017, [("340000条", "proactive.total", 340000)]), r2018])
    assert v.rule == "yoy_pct" and v.lhs == 2.45 and v.rhs == pytest.approx(5.1541, abs=1e-4)
    assert v.expression == ("this.proactive.total.yoy_pct ~= (this.proactive.total - prev.proactive.total)"
                            " / prev.proactive.total * 100")
    assert [(s.role, s.text) for s in v.spans] == [("this", "增长2.45%"), ("this", "357524条"), ("prev", "340000条")]


def test_integer_growth_rate_tolerates_rounding() -> None:
    # seed 001: "全年全市收到依申请公开546件,同比下降32%" → last year ≈ 803 (546/803 − 1 = −32.0%).
    cells = [("546件", "apply.received.total", 546), ("下降32%", "apply.received.total.yoy_pct", -32)]
    r2018 = _fuyang(SEED001, 2018, cells)
    text = SEED001.replace("2018年", "2017年")
    for prev, expect in [(800, 0), (810, 0), (820, 1), (560, 1)]:  # −31.75%, −32.59%, −33.41%, −2.5%
        old = text.replace("546件", f"{prev}件", 1)
        found = check_across([_fuyang(old, 2017, [(f"{prev}件", "apply.received.total", prev)]), r2018])
        assert len(found) == expect, prev
