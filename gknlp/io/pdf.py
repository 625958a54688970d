"""PDF → text with pdfplumber (extra ``gknlp[pdf]``).

Each page becomes its text lines and its ruled tables in reading order (top to bottom); a table
is rendered as ``"|"``-rows by :func:`gknlp.io.render_rows`, its characters are not repeated in
the running text.  Pages are separated by a line break.  PDFs without a text layer (scans),
encrypted or malformed files raise :class:`~gknlp.errors.InputError`.
"""
from __future__ import annotations

import io as _io
from typing import Any

from gknlp.errors import InputError


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF document, tables as ``"|"``-rows."""
    try:
        import pdfplumber
    except ImportError:
        raise InputError("PDF input needs the optional dependency pdfplumber: pip install 'gknlp[pdf]'") from None
    pages: list[str] = []
    try:
        with pdfplumber.open(_io.BytesIO(data)) as pdf:
            chars = 0
            for page in pdf.pages:
                page_text = _page_text(page.dedupe_chars())
                chars += len(page.chars)
                pages.append(page_text)
                page.flush_cache()  # keep memory flat on long documents
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types (PDFSyntaxError, PSEOF, PDFPasswordIncorrect …)
        reason = str(exc) or type(exc).__name__
        raise InputError(f"cannot read PDF: {reason}") from None
    if chars == 0:
        raise InputError("PDF has no text layer (a scan?); run OCR first")
    return "\n".join(pages)


def _page_text(page: Any) -> str:
    """Text lines and tables of one page, ordered by their top coordinate."""
    from gknlp.io import render_rows

    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside_tables(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    prose = page.filter(outside_tables) if boxes else page
    blocks: list[tuple[float, str]] = [
        (top, text) for top, text in _paragraph_lines(prose.extract_text_lines(return_chars=False), page.width)
    ]
    for table in tables:
        rendered = render_rows(table.extract())
        if rendered:
            blocks.append((table.bbox[1], rendered))
    blocks.sort(key=lambda b: b[0])
    return "\n".join(text for _, text in blocks)


def _paragraph_lines(lines: list[dict[str, Any]], page_width: float) -> list[tuple[float, str]]:
    """Undo the layout's line wrapping: a line that reaches the right margin (taken as wide as the
    left one, or the rightmost text if that is further) and does not end a sentence continues on
    the next line, so
    ``吸收采\n纳合理化意见`` becomes ``吸收采纳合理化意见`` and a number is never cut in two."""
    lines = [ln for ln in lines if ln["text"].strip()]
    if not lines:
        return []
    widths = sorted((ln["x1"] - ln["x0"]) / max(len(ln["text"]), 1) for ln in lines)
    char_width = widths[len(widths) // 2]
    right = max(page_width - min(ln["x0"] for ln in lines), max(ln["x1"] for ln in lines))
    at_margin = [ln["x1"] >= right - 1.5 * char_width for ln in lines]
    out: list[tuple[float, str]] = []
    joined = False
    for ln, full in zip(lines, at_margin):
        text = ln["text"].strip()
        if joined and out:
            top, prev = out[-1]
            glue = " " if prev[-1].isascii() and prev[-1].isalnum() and text[0].isascii() and text[0].isalnum() else ""
            out[-1] = (top, prev + glue + text)
        else:
            out.append((ln["top"], text))
        joined = full and text[-1] not in _SENTENCE_END
    return out


_SENTENCE_END = frozenset("。！？；：!?;:」』”")
