"""The table stage: table candidates of the whole text, cut at section boundaries, recognised.

Recognition order for each piece: an official 2019/2021 table (表二/三/四), a 2008-era 统计表,
a chart-like data table; pieces that are none of these are not tables (their numbers stay with
the narrative stage).
"""
from __future__ import annotations

from typing import Sequence

from gknlp.tables import official, stats
from gknlp.tables.model import Row, Table
from gknlp.tables.reconstruct import Candidate, rows_of


def read_tables(text: str, sections: Sequence | None = None) -> list[Table]:
    """Tables of a (folded) report text, in text order, with tight spans."""
    if not text:
        return []
    sections = [s for s in (sections or []) if getattr(s, "level", 1) == 1]
    edition = official.edition_of_text(text)
    tables: list[Table] = []
    for cand in rows_of(text):
        for piece, section in _split(cand, sections):
            n = len(piece.value_rows)
            lone = piece.value_rows[0].cells if n == 1 else []
            if n == 0 or (n == 1 and len(lone) < 5 and not any(len(c.text) >= 7 for c in lone)):
                continue  # a lone number after a short text is narrative, not a table
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


def _anchor(row: Row) -> int:
    return row.cells[0].start if row.cells else row.label_start


def _split(cand: Candidate, sections: list) -> list[tuple[Candidate, object | None]]:
    """Cut a candidate where a new level-1 section starts (a table never spans two sections)."""
    if not sections:
        return [(cand, None)]
    out: list[tuple[Candidate, object | None]] = []
    cur: Candidate | None = None
    cur_sec = None
    ignored: set[int] = set()  # sections whose heading is a row of this table
    for row in cand.rows:
        pos = _anchor(row)
        sec = None
        for s in sections:
            if s.start <= pos < s.end:
                sec = s
                break
        if sec is not None and id(sec) in ignored:
            sec = cur_sec
        heading_row = (sec is not None and row.label_start <= sec.start < max(row.label_end, row.label_start + 1)
                       and row.label_end <= sec.body_start + 3)
        if cur is not None and sec is not cur_sec and row.cells and heading_row and any(
            c.value is not None or c.text.strip() in ("/", "-") for c in row.cells
        ):
            ignored.add(id(sec))
            sec = cur_sec  # '四、行政复议数量 | 件 | 0': a row of a 2008-era table, not a new section
        if cur is None or sec is not cur_sec:
            cur = Candidate(fused=cand.fused)
            cur_sec = sec
            out.append((cur, sec))
        if sec is not None and row.label_start < sec.body_start <= _anchor(row):
            row.label = row.label[sec.body_start - row.label_start :].strip() if row.cells else row.label
            row.label_start = sec.body_start
        cur.rows.append(row)
    return out
