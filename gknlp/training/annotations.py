"""Load and validate gold annotations (the format is described in ``annotations/README.md``).

>>> from gknlp.training.annotations import load
>>> docs = load("annotations/")          # a directory, one file, or several paths
>>> docs[0].facts[0].text == docs[0].text[docs[0].facts[0].start:docs[0].facts[0].end]
True

Every problem raises :class:`gknlp.errors.AnnotationError` naming the file and the offending entry:
a text whose sha256 changed, a span whose text differs from ``doc_text[start:end]``, an indicator id
that is not in the taxonomy, a value that is not a finite number, a duplicated doc id.
"""
from __future__ import annotations

import hashlib
import json
import math
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from gknlp.errors import AnnotationError
from gknlp.taxonomy import Taxonomy, get_taxonomy

#: Repository root of a source checkout (``gknlp/training/annotations.py`` → ``../..``).
REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("narrative", "table")
FORMATS = ("f2008", "f2008_local", "f2019", "f2021", "narrative", "other")


class TextMissing(AnnotationError):
    """The text an annotation refers to does not exist (not the same as a changed text)."""


@dataclass(frozen=True)
class GoldFact:
    """One annotated numeric fact (span into the document text + normalized value)."""

    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    approx: bool
    label: str | None
    indicator: str | None
    source: str
    scope: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class NonFact:
    """A number that is deliberately not a fact (date, document number, phone …)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class TableRegion:
    """Character range of one (flattened) statistics table."""

    start: int
    end: int
    format: str | None = None


@dataclass
class AnnotatedDoc:
    """One annotated document with its (verified) text."""

    doc: str
    path: Path
    rel_path: str
    sha256: str
    text: str
    meta: dict[str, Any]
    complete: bool
    facts: list[GoldFact]
    nonfacts: list[NonFact] = field(default_factory=list)
    tables: list[TableRegion] = field(default_factory=list)
    indicators: dict[str, float | int] = field(default_factory=dict)
    source_file: Path | None = None

    @property
    def format(self) -> str | None:
        return self.meta.get("format")

    def linked_facts(self) -> list[GoldFact]:
        return [f for f in self.facts if f.indicator]


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def annotation_files(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """Expand directories into their ``*.json`` files (sorted); keep files as given."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(q for q in p.glob("*.json") if q.is_file()))
        elif p.is_file():
            out.append(p)
        else:
            raise AnnotationError(f"{p}: no such annotation file or directory")
    return out


def load(paths: str | Path | Iterable[str | Path], *, root: str | Path | None = None,
         taxonomy: Taxonomy | None = None, skip_missing: bool = False) -> list[AnnotatedDoc]:
    """Load and validate annotation files (a directory, a file, or a list of them).

    Text paths resolve against ``root`` when given, else against the parent of the directory that
    holds the annotation file (``annotations/..`` = the repository root), then against the
    repository root of this checkout.  Raises :class:`AnnotationError` on any inconsistency.
    With ``skip_missing`` an annotation whose text file does not exist (e.g. ``../shared/corpus``
    is not checked out) is skipped with a :class:`UserWarning` instead; a text that exists but
    changed is still an error.
    """
    tax = taxonomy or get_taxonomy()
    docs: list[AnnotatedDoc] = []
    seen: dict[str, Path] = {}
    for file in annotation_files(paths):
        try:
            doc = load_file(file, root=root, taxonomy=tax)
        except TextMissing as exc:
            if not skip_missing:
                raise
            warnings.warn(f"skipped: {exc}", UserWarning, stacklevel=2)
            continue
        if doc.doc in seen:
            raise AnnotationError(f"{file}: doc id {doc.doc!r} already used by {seen[doc.doc]}")
        seen[doc.doc] = file
        docs.append(doc)
    return docs


def load_file(file: str | Path, *, root: str | Path | None = None, taxonomy: Taxonomy | None = None) -> AnnotatedDoc:
    """Load and validate one annotation file."""
    file = Path(file)
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationError(f"{file}: cannot read annotation JSON: {exc}") from exc
    return parse(raw, file=file, root=root, taxonomy=taxonomy)


def parse(raw: dict[str, Any], *, file: Path | None = None, root: str | Path | None = None,
          taxonomy: Taxonomy | None = None) -> AnnotatedDoc:
    """Validate an annotation object (already decoded from JSON)."""
    tax = taxonomy or get_taxonomy()
    where = str(file) if file else "<annotation>"

    def fail(msg: str) -> AnnotationError:
        return AnnotationError(f"{where}: {msg}")

    if not isinstance(raw, dict):
        raise fail("top level must be a JSON object")
    for key in ("doc", "path", "sha256", "facts"):
        if key not in raw:
            raise fail(f"missing key {key!r}")
    if not isinstance(raw["doc"], str) or not raw["doc"]:
        raise fail("'doc' must be a non-empty string")
    rel = raw["path"]
    if not isinstance(rel, str) or not rel:
        raise fail("'path' must be a non-empty string")
    text_path = _resolve(rel, file, root)
    if text_path is None:
        raise TextMissing(f"{where}: text file {rel!r} not found")
    digest = sha256_of(text_path)
    if digest != raw["sha256"]:
        raise fail(f"sha256 of {rel} is {digest}, annotation says {raw['sha256']} (text changed?)")
    try:
        text = text_path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail(f"{rel} is not UTF-8: {exc}") from exc

    meta = raw.get("meta") or {}
    if not isinstance(meta, dict):
        raise fail("'meta' must be an object")
    fmt = meta.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise fail(f"meta.format {fmt!r} is not one of {', '.join(FORMATS)}")

    facts = [_fact(i, f, text, tax, fail) for i, f in enumerate(_list(raw, "facts", fail))]
    spans = sorted((f.start, f.end, i) for i, f in enumerate(facts))
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1 and not _shared_statement(facts[i1], facts[i2]):
            raise fail(f"facts[{i1}] {text[s1:e1]!r} and facts[{i2}] {text[s2:e2]!r} overlap ({s1}-{e1}, {s2}-{e2})")
    nonfacts = [_nonfact(i, n, text, fail) for i, n in enumerate(_list(raw, "nonfacts", fail))]
    fact_spans = {(f.start, f.end) for f in facts}
    for n in nonfacts:
        if (n.start, n.end) in fact_spans:
            raise fail(f"{n.text!r} at {n.start} is both a fact and a non-fact")
    tables = [_table(i, t, text, fail) for i, t in enumerate(_list(raw, "tables", fail))]
    indicators = raw.get("indicators") or {}
    if not isinstance(indicators, dict):
        raise fail("'indicators' must be an object id -> value")
    for ind, value in indicators.items():
        if not tax.is_valid_id(ind):
            raise fail(f"indicators: unknown indicator id {ind!r}")
        _number(value, f"indicators[{ind!r}]", fail)
    complete = raw.get("complete", False)
    if not isinstance(complete, bool):
        raise fail("'complete' must be true or false")
    return AnnotatedDoc(
        doc=raw["doc"], path=text_path, rel_path=rel, sha256=digest, text=text, meta=dict(meta),
        complete=complete, facts=sorted(facts, key=lambda f: (f.start, f.end)),
        nonfacts=sorted(nonfacts, key=lambda n: n.start), tables=tables, indicators=dict(indicators),
        source_file=file,
    )


# ---------------------------------------------------------------------------- helpers
def _resolve(rel: str, file: Path | None, root: str | Path | None) -> Path | None:
    p = Path(rel)
    if p.is_absolute():
        return p if p.is_file() else None
    bases: list[Path] = []
    if root is not None:
        bases.append(Path(root))
    else:
        if file is not None:
            bases.append(file.resolve().parent.parent)
        bases.append(REPO_ROOT)
    for base in bases:
        cand = base / p
        if cand.is_file():
            return cand.resolve()
    return None


def _shared_statement(a: GoldFact, b: GoldFact) -> bool:
    """One phrase stating the same value for two indicators (未发生…行政复议和行政诉讼 → two zeros):
    identical spans and values, different non-null indicators."""
    return ((a.start, a.end) == (b.start, b.end) and a.value == b.value and bool(a.indicator and b.indicator)
            and a.indicator != b.indicator)


def _list(raw: dict, key: str, fail) -> list:
    value = raw.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(f"{key!r} must be a list")
    return value


def _number(value: Any, what: str, fail) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise fail(f"{what}: value {value!r} is not a number")
    if not math.isfinite(value):
        raise fail(f"{what}: value {value!r} is not finite")
    return value


def _span(i: int, kind: str, entry: dict, text: str, fail) -> tuple[int, int, str]:
    if not isinstance(entry, dict):
        raise fail(f"{kind}[{i}] must be an object")
    start, end, span_text = entry.get("start"), entry.get("end"), entry.get("text")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise fail(f"{kind}[{i}]: start/end must be integers, got {start!r}/{end!r}")
    if not 0 <= start < end <= len(text):
        raise fail(f"{kind}[{i}]: span {start}-{end} outside the text (length {len(text)})")
    if span_text != text[start:end]:
        raise fail(f"{kind}[{i}]: text {span_text!r} != doc_text[{start}:{end}] {text[start:end]!r}")
    return start, end, span_text


def _fact(i: int, entry: dict, text: str, tax: Taxonomy, fail) -> GoldFact:
    start, end, span_text = _span(i, "facts", entry, text, fail)
    what = f"facts[{i}] {span_text!r}"
    if "value" not in entry:
        raise fail(f"{what}: missing 'value'")
    value = _number(entry["value"], what, fail)
    indicator = entry.get("indicator")
    if indicator is not None and (not isinstance(indicator, str) or not tax.is_valid_id(indicator)):
        raise fail(f"{what}: unknown indicator id {indicator!r}")
    source = entry.get("source", "narrative")
    if source not in SOURCES:
        raise fail(f"{what}: source {source!r} is not one of {SOURCES}")
    for key in ("unit", "label", "scope", "note"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise fail(f"{what}: {key!r} must be a string or null")
    approx = entry.get("approx", False)
    if not isinstance(approx, bool):
        raise fail(f"{what}: 'approx' must be true or false")
    return GoldFact(
        start=start, end=end, text=span_text, value=value, unit=entry.get("unit"), approx=approx,
        label=entry.get("label"), indicator=indicator, source=source, scope=entry.get("scope"),
        note=entry.get("note"),
    )


def _nonfact(i: int, entry: dict, text: str, fail) -> NonFact:
    start, end, span_text = _span(i, "nonfacts", entry, text, fail)
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason:
        raise fail(f"nonfacts[{i}] {span_text!r}: 'reason' must be a non-empty string")
    return NonFact(start, end, span_text, reason)


def _table(i: int, entry: dict, text: str, fail) -> TableRegion:
    if not isinstance(entry, dict):
        raise fail(f"tables[{i}] must be an object")
    start, end = entry.get("start"), entry.get("end")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)) or not 0 <= start < end <= len(text):
        raise fail(f"tables[{i}]: bad range {start!r}-{end!r} (text length {len(text)})")
    fmt = entry.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise fail(f"tables[{i}]: format {fmt!r} is not one of {', '.join(FORMATS)}")
    return TableRegion(start, end, fmt)


def dump(doc_raw: dict[str, Any], path: str | Path) -> None:
    """Write an annotation object as stable, diff-friendly JSON (one fact per line)."""
    path = Path(path)
    lines = ["{"]
    keys = [k for k in ("doc", "path", "sha256", "meta", "complete") if k in doc_raw]
    for k in keys:
        lines.append(f"  {json.dumps(k)}: {json.dumps(doc_raw[k], ensure_ascii=False)},")
    for k in ("facts", "nonfacts", "tables"):
        items = doc_raw.get(k, [])
        if not items:
            lines.append(f"  {json.dumps(k)}: [],")
            continue
        lines.append(f"  {json.dumps(k)}: [")
        body = [f"    {json.dumps(it, ensure_ascii=False)}" for it in items]
        lines.append(",\n".join(body))
        lines.append("  ],")
    lines.append(f"  \"indicators\": {json.dumps(doc_raw.get('indicators', {}), ensure_ascii=False, indent=4)}")
    known = {"doc", "path", "sha256", "meta", "complete", "facts", "nonfacts", "tables", "indicators"}
    for k in (k for k in doc_raw if k not in known):  # e.g. "notes": written, not dropped
        lines[-1] += ","
        lines.append(f"  {json.dumps(k)}: {json.dumps(doc_raw[k], ensure_ascii=False)}")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def fact_dicts(docs: Sequence[AnnotatedDoc]) -> list[dict[str, Any]]:
    """All gold facts as flat dicts with their ``doc`` (e.g. for a pandas DataFrame)."""
    out = []
    for d in docs:
        for f in d.facts:
            row = {"doc": d.doc}
            row.update(f.__dict__)
            out.append(row)
    return out
