"""Table cells → :class:`gknlp.report.Fact` (source="table")."""
from __future__ import annotations

from typing import Sequence

from gknlp.report import Fact, ReportMeta
from gknlp.tables.formats import core_label
from gknlp.tables.model import Cell, Row, Table
from gknlp.taxonomy import get_taxonomy


def table_facts(text: str, tables: Sequence[Table], meta: ReportMeta | None = None) -> list[Fact]:
    """One fact per numeric cell with a known value, with table/row/col indices and indicator."""
    tax = get_taxonomy()
    out: list[Fact] = []
    for ti, table in enumerate(tables):
        multi = len({c.col for c in table.cells()}) > 1
        for ri, row in enumerate(table.rows):
            for cell in row.cells:
                if cell.value is None or cell.end <= cell.start:
                    continue
                out.append(_fact(text, tax, table, ti, ri, row, cell, multi))
    return out


def _label(row: Row, cell: Cell, multi: bool) -> str:
    base = core_label(row.path[-1]) if row.path else core_label(row.label)
    if multi and cell.header:
        return f"{base}（{' / '.join(cell.header)}）" if base else " / ".join(cell.header)
    return base


def _fact(text: str, tax, table: Table, ti: int, ri: int, row: Row, cell: Cell, multi: bool) -> Fact:
    unit = cell.unit
    kind = tax.unit_kind(unit) if unit else None
    if kind is None and cell.indicator:
        kind = tax.unit_kind(tax.unit_of(cell.indicator))
    if cell.signed or (cell.header and "增/减" in cell.header[-1]):
        kind = "change"
    return Fact(
        text=text[cell.start : cell.end],
        start=cell.start,
        end=cell.end,
        value=cell.value,
        unit=unit,
        kind=kind or "count",
        label=_label(row, cell, multi),
        indicator=cell.indicator,
        source="table",
        confidence=0.3 if cell.stale else 0.8 if cell.repaired else 1.0,
        label_start=row.label_start if row.label_end > row.label_start else None,
        label_end=row.label_end if row.label_end > row.label_start else None,
        section=table.section,
        table=ti,
        row=ri,
        col=cell.col,
        repaired=cell.repaired,
    )
