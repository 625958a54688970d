"""Cut (folded) text into table tokens: text, numbers, units and empty-cell marks.

The lexer does not care how the table was flattened: cells separated by "|", by line breaks, by
blank lines, by spaces, or not separated at all ('主动公开信息数条20263542') all give the same token
stream.  It runs one compiled alternation over the text (linear time) and then applies a few local
rules:

* digits inside brackets ('(不同渠道和方式公开相同信息计1条)'), dates ('2013年度') and ordinals
  ('第27次') stay text;
* list markers ('1.', '2、', '3)') are text and belong to the label that follows; a marker glued to
  the preceding number ('…0000000' + '2.其他…') is detached from it;
* a unit glued to a label and a number ('主动公开信息数条2026…') becomes its own unit token.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import regex
import yaml

_TOKEN = regex.compile(
    r"""
    (?P<sep>[|\s]+)
  | (?P<paren>[(\[【][^()\[\]【】|\n]{0,80}[)\]】])
  | (?P<marker>(?<![\d.])\d{1,2}[.、)](?=[\p{Han}“"《(]))
  | (?P<num>[+-]?\d{1,40}(?:,\d{3}){0,10}(?:\.\d{1,12})?(?:万元|亿元|元|%)?)
  | (?P<text>[^|\s\d(\[【]{1,200})
  | (?P<other>.)
    """,
    regex.VERBOSE | regex.DOTALL,
)

_DATE_AFTER = regex.compile(r"\s{0,2}[年月日号时届期版]")
_ORDINAL_BEFORE = regex.compile(r"[第至到~]$|[A-Za-z@._]$|(?:附件|附表|表)\s{0,2}$")
_LEADING_MARKER = regex.compile(r"^[.、)]\s{0,2}(?=[\p{Han}“\"《(])")
_MARKER_AT_START = regex.compile(r"(?:其中:?)?(\d{1,2})[.、)]")
_STOPS = "。;!?"
_LEADING_UNIT = regex.compile(r"人次|万元|亿元|场次|件次|个次|条|件|次|人|个|篇|项|份|期|场|本|元|户|家|起|宗|天")
_RULE = regex.compile(r"^:?-{3,}:?$")
_EMPTY = regex.compile(r"^[-/\\_]{1,3}$")


@functools.lru_cache(maxsize=1)
def _units() -> tuple[frozenset[str], regex.Pattern]:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("tables.yaml").read_text(encoding="utf-8"))
    units = frozenset(data["units"]["words"])
    glued = "|".join(sorted((regex.escape(u) for u in data["units"]["glued"]), key=len, reverse=True))
    return units, regex.compile(rf"(?<=[{data['units']['glue_after']}])(?:{glued})$")


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


def lex(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute spans."""
    end = len(text) if end is None else end
    # pass 1: raw tokens as [kind, start, end, gap]; adjacent text pieces without a separator
    # between them are glued into one text token on the fly
    raw: list[list] = []
    gap = "\n"
    last_is_text = False  # the last raw token is a text token (it can be extended)
    date_after, ordinal_before = _DATE_AFTER.match, _ORDINAL_BEFORE.search
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "sep":
            gap = text[s:e]
            if "|" in gap and "\n" not in gap:
                bars = gap.count("|")
                if bars > 1:
                    # '| 5 |  | 0 |': a blank cell inside a row (only counted after a row's first value)
                    first = s + gap.index("|")
                    for k in range(bars - 1):
                        raw.append(["empty", first + k, first + k, gap if k == 0 else "|"])
                    last_is_text = False
            continue
        if kind == "num":
            after = text[e : e + 3]
            before = text[max(start, s - 4) : s]
            if (after and date_after(after) and text[e - 1] not in "万元%") or (
                before and ordinal_before(before)
            ):
                kind = "text"
        else:  # text / paren / marker / other
            kind = "text"
        if kind == "text":
            if gap == "" and last_is_text:
                raw[-1][2] = e
                continue
            last_is_text = True
        else:
            last_is_text = False
        raw.append([kind, s, e, gap])
        gap = ""
    return _post(text, raw)


def _last_stop(piece: str) -> int:
    """Index of the last sentence end ('。;!?') in ``piece``, -1 when none."""
    return max(piece.rfind("。"), piece.rfind(";"), piece.rfind("!"), piece.rfind("?"))


def _split_sentences(text: str, raw: list[list]) -> list[list]:
    """'…咨询。六、政府信息公开情况统计表指标名称…': the text after the last sentence end is a token
    of its own (a table label glued to narrative)."""
    out: list[list] = []
    for t in raw:
        if t[0] == "text":
            s, e = t[1], t[2]
            last = _last_stop(text[s:e])
            if 0 <= last < e - s - 1:
                cut = s + last + 1
                out.append(["text", s, cut, t[3]])
                out.append(["text", cut, e, "\n"])
                continue
        out.append(t)
    return out


def _post(text: str, raw: list[list]) -> list[Token]:
    """Units, empty marks, glued list markers (``raw``: [kind, start, end, gap] after gluing)."""
    units, glued_unit = _units()
    toks = _split_sentences(text, raw)
    n = len(toks)
    out: list[Token] = []
    last_marker = 0
    for i in range(n):
        kind, s, e, gap = toks[i]
        if kind != "text":
            out.append(Token(kind, s, e, text[s:e], gap))
            continue
        piece = text[s:e]
        if gap == "" and out and out[-1].kind == "num":
            lead = _LEADING_UNIT.match(piece)
            if lead and lead.end() < len(piece) and lead.group() in units:
                # '1000条,其中…': the unit of the number, then the text that follows it
                cut = s + lead.end()
                out.append(Token("unit", s, cut, text[s:cut], ""))
                s, piece = cut, text[cut:e]
        stripped = piece.strip()
        first = stripped[:1]
        if first in (":", "-") and _RULE.match(stripped):
            continue  # markdown header rule '|---|:--:|'
        if stripped in units:
            out.append(Token("unit", s, e, piece, gap))
            continue
        if len(stripped) <= 3 and _EMPTY.match(stripped):
            out.append(Token("empty", s, e, piece, gap))
            continue
        c0 = piece[:1]
        if c0 == "其" or not (_HAN_FIRST <= c0 <= _HAN_LAST):
            lead = _MARKER_AT_START.match(piece)
            if lead:
                last_marker = int(lead.group(1))
            # '…0000000' + '2.其他…': the list marker was swallowed by the number before it
            if c0 in ".、)" and gap == "" and out and out[-1].kind == "num" and _LEADING_MARKER.match(piece):
                num = out[-1]
                expected = str(last_marker + 1) if last_marker else "1"
                digits = num.text
                k = len(expected) if digits.endswith(expected) and len(digits) > len(expected) else 1
                if regex.fullmatch(r"\d+", digits) and len(digits) > k:
                    out[-1] = Token("num", num.start, num.end - k, digits[:-k], num.gap)
                    s, gap = num.end - k, ""
                    piece = text[s:e]
                    last_marker = int(digits[-k:])
                elif regex.fullmatch(r"\d{1,2}", digits):
                    out.pop()
                    s, gap = num.start, num.gap
                    piece = text[s:e]
                    last_marker = int(digits)
        if i + 1 < n and toks[i + 1][0] == "num" and toks[i + 1][3] == "":
            m = glued_unit.search(piece)
            if m and m.start() > 0:
                cut = s + m.start()
                out.append(Token("text", s, cut, text[s:cut], gap))
                out.append(Token("unit", cut, e, text[cut:e], ""))
                continue
        out.append(Token("text", s, e, piece, gap))
    return out


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
