"""Split a report into its numbered sections (一、总体情况 … 六、其他需要报告的事项, 附表).

:func:`segment` finds headings written '一、', '一.', '（一）' or '(一)', alone on their line or glued
to the text that follows ('二、主动公开政府信息情况第二十条…'), classifies each title into a canonical
kind (overview / proactive / apply / review / fees / problems / other / appendix, data in
``gknlp/data/sections.yaml``) and keeps only headings whose numbers increase, so that the rows of a
statistics table ('一、主动公开情况' inside 附表) and stray enumerations do not open new sections.
Sub-headings '（一）…' inside a section are returned with ``level=2`` and the parent's kind.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

import regex
import yaml

_NUMERALS = "一二三四五六七八九十"
_HEADING = regex.compile(
    r"(?:(?<=^|[\n\r|。;!?:>\d])|(?<=\s))[ \t]{0,8}"
    r"(?:(?P<num>[一二三四五六七八九十]{1,3})[ \t]{0,2}[、.](?![、.])|\((?P<sub>[一二三四五六七八九十]{1,3})\))"
    r"[ \t]{0,3}(?=(?P<title>[^\n\r|]{1,80})?)",
    regex.MULTILINE,
)
_ROW_AFTER = regex.compile(
    r"[ \t]{0,4}(?:\|[ \t|]{0,8}|\n[ \t]{0,8}(?:\n[ \t]{0,8}){0,2})?"
    r"(?:[/-][ \t]{0,4}(?:\||\n|$)|(?:条|件|次|人|人次|个|篇|项|万元|元)[ \t]{0,4}(?:\||\n)|[-+]?\d[\d.,]{0,15}[ \t]{0,4}(?:\||\n|$))"
)
_NUMBERS_IN_TITLE = regex.compile(r"[-+]?\d+[ \t]{1,4}[-+]?\d+(?:[ \t]{1,4}[-+]?\d+)?[ \t]*$")
_NEXT_HEADING = regex.compile(r"[一二三四五六七八九十]{1,2}、|\d{3,}")
_CLAUSE_END = regex.compile(r"[。,;:!?]")
_TITLE_TAIL = regex.compile(r"[^\s。,;:|\d]{0,12}?(?:情况|事项|措施|工作)")
_TABLE_CELL_AFTER = regex.compile(r"[ \t]{0,4}(?:\n[ \t]{0,4}){0,2}(?:\||[-+]?\d)")
_APPENDIX = regex.compile(
    r"(?:(?<=^|[\n\r。])|(?<=\s))[ \t]{0,8}"
    r"(?P<title>附[件表][ \t]{0,2}\d{0,2}(?:[:：]?[^\n\r\s|]{0,50}?(?:统计表|情况表|一览表))?)",
    regex.MULTILINE,
)


@dataclass
class Section:
    """One section: ``[start, end)`` covers heading and body; the body starts at ``heading_end``."""

    start: int
    end: int
    title: str
    kind: str
    level: int = 1
    number: int | None = None
    heading_end: int | None = None

    @property
    def body_start(self) -> int:
        return self.heading_end if self.heading_end is not None else self.start


@functools.lru_cache(maxsize=1)
def _config() -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("sections.yaml").read_text(encoding="utf-8"))
    return [(k["kind"], tuple(k["keywords"])) for k in data["kinds"]], int(data["max_title"])


def numeral_value(s: str) -> int:
    """一 → 1 … 十 → 10, 十一 → 11, 二十 → 20 (enough for heading numbers)."""
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _NUMERALS.index(s[1]) + 1
    if len(s) >= 2 and s[1] == "十":
        return (_NUMERALS.index(s[0]) + 1) * 10 + (_NUMERALS.index(s[2]) + 1 if len(s) == 3 else 0)
    return _NUMERALS.index(s[0]) + 1


@functools.lru_cache(maxsize=1)
def _kind_patterns() -> list[tuple[str, regex.Pattern]]:
    """One alternation of the (literal) keywords per kind, in the order of sections.yaml."""
    kinds, _ = _config()
    return [(kind, regex.compile("|".join(regex.escape(k) for k in keywords))) for kind, keywords in kinds]


def classify(title: str) -> str | None:
    """Canonical kind of a heading title, or None."""
    bare = "".join(title.split())
    for kind, keywords in _kind_patterns():
        if keywords.search(bare) is not None:
            return kind
    return None


@dataclass
class _Head:
    start: int
    end: int  # end of the heading text
    number: int
    title: str
    kind: str | None
    level: int
    standalone: bool


# the characters str.strip() removes (its notion of whitespace differs from regex's \s)
_STRIP_CHARS = "".join(regex.escape(chr(i)) for i in range(0x110000) if chr(i).isspace())
_NON_SPACE = regex.compile(f"[^{_STRIP_CHARS}]")
_LAST_NON_SPACE = regex.compile(f"[^{_STRIP_CHARS}]", regex.REVERSE)


def _positions(text: str, char: str) -> list[int]:
    """Offsets of every ``char`` in ``text``."""
    out = []
    i = text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


class _Lines:
    """Line ends and '|' positions of a text, computed once: each heading finds the end of its line
    (or the '|' before it) by bisection, and the end of the line's text once per line, so that a
    one-line text full of headings stays linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = _positions(text, "\n")
        self.bars = _positions(text, "|")
        self._last: dict[int, int] = {}  # stop → end of the text before it (trailing whitespace dropped)

    def stop(self, pos: int) -> int:
        """The first '|' or line end at or after ``pos`` (the text end when none)."""
        i = bisect.bisect_left(self.newlines, pos)
        line_end = self.newlines[i] if i < len(self.newlines) else len(self.text)
        j = bisect.bisect_left(self.bars, pos)
        return self.bars[j] if j < len(self.bars) and self.bars[j] < line_end else line_end

    def text_end(self, pos: int, stop: int) -> int:
        """End of ``text[pos:stop].rstrip()`` (``pos`` when it is all whitespace)."""
        end = self._last.get(stop)
        if end is None:
            m = _LAST_NON_SPACE.search(self.text, 0, stop)
            end = self._last[stop] = m.end() if m else 0
        return max(end, pos)


def _heading_end(text: str, m: regex.Match, max_title: int, lines: _Lines) -> tuple[int, str, bool]:
    """End of the heading and its title: the whole line when short, else up to the keyword."""
    t_start = m.start("title") if m.group("title") else m.end()
    stop = lines.stop(t_start)
    end = lines.text_end(t_start, stop)  # the line's text is text[first:end] (strip() without slicing it)
    first = _NON_SPACE.search(text, t_start, end)
    first_pos = first.start() if first else end
    if end - first_pos <= max_title and "。" not in text[first_pos:end]:
        return end, text[first_pos:end], True
    kinds, _ = _config()
    window = text[t_start : t_start + max_title]
    nxt = _NEXT_HEADING.search(window, 1)
    if nxt:
        window = window[: nxt.start()]
    best = None
    for _kind, keywords in kinds:
        for k in keywords:
            i = window.find(k)
            if i >= 0 and (best is None or i + len(k) > best):
                best = i + len(k)
        if best is not None:
            break
    if best is None:
        cut = _CLAUSE_END.search(window)
        best = cut.start() if cut else min(len(window), 12)
    end = t_start + best
    tail = _TITLE_TAIL.match(text[end : end + 14])
    if tail:
        end += tail.end()
    return end, text[t_start:end].strip(), False


def segment(text: str) -> list[Section]:
    """Sections of a report (level-1 sections first-to-last, each followed by its sub-sections)."""
    if not text:
        return []
    _, max_title = _config()
    heads: list[_Head] = []
    lines = _Lines(text)
    for m in _HEADING.finditer(text):
        raw = m.group("num") or m.group("sub")
        try:
            number = numeral_value(raw)
        except (ValueError, IndexError):
            continue
        end, title, standalone = _heading_end(text, m, max_title, lines)
        if _ROW_AFTER.match(text, end) or (
            (" " in title or "\t" in title) and _NUMBERS_IN_TITLE.search(title)  # numbers apart need a blank
        ):
            continue  # '四、行政复议数量 | 件 | 0', '一、本年新收… 29 6 0': a row of a statistics table
        level = 1 if m.group("num") else 2
        heads.append(_Head(m.start() + len(m.group()) - len(m.group().lstrip()), end, number, title, classify(title), level, standalone))
    top = _pick_top(heads, text)
    sections: list[Section] = []
    for i, h in enumerate(top):
        end = top[i + 1].start if i + 1 < len(top) else len(text)
        kind = h.kind or ("overview" if not sections else "other")
        sections.append(Section(h.start, end, h.title, kind, 1, h.number, h.end))
    subs: list[Section] = []
    sub_heads = [h for h in heads if h.level == 2 and h.standalone]
    for sec in sections:
        if sec.kind == "appendix":
            continue
        lo, hi = sec.body_start, sec.end
        inner = [h for h in sub_heads if lo <= h.start < hi and not _TABLE_CELL_AFTER.match(text, h.end)]
        expected = 1
        chosen = []
        for h in inner:
            if h.number == expected:
                chosen.append(h)
                expected += 1
        for j, h in enumerate(chosen):
            end = chosen[j + 1].start if j + 1 < len(chosen) else sec.end
            subs.append(Section(h.start, end, h.title, sec.kind, 2, h.number, h.end))
    out = sections + subs
    out.sort(key=lambda s: (s.start, s.level))
    return out


def _pick_top(heads: list[_Head], text: str) -> list[_Head]:
    """Level-1 headings with increasing numbers; rows of the appendix table are not headings."""
    level1 = [h for h in heads if h.level == 1]
    if sum(1 for h in level1 if h.kind) < 2:  # reports numbering their sections (一)(二)…
        level1 = [h for h in heads if h.kind and h.level == 2] or level1
    chosen: list[_Head] = []
    last = 0
    for i, h in enumerate(level1):
        if chosen and chosen[-1].kind == "appendix":
            break
        if not (h.kind or h.standalone):
            continue
        if h.kind is None and any(o.number == h.number and o.kind for o in level1[i + 1 : i + 6]):
            continue  # '四、结转下年度继续办理' (a table row) before '四、…行政诉讼情况'
        if (
            h.number == last + 1
            or (h.kind and last < h.number <= last + 2)
            or (h.kind == "appendix" and h.number > last)
            or (not chosen and h.kind and h.number <= 6)  # an excerpt starting at a later section
        ):
            chosen.append(h)
            last = h.number
    # an appendix announced as '附件1：…统计表' / '附表' without a number
    if not chosen or chosen[-1].kind != "appendix":
        after = chosen[-1].end if chosen else 0
        for m in _APPENDIX.finditer(text, after):
            title = m.group("title").strip()
            if "统计" in title or len(title) <= 6:
                chosen.append(_Head(m.start("title"), m.end("title"), last + 1, title, "appendix", 1, True))
                break
    return chosen


def section_at(sections: Sequence[Any], pos: int) -> Any | None:
    """The innermost section containing ``pos`` (sections have .start/.end/.title/.kind)."""
    return sections_at(sections, (pos,))[0]


def sections_at(sections: Sequence[Any], positions: Sequence[int]) -> list[Any | None]:
    """:func:`section_at` of every position (the sections' spans are read once)."""
    # by start, then list order: the innermost section holding pos is the last one (of those
    # starting at or before pos) that still runs past it
    spans = sorted((getattr(s, "start", 0), i, getattr(s, "end", 0), s) for i, s in enumerate(sections or ()))
    starts = [span[0] for span in spans]
    out = []
    for pos in positions:
        best = None
        for k in range(bisect.bisect_right(starts, pos) - 1, -1, -1):
            if pos < spans[k][2]:
                best = spans[k][3]
                break
        out.append(best)
    return out
