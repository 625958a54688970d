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
    kinds: dict[tuple, str | None] = {}  # (unit, indicator) → unit kind, for this call only
    out: list[Fact] = []
    for ti, table in enumerate(tables):
        multi = len({c.col for r in table.rows for c in r.cells}) > 1
        for ri, row in enumerate(table.rows):
            base = None
            for cell in row.cells:
                if cell.value is None or cell.end <= cell.start:
                    continue
                if base is None:
                    base = core_label(row.path[-1]) if row.path else core_label(row.label)
                out.append(_fact(text, tax, kinds, table, ti, ri, row, cell, multi, base))
    return out


def _label(row: Row, cell: Cell, multi: bool, base: str | None = None) -> str:
    if base is None:
        base = core_label(row.path[-1]) if row.path else core_label(row.label)
    if multi and cell.header:
        return f"{base}（{' / '.join(cell.header)}）" if base else " / ".join(cell.header)
    return base


def _kind(tax, unit: str | None, indicator: str | None) -> str | None:
    kind = tax.unit_kind(unit) if unit else None
    if kind is None and indicator:
        kind = tax.unit_kind(tax.unit_of(indicator))
    return kind


def _fact(text: str, tax, kinds: dict, table: Table, ti: int, ri: int, row: Row, cell: Cell, multi: bool,
          base: str) -> Fact:
    unit = cell.unit
    key = (unit, cell.indicator)
    kind = kinds[key] if key in kinds else kinds.setdefault(key, _kind(tax, unit, cell.indicator))
    if cell.signed or (cell.header and "增/减" in cell.header[-1]):
        kind = "change"
    labelled = row.label_end > row.label_start
    return Fact(
        text=text[cell.start : cell.end],
        start=cell.start,
        end=cell.end,
        value=cell.value,
        unit=unit,
        kind=kind or "count",
        label=_label(row, cell, multi, base),
        indicator=cell.indicator,
        source="table",
        confidence=0.3 if cell.stale else 0.8 if cell.repaired else 1.0,
        label_start=row.label_start if labelled else None,
        label_end=row.label_end if labelled else None,
        section=table.section,
        table=ti,
        row=ri,
        col=cell.col,
        repaired=cell.repaired,
    )
