"""2008-era 统计表 (统计指标 / 单位 / 统计数, 指标名称 / 计量单位 / 年度 / 历年累计) and chart-like
data tables in the narrative.

Rows are linked by their label (:func:`gknlp.tables.formats.match_old_row`), using the heading
rows above them ('四、行政复议数量' …) to choose between rows of the same wording.  A table with a
历年累计 column has two value columns: this year and cumulative; a fused two-cell run
('20263542') is split into the reading with balanced digit lengths where cumulative ≥ this year.
"""
from __future__ import annotations

from typing import Sequence

import regex

from gknlp.tables import repair
from gknlp.tables.formats import config, core_label, labels, match_old_row, norm_label
from gknlp.tables.model import Cell, Row, Table
from gknlp.tables.reconstruct import Candidate
from gknlp.taxonomy import get_taxonomy

_TOP = regex.compile(r"^[一二三四五六七八九十]{1,3}[、.]")
_SUB = regex.compile(r"^\([一二三四五六七八九十]{1,3}\)")
_YEAR_COL = regex.compile(r"((?:19|20)\d{2})年(?:度)?")
_HEADER_WORDS = regex.compile(r"统计表|统计指标|指标名称|单位|统计数|小计|历年累计|年份|年度")
_LABEL_OK = regex.compile(r"\p{Han}{2}")
_BAD_LABEL = regex.compile(r"[:@：]|电话|邮编|传真|网址|邮箱|地址")


def read(cand: Candidate) -> Table | None:
    """A 2008-era statistics table, or None when fewer than three rows are known rows."""
    rows = cand.rows
    if len(cand.value_rows) < 3:
        return None
    header = "".join(norm_label(r.label) for r in rows[:8])
    if "序号" in header:
        _drop_serials(cand.value_rows)
    cfg = config()["stats_columns"]
    two_cols = any(w in header for w in cfg["cumulative"])
    year_m = _YEAR_COL.search(header)
    col_names = [(year_m.group(0) if year_m else "本年",), ("历年累计",)] if two_cols else [("统计数",)]
    fmt_votes = {"f2008": 0, "f2008_local": 0}
    known = 0
    left = sum(1 for r in rows if r.cells)  # value rows not looked at yet
    top: str = ""
    sub: str = ""
    prev = ""
    for r in rows:
        lab = norm_label(r.label)
        if _TOP.match(lab):
            top, sub = lab, ""
        elif _SUB.match(lab):
            sub = lab
        if not r.cells:
            prev = r.label
            continue
        if known + left < 3:
            return None  # three known rows can no longer be reached
        left -= 1
        hit = _match(r.label, prev, [top, sub], None)
        prev = ""
        if hit is not None:
            known += 1
            if hit.fmt in fmt_votes:
                fmt_votes[hit.fmt] += 1
    if known < 3:
        return None
    ranked = sorted(fmt_votes, key=fmt_votes.get, reverse=True)
    fmt = ranked[0] if fmt_votes[ranked[0]] > fmt_votes[ranked[1]] else None
    if two_cols:
        fmt = "f2008_local"  # the national 2014 form has no 历年累计 column
    used: list[Row] = []
    top = sub = prev = ""
    # a table that writes two value cells apart somewhere leaves a missing 历年累计 cell empty: there a
    # lone spaced number ('主动公开信息数 条 2026') is one cell; otherwise a run after spaces is read
    # like a glued one ('主动公开信息数条 20263542' = '主动公开信息数条20263542')
    spaced_runs = two_cols and not any(len(r.cells) >= 2 and not r.fused for r in rows)
    for r in rows:
        lab = norm_label(r.label)
        if _TOP.match(lab):
            top, sub = lab, ""
        elif _SUB.match(lab):
            sub = lab
        if not r.cells:
            prev = r.label
            continue
        hit = _match(r.label, prev, [top, sub], fmt)
        prev = ""
        if (two_cols and len(r.cells) == 1 and (r.fused or (spaced_runs and r.inline))
                and r.cells[0].text.isdigit() and len(r.cells[0].text) > 1):
            pairs = repair.balanced_pairs(r.cells[0].text)
            if len(pairs) != 1:
                continue  # not certain: report nothing
            _cut_pair(r, pairs[0])
        ind = hit.id if hit is not None else None
        r.key = ind
        r.path = tuple(x for x in (top, sub, lab) if x)
        unit = r.unit
        for c in r.cells:
            c.header = col_names[c.col] if c.col < len(col_names) else ()
            if two_cols and c.col == 1:
                c.indicator = labels().get("cumulative", {}).get(ind) if ind else None
                if c.indicator and c.indicator not in get_taxonomy():
                    c.indicator = None
            elif c.col == 0:
                c.indicator = ind
            _apply_unit(c, unit)
        used.append(r)
    if not used:
        return None
    start = _start(rows, used[0])
    end = max(c.end for r in used for c in r.cells)
    table = Table(start=start, end=end, kind="stats", format=fmt, rows=used,
                  columns=[tuple(c) for c in col_names])
    table.title = next((r.label for r in rows if "统计表" in r.label), None)
    return table


def _year_pairs(vals: Sequence) -> list[str]:
    """Years of a row read as (year, value) pairs, or [] when it is not one."""
    if len(vals) < 4 or len(vals) % 2:
        return []
    years = vals[0::2]
    if all(isinstance(v, int) and 1990 <= v <= 2100 for v in years) and sorted(set(years)) == sorted(years):
        return [str(v) for v in years]
    return []


def _start(rows: Sequence[Row], first: Row) -> int:
    """Table start: the first value row, or the header rows just above it (统计指标/单位 …)."""
    i = rows.index(first)
    start = first.label_start
    for r in reversed(rows[max(0, i - 6) : i]):
        lab = norm_label(r.label)
        if _HEADER_WORDS.search(lab) or _TOP.match(lab) or _SUB.match(lab) or len(lab) <= 12:
            start = r.label_start
        else:
            break
    return start


def _match(label: str, before: str, context: list[str], fmt: str | None):
    """The old-format row of ``label``; a label broken over two lines ('2、专职人员数（不包括政府公报及'
    + '政府网站工作人员数）') is tried joined with the label-only row just above it."""
    hit = match_old_row(label, context, fmt)
    if hit is None and before and not _TOP.match(norm_label(label)):
        hit = match_old_row(before + label, context, fmt)
    return hit


def _drop_serials(value_rows: Sequence[Row]) -> None:
    """'序号 | 统计指标 | 单位 | 统计数' tables: the serial number before each label ends up as the
    last cell of the row above; remove the run 1, 2, 3 … of such trailing cells."""
    tails = [r for r in value_rows if r.cells and r.cells[-1].value is not None]
    expected = 1
    serial_rows = []
    for r in tails:
        if r.cells[-1].value == expected and r.cells[-1].text.isdigit():
            serial_rows.append(r)
            expected += 1
    if len(serial_rows) >= 3 and len(serial_rows) >= len(tails) - 2:
        for r in serial_rows:
            r.cells.pop()


def _cut_pair(row: Row, pair: tuple[int, int]) -> None:
    c = row.cells[0]
    w = len(str(pair[0]))
    row.cells = [
        Cell(c.text[:w], c.start, c.start + w, pair[0], col=0, repaired=True),
        Cell(c.text[w:], c.start + w, c.end, pair[1], col=1, repaired=True),
    ]


def _apply_unit(c: Cell, unit: str | None) -> None:
    """Scale a bare number by the row's 单位 (万元 → ×10000 元) and record the canonical unit."""
    if c.value is None or c.unit is not None or not unit:
        return
    if unit in ("万元", "亿元"):
        factor = 10_000 if unit == "万元" else 100_000_000
        v = round(c.value * factor, 6)
        c.value = int(v) if float(v).is_integer() else v
        c.unit = "元"
    else:
        c.unit = unit


def read_data(cand: Candidate) -> Table | None:
    """A chart-like data table ('年份 2013 … 2017 / 主动公开信息数 3148 … 34207'), or None.

    Accepted only when every value row has a plain label (Chinese, no ':' or '@', no phone-like
    numbers) and there are at least two value rows."""
    value_rows = cand.value_rows
    if len(value_rows) < 2 and not (value_rows and _year_pairs([c.value for c in value_rows[0].cells])):
        return None
    for r in value_rows:
        lab = core_label(r.label)
        if r.inline or "," in lab:
            return None
        if not _LABEL_OK.search(lab) or _BAD_LABEL.search(r.label) or len(lab) > 30:
            return None
        if any(c.text[:1] == "0" and len(c.text) > 1 and c.text[1:2].isdigit() for c in r.cells):
            return None
    years: list[str] = []
    used: list[Row] = []
    tax = get_taxonomy()
    for r in value_rows:
        vals = [c.value for c in r.cells]
        if all(isinstance(v, int) and 1990 <= v <= 2100 for v in vals) and len(vals) >= 2:
            years = [str(v) for v in vals]  # a header row of years
            continue
        lab = core_label(r.label)
        pair_years = _year_pairs(vals)
        if pair_years:  # '2013 | 3148 | 2014 | 4524 …': one (year, value) pair per line
            r.cells = [c for i, c in enumerate(r.cells) if i % 2 == 1]
            for i, c in enumerate(r.cells):
                c.col = i
            years = pair_years
        ids = tax.lookup_alias(lab)
        for c in r.cells:
            c.header = (years[c.col],) if c.col < len(years) else ()
            c.indicator = None
        if len(ids) == 1 and (years or len(r.cells) == 1):
            latest = max(range(len(r.cells)), key=lambda i: years[i] if i < len(years) else "")
            for i, c in enumerate(r.cells):
                c.indicator = ids[0]
                if years and i != latest:
                    c.repaired = False
                    c.stale = True  # an earlier year's value: same indicator, low confidence
        r.key = ids[0] if len(ids) == 1 else None
        _ = [_apply_unit(c, r.unit) for c in r.cells]
        used.append(r)
    if not used:
        return None
    start = _start(cand.rows, value_rows[0])
    end = max(c.end for r in used for c in r.cells)
    cols = [(y,) for y in years]
    return Table(start=start, end=end, kind="data", format=None, rows=used, columns=cols)
