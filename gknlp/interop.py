"""Exchange gknlp annotations with annotation tools and spaCy training data.

- **Label Studio** (JSON export / task import): :func:`to_label_studio`, :func:`from_label_studio`,
  :func:`report_to_label_studio` (gknlp output as *predictions*, to pre-annotate), and
  :func:`label_studio_config` (the matching labelling interface).
- **doccano** (sequence-labelling JSONL): :func:`to_doccano`, :func:`from_doccano`,
  :func:`report_to_doccano`.
- **spaCy** ``DocBin`` (``.spacy``, for span categorizers): :func:`to_docbin`, which returns the
  spans that do not fall on token boundaries instead of dropping them silently.

Annotations are :class:`gknlp.training.annotations.AnnotatedDoc` objects (or the JSON dicts of
``annotations/README.md``, or paths to such files).  Imports return validated ``AnnotatedDoc`` s
(via :func:`gknlp.training.annotations.parse`), so everything the loader checks — sha256 of the text,
span texts, indicator ids — is checked on the way back too.

Nothing is lost on a round trip.  In Label Studio every fact, non-fact and table region is one
``labels`` result (label = indicator id, ``FACT``, ``NONFACT`` or ``TABLE``); all its fields (value,
unit, approx, label, source, scope, note, reason, format, and any other key of the annotation file)
are kept in the task's ``data["gknlp_regions"][region_id]`` — task data is never rewritten by the
Label Studio editor, unlike results.  Value, unit and the measured phrase are also per-region text
areas (``value``/``unit``/``phrase``) so annotators can see and correct them; a corrected text area
wins on import, and the region's label wins over the stored indicator.  Document fields (doc, path,
sha256, meta, complete, indicators, notes …) travel in the task's ``data`` too.  Label Studio counts
offsets in UTF-16 code units (JavaScript strings); they are converted both ways, so texts with
characters outside the BMP (CJK extension B, emoji) keep exact spans.  In doccano each record has
``text``, ``label`` (``[[start, end, label], …]``, code-point offsets) and a ``gknlp`` key with
the document fields and one entry per span carrying the same fields; doccano keeps unknown keys as
record metadata and writes them back on export.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from gknlp import __version__
from gknlp.errors import AnnotationError
from gknlp.report import Report, clean_number
from gknlp.taxonomy import get_taxonomy, split_modifier
from gknlp.training import annotations as gold
from gknlp.training.annotations import AnnotatedDoc

#: Region labels besides indicator ids.
FACT = "FACT"
NONFACT = "NONFACT"
TABLE = "TABLE"

#: Label Studio control names (the ``from_name`` of results); the text object is ``text``.
LS_LABELS = "label"
LS_TEXT = "text"
LS_TEXTAREAS = {"value": "value", "unit": "unit", "phrase": "label"}  # control name -> fact field
#: Task ``data`` key holding every region's gknlp fields by region id (Label Studio never edits data).
LS_REGION_FIELDS = "gknlp_regions"

#: Fact fields carried besides the span (the annotation format's fact keys).
_FACT_FIELDS = ("value", "unit", "approx", "label", "indicator", "source", "scope", "note")

AnnotationLike = AnnotatedDoc | dict | str | Path


# ----------------------------------------------------------------------------- common
@dataclass(frozen=True)
class Region:
    """One labelled span of a document in tool-neutral form.

    ``kind`` is ``fact``/``nonfact``/``table``; ``tag`` the tool label (indicator id, FACT,
    NONFACT, TABLE); ``attrs`` the remaining fields (value, unit … / reason / format).
    """

    kind: str
    start: int
    end: int
    text: str
    tag: str
    attrs: dict[str, Any]


def annotated(items: AnnotationLike | Iterable[AnnotationLike], *, root: str | Path | None = None) -> list[AnnotatedDoc]:
    """Coerce annotations, annotation dicts, annotation files or directories to ``AnnotatedDoc`` s."""
    return [doc for doc, _ in _sources(items, root)]


def _sources(items: AnnotationLike | Iterable[AnnotationLike], root: str | Path | None) -> list[tuple[AnnotatedDoc, dict]]:
    """``(validated doc, complete annotation dict)`` pairs; the dict keeps keys the loader does not
    model (a file's ``notes``, a fact's ``ambiguous`` …) so that exports lose nothing."""
    if isinstance(items, (AnnotatedDoc, dict, str, Path)):
        items = [items]
    out: list[tuple[AnnotatedDoc, dict]] = []
    for item in items:
        if isinstance(item, AnnotatedDoc):
            out.append((item, to_raw(item)))
        elif isinstance(item, dict):
            out.append((gold.parse(item, root=root), item))
        else:
            out.extend((doc, to_raw(doc)) for doc in gold.load(item, root=root))
    return out


def to_raw(doc: AnnotatedDoc) -> dict[str, Any]:
    """The annotation-file dict of ``doc`` (``annotations/README.md``); ``parse(to_raw(d))`` == ``d``.

    Keys of the file ``doc`` was loaded from that the loader does not model (``notes``, a fact's
    ``ambiguous`` …) are added back when the file still describes ``doc``.
    """
    facts = []
    for f in doc.facts:
        d = asdict(f)
        if d.get("note") is None:
            d.pop("note", None)
        facts.append(d)
    raw = {
        "doc": doc.doc, "path": doc.rel_path, "sha256": doc.sha256, "meta": dict(doc.meta),
        "complete": doc.complete, "facts": facts, "nonfacts": [asdict(n) for n in doc.nonfacts],
        "tables": [asdict(t) for t in doc.tables], "indicators": dict(doc.indicators),
    }
    if doc.source_file is not None and Path(doc.source_file).is_file():
        try:
            raw = _with_extras(raw, json.loads(Path(doc.source_file).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            pass  # the file changed or vanished since loading: the modelled fields are complete anyway
    return raw


def _with_extras(raw: dict[str, Any], file_raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` plus the keys of ``file_raw`` it lacks, at every level, where both list the same items."""
    out = dict(raw)
    for key, value in file_raw.items():
        out.setdefault(key, value)
    orders = {"facts": lambda e: (e["start"], e["end"]), "nonfacts": lambda e: e["start"], "tables": None}
    for key, order in orders.items():  # the loader's orders (stable sorts)
        items = list(file_raw.get(key) or [])
        if order is not None:
            items.sort(key=order)
        mine = raw[key]
        if len(items) == len(mine) and all({k: e.get(k) for k in m} == m for e, m in zip(items, mine)):
            out[key] = [{**m, **{k: v for k, v in e.items() if k not in m}} for e, m in zip(items, mine)]
    return out


def regions(doc: AnnotatedDoc) -> list[Region]:
    """Facts, non-facts and tables of ``doc`` as :class:`Region` s, in text order."""
    return _regions(to_raw(doc), doc.text)


_SPAN_KEYS = ("start", "end", "text")


def _regions(raw: dict[str, Any], text: str) -> list[Region]:
    out = [Region("fact", f["start"], f["end"], f["text"], f.get("indicator") or FACT,
                  {k: v for k, v in f.items() if k not in _SPAN_KEYS}) for f in raw.get("facts") or []]
    out += [Region("nonfact", n["start"], n["end"], n["text"], NONFACT,
                   {k: v for k, v in n.items() if k not in _SPAN_KEYS}) for n in raw.get("nonfacts") or []]
    out += [Region("table", t["start"], t["end"], text[t["start"]:t["end"]], TABLE,
                   {k: v for k, v in t.items() if k not in _SPAN_KEYS}) for t in raw.get("tables") or []]
    return sorted(out, key=lambda r: (r.start, r.end, r.kind))


def _report_regions(report: Report) -> list[Region]:
    """gknlp's output as regions: every fact, and every table it read (``TABLE``)."""
    out = [Region("fact", f.start, f.end, f.text, f.indicator or FACT,
                  {"value": clean_number(f.value), "unit": f.unit, "approx": f.approx, "label": f.label,
                   "indicator": f.indicator, "source": f.source, "scope": f.scope})
           for f in report.facts]
    out += [Region("table", t.start, t.end, report.text[t.start:t.end], TABLE, {"format": t.format})
            for t in report.tables]
    return sorted(out, key=lambda r: (r.start, r.end, r.kind))


#: Document-level keys of the annotation format besides the span lists.
_DOC_KEYS = ("doc", "path", "sha256", "meta", "complete", "indicators")
#: Keys of tool records that are not annotation fields.
_TOOL_KEYS = ("text", "spans", "model_version")


def _doc_fields(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in ("facts", "nonfacts", "tables")}


def _report_fields(report: Report, path: str | Path | None) -> dict[str, Any]:
    sha = hashlib.sha256(Path(path).read_bytes()).hexdigest() if path is not None else None
    meta = {k: v for k, v in asdict(report.meta).items() if k in ("year", "body", "format") and v is not None}
    return {"doc": report.doc, "path": str(path) if path is not None else None, "sha256": sha, "meta": meta,
            "complete": False, "indicators": report.indicators()}


def _build(fields: dict[str, Any], text: str, regs: Sequence[Region], *, where: str,
           root: str | Path | None, texts_dir: str | Path | None) -> tuple[dict[str, Any], AnnotatedDoc]:
    """An imported document: regions → annotation dict (every key kept) → :func:`gold.parse`."""
    facts, nonfacts, tables = [], [], []
    taxonomy = get_taxonomy()
    for r in regs:
        if text[r.start:r.end] != r.text:
            raise AnnotationError(f"{where}: region {r.text!r} at {r.start}-{r.end} does not match the text "
                                  f"({text[r.start:r.end]!r})")
        extra = {k: v for k, v in r.attrs.items() if k not in (*_SPAN_KEYS, "kind")}
        if r.kind == "fact":
            if r.tag != FACT and not taxonomy.is_valid_id(r.tag):
                raise AnnotationError(f"{where}: {r.text!r} at {r.start}: unknown label {r.tag!r}")
            extra["indicator"] = None if r.tag == FACT else r.tag
            if extra.get("value") is None:
                extra.update(_parse_value(r.text, where, r.start))
            fact = {"start": r.start, "end": r.end, "text": r.text}
            fact.update({k: extra.pop(k, None) for k in _FACT_FIELDS})
            fact["approx"] = bool(fact["approx"])
            fact["source"] = fact["source"] or "narrative"
            if fact["note"] is None:
                del fact["note"]
            facts.append({**fact, **extra})
        elif r.kind == "nonfact":
            nonfacts.append({"start": r.start, "end": r.end, "text": r.text,
                             "reason": extra.pop("reason", None) or "unspecified", **extra})
        else:
            tables.append({"start": r.start, "end": r.end, "format": extra.pop("format", None), **extra})
    raw = {"doc": fields.get("doc") or where, "path": fields.get("path"), "sha256": fields.get("sha256"),
           "meta": fields.get("meta") or {}, "complete": bool(fields.get("complete", False)),
           "facts": sorted(facts, key=lambda f: (f["start"], f["end"])),
           "nonfacts": sorted(nonfacts, key=lambda n: n["start"]),
           "tables": sorted(tables, key=lambda t: t["start"]), "indicators": fields.get("indicators") or {}}
    raw.update({k: v for k, v in fields.items() if k not in (*_DOC_KEYS, *_TOOL_KEYS)})
    if not raw["path"] or not raw["sha256"]:
        if texts_dir is None:
            raise AnnotationError(f"{where}: the record names no text file (path/sha256); pass texts_dir= to "
                                  "store its text next to the annotations")
        raw["path"], raw["sha256"] = _store_text(text, raw["doc"], texts_dir, root)
    doc = gold.parse(raw, root=root)
    if doc.text != text:
        raise AnnotationError(f"{where}: the record's text differs from {raw['path']} (offsets would not apply)")
    return raw, doc


def _store_text(text: str, doc_id: str, texts_dir: str | Path, root: str | Path | None) -> tuple[str, str]:
    target = Path(texts_dir) / f"{doc_id}.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    target.write_bytes(data)
    rel = os.path.relpath(target.resolve(), Path(root).resolve()) if root is not None else str(target.resolve())
    return rel, hashlib.sha256(data).hexdigest()


def _parse_value(span_text: str, where: str, start: int) -> dict[str, Any]:
    """Value/unit/approx of a span added in a tool without a value, read by gknlp's number scanner."""
    from gknlp import normalize, numbers

    found = [m for m in numbers.scan(normalize.fold(span_text)) if m.value is not None]
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(span_text)):
        raise AnnotationError(f"{where}: {span_text!r} at {start} has no value and it is not one numeric "
                              "expression; give it a value")
    m = found[0]
    return {"value": clean_number(m.value), "unit": m.unit, "approx": m.approx}


def _number(text: str) -> float | int:
    value = float(text.replace(",", "").strip())
    if not math.isfinite(value):
        raise ValueError(text)
    return clean_number(value)


# ----------------------------------------------------------------------------- UTF-16 offsets
def _utf16_maps(text: str) -> tuple[list[int], dict[int, int]] | None:
    """(code point → UTF-16 offset, inverse) or None when both counts coincide (BMP-only text)."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    to16, pos = [], 0
    for c in text:
        to16.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    to16.append(pos)
    return to16, {u: i for i, u in enumerate(to16)}


def _to_utf16(maps: tuple[list[int], dict[int, int]] | None, i: int) -> int:
    return i if maps is None else maps[0][i]


# ----------------------------------------------------------------------------- Label Studio
def indicator_labels() -> list[str]:
    """Every indicator label a fact can carry: each taxonomy id, then its modified forms
    (``apply.received.total``, ``apply.received.total.yoy_pct`` …)."""
    tax = get_taxonomy()
    labels: dict[str, None] = {}
    for ind in tax.ids():
        labels[ind] = None
        if split_modifier(ind)[1] is None:  # some modified ids are listed themselves
            labels.update((f"{ind}.{m}", None) for m in tax.modifiers)
    return list(labels)


def label_studio_config(labels: Iterable[str] | None = None) -> str:
    """Label Studio labelling interface for gknlp regions: a searchable label list (``Filter``),
    the text with character-level selection, and per-region value/unit/phrase text areas.

    ``labels`` defaults to FACT, NONFACT, TABLE and :func:`indicator_labels`.
    """
    from xml.sax.saxutils import quoteattr

    names = list(labels) if labels is not None else [FACT, NONFACT, TABLE, *indicator_labels()]
    label_xml = "\n".join(f"    <Label value={quoteattr(n)}/>" for n in names)
    areas = "\n".join(
        f'    <TextArea name="{name}" toName="{LS_TEXT}" perRegion="true" maxSubmissions="1" '
        f'editable="true" placeholder="{name}"/>' for name in LS_TEXTAREAS)
    return (f'<View>\n  <Filter name="label_filter" toName="{LS_LABELS}" hotkey="shift+f" minlength="1"/>\n'
            f'  <Labels name="{LS_LABELS}" toName="{LS_TEXT}" showInline="false">\n{label_xml}\n'
            f'  </Labels>\n  <Text name="{LS_TEXT}" value="$text" granularity="symbol"/>\n'
            f'  <View visibleWhen="region-selected">\n{areas}\n  </View>\n</View>\n')


def _ls_results(text: str, regs: Sequence[Region]) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Label Studio results of ``regs`` and every region's fields by region id (for the task data)."""
    maps = _utf16_maps(text)
    results: list[dict[str, Any]] = []
    fields: dict[str, dict[str, Any]] = {}
    for i, r in enumerate(regs):
        rid = f"g{i}"
        s16, e16 = _to_utf16(maps, r.start), _to_utf16(maps, r.end)
        fields[rid] = {"kind": r.kind, **r.attrs}
        results.append({
            "id": rid, "from_name": LS_LABELS, "to_name": LS_TEXT, "type": "labels", "origin": "manual",
            "value": {"start": s16, "end": e16, "text": r.text, "labels": [r.tag]},
        })
        if r.kind != "fact":
            continue
        for control, fname in LS_TEXTAREAS.items():
            v = r.attrs.get(fname)
            if v is None:
                continue
            shown = json.dumps(v) if control == "value" else str(v)
            results.append({"id": rid, "from_name": control, "to_name": LS_TEXT, "type": "textarea",
                            "origin": "manual", "value": {"start": s16, "end": e16, "text": [shown]}})
    return results, fields


def to_label_studio(items: AnnotationLike | Iterable[AnnotationLike], *, root: str | Path | None = None) -> list[dict[str, Any]]:
    """Label Studio tasks (one per document) carrying the annotations as completed ``annotations``."""
    tasks = []
    for n, (doc, raw) in enumerate(_sources(items, root), 1):
        results, fields = _ls_results(doc.text, _regions(raw, doc.text))
        tasks.append({"id": n, "data": {"text": doc.text, **_doc_fields(raw), LS_REGION_FIELDS: fields},
                      "annotations": [{"id": n, "result": results,
                                       "was_cancelled": False, "ground_truth": True}],
                      "predictions": []})
    return tasks


def report_to_label_studio(report: Report, *, path: str | Path | None = None, task_id: int = 1) -> dict[str, Any]:
    """One Label Studio task with gknlp's facts as ``predictions`` (to pre-annotate, then correct).

    ``path`` (the report's text file, relative to the repository root) lets the corrected task
    be imported back as an annotation file without storing the text again.
    """
    results, fields = _ls_results(report.text, _report_regions(report))
    score = min((f.confidence for f in report.facts), default=1.0)
    return {"id": task_id, "data": {"text": report.text, **_report_fields(report, path), LS_REGION_FIELDS: fields},
            "annotations": [],
            "predictions": [{"model_version": f"gknlp {__version__}", "score": round(float(score), 4),
                             "result": results}]}


def write_label_studio(tasks: Sequence[dict[str, Any]], path: str | Path) -> None:
    """Write tasks as a Label Studio JSON file (importable as tasks with annotations/predictions)."""
    Path(path).write_text(json.dumps(list(tasks), ensure_ascii=False, indent=1), encoding="utf-8")


def from_label_studio(source: str | Path | Sequence[dict[str, Any]], *, root: str | Path | None = None,
                      texts_dir: str | Path | None = None, use_predictions: bool = False,
                      as_dicts: bool = False) -> list[AnnotatedDoc] | list[dict[str, Any]]:
    """Annotations from a Label Studio JSON export (a file path or the decoded task list).

    Per task the most recently updated non-cancelled annotation is used; with
    ``use_predictions=True`` a task without annotations falls back to its first prediction.
    Tasks without ``path``/``sha256`` (texts created in Label Studio) need ``texts_dir``: their
    text is written there and referenced.  Raises :class:`AnnotationError` on anything
    inconsistent (unknown label, span text mismatch, missing value that cannot be read).
    ``as_dicts=True`` returns the (validated) annotation dicts instead, with every key the records
    carried (``notes``, a fact's ``ambiguous`` …) — what :func:`gold.dump` writes.
    """
    tasks = _load_json(source)
    if isinstance(tasks, dict):
        tasks = [tasks]
    docs = []
    for n, task in enumerate(tasks):
        where = f"label-studio task {task.get('id', n)}"
        data = task.get("data") or {}
        text = data.get("text")
        if not isinstance(text, str):
            raise AnnotationError(f"{where}: data.text missing")
        result = _ls_pick(task, use_predictions, where)
        if result is None:
            continue
        regs = _ls_regions(text, result, data.get(LS_REGION_FIELDS) or {}, where)
        fields = {k: v for k, v in data.items() if k not in ("text", LS_REGION_FIELDS)}
        fields["doc"] = fields.get("doc") or f"ls{task.get('id', n)}"
        docs.append(_build(fields, text, regs, where=where, root=root, texts_dir=texts_dir))
    return [raw if as_dicts else doc for raw, doc in docs]


def _ls_pick(task: dict[str, Any], use_predictions: bool, where: str) -> list[dict[str, Any]] | None:
    anns = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if anns:
        best = max(enumerate(anns), key=lambda ia: (str(ia[1].get("updated_at") or ""), ia[0]))[1]
        return best.get("result") or []
    if use_predictions and task.get("predictions"):
        return task["predictions"][0].get("result") or []
    return None


def _ls_regions(text: str, result: Sequence[dict[str, Any]], region_fields: dict[str, dict[str, Any]],
                where: str) -> list[Region]:
    maps = _utf16_maps(text)
    labels: dict[str, dict[str, Any]] = {}
    extra: dict[str, dict[str, str]] = {}
    for item in result:
        rid, kind, value = item.get("id"), item.get("type"), item.get("value") or {}
        if kind == "labels":
            labels[rid] = item
        elif kind == "textarea" and item.get("from_name") in LS_TEXTAREAS:
            texts = value.get("text") or []
            if texts:
                extra.setdefault(rid, {})[item["from_name"]] = texts[-1]
    out = []
    for rid, item in labels.items():
        value = item["value"]
        tags = value.get("labels") or []
        if len(tags) != 1:
            raise AnnotationError(f"{where}: region {rid} has labels {tags!r}; exactly one is needed")
        start, end = _ls_span(text, maps, value, f"{where} region {rid}")
        tag = tags[0]
        kind = {NONFACT: "nonfact", TABLE: "table"}.get(tag, "fact")
        attrs = dict(region_fields.get(rid) or {})
        if attrs.pop("kind", kind) != kind:  # relabelled, e.g. fact → NONFACT: old fields do not apply
            attrs = {}
        if kind == "fact":
            for control, raw in extra.get(rid, {}).items():
                fname = LS_TEXTAREAS[control]
                if control == "value":
                    try:
                        attrs["value"] = _number(raw)
                    except ValueError:  # 1.2万, 三百: read by the number scanner, or an error
                        attrs["value"] = _parse_value(raw.strip(), f"{where} region {rid} value", start)["value"]
                else:
                    attrs[fname] = raw.strip() or None
        out.append(Region(kind, start, end, text[start:end], tag, attrs))
    return out


def _ls_span(text: str, maps: Any, value: dict[str, Any], where: str) -> tuple[int, int]:
    """Code-point span of a Label Studio region.  Label Studio counts UTF-16 units; an exporter
    that counted code points is recognised by the region's ``text``."""
    try:
        start, end = int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise AnnotationError(f"{where}: region without integer start/end") from exc
    candidates = []
    if maps is not None and start in maps[1] and end in maps[1]:
        candidates.append((maps[1][start], maps[1][end]))
    candidates.append((start, end))
    shown = value.get("text")
    for s, e in candidates:
        if shown is None or text[s:e] == shown:
            return s, e
    return candidates[0]  # the mismatch is reported by _build


# ----------------------------------------------------------------------------- doccano
def _doccano_record(text: str, fields: dict[str, Any], regs: Sequence[Region], extra: dict[str, Any]) -> dict[str, Any]:
    spans = [{"start": r.start, "end": r.end, "kind": r.kind, **r.attrs} for r in regs]
    return {"text": text, "label": [[r.start, r.end, r.tag] for r in regs],
            "gknlp": {**fields, **extra, "spans": spans}}


def to_doccano(items: AnnotationLike | Iterable[AnnotationLike], *, root: str | Path | None = None) -> list[dict[str, Any]]:
    """doccano sequence-labelling records (write with :func:`write_jsonl`)."""
    return [_doccano_record(d.text, _doc_fields(raw), _regions(raw, d.text), {}) for d, raw in _sources(items, root)]


def report_to_doccano(report: Report, *, path: str | Path | None = None) -> dict[str, Any]:
    """One doccano record with gknlp's facts as labels (to pre-annotate, then correct)."""
    return _doccano_record(report.text, _report_fields(report, path), _report_regions(report),
                           {"model_version": f"gknlp {__version__}"})


def write_jsonl(records: Iterable[dict[str, Any]], path: str | Path) -> None:
    """One JSON object per line, UTF-8."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def from_doccano(source: str | Path | Iterable[dict[str, Any]], *, root: str | Path | None = None,
                 texts_dir: str | Path | None = None, as_dicts: bool = False) -> list[AnnotatedDoc] | list[dict[str, Any]]:
    """Annotations from doccano JSONL (a path or decoded records).

    Labels may come as ``label``/``labels`` (``[[start, end, label], …]``) or ``entities``
    (``{"start_offset", "end_offset", "label"}``).  A span's fields come from the record's
    ``gknlp.spans`` entry with the same offsets; spans added in doccano get their value from
    gknlp's number scanner (or an :class:`AnnotationError` if the span is not one number).
    ``as_dicts`` as in :func:`from_label_studio`.
    """
    records = list(_read_jsonl(source)) if isinstance(source, (str, Path)) else list(source)
    docs = []
    for n, rec in enumerate(records):
        where = f"doccano record {rec.get('id', n + 1)}"
        text = rec.get("text")
        if not isinstance(text, str):
            raise AnnotationError(f"{where}: 'text' missing")
        info = rec.get("gknlp") or {}
        entries = list(info.get("spans") or [])
        used: set[int] = set()
        regs = []
        for start, end, tag in _doccano_labels(rec, where):
            kind = {NONFACT: "nonfact", TABLE: "table"}.get(tag, "fact")
            if not 0 <= start < end <= len(text):
                raise AnnotationError(f"{where}: span {start}-{end} outside the text")
            attrs = _doccano_entry(entries, used, start, end, kind, tag)
            regs.append(Region(kind, start, end, text[start:end], tag, attrs))
        fields = {k: v for k, v in info.items() if k not in _TOOL_KEYS}
        fields["doc"] = fields.get("doc") or f"doccano{rec.get('id', n + 1)}"
        docs.append(_build(fields, text, regs, where=where, root=root, texts_dir=texts_dir))
    return [raw if as_dicts else doc for raw, doc in docs]


def _doccano_entry(entries: Sequence[dict[str, Any]], used: set[int], start: int, end: int, kind: str,
                   tag: str) -> dict[str, Any]:
    """The unused ``gknlp.spans`` entry of a labelled span: same offsets, kind and label first
    (two facts may share one zero-statement span), else same offsets and kind (label changed in
    doccano); ``{}`` when there is none (span added in doccano)."""
    def label_of(e: dict[str, Any]) -> str:
        return {"nonfact": NONFACT, "table": TABLE}.get(e.get("kind", "fact")) or e.get("indicator") or FACT

    same = [i for i, e in enumerate(entries) if i not in used and (e["start"], e["end"]) == (start, end)
            and e.get("kind", "fact") == kind]
    pick = next((i for i in same if label_of(entries[i]) == tag), same[0] if same else None)
    if pick is None:
        return {}
    used.add(pick)
    return {k: v for k, v in entries[pick].items() if k not in ("start", "end", "kind")}


def _doccano_labels(rec: dict[str, Any], where: str) -> Iterator[tuple[int, int, str]]:
    if "entities" in rec:
        for ent in rec["entities"]:
            yield int(ent["start_offset"]), int(ent["end_offset"]), str(ent["label"])
        return
    for item in rec.get("label", rec.get("labels")) or []:
        if not isinstance(item, (list, tuple)) or len(item) != 3:
            raise AnnotationError(f"{where}: label entry {item!r} is not [start, end, label]")
        yield int(item[0]), int(item[1]), str(item[2])


def _read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise AnnotationError(f"{path}:{lineno}: not JSON: {exc}") from exc


def _load_json(source: str | Path | Sequence[dict[str, Any]]) -> Any:
    if isinstance(source, (str, Path)):
        try:
            return json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise AnnotationError(f"{source}: cannot read JSON: {exc}") from exc
    return source


# ----------------------------------------------------------------------------- spaCy DocBin
@dataclass(frozen=True)
class Misaligned:
    """A span whose characters do not fall on token boundaries.

    ``tokens`` is the text of the covering tokens; ``action`` says what the export did:
    ``skipped`` (strict: not in the DocBin), ``expanded`` or ``contracted`` (a different span
    was stored), or ``lost`` (no span possible, e.g. inside one token with ``contract``).
    """

    doc: str
    start: int
    end: int
    text: str
    label: str
    tokens: str
    action: str


@dataclass
class DocBinExport:
    """Result of :func:`to_docbin`: the ``DocBin`` and every span that did not align."""

    docbin: Any
    misaligned: list[Misaligned] = field(default_factory=list)
    n_docs: int = 0
    n_spans: int = 0

    def to_disk(self, path: str | Path) -> None:
        self.docbin.to_disk(path)


def to_docbin(items: AnnotationLike | Iterable[AnnotationLike], *, nlp: Any = None, spans_key: str = "gknlp",
              unlinked_label: str = FACT, alignment_mode: str = "strict", include_nonfacts: bool = False,
              root: str | Path | None = None) -> DocBinExport:
    """spaCy training data: one Doc per document, facts in ``doc.spans[spans_key]``.

    Labels are indicator ids or ``unlinked_label`` (non-facts as NONFACT with
    ``include_nonfacts``).  Tokens come from ``nlp`` (default: :func:`gknlp.spacy.blank`'s
    tokenizer, jieba + domain dictionary).  Every span that does not match token boundaries is
    listed in ``misaligned``; ``alignment_mode`` decides whether it is skipped (``strict``),
    widened (``expand``) or narrowed (``contract``).  The full fact records travel in the docs'
    user data, so ``span._.fact`` / ``span._.value`` work on the loaded docs (``import gknlp.spacy``).
    """
    from spacy.tokens import DocBin

    from gknlp.spacy import blank, set_fact_spans

    if alignment_mode not in ("strict", "expand", "contract"):
        raise ValueError(f"alignment_mode must be strict, expand or contract, not {alignment_mode!r}")
    nlp = nlp if nlp is not None else blank(component=False)
    docbin = DocBin(store_user_data=True)
    result = DocBinExport(docbin)
    for adoc in annotated(items, root=root):
        doc = nlp.make_doc(adoc.text)
        entries = [("gold", asdict(f), f.indicator or unlinked_label) for f in adoc.facts]
        if include_nonfacts:
            entries += [("nonfact", asdict(n), NONFACT) for n in adoc.nonfacts]
            entries.sort(key=lambda e: (e[1]["start"], e[1]["end"]))
        kinds, records, labels = zip(*entries) if entries else ((), (), ())
        unaligned = set(set_fact_spans(doc, records, labels=labels, record_types=kinds, spans_key=spans_key,
                                       alignment_mode=alignment_mode))
        for i, r in enumerate(records):
            if doc.char_span(r["start"], r["end"]) is not None:
                continue
            cover = doc.char_span(r["start"], r["end"], alignment_mode="expand")
            if alignment_mode == "strict":
                action = "skipped"
            else:
                action = "lost" if i in unaligned else {"expand": "expanded", "contract": "contracted"}[alignment_mode]
            result.misaligned.append(Misaligned(adoc.doc, r["start"], r["end"], r["text"], labels[i],
                                                cover.text if cover is not None else "", action))
        docbin.add(doc)
        result.n_docs += 1
        result.n_spans += len(doc.spans[spans_key])
    return result


__all__ = ["to_label_studio", "from_label_studio", "report_to_label_studio", "label_studio_config",
           "write_label_studio", "to_doccano", "from_doccano", "report_to_doccano", "write_jsonl",
           "to_docbin", "DocBinExport", "Misaligned", "Region", "regions", "annotated", "to_raw", "indicator_labels",
           "FACT", "NONFACT", "TABLE"]


# ----------------------------------------------------------------------------- CLI
FORMATS_IN = ("gknlp", "label-studio", "doccano", "report")
FORMATS_OUT = ("gknlp", "label-studio", "doccano", "spacy")


def add_arguments(parser: Any) -> None:
    """Arguments of ``gknlp convert``."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="gknlp annotation files/directories, a Label Studio JSON export, a doccano JSONL "
                             "file, or report text files (--from report)")
    parser.add_argument("--from", dest="source", choices=FORMATS_IN, default="gknlp",
                        help="input format (default gknlp annotations; 'report': run gknlp and pre-annotate)")
    parser.add_argument("--to", dest="target", choices=FORMATS_OUT, required=True, help="output format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="output file (.json / .jsonl / .spacy) or, for --to gknlp, a directory")
    parser.add_argument("--root", metavar="DIR", help="directory text paths are relative to (default: the repository)")
    parser.add_argument("--texts-dir", metavar="DIR", help="where to store texts of records that name no text file")
    parser.add_argument("--predictions", action="store_true",
                        help="Label Studio: accept a task's prediction when it has no annotation")
    parser.add_argument("--alignment", choices=("strict", "expand", "contract"), default="strict",
                        help="--to spacy: what to do with spans that cross token boundaries (always reported)")
    parser.add_argument("--spans-key", default="gknlp", help="--to spacy: key in doc.spans (default gknlp)")


def run(args: Any) -> int:
    """``gknlp convert PATH… [--from FMT] --to FMT -o OUT``; misaligned spans go to stderr."""
    import sys

    from gknlp.pipeline import parse_report

    out = Path(args.output)
    if args.source == "report":
        if args.target not in ("label-studio", "doccano"):
            raise AnnotationError("--from report converts to label-studio or doccano (pre-annotation)")
        reports = [(parse_report(Path(p), doc=Path(p).stem), p) for p in args.paths]
        if args.target == "label-studio":
            write_label_studio([report_to_label_studio(r, path=p, task_id=n) for n, (r, p) in enumerate(reports, 1)], out)
        else:
            write_jsonl([report_to_doccano(r, path=p) for r, p in reports], out)
        print(f"gknlp convert: {len(reports)} reports -> {out}", file=sys.stderr)
        return 0
    if args.source == "gknlp":
        docs: list[Any] = [raw for _, raw in _sources([Path(p) for p in args.paths], args.root)]
    elif args.source == "label-studio":
        docs = [d for p in args.paths for d in from_label_studio(Path(p), root=args.root, texts_dir=args.texts_dir,
                                                                 use_predictions=args.predictions, as_dicts=True)]
    else:
        docs = [d for p in args.paths for d in from_doccano(Path(p), root=args.root, texts_dir=args.texts_dir,
                                                            as_dicts=True)]
    if args.target == "gknlp":
        out.mkdir(parents=True, exist_ok=True)
        for raw in docs:
            gold.dump(raw, out / f"{raw['doc']}.json")
    elif args.target == "label-studio":
        write_label_studio(to_label_studio(docs, root=args.root), out)
    elif args.target == "doccano":
        write_jsonl(to_doccano(docs, root=args.root), out)
    else:
        export = to_docbin(docs, spans_key=args.spans_key, alignment_mode=args.alignment, root=args.root)
        export.to_disk(out)
        for m in export.misaligned:
            print(f"{m.doc}\t{m.start}-{m.end}\t{m.text}\t{m.label}\ttokens: {m.tokens}\t{m.action}", file=sys.stderr)
        print(f"gknlp convert: {export.n_docs} docs, {export.n_spans} spans, {len(export.misaligned)} misaligned "
              f"({args.alignment}) -> {out}", file=sys.stderr)
        return 0
    print(f"gknlp convert: {len(docs)} documents -> {out}", file=sys.stderr)
    return 0
