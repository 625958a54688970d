"""Comparable table and cross-year checks over the seeds and ../shared/corpus (the figures of docs/compare.md).

Parses every report once, then measures :func:`gknlp.compare` / :func:`gknlp.compare_long` /
:func:`gknlp.check_across`: time, table shapes, spans that do not match their text, the rule instances that
could be checked and those violated, year-evidence coverage against SOURCES.tsv, body-key grouping, and the
cells of the wide table against the gold annotations (``annotations/*.json``; derived subtotals included on
both sides).

    .venv/bin/python bench/compare_years.py [--corpus ../shared/corpus]
"""
from __future__ import annotations

import argparse
import csv
import time
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

import gknlp
from gknlp.comparison import check_across, compare, compare_long, year_evidence
from gknlp.training.annotations import load as load_gold
from gknlp.validate import derive

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(args.corpus.glob("*.txt"))
    docs = {p: (f"seeds/{p.name}" if p.parent.name == "seeds" else p.name) for p in paths}

    t0 = time.perf_counter()
    reports = [gknlp.parse_report(p, doc=docs[p]) for p in paths]
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    wide = compare(reports, derived=True)
    long = compare_long(reports)
    t_compare = time.perf_counter() - t0
    t0 = time.perf_counter()
    checked = check_across(reports, passed=True)
    t_check = time.perf_counter() - t0

    texts = {r.doc: r.text for r in reports}
    bad_spans = sum(texts[x.report][x.start:x.end] != x.text for x in long.itertuples())
    print(f"reports: {len(reports)}; parse {t_parse:.1f} s; compare+long {t_compare:.2f} s; check {t_check:.2f} s")
    print(f"wide table {wide.shape[0]} × {wide.shape[1] - 5} indicator columns (derived=True); "
          f"long table {len(long)} cells; spans not matching their text: {bad_spans}")

    counts = Counter((v.rule, v.holds) for v in checked)
    print("rule instances checked:", dict(sorted(counts.items())))
    for v in checked:
        if not v.holds:
            print("  VIOLATION", v, [s.text for s in v.spans])

    sources = {}
    if (args.corpus / "SOURCES.tsv").exists():
        with open(args.corpus / "SOURCES.tsv", encoding="utf-8") as fh:
            sources = {r["file"]: r["report_year"] for r in csv.DictReader(fh, delimiter="\t")}
    with_evidence = agree = 0
    for r in reports:
        years = {y for _, y, *_ in year_evidence(r.text)}
        if years:
            with_evidence += 1
            agree += str(sources.get(r.doc, r.meta.year)) in {str(y) for y in years} and len(years) == 1
    print(f"year evidence: {with_evidence} of {len(reports)} reports; single year equal to SOURCES.tsv "
          f"(or metadata for seeds): {agree}")

    keys = Counter(wide["body_key"].dropna())
    print(f"bodies: {int(wide['body'].notna().sum())} of {len(wide)} detected; {len(keys)} keys; "
          f"multi-report: {dict((k, c) for k, c in keys.items() if c > 1)}")

    gold_docs = [d for d in load_gold(ROOT / "annotations")]
    by_path = {str(Path(d.rel_path).name) if d.rel_path.startswith("../") else d.rel_path: d for d in gold_docs}
    table = wide.set_index("doc")
    total = right = 0
    for doc in table.index:
        g = by_path.get(doc)
        if g is None:
            continue
        values = dict(g.indicators)
        values.update({k: v for k, v in derive(values, g.format).items() if k not in values})
        for ind, want in values.items():
            total += 1
            got = table.loc[doc, ind] if ind in table.columns else pd.NA
            right += (not pd.isna(got)) and float(got) == float(want)
    print(f"wide-table cells with gold: {total}; equal to gold: {right} ({right / max(total, 1):.1%})")


if __name__ == "__main__":
    main()
