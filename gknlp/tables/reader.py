"""The table stage: table candidates of the whole text, cut at section boundaries, recognised.

Recognition order for each piece: an official 2019/2021 table (表二/三/四), a 2008-era 统计表,
a chart-like data table; pieces that are none of these are not tables (their numbers stay with
the narrative stage).
"""
from __future__ import annotations

import bisect
from typing import Sequence

from gknlp.tables import official, stats
from gknlp.tables.model import Row, Table
from gknlp.tables.reconstruct import Candidate, rows_of


def read_tables(text: str, sections: Sequence | None = None) -> list[Table]:
    """Tables of a (folded) report text, in text order, with tight spans."""
    if not text:
        return []
    sections = [s for s in (sections or []) if getattr(s, "level", 1) == 1]
    bounds = _Bounds(sections)
    edition = official.edition_of_text(text)
    tables: list[Table] = []
    for cand in rows_of(text):
        if _narrative_only(cand.rows):
            continue  # its pieces would all be skipped below (they hold at most its value rows)
        for piece, section in _split(cand, bounds):
            if _narrative_only(piece.rows):
                continue
            kind = getattr(section, "kind", None)
            table = (
                official.read(piece, kind, edition, text)
                or stats.read(piece)
                or stats.read_data(piece)
            )
            if table is not None and table.rows:
                if section is not None:
                    table.start = max(table.start, section.body_start)
                    table.section = section.kind
                tables.append(table)
    tables.sort(key=lambda t: t.start)
    return tables


def _narrative_only(rows: list[Row]) -> bool:
    """No value row, or a lone number (< 5 cells, all short) after a short text: narrative, not a table."""
    lone = None
    for r in rows:
        if r.cells:
            if lone is not None:
                return False  # two value rows
            lone = r.cells
    if lone is None:
        return True
    return len(lone) < 5 and not any(len(c.text) >= 7 for c in lone)


class _Bounds:
    """The level-1 sections with their start/end/body start read once; the section of a position is
    found by bisection when the sections are disjoint and in order (as segment() gives them), else
    by the first section containing it."""

    def __init__(self, sections: list) -> None:
        self.sections = sections
        self.starts = [s.start for s in sections]
        self.ends = [s.end for s in sections]
        self._body: dict[int, int] = {}
        self.ordered = all(a_end <= b_start for a_end, b_start in zip(self.ends, self.starts[1:]))

    def body_start(self, sec) -> int:
        """``sec.body_start``, read once."""
        b = self._body.get(id(sec))
        if b is None:
            b = self._body[id(sec)] = sec.body_start
        return b

    def at(self, pos: int):
        """The first section with start <= pos < end, or None."""
        if self.ordered:
            i = bisect.bisect_right(self.starts, pos) - 1
            return self.sections[i] if i >= 0 and pos < self.ends[i] else None
        for s, a, b in zip(self.sections, self.starts, self.ends):
            if a <= pos < b:
                return s
        return None


def _anchor(row: Row) -> int:
    return row.cells[0].start if row.cells else row.label_start


def _split(cand: Candidate, bounds: _Bounds) -> list[tuple[Candidate, object | None]]:
    """Cut a candidate where a new level-1 section starts (a table never spans two sections)."""
    if not bounds.sections:
        return [(cand, None)]
    out: list[tuple[Candidate, object | None]] = []
    cur: Candidate | None = None
    cur_sec = None
    ignored: set[int] = set()  # sections whose heading is a row of this table
    body = bounds.body_start
    for row in cand.rows:
        pos = row.cells[0].start if row.cells else row.label_start
        sec = bounds.at(pos)
        if sec is not None and id(sec) in ignored:
            sec = cur_sec
        heading_row = (sec is not None and row.label_start <= sec.start < max(row.label_end, row.label_start + 1)
                       and row.label_end <= body(sec) + 3)
        if cur is not None and sec is not cur_sec and row.cells and heading_row and any(
            c.value is not None or c.text.strip() in ("/", "-") for c in row.cells
        ):
            ignored.add(id(sec))
            sec = cur_sec  # '四、行政复议数量 | 件 | 0': a row of a 2008-era table, not a new section
        if cur is None or sec is not cur_sec:
            cur = Candidate(fused=cand.fused)
            cur_sec = sec
            out.append((cur, sec))
        if sec is not None:
            body_start = body(sec)
            if row.label_start < body_start <= pos:
                row.label = row.label[body_start - row.label_start :].strip() if row.cells else row.label
                row.label_start = body_start
        cur.rows.append(row)
    return out
