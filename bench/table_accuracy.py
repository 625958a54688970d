"""Table-cell accuracy of gknlp's table stage against the gold annotations.

For every annotated document (``annotations/*.json``) the gold table cells (facts with
``source == "table"``) are compared with the cells read by :func:`gknlp.tables.read_tables` /
:func:`gknlp.tables.table_facts`: a gold cell is correct when a read cell has the same span, the
same value and the same indicator id.  Prints per-document and overall figures:

    cells     gold table cells
    found     gold cells whose span was read
    value     … with the right value
    correct   … with the right value and indicator
    extra     read cells that are not gold table cells (spurious table numbers)

Usage: ``python bench/table_accuracy.py [annotations/] [--verbose]``.  Documents whose annotation
cannot be loaded (changed text, missing corpus file) are reported and skipped.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from gknlp.errors import AnnotationError
from gknlp.metadata import detect
from gknlp.normalize import fold
from gknlp.segment import segment
from gknlp.tables import read_tables, table_facts
from gknlp.training.annotations import REPO_ROOT, load


def evaluate(paths: list[Path], verbose: bool = False) -> dict[str, float]:
    totals = dict(cells=0, found=0, value=0, correct=0, extra=0, docs=0)
    seconds = 0.0
    by_format: dict[str, list[int]] = {}
    print(f"{'doc':<14}{'cells':>6}{'found':>7}{'value':>7}{'correct':>8}{'extra':>7}{'acc':>8}")
    for path in paths:
        try:
            docs = load(path)
        except (AnnotationError, OSError) as exc:
            print(f"{path.name:<14} skipped: {exc}"[:160])
            continue
        for doc in docs:
            gold = [f for f in doc.facts if f.source == "table"]
            t0 = time.perf_counter()
            folded = fold(doc.text)
            sections = segment(folded)
            tables = read_tables(folded, sections)
            facts = table_facts(folded, tables, detect(folded, tables, sections))
            seconds += time.perf_counter() - t0
            by_span = {(f.start, f.end): f for f in facts}
            found = value = correct = 0
            for g in gold:
                f = by_span.get((g.start, g.end))
                if f is None:
                    if verbose:
                        print(f"   missed {g.start}-{g.end} {g.text!r} {g.value} {g.indicator} ({g.label})")
                    continue
                found += 1
                if abs(float(f.value) - float(g.value)) < 1e-6:
                    value += 1
                    if f.indicator == g.indicator:
                        correct += 1
                    elif verbose:
                        print(f"   id     {g.text!r} {g.label}: gold {g.indicator} read {f.indicator}")
                elif verbose:
                    print(f"   value  {g.text!r} {g.label}: gold {g.value} read {f.value}")
            gold_spans = {(g.start, g.end) for g in gold}
            extra = [f for f in facts if (f.start, f.end) not in gold_spans]
            if verbose:
                for f in extra:
                    print(f"   extra  {f.start}-{f.end} {f.text!r} {f.value} {f.indicator} ({f.label})")
            fmt = doc.tables[0].format if doc.tables else "data"
            if gold:
                b = by_format.setdefault(fmt or "?", [0, 0])
                b[0] += len(gold)
                b[1] += correct
            acc = correct / len(gold) if gold else float("nan")
            print(f"{doc.doc:<14}{len(gold):>6}{found:>7}{value:>7}{correct:>8}{len(extra):>7}{acc:>8.3f}")
            for k, v in dict(cells=len(gold), found=found, value=value, correct=correct, extra=len(extra), docs=1).items():
                totals[k] += v
    cells = totals["cells"] or 1
    summary = {
        "documents": totals["docs"],
        "gold_cells": totals["cells"],
        "recall_span": totals["found"] / cells,
        "value_accuracy": totals["value"] / cells,
        "cell_accuracy": totals["correct"] / cells,
        "extra_cells": totals["extra"],
        "seconds": seconds,
    }
    print(
        f"\n{summary['documents']} documents, {summary['gold_cells']} gold table cells: "
        f"span recall {summary['recall_span']:.4f}, value accuracy {summary['value_accuracy']:.4f}, "
        f"cell accuracy (value + indicator) {summary['cell_accuracy']:.4f}; "
        f"{summary['extra_cells']} extra cells; table stage {1000 * seconds:.1f} ms in total"
    )
    for fmt, (n, ok) in sorted(by_format.items()):
        print(f"  {fmt:<12} {n:>5} cells  accuracy {ok / n:.4f}")
    summary["by_format"] = {k: v[1] / v[0] for k, v in by_format.items()}
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, default=[REPO_ROOT / "annotations"])
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    files: list[Path] = []
    for p in args.paths:
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    if not files:
        print("no annotations found")
        return 0
    evaluate(files, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
