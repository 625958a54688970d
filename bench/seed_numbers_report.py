"""Per-seed numeric mentions: facts, non-facts by reason, and (with --list) every mention.

    .venv/bin/python bench/seed_numbers_report.py [--list] [FILE ...]

Without FILE arguments it reports the five seeds (seeds/*.txt).  With ``--gold`` it also checks
the mentions against annotations/*.json of the same files: every gold fact whose text contains a
numeral must be covered by a fact mention with the same value (fused table cells such as
``20263542`` = 2026 | 3542 are counted apart: splitting them is the table reader's job), and no
gold non-fact may be covered by a fact mention.
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import regex

from gknlp.numbers import scan

ROOT = Path(__file__).resolve().parents[1]
NUMERAL = regex.compile(r"[0-9０-９一二三四五六七八九十两百千万〇零]")


def report(path: Path, listing: bool) -> None:
    text = path.read_text(encoding="utf-8")
    mentions = scan(text)
    facts = [m for m in mentions if m.is_fact]
    reasons = collections.Counter(m.reason for m in mentions if not m.is_fact)
    kinds = collections.Counter(m.kind for m in facts)
    print(f"{path.name}: {len(facts)} facts ({', '.join(f'{k} {v}' for k, v in kinds.most_common())}); "
          f"{sum(reasons.values())} non-facts ({', '.join(f'{k} {v}' for k, v in reasons.most_common())})")
    if listing:
        for m in mentions:
            flag = "" if m.is_fact else f"NF:{m.reason}"
            print(f"  {m.start:6d} {m.text!r:24} {m.value!r:>14} {m.unit or '-':6} {m.kind:12} "
                  f"{'~' if m.approx else ' '} {m.change or '':8} {flag}")


def gold_check(paths: list[Path]) -> None:
    wanted = {p.resolve() for p in paths}
    totals = collections.Counter()
    for ann in sorted((ROOT / "annotations").glob("*.json")):
        doc = json.loads(ann.read_text(encoding="utf-8"))
        path = (ROOT / doc["path"]).resolve()
        if path not in wanted or not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        mentions = scan(text)
        for g in doc["facts"]:
            if not NUMERAL.search(g["text"]):
                continue  # zero statements in words (未收到…申请) are not numeric mentions
            over = [m for m in mentions if m.is_fact and m.start < g["end"] and g["start"] < m.end]
            if any(m.value == g["value"] for m in over):
                totals["fact_ok"] += 1
            elif any(m.num_start <= g["start"] and g["end"] <= m.num_end and m.num_end - m.num_start > g["end"] - g["start"]
                     for m in over):
                totals["fact_fused_cell"] += 1
            else:
                totals["fact_missed_or_wrong"] += 1
                print(f"  {ann.name}: gold fact {g['text']!r}={g['value']} -> {[(m.text, m.value) for m in over]}")
        for g in doc.get("nonfacts", []):
            over = [m for m in mentions if m.is_fact and m.start < g["end"] and g["start"] < m.end]
            totals["nonfact_as_fact" if over else "nonfact_ok"] += 1
            if over:
                print(f"  {ann.name}: gold non-fact {g['text']!r} ({g['reason']}) -> fact {[m.text for m in over]}")
    print("gold:", dict(totals))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print every mention")
    parser.add_argument("--gold", action="store_true", help="compare with annotations/*.json")
    args = parser.parse_args()
    paths = args.files or sorted((ROOT / "seeds").glob("*.txt"))
    for path in paths:
        report(path, args.list)
    if args.gold:
        gold_check(paths)


if __name__ == "__main__":
    main()
