"""The spaCy component and the interop formats on real data.

    .venv/bin/python bench/spacy_interop.py [--corpus ../shared/corpus] [--annotations annotations/]

Measured:

* component vs ``gknlp.parse_report`` on every seed and corpus report: facts equal (same spans,
  values, indicators), spans widened because jieba tokens cross the fact (``span._.aligned`` False),
  and the time of ``nlp(text)`` against ``parse_report(text)`` alone (the tokenizer's overhead);
* DocBin export of every annotation file with jieba + domain dictionary tokens: facts whose
  characters are not token boundaries (reported by ``to_docbin``), by document;
* Label Studio and doccano round trips of every annotation file: files whose JSON differs after the
  round trip, every key included (expected 0).
"""
from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

import gknlp
import gknlp.spacy as gks
from gknlp import interop
from gknlp.training.annotations import load

ROOT = Path(__file__).resolve().parents[1]


def component(paths: list[Path]) -> dict:
    nlp = gks.blank()
    nlp("预热：共受理申请12件")  # load jieba and the model before timing
    facts = widened = mismatched = 0
    t_parse = t_nlp = 0.0
    chars = 0
    for p in paths:
        text = gknlp.io.read(p).text
        chars += len(text)
        t0 = time.perf_counter()
        report = gknlp.parse_report(text)
        t1 = time.perf_counter()
        doc = nlp(text)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_nlp += t2 - t1
        spans = sorted(doc.spans["gknlp"], key=lambda s: (s._.char_start, s._.char_end))
        if [s._.fact for s in spans] != report.facts:
            mismatched += 1
        facts += len(report.facts)
        widened += sum(not s._.aligned for s in spans)
    return {"docs": len(paths), "chars": chars, "facts": facts, "widened_spans": widened,
            "docs_differing_from_parse_report": mismatched,
            "parse_report_s": round(t_parse, 2), "nlp_s": round(t_nlp, 2),
            "tokenizer_overhead_pct": round(100 * (t_nlp - t_parse) / t_parse, 1) if t_parse else None}


def annotations(paths: Path) -> dict:
    docs = load(paths)
    export = interop.to_docbin(docs)
    by_doc: dict[str, int] = {}
    for m in export.misaligned:
        by_doc[m.doc] = by_doc.get(m.doc, 0) + 1
    bad_ls = bad_dc = 0
    files = sorted(paths.glob("*.json")) if paths.is_dir() else [paths]
    for f in files:  # compare the complete JSON, keys the loader does not model included
        original = json.loads(f.read_text(encoding="utf-8"))
        (ls,) = interop.from_label_studio(json.loads(json.dumps(interop.to_label_studio(f))), as_dicts=True)
        (dc,) = interop.from_doccano(json.loads(json.dumps(interop.to_doccano(f))), as_dicts=True)
        bad_ls += _canonical(ls) != _canonical(original)
        bad_dc += _canonical(dc) != _canonical(original)
    return {"annotation_files": len(docs), "facts": sum(len(d.facts) for d in docs),
            "docbin_spans": export.n_spans, "misaligned": len(export.misaligned),
            "misaligned_by_doc": dict(sorted(by_doc.items())),
            "examples": [(m.doc, m.text, m.tokens) for m in export.misaligned[:12]],
            "label_studio_round_trip_differences": bad_ls, "doccano_round_trip_differences": bad_dc}


def _canonical(raw: dict) -> dict:
    """Annotation dict in the loader's order (facts by span, non-facts by start)."""
    out = dict(raw)
    out["facts"] = sorted(raw["facts"], key=lambda e: (e["start"], e["end"]))
    out["nonfacts"] = sorted(raw.get("nonfacts") or [], key=lambda e: e["start"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--annotations", default=str(ROOT / "annotations"))
    args = ap.parse_args()
    warnings.simplefilter("ignore", RuntimeWarning)
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(Path(args.corpus).glob("*.txt"))
    print(json.dumps({"component": component(paths), "annotations": annotations(Path(args.annotations))},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
