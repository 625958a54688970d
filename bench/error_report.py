"""Error analysis of gknlp against the gold annotations: what is wrong, grouped, with examples.

Runs :func:`gknlp.parse_report` on every annotated document, matches predicted facts with the
gold ones using the evaluation module's own matching (:func:`gknlp.training.evaluate.match_facts`:
span overlap, equal values preferred) and the headline figures of
:func:`gknlp.training.evaluate.evaluate_report`, then lists and *categorizes* every error:

- missed facts (gold facts with no overlapping prediction of equal value),
- spurious facts (predictions matching no gold fact; known non-facts are named by their gold reason),
- wrong values (a prediction overlaps the gold span but the value differs: scale, sign, span …),
- indicator-link errors on detected facts (missing link, link to an unlinked fact, wrong id,
  change/share attached to the wrong base),
- table-cell errors (cell missed, value misread, wrong indicator),
- document-level ``Report.indicators()`` against the gold ``indicators`` (missing, extra, wrong value).

Each category is printed with its count and a few examples (doc, offset, text with ±20 characters
of context, expected vs got).  Usage::

    .venv/bin/python bench/error_report.py                      # all of annotations/
    .venv/bin/python bench/error_report.py --doc corpus013 --examples 10
    .venv/bin/python bench/error_report.py --json /tmp/errors.json --per-doc
    .venv/bin/python bench/error_report.py --hostile            # also time hostile inputs (≤ 2 min each)

The categories are heuristics for triage (a missed ``第一`` is filed as "rank/ordinal"), not metrics.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import regex

from gknlp.taxonomy import split_modifier
from gknlp.training.annotations import AnnotatedDoc, GoldFact, load
from gknlp.training.evaluate import (EvalResult, alias_only_model, evaluate_report, match_facts, trained_on,
                                     values_equal)

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = 20

_DIGIT = regex.compile(r"[0-9０-９]")
_CN_NUMERAL_IDIOM = regex.compile(r"^[一二两三四五六七八九十百千]{1,3}[个次项期轮套条类件张篇版名批些份位大种]$")
_CHANGE_VERB = regex.compile(r"^(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|减产|增产|提高|降低|上升|回落|提升|减|增|持平)")
_RANK = regex.compile(r"^第")
_RATIO = regex.compile(r"[:：/]")
_DURATION = regex.compile(r"(?:工作日|天|日|小时|分钟|个月|年)$")
_BARE = regex.compile(r"^[+\-−]?[0-9０-９.,，]+$")
_FENBIE = regex.compile(r"分别")

#: Gold non-fact reasons folded into a few families (keyword → family name).
_REASON_FAMILIES = (
    ("threshold", "threshold/rule"), ("age band", "threshold/rule"), ("year", "date/year"), ("date", "date/year"), ("month", "date/year"), ("time", "date/year"),
    ("document number", "document number"), ("doc number", "document number"), ("文号", "document number"),
    ("phone", "phone/fax"), ("fax", "phone/fax"), ("hotline", "phone/hotline name"),
    ("postcode", "postcode"), ("postal", "postcode"), ("address", "address"), ("url", "url/email"),
    ("email", "url/email"), ("ordinal", "ordinal"), ("list marker", "list marker"),
    ("article", "Chinese numeral used as article (一项/一个)"), ("idiom", "Chinese numeral idiom"),
    ("slogan", "slogan/name with numeral"), ("name", "slogan/name with numeral"),
    ("phase", "phase name (一期/三期)"), ("threshold", "threshold/rule"), ("rule", "threshold/rule"),
    ("legal", "legal article"), ("law", "legal article"), ("条", "legal article"),
    ("spam", "page spam/metadata"), ("page", "page spam/metadata"), ("浏览", "page spam/metadata"),
    ("voltage", "specification in a name"), ("capacity", "specification in a name"),
    ("specification", "specification in a name"), ("term", "term with numeral"),
)


def reason_family(reason: str) -> str:
    """A short family name for a gold non-fact ``reason``."""
    low = reason.lower()
    for key, fam in _REASON_FAMILIES:
        if key in low:
            return fam
    return reason


@dataclass
class Example:
    """One error instance, printable."""

    doc: str
    start: int
    end: int
    context: str
    expected: str
    got: str

    def line(self) -> str:
        return f"{self.doc}@{self.start}: …{self.context}…  expected: {self.expected}  got: {self.got}"


@dataclass
class Errors:
    """Categorized errors: kind ('missed', 'spurious', …) → category → examples."""

    by_kind: dict[str, dict[str, list[Example]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    per_doc: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, kind: str, category: str, ex: Example) -> None:
        self.by_kind[kind][category].append(ex)
        self.per_doc[ex.doc][kind] += 1

    def to_dict(self, n: int) -> dict[str, Any]:
        return {kind: {cat: {"count": len(exs), "examples": [e.__dict__ for e in exs[:n]]}
                       for cat, exs in sorted(cats.items(), key=lambda kv: -len(kv[1]))}
                for kind, cats in self.by_kind.items()}


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``text[start:end]`` in brackets with ``width`` characters on each side, newlines shown as ⏎."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "【" + text[start:end] + "】" + right).replace("\n", "⏎").replace("\r", "")


def describe(f: Any) -> str:
    """``'35件'=35 [label → indicator] (source)`` for a gold or predicted fact."""
    val = f.value if not isinstance(f.value, float) or not f.value.is_integer() else int(f.value)
    return f"'{f.text}'={val}{f.unit or ''} [{f.label} → {f.indicator}] ({f.source})"


# ---------------------------------------------------------------------------- categories
def missed_category(doc: AnnotatedDoc, g: GoldFact, pred_overlap: bool) -> str:
    """Why a gold fact was missed (heuristic)."""
    before = doc.text[max(0, g.start - 40):g.start]
    if g.source == "table":
        return "table cell missed"
    if g.value == 0 and not _DIGIT.search(g.text) and "零" not in g.text:
        return "zero statement missed (未/无/没有 … phrase)"
    if _RANK.match(g.text):
        return "rank/ordinal fact missed (第一/第10位)"
    if _CHANGE_VERB.match(g.text):
        return "change missed or span without the change verb (减产2509吨)"
    if _FENBIE.search(before):
        return "分别 distribution not split"
    if _RATIO.search(g.text):
        return "ratio/fraction missed (1/3, 103.4:100)"
    if _DURATION.search(g.text):
        return "duration missed (1个工作日/2天)"
    if _BARE.match(g.text):
        return "bare number without unit missed (structure lists, 27.0/28.5)"
    if pred_overlap:
        return "overlapping prediction with different span/value"
    return "other narrative fact missed"


def spurious_category(doc: AnnotatedDoc, p: Any, nonfact: str | None) -> str:
    """Why a predicted fact is spurious (heuristic; gold non-fact reasons first)."""
    if nonfact:
        return "non-fact leaked: " + reason_family(nonfact)
    if getattr(p, "source", "narrative") == "table":
        return "table: cell that is not a gold fact"
    if getattr(p, "zero_statement", False):
        return "spurious zero statement (slogan 零障碍 / duplicate)"
    if _CN_NUMERAL_IDIOM.match(p.text):
        return "Chinese numeral idiom taken as fact (一个/一次/一轮)"
    if _BARE.match(p.text):
        return "bare number reported (list marker/code?)"
    return "other unannotated number reported"


def value_category(g: GoldFact, p: Any) -> str:
    """Kind of value disagreement between span-overlapping gold and predicted facts."""
    gv, pv = float(g.value), float(p.value)
    if pv and gv and not values_equal(gv, pv):
        r = abs(gv / pv)
        for scale, name in ((1e4, "万"), (1e8, "亿"), (1e3, "千"), (1e2, "百")):
            if values_equal(r, scale) or values_equal(r, 1 / scale):
                return f"scale word ({name}) not applied / applied twice (e.g. 万平方米)"
    if values_equal(gv, -pv):
        return "sign of change wrong (减/下降 not applied)"
    if (g.start, g.end) != (p.start, p.end):
        return "different number on an overlapping span (span merged/split)"
    return "other value misreading"


def link_category(g: GoldFact, p: Any) -> str:
    """Kind of linking error of a detected fact."""
    gi, pi = g.indicator, p.indicator
    if gi is None:
        return "link to a fact gold leaves unlinked"
    if pi is None:
        return "link missed (gold has an indicator)"
    gb, gm = split_modifier(gi)
    pb, pm = split_modifier(pi)
    if gb == pb:
        return f"modifier wrong ({gm or 'base'} vs {pm or 'base'})"
    if gm or pm:
        return "change/share attached to wrong base indicator"
    if gi.split(".")[0] == pi.split(".")[0]:
        return "wrong indicator, same group"
    return "wrong indicator, other group"


# ---------------------------------------------------------------------------- analysis
def analyse(docs: Sequence[AnnotatedDoc], model: Any = None) -> tuple[EvalResult, Errors]:
    """Parse every document, return the pooled evaluation and the categorized errors."""
    from gknlp.pipeline import parse_report

    total = EvalResult()
    errs = Errors()
    t0 = time.perf_counter()
    for doc in docs:
        report = parse_report(doc.text, doc=doc.doc, model=model)
        total.merge(evaluate_report(doc, report))
        collect(doc, report, errs)
    total.seconds = time.perf_counter() - t0
    return total, errs


def collect(doc: AnnotatedDoc, report: Any, errs: Errors) -> None:
    """Add the errors of one document to ``errs``."""
    text = doc.text
    gold, pred = doc.facts, list(report.facts)
    pairs = match_facts(gold, pred)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    nonfacts = [(n.start, n.end, n.reason) for n in doc.nonfacts]

    def ex(start: int, end: int, expected: str, got: str) -> Example:
        return Example(doc.doc, start, end, context(text, start, end), expected, got)

    for i, j in pairs:
        g, p = gold[i], pred[j]
        if not values_equal(g.value, p.value):
            cat = value_category(g, p)
            e = ex(g.start, g.end, describe(g), describe(p))
            errs.add("wrong value", f"{cat} [{g.source}]", e)
            if g.source == "table":
                errs.add("table cell", "table cell value misread: " + cat, e)
            continue
        if g.indicator != p.indicator and not (g.indicator is None and p.indicator is None):
            cat = link_category(g, p)
            if g.source == "table":
                errs.add("table cell", "table cell wrong indicator: " + cat, ex(g.start, g.end, describe(g), describe(p)))
            errs.add("link", cat, ex(g.start, g.end, describe(g), describe(p)))
    for i, g in enumerate(gold):
        if i in matched_g:
            continue
        overlap = any(p.start < g.end and g.start < p.end for p in pred)
        cat = missed_category(doc, g, overlap)
        if g.source == "table":
            errs.add("table cell", "table cell missed", ex(g.start, g.end, describe(g), "nothing"))
        errs.add("missed", cat, ex(g.start, g.end, describe(g), "nothing"))
    for j, p in enumerate(pred):
        if j in matched_p:
            continue
        reason = next((r for s, e, r in nonfacts if s < p.end and p.start < e), None)
        errs.add("spurious", spurious_category(doc, p, reason),
                 ex(p.start, p.end, f"no fact ({'non-fact: ' + reason if reason else 'not annotated'})", describe(p)))
    if doc.indicators:
        got = report.indicators()
        for k, v in sorted(doc.indicators.items()):
            if k not in got:
                errs.add("doc-level", "indicator missing from Report.indicators()",
                         Example(doc.doc, -1, -1, k, f"{k}={v}", "absent"))
            elif not values_equal(v, got[k]):
                errs.add("doc-level", "indicator value differs (competing figure / scoped / wrong cell chosen)",
                         Example(doc.doc, -1, -1, k, f"{k}={v}", f"{k}={got[k]}"))
        for k in sorted(set(got) - set(doc.indicators)):
            errs.add("doc-level", "indicator reported that gold does not state",
                     Example(doc.doc, -1, -1, k, "absent", f"{k}={got[k]}"))


# ---------------------------------------------------------------------------- hostile input
HOSTILE: dict[str, str] = {
    "digits": "1" * 100_000,
    "yu": "余" * 100_000,
    "pipes": "|" * 100_000,
    "mixed": "12余万|3.5%约" * 10_000,
    "brackets": "〔(" * 50_000,
    "no_punct": "本机关全年共受理申请一百二十三件办结率百分之九十九其中同意公开四十五件" * 3_000,
    "cells": "cell |\n" * 10_000,
}

_HOSTILE_CHILD = r"""
import sys, time, cProfile, pstats, io
from bench.error_report import HOSTILE
name, mult, stage = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = HOSTILE[name] * mult
if stage == "scan":
    from gknlp.numbers import scan as fn
else:
    from gknlp.pipeline import parse_report as fn
fn("warm-up 12件")
prof = cProfile.Profile()
t = time.perf_counter()
prof.enable()
fn(text)
prof.disable()
dt = time.perf_counter() - t
s = io.StringIO()
st = pstats.Stats(prof, stream=s)
top = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:1]  # by tottime
hot = "%s:%d %s %.2fs" % (top[0][0][0].replace(sys.prefix, ""), top[0][0][1], top[0][0][2], top[0][1][2]) if top else ""
print("%.3f\t%s" % (dt, hot))
"""


def hostile(limit: int = 120, stages: Sequence[str] = ("scan", "parse")) -> list[dict[str, Any]]:
    """Time every hostile input at 1× and 5× for each stage in a child process (``limit`` s each)."""
    rows = []
    for name in HOSTILE:
        for stage in stages:
            times: dict[int, Any] = {}
            for mult in (1, 5):
                try:
                    out = subprocess.run([sys.executable, "-c", _HOSTILE_CHILD, name, str(mult), stage],
                                         cwd=ROOT, capture_output=True, text=True, timeout=limit)
                    if out.returncode:
                        times[mult] = ("error", out.stderr.strip().splitlines()[-1:] or [""])
                    else:
                        sec, hot = out.stdout.strip().split("\t", 1)
                        times[mult] = (float(sec), hot)
                except subprocess.TimeoutExpired:
                    times[mult] = ("timeout", f">{limit}s")
                    break
            t1, t5 = times.get(1), times.get(5)
            ratio = (t5[0] / t1[0] if t1 and t5 and isinstance(t1[0], float) and isinstance(t5[0], float)
                     and t1[0] > 0 else None)
            rows.append({"input": name, "stage": stage, "x1": t1, "x5": t5,
                         "ratio": round(ratio, 1) if ratio else None,
                         "superlinear": bool(ratio and ratio > 8 and t5[0] > 1.0) or any(
                             t and not isinstance(t[0], float) for t in (t1, t5))})
            print(f"  {name:9s} {stage:6s} 1×: {_fmt(t1)}  5×: {_fmt(t5)}  ratio {rows[-1]['ratio']}"
                  f"{'  SUPERLINEAR/FAILED' if rows[-1]['superlinear'] else ''}", flush=True)
    return rows


def _fmt(t: Any) -> str:
    if t is None:
        return "-"
    sec, hot = t
    return (f"{sec:.2f}s (hot: {hot})" if isinstance(sec, float) else f"{sec} {hot}")


# ---------------------------------------------------------------------------- output
def print_report(res: EvalResult, errs: Errors, n_examples: int, per_doc: bool) -> None:
    h = res.headline()
    print(f"documents {res.n_docs} ({res.n_complete} complete), gold facts {res.n_gold_facts}, "
          f"predicted {res.n_pred_facts}, {res.seconds:.1f}s")
    d = res.detection
    print(f"detection P {d.precision:.3f} R {d.recall:.3f} F1 {d.f1:.3f} (tp {d.tp} fp {d.fp} fn {d.fn})")
    for src, m in sorted(res.detection_by_source.items()):
        print(f"  {src:9s} P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} (tp {m.tp} fp {m.fp} fn {m.fn})")
    print(f"value accuracy {h['value_accuracy']:.3f} ({res.value.correct}/{res.value.total})   "
          f"linking P {res.linking.precision:.3f} R {res.linking.recall:.3f} F1 {h['linking_f1']:.3f}   "
          f"table cells {h['table_cell_accuracy']:.3f} ({res.table_cells.correct}/{res.table_cells.total})   "
          f"doc-level P {res.doc_level.precision:.3f} R {res.doc_level.recall:.3f} F1 {h['doc_level_f1']:.3f}")
    for kind in ("missed", "spurious", "wrong value", "link", "table cell", "doc-level"):
        cats = errs.by_kind.get(kind, {})
        total = sum(len(v) for v in cats.values())
        print(f"\n=== {kind}: {total}")
        for cat, exs in sorted(cats.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"--- [{len(exs)}] {cat}")
            for e in _spread(exs, n_examples):
                print("      " + e.line())
    if per_doc:
        print("\n=== per document (errors by kind)")
        kinds = ("missed", "spurious", "wrong value", "link", "table cell", "doc-level")
        print("doc          " + "  ".join(f"{k[:8]:>8s}" for k in kinds) + "   F1det  F1link")
        for doc, c in sorted(errs.per_doc.items(), key=lambda kv: -sum(kv[1].values())):
            pd = res.per_doc.get(doc, {})
            print(f"{doc:12s} " + "  ".join(f"{c.get(k, 0):8d}" for k in kinds)
                  + f"   {pd.get('detection_f1') or 0:.3f}  {pd.get('linking_f1') or 0:.3f}")


def _spread(exs: list[Example], n: int) -> list[Example]:
    """Up to ``n`` examples, preferring distinct documents."""
    out, seen = [], set()
    for e in exs:
        if e.doc not in seen:
            out.append(e)
            seen.add(e.doc)
        if len(out) == n:
            return out
    for e in exs:
        if e not in out and len(out) < n:
            out.append(e)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("annotations", nargs="*", default=[str(ROOT / "annotations")])
    ap.add_argument("--doc", action="append", help="only these doc ids (repeatable)")
    ap.add_argument("--model", help="model directory (default: installed default)")
    ap.add_argument("--alias-only", action="store_true", help="link with taxonomy aliases only (no classifier)")
    ap.add_argument("--examples", type=int, default=5, help="examples per category (default 5)")
    ap.add_argument("--per-doc", action="store_true", help="also print the per-document error table")
    ap.add_argument("--json", metavar="OUT", help="write all categories and examples as JSON")
    ap.add_argument("--hostile", action="store_true", help="also time hostile inputs at 1× and 5× (child processes)")
    ap.add_argument("--hostile-only", action="store_true", help="only the hostile-input timings")
    ap.add_argument("--limit", type=int, default=120, help="seconds allowed per hostile run (default 120)")
    args = ap.parse_args(argv)
    out: dict[str, Any] = {}
    if not args.hostile_only:
        docs = load(args.annotations)
        if args.doc:
            docs = [d for d in docs if d.doc in set(args.doc)]
        model = alias_only_model() if args.alias_only else args.model
        seen = [] if args.alias_only else trained_on(model, docs)
        if seen:
            print(f"NOTE: the model was trained on {len(seen)} of these {len(docs)} documents: linking and "
                  f"document-level figures are resubstitution (optimistic); compare with --alias-only or "
                  f"`gknlp evaluate --cv 5`\n")
        res, errs = analyse(docs, model=model)
        print_report(res, errs, args.examples, args.per_doc)
        out = {"headline": res.headline(), "detection": res.detection.to_dict(),
               "linking": res.linking.to_dict(), "doc_level": res.doc_level.to_dict(),
               "errors": errs.to_dict(args.examples * 4),
               "per_doc": {d: dict(c) for d, c in errs.per_doc.items()}}
    if args.hostile or args.hostile_only:
        print("\n=== hostile input (seconds, hottest function by own time)")
        out["hostile"] = hostile(args.limit)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
