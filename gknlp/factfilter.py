"""Fact filter: a learned second opinion on the narrative numbers the non-fact rules keep.

The pipeline stage between :func:`gknlp.numbers.scan` and :func:`gknlp.narrative.extract`.  The
rules of :mod:`gknlp.numbers.nonfacts` decide most non-facts (dates, document numbers, phones …);
what they keep goes to a binary logistic regression that gives ``p(fact)`` from the immediate
context of the number.  A mention the rules kept but whose ``p(fact)`` is below the model's
threshold becomes a non-fact with ``reason="classifier"``; everything else passes unchanged.

Features of one candidate (:func:`features`; all binary, :data:`FEATURE_SET`):

* the number itself: kind, unit, approximation, change direction, Chinese or Arabic numeral,
  magnitude (digits before the decimal point, whether it has a fraction, value 1);
* the characters around it: the 1- and 2-character strings just left and just right
  (``r2=应急``; digits folded to ``0``, so ``110千伏`` and ``220千伏`` look alike).  Bags of
  character bigrams over 6-character windows, 3-character strings and the kind of the section
  (overview / proactive / apply …) were tried and dropped: the same cross-validated result at a
  higher cost — see docs/factfilter.md;
* whether a Han character follows (a number glued to a noun: ``1.2万吨应急水厂``), whether it
  starts a line, whether it sits inside “…” or 《…》 (within :data:`QUOTE_SPAN` characters);
* the non-fact rule's reason (``reason=date`` …, ``reason=-`` when the rules keep the number): in
  training the numbers the rules reject are negatives too; at run time only rule-kept numbers
  (``reason=-``) are scored.

Training (:func:`fit`, called by :func:`gknlp.model.train`): candidates are the narrative mentions
of :func:`gknlp.numbers.scan` outside the tables the pipeline finds; a candidate overlapping a gold
fact of equal value is positive, one overlapping a gold non-fact or no gold fact at all (in a
``complete`` document) negative, the rest (overlapping a gold fact with another value) is left out.
The threshold is chosen by an inner cross-validation by document on the training documents only
(:func:`choose_threshold`): the highest narrative-detection F1 whose recall is at most
:data:`MAX_RECALL_LOSS` below the rules' recall; when no threshold beats the rules the filter is
stored disabled (threshold 0).

Scoring is batched per document: one feature list per candidate, the sparse dot products through a
feature → weight dict (a C-level ``map``, :meth:`FactFilter.logits`) compared with the threshold's
log-odds — no per-number ``predict_proba``, no sigmoid at run time (:meth:`FactFilter.proba` gives
the probabilities when they are wanted).  The weights live in the model directory as
``factfilter_vocab.json`` + ``factfilter_weights.npz`` (see :mod:`gknlp.model`); a model without them
has no filter.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from gknlp.spans import Spans
from gknlp.numbers.mention import Mention

#: Version of :func:`features`; a model trained on another feature set is refused on load.
FEATURE_SET = "factfilter-features-1"
#: Reason given to the mentions the classifier turns into non-facts.
REASON = "classifier"
#: Characters of context on each side (the 1- to WINDOW-character strings next to the number).
WINDOW = 2
#: Longest distance from the number to an opening “/《 (and to the closing one) for "inside quotes".
QUOTE_SPAN = 16
#: Largest drop of narrative recall (absolute) the threshold may cost in the inner cross-validation.
MAX_RECALL_LOSS = 0.003
#: Highest threshold: the filter only removes numbers it finds more likely non-facts than facts.
MAX_THRESHOLD = 0.5
#: Inner cross-validation folds for the threshold.
INNER_FOLDS = 5
#: Regularisation of the logistic regression (0.1 … 3 gave the same cross-validated result).
C = 0.3
#: Features seen in fewer training candidates are dropped.
MIN_COUNT = 2

_DIGIT_BYTES = bytes.maketrans(b"123456789", b"000000000")
#: Magnitude buckets: digits before the decimal point (0 below 1, at most 9).
_POWERS = [1.0] + [10.0 ** k for k in range(1, 9)]
_MAGNITUDE = ["mag=0"] + [f"mag={k}" for k in range(1, 10)]
_CN_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿兩")


def _fold_digits(s: str) -> str:
    """``s`` with every ASCII digit replaced by 0 (through UTF-8 bytes: str.translate is several
    times slower on Han text, and no byte of a multi-byte character is an ASCII digit)."""
    return s.encode("utf-8", "surrogatepass").translate(_DIGIT_BYTES).decode("utf-8", "surrogatepass")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def features(text: str, m: Mention) -> list[str]:
    """The binary features of mention ``m`` of the (folded) ``text`` (see the module docstring).

    The same function serves training and run time: ``reason=-`` (kept by the rules) is what every
    scored number carries at run time, ``reason=date`` … only the rule-rejected training negatives.
    """
    start, end = m.start, m.end
    lo = start - WINDOW if start > WINDOW else 0
    window = _fold_digits(text[lo : end + WINDOW])  # folding keeps every character in place
    left, right = window[: start - lo], window[end - lo :]
    value = m.value
    feats = [
        "k=" + m.kind, "u=" + (m.unit or "-"), "c=" + (m.change or "-"),
        "cn" if m.text[:1] in _CN_NUMERALS else "ar",
        "l1=" + left[-1:], "l2=" + left,
        "r1=" + right[:1], "r2=" + right,
    ]
    if m.approx:
        feats.append("approx")
    if value is not None:
        mag = abs(value)
        feats.append(_MAGNITUDE[bisect.bisect_right(_POWERS, mag)])
        if mag != int(mag):
            feats.append("frac")
        elif mag == 1:
            feats.append("one")
    if right[:1] and _is_han(right[0]):
        feats.append("han_after")
    if not left or left[-1] == "\n":
        feats.append("line_start")
    before = text[start - QUOTE_SPAN if start > QUOTE_SPAN else 0 : start]
    if "“" in before and "”" not in before[before.rindex("“") :] and "”" in text[end : end + QUOTE_SPAN]:
        feats.append("in“")
    if "《" in before and "》" not in before[before.rindex("《") :] and "》" in text[end : end + QUOTE_SPAN]:
        feats.append("in《")
    feats.append("reason=" + (m.reason or "-"))
    return feats


# ---------------------------------------------------------------------------- the weights
@dataclass
class FactFilter:
    """Trained weights: vocabulary (feature → column), coefficients, intercept, threshold.

    ``threshold`` 0 means disabled (nothing is ever below it); ``metrics`` holds the inner
    cross-validation figures that chose it.
    """

    vocab: dict[str, int]
    coef: np.ndarray
    intercept: float
    threshold: float = 0.0
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def enabled(self) -> bool:
        return self.threshold > 0.0

    @functools.cached_property
    def weight_of(self) -> dict[str, float]:
        """Feature → weight (the sparse row of :attr:`coef`), for the per-row dot products."""
        coef = self.coef.astype(np.float64).tolist()
        return {f: coef[i] for f, i in self.vocab.items() if coef[i] != 0.0}

    def logits(self, rows: Iterable[Sequence[str]]) -> list[float]:
        """The log-odds of ``p(fact)`` of every feature row: intercept plus the weights of the row's
        features (a C-level ``map`` over the feature → weight dict; unknown features weigh 0)."""
        get, zero, b = self.weight_of.get, itertools.repeat(0.0), self.intercept
        return [b + sum(map(get, feats, zero)) for feats in rows]

    def proba(self, rows: Iterable[Sequence[str]]) -> np.ndarray:
        """``p(fact)`` of every feature row (one vectorised sigmoid over :meth:`logits`)."""
        return 1.0 / (1.0 + np.exp(-np.asarray(self.logits(rows), dtype=np.float64)))

    @property
    def threshold_logit(self) -> float:
        """The threshold as log-odds: ``p < threshold`` exactly when ``logit < threshold_logit``."""
        t = self.threshold
        return -math.inf if t <= 0.0 else math.log(t / (1.0 - t))


# ---------------------------------------------------------------------------- run time
def candidates(mentions: Iterable[Mention], exclude: Sequence[tuple[int, int]] = (), *,
               rule_kept_only: bool = True) -> list[int]:
    """Indices of the narrative candidates among ``mentions``: a value, outside ``exclude`` (tables)
    and, with ``rule_kept_only``, kept as a fact by the rules — what :func:`gknlp.narrative.extract`
    would turn into facts."""
    if rule_kept_only:
        out = [i for i, m in enumerate(mentions) if m.is_fact and m.value is not None]
    else:
        out = [i for i, m in enumerate(mentions) if m.value is not None]
    if not exclude:
        return out
    inside = Spans(exclude)
    return [i for i in out if mentions[i].start not in inside]


def apply(text: str, mentions: list[Mention], exclude: Sequence[tuple[int, int]] = (),
          model: Any = None) -> list[Mention]:
    """The stage: ``mentions`` with the rule-kept narrative numbers whose ``p(fact)`` is below the
    model's threshold turned into non-facts (``reason="classifier"``; new objects, the input list
    and its mentions are not changed).  Without an enabled filter in ``model`` (a model directory,
    a loaded :class:`gknlp.model.Model`, None = the default model) the list is returned as is."""
    ff = get_filter(model)
    if ff is None or not ff.enabled:
        return mentions
    idx = candidates(mentions, exclude)
    if not idx:
        return mentions
    # all candidates of the document scored in one pass; comparing log-odds needs no sigmoid
    cut = ff.threshold_logit
    low = [i for i, z in zip(idx, ff.logits(features(text, mentions[i]) for i in idx)) if z < cut]
    if not low:
        return mentions
    out = list(mentions)
    for i in low:
        out[i] = replace(mentions[i], is_fact=False, reason=REASON)
    return out


def get_filter(model: Any = None) -> FactFilter | None:
    """The fact filter of ``model`` (path, loaded Model, None = default model; a ready
    :class:`gknlp.linking.Linker` carries none)."""
    if model is None:
        return _default_filter()
    if isinstance(model, FactFilter):
        return model
    if isinstance(model, (str, Path)):
        from gknlp import model as model_mod

        model = model_mod.load_model(model)
    return getattr(model, "factfilter", None)


@functools.lru_cache(maxsize=1)
def _default_filter() -> FactFilter | None:
    from gknlp import model as model_mod

    loaded = model_mod.load_model()
    return loaded.factfilter if loaded is not None else None


# ---------------------------------------------------------------------------- training
@dataclass
class Candidate:
    """One training candidate: its features, its label, and whether the rules kept it."""

    doc: str
    feats: list[str]
    label: bool
    rule_kept: bool


@dataclass
class DocCandidates:
    """The candidates of one annotated document plus the counts the threshold needs."""

    doc: str
    items: list[Candidate]
    gold_narrative: int  # gold narrative facts (recall denominator)
    rule_unsure: int  # rule-kept candidates overlapping a gold fact of another value (always wrong)


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int, Any]]) -> list[Any]:
    return [x for a, b, x in spans if a < e and s < b]


def doc_candidates(doc: Any) -> DocCandidates:
    """Label the narrative candidates of an annotated document (the pipeline's own scan, sections
    and tables; see the module docstring for the labelling)."""
    from gknlp import normalize, numbers, segment, tables
    from gknlp.zeros import is_zero_gold
    from gknlp.training.evaluate import values_equal

    folded = normalize.fold(doc.text)
    sections = segment.segment(folded)
    skip = [(t.start, t.end) for t in tables.read_tables(folded, sections)]
    mentions = numbers.scan(folded)
    gold = [(f.start, f.end, f) for f in doc.facts]
    nonfacts = [(n.start, n.end, n) for n in doc.nonfacts]
    idx = candidates(mentions, skip, rule_kept_only=False)
    items, unsure = [], 0
    for i in idx:
        m = mentions[i]
        over = _overlaps(m.start, m.end, gold)
        if any(values_equal(g.value, m.value) for g in over):
            label = True
        elif (over and not _overlaps(m.start, m.end, nonfacts)) or not doc.complete:
            unsure += m.is_fact and bool(over)
            continue
        else:
            label = False
        items.append(Candidate(doc.doc, features(folded, m), label, m.is_fact))
    # zero statements (未收到申请) are phrases, never numbers: not the filter's business
    n_gold = sum(1 for f in doc.facts if f.source == "narrative" and not is_zero_gold(f)) if doc.complete else 0
    return DocCandidates(doc.doc, items, n_gold, unsure)


def _fit_rows(items: Sequence[Candidate], *, seed: int, C: float) -> FactFilter:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for c in items:
        for f in set(c.feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    ind, ptr = [], [0]
    for c in items:
        ind.extend(sorted({vocab[f] for f in c.feats if f in vocab}))
        ptr.append(len(ind))
    X = csr_matrix((np.ones(len(ind)), np.asarray(ind, dtype=np.int64), np.asarray(ptr, dtype=np.int64)),
                   shape=(len(items), len(vocab)))
    y = np.array([c.label for c in items], dtype=int)
    if len(set(y.tolist())) < 2:
        raise ValueError("fact filter: training needs both facts and non-facts")
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000, tol=1e-6, random_state=seed)
    clf.fit(X, y)
    return FactFilter(vocab, clf.coef_[0].astype(np.float32), float(np.float32(clf.intercept_[0])))


def _detection(docs: Sequence[DocCandidates], probs: Sequence[np.ndarray], threshold: float) -> dict[str, float]:
    """Narrative detection estimated from the candidates: rule-kept positives are true positives,
    rule-kept negatives (and value mismatches) false positives; those below ``threshold`` drop out."""
    tp = fp = gold = 0
    for d, p in zip(docs, probs):
        gold += d.gold_narrative
        fp += d.rule_unsure
        for c, prob in zip(d.items, p):
            if c.rule_kept and prob >= threshold:
                tp += c.label
                fp += not c.label
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / gold if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"threshold": round(threshold, 4), "tp": tp, "fp": fp, "fn": gold - tp,
            "precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


def oof_probabilities(docs: Sequence[DocCandidates], *, k: int = INNER_FOLDS, seed: int = 0,
                      C: float = C) -> list[np.ndarray]:
    """Out-of-fold ``p(fact)`` of every candidate: documents dealt round-robin (sorted by id) into
    ``k`` folds, each fold scored by a filter trained on the others."""
    order = sorted(range(len(docs)), key=lambda i: docs[i].doc)
    k = max(2, min(k, len(order)))
    probs: list[np.ndarray] = [np.zeros(0)] * len(docs)
    for n in range(k):
        test = order[n::k]
        train_items = [c for i in order if i not in test for c in docs[i].items]
        ff = _fit_rows(train_items, seed=seed, C=C)
        for i in test:
            probs[i] = ff.proba([c.feats for c in docs[i].items])
    return probs


def choose_threshold(docs: Sequence[DocCandidates], probs: Sequence[np.ndarray]) -> tuple[float, dict[str, Any]]:
    """The threshold with the best estimated narrative F1 whose recall stays within
    :data:`MAX_RECALL_LOSS` of the rules' (0 = disabled when none beats the rules), plus the
    figures with and without it.

    Thresholds are tried between consecutive out-of-fold probabilities of the rule-kept candidates
    (half way in log-odds, so the cut sits in the middle of the gap, not on an example), never
    above :data:`MAX_THRESHOLD`.
    """
    base = _detection(docs, probs, 0.0)
    kept = sorted({float(p) for d, ps in zip(docs, probs) for c, p in zip(d.items, ps) if c.rule_kept})
    best, best_t = base, 0.0
    for lo, hi in zip(kept, kept[1:] + [1.0]):
        if lo >= MAX_THRESHOLD:
            break
        t = min(MAX_THRESHOLD, _logit_midpoint(lo, hi))
        cur = _detection(docs, probs, t)
        if cur["recall"] < base["recall"] - MAX_RECALL_LOSS:
            break  # thresholds only grow from here: recall only falls
        if cur["f1"] > best["f1"]:
            best, best_t = cur, t
    best_t = round(best_t, 4)
    return best_t, {"rules_only": base, "with_filter": _detection(docs, probs, best_t), "threshold": best_t,
                    "inner_folds": INNER_FOLDS, "max_recall_loss": MAX_RECALL_LOSS}


def _logit_midpoint(lo: float, hi: float) -> float:
    """The probability half way between ``lo`` and ``hi`` in log-odds."""
    eps = 1e-9
    a, b = (math.log(max(p, eps) / max(1.0 - p, eps)) for p in (lo, hi))
    return 1.0 / (1.0 + math.exp(-(a + b) / 2))


def fit(docs: Sequence[Any], *, seed: int = 0, C: float = C) -> FactFilter | None:
    """Train the fact filter on annotated documents (deterministic): inner cross-validation for the
    threshold, then one fit on all candidates.  None when the documents do not hold both facts and
    non-facts (nothing to learn)."""
    prepared = [doc_candidates(d) for d in sorted(docs, key=lambda d: d.doc)]
    prepared = [d for d in prepared if d.items]
    items = [c for d in prepared for c in d.items]
    if len({c.label for c in items}) < 2:
        return None
    threshold, metrics = 0.0, {"note": "too few documents for an inner cross-validation: disabled"}
    if len(prepared) >= INNER_FOLDS:
        try:
            threshold, metrics = choose_threshold(prepared, oof_probabilities(prepared, seed=seed, C=C))
        except ValueError:  # an inner fold without both classes
            pass
    ff = _fit_rows(items, seed=seed, C=C)
    ff.threshold = threshold
    ff.metrics = {**metrics, "candidates": len(items), "positives": sum(c.label for c in items),
                  "rule_kept": sum(c.rule_kept for c in items), "features": len(ff.vocab), "C": C, "seed": seed}
    return ff
