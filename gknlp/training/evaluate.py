"""Evaluation of gknlp against gold annotations, and the ``gknlp evaluate`` sub-command.

What is measured (see ``docs/training.md``):

- **detection** — a predicted fact is correct when its span overlaps a gold fact's span and the
  values are equal (pairs are matched one-to-one).  Precision needs complete annotations, so only
  documents marked ``complete`` count; reported overall and per source (narrative / table).
- **values** — among span-overlapping pairs, how often value (and unit, when the gold has one) agree;
  among detected facts, the approximation flag (余/约) and the sub-unit scope (lenient label match).
- **labels** — among detected facts, exact label agreement (after :func:`gknlp.taxonomy.fold_label`)
  and lenient agreement (one label contains the other, or their character bigrams overlap ≥ 50 %).
- **linking** — among detected facts: a link is a true positive when it equals the gold indicator,
  a false positive when it is another id (or the gold has none), a false negative when the gold id
  is missed.  Reported overall, per taxonomy group and per indicator, with a confusion list.
- **table cells** — share of gold table cells found with the right value *and* indicator.
- **document level** — ``Report.indicators()`` against the gold ``indicators`` dict (value equal);
  for complete documents every predicted id counts, so an empty dict means "nothing links here".

Library use::

    from gknlp.training.evaluate import evaluate_documents, cross_validate
    docs = gknlp.training.load("annotations/")
    result = evaluate_documents(docs)               # default model
    cv = cross_validate(docs, k=5)                  # train on 4/5 of the documents, test on 1/5
    print(result.summary())  ;  result.to_dict()

``gknlp.evaluate("annotations/", cv=5)`` is the same as loading and calling these.
"""
from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import regex

from gknlp.errors import GknlpError
from gknlp.taxonomy import fold_label, get_taxonomy
from gknlp.training.annotations import AnnotatedDoc, GoldFact, load

#: Relative tolerance for "equal values" (money values are large floats after ×10000).
VALUE_TOLERANCE = 1e-6


# ---------------------------------------------------------------------------- counting
@dataclass
class PRF:
    """True/false positive and false negative counts with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    """``correct`` out of ``total``."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)

    def merge(self, other: "Ratio") -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass
class LinkError:
    """One wrong or missed link (for error analysis)."""

    doc: str
    text: str
    start: int
    label: str | None
    gold: str | None
    predicted: str | None
    source: str


@dataclass
class EvalResult:
    """All counts of one evaluation run (add results of several runs with :meth:`merge`)."""

    n_docs: int = 0
    n_complete: int = 0
    n_gold_facts: int = 0
    n_pred_facts: int = 0
    detection: PRF = field(default_factory=PRF)
    detection_by_source: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    value: Ratio = field(default_factory=Ratio)
    unit: Ratio = field(default_factory=Ratio)
    approx: Ratio = field(default_factory=Ratio)
    scope: Ratio = field(default_factory=Ratio)  # detected facts where gold or prediction has a scope
    label_exact: Ratio = field(default_factory=Ratio)
    label_lenient: Ratio = field(default_factory=Ratio)
    linking: PRF = field(default_factory=PRF)
    linking_by_group: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    linking_by_indicator: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    table_cells: Ratio = field(default_factory=Ratio)
    table_values: Ratio = field(default_factory=Ratio)
    doc_level: PRF = field(default_factory=PRF)
    doc_level_by_group: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    link_errors: list[LinkError] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)  # gold facts not detected (complete docs)
    spurious: list[dict[str, Any]] = field(default_factory=list)  # predicted facts matching no gold fact
    per_doc: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_format: dict[str, dict[str, PRF]] = field(default_factory=dict)  # doc format → detection/linking/doc_level
    seconds: float = 0.0

    def merge(self, other: "EvalResult") -> None:
        for name in ("n_docs", "n_complete", "n_gold_facts", "n_pred_facts", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("detection", "linking", "doc_level"):
            getattr(self, name).add(getattr(other, name))
        for name in ("value", "unit", "approx", "scope", "label_exact", "label_lenient", "table_cells", "table_values"):
            getattr(self, name).merge(getattr(other, name))
        for name in ("detection_by_source", "linking_by_group", "linking_by_indicator", "doc_level_by_group"):
            mine = getattr(self, name)
            for k, v in getattr(other, name).items():
                mine[k].add(v)
        self.link_errors.extend(other.link_errors)
        self.missed.extend(other.missed)
        self.spurious.extend(other.spurious)
        self.per_doc.update(other.per_doc)
        for fmt, metrics in other.by_format.items():
            mine = self.by_format.setdefault(fmt, {k: PRF() for k in metrics})
            for k, v in metrics.items():
                mine[k].add(v)

    # ------------------------------------------------------------------ reporting
    def confusions(self, n: int = 15) -> list[dict[str, Any]]:
        """The most frequent (gold, predicted) link disagreements, with one example each."""
        count: Counter[tuple[str | None, str | None]] = Counter()
        example: dict[tuple[str | None, str | None], LinkError] = {}
        for e in self.link_errors:
            key = (e.gold, e.predicted)
            count[key] += 1
            example.setdefault(key, e)
        out = []
        for (g, p), c in sorted(count.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            ex = example[(g, p)]
            out.append({"gold": g, "predicted": p, "count": c, "example": f"{ex.doc}: {ex.text} ({ex.label})"})
        return out[:n]

    def headline(self) -> dict[str, float]:
        """The five figures quoted in the documentation."""
        return {
            "detection_f1": round(self.detection.f1, 4),
            "linking_f1": round(self.linking.f1, 4),
            "table_cell_accuracy": round(self.table_cells.accuracy, 4),
            "doc_level_f1": round(self.doc_level.f1, 4),
            "value_accuracy": round(self.value.accuracy, 4),
        }

    def to_dict(self, worst: int = 15) -> dict[str, Any]:
        return {
            "headline": self.headline(),
            "documents": self.n_docs, "complete_documents": self.n_complete,
            "gold_facts": self.n_gold_facts, "predicted_facts": self.n_pred_facts,
            "detection": self.detection.to_dict(),
            "detection_by_source": {k: v.to_dict() for k, v in sorted(self.detection_by_source.items())},
            "value": self.value.to_dict(), "unit": self.unit.to_dict(), "approx": self.approx.to_dict(),
            "scope": self.scope.to_dict(),
            "label_exact": self.label_exact.to_dict(), "label_lenient": self.label_lenient.to_dict(),
            "linking": self.linking.to_dict(),
            "linking_by_group": {k: v.to_dict() for k, v in sorted(self.linking_by_group.items())},
            "linking_by_indicator": {k: v.to_dict() for k, v in sorted(self.linking_by_indicator.items())},
            "table_cells": self.table_cells.to_dict(), "table_values": self.table_values.to_dict(),
            "doc_level": self.doc_level.to_dict(),
            "doc_level_by_group": {k: v.to_dict() for k, v in sorted(self.doc_level_by_group.items())},
            "confusions": self.confusions(worst),
            "missed": self.missed, "spurious": self.spurious,
            "per_doc": self.per_doc,
            "by_format": {f: {k: v.to_dict() for k, v in m.items()} for f, m in sorted(self.by_format.items())},
            "seconds": round(self.seconds, 2),
        }

    def summary(self, worst: int = 10) -> str:
        """A readable multi-line table."""
        lines = [f"documents: {self.n_docs} ({self.n_complete} complete)   gold facts: {self.n_gold_facts}   "
                 f"predicted facts: {self.n_pred_facts}   time: {self.seconds:.1f}s", ""]
        rows: list[tuple[str, str, str, str, str]] = [("metric", "P", "R", "F1", "n")]

        def prf(name: str, m: PRF) -> None:
            rows.append((name, f"{m.precision:.3f}", f"{m.recall:.3f}", f"{m.f1:.3f}", str(m.support)))

        def acc(name: str, m: Ratio) -> None:
            rows.append((name, "", "", f"{m.accuracy:.3f}", str(m.total)))

        prf("detection (span overlap + equal value)", self.detection)
        for k, v in sorted(self.detection_by_source.items()):
            prf(f"  detection: {k}", v)
        acc("value normalization (acc.)", self.value)
        acc("unit (acc.)", self.unit)
        acc("approximation flag (acc.)", self.approx)
        acc("scope, where gold or prediction has one (acc.)", self.scope)
        acc("label exact (acc.)", self.label_exact)
        acc("label lenient (acc.)", self.label_lenient)
        prf("indicator linking", self.linking)
        acc("table cells: value + indicator (acc.)", self.table_cells)
        prf("document-level indicator values", self.doc_level)
        lines += _table(rows)
        lines += ["", "linking per group:"]
        rows = [("group", "P", "R", "F1", "n")]
        for k, v in sorted(self.linking_by_group.items()):
            prf(k, v)
        lines += _table(rows)
        if self.by_format:
            lines += ["", "per document format (F1 of detection / linking / document level):"]
            rows = [("format", "detection", "linking", "doc level", "docs")]
            for fmt, m in sorted(self.by_format.items()):
                n = sum(1 for d in self.per_doc.values() if (d.get("format") or "unknown") == fmt)
                rows.append((fmt, f"{m['detection'].f1:.3f}", f"{m['linking'].f1:.3f}", f"{m['doc_level'].f1:.3f}", str(n)))
            lines += _table(rows)
        lines += ["", "document-level per group:"]
        rows = [("group", "P", "R", "F1", "n")]
        for k, v in sorted(self.doc_level_by_group.items()):
            prf(k, v)
        lines += _table(rows)
        conf = self.confusions(worst)
        if conf:
            lines += ["", "worst links (gold → predicted, count, example):"]
            for c in conf:
                lines.append(f"  {c['gold']} → {c['predicted']}  ×{c['count']}  {c['example']}")
        return "\n".join(lines)


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0] + " " * (widths[0] - _width(r[0]))] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        out.append("  ".join(cells).rstrip())
    return out


def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


# ---------------------------------------------------------------------------- matching
def values_equal(a: float | int | None, b: float | int | None) -> bool:
    """Equal up to :data:`VALUE_TOLERANCE` (relative) — 1.2万 == 12000, 99.71 == 99.71."""
    if a is None or b is None:
        return False
    a, b = float(a), float(b)
    return abs(a - b) <= VALUE_TOLERANCE * max(1.0, abs(a), abs(b))


def _overlap(s1: int, e1: int, s2: int, e2: int) -> int:
    return min(e1, e2) - max(s1, s2)


def match_facts(gold: Sequence[Any], pred: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) of span-overlapping facts.

    Pairs with equal values are preferred, then larger overlap, then closer starts, then equal
    indicators (one phrase stating two zeros is two facts on one span); each fact is used at most once.  Both inputs need ``start``, ``end`` and ``value``.
    """
    order = sorted(range(len(pred)), key=lambda j: pred[j].start)
    starts = [pred[j].start for j in order]
    cands: list[tuple[tuple[int, int, int], int, int]] = []
    max_len = max((p.end - p.start for p in pred), default=0)
    for i, g in enumerate(gold):
        lo = bisect.bisect_left(starts, g.start - max_len)
        for k in range(lo, len(order)):
            j = order[k]
            p = pred[j]
            if p.start >= g.end:
                break
            ov = _overlap(g.start, g.end, p.start, p.end)
            if ov > 0:
                key = (0 if values_equal(g.value, p.value) else 1, -ov, abs(g.start - p.start),
                       0 if getattr(g, "indicator", None) == getattr(p, "indicator", None) else 1)
                cands.append((key, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _key, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def labels_agree(gold: str | None, pred: str | None, lenient: bool) -> bool:
    """Exact (folded) label equality; lenient: containment or ≥ 50 % shared character bigrams."""
    if not gold or not pred:
        return False
    g, p = fold_label(gold), fold_label(pred)
    if g == p:
        return True
    if not lenient:
        return False
    if g in p or p in g:
        return True
    bg = {g[i:i + 2] for i in range(len(g) - 1)}
    bp = {p[i:i + 2] for i in range(len(p) - 1)}
    return bool(bg and bp) and len(bg & bp) / len(bg | bp) >= 0.5


def _nonfact_reason(nonfacts: dict[tuple[int, int], str], start: int, end: int) -> str | None:
    """Reason of an annotated non-fact overlapping ``start``-``end`` (spurious facts that are known non-facts)."""
    for (s, e), reason in nonfacts.items():
        if s < end and start < e:
            return reason
    return None


def _group(ind: str) -> str:
    return ind.split(".", 1)[0]


def _units_agree(gold: str | None, pred: str | None) -> bool:
    if gold == pred:
        return True
    tax = get_taxonomy()
    kinds = {tax.unit_kind(gold), tax.unit_kind(pred)}
    return kinds <= {"count", "times"} and None not in kinds


# ---------------------------------------------------------------------------- evaluation
def evaluate_report(doc: AnnotatedDoc, report: Any) -> EvalResult:
    """Compare one parsed :class:`gknlp.Report` (of ``doc.text``) with its gold annotation."""
    r = EvalResult(n_docs=1, n_complete=int(doc.complete), n_gold_facts=len(doc.facts),
                   n_pred_facts=len(report.facts))
    gold: list[GoldFact] = doc.facts
    pred = list(report.facts)
    pairs = match_facts(gold, pred)
    detected: list[tuple[GoldFact, Any]] = []
    matched_g = {i for i, _ in pairs}
    matched_p = set()
    for i, j in pairs:
        g, p = gold[i], pred[j]
        same_value = values_equal(g.value, p.value)
        r.value.add(same_value)
        if same_value:
            detected.append((g, p))
            matched_p.add(j)
            if g.unit is not None:
                r.unit.add(_units_agree(g.unit, p.unit))
            r.approx.add(bool(g.approx) == bool(getattr(p, "approx", False)))
            p_scope = getattr(p, "scope", None)
            if g.scope or p_scope:
                r.scope.add(bool(g.scope and p_scope and labels_agree(g.scope, p_scope, lenient=True)))
            if g.label:
                r.label_exact.add(labels_agree(g.label, p.label, lenient=False))
                r.label_lenient.add(labels_agree(g.label, p.label, lenient=True))
    if doc.complete:
        for src in ("narrative", "table"):
            m = r.detection_by_source[src]
            m.tp = sum(1 for g, _ in detected if g.source == src)
            m.fn = sum(1 for g in gold if g.source == src) - m.tp
            m.fp = sum(1 for j, p in enumerate(pred) if j not in matched_p and getattr(p, "source", "narrative") == src)
        r.detection.tp = len(detected)
        r.detection.fn = len(gold) - len(detected)
        r.detection.fp = len(pred) - len(detected)
        found = {id(g) for g, _ in detected}
        for g in gold:
            if id(g) not in found:
                r.missed.append({"doc": doc.doc, "start": g.start, "text": g.text, "value": g.value,
                                 "label": g.label, "indicator": g.indicator, "source": g.source})
        nonfact_at = {(n.start, n.end): n.reason for n in doc.nonfacts}
        for j, p in enumerate(pred):
            if j not in matched_p:
                r.spurious.append({"doc": doc.doc, "start": p.start, "text": p.text, "value": p.value,
                                   "label": p.label, "indicator": p.indicator,
                                   "source": getattr(p, "source", "narrative"),
                                   "nonfact": _nonfact_reason(nonfact_at, p.start, p.end)})
    # linking, on detected facts
    for g, p in detected:
        gi, pi = g.indicator, p.indicator
        if gi is None and pi is None:  # correctly unlinked
            continue
        if gi and pi == gi:
            r.linking.tp += 1
            r.linking_by_group[_group(gi)].tp += 1
            r.linking_by_indicator[gi].tp += 1
            continue
        if pi:
            r.linking.fp += 1
            r.linking_by_group[_group(pi)].fp += 1
            r.linking_by_indicator[pi].fp += 1
        if gi:
            r.linking.fn += 1
            r.linking_by_group[_group(gi)].fn += 1
            r.linking_by_indicator[gi].fn += 1
        r.link_errors.append(LinkError(doc.doc, g.text, g.start, p.label, gi, pi, g.source))
    # table cells: found with the right value and indicator
    det_by_gold = {id(g): p for g, p in detected}
    for g in gold:
        if g.source != "table":
            continue
        p = det_by_gold.get(id(g))
        r.table_values.add(p is not None)
        r.table_cells.add(p is not None and p.indicator == g.indicator)
    # document level (a complete document with an empty dict states that nothing links)
    if doc.indicators or doc.complete:
        got = report.indicators()
        keys = set(doc.indicators) | (set(got) if doc.complete else set())
        for k in keys:
            grp = _group(k)
            in_gold, in_pred = k in doc.indicators, k in got
            ok = in_gold and in_pred and values_equal(doc.indicators[k], got[k])
            if ok:
                r.doc_level.tp += 1
                r.doc_level_by_group[grp].tp += 1
                continue
            if in_pred:
                r.doc_level.fp += 1
                r.doc_level_by_group[grp].fp += 1
            if in_gold:
                r.doc_level.fn += 1
                r.doc_level_by_group[grp].fn += 1
    r.by_format[doc.format or "unknown"] = {"detection": PRF(r.detection.tp, r.detection.fp, r.detection.fn),
                                            "linking": PRF(r.linking.tp, r.linking.fp, r.linking.fn),
                                            "doc_level": PRF(r.doc_level.tp, r.doc_level.fp, r.doc_level.fn)}
    r.per_doc[doc.doc] = {
        "format": doc.format, "complete": doc.complete, "gold": len(gold), "predicted": len(pred),
        "detection_f1": round(r.detection.f1, 4) if doc.complete else None,
        "linking_f1": round(r.linking.f1, 4), "doc_level_f1": round(r.doc_level.f1, 4) if doc.indicators or doc.complete else None,
        "unmatched_gold": len(gold) - len(matched_g),
    }
    return r


def evaluate_documents(docs: Sequence[AnnotatedDoc], model: Any = None,
                       parse: Callable[..., Any] | None = None) -> EvalResult:
    """Parse every document with ``model`` (directory, loaded :class:`gknlp.model.Model`, or None =
    default model) and compare with the gold.  ``parse`` replaces :func:`gknlp.parse_report`."""
    if parse is None:
        from gknlp.pipeline import parse_report as parse
    total = EvalResult()
    t0 = time.perf_counter()
    for doc in docs:
        report = parse(doc.text, doc=doc.doc, model=model)
        total.merge(evaluate_report(doc, report))
    total.seconds = time.perf_counter() - t0
    return total


def alias_only_model() -> Any:
    """A model object that makes the linker use the taxonomy aliases only (no classifier)."""
    from gknlp.model import Model

    return Model(linker=None, metadata={"alias_only": True})


def folds(docs: Sequence[AnnotatedDoc], k: int, group_by: str | None = None) -> list[list[AnnotatedDoc]]:
    """``k`` folds by document, deterministic.

    Without ``group_by`` documents sorted by id are dealt round-robin.  With ``group_by="body"``
    documents of the same issuing body (``meta.body``, bracketed parts ignored) stay in one fold, so
    no fold is tested on a body it was trained on; groups go, largest first, to the smallest fold.
    """
    if k < 2:
        raise ValueError("cross-validation needs k >= 2")
    ordered = sorted(docs, key=lambda d: d.doc)
    if group_by is None:
        k = min(k, len(ordered))
        return [ordered[i::k] for i in range(k)]
    if group_by != "body":
        raise ValueError(f"cannot group folds by {group_by!r} (only 'body')")
    groups: dict[str, list[AnnotatedDoc]] = defaultdict(list)
    for d in ordered:
        body = d.meta.get("body")
        key = _BRACKETS.sub("", body).strip() if body else f"doc:{d.doc}"
        groups[key].append(d)
    k = min(k, len(groups))
    out: list[list[AnnotatedDoc]] = [[] for _ in range(k)]
    for _key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        smallest = min(range(k), key=lambda i: (len(out[i]), i))
        out[smallest].extend(members)
    return [sorted(f, key=lambda d: d.doc) for f in out]


_BRACKETS = regex.compile(r"[（(][^（()）]{0,40}[)）]")


@dataclass
class CVResult:
    """Cross-validated evaluation: the pooled result over all held-out folds plus per-fold figures."""

    k: int
    pooled: EvalResult
    per_fold: list[dict[str, Any]]
    baseline: EvalResult | None = None  # alias-only linking on the same documents
    group_by: str | None = None
    #: the same fold models with their fact filter removed (rules-only non-fact filtering);
    #: None when the fold models have no fact filter
    without_filter: EvalResult | None = None

    def to_dict(self, worst: int = 15) -> dict[str, Any]:
        out = {"k": self.k, "group_by": self.group_by, "pooled": self.pooled.to_dict(worst), "per_fold": self.per_fold}
        if self.baseline is not None:
            out["alias_only"] = self.baseline.to_dict(worst)
        if self.without_filter is not None:
            out["without_fact_filter"] = self.without_filter.to_dict(worst)
            out["fact_filter"] = self.fact_filter_figures()
        return out

    def fact_filter_figures(self) -> dict[str, Any]:
        """Narrative detection pooled over the held-out folds with and without the fact filter."""
        out: dict[str, Any] = {"thresholds": [f.get("factfilter_threshold") for f in self.per_fold]}
        for name, res in (("with_filter", self.pooled), ("without_filter", self.without_filter)):
            if res is not None:
                out[name] = {"narrative": res.detection_by_source["narrative"].to_dict(),
                             "all": res.detection.to_dict()}
        return out

    def summary(self, worst: int = 10) -> str:
        lines = [f"{self.k}-fold cross-validation by document{' (grouped by ' + self.group_by + ')' if self.group_by else ''} "
                 "(held-out folds pooled)", ""]
        lines.append(self.pooled.summary(worst))
        lines.append("")
        lines.append("per fold: " + "; ".join(
            f"#{f['fold']} {len(f['test'])} docs detF1 {f['headline']['detection_f1']:.3f} "
            f"linkF1 {f['headline']['linking_f1']:.3f}" for f in self.per_fold))
        if self.without_filter is not None:
            w, r = self.pooled.detection_by_source["narrative"], self.without_filter.detection_by_source["narrative"]
            th = ", ".join(f"{f.get('factfilter_threshold', 0):.3f}" for f in self.per_fold)
            lines.append(f"fact filter (thresholds per fold {th}): narrative detection P/R/F1 "
                         f"{w.precision:.3f}/{w.recall:.3f}/{w.f1:.3f} with, "
                         f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f} without (rules only)")
        if self.baseline is not None:
            b = self.baseline
            lines.append(f"alias-only linking on the same documents: linking F1 {b.linking.f1:.3f} "
                         f"(trained: {self.pooled.linking.f1:.3f}), document-level F1 {b.doc_level.f1:.3f} "
                         f"(trained: {self.pooled.doc_level.f1:.3f})")
        return "\n".join(lines)


def cross_validate(docs: Sequence[AnnotatedDoc], k: int = 5, *, seed: int = 0, baseline: bool = True,
                   train: Callable[[Sequence[AnnotatedDoc]], Any] | None = None,
                   group_by: str | None = None) -> CVResult:
    """Train on k−1 folds, evaluate on the held-out fold, for every fold; pool the counts.

    ``train`` (docs → model object) defaults to :func:`gknlp.training.train.train_model`.  With
    ``baseline`` the same documents are also evaluated with alias-only linking; ``group_by="body"``
    keeps each issuing body's documents in one fold (see :func:`folds`).  When the fold models
    carry a fact filter (:mod:`gknlp.factfilter`, trained on the training folds only) each held-out
    fold is also evaluated without it (:attr:`CVResult.without_filter`).
    """
    if train is None:
        from gknlp.training.train import train_model

        def train(ds: Sequence[AnnotatedDoc]) -> Any:
            return train_model(ds, seed=seed)

    pooled = EvalResult()
    unfiltered: EvalResult | None = None
    per_fold = []
    parts = folds(docs, k, group_by)
    for n, test in enumerate(parts):
        train_docs = [d for i, part in enumerate(parts) if i != n for d in part]
        model = train(train_docs)
        res = evaluate_documents(test, model=model)
        pooled.merge(res)
        fold_info = {"fold": n, "test": [d.doc for d in test], "headline": res.headline()}
        ff = getattr(model, "factfilter", None)
        if ff is not None:
            from gknlp.model import Model

            plain = Model(linker=model.linker, metadata=model.metadata, path=None, factfilter=None)
            unfiltered = unfiltered or EvalResult()
            # a disabled filter changes nothing: its fold's result serves for both
            unfiltered.merge(evaluate_documents(test, model=plain) if ff.enabled else res)
            fold_info["factfilter_threshold"] = ff.threshold
        per_fold.append(fold_info)
    base = evaluate_documents(docs, model=alias_only_model()) if baseline else None
    return CVResult(k=len(parts), pooled=pooled, per_fold=per_fold, baseline=base, group_by=group_by,
                    without_filter=unfiltered)


def evaluate(annotations: str | Path | Iterable[str | Path] = "annotations", *, model: Any = None,
             cv: int | None = None, alias_only: bool = False, group_by: str | None = None) -> EvalResult | CVResult:
    """Load annotations and evaluate: ``gknlp.evaluate("annotations/", cv=5)``.

    With ``cv`` a :class:`CVResult` (train/test by document folds), else an :class:`EvalResult`
    for ``model`` (None = default model; ``alias_only=True`` = no classifier).
    """
    docs = load(annotations)
    if cv:
        return cross_validate(docs, cv, group_by=group_by)
    return evaluate_documents(docs, model=alias_only_model() if alias_only else model)


def trained_on(model: Any, docs: Sequence[AnnotatedDoc]) -> list[str]:
    """Ids of ``docs`` the model (path, loaded model, or None = default) was trained on."""
    from gknlp.model import Model, load_model

    try:
        loaded = model if isinstance(model, Model) else load_model(model)
    except GknlpError:  # a broken model is reported by the evaluation itself
        return []
    names = set((loaded.metadata.get("trained_on") or []) if loaded is not None else [])
    return sorted(d.doc for d in docs if d.doc in names)


# ---------------------------------------------------------------------------- CLI
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("annotations", nargs="+", help="annotation files or directories (annotations/)")
    parser.add_argument("--model", help="model directory (default: the installed default model)")
    parser.add_argument("--alias-only", action="store_true", help="link with the taxonomy aliases only (no classifier)")
    parser.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation by document (trains K models)")
    parser.add_argument("--group-by", choices=["body"], help="with --cv: keep each issuing body's documents in one fold")
    parser.add_argument("--json", metavar="OUT", help="also write the full result as JSON ('-' = stdout only JSON)")
    parser.add_argument("--worst", type=int, default=10, help="length of the confusion list (default 10)")
    parser.add_argument("--doc", action="append", help="evaluate only these doc ids (repeatable)")
    parser.add_argument("--skip-missing", action="store_true",
                        help="skip annotations whose text file is absent (e.g. ../shared/corpus not checked out)")


def run(args: argparse.Namespace) -> int:
    docs = load(args.annotations, skip_missing=args.skip_missing)
    if args.doc:
        wanted = set(args.doc)
        docs = [d for d in docs if d.doc in wanted]
    if not docs:
        print("gknlp evaluate: no annotated documents", file=sys.stderr)
        return 1
    if args.cv:
        result: EvalResult | CVResult = cross_validate(docs, args.cv, group_by=args.group_by)
    else:
        model = alias_only_model() if args.alias_only else args.model
        seen = [] if args.alias_only else trained_on(model, docs)
        if seen:
            print(f"gknlp evaluate: note: the model was trained on {len(seen)} of these documents "
                  f"({', '.join(seen[:5])}{' …' if len(seen) > 5 else ''}); use --cv for held-out figures",
                  file=sys.stderr)
        result = evaluate_documents(docs, model=model)
    if args.json == "-":
        json.dump(result.to_dict(args.worst), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(result.summary(args.worst))
    if args.json:
        Path(args.json).write_text(json.dumps(result.to_dict(args.worst), ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")
    return 0
