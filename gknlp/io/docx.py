"""DOCX → text with python-docx (extra ``gknlp[docx]``).

The body is read in document order: every paragraph is one line, every table is rendered as
``"|"``-rows by :func:`gknlp.io.render_rows`.  As for HTML tables, a merged cell is written once and
the grid positions it covers are empty cells (a horizontal span leaves empty cells after it, the
continuation of a vertical span is an empty cell), so each value stays in its column and a merged
number is never repeated.
Headers, footers, comments and text boxes are not part of the report body and are skipped.
"""
from __future__ import annotations

import io as _io
from typing import Any

from gknlp.errors import InputError


def docx_to_text(data: bytes) -> str:
    """The body text of a DOCX document, tables as ``"|"``-rows."""
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise InputError("DOCX input needs the optional dependency python-docx: pip install 'gknlp[docx]'") from None
    try:
        document = docx.Document(_io.BytesIO(data))
    except Exception as exc:  # zipfile.BadZipFile, KeyError (no word/document.xml), lxml errors …
        raise InputError(f"cannot read DOCX: {exc or type(exc).__name__}") from None
    lines: list[str] = []

    def visit(parent: Any) -> None:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                lines.append(Paragraph(child, document).text)
            elif child.tag == qn("w:tbl"):
                lines.append(_table_text(Table(child, document)))
            elif child.tag == qn("w:sdt"):  # a content control wrapping paragraphs or tables
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    visit(content)

    visit(document.element.body)
    return "\n".join(lines)


def _table_text(table: Any) -> str:
    from docx.table import _Cell

    from gknlp.io import render_rows

    rows = []
    for row in table.rows:
        cells = [""] * row.grid_cols_before  # a row may start after the first grid column
        for tc in row._tr.tc_lst:  # one entry per <w:tc>, whatever its grid span
            cells.append("" if tc.vMerge == "continue" else _Cell(tc, table).text)
            cells.extend([""] * (tc.grid_span - 1))
        rows.append(cells)
    return render_rows(rows)
