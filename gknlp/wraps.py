"""Soft line breaks: the line breaks of a hard-wrapped text that only wrap a line.

PDF-to-text dumps, copies of PDFs on document-sharing sites and some crawls break prose lines
every N columns, mid-word and mid-phrase (corpus 036: ``统计局队配备了 4 名政府信`` / ``息公开全职
工作人员``).  For label finding such a break must not cut the phrase or end the clause.

:func:`soft_breaks` decides which single line breaks are soft, in three steps:

1. the document's **wrap width** ``W`` (:func:`wrap_width`): the widths of its long lines (in
   columns, a wide character counting 2, a narrow one 1, as on a page — or in characters, for a
   crawl that breaks every N characters; the measure that clusters more tightly wins) cluster just
   below ``W``; an unwrapped text has no such cluster (its paragraphs have all sorts of lengths) and
   gets no soft break at all;
2. a break is soft when the line before it is **full** (its width plus that of the next line's
   first unbreakable unit — an ASCII token such as ``99.97%`` or one wide character — that did not
   fit is at least ``W - tolerance`` columns), does not end a
   sentence (``。;!?`` …), holds no ``|``, and the next line is not blank,
   indented, a heading, a list item or a table row (``gknlp/data/wraps.yaml``);
3. a break between two ASCII letters/digits stays (``193\\n371`` is not 193371 without proof), and
   breaks inside or at the edge of an ``exclude`` span (a table) stay.

A **page break** of a PDF-to-text dump (blank lines, a page-number footer such as ``- 3 -`` or
``第3页``, a form feed) is looked through: mid-sentence it belongs to the soft break, between two
paragraphs it is removed and the line break kept — page numbers never reach the number scanner.

:class:`Unwrapped` is the text with its soft breaks (and the whitespace before them) removed,
with offset maps both ways: label finding runs on it, and its offsets are mapped back so that
every span still indexes the original text exactly.  Short lines never qualify (a one-cell-per-line
table is a column of short lines), and everything here runs in linear time.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Sequence, TypeVar

import regex
import yaml

from gknlp.spans import Spans


@dataclass(frozen=True)
class _Config:
    min_width: int
    min_lines: int
    min_share: float
    indented_share: float
    tolerance_min: int
    tolerance_share: float
    hard_line_ends: frozenset[str]
    line_start: regex.Pattern
    page_number: regex.Pattern
    bare_page_number: regex.Pattern


@functools.lru_cache(maxsize=1)
def _config() -> _Config:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("wraps.yaml").read_text(encoding="utf-8"))
    return _Config(
        min_width=int(data["min_width"]), min_lines=int(data["min_lines"]), min_share=float(data["min_share"]),
        indented_share=float(data["indented_share"]),
        tolerance_min=int(data["tolerance_min"]), tolerance_share=float(data["tolerance_share"]),
        hard_line_ends=frozenset(data["hard_line_ends"]),
        line_start=regex.compile("|".join(f"(?:{p})" for p in data["line_starts"])),
        page_number=regex.compile("|".join(f"(?:{p})" for p in data["page_numbers"])),
        bare_page_number=regex.compile(data["bare_page_number"]),
    )


_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")
_TRAILING = " \t\r\u3000\u00a0"
_ASCII_TOKEN = regex.compile(r"[0-9A-Za-z.,%+\-/:@_]{1,40}")


def display_width(line: str) -> int:
    """Columns ``line`` takes on a page: 2 per wide/full-width character (Han, CJK punctuation), 1 otherwise."""
    return len(line) + len(_WIDE.findall(line))


def _tolerance(width: int) -> int:
    c = _config()
    return max(c.tolerance_min, round(c.tolerance_share * width))


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset of its last non-blank character + 1
    brk: int  # offset of the line break ending it
    nxt: int  # first character of the next line's text (after page furniture and form feeds)
    furniture: bool  # a page break (form feed, page-number footer) lies between the two
    long: bool  # a candidate for the wrap width: no "|", at least min_width wide (either measure)
    width: int  # display columns
    chars: int  # 2 × characters: the width if every character were wide (a wrap every N characters)


_BREAK_RUN = regex.compile(r"\n+")


def line_break(text: str) -> str:
    """The text's line break: "\\n", or "\\n\\n" when at most 5 % of the line breaks (the text's last
    one aside) stand alone: CRLF text (:func:`gknlp.normalize.fold` makes "\\r" a "\\n") or a page
    that puts a blank line after every line (``<p>`` per line)."""
    single = runs = 0
    n = len(text)
    for run in _BREAK_RUN.finditer(text):
        if run.end() < n:
            runs += 1
            single += run.end() - run.start() == 1
    return "\n\n" if runs and single * 20 <= runs else "\n"


_FURNITURE_LINES = 6  # blank and footer lines looked through after a line break
_BLANK = " \t\r\u3000\u00a0\f"


def _next_line(text: str, pos: int) -> tuple[int, bool] | None:
    """``(start, furniture)`` of the next line with text at or after ``pos`` (a line start), looking
    through a page break — blank lines, a page-number footer (``- 3 -``, ``第3页``; a bare number
    only right before a form feed), form feeds — or None when a blank line without page furniture
    (a paragraph break) or nothing comes first."""
    c = _config()
    n = len(text)
    blank = furniture = False
    q = pos
    for _ in range(_FURNITURE_LINES):
        k = q
        while k < n and text[k] == "\f":
            k += 1
            furniture = True
        e = text.find("\n", k)
        e = n if e < 0 else e
        if e - k > 40:  # a long line is text
            break
        content = text[k:e].strip(_BLANK)
        if not content:
            if e >= n:
                return None
            blank, q = True, e + 1
            continue
        if e < n and (c.page_number.fullmatch(content)
                      or c.bare_page_number.fullmatch(content) and text.startswith("\f", e + 1)):
            furniture, q = True, e + 1
            continue
        break
    else:
        return None
    if blank and not furniture:
        return None
    return k, furniture


def _lines(text: str, sep: str) -> tuple[list[_Line], bool]:
    """Every line (ended by ``sep``) followed by a line with text (through page furniture); and
    whether (nearly) every non-blank line is indented (then an indent does not start a paragraph)."""
    c = _config()
    out = []
    start = 0
    n = len(text)
    indented = nonblank = 0
    while True:
        if start < n and text[start] != "\n":
            nonblank += 1
            indented += text[start] in _TRAILING
        brk = text.find(sep, start)
        if brk < 0:
            break
        end = brk
        while end > start and text[end - 1] in _BLANK:
            end -= 1
        following = _next_line(text, brk + len(sep)) if end > start and brk + len(sep) < n else None
        if following is not None:
            nxt, furniture = following
            line = text[start:end]
            long = 2 * (end - start) >= c.min_width and "|" not in line
            width = display_width(line) if long else 0
            out.append(_Line(start, end, brk, nxt, furniture, long, width, 2 * (end - start)))
        start = brk + len(sep)
    return out, nonblank > 0 and indented >= c.indented_share * nonblank


def _cluster(widths: Sequence[int]) -> tuple[int, int] | None:
    """``(W, lines in [W - tolerance, W])`` of the densest window of ``widths``, when it holds enough
    of the long lines to be a wrap width; else None."""
    c = _config()
    ws = sorted(w for w in widths if w >= c.min_width)
    if len(ws) < c.min_lines:
        return None
    best_count, best_width, lo = 0, 0, 0
    for hi, w in enumerate(ws):  # the window [w - tolerance(w), w], slid over the sorted widths
        floor = w - _tolerance(w)
        while ws[lo] < floor:
            lo += 1
        if hi - lo + 1 >= best_count:
            best_count, best_width = hi - lo + 1, w
    floor = best_width - _tolerance(best_width)
    wider = len(ws) - bisect.bisect_left(ws, floor)
    if best_count < c.min_lines or best_count < c.min_share * wider:
        return None
    return best_width, best_count


def wrap_width(widths: Sequence[int]) -> int | None:
    """The wrap width of a document whose long lines have these widths, or None when they do not
    cluster below one width (an unwrapped text)."""
    found = _cluster(widths)
    return found[0] if found else None


def soft_breaks(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    r"""Spans of ``text`` (folded) that are layout, not text, as ``(start, end)`` spans to remove:

    * the **soft line breaks** of a hard-wrapped text — the whitespace that ends a full line, its
      line break and any page break after it (up to the next line's text);
    * **page furniture** between two paragraphs (blank lines, a ``- 3 -`` footer, form feeds after a
      line break; the line break itself is kept).

    Spans touching an ``exclude`` span (a table) stay.  Empty for a text that is neither wrapped nor
    paged.  Lines are measured in display columns (a PDF line) and in characters (a crawl that
    breaks every N characters, digits included); the measure whose widths cluster more tightly is
    used."""
    if "\n" not in text:
        return []
    sep = line_break(text)
    lines, all_indented = _lines(text, sep)
    by_columns = _cluster([ln.width for ln in lines if ln.long])
    by_chars = _cluster([ln.chars for ln in lines if ln.long])
    columns = by_chars is None or by_columns is not None and by_columns[1] >= by_chars[1]
    found = by_columns if columns else by_chars
    excluded = Spans(exclude)
    out = []
    for ln in lines:
        if ln.brk in excluded:
            continue
        if found is not None and ln.long and (nxt := _soft_end(text, ln, found[0], columns, all_indented)):
            if ln.end - 1 not in excluded and nxt not in excluded:
                out.append((ln.end, nxt))
                continue
        if ln.furniture:  # a page break between two paragraphs: keep the line break, drop the rest
            out.append((ln.brk + len(sep), ln.nxt))
    return out


def _soft_end(text: str, ln: _Line, width: int, columns: bool, all_indented: bool) -> int | None:
    """Where the text goes on after ``ln`` when its line break is soft (the first character of the
    next line's text), else None."""
    c = _config()
    n = len(text)
    nxt = ln.nxt
    if text[nxt] in _TRAILING:  # an indented line starts a paragraph, unless every line is indented
        if not all_indented:
            return None
        while nxt < n and text[nxt] in _TRAILING:
            nxt += 1
        if nxt == n or text[nxt] == "\n":
            return None
    last, first = text[ln.end - 1], text[nxt]
    if last in c.hard_line_ends or c.line_start.match(text, nxt):
        return None
    token = _ASCII_TOKEN.match(text, nxt)
    if columns:
        used, unit = ln.width, token.end() - nxt if token else display_width(first)
    else:
        used, unit = ln.chars, 2 * (token.end() - nxt if token else 1)
    if used + unit < width - _tolerance(width):
        return None  # not full: the next word would have fitted
    if last.isascii() and last.isalnum() and first.isascii() and first.isalnum():
        return None  # two digit runs or words stay apart
    return nxt


class Unwrapped:
    """``text`` with the ``removed`` spans (soft breaks) cut out, and offset maps between the two.

    ``Unwrapped(text, spans).text`` is what label finding reads; :meth:`to_original` maps a start
    offset back, :meth:`end_to_original` an end offset (exclusive: it never swallows a removed break
    after the span), :meth:`to_unwrapped` maps an original offset (one inside a removed span goes to
    where the span was cut)."""

    def __init__(self, text: str, removed: Sequence[tuple[int, int]]) -> None:
        self.original = text
        self._starts: list[int] = []  # original start of each removed span
        self._ends: list[int] = []  # its original end
        self._at: list[int] = []  # where it was cut, in unwrapped offsets
        self._before: list[int] = [0]  # characters removed before span k (k+1 entries)
        pieces, last = [], 0
        for s, e in sorted(removed):
            if s < last or e <= s:
                continue
            pieces.append(text[last:s])
            self._starts.append(s)
            self._ends.append(e)
            self._at.append(s - self._before[-1])
            self._before.append(self._before[-1] + e - s)
            last = e
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def to_original(self, pos: int) -> int:
        """Original offset of the unwrapped character at ``pos``."""
        k = bisect.bisect_right(self._at, pos)
        return pos + self._before[k]

    def end_to_original(self, end: int) -> int:
        """Original offset of an unwrapped end offset (exclusive)."""
        return self.to_original(end - 1) + 1 if end > 0 else 0

    def to_unwrapped(self, pos: int) -> int:
        """Unwrapped offset of the original offset ``pos``."""
        k = bisect.bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self._ends[k]:
            return self._at[k]
        return pos - self._before[k + 1]


_T = TypeVar("_T")
_STARTS = ("start", "num_start")
_ENDS = ("end", "num_end")


def moved(items: Sequence[_T], view: Unwrapped, *, back: bool = False) -> list[_T]:
    """Copies of the dataclass ``items`` (mentions) with their spans — ``start``/``end`` and, when they
    have them, ``num_start``/``num_end`` — moved into ``view.text`` (or, with ``back``, from
    ``view.text`` back to the original text).  Other fields (``text`` too) are kept as they are."""
    if not view:
        return list(items)
    start_map = view.to_original if back else view.to_unwrapped
    end_map = view.end_to_original if back else view.to_unwrapped
    out = []
    for item in items:
        changes = {}
        for name in _STARTS + _ENDS:
            pos = getattr(item, name, None)
            if pos is not None:
                changes[name] = (start_map if name in _STARTS else end_map)(pos)
        out.append(dataclasses.replace(item, **changes))
    return out
