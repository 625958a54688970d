"""The table model: :class:`Table` → :class:`Row` → :class:`Cell`, every piece with a span.

Spans are offsets into the text given to :func:`gknlp.tables.read_tables` (the folded text, which
has the length of the input, so they are input offsets too).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cell:
    """One numeric cell.  ``text == text[start:end]``; ``value`` has the scale applied (万元 → 元)."""

    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None = None  # canonical unit written in the cell or the row's 单位 column
    col: int = 0
    header: tuple[str, ...] = ()  # column header path ("法人或其他组织", "商业企业")
    path: str | None = None  # official label path of the cell (taxonomy ``formats:`` wording)
    indicator: str | None = None
    repaired: bool = False  # value recovered by splitting fused digits with the identities
    signed: bool = False  # written with an explicit + / − sign (本年增/减)
    stale: bool = False  # an earlier year's value in a multi-year data table (low confidence)


@dataclass
class Row:
    """One table row: its label (row header), the unit column and the numeric cells."""

    label: str
    label_start: int
    label_end: int
    cells: list[Cell] = field(default_factory=list)
    unit: str | None = None  # unit column as written (条, 件, 万元 …)
    path: tuple[str, ...] = ()  # row header path (parent headings … own label)
    key: str | None = None  # template row key / taxonomy stem once recognised
    fused: bool = False  # values were one digit run without separators
    inline: bool = False  # some value shares its line with the text before it (no "|" or line break)

    @property
    def values(self) -> list[float | int | None]:
        return [c.value for c in self.cells]


@dataclass
class Table:
    """A statistics table read from flattened text.

    ``kind`` is table2 / table3 / table4 (the 2019/2021 official tables), stats (the 2008-era
    统计表) or data (a chart-like data table in the narrative); ``format`` is f2008 / f2008_local /
    f2019 / f2021 or None.
    """

    start: int
    end: int
    kind: str
    format: str | None = None
    rows: list[Row] = field(default_factory=list)
    columns: list[tuple[str, ...]] = field(default_factory=list)  # value-column header paths
    title: str | None = None
    layout: str | None = None  # lines / pipes / spaces / fused
    section: str | None = None  # kind of the report section the table is in

    def cells(self) -> list[Cell]:
        return [c for r in self.rows for c in r.cells]

    def __len__(self) -> int:
        return len(self.rows)
