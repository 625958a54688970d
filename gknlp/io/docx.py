"""DOCX → text with python-docx (extra ``gknlp[docx]``).

The body is read in document order: every paragraph is one line, every table is rendered as
``"|"``-rows by :func:`gknlp.io.render_rows` (a horizontally merged cell counts once; the
continuation of a vertically merged cell is an empty cell, so a merged number is never repeated).
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
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            lines.append(_table_text(Table(child, document)))
    return "\n".join(lines)


def _table_text(table: Any) -> str:
    from docx.table import _Cell

    from gknlp.io import render_rows

    rows = []
    for row in table.rows:
        cells = []
        for tc in row._tr.tc_lst:  # one entry per <w:tc>, whatever its grid span
            cells.append("" if tc.vMerge == "continue" else _Cell(tc, table).text)
        rows.append(cells)
    return render_rows(rows)
