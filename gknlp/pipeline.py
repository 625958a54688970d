"""The extraction pipeline, one stage after the other.

read → normalize → segment → tables → numbers → fact filter → narrative (labels + linking) → report.
Each stage lives in its own module; this file only wires them together.
"""
from __future__ import annotations

from pathlib import Path

from gknlp import factfilter, io, metadata, narrative, normalize, numbers, segment, tables, wraps
from gknlp.gc_pause import collector_paused
from gknlp.report import Fact, Report


def parse_report(source: str | Path | bytes, *, doc: str | None = None, model: str | Path | None = None) -> Report:
    """Parse one report.  A ``str`` is always text; a :class:`pathlib.Path` is read as a file;
    ``bytes`` are decoded (UTF-8/GB18030/Big5 detected).  Offsets refer to the text as given
    (for files: the decoded/extracted text, available as ``Report.text``)."""
    with collector_paused():  # (a parse makes many short-lived objects; see gknlp.gc_pause)
        return _parse(source, doc, model)


def _parse(source: str | Path | bytes, doc: str | None, model: str | Path | None) -> Report:
    document = io.read(source)
    text = document.text
    folded = normalize.fold(text)
    sections = segment.segment(folded)
    found_tables = tables.read_tables(folded, sections)
    meta = metadata.detect(folded, found_tables, sections)
    table_facts = tables.table_facts(folded, found_tables, meta)
    skip = [(t.start, t.end) for t in found_tables]
    # hard-wrapped prose is scanned without its soft line breaks (units, change verbs and non-fact
    # contexts cut by the wrap: 150场\n次, 同比下\n降, 邮\n编:350400); spans are mapped back
    soft = wraps.soft_breaks(folded, skip)
    unwrapped = wraps.Unwrapped(folded, soft)
    mentions = wraps.moved(numbers.scan(unwrapped.text, prefolded=True), unwrapped, back=True)
    mentions = factfilter.apply(folded, mentions, exclude=skip, model=model)
    narrative_facts = narrative.extract(folded, mentions, sections, exclude=skip, model=model, soft=soft)
    facts = sorted(table_facts + narrative_facts, key=lambda f: (f.start, f.end))
    for f in facts:  # spans were found in the folded text; report the input's characters
        f.text = text[f.start : f.end]
    return Report(
        text=text, facts=facts, tables=found_tables, sections=sections, meta=meta,
        doc=doc if doc is not None else document.name, soft_breaks=soft,
    )


def extract(source: str | Path | bytes, *, model: str | Path | None = None) -> list[Fact]:
    """All facts of one text (narrative and table), in text order."""
    return parse_report(source, model=model).facts
