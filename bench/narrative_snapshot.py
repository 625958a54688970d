"""Safety net and stopwatch for the narrative stage (labels + linking).

    .venv/bin/python bench/narrative_snapshot.py dump OUT.txt [--model DIR]  # every output of the stage
    .venv/bin/python bench/narrative_snapshot.py time [--passes 3] # CPU time of narrative.extract

``dump`` runs :func:`gknlp.narrative.extract` on the 5 seeds and the 66 texts of
``../shared/corpus`` (read in place, never copied) with the inputs computed exactly as
:func:`gknlp.pipeline.parse_report` computes them (fold, segment, read_tables, numbers.scan, table
spans excluded), once with the shipped default model and once alias-only (``Linker(None)``).  It
writes every field of every Fact (confidence rounded to 1e-9), and, for every mention, the label
finder's :class:`gknlp.labels.Label`, the :class:`gknlp.linking.LinkContext` and the linker's full
score table (``Linker.scores``, floats written exactly with ``repr``), plus checksums of the
linker's training examples built from ``annotations/`` and of their feature rows (training must not change either).  Two
dumps of two versions of the code must be identical (``cmp a b``).

``time`` measures the CPU time (``time.process_time``) spent inside ``narrative.extract`` only,
inputs precomputed, after a warm-up parse: one pass over the 71 distinct texts (seeds + corpus,
per-process caches still cold), then over the benchmark corpus of ``bench/bench_throughput.py``
(88 documents, the seeds cycled: later documents meet warm caches), first pass and best of
``--passes`` more.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def documents() -> list[tuple[str, Path]]:
    """(name, path) of the seeds and of the shared corpus texts, in a fixed order."""
    docs = [(f"seed/{p.name}", p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs += [(f"corpus/{p.name}", p) for p in sorted(CORPUS.glob("*.txt"))]
    return docs


def stage_inputs(source: str | Path) -> tuple[str, list, list, list]:
    """(folded text, mentions, sections, exclude) exactly as gknlp.pipeline.parse_report builds them."""
    from gknlp import io, normalize, numbers, segment, tables

    text = io.read(source).text
    folded = normalize.fold(text)
    sections = segment.segment(folded)
    found_tables = tables.read_tables(folded, sections)
    mentions = numbers.scan(folded)
    skip = [(t.start, t.end) for t in found_tables]
    return folded, mentions, sections, skip


def _value(v: Any) -> str:
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {_value(x)}" for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))) + "}"
    return repr(v)


def _fact_line(f: Any) -> str:
    parts = []
    for fld in dataclasses.fields(f):
        v = getattr(f, fld.name)
        if fld.name == "confidence":
            v = round(float(v), 9)
        parts.append(f"{fld.name}={_value(v)}")
    return "FACT " + " | ".join(parts)


def dump(out: Path, model: Path | None = None) -> None:
    """Write the snapshot of every document to ``out`` (``model``: a model directory instead of the default)."""
    from gknlp import narrative
    from gknlp.linking import Linker, examples_checksum, features

    default = narrative.get_linker(model)
    alias_only = Linker(None)
    lines: list[str] = []
    for name, path in documents():
        folded, mentions, sections, skip = stage_inputs(path)
        for mode, linker in (("model", default), ("alias", alias_only)):
            lines.append(f"=== {name} [{mode}]")
            for f in narrative.extract(folded, mentions, sections, exclude=skip, model=linker):
                lines.append(_fact_line(f))
        kept = sorted((m for m in mentions if m.is_fact and m.value is not None
                       and not any(s <= m.start < e for s, e in skip)), key=lambda m: (m.start, m.end))
        lines.append(f"=== {name} [contexts]")
        for m, (lab, ctx) in zip(kept, narrative.contexts(folded, kept, sections)):
            lab_fields = {fld.name: getattr(lab, fld.name) for fld in dataclasses.fields(lab)}
            lines.append(f"LABEL {m.start}-{m.end} {_value(lab_fields)}")
            lines.append(f"CTX {_value(ctx.to_dict())}")
            lines.append(f"SCORES model {_value(default.scores(ctx))}")
            lines.append(f"SCORES alias {_value(alias_only.scores(ctx))}")
            lines.append(f"LINK model {_value(default.link(ctx))} alias {_value(alias_only.link(ctx))}")
    from gknlp.narrative import training_examples
    from gknlp.training import annotations

    docs = annotations.load(ROOT / "annotations")
    examples = training_examples(docs)
    lines.append(f"TRAINING {len(examples)} examples, checksum {examples_checksum(examples)}")
    digest = hashlib.sha256()
    for e in examples:  # the classifier's input rows (fit_linker computes exactly these)
        digest.update(("\x00".join(features(e.context)) + "\n").encode("utf-8"))
    lines.append(f"FEATURES sha256 {digest.hexdigest()}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} lines, {len(documents())} documents")


def _timed_pass(inputs: list[tuple[str, list, list, list]]) -> tuple[float, int]:
    from gknlp import narrative

    cpu = 0.0
    facts = 0
    for folded, mentions, sections, skip in inputs:
        t = time.process_time()
        facts += len(narrative.extract(folded, mentions, sections, exclude=skip))
        cpu += time.process_time() - t
    return cpu, facts


def timing(passes: int) -> None:
    """Print the CPU time of narrative.extract over the benchmark corpus and the distinct texts."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_throughput import corpus

    from gknlp import batch

    batch.warm_up()
    distinct_inputs = [stage_inputs(p) for _, p in documents()]
    bench_inputs = [stage_inputs(d) for d in corpus(1024)]
    distinct, _ = _timed_pass(distinct_inputs)  # first: the per-process caches are cold
    bench_first, facts = _timed_pass(bench_inputs)
    best = min(_timed_pass(bench_inputs)[0] for _ in range(passes))
    print(f"narrative.extract CPU: 71 distinct texts (cold caches) {distinct:.3f} s; 88 bench docs "
          f"first pass {bench_first:.3f} s, best of {passes} more {best:.3f} s ({facts} facts)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--model", type=Path, help="model directory (default: the shipped default model)")
    t = sub.add_parser("time")
    t.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.model)
    else:
        timing(args.passes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
