"""PDF → text with pdfplumber (extra ``gknlp[pdf]``).

Each page becomes its text lines and its ruled tables in reading order (top to bottom); a table
is rendered as ``"|"``-rows by :func:`gknlp.io.render_rows`, its characters are not repeated in
the running text.  The layout is undone where it would break facts apart:

* a line that reaches the right margin without ending a sentence continues on the next line, on
  the same page or the next one (``吸收采\\n纳合理化意见`` → ``吸收采纳合理化意见``; a number is never cut);
* running headers and footers — the same first or last line on most pages once digits are ignored
  (``— 3 —``, ``第3页 共12页``, a repeated title) — are dropped, so page numbers do not become facts.

PDFs without a text layer (scans), encrypted or malformed files raise :class:`~gknlp.errors.InputError`.
"""
from __future__ import annotations

import io as _io
from collections import Counter
from dataclasses import dataclass
from typing import Any

import regex

from gknlp.errors import InputError

_SENTENCE_END = frozenset("。！？；：!?;:")
_CLOSING_QUOTES = frozenset("」』”’\"'）)")
_DIGITS = regex.compile(r"\d+")
_SPACE = regex.compile(r"\s+")
#: A line that is only a page number: "3", "- 3 -", "— 3 —", "第3页", "第 3 页 共 12 页", "3/12".
_PAGE_NUMBER = regex.compile(r"^[\s\-—–·]{0,4}(?:第\s{0,2})?\d{1,4}(?:\s{0,2}页)?(?:\s{0,2}(?:/|共)\s{0,2}\d{1,4}\s{0,2}页?)?[\s\-—–·]{0,4}$")
_EDGE = 0.12  # share of the page height at the top and bottom where headers and footers live


@dataclass
class _Block:
    """A text line or a rendered table on a page."""

    top: float
    text: str
    table: bool = False
    continues: bool = False  # prose that reaches the right margin without ending a sentence
    edge: bool = False  # within the top or bottom band of the page


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF document, tables as ``"|"``-rows."""
    try:
        import pdfplumber
    except ImportError:
        raise InputError("PDF input needs the optional dependency pdfplumber: pip install 'gknlp[pdf]'") from None
    pages: list[list[_Block]] = []
    chars = 0
    try:
        with pdfplumber.open(_io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(_page_blocks(page.dedupe_chars()))
                chars += len(page.chars)
                page.flush_cache()  # keep memory flat on long documents
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types (PDFSyntaxError, PSEOF, PDFPasswordIncorrect …)
        reason = str(exc) or type(exc).__name__
        raise InputError(f"cannot read PDF: {reason}") from None
    if chars == 0:
        raise InputError("PDF has no text layer (a scan?); run OCR first")
    return _join(_drop_running_lines(pages))


def _page_blocks(page: Any) -> list[_Block]:
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
    blocks = _prose_blocks(prose.extract_text_lines(return_chars=True), page.width, page.height)
    for table in tables:
        rendered = render_rows(table.extract())
        if rendered:
            blocks.append(_Block(table.bbox[1], rendered, table=True))
    blocks.sort(key=lambda b: b.top)
    return blocks


def _prose_blocks(lines: list[dict[str, Any]], page_width: float, page_height: float) -> list[_Block]:
    """One block per text line.  A line *continues* on the next one when it does not end a sentence
    and the next line's first word (one hanzi, or a run like ``100%;``) would not have fitted in the
    room left before the right margin — the margin taken as wide as the left one, or at the
    rightmost text if that is further."""
    lines = [ln for ln in lines if ln["text"].strip() and ln.get("chars")]
    if not lines:
        return []
    widths = sorted((ln["x1"] - ln["x0"]) / max(len(ln["text"]), 1) for ln in lines)
    char_width = widths[len(widths) // 2]
    ends = [_content_end(ln) for ln in lines]
    right = max(page_width - min(ln["x0"] for ln in lines), max(ends))
    blocks = []
    for i, ln in enumerate(lines):
        text = ln["text"].strip()
        needed = _first_word_width(lines[i + 1]) if i + 1 < len(lines) else char_width
        full = right - ends[i] < needed + 0.5 * char_width
        edge = ln["top"] < _EDGE * page_height or ln["bottom"] > (1 - _EDGE) * page_height
        blocks.append(_Block(ln["top"], text, continues=full and not _ends_sentence(text), edge=edge))
    return blocks


def _content_end(line: dict[str, Any]) -> float:
    """Right edge of a line without trailing punctuation, which Chinese typesetting lets hang into
    the margin (a line ending in a hanging 。 must not push the margin further right)."""
    for char in reversed(line["chars"]):
        if char["text"].strip() and char["text"] not in _HANGING:
            return char["x1"]
    return line["x1"]


_HANGING = frozenset("，。、；：！？,.;:!?")


def _first_word_width(line: dict[str, Any]) -> float:
    """Width of the first unbreakable run of a line: one CJK character, or Latin letters, digits and
    the punctuation that sticks to them (``100%;``, ``12345``, ``PDF``)."""
    chars = [c for c in line["chars"] if c["text"].strip()]
    if not chars:
        return 0.0
    end = 1
    if _WORD_CHAR.match(chars[0]["text"]):
        while end < len(chars) and _WORD_CHAR.match(chars[end]["text"]):
            end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


_WORD_CHAR = regex.compile(r"[A-Za-z0-9.,;:%+\-/()\[\]@_&'\"]")


def _ends_sentence(text: str) -> bool:
    """``…办结。`` or ``…“六保”。`` or ``…公开。”`` ends a sentence; ``…“政务公开”`` does not."""
    stripped = text.rstrip()
    while len(stripped) > 1 and stripped[-1] in _CLOSING_QUOTES:
        stripped = stripped[:-1]
        if stripped[-1] in _SENTENCE_END:
            return True
    return stripped[-1] in _SENTENCE_END


def _drop_running_lines(pages: list[list[_Block]]) -> list[list[_Block]]:
    """Remove running headers/footers: the first or last line of a page, in the page's top or
    bottom band, that is a bare page number, or that (digits ignored) starts or ends most pages."""
    def key(block: _Block) -> str:
        return _DIGITS.sub("#", _SPACE.sub("", block.text))

    ends = [[b for b in (blocks[:1] + blocks[-1:]) if b.edge and not b.table] for blocks in pages]
    counts = Counter(k for page_ends in ends for k in {key(b) for b in page_ends})
    repeated = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, (len(pages) + 1) // 2)}
    out = []
    for blocks, page_ends in zip(pages, ends):
        doomed = {id(b) for b in page_ends if key(b) in repeated or _PAGE_NUMBER.match(b.text)}
        out.append([b for b in blocks if id(b) not in doomed])
    return out


def _join(pages: list[list[_Block]]) -> str:
    """The blocks as lines; a continuing line is glued to the next prose line, across pages too."""
    lines: list[str] = []
    glue_next = False
    for blocks in pages:
        for block in blocks:
            if glue_next and not block.table and lines:
                prev = lines[-1]
                ascii_pair = prev[-1].isascii() and prev[-1].isalnum() and block.text[0].isascii() and block.text[0].isalnum()
                lines[-1] = prev + (" " if ascii_pair else "") + block.text
            else:
                lines.append(block.text)
            glue_next = block.continues and not block.table
    return "\n".join(lines)
