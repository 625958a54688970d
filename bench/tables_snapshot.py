"""Snapshot of the table-side stages (segment → read_tables → metadata → table_facts), and their CPU time.

    .venv/bin/python bench/tables_snapshot.py write /tmp/tables_before.json
    .venv/bin/python bench/tables_snapshot.py compare /tmp/tables_before.json
    .venv/bin/python bench/tables_snapshot.py texts /tmp/texts.json   # freeze the texts, then
    ... write --texts /tmp/texts.json /tmp/before.json; ... compare --texts /tmp/texts.json /tmp/before.json
    .venv/bin/python bench/tables_snapshot.py time [--repeat 5]
    GKNLP_CODE=/tmp/base .venv/bin/python bench/tables_snapshot.py write /tmp/base.json  # older code

``GKNLP_CODE`` puts another copy of the package first on the path (``git archive <commit> gknlp | tar
-x -C /tmp/base``), so the reference dump can be rebuilt from the unchanged code at any time while
the texts (seeds, corpus, test literals) are always the current ones.

``write`` / ``compare`` run, for every text of the safety net, exactly what gknlp/pipeline.py runs
for these stages (``fold`` → ``segment`` → ``read_tables`` → ``detect`` → ``table_facts``) and dump
every field of the sections, tables (rows, cells, spans, paths, indicators), metadata and facts.
``compare`` reports the texts whose dump differs (a speed-up must leave it identical).  The texts:

* the 5 seeds and the corpus texts of ../shared/corpus (read in place, never copied);
* the tables the tests build (tests/test_tables.py: table 2/3/4 and the seed 002/004 tables in
  every layout, HTML rendered with ``html_to_text``) and every string literal of tests/*.py with at
  least 12 characters;
* hostile shapes (runs of "|", digits, "余", "1|", "一、", "(一)", "规章0") of a few thousand characters;
* deterministic random windows (fixed seed) of the real texts, so that tables cut anywhere, texts
  starting mid-table and odd section boundaries are covered too.

``time`` measures the CPU time of the four stages (each separately, best of ``--repeat`` passes)
over the documents of bench/bench_throughput.py (~1 MB: the seeds cycled, 88 documents) and over
the distinct real texts (seeds + corpus, where per-label caches help less).
"""
from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import json
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))
if os.environ.get("GKNLP_CODE"):  # the gknlp code to run (e.g. an exported older commit), texts stay ours
    sys.path.insert(0, os.environ["GKNLP_CODE"])

from gknlp import metadata, normalize, segment, tables  # noqa: E402


def real_texts() -> dict[str, str]:
    """Seeds and corpus texts by name."""
    out = {f"seed/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))}
    out.update({f"corpus/{p.name}": p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))})
    return out


def _literal(node: ast.AST) -> str | None:
    """A string constant or a '+' concatenation of string constants."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = _literal(node.left), _literal(node.right)
        if a is not None and b is not None:
            return a + b
    return None


def test_texts() -> dict[str, str]:
    """Texts built by the table tests plus the string literals of all test files."""
    from gknlp.io.html import html_to_text
    from tests import test_tables as tt

    out: dict[str, str] = {}
    for layout in tt.LAYOUTS:
        out[f"tests/t34/{layout}"] = tt._report(tt._t3_grid(), tt._t4_grid(), layout)
        rows4 = [[c for c in r if c] for r in tt._seed004_rows()]
        out[f"tests/seed004/{layout}"] = "平江县民政局2017年政府信息公开工作年度报告\n七、附表\n" + tt._render(rows4, layout)
        out[f"tests/seed002/{layout}"] = "清镇市2013年政府信息公开年度报告\n五、附表\n" + tt._render(tt._seed002_rows(), layout)
        out[f"tests/t2/{layout}"] = ("汉滨区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                                     + tt._render(tt._t2_grid(), layout) + "\n三、收到和处理政府信息公开申请情况\n无。\n")
    out["tests/t3_html"] = html_to_text(tt._html_table3())
    rows = tt._seed004_rows()
    out["tests/seed004/html"] = html_to_text("<html><body><p>七、附表</p><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table></body></html>")
    grid = [["申请人情况"], ["自然人", "法人或其他组织", "总计"], ["小计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    for label, _stem, values in tt.gold.T3_ROWS:
        grid.append([label, str(values[0]), str(sum(values[1:6]))] + [str(v) for v in values[1:]])
    out["tests/t3_subtotal"] = "三、收到和处理政府信息公开申请情况\n" + tt._render(grid, "pipe_rows")
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            s = _literal(node)
            if s is not None and len(s) >= 12:  # keyed by content: edits elsewhere in the tests move nothing
                out[f"tests/literal/{path.stem}/{hashlib.sha1(s.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"] = s
    return out


def hostile_texts() -> dict[str, str]:
    shapes = {"pipes": "|", "digits": "1", "yu": "余", "one_pipe": "1|", "heads": "一、", "subheads": "(一)",
              "rule0": "规章0", "pipe_lines": "统计数 |\n0 |\n", "mixed": "12余万|3.5%约"}
    return {f"hostile/{k}": v * (4000 // len(v)) for k, v in shapes.items()}


def window_texts(texts: dict[str, str], per_text: int = 12) -> dict[str, str]:
    """Random windows of the real texts (fixed seed): anywhere, and from a line start to a line end
    in the second half (where the tables usually are)."""
    rng = random.Random(20261122)
    out: dict[str, str] = {}
    for name, text in texts.items():
        for i in range(per_text):
            a = rng.randrange(len(text))
            b = min(len(text), a + rng.randrange(50, 6000))
            out[f"window/{name}/{i}:{a}-{b}"] = text[a:b]
        starts = [m.end() for m in re.finditer(r"\n", text) if m.end() >= len(text) // 2] or [len(text) // 2]
        for i in range(per_text // 2):
            a = rng.choice(starts)
            ends = [e for e in starts if a < e <= a + 8000] or [len(text)]
            b = rng.choice(ends)
            out[f"lines/{name}/{i}:{a}-{b}"] = text[a:b]
    return out


def all_texts() -> dict[str, str]:
    real = real_texts()
    out = dict(real)
    out.update(test_texts())
    out.update(hostile_texts())
    out.update(window_texts(real))
    return out


def stages(text: str) -> tuple[list, list, Any, list]:
    """The table-side stages exactly as gknlp/pipeline.py runs them."""
    folded = normalize.fold(text)
    sections = segment.segment(folded)
    found_tables = tables.read_tables(folded, sections)
    meta = metadata.detect(folded, found_tables, sections)
    table_facts = tables.table_facts(folded, found_tables, meta)
    return sections, found_tables, meta, table_facts


def plain(obj: Any) -> Any:
    """Every field of dataclasses (recursively), keeping int/float/bool apart."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {"__type__": type(obj).__name__,
                **{f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}}
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, bool) or obj is None or isinstance(obj, str):
        return obj
    if isinstance(obj, int):
        return {"int": obj}
    if isinstance(obj, float):
        return {"float": repr(obj)}
    return {"repr": repr(obj)}


def dump(text: str) -> Any:
    try:
        sections, found, meta, facts = stages(text)
    except Exception as exc:  # an exception is part of the behaviour too
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"sections": plain(sections), "tables": plain(found), "meta": plain(meta), "facts": plain(facts)}


def snapshot(texts_file: str | None = None) -> dict[str, Any]:
    if texts_file:  # texts frozen by `texts` (test builders and html_to_text change under our feet)
        texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    else:
        texts = all_texts()
    return {name: dump(text) for name, text in texts.items()}


def bench_docs() -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_throughput import corpus

    return corpus(1024)


def time_stages(docs: list[str], repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` CPU seconds of each stage over ``docs`` (fold is not counted)."""
    folded = [normalize.fold(d) for d in docs]
    best = {"segment": 1e9, "read_tables": 1e9, "detect": 1e9, "table_facts": 1e9}
    for _ in range(repeat):
        spent = dict.fromkeys(best, 0.0)
        for text in folded:
            t0 = time.process_time()
            sections = segment.segment(text)
            t1 = time.process_time()
            found = tables.read_tables(text, sections)
            t2 = time.process_time()
            meta = metadata.detect(text, found, sections)
            t3 = time.process_time()
            tables.table_facts(text, found, meta)
            t4 = time.process_time()
            spent["segment"] += t1 - t0
            spent["read_tables"] += t2 - t1
            spent["detect"] += t3 - t2
            spent["table_facts"] += t4 - t3
        for k, v in spent.items():
            best[k] = min(best[k], v)
    best["total"] = sum(best.values())
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    x = sub.add_parser("texts", help="freeze the texts of the safety net into a JSON file (outside the repo)")
    x.add_argument("file")
    w = sub.add_parser("write")
    w.add_argument("file")
    w.add_argument("--texts", help="texts frozen by the texts command")
    c = sub.add_parser("compare")
    c.add_argument("file")
    c.add_argument("--texts", help="texts frozen by the texts command")
    t = sub.add_parser("time")
    t.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.cmd == "time":
        stages("一、总体情况\n规章 | 0 | 0 | 0\n")  # load data files and patterns
        for name, docs in (("bench (88 docs, seeds cycled)", bench_docs()), ("seeds + corpus", list(real_texts().values()))):
            res = time_stages(docs, args.repeat)
            print(f"{name:<32} " + "  ".join(f"{k} {v * 1000:7.1f} ms" for k, v in res.items()))
        return 0
    if args.cmd == "texts":
        texts = all_texts()
        Path(args.file).write_text(json.dumps(texts), encoding="ascii")  # \u escapes keep lone surrogates
        print(f"{len(texts)} texts → {args.file}")
        return 0
    snap = snapshot(args.texts)
    if args.cmd == "write":
        Path(args.file).write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        digest = hashlib.sha256(json.dumps(snap, sort_keys=True).encode()).hexdigest()[:16]
        n_tables = sum(len(v.get("tables", [])) for v in snap.values())
        n_facts = sum(len(v.get("facts", [])) for v in snap.values())
        print(f"{len(snap)} texts, {n_tables} tables, {n_facts} table facts; sha256 {digest} → {args.file}")
        return 0
    old = json.loads(Path(args.file).read_text(encoding="utf-8"))
    new = json.loads(json.dumps(snap, ensure_ascii=False, sort_keys=True))
    only = sorted(set(old) ^ set(new))
    if only:  # test literals added/removed by others since the snapshot: not comparable
        print(f"{len(only)} texts in only one snapshot (tests edited since?): {only[:5]}")
    diff = [k for k in sorted(set(old) & set(new)) if old[k] != new[k]]
    for k in diff[:20]:
        o, n = old.get(k, {}), new.get(k, {})
        parts = [p for p in ("sections", "tables", "meta", "facts", "error") if (o or {}).get(p) != (n or {}).get(p)]
        print(f"DIFF {k}: {', '.join(parts)}")
    print(f"{len(set(old) & set(new))} texts compared, {len(diff)} differ" + ("" if diff else " — identical"))
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
