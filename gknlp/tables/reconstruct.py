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

from gknlp.tables.lexer import Token, lex, parse_number
from gknlp.tables.model import Cell, Row

_CLAUSE_START = frozenset(",、;:，；：")
_BRACKETED = regex.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]|【[^【】]{0,80}】")


@functools.lru_cache(maxsize=1)
def _config() -> dict:
    return yaml.safe_load(resources.files("gknlp.data").joinpath("tables.yaml").read_text(encoding="utf-8"))


def is_narrative(label: str) -> bool:
    """True for sentence-like text that cannot be a table cell."""
    cfg = _config()["narrative"]
    bare = _BRACKETED.sub("", label).strip()
    if any(s in bare for s in cfg["stops"]):
        return True
    if len(bare) > cfg["max_label"]:
        return True
    return ("," in bare or "，" in bare) and len(bare) > cfg["comma_label"]


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
    tokens = lex(text, start, end)
    cands: list[Candidate] = []
    cur = Candidate()
    row: Row | None = None
    pending: list[Token] = []

    def close_row() -> None:
        nonlocal row
        if row is not None:
            cur.rows.append(row)
            row = None

    def flush_pending() -> None:
        for t in pending:
            cur.rows.append(Row(t.text.strip(), t.start, t.end))
        pending.clear()

    for t in tokens:
        if t.kind == "text":
            close_row()
            # '…1000条，政府公报公开34条': a clause glued to the value before it is running text
            clause = t.glued and t.text[:1] in _CLAUSE_START and cur.rows and cur.rows[-1].cells
            if clause or is_narrative(t.text):
                if clause and cur.rows:
                    cur.rows.pop()  # the value before the comma was in the sentence too
                flush_pending()
                if cur.rows:
                    cands.append(cur)
                cur = Candidate()
                continue
            pending.append(t)
            continue
        if t.kind == "empty" and not t.text and (row is None or not row.cells):
            continue  # blank cells before a row's first value are header/label positions
        if row is None:
            if pending:
                label_tok = pending.pop()
                # words of one label separated by spaces only: '(一)主动公开政府信息数 (不同…计1条)'
                while pending and "\n" not in label_tok.gap and "|" not in label_tok.gap:
                    prev = pending.pop()
                    label_tok = Token("text", prev.start, label_tok.end, text[prev.start : label_tok.end], prev.gap)
                flush_pending()
                row = Row(label_tok.text.strip(), label_tok.start, label_tok.end)
            else:  # values with no label before them: continue the previous row if any
                row = cur.rows.pop() if cur.rows and cur.rows[-1].cells else Row("", t.start, t.start)
        if t.kind == "unit":
            if row.cells:  # '20 件' style unit after the value
                if row.cells[-1].unit is None:
                    row.cells[-1].unit = t.text.strip()
            else:
                row.unit = t.text.strip()
            continue
        if t.glued and t.kind == "num":
            cur.fused = row.fused = True
        if "\n" not in t.gap and "|" not in t.gap:
            row.inline = True
        if t.kind == "empty":
            row.cells.append(Cell(t.text, t.start, t.end, None, col=len(row.cells)))
            continue
        value, unit = parse_number(t.text)
        row.cells.append(
            Cell(t.text, t.start, t.end, value, unit=unit, col=len(row.cells), signed=t.text[:1] in "+-")
        )
    close_row()
    flush_pending()
    if cur.rows:
        cands.append(cur)
    return cands
