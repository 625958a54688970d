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


@dataclass
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


def lex(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute spans."""
    end = len(text) if end is None else end
    raw: list[Token] = []
    gap = "\n"
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "sep":
            gap = m.group()
            bars = gap.count("|")
            if bars > 1 and "\n" not in gap:
                # '| 5 |  | 0 |': a blank cell inside a row (only counted after a row's first value)
                first = s + gap.index("|")
                for k in range(bars - 1):
                    raw.append(Token("empty", first + k, first + k, "", gap if k == 0 else "|"))
            continue
        if kind == "num":
            after = text[e : e + 3]
            before = text[max(start, s - 4) : s]
            if (after and _DATE_AFTER.match(after) and m.group()[-1:] not in "万元%") or (
                before and _ORDINAL_BEFORE.search(before)
            ):
                kind = "text"
        elif kind in ("paren", "marker", "other"):
            kind = "text"
        raw.append(Token(kind, s, e, m.group(), gap))
        gap = ""
    return _post(text, _merge_text(text, raw))


def _merge_text(text: str, toks: list[Token]) -> list[Token]:
    """Glue adjacent text pieces (no separator between them) into one text token (linear)."""
    out: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        j = i
        if t.kind == "text":
            while j + 1 < n and toks[j + 1].kind == "text" and toks[j + 1].glued:
                j += 1
        if j > i:
            out.append(Token("text", t.start, toks[j].end, text[t.start : toks[j].end], t.gap))
        else:
            out.append(t)
        i = j + 1
    return out


def _split_sentences(text: str, toks: list[Token]) -> list[Token]:
    """'…咨询。六、政府信息公开情况统计表指标名称…': the text after the last sentence end is a token
    of its own (a table label glued to narrative)."""
    out: list[Token] = []
    for t in toks:
        if t.kind == "text":
            last = max(t.text.rfind(c) for c in _STOPS)
            if 0 <= last < len(t.text) - 1:
                cut = t.start + last + 1
                out.append(Token("text", t.start, cut, text[t.start : cut], t.gap))
                out.append(Token("text", cut, t.end, text[cut : t.end], "\n"))
                continue
        out.append(t)
    return out


def _post(text: str, toks: list[Token]) -> list[Token]:
    """Units, empty marks, glued list markers."""
    units, glued_unit = _units()
    toks = _split_sentences(text, toks)
    out: list[Token] = []
    last_marker = 0
    for i, t in enumerate(toks):
        if t.kind == "text":
            stripped = t.text.strip()
            if t.glued and out and out[-1].kind == "num":
                lead = _LEADING_UNIT.match(t.text)
                if lead and lead.end() < len(t.text) and lead.group() in units:
                    # '1000条,其中…': the unit of the number, then the text that follows it
                    cut = t.start + lead.end()
                    out.append(Token("unit", t.start, cut, text[t.start : cut], ""))
                    t = Token("text", cut, t.end, text[cut : t.end], "")
                    stripped = t.text.strip()
            if _RULE.match(stripped):
                continue  # markdown header rule '|---|:--:|'
            if stripped in units:
                out.append(Token("unit", t.start, t.end, t.text, t.gap))
                continue
            if _EMPTY.match(stripped):
                out.append(Token("empty", t.start, t.end, t.text, t.gap))
                continue
            lead = _MARKER_AT_START.match(t.text)
            if lead:
                last_marker = int(lead.group(1))
            # '…0000000' + '2.其他…': the list marker was swallowed by the number before it
            if _LEADING_MARKER.match(t.text) and out and out[-1].kind == "num" and t.glued:
                num = out[-1]
                expected = str(last_marker + 1) if last_marker else "1"
                digits = num.text
                k = len(expected) if digits.endswith(expected) and len(digits) > len(expected) else 1
                if regex.fullmatch(r"\d+", digits) and len(digits) > k:
                    out[-1] = Token("num", num.start, num.end - k, digits[:-k], num.gap)
                    t = Token("text", num.end - k, t.end, text[num.end - k : t.end], "")
                    last_marker = int(digits[-k:])
                elif regex.fullmatch(r"\d{1,2}", digits):
                    out.pop()
                    t = Token("text", num.start, t.end, text[num.start : t.end], num.gap)
                    last_marker = int(digits)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            m = glued_unit.search(t.text)
            if m and nxt is not None and nxt.kind == "num" and nxt.glued and m.start() > 0:
                cut = t.start + m.start()
                out.append(Token("text", t.start, cut, text[t.start : cut], t.gap))
                out.append(Token("unit", cut, t.end, text[cut : t.end], ""))
                continue
        out.append(t)
    return out


def parse_number(token: str) -> tuple[float | int, str | None]:
    """Value and canonical unit of a number token ('16800万元' → 168000000, '元'; '+3' → 3)."""
    t = token.replace(",", "")
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
