"""From tokens to rows, and from rows to table candidates (layout-independent).

A row is a label followed by an optional unit and its value cells: '规章 | 0 | 0 | 0', the four
lines '(一)主动公开政府信息总数', '', '13305', '' or the fused '主动公开信息数条20263542' all become
``Row('…', cells=[…])``.  Text with no value after it gives a label-only row (headings, column
headers).  Narrative text (sentences) separates table candidates.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

import regex
import yaml

from gknlp.numbers.grammar import lexicon
from gknlp.tables.lexer import RawToken, lex_tuples, parse_number
from gknlp.tables.model import Cell, Row

_CLAUSE_START = frozenset(",、;:，；：")
_SCALED_UNITS = frozenset(("万元", "亿元"))
_AREA_CODE = regex.compile(r"0\d{2,3}")
_PHONE_TAIL = regex.compile(r"-\d{7,8}")
_BRACKETED = regex.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]|【[^【】]{0,80}】")


@functools.lru_cache(maxsize=1)
def _config() -> dict:
    return yaml.safe_load(resources.files("gknlp.data").joinpath("tables.yaml").read_text(encoding="utf-8"))


NarrativeRules = tuple[tuple[str, ...], int, int, regex.Pattern]


@functools.lru_cache(maxsize=1)
def _narrative_rules() -> NarrativeRules:
    cfg = _config()["narrative"]
    # '电话:', '邮编:' …: a contact line (a footer after the table) is not a row; the keywords are the
    # numbers stage's phone / postcode keywords (gknlp/data/numbers.yaml), with a colon after them
    # ('2.传真申请数' stays a row)
    kw = lexicon().keywords
    def alt(keys: tuple[str, ...]) -> str:
        return "|".join(regex.escape(w) for w in sorted({w for k in keys for w in kw.get(k, [])}, key=len, reverse=True))

    # a postcode word needs no colon ('邮编 236010'); a phone word does ('2.传真申请数', '传真 | 3' are rows)
    contact = regex.compile(rf"(?:{alt(('phone', 'postcode'))})[ ]{{0,2}}:|(?:{alt(('postcode',))})$")
    return tuple(cfg["stops"]), int(cfg["max_label"]), int(cfg["comma_label"]), contact


def is_narrative(label: str, rules: NarrativeRules | None = None) -> bool:
    """True for sentence-like text or a contact line ('电话:') that cannot be a table cell
    (``rules``: :func:`_narrative_rules`, passed by callers that test many labels)."""
    stops, max_label, comma_label, contact = rules or _narrative_rules()
    if "(" in label or "[" in label or "【" in label:
        label = _BRACKETED.sub("", label)
    bare = label.strip()
    for s in stops:
        if s in bare:
            return True
    if contact.search(bare):
        return True
    if len(bare) > max_label:
        return True
    return len(bare) > comma_label and ("," in bare or "，" in bare)


@dataclass
class Candidate:
    """Rows between two pieces of narrative; ``texts`` are the label-only tokens kept for context."""

    rows: list[Row] = field(default_factory=list)
    fused: bool = False  # at least one value glued to its label / neighbour without a separator

    @property
    def value_rows(self) -> list[Row]:
        return [r for r in self.rows if r.cells]

    @property
    def start(self) -> int:
        return self.rows[0].label_start

    @property
    def end(self) -> int:
        ends = [c.end for r in self.rows for c in r.cells]
        return max(ends) if ends else self.rows[-1].label_end


def rows_of(text: str, start: int = 0, end: int | None = None) -> list[Candidate]:
    """Table candidates (runs of rows without narrative between them) in ``text[start:end]``."""
    cands: list[Candidate] = []
    cur = Candidate()
    rows = cur.rows
    row: Row | None = None
    pending: list[RawToken] = []  # label-only text tokens since the last row
    rules = _narrative_rules()

    for tok in lex_tuples(text, start, end):
        kind, t_start, t_end, t_text, gap = tok
        if kind == "text":
            if row is not None:  # close the row
                rows.append(row)
                row = None
            # '…1000条，政府公报公开34条': a clause glued to the value before it is running text
            clause = gap == "" and t_text[:1] in _CLAUSE_START and rows and rows[-1].cells
            if clause or is_narrative(t_text, rules):
                if clause and rows:
                    rows.pop()  # the value before the comma was in the sentence too
                for p in pending:
                    rows.append(Row(p[3].strip(), p[1], p[2]))
                pending.clear()
                if rows:
                    cands.append(cur)
                cur = Candidate()
                rows = cur.rows
                continue
            pending.append(tok)
            continue
        if kind == "empty" and not t_text and (row is None or not row.cells):
            continue  # blank cells before a row's first value are header/label positions
        if row is None:
            if pending:
                _, l_start, l_end, l_text, l_gap = pending.pop()
                # words of one label separated by spaces only: '(一)主动公开政府信息数 (不同…计1条)'
                while pending and "\n" not in l_gap and "|" not in l_gap:
                    _, l_start, _, _, l_gap = pending.pop()
                    l_text = text[l_start:l_end]
                for p in pending:
                    rows.append(Row(p[3].strip(), p[1], p[2]))
                pending.clear()
                row = Row(l_text.strip(), l_start, l_end)
            else:  # values with no label before them: continue the previous row if any
                row = rows.pop() if rows and rows[-1].cells else Row("", t_start, t_start)
        cells = row.cells
        if kind == "unit":
            if cells:  # '20 件' style unit after the value
                last = cells[-1]
                if last.unit is None:
                    unit = t_text.strip()
                    if unit in _SCALED_UNITS and last.value is not None and "%" not in last.text:
                        # '16800 万元' (a space before the unit) is '16800万元': 168000000 元
                        last.value, last.unit = parse_number(last.text + unit)
                        last.text, last.end = text[last.start : t_end], t_end
                    else:
                        last.unit = unit
            else:
                row.unit = t_text.strip()
            continue
        if kind == "num" and gap == "":
            if t_text[:1] == "-" and cells and _PHONE_TAIL.fullmatch(t_text) and _AREA_CODE.fullmatch(cells[-1].text):
                # '0558-2198055': a phone number (a footer line after the table), not two cells; it
                # ends the table like narrative
                row = None
                if rows:
                    cands.append(cur)
                cur = Candidate()
                rows = cur.rows
                continue
            cur.fused = row.fused = True
        if "\n" not in gap and "|" not in gap:
            row.inline = True
        if kind == "empty":
            cells.append(Cell(t_text, t_start, t_end, None, col=len(cells)))
            continue
        try:
            if "," in t_text or t_text[-1] in "元%":
                value, unit = parse_number(t_text)
            else:  # a plain number (parse_number's common case, inline)
                value, unit = (float(t_text) if "." in t_text else int(t_text)), None
        except ValueError:  # digits newer than Python's Unicode database (Kawi U+11F51 …): value unknown
            value, unit = None, None
        cells.append(Cell(t_text, t_start, t_end, value, unit=unit, col=len(cells), signed=t_text[:1] in "+-"))
    if row is not None:
        rows.append(row)
    for p in pending:
        rows.append(Row(p[3].strip(), p[1], p[2]))
    if rows:
        cands.append(cur)
    return cands
