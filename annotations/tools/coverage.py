"""List numbers of annotated documents that are neither inside a fact nor inside a non-fact.

    .venv/bin/python annotations/tools/coverage.py annotations/seed00*.json

A completeness aid for annotators: every digit run (and every Chinese-numeral count such as 三项 / 五个)
should be covered by a fact or a non-fact in a document marked ``complete``.  Digits inside table
regions are listed too.  Nothing is written; read the list and fix the annotation script.
"""
from __future__ import annotations

import sys

from annolib import ROOT  # noqa: F401  (puts the repository on sys.path)

import regex

from gknlp.training.annotations import load

NUMBER = regex.compile(r"\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+(?=[个项条件次人名家类期场篇份批])")


def uncovered(doc) -> list[tuple[int, str, str]]:
    spans = [(f.start, f.end) for f in doc.facts] + [(n.start, n.end) for n in doc.nonfacts]
    out = []
    for m in NUMBER.finditer(doc.text):
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            ctx = doc.text[max(0, m.start() - 12):m.end() + 8].replace("\n", "⏎")
            out.append((m.start(), m.group(), ctx))
    return out


def main(paths: list[str]) -> int:
    total = 0
    for doc in load(paths or [str(ROOT / "annotations")]):
        rows = uncovered(doc)
        total += len(rows)
        for start, num, ctx in rows:
            print(f"{doc.doc}\t{start}\t{num}\t{ctx}")
    print(f"{total} uncovered numbers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
