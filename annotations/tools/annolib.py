"""Helpers for writing gold annotations by hand (used by the per-document scripts in this folder).

Nothing here extracts facts automatically: every fact is written by the annotator as
(context, needle, value, unit, label, indicator).  The helpers only turn "needle inside a unique
context string" into character offsets, walk flattened table lines to find the cell spans of a
row whose values the annotator typed in, and assert that the values read from the text equal the
typed ones — so a typo in either the script or the offsets fails loudly.

Usage (from the repository root)::

    .venv/bin/python annotations/tools/seed003.py      # writes annotations/seed003.json
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any, Sequence

import regex

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

try:
    import gknlp  # noqa: F401
except (ImportError, SyntaxError):  # pipeline mid-edit; the annotation loader does not need it
    import types

    _stub = types.ModuleType("gknlp.pipeline")
    _stub.extract = _stub.parse_report = None
    sys.modules["gknlp.pipeline"] = _stub
    for _m in [m for m in sys.modules if m == "gknlp" or m.startswith("gknlp.")]:
        if _m != "gknlp.pipeline":
            del sys.modules[_m]
from gknlp.training.annotations import dump, load_file  # noqa: E402

# A flattened table cell holding one number: "0", "+3", "-167", "16800万元", "128 |".
CELL = regex.compile(r"[^\S\n]*(?P<num>[+\-]?\d{1,15}(?:\.\d{1,6})?(?:万元|万|亿元|亿|%)?)[^\S\n]*\|?[^\S\n]*")


class Doc:
    """An annotation under construction for one text file."""

    def __init__(self, doc: str, rel_path: str, meta: dict[str, Any], complete: bool = True) -> None:
        self.doc = doc
        self.rel_path = rel_path
        self.path = (ROOT / rel_path).resolve()
        data = self.path.read_bytes()
        self.sha256 = hashlib.sha256(data).hexdigest()
        self.text = data.decode("utf-8")
        self.meta = meta
        self.complete = complete
        self.facts: list[dict[str, Any]] = []
        self.nonfacts: list[dict[str, Any]] = []
        self.tables: list[dict[str, Any]] = []
        self.indicators: dict[str, float | int] = {}

    # ------------------------------------------------------------------ locating
    def locate(self, context: str, needle: str | None = None, nth: int | None = None) -> tuple[int, int]:
        """Span of ``needle`` inside ``context``; ``context`` must occur exactly once in the text
        (or pass ``nth`` to pick the n-th occurrence, counting from 0, deliberately)."""
        hits = [m.start() for m in regex.finditer(regex.escape(context), self.text, overlapped=True)]
        if not hits:
            raise ValueError(f"{self.doc}: context {context!r} not found")
        if len(hits) > 1 and nth is None:
            raise ValueError(f"{self.doc}: context {context!r} occurs {len(hits)} times; pass nth")
        base = hits[nth or 0]
        needle = needle if needle is not None else context
        off = context.find(needle)
        if off < 0:
            raise ValueError(f"{self.doc}: needle {needle!r} not in context {context!r}")
        if context.find(needle, off + 1) >= 0:
            raise ValueError(f"{self.doc}: needle {needle!r} ambiguous in context {context!r}")
        return base + off, base + off + len(needle)

    # ------------------------------------------------------------------ adding
    def fact(self, context: str, needle: str | None, value: float | int, unit: str | None, label: str | None,
             indicator: str | None, *, approx: bool = False, scope: str | None = None, nth: int | None = None,
             source: str = "narrative", note: str | None = None, doc_level: bool = False) -> dict[str, Any]:
        """Add one narrative fact; with ``doc_level`` its value also becomes the document-level answer."""
        start, end = self.locate(context, needle, nth)
        return self._add(start, end, value, unit, label, indicator, approx, scope, source, note, doc_level)

    def _add(self, start, end, value, unit, label, indicator, approx, scope, source, note, doc_level):
        printed = _value_as_printed(self.text[start:end])
        if printed is not None and abs(printed - value) > 1e-6 * max(1.0, abs(value)):
            raise ValueError(f"{self.doc}: typed value {value} but the span {self.text[start:end]!r} says {printed}")
        f = {"start": start, "end": end, "text": self.text[start:end], "value": value, "unit": unit,
             "approx": approx, "label": label, "indicator": indicator, "source": source, "scope": scope}
        if note:
            f["note"] = note
        self.facts.append(f)
        if doc_level and indicator:
            if indicator in self.indicators and self.indicators[indicator] != value:
                raise ValueError(f"{self.doc}: two document-level values for {indicator}")
            self.indicators.setdefault(indicator, value)
        return f

    def nonfact(self, context: str, needle: str | None, reason: str, nth: int | None = None) -> None:
        start, end = self.locate(context, needle, nth)
        self.nonfacts.append({"start": start, "end": end, "text": self.text[start:end], "reason": reason})

    def list_markers(self) -> int:
        """Record every free-standing list marker (line-initial ``1.`` ``2、`` ``3)``) as a non-fact."""
        taken = [(f["start"], f["end"]) for f in self.facts] + [(n["start"], n["end"]) for n in self.nonfacts]
        added = 0
        for m in LIST_MARKER.finditer(self.text):
            s, e = m.span("num")
            if any(a < e and s < b for a, b in taken):
                continue
            self.nonfacts.append({"start": s, "end": e, "text": self.text[s:e], "reason": "list_marker"})
            added += 1
        return added

    def table(self, first: str, last: str, fmt: str | None, first_nth: int | None = None, last_nth: int | None = None) -> tuple[int, int]:
        """Register a table region from the start of ``first`` to the end of ``last``."""
        s, _ = self.locate(first, nth=first_nth)
        _, e = self.locate(last, nth=last_nth)
        assert s < e, (first, last)
        self.tables.append({"start": s, "end": e, "format": fmt})
        return s, e

    # ------------------------------------------------------------------ tables
    def row(self, pos: int, label_line: str, cells: Sequence[tuple], *,
            unit: str | None = None, label: str | None = None, scale: float = 1, limit: int | None = None,
            lenient: bool = False) -> int:
        """Annotate one flattened table row.

        Finds the first line at or after ``pos`` that contains ``label_line``; then takes the next
        ``len(cells)`` lines that hold exactly one number (skipping unit cells, "|" lines and blank
        lines; with ``lenient`` any non-number line, e.g. multi-line column headers).  ``cells``
        lists (indicator id or None, expected value as printed[, unit[, label]]); a mismatch
        raises.  ``scale`` converts printed values to the canonical unit (万元 → 10000).  Cells
        whose indicator is ``"-"`` are skipped (not facts).  Returns the offset after the last cell.
        """
        i = self.text.find(label_line, pos)
        if i < 0 or (limit is not None and i > limit):
            raise ValueError(f"{self.doc}: row label {label_line!r} not found after {pos}")
        lab = label if label is not None else _clean_label(self.text[i:self.text.find("\n", i)] if "\n" in self.text[i:] else self.text[i:])
        cur = self.text.find("\n", i) + 1
        done = 0
        while done < len(cells):
            nl = self.text.find("\n", cur)
            line_end = nl if nl >= 0 else len(self.text)
            line = self.text[cur:line_end]
            m = CELL.fullmatch(line)
            if m:
                ind, expected, *extra = cells[done]
                cell_unit = extra[0] if len(extra) > 0 else unit
                cell_label = extra[1] if len(extra) > 1 else lab
                num = m.group("num")
                printed = _printed_value(num)
                if abs(printed - expected) > 1e-9:
                    raise ValueError(f"{self.doc}: row {label_line!r} cell {done}: text has {num!r}, expected {expected}")
                if ind != "-":
                    s = cur + m.start("num")
                    self._add(s, s + len(num), _canon(num, printed, scale), cell_unit, cell_label, ind, False, None,
                              "table", None,
                              doc_level=ind is not None)
                done += 1
            elif not lenient and line.strip() not in ("", "|", "||", "/ |", "/") and not _is_unit_cell(line):
                raise ValueError(f"{self.doc}: row {label_line!r}: unexpected line {line!r} before cell {done}")
            if nl < 0:
                break
            cur = nl + 1
        if done < len(cells):
            raise ValueError(f"{self.doc}: row {label_line!r}: only {done} cells found")
        return cur

    # ------------------------------------------------------------------ output
    def write(self, out: str | Path | None = None) -> Path:
        out = Path(out) if out else ROOT / "annotations" / f"{self.doc}.json"
        raw = {"doc": self.doc, "path": self.rel_path, "sha256": self.sha256, "meta": self.meta,
               "complete": self.complete, "facts": sorted(self.facts, key=lambda f: f["start"]),
               "nonfacts": sorted(self.nonfacts, key=lambda n: n["start"]), "tables": self.tables,
               "indicators": self.indicators}
        dump(raw, out)
        doc = load_file(out)  # validate what we wrote
        print(f"{out.relative_to(ROOT)}: {len(doc.facts)} facts "
              f"({sum(f.source == 'table' for f in doc.facts)} table cells), {len(doc.nonfacts)} non-facts, "
              f"{len(doc.indicators)} document-level indicators")
        return out


LIST_MARKER = regex.compile(r"(?m)^[^\S\n]*(?P<num>\d{1,2})(?=[.、)．）](?!\d))")
UNIT_CELLS = {"条", "件", "次", "篇", "人", "人次", "个", "万元", "元", "项", "期", "份", "场次"}


def _is_unit_cell(line: str) -> bool:
    return line.strip().rstrip("|").strip() in UNIT_CELLS


SPAN_NUMBER = regex.compile(r"(?P<sign>下降|减少|降低|-)?[^\d]{0,4}?(?P<num>\d{1,15}(?:\.\d{1,6})?)\s*(?P<scale>万|亿)?")


def _value_as_printed(span: str) -> float | None:
    """The value a span's Arabic digits state (scale word and decrease applied); None without digits."""
    m = SPAN_NUMBER.search(span)
    if m is None:
        return None
    v = float(m.group("num")) * {"万": 1e4, "亿": 1e8}.get(m.group("scale") or "", 1)
    return -v if m.group("sign") else v


def _printed_value(num: str) -> float:
    m = regex.match(r"[+\-]?\d+(?:\.\d+)?", num)
    return float(m.group(0))


def _canon(num: str, printed: float, scale: float) -> float | int:
    if num.endswith("万元") or num.endswith("万"):
        v = printed * 10000
    elif num.endswith("亿元") or num.endswith("亿"):
        v = printed * 1e8
    else:
        v = printed * scale
    return int(v) if float(v).is_integer() else v


def _clean_label(line: str) -> str:
    """Row label without the trailing '|' and without leading numbering ((一) 1、 1. 1) 其中:)."""
    s = line.strip().rstrip("|").strip()
    s = regex.sub(r"^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[、.．)）]|其中[:：]?\s*)\s*", "", s)
    return s.strip()
