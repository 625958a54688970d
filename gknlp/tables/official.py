"""表二/表三/表四 of the 2019 and 2021 report formats.

The official tables have fixed rows and columns (``gknlp/data/tables.yaml``), so a row is
recognised by its label and its cells are numbered by the official column order; each cell's
official path ('表三 / 三、本年度办理结果 / （一）予以公开 / 法人或其他组织 / 商业企业') is looked up
among the taxonomy's ``formats:`` paths.  Fused digit runs are split under the sum rules of the
table (:mod:`gknlp.tables.repair`); a run that still has several readings keeps only the cells all
readings agree on, after cross-row identities had their say.
"""
from __future__ import annotations

import functools
from typing import Sequence

import regex

from gknlp.tables import repair
from gknlp.tables.formats import config, core_label, indicator_for_path, norm_label
from gknlp.tables.lexer import digits_value
from gknlp.tables.model import Cell, Row, Table
from gknlp.tables.reconstruct import Candidate

_DIGITS = regex.compile(r"\d+")
_SIGNED_DIGITS = regex.compile(r"[+-]?\d+")
_T4_COLUMN_WORD = regex.compile(r"(?:结果维持|结果纠正|其他结果|尚未审结|总计)$")
_NOTE = regex.compile(r"\([^()]{0,200}\)$")


def edition_of_text(text: str) -> str | None:
    """f2021 / f2019 when the column words of one edition occur in the text."""
    off = config()["official"]
    for edition in ("f2021", "f2019"):
        words = off["table2"]["editions"][edition] + off["table3"].get("editions", {}).get(edition, [])
        if any(w in text for w in words):
            return edition
    return None


def read(cand: Candidate, section_kind: str | None, edition: str | None, text: str) -> Table | None:
    """The official table in ``cand``, or None."""
    rows = cand.rows
    n = len(cand.value_rows)
    t3 = _table3(rows, edition) if n >= 3 else None
    if t3 is not None:
        return t3
    t2 = _table2(rows, edition, text) if n >= 2 else None
    if t2 is not None:
        return t2
    return _table4(rows, section_kind, edition)


# ---------------------------------------------------------------- helpers
def _contexts(rows: Sequence[Row]) -> list[tuple[Row, str, str]]:
    """Value rows with their normalized label and the normalized labels of the label-only rows
    right before them (headers, parent headings, labels broken over several lines)."""
    out = []
    ctx: list[str] = []
    for r in rows:
        if r.cells:
            out.append((r, norm_label(r.label), "".join(ctx)))
            ctx = []
        else:
            ctx.append(norm_label(r.label))
    return out


def _last_match(pattern: regex.Pattern, s: str) -> int:
    """End of the last match of ``pattern`` in ``s`` (-1 when none)."""
    end = -1
    for m in pattern.finditer(s):
        end = m.end()
    return end


def _table_from(rows: Sequence[Row], kind: str, edition: str | None, used: list[Row]) -> Table:
    start = min(r.label_start for r in rows)
    end = max(c.end for r in used for c in r.cells)
    return Table(start=start, end=end, kind=kind, format=edition, rows=list(used))


def _split_values(row: Row, k: int, sums: Sequence[Sequence[int]]) -> list[tuple[int, ...]]:
    """Readings of a fused row with fewer cells than ``k`` (empty when it cannot be split)."""
    if len(row.cells) >= k or not (row.fused or len(row.cells) == 1):
        return []
    if not all(_SIGNED_DIGITS.fullmatch(c.text) for c in row.cells):
        return []
    return repair.split_run([c.text for c in row.cells], k, sums)


def _cuts(row: Row, reading: Sequence[int]) -> list[tuple[str, int, int, int]]:
    """(text, start, end, value) of each value of ``reading`` cut from the row's digit run(s)."""
    offsets = [c.start + i for c in row.cells for i in range(len(c.text))]
    chars = "".join(c.text for c in row.cells)
    out, pos = [], 0
    for v in reading:
        if chars[pos : pos + 1] == "+":
            v_text = "+" + str(v)
        else:
            v_text = str(v)
        w = len(v_text)
        out.append((chars[pos : pos + w], offsets[pos], offsets[pos + w - 1] + 1, v))
        pos += w
    return out


def _place(row: Row, readings: list[tuple[int, ...]]) -> None:
    """Give a fused row the cells of its reading(s), marked repaired.  With several readings only
    the cells they all agree on (same value at the same place) keep a value; the others are kept
    as unknown (value None, never reported)."""
    cuts = [_cuts(row, r) for r in readings]
    cells = []
    for col, first in enumerate(cuts[0]):
        same = all(c[col] == first for c in cuts[1:])
        text, s, e, v = first
        cells.append(Cell(text, s, e, v if same else None, col=col, repaired=True))
    row.cells = cells
    row.fused = True


# ---------------------------------------------------------------- table 3
@functools.lru_cache(maxsize=4)
def _table3_rows(edition: str | None) -> tuple[tuple[int, regex.Pattern], ...]:
    """(index, pattern) of the table-3 rows of an edition (rows limited to other editions left out)."""
    rows_cfg = config()["official"]["table3"]["rows"]
    return tuple((i, r["re"]) for i, r in enumerate(rows_cfg)
                 if not (edition and r.get("formats") and edition not in r["formats"]))


def _match_table3(label: str, ctx: str, edition: str | None, after: int) -> int | None:
    anyrow = _any_table3_row()
    rows = _table3_rows(edition)
    for source in (label, ctx + label):
        if anyrow.search(source) is None:
            continue  # no row pattern occurs in it: every row's last match is -1
        best, best_end = None, -1
        for i, pattern in rows:
            if pattern.search(source) is None:
                continue  # end -1 never replaces the best so far
            end = _last_match(pattern, source)
            if end > best_end or (end == best_end and best is not None and best < after <= i):
                best, best_end = i, end
        if best is not None and best_end >= 0:
            return best
    return None


@functools.lru_cache(maxsize=1)
def _any_table3_row() -> regex.Pattern:
    """One pattern for 'some table-3 row label occurs here' (quick rejection of narrative)."""
    return regex.compile("|".join(f"(?:{r['match']})" for r in config()["official"]["table3"]["rows"]))


def _table3(rows: Sequence[Row], edition: str | None) -> Table | None:
    cfg = config()["official"]["table3"]
    k = len(cfg["columns"])
    contexts = _contexts(rows)
    anyrow = _any_table3_row()
    hits = 0
    for _r, label, ctx in contexts:
        if anyrow.search(ctx + label):
            hits += 1
            if hits == 3:
                break
    else:
        return None  # fewer than three rows name a table-3 row
    matched: list[tuple[Row, int]] = []
    last = -1
    for row, label, ctx in contexts:
        idx = _match_table3(label, ctx, edition, last)
        if idx is None:
            continue
        matched.append((row, idx))
        last = idx
    strong = {i for _, i in matched}
    if len(strong) < 3:
        return None
    used: list[Row] = []
    pending: list[tuple[Row, list[tuple[int, ...]]]] = []
    subtotals: list[tuple[Row, Cell]] = []
    for row, idx in matched:
        if len(row.cells) == k + 1 and _has_subtotal(row.cells):
            # a local 8-column edition with a 法人或其他组织 小计 column after 自然人
            sub = row.cells.pop(1)
            for i, c in enumerate(row.cells):
                c.col = i
            sub.col = k
            subtotals.append((row, sub))
        if len(row.cells) != k:
            readings = _split_values(row, k, cfg["sums"])
            if not readings:
                continue
            if len(readings) > 1:
                pending.append((row, readings))
            else:
                _place(row, readings)
        row.key = "表三 / " + cfg["rows"][idx]["path"]
        used.append(row)
    if not used:
        return None
    for row, readings in pending:  # keep the numbered cells of the others for the identities
        _place(row, readings)
    for row in used:
        _label_row(row, row.key, cfg["columns"], edition)
    for _ in range(3):  # resolved rows can settle others (a column's 勾稽关系 needs all its rows)
        changed = False
        for row, readings in pending:
            before = [c.value for c in row.cells]
            _resolve(used, row, readings, edition)
            _label_row(row, row.key, cfg["columns"], edition)
            changed |= before != [c.value for c in row.cells]
        if not changed:
            break
    for row, sub in subtotals:
        total = row.cells[-1].indicator
        sub.header = ("法人或其他组织", "小计")
        sub.indicator = total[: -len("total")] + "legal_person" if total and total.endswith(".total") else None
        row.cells.insert(1, sub)
    table = _table_from(rows, "table3", edition, used)
    table.columns = [tuple(c) for c in cfg["columns"]]
    table.title = "收到和处理政府信息公开申请情况"
    return table


def _label_row(row: Row, row_path: str, columns: Sequence[Sequence[str]], edition: str | None, unit: str | None = None) -> None:
    row.path = tuple(p.strip() for p in row_path.split("/"))
    row.key = row_path
    for c in row.cells:
        if c.col >= len(columns):
            continue
        header = tuple(columns[c.col])
        c.header = header
        c.path = row_path + " / " + " / ".join(header)
        c.indicator = indicator_for_path(c.path, edition)
        if unit == "万元" and c.value is not None and c.unit is None:
            c.value = round(c.value * 10_000, 6)
            if isinstance(c.value, float) and c.value.is_integer():
                c.value = int(c.value)
            c.unit = "元"


def _has_subtotal(cells: Sequence[Cell]) -> bool:
    """自然人, 小计, five organisation columns, 总计 — with 小计 = the five and 总计 = 自然人 + 小计."""
    v = [c.value for c in cells]
    if any(x is None for x in v):
        return False
    return abs(v[1] - sum(v[2:7])) < 1e-9 and abs(v[7] - (v[0] + v[1])) < 1e-9


def _resolve(rows: Sequence[Row], row: Row, readings: list[tuple[int, ...]], edition: str | None) -> None:
    """Keep the readings of a fused row that violate the fewest identities of the taxonomy
    (given the other rows' values); place the survivors (cells they disagree on stay unknown)."""
    from gknlp import validate

    base = {c.indicator: c.value for r in rows if r is not row for c in r.cells
            if c.indicator and c.value is not None}
    ids = [c.indicator for c in row.cells]
    scores = []
    for reading in readings:
        vals = dict(base)
        vals.update({i: v for i, v in zip(ids, reading) if i})
        vals.update(validate.derive(vals, edition))
        scores.append(len(validate.check(vals, edition)))
    best = min(scores)
    _place(row, [r for r, sc in zip(readings, scores) if sc == best])


# ---------------------------------------------------------------- table 2
def _table2(rows: Sequence[Row], edition: str | None, text: str) -> Table | None:
    off = config()["official"]["table2"]
    labels_all = "".join(norm_label(r.label) for r in rows)
    ed = edition
    for e in ("f2019", "f2021"):
        if any(w in labels_all for w in off["editions"][e]):
            ed = e
            break
    if ed is None:
        ed = "f2021" if "本年处理决定数量" in labels_all else "f2019"
    groups = off[ed]
    contexts = _contexts(rows)
    any_row = _any_table2_row(ed)
    if not any(any_row.search(_NOTE.sub("", label)) for _r, label, _c in contexts):
        return None  # no row is a known 表二 row: nothing would be read
    used: list[Row] = []
    current = None  # the sub-table (第二十条第（X）项) the rows are in
    for row, label, ctx in contexts:
        for g in groups:
            if g["re"].search(ctx + label):
                current = g
        bare = _NOTE.sub("", label)
        hit = None
        for g in groups:
            for r in g["rows"]:
                if r["re"].search(bare):
                    hit = (g, r)
                    break
            if hit:
                break
        if hit is None:
            if current is not None and used and len(row.cells) == len(current["columns"]):
                # a local extra row ('其他主动公开文件'): read, no indicator
                path = f"表二 / {current['title']} / {core_label(row.label)}"
                _label_row(row, path, [[c] for c in current["columns"]], ed, unit=current.get("unit"))
                used.append(row)
            continue
        g, r = hit
        current = g
        k = len(g["columns"])
        if len(row.cells) < k:
            readings = _split_values(row, k, ())
            if not readings:
                continue
            readings = _by_evidence(readings, text, row) if len(readings) > 1 else readings
            if not readings:
                continue
            _place(row, readings)
        path = f"表二 / {g['title']} / {r['label']}"
        _label_row(row, path, [[c] for c in g["columns"]], ed, unit=g.get("unit"))
        used.append(row)
    if len(used) < 2:
        return None
    table = _table_from(rows, "table2", ed, used)
    table.title = "主动公开政府信息情况"
    return table


@functools.lru_cache(maxsize=4)
def _any_table2_row(edition: str) -> regex.Pattern:
    """One pattern for 'some 表二 row label of this edition occurs here' (quick rejection)."""
    return regex.compile("|".join(f"(?:{r['match']})" for g in config()["official"]["table2"][edition] for r in g["rows"]))


def _by_evidence(readings: list[tuple[int, ...]], text: str, row: Row) -> list[tuple[int, ...]]:
    """Readings of an ambiguous fused row kept by narrative evidence: the reading most of whose
    values (≥ 10) are written elsewhere in the report as numbers; ties give nothing."""
    found = {digits_value(m.group(), -1) for m in _DIGITS.finditer(text)
             if not (row.cells[0].start <= m.start() < row.cells[-1].end)}
    scored = [(sum(1 for v in r if v >= 10 and v in found), r) for r in readings]
    best = max(s for s, _ in scored)
    winners = [r for s, r in scored if s == best]
    if best >= 2 and len(winners) == 1:
        return winners
    return []


# ---------------------------------------------------------------- table 4
def _table4(rows: Sequence[Row], section_kind: str | None, edition: str | None) -> Table | None:
    cfg = config()["official"]["table4"]
    header = "".join(norm_label(r.label) for r in rows)
    hits = sum(1 for w in cfg["header_words"] if w in header)
    if hits < 3:
        return None
    k = len(cfg["columns"])
    first = next((i for i, r in enumerate(rows) if "行政复议" in norm_label(r.label)), 0)
    value_rows = [r for r in rows[first:] if r.cells]
    if not value_rows:
        return None
    row = value_rows[0]
    if len(row.cells) < k and any(_T4_COLUMN_WORD.search(norm_label(r.label)) for r in value_rows[1:4]):
        return None  # one row per result ('结果维持 | 0 | 0 | 0'): a transposed layout, not guessed
    cells = [c for r in value_rows for c in r.cells]
    if len(cells) >= k:
        take = cells[:k]
        row = Row(value_rows[0].label, value_rows[0].label_start, value_rows[0].label_end, cells=take)
        for i, c in enumerate(take):
            c.col = i
    else:
        merged = Row(row.label, row.label_start, row.label_end, cells=cells, fused=any(r.fused for r in value_rows))
        readings = _split_values(merged, k, cfg["sums"])
        if not readings:
            return None
        _place(merged, readings)
        row = merged
    _label_row(row, "表四", [c.split(" / ") for c in cfg["columns"]], edition)
    row.label = "行政复议、行政诉讼"
    table = _table_from(rows, "table4", edition, [row])
    table.columns = [tuple(c.split(" / ")) for c in cfg["columns"]]
    table.title = "政府信息公开行政复议、行政诉讼情况"
    return table
