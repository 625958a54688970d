"""Table reading: every cell of the seed tables (values and indicator ids), the same tables
re-flattened in other layouts, a fused corpus table, identities, hostile input."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from gknlp.io.html import html_to_text
from gknlp.metadata import detect
from gknlp.normalize import fold
from gknlp.report import Report
from gknlp.segment import segment
from gknlp.tables import read_tables, table_facts
from gknlp.tables.repair import balanced_pairs, split_run
from tests import table_gold as gold

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


def seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def parse(text: str):
    """(tables, facts, meta) of a text through the table stage only."""
    folded = fold(text)
    sections = segment(folded)
    tables = read_tables(folded, sections)
    meta = detect(folded, tables, sections)
    return tables, table_facts(folded, tables, meta), meta


def cells(facts, kind_tables=None, tables=None) -> list[tuple[float, str | None]]:
    out = []
    for f in facts:
        if kind_tables is not None and tables[f.table].kind not in kind_tables:
            continue
        out.append((f.value, f.indicator))
    return out


# ---------------------------------------------------------------- the seeds as published
def test_seed004_every_cell():
    text = seed("004")
    tables, facts, meta = parse(text)
    assert [t.kind for t in tables] == ["stats"]
    assert tables[0].format == "f2008"
    assert cells(facts) == gold.SEED004
    for f in facts:  # spans point at the numbers as written
        assert text[f.start : f.end] == f.text and f.text.lstrip("+-").replace(".", "").isdigit()
    fee = next(f for f in facts if f.indicator == "fees.apply_fee.amount")
    assert fee.unit == "元"  # the 单位 column said 万元
    assert meta.year == 2017 and meta.format == "f2008"
    assert meta.body == "平江县民政局"  # no title line: the office named before '2017年度'



def test_seed002_every_cell():
    text = seed("002")
    tables, facts, meta = parse(text)
    assert [t.kind for t in tables] == ["stats"]
    assert tables[0].format == "f2008_local"
    assert cells(facts) == gold.SEED002
    visitors = next(f for f in facts if f.indicator == "proactive.reading_point.visitors")
    assert (visitors.text, visitors.unit) == ("25000", "人次")
    assert meta.year == 2013 and meta.body == "清镇市人民政府" and meta.format == "f2008_local"
    # the narrative after the table title is not inside the table
    assert tables[0].start > text.index("四是充分利用政府公报")


def test_seed003_every_cell():
    text = seed("003")
    tables, facts, meta = parse(text)
    assert [t.kind for t in tables] == ["table2", "table3", "table4"]
    assert all(t.format == "f2019" for t in tables)
    assert cells(facts, {"table2"}, tables) == gold.SEED003_T2
    assert cells(facts, {"table3"}, tables) == gold.SEED003_T3
    assert cells(facts, {"table4"}, tables) == gold.SEED003_T4
    assert len(facts) == 22 + 161 + 15
    amount = next(f for f in facts if f.indicator == "procurement.amount")
    assert (amount.text, amount.value, amount.unit) == ("16800万元", 168000000, "元")
    change = next(f for f in facts if f.indicator == "permits.penalty.items_change")
    assert (change.text, change.value, change.kind) == ("-167", -167, "change")
    assert meta.year == 2020 and meta.format == "f2019"
    # tight spans: no narrative sentence inside a table
    for t in tables:
        assert "。" not in text[t.start : t.end]


def test_seed000_chart_data_tables():
    text = seed("000")
    tables, facts, _ = parse(text)
    assert [t.kind for t in tables] == ["data", "data"]
    by_text = {(f.text, f.indicator, f.confidence) for f in facts}
    assert ("34207", "proactive.total", 1.0) in by_text  # the report year's value
    assert ("3148", "proactive.total", 0.3) in by_text  # an earlier year: low confidence
    assert ("18477", "proactive.channel.website", 1.0) in by_text
    assert not any(f.text == "2013" for f in facts)  # the year header is not a fact
    assert not any("0934" in f.text for f in facts)  # footer phone number


def test_seed001_has_no_table():
    tables, facts, _ = parse(seed("001"))
    assert tables == [] and facts == []


# ---------------------------------------------------------------- the same tables re-flattened
def _t3_grid() -> list[list[str]]:
    """Table 3 of seed 003 as a grid with the official labels (group headings as own rows)."""
    grid = [["申请人情况"], ["自然人", "法人或其他组织", "总计"],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    for i, (label, _stem, values) in enumerate(gold.T3_ROWS):
        if i in gold.T3_GROUPS:
            grid.append([gold.T3_GROUPS[i]])
        grid.append([label] + [str(v) for v in values])
    return grid


def _t4_grid() -> list[list[str]]:
    return [["行政复议", "行政诉讼"],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
            [str(v) for v, _ in gold.SEED003_T4]]


def _render(grid: list[list[str]], layout: str) -> str:
    if layout == "lines":  # one cell per line, blank lines between (seed 002)
        return "\n\n".join(c for row in grid for c in row) + "\n"
    if layout == "cell_pipe":  # "cell |" per line (seed 004)
        return "".join(f"{c} |\n" for row in grid for c in row)
    if layout == "pipe_rows":  # one row per line
        return "".join(" | ".join(row) + " | |||\n" for row in grid)
    if layout == "markdown":
        width = max(len(r) for r in grid)
        lines = ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in grid]
        lines.insert(1, "|" + "---|" * width)
        return "\n".join(lines) + "\n"
    if layout == "spaces":
        return " ".join(c for row in grid for c in row)
    raise ValueError(layout)


LAYOUTS = ["lines", "cell_pipe", "pipe_rows", "markdown", "spaces"]


def _report(grid3, grid4, layout) -> str:
    return (
        "汉滨区2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我区认真落实政务公开工作部署要求。\n"
        "三、收到和处理政府信息公开申请情况\n" + _render(grid3, layout)
        + "\n四、政府信息公开行政复议、行政诉讼情况\n" + _render(grid4, layout)
        + "\n五、存在的主要问题及改进情况\n一是制度机制建设还需加强。\n"
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_table3_and_table4_in_every_layout(layout):
    tables, facts, _ = parse(_report(_t3_grid(), _t4_grid(), layout))
    assert [t.kind for t in tables] == ["table3", "table4"], layout
    assert cells(facts, {"table3"}, tables) == gold.SEED003_T3
    assert cells(facts, {"table4"}, tables) == gold.SEED003_T4


def _html_table3() -> str:
    """Table 3 as a real web page table: rowspan/colspan headers, a rowspan group column."""
    head = (
        '<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>'
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
        "<tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
    )
    body = []
    for i, (label, _stem, values) in enumerate(gold.T3_ROWS):
        tds = "".join(f"<td>{v}</td>" for v in values)
        if i < 2 or i >= 21:
            body.append(f'<tr><td colspan="3">{label}</td>{tds}</tr>')
        elif i in (2, 3, 20):
            lead = '<td rowspan="19">三、本年度办理结果</td>' if i == 2 else ""
            body.append(f'<tr>{lead}<td colspan="2">{label}</td>{tds}</tr>')
        else:
            group = {4: ("（三）不予公开", 8), 12: ("（四）无法提供", 3), 15: ("（五）不予处理", 5)}.get(i)
            lead = f'<td rowspan="{group[1]}">{group[0]}</td>' if group else ""
            body.append(f"<tr>{lead}<td>{label}</td>{tds}</tr>")
    t4 = (
        '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
        '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td>'
        '<td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td>'
        '<td colspan="5">复议后起诉</td></tr><tr>'
        + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2
        + "</tr><tr>" + "".join(f"<td>{v}</td>" for v, _ in gold.SEED003_T4) + "</tr></table>"
    )
    return (
        "<html><head><title>年报</title><script>var x = 1;</script></head><body>"
        '<div class="breadcrumb">首页 &gt; 政府信息公开 &gt; 年报</div>'
        "<h1>汉滨区2020年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2020年,我区认真落实政务公开工作部署要求。</p>"
        "<p>三、收到和处理政府信息公开申请情况</p><table>" + head + "".join(body) + "</table>"
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + t4 +
        "<p>五、存在的主要问题及改进情况</p><p>一是制度机制建设还需加强。</p>"
        '<div id="footer">电话:0915-3202807 邮编:725000</div></body></html>'
    )


def test_html_table_with_rowspan_colspan():
    text = html_to_text(_html_table3())
    assert "首页" not in text and "0915" not in text and "var x" not in text
    line = next(l for l in text.splitlines() if l.startswith("一、本年新收"))
    assert line == "一、本年新收政府信息公开申请数量 | | | 29 | 6 | 0 | 0 | 0 | 0 | 35"
    tables, facts, _ = parse(text)
    assert [t.kind for t in tables] == ["table3", "table4"]
    assert cells(facts, {"table3"}, tables) == gold.SEED003_T3
    assert cells(facts, {"table4"}, tables) == gold.SEED003_T4


def _seed004_rows() -> list[list[str]]:
    """Seed 004's 统计表 regrouped from its "cell |" lines into rows of three cells."""
    text = seed("004")
    block = text[text.index("政府信息公开情况统计表") :]
    parts = [p.strip() for p in block.split("|")]
    if parts and not parts[-1]:
        parts.pop()
    assert len(parts) % 3 == 0
    return [parts[i : i + 3] for i in range(0, len(parts), 3)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed004_table_in_every_layout(layout):
    rows = [[c for c in r if c] for r in _seed004_rows()]
    text = "平江县民政局2017年政府信息公开工作年度报告\n七、附表\n" + _render(rows, layout)
    tables, facts, _ = parse(text)
    assert cells(facts) == gold.SEED004


def test_seed004_as_html():
    rows = _seed004_rows()
    html = "<html><body><p>七、附表</p><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>"
    tables, facts, _ = parse(html_to_text(html))
    assert cells(facts) == gold.SEED004


def _seed002_rows() -> list[list[str]]:
    """Seed 002's 统计表 (one cell per line) regrouped: a row starts at each label cell."""
    text = seed("002")
    block = text[text.index("单位\n") :]
    rows: list[list[str]] = []
    for cell in (c.strip() for c in block.split("\n\n")):
        if not cell:
            continue
        if rows and (cell.isdigit() or cell in ("人次", "万元")):
            rows[-1].append(cell)
        else:
            rows.append([cell])
    return rows


@pytest.mark.parametrize("layout", ["cell_pipe", "pipe_rows", "markdown"])
def test_seed002_table_in_other_layouts(layout):
    text = "清镇市2013年政府信息公开年度报告\n五、附表\n" + _render(_seed002_rows(), layout)
    tables, facts, _ = parse(text)
    assert cells(facts) == gold.SEED002


# ---------------------------------------------------------------- fused corpus tables
def corpus(name: str) -> str:
    path = CORPUS / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path.read_text(encoding="utf-8")


def test_corpus008_fused_2021_tables():
    text = corpus("008")
    tables, facts, meta = parse(text)
    assert [t.kind for t in tables] == ["table2", "table3", "table4"]
    assert meta.format == "f2021" and meta.year == 2022
    assert cells(facts, {"table2"}, tables) == gold.C008_T2
    assert cells(facts, {"table3"}, tables) == gold.C008_T3
    assert cells(facts, {"table4"}, tables) == gold.C008_T4
    first = next(f for f in facts if f.indicator == "apply.received.natural_person")
    assert (first.text, first.repaired) == ("71", True)  # '713000074' = 71|3|0|0|0|0|74
    assert text[first.start : first.start + 9] == "713000074"


def test_corpus009_ambiguous_run_reports_nothing():
    text = corpus("009")
    tables, facts, _ = parse(text)
    ids = {f.indicator: f.value for f in facts}
    # '行政规范性文件6233440' has several readings and no evidence: nothing is reported
    assert "rules.normative.issued" not in ids
    assert ids["apply.received.total"] == 218 and ids["apply.received.natural_person"] == 217
    # table 4 fused into one run '21317000001324019' → split by the three sum rules
    assert [ids[i] for i in gold.T4_IDS] == [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]


def test_corpus002_fused_two_column_table():
    text = corpus("002")
    tables, facts, _ = parse(text)
    got = [(f.text, f.indicator) for f in facts[:4]]
    # '主动公开信息数条20263542' = 2026 | 3542; '1.网站公开条179533042.' = 1795 | 3304, then '2.'
    assert got == [("2026", "proactive.total"), ("3542", "proactive.cumulative_total"),
                   ("1795", "proactive.channel.website"), ("3304", None)]
    assert all(f.repaired for f in facts[:4])


_SPACED_OLD_TABLE = ("政府信息公开情况统计表\n指标名称计量单位2012年度历年累计\n主动公开信息数条 20263542\n"
                     "其中：1.网站公开条 179533042.政府公报公开条 07\n受理依申请公开信息总数条 2121\n")


def test_spaced_fused_two_column_rows_read_like_glued_ones():
    # corpus 002's rows with a space before the fused run (pangu spacing, PDF text): 2026 | 3542,
    # not 20263542, and the unit 条 stays the unit
    got = [(f.text, f.value, f.unit, f.indicator, f.repaired) for f in parse(_SPACED_OLD_TABLE)[1]]
    assert got == [("2026", 2026, "条", "proactive.total", True), ("3542", 3542, "条", "proactive.cumulative_total", True),
                   ("1795", 1795, "条", "proactive.channel.website", True), ("3304", 3304, "条", None, True),
                   ("0", 0, "条", "proactive.channel.gazette", True), ("7", 7, "条", None, True),
                   ("21", 21, "条", "apply.received.total", True), ("21", 21, "条", "apply.received_cumulative", True)]
    glued = _SPACED_OLD_TABLE.replace("条 ", "条")
    assert [(f.value, f.indicator) for f in parse(glued)[1]] == [(g[1], g[3]) for g in got]



@pytest.mark.parametrize("footer", ["\n\n主办：某某县人民政府办公室 电话：0558-2198055 邮编：236010",
                                    "\n联系电话 0558-2198055 邮编 236010",
                                    "\n主办：某某县人民政府办公室\n电话：0558-2198055\n邮编：236010"])
def test_contact_footer_after_old_table_is_not_a_row(footer):
    # corpus 001 ends with its 统计表 ('… 行政申诉数 条 0 0 附件下载'); a page footer after it gave
    # the cells 0558 and -2198055
    text = corpus("001")
    plain = [(f.text, f.value, f.indicator) for f in parse(text)[1]]
    got = [(f.text, f.value, f.indicator) for f in parse(text + footer)[1]]
    assert len(plain) == 34 and plain[-1] == ("0", 0, None)
    assert got == plain


@pytest.mark.parametrize("closing", ["", " |", " | |", " |\n"])
def test_truncated_cell_at_the_end_is_not_a_value(closing):
    # corpus 046 is cut off in 表二's header: '信息内容 | 采购项目数量(指202'; closed as a DOCX / markdown
    # row ('… (指202 | |') the 202 became a cell of 表二
    text = corpus("046").rstrip()
    assert text.endswith("(指202")
    got = [(f.text, f.indicator) for f in parse(text + closing)[1]]
    assert len(got) == 20 and all(t != "202" for t, _ in got)
    assert got == [(f.text, f.indicator) for f in parse(text)[1]]


def test_scaled_unit_after_a_space_scales_the_value():
    # seed 003's 表二 row '政府集中采购 | 123 | 16800万元' with a space before the unit (pangu spacing):
    # 168000000 元, not 16800 with unit 万元
    text = seed("003")
    assert "16800万元" in text
    spaced = text.replace("16800万元", "16800 万元")
    got = [(f.text, f.value, f.unit, f.indicator) for f in parse(spaced)[1] if f.indicator == "procurement.amount"]
    assert got == [("16800 万元", 168000000, "元", "procurement.amount")]

def test_spaced_lone_cell_stays_one_cell_when_columns_are_written_apart():
    # a table writing both columns apart leaves an empty 历年累计: the lone '2026' is not cut into 20 | 26
    text = ("政府信息公开情况统计表\n指标名称 计量单位 2012年度 历年累计\n主动公开信息数 条 2026\n"
            "其中：1.网站公开 条 1795 3304\n受理依申请公开信息总数 条 21 21\n")
    got = [(f.value, f.indicator) for f in parse(text)[1]]
    assert got == [(2026, "proactive.total"), (1795, "proactive.channel.website"), (3304, None),
                   (21, "apply.received.total"), (21, "apply.received_cumulative")]


# ---------------------------------------------------------------- identities
def _report_of(text: str) -> Report:
    tables, facts, meta = parse(text)
    for f in facts:
        f.text = text[f.start : f.end]
    return Report(text=text, facts=facts, tables=tables, meta=meta)


@pytest.mark.parametrize("name", ["002", "003", "004"])
def test_check_passes_on_seed_tables(name):
    assert _report_of(seed(name)).check() == []


def test_check_finds_planted_error():
    text = seed("003")
    i = text.index("(七)总计\n|\n29")
    planted = text[: i + len("(七)总计\n|\n")] + "28" + text[i + len("(七)总计\n|\n29") :]
    violations = _report_of(planted).check()
    assert violations
    rules = " ".join(v.rule for v in violations)
    assert "apply.processed.natural_person" in rules


def test_check_on_corpus008():
    assert _report_of(corpus("008")).check() == []


# ---------------------------------------------------------------- repair and hostile input
def test_split_run():
    sums = [[0, 1, 2, 3, 4, 5, 6]]
    assert split_run(["713000074"], 7, sums) == [(71, 3, 0, 0, 0, 0, 74)]
    assert split_run(["110000011"], 7, sums) == [(1, 10, 0, 0, 0, 0, 11), (11, 0, 0, 0, 0, 0, 11)]
    assert split_run(["9" * 200], 7, sums) == []
    assert balanced_pairs("20263542") == [(2026, 3542)]
    assert balanced_pairs("07") == [(0, 7)]


@pytest.mark.parametrize("hostile", ["|" * 100_000, "1" * 100_000, "余" * 100_000, "1|" * 50_000,
                                     "一、" * 50_000, "(一)" * 30_000, "规章0" * 20_000])
def test_hostile_input_is_fast(hostile):
    t0 = time.perf_counter()
    parse(hostile)
    assert time.perf_counter() - t0 < 5.0


def test_digits_python_cannot_read_do_not_crash():
    """The regex module's \\d knows digits of newer Unicode versions (Kawi U+11F50…) that Python's
    int() rejects: such a cell has an unknown value, the other cells are read, nothing crashes."""
    kawi = "\U00011f51"
    tables, facts, meta = parse(f"汉滨区20{kawi}{kawi}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                                f"规章 | {kawi} | 2 | 3\n规范性文件 | 1 | 2 | 3\n{kawi}.其他 | 4\n")
    assert [(f.value, f.indicator) for f in facts] == [
        (2, "rules.regulation.published_new"), (3, "rules.regulation.public_total"),
        (1, "rules.normative.issued"), (2, "rules.normative.published_new"), (3, "rules.normative.public_total")]
    assert meta.year is None


def test_empty_text():
    assert parse("") == ([], [], parse("")[2])
    assert read_tables("", []) == []


def test_ambiguous_fused_rows_resolved_by_the_identities():
    """'110000011' reads 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11; the column sums of table 3 decide."""
    zero = "0000000"
    rows = ["一、本年新收政府信息公开申请数量 110000011", f"二、上年结转政府信息公开申请数量 {zero}",
            "三、本年度办理结果 （一）予以公开 9000009", "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2000002",
            "（三）不予公开"]
    rows += [f"{i}.{name}{zero}" for i, name in enumerate(
        ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
         "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"], 1)]
    rows += ["（四）无法提供"] + [f"{i}.{n}{zero}" for i, n in enumerate(
        ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"], 1)]
    rows += ["（五）不予处理"] + [f"{i}.{n}{zero}" for i, n in enumerate(
        ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"], 1)]
    rows += ["（六）其他处理", f"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 {zero}",
             f"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 {zero}", f"3.其他 {zero}",
             "（七）总计 110000011", f"四、结转下年度继续办理 {zero}"]
    text = ("平潭县2022年度政府信息公开工作年度报告 一、总体情况 全年收到申请11件。 "
            "三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 "
            "法律服务机构 其他 " + " ".join(rows) + " 五、存在的主要问题及改进情况 无。")
    tables, facts, _ = parse(text)
    got = {f.indicator: (f.value, f.repaired) for f in facts}
    assert got["apply.processed.natural_person"] == (11, True)
    assert got["apply.processed.commercial"] == (0, True)
    assert got["apply.received.natural_person"] == (11, True)
    assert got["apply.result.disclosed.natural_person"] == (9, True)
    assert _report_of(text).check() == []


def test_blank_html_cells_keep_their_column():
    """A blank <td> is an unknown cell: it is not reported and does not shift the others."""
    html = _html_table3().replace(
        '<td colspan="3">一、本年新收政府信息公开申请数量</td><td>29</td><td>6</td><td>0</td><td>0</td>',
        '<td colspan="3">一、本年新收政府信息公开申请数量</td><td>29</td><td>6</td><td></td><td> </td>')
    text = html_to_text(html)
    assert "一、本年新收政府信息公开申请数量 | | | 29 | 6 | | | 0 | 0 | 35" in text
    tables, facts, _ = parse(text)
    got = {f.indicator: f.value for f in facts}
    assert got["apply.received.natural_person"] == 29 and got["apply.received.total"] == 35
    assert got["apply.received.legal_service"] == 0
    assert "apply.received.research" not in got and "apply.received.public_interest" not in got
    assert cells(facts, {"table4"}, tables) == gold.SEED003_T4


def test_parse_report_keeps_table_values():
    import gknlp

    report = gknlp.parse_report(next(SEEDS.glob("003_*.txt")))
    table = [f for f in report.facts if f.source == "table"]
    assert len(table) == 198
    values = report.indicators()
    assert values["apply.received.total"] == 35 and values["procurement.amount"] == 168000000
    assert values["permits.penalty.items_change"] == -167
    assert not [v for v in report.check() if v.rule.startswith("apply.")]


def test_data_table_with_one_year_per_line():
    """Seed 000's chart data written as (year, value) lines: years are headers, not facts."""
    text = "近年来主动公开情况如下。\n年份 | 主动公开信息数\n2013 | 3148\n2014 | 4524\n2015 | 22390\n2016 | 29070\n2017 | 34207\n"
    tables, facts, _ = parse(text)
    assert [t.kind for t in tables] == ["data"]
    assert [(f.text, f.indicator, f.confidence) for f in facts] == [
        ("3148", "proactive.total", 0.3), ("4524", "proactive.total", 0.3), ("22390", "proactive.total", 0.3),
        ("29070", "proactive.total", 0.3), ("34207", "proactive.total", 1.0)]
    assert facts[-1].label == "主动公开信息数（2017）"


def test_table3_with_a_subtotal_column():
    """Some local editions print 法人或其他组织 小计 between 自然人 and the five organisation columns."""
    grid = [["申请人情况"], ["自然人", "法人或其他组织", "总计"], ["小计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    for label, _stem, values in gold.T3_ROWS:
        grid.append([label, str(values[0]), str(sum(values[1:6]))] + [str(v) for v in values[1:]])
    text = "三、收到和处理政府信息公开申请情况\n" + _render(grid, "pipe_rows")
    tables, facts, _ = parse(text)
    got = [(f.value, f.indicator) for f in facts if not f.indicator.endswith(".legal_person")]
    assert got == gold.SEED003_T3
    sub = {f.indicator: f.value for f in facts if f.indicator.endswith(".legal_person")}
    assert sub["apply.received.legal_person"] == 6 and len(sub) == 23


def test_serial_number_column_is_not_a_value():
    rows = [["序号", "统计指标", "单位", "统计数"], ["1", "(一)主动公开政府信息数", "条", "128"],
            ["2", "1、政府公报公开政府信息数", "条", "0"], ["3", "2、政府网站公开政府信息数", "条", "40"],
            ["4", "四、行政复议数量", "件", "2"], ["5", "(一)维持具体行政行为数", "件", "1"]]
    for layout in ("pipe_rows", "lines", "markdown"):
        tables, facts, _ = parse("附表\n" + _render(rows, layout))
        assert [(f.value, f.indicator) for f in facts] == [
            (128, "proactive.total"), (0, "proactive.channel.gazette"), (40, "proactive.channel.website"),
            (2, "review.total"), (1, "review.upheld")], layout


def test_transposed_table4_is_not_guessed():
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 未经复议直接起诉 | 复议后起诉\n结果维持 | 0 | 1 | 0\n"
            "结果纠正 | 2 | 0 | 0\n其他结果 | 0 | 0 | 0\n尚未审结 | 0 | 0 | 0\n总计 | 2 | 1 | 0\n五、存在的主要问题及改进情况\n无。\n")
    tables, facts, _ = parse(text)
    assert not [f for f in facts if f.indicator and f.indicator.startswith(("review.", "litigation."))]


def test_labels_wrapped_over_two_lines():
    """PDF text: long labels wrap, the values follow on the second line."""
    text = ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 29 6 0 0 0 0 35\n"
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n三、本年度办理结果\n（一）予以公开 23 5 0 0 0 0 28\n"
            "（二）部分公开（区分处理的，只计这\n一情形，不计其他情形） 6 1 0 0 0 0 7\n"
            "八、机构建设和保障经费情况\n")
    tables, facts, _ = parse(text)
    got = {f.indicator: f.value for f in facts}
    assert got["apply.result.partial.natural_person"] == 6 and got["apply.result.partial.total"] == 7
    old = ("附表\n统计指标 单位 统计数\n(三)从事政府信息公开工作人员数 人 3\n1、专职人员数(不包括政府公报及\n"
           "政府网站工作人员数) 人 1\n2、兼职人员数 人 2\n(四)政府信息公开专项经费 万元 0.5\n")
    tables, facts, _ = parse(old)
    assert [(f.value, f.indicator, f.unit) for f in facts] == [
        (3, "staff.total", "人"), (1, "staff.full_time", "人"), (2, "staff.part_time", "人"),
        (5000, "staff.funds.total", "元")]


def test_enumerations_in_sentences_are_not_tables():
    """Running text with many labelled numbers stays with the narrative stage."""
    text = ("二、主动公开政府信息情况\n全年主动公开政府信息1234条，其中政府网站公开1000条，政府公报公开34条，"
            "其他方式公开200条。\n三、依申请公开情况\n本年新收政府信息公开申请数量35件，上年结转0件，予以公开28件，部分公开7件。\n")
    assert parse(text)[:2] == ([], [])
    tables, facts, _ = parse(seed("001"))  # a narrative-only report
    assert tables == []


def _t2_grid() -> list[list[str]]:
    head = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]
    return [["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "0", "0", "0"], ["规范性文件", "6", "6", "36"],
            ["第二十条第（五）项"], head, ["行政许可", "1259", "+3", "18249"], ["其他对外管理服务事项", "2", "0", "0"],
            ["第二十条第（六）项"], head, ["行政处罚", "1433", "-167", "1266"], ["行政强制", "146", "+18", "164"],
            ["第二十条第（八）项"], head[:3], ["行政事业性收费", "45", "-2"],
            ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", "123", "16800万元"]]


@pytest.mark.parametrize("layout", LAYOUTS + ["html"])
def test_table2_in_every_layout(layout):
    grid = _t2_grid()
    if layout == "html":
        body = "<table>" + "".join(
            "<tr>" + "".join(f'<td colspan="{4 - len(r) + 1}">{c}</td>' if i == 0 and len(r) < 4 else f"<td>{c}</td>"
                             for i, c in enumerate(r)) + "</tr>" for r in grid) + "</table>"
        block = html_to_text(f"<html><body>{body}</body></html>")
    else:
        block = _render(grid, layout)
    text = "汉滨区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + block + "\n三、收到和处理政府信息公开申请情况\n无。\n"
    tables, facts, _ = parse(text)
    assert [t.kind for t in tables] == ["table2"]
    assert cells(facts) == gold.SEED003_T2
