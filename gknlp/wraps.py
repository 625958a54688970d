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


@functools.lru_cache(maxsize=1)
def _config() -> _Config:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("wraps.yaml").read_text(encoding="utf-8"))
    return _Config(
        min_width=int(data["min_width"]), min_lines=int(data["min_lines"]), min_share=float(data["min_share"]),
        indented_share=float(data["indented_share"]),
        tolerance_min=int(data["tolerance_min"]), tolerance_share=float(data["tolerance_share"]),
        hard_line_ends=frozenset(data["hard_line_ends"]),
        line_start=regex.compile("|".join(f"(?:{p})" for p in data["line_starts"])),
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
    width: int  # display columns
    chars: int  # 2 × characters: the width if every character were wide (a wrap every N characters)


_BREAK_RUN = regex.compile(r"\n+")


def line_break(text: str) -> str:
    """The text's line break: "\n", or "\n\n" when at most 5 % of the line breaks (the text's last
    one aside) stand alone: CRLF text (:func:`gknlp.normalize.fold` makes "\r" a "\n") or a page
    that puts a blank line after every line (``<p>`` per line)."""
    single = runs = 0
    n = len(text)
    for run in _BREAK_RUN.finditer(text):
        if run.end() < n:
            runs += 1
            single += run.end() - run.start() == 1
    return "\n\n" if runs and single * 20 <= runs else "\n"


def _candidate_lines(text: str, sep: str) -> tuple[list[_Line], bool]:
    """Lines (ended by ``sep``) followed by a non-blank line, without "|", at least ``min_width``
    wide (either measure); and whether (nearly) every non-blank line is indented (then an indent
    does not start a paragraph)."""
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
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        nxt = brk + len(sep)
        if end > start and nxt < n and text[nxt] != "\n" and 2 * (end - start) >= c.min_width:
            line = text[start:end]
            if "|" not in line:
                out.append(_Line(start, end, brk, display_width(line), 2 * (end - start)))
        start = nxt
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
    """The soft line breaks of ``text`` (folded) as ``(start, end)`` spans to remove: the whitespace
    that ends a full line and its "\n".  Breaks touching an ``exclude`` span stay.  Empty for a text
    that is not hard-wrapped.

    Lines are measured in display columns (a PDF line) and in characters (a crawl that breaks every
    N characters, digits included); the measure whose widths cluster more tightly is used."""
    if "\n" not in text:
        return []
    sep = line_break(text)
    lines, all_indented = _candidate_lines(text, sep)
    by_columns = _cluster([ln.width for ln in lines])
    by_chars = _cluster([ln.chars for ln in lines])
    if by_columns is None and by_chars is None:
        return []
    columns = by_chars is None or by_columns is not None and by_columns[1] >= by_chars[1]
    width = by_columns[0] if columns and by_columns else by_chars[0]  # type: ignore[index]
    c = _config()
    tol = _tolerance(width)
    excluded = Spans(exclude)
    out = []
    n = len(text)
    for ln in lines:
        nxt = ln.brk + len(sep)
        if text[nxt] in _TRAILING:  # an indented line starts a paragraph, unless every line is indented
            if not all_indented:
                continue
            while nxt < n and text[nxt] in _TRAILING:
                nxt += 1
            if nxt == n or text[nxt] == "\n":
                continue
        last, first = text[ln.end - 1], text[nxt]
        if last in c.hard_line_ends or c.line_start.match(text, nxt):
            continue
        token = _ASCII_TOKEN.match(text, nxt)
        if columns:
            used, unit = ln.width, token.end() - nxt if token else display_width(first)
        else:
            used, unit = ln.chars, 2 * (token.end() - nxt if token else 1)
        if used + unit < width - tol:
            continue  # not full: the next word would have fitted
        if last.isascii() and last.isalnum() and first.isascii() and first.isalnum():
            continue
        if ln.end - 1 in excluded or ln.brk in excluded or nxt in excluded:
            continue
        out.append((ln.end, nxt))
    return out


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
