"""Cut (folded) text into table tokens: text, numbers, units and empty-cell marks.

The lexer does not care how the table was flattened: cells separated by "|", by line breaks, by
blank lines, by spaces, or not separated at all ('主动公开信息数条20263542') all give the same token
stream.  It runs one compiled alternation over the text (linear time) and then applies a few local
rules:

* digits inside brackets ('(不同渠道和方式公开相同信息计1条)'), dates ('2013年度') and ordinals
  ('第27次') stay text;
* list markers ('1.', '2、', '3)') are text and belong to the label that follows; a marker glued to
  the preceding number ('…0000000' + '2.其他…') is detached from it;
* a number at the very end of the text inside an unclosed bracket ('采购项目数量(指202 |', a
  truncated cell) stays text;
* a unit glued to a label and followed by a number ('主动公开信息数条2026…', also with spaces before
  the number: '主动公开信息数条 2026…') becomes its own unit token.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import regex
import yaml

# One match = the separator before a token (possibly empty) and the token: a bracketed note, a list
# marker, a number, a run of text, or any other single character.  Matches tile the text, so spans
# follow from the lengths (``findall`` gives plain strings, no match objects).
_TOKEN = regex.compile(
    r"""
    (?P<sep>[|\s]*+)
    (?:(?P<paren>[(\[【][^()\[\]【】|\n]{0,80}[)\]】])
      | (?P<marker>(?<![\d.])\d{1,2}[.、)](?=[\p{Han}“"《(]))
      | (?P<num>[+-]?\d{1,40}(?:,\d{3}){0,10}(?:\.\d{1,12})?(?:万元|亿元|元|%)?)
      | (?P<text>[^|\s\d(\[【]{1,200})
      | (?P<other>.)
    )?
    """,
    regex.VERBOSE | regex.DOTALL,
)

_DATE_AFTER = regex.compile(r"\s{0,2}[年月日号时届期版]")
_ORDINAL_BEFORE = regex.compile(r"[第至到~]$|[A-Za-z@._]$|(?:附件|附表|表)\s{0,2}$")
_LEADING_MARKER = regex.compile(r"^[.、)]\s{0,2}(?=[\p{Han}“\"《(])")
_MARKER_AT_START = regex.compile(r"(?:其中:?)?(\d{1,2})[.、)]")
_STOPS = "。;!?"  # sentence ends (_finish_run looks for each with str.rfind)
_LEADING_UNIT = regex.compile(r"人次|万元|亿元|场次|件次|个次|条|件|次|人|个|篇|项|份|期|场|本|元|户|家|起|宗|天")
_DIGITS = regex.compile(r"\d+")
_ONE_OR_TWO_DIGITS = regex.compile(r"\d{1,2}")
_DATE_CHARS = "年月日号时届期版"  # the characters _DATE_AFTER can start with, besides whitespace
_ORDINAL_END = "第至到~@._表件"  # the characters _ORDINAL_BEFORE can end with, besides whitespace and A-Z/a-z
_LAST_NON_SEPARATOR = regex.compile(r"[^|\s]", regex.REVERSE)
_RULE = regex.compile(r"^:?-{3,}:?$")
_EMPTY = regex.compile(r"^[-/\\_]{1,3}$")


@functools.lru_cache(maxsize=1)
def _unit_data() -> dict:
    """The ``units`` section of tables.yaml (read once)."""
    return yaml.safe_load(resources.files("gknlp.data").joinpath("tables.yaml").read_text(encoding="utf-8"))["units"]


@functools.lru_cache(maxsize=1)
def _units() -> tuple[frozenset[str], regex.Pattern]:
    data = _unit_data()
    units = frozenset(data["words"])
    glued = "|".join(sorted((regex.escape(u) for u in data["glued"]), key=len, reverse=True))
    return units, regex.compile(rf"(?<=[{data['glue_after']}])(?:{glued})$")


@functools.lru_cache(maxsize=1)
def _glued_words() -> tuple[str, ...]:
    """The units that can be glued between a label and a number (a text must end with one)."""
    return tuple(_unit_data()["glued"])


@dataclass(slots=True)
class Token:
    """A token of a table region; ``gap`` is the separator text before it ('' when glued)."""

    kind: str  # text / num / unit / empty
    start: int
    end: int
    text: str
    gap: str = ""

    @property
    def glued(self) -> bool:
        return self.gap == ""


_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fff"  # a label starting with one of these cannot start with a digit

# A token as the row builder reads it: (kind, start, end, text, gap); ``text == source[start:end]``.
RawToken = tuple[str, int, int, str, str]


def lex(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute spans."""
    return [Token(*t) for t in lex_tuples(text, start, end)]


def lex_tuples(text: str, start: int = 0, end: int | None = None) -> list[RawToken]:
    """:func:`lex` as plain tuples (kind, start, end, text, gap), in one pass over the matches.

    Adjacent text pieces without a separator between them are glued into one text run; a run is
    finished (cut after its last sentence end, then given the unit / empty / marker rules) as soon
    as the next separator or number shows whether a number is glued to it."""
    end = len(text) if end is None else end
    units, glued_unit = _units()
    date_after, ordinal_before = _DATE_AFTER.match, _ORDINAL_BEFORE.search
    out: list[RawToken] = []
    state = [0]  # last list marker seen ('1.' → 1), carried over the whole text
    run_start = -1  # start of the text run being built (-1: none)
    run_end = 0
    run_gap = ""
    gap = "\n"
    pos = start
    last = _LAST_NON_SEPARATOR.search(text, start)
    tail = last.end() if last else start  # only separators ('|', whitespace) from here to the text end
    for sep, paren, marker, num, txt, other in _TOKEN.findall(text, start, end):
        if sep:
            if run_start >= 0 and not (num and "\n" not in sep and "|" not in sep):
                # (a run followed by spaces and a number is finished when the number is read)
                _finish_run(text, run_start, run_end, run_gap, False, out, state, units, glued_unit)
                run_start = -1
            gap = sep
            if "|" in gap and "\n" not in gap:
                bars = gap.count("|")
                if bars > 1:
                    # '| 5 |  | 0 |': a blank cell inside a row (only counted after a row's first value)
                    first = pos + gap.index("|")
                    for k in range(bars - 1):
                        out.append(("empty", first + k, first + k, "", gap if k == 0 else "|"))
            pos += len(sep)
        if num:
            s = pos
            e = pos = s + len(num)
            # a date ('2013年度') or an ordinal ('第27次', '附件1') stays text; the patterns are only
            # tried when the character after / before the number can start / end a match of theirs
            c = text[e : e + 1]
            stays_text = (c and (c in _DATE_CHARS or c.isspace()) and text[e - 1] not in "万元%"
                          and date_after(text[e : e + 3]))
            c = text[s - 1 : s] if s > start else ""
            if not stays_text and c and (c in _ORDINAL_END or c.isspace() or "A" <= c <= "Z" or "a" <= c <= "z"):
                stays_text = ordinal_before(text[max(start, s - 4) : s])
            if not stays_text and e >= tail and run_start >= 0 and gap == "":
                # '采购项目数量(指202' at the very end: a cell cut off inside an unclosed bracket
                run = text[run_start:s]
                stays_text = run.rfind("(") > run.rfind(")")
            if not stays_text:
                if run_start >= 0:  # a run followed by this number on its line (no gap, or spaces only)
                    inline = gap == "" or ("\n" not in gap and "|" not in gap)
                    _finish_run(text, run_start, run_end, run_gap, inline, out, state, units, glued_unit)
                    run_start = -1
                out.append(("num", s, e, num, gap))
                gap = ""
                continue
        else:
            tok = txt or paren or marker or other
            if not tok:
                continue  # separator at the end of the text
            s = pos
            e = pos = s + len(tok)
        # text / paren / marker / other, and numbers that are dates or ordinals: text
        if run_start >= 0 and gap == "":
            run_end = e
        else:
            if run_start >= 0:  # a run before spaces and a number that stays text ('单位 2012 年度')
                _finish_run(text, run_start, run_end, run_gap, False, out, state, units, glued_unit)
            run_start, run_end, run_gap = s, e, gap
        gap = ""
    if run_start >= 0:
        _finish_run(text, run_start, run_end, run_gap, False, out, state, units, glued_unit)
    return out


def _finish_run(text: str, s: int, e: int, gap: str, num_follows: bool, out: list[RawToken], state: list[int],
                units: frozenset[str], glued_unit: regex.Pattern) -> None:
    """Emit a text run: '…咨询。六、政府信息公开情况统计表指标名称…' — the text after the last sentence
    end is a token of its own (a table label glued to narrative); ``num_follows``: a number follows
    the run on its line (glued or after spaces)."""
    piece = text[s:e]
    last = max(piece.rfind("。"), piece.rfind(";"), piece.rfind("!"), piece.rfind("?"))  # last of _STOPS
    if 0 <= last < e - s - 1:
        cut = s + last + 1
        _text_token(text, s, cut, gap, False, out, state, units, glued_unit)
        _text_token(text, cut, e, "\n", num_follows, out, state, units, glued_unit)
    else:
        _text_token(text, s, e, gap, num_follows, out, state, units, glued_unit)


def _text_token(text: str, s: int, e: int, gap: str, num_follows: bool, out: list[RawToken], state: list[int],
                units: frozenset[str], glued_unit: regex.Pattern) -> None:
    """Units, empty marks, glued list markers of one text piece."""
    piece = text[s:e]
    c0 = piece[:1]
    if (_HAN_FIRST <= c0 <= _HAN_LAST and c0 != "其" and (gap or not out or out[-1][0] != "num")
            and piece not in units and not (num_follows and piece.endswith(_glued_words()))):
        # the common case, a label or sentence starting with a Han character (pieces never end in
        # whitespace): none of the rules below applies
        out.append(("text", s, e, piece, gap))
        return
    if gap == "" and out and out[-1][0] == "num":
        lead = _LEADING_UNIT.match(piece)
        if lead and lead.end() < len(piece) and lead.group() in units:
            # '1000条,其中…': the unit of the number, then the text that follows it
            cut = s + lead.end()
            out.append(("unit", s, cut, text[s:cut], ""))
            s, piece = cut, text[cut:e]
    stripped = piece.strip()
    if stripped[:1] in (":", "-") and _RULE.match(stripped):
        return  # markdown header rule '|---|:--:|'
    if stripped in units:
        out.append(("unit", s, e, piece, gap))
        return
    if len(stripped) <= 3 and _EMPTY.match(stripped):
        out.append(("empty", s, e, piece, gap))
        return
    c0 = piece[:1]
    # the marker patterns start with 其, a digit, '.', '、' or ')': skip them for a Han or other ASCII start
    if c0 == "其" or "0" <= c0 <= "9" or c0 == "." or c0 == ")" or (c0 > "\x7f" and not _HAN_FIRST <= c0 <= _HAN_LAST):
        lead = _MARKER_AT_START.match(piece)
        if lead:
            state[0] = digits_value(lead.group(1), state[0])
        # '…0000000' + '2.其他…': the list marker was swallowed by the number before it
        if c0 in ".、)" and gap == "" and out and out[-1][0] == "num" and _LEADING_MARKER.match(piece):
            _, n_start, n_end, digits, n_gap = out[-1]
            last_marker = state[0]
            expected = str(last_marker + 1) if last_marker else "1"
            k = len(expected) if digits.endswith(expected) and len(digits) > len(expected) else 1
            if _DIGITS.fullmatch(digits) and len(digits) > k:
                out[-1] = ("num", n_start, n_end - k, digits[:-k], n_gap)
                s, gap = n_end - k, ""
                piece = text[s:e]
                state[0] = digits_value(digits[-k:], state[0])
            elif _ONE_OR_TWO_DIGITS.fullmatch(digits):
                out.pop()
                s, gap = n_start, n_gap
                piece = text[s:e]
                state[0] = digits_value(digits, state[0])
    if num_follows and piece.endswith(_glued_words()):
        m = glued_unit.search(piece)
        if m and m.start() > 0:
            cut = s + m.start()
            out.append(("text", s, cut, text[s:cut], gap))
            out.append(("unit", cut, e, text[cut:e], ""))
            return
    out.append(("text", s, e, piece, gap))


def digits_value(digits: str, default: int) -> int:
    """``int(digits)``, or ``default`` for digits the regex module knows but Python's Unicode
    database does not yet (Kawi digits U+11F50…U+11F59, …): hostile input must not crash the reader."""
    try:
        return int(digits)
    except ValueError:
        return default


def parse_number(token: str) -> tuple[float | int, str | None]:
    """Value and canonical unit of a number token ('16800万元' → 168000000, '元'; '+3' → 3)."""
    t = token.replace(",", "") if "," in token else token
    if t[-1:] not in ("元", "%"):  # no unit suffix (the common case)
        return (float(t) if "." in t else int(t)), None
    unit = None
    scale = 1
    for suffix, canon, factor in (("万元", "元", 10_000), ("亿元", "元", 100_000_000), ("元", "元", 1), ("%", "%", 1)):
        if t.endswith(suffix):
            t, unit, scale = t[: -len(suffix)], canon, factor
            break
    value: float | int = float(t) if "." in t else int(t)
    if scale != 1:
        value = value * scale
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, float):
            value = round(value, 6)
    return value, unit
