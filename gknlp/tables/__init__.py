"""Statistics tables: reading them from flattened text and turning their cells into facts.

>>> from gknlp.normalize import fold
>>> from gknlp.segment import segment
>>> text = fold(open("seeds/003_01a2f0268d3461f7.txt", encoding="utf-8").read())
>>> tables = read_tables(text, segment(text))
>>> [t.kind for t in tables]
['table2', 'table3', 'table4']

Reading is layout-independent (:mod:`gknlp.tables.lexer`, :mod:`gknlp.tables.reconstruct`):
one cell per line, "cell |" lines, "|" rows, markdown, rendered HTML, space-separated and fused
cells all give the same rows.  Recognition and linking live in :mod:`gknlp.tables.official`
(表二/表三/表四 of the 2019/2021 formats), :mod:`gknlp.tables.stats` (2008-era 统计表) and
:mod:`gknlp.tables.data` (chart data in the narrative).
"""
from __future__ import annotations

from gknlp.tables.facts import table_facts
from gknlp.tables.model import Cell, Row, Table
from gknlp.tables.reader import read_tables

__all__ = ["read_tables", "table_facts", "Table", "Row", "Cell"]
