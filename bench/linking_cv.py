"""Label and linking accuracy of narrative facts, cross-validated by document.

    .venv/bin/python bench/linking_cv.py [annotations/] [--json out.json]

For every annotated document: train the linker on all the *other* documents, then on the held-out
one measure

* **label**: the label finder's label vs the annotator's (exact after folding; "overlap" when one
  contains the other), on the gold narrative facts (gold spans given);
* **linking** (gold spans given): precision/recall/F1 of the indicator ids (a fact counts as a
  true positive when the predicted id equals the gold id; abstaining on a fact whose gold id is
  None is correct and counted in accuracy);
* **detection** (documents with ``complete: true``, when :func:`gknlp.numbers.scan` exists): the
  narrative facts produced by the whole pipeline vs the gold narrative facts, matched by span
  (exact, or same value with overlapping span); and the end-to-end linking F1 over all facts.

Also reports the alias-only linker (no trained model) for comparison.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gknlp.linking import ALIAS_WEIGHT, THRESHOLD, Linker, fit_linker  # noqa: E402
from gknlp.narrative import contexts, extract, mention_from_gold, training_examples  # noqa: E402
from gknlp.zeros import is_zero_gold  # noqa: E402
from gknlp.normalize import fold  # noqa: E402
from gknlp.taxonomy import fold_label, split_modifier  # noqa: E402
from gknlp.training.annotations import load  # noqa: E402


class PRF:
    """Precision/recall/F1 counter."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _link_counts(pred: str | None, gold: str | None, prf: PRF) -> bool:
    if pred is not None and pred == gold:
        prf.add(tp=1)
        return True
    if pred is not None:
        prf.add(fp=1)
    if gold is not None:
        prf.add(fn=1)
    return pred == gold


def _sections(text: str) -> list:
    try:
        from gknlp import segment

        return list(segment.segment(text))
    except Exception:  # noqa: BLE001 - segmenter may be missing during development
        return []


def _tables(text: str, sections: list) -> list[tuple[int, int]]:
    try:
        from gknlp import tables

        return [(t.start, t.end) for t in tables.read_tables(text, sections)]
    except Exception:  # noqa: BLE001
        return []


def evaluate_doc(doc, linker: Linker, stats: dict, errors: list, scan) -> None:
    text = fold(doc.text)
    golds = sorted((f for f in doc.facts if f.source == "narrative" and not is_zero_gold(f)),
                   key=lambda f: (f.start, f.end))
    sections = _sections(text)
    mentions = [mention_from_gold(f) for f in golds]
    facts = extract(text, mentions, sections, model=linker)
    by_span = {(f.start, f.end): f for f in facts}
    for g in golds:
        f = by_span.get((g.start, g.end))
        pred_label = f.label if f else None
        gl, pl = fold_label(fold(g.label or "")), fold_label(pred_label or "")  # both simplified
        stats["label_n"] += 1
        stats["label_exact"] += gl == pl
        stats["label_overlap"] += bool(gl == pl or (pl and gl and (pl in gl or gl in pl)))
        pred = f.indicator if f else None
        ok = _link_counts(pred, g.indicator, stats["link"])
        stats["link_n"] += 1
        stats["link_acc"] += ok
        if not ok:
            errors.append({"doc": doc.doc, "text": g.text, "gold_label": g.label, "label": pred_label,
                           "gold": g.indicator, "pred": pred})
    if scan is None or not doc.complete:
        return
    all_gold = sorted((f for f in doc.facts if f.source == "narrative"), key=lambda f: f.start)
    tables = _tables(text, sections)
    pred_facts = extract(text, scan(text), sections, exclude=tables, model=linker)
    used = set()
    for g in all_gold:
        match = None
        for i, p in enumerate(pred_facts):
            if i in used:
                continue
            if (p.start, p.end) == (g.start, g.end) or (
                    p.start < g.end and g.start < p.end and abs(float(p.value) - float(g.value)) < 1e-9):
                match = i
                break
        if match is None:
            stats["detect"].add(fn=1)
            stats["e2e"].add(fn=1 if g.indicator else 0)
            errors.append({"doc": doc.doc, "missed": g.text, "gold_label": g.label})
            continue
        used.add(match)
        stats["detect"].add(tp=1)
        _link_counts(pred_facts[match].indicator, g.indicator, stats["e2e"])
    for i, p in enumerate(pred_facts):
        if i not in used:
            stats["detect"].add(fp=1)
            if p.indicator:
                stats["e2e"].add(fp=1)
            errors.append({"doc": doc.doc, "spurious": p.text, "label": p.label, "pred": p.indicator})


def folds_of(docs: list, k: int) -> list[list]:
    """Documents grouped into ``k`` folds (round-robin over sorted ids); k=0 → one per document."""
    docs = sorted(docs, key=lambda d: d.doc)
    if k <= 0 or k >= len(docs):
        return [[d] for d in docs]
    return [docs[i::k] for i in range(k)]


def run(paths: list[str], k: int = 0, alias_weight: float = ALIAS_WEIGHT, modes=("trained", "alias_only"),
        C: float | None = None, threshold: float = THRESHOLD) -> dict:
    docs = load(paths)
    try:
        from gknlp.numbers import scan
    except ImportError:
        scan = None
    results = {}
    for mode in modes:
        stats = {"label_n": 0, "label_exact": 0, "label_overlap": 0, "link_n": 0, "link_acc": 0,
                 "link": PRF(), "detect": PRF(), "e2e": PRF()}
        errors: list = []
        t0 = time.time()
        for fold in folds_of(docs, k):
            held_ids = {d.doc for d in fold}
            if mode == "trained":
                examples = training_examples([d for d in docs if d.doc not in held_ids])
                fit_args = {} if C is None else {"C": C}
                linker = Linker(fit_linker(examples, **fit_args) if examples else None, alias_weight=alias_weight,
                                threshold=threshold)
            else:
                linker = Linker(None, threshold=threshold)
            for held in fold:
                evaluate_doc(held, linker, stats, errors, scan)
        results[mode] = {
            "documents": len(docs),
            "folds": k,
            "narrative_facts": stats["label_n"],
            "label_exact": round(stats["label_exact"] / max(1, stats["label_n"]), 4),
            "label_overlap": round(stats["label_overlap"] / max(1, stats["label_n"]), 4),
            "linking_accuracy": round(stats["link_acc"] / max(1, stats["link_n"]), 4),
            "linking": stats["link"].scores(),
            "detection": stats["detect"].scores() if scan else None,
            "end_to_end_linking": stats["e2e"].scores() if scan else None,
            "seconds": round(time.time() - t0, 1),
            "errors": errors,
        }
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "annotations")])
    ap.add_argument("--json", help="write the full results (with every error) to this file")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per mode")
    ap.add_argument("--folds", type=int, default=0,
                    help="K folds of documents (default 0: leave one document out)")
    ap.add_argument("--alias-weight", type=float, default=ALIAS_WEIGHT)
    ap.add_argument("--trained-only", action="store_true")
    ap.add_argument("--C", type=float, default=None, help="inverse regularisation of the classifier")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help="abstain below this score")
    args = ap.parse_args()
    res = run(args.paths, args.folds, args.alias_weight,
              ("trained",) if args.trained_only else ("trained", "alias_only"), args.C, args.threshold)
    for mode, r in res.items():
        print(f"== {mode} ({'leave-one-out' if not r['folds'] else str(r['folds']) + ' folds'}): {r['documents']} documents, {r['narrative_facts']} narrative facts (gold spans)")
        print(f"   label exact {r['label_exact']:.3f}  overlap {r['label_overlap']:.3f}")
        print(f"   linking accuracy {r['linking_accuracy']:.3f}  P/R/F1 {r['linking']['precision']:.3f}/"
              f"{r['linking']['recall']:.3f}/{r['linking']['f1']:.3f}")
        if r["detection"]:
            d, e = r["detection"], r["end_to_end_linking"]
            print(f"   detection P/R/F1 {d['precision']:.3f}/{d['recall']:.3f}/{d['f1']:.3f}   "
                  f"end-to-end linking F1 {e['f1']:.3f}")
        for err in r["errors"][: args.errors]:
            print("     ", json.dumps(err, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
