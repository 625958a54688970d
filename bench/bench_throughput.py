"""Throughput of gknlp on ~1 MB of real report text, against jieba alone, and with worker processes.

    .venv/bin/python bench/bench_throughput.py [--kb 1024] [--distinct] [--workers 2] [--many 10000] [--profile]

The corpus is the seed reports (8–15 KB each, realistic report size) repeated as separate
documents until ``--kb`` kilobytes of UTF-8 text are reached.  Measured, in one run:

* ``jieba.lcut`` on every document (dictionary already loaded);
* ``gknlp.parse_report`` on every document, single process (models/patterns already loaded);
* the ``gknlp extract`` path (:func:`gknlp.batch.run_extraction`, files on disk, rows serialised)
  with 1 and with ``--workers`` processes;
* ``--distinct``: the 71 distinct real texts (seeds + ../shared/corpus) once each instead, so that
  nothing is parsed twice (per-process caches of label look-ups cannot flatter the figure);
* ``--many N``: N small files (one real report paragraph each) streamed through the batch path to
  /dev/null, to show memory stays flat;
* ``--profile``: cProfile of a separate single-process pass, hottest functions with file:line.

KB/s counts UTF-8 bytes of input text (1 KB = 1024 bytes).  Peak memory is the maximum resident set
size (``getrusage``) of each process, plus the ``tracemalloc`` peak of parsing the largest document.
Targets: parse_report ≥ jieba.lcut (ratio ≥ 1.0); 2 workers ≥ 1.7 × one.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def corpus(kilobytes: int) -> list[str]:
    """Seed texts cycled as separate documents until ``kilobytes`` KB of UTF-8 text."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    docs: list[str] = []
    size = 0
    while size < kilobytes * 1024:
        text = texts[len(docs) % len(texts)]
        docs.append(text)
        size += len(text.encode("utf-8"))
    return docs


CORPUS = ROOT.parent / "shared" / "corpus"


def distinct_texts() -> list[str]:
    """The 71 real texts, each once (5 seeds + ../shared/corpus): no document repeats, so per-process
    caches of label/alias look-ups only help as much as real reports share their phrasing."""
    paths = SEEDS + sorted(CORPUS.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def kb(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1024


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def line(name: str, seconds: float, cpu: float, docs: list[str], extra: str = "") -> dict:
    """Print and return wall-clock and CPU throughput (CPU: summed over the processes doing the work)."""
    rate = {"name": name, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
            "kb_per_s": round(kb(docs) / seconds, 1), "docs_per_s": round(len(docs) / seconds, 2),
            "kb_per_cpu_s": round(kb(docs) / cpu, 1)}
    print(f"  {name:<30} {seconds:6.2f} s {rate['kb_per_s']:7.1f} KB/s {rate['docs_per_s']:6.2f} docs/s | "
          f"CPU {cpu:6.2f} s {rate['kb_per_cpu_s']:7.1f} KB/CPU-s  {extra}")
    return rate


class Clock:
    """Wall-clock and CPU time of this process between start and stop."""

    def __enter__(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def bench_batch(files: list, workers: int) -> tuple[float, float, dict[int, float], int]:
    """Wall seconds, CPU seconds (parent + the parses in the workers), max RSS (MB) per worker pid,
    and facts, for the gknlp extract path writing JSON Lines to /dev/null."""
    from gknlp import batch

    writer = batch.RowWriter("jsonl", os.devnull, batch.fact_columns())
    rss: dict[int, float] = {}
    facts = 0
    worker_cpu = 0.0
    with Clock() as clock:
        for outcome in batch.run_extraction(files, workers=workers, render="jsonl"):  # as `gknlp extract` does
            if outcome.error:
                raise SystemExit(f"{outcome.doc}: {outcome.error}")
            facts += writer.write_outcome(outcome)
            rss[outcome.pid] = max(rss.get(outcome.pid, 0), outcome.max_rss_kb / 1024)
            if outcome.pid != os.getpid():
                worker_cpu += outcome.cpu_seconds
        writer.close()
    return clock.wall, clock.cpu + worker_cpu, rss, facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=1024, help="corpus size in KB (default 1024; 0: only --many)")
    parser.add_argument("--distinct", action="store_true",
                        help="the 71 distinct real texts once each (seeds + ../shared/corpus, ~365 KB) "
                             "instead of the seeds cycled to --kb")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--many", type=int, default=0, metavar="N", help="also stream N small files")
    parser.add_argument("--profile", action="store_true", help="cProfile the single-process parse")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    args = parser.parse_args()

    import jieba

    from gknlp import batch

    jieba.setLogLevel(60)
    jieba.initialize()
    batch.warm_up()
    results: dict[str, dict] = {}
    if args.kb > 0:
        results.update(bench_main(args))
    if args.many:
        results["many"] = bench_many(args.many, args.workers)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def bench_main(args: argparse.Namespace) -> dict:
    """jieba vs parse_report vs the batch path on ~``args.kb`` KB of seed reports."""
    import jieba

    import gknlp
    from gknlp import batch

    docs = distinct_texts() if args.distinct else corpus(args.kb)
    print(f"corpus: {len(docs)} documents, {kb(docs):.0f} KB, {sum(map(len, docs))} characters "
          f"({'distinct real texts' if args.distinct else 'seeds cycled'}); CPUs {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    results: dict[str, Any] = {}

    with Clock() as clock:
        tokens = sum(len(jieba.lcut(d)) for d in docs)
    results["jieba"] = line("jieba.lcut", clock.wall, clock.cpu, docs, f"{tokens} tokens")

    with Clock() as clock:
        facts = sum(len(gknlp.parse_report(d).facts) for d in docs)
    results["parse_report"] = line("parse_report (1 process)", clock.wall, clock.cpu, docs,
                                   f"{facts} facts, max RSS {rss_mb():.0f} MB")
    profiler = None
    if args.profile:  # a separate pass: profiling slows the parse down, the timing above is clean
        profiler = cProfile.Profile()
        profiler.enable()
        for d in docs:
            gknlp.parse_report(d)
        profiler.disable()

    largest = max(docs, key=len)
    tracemalloc.start()
    gknlp.parse_report(largest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  tracemalloc peak parsing the largest document ({len(largest)} chars): {peak / 2**20:.1f} MB")
    results["tracemalloc_peak_mb"] = round(peak / 2**20, 1)

    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, text in enumerate(docs):
            path = Path(tmp) / f"doc{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(batch.InputFile(str(path), path.name))
        for workers in (1, args.workers):
            seconds, cpu, rss, n = bench_batch(files, workers)
            per_worker = ", ".join(f"{v:.0f}" for v in rss.values())
            results[f"extract_{workers}"] = line(f"gknlp extract --workers {workers}", seconds, cpu, docs,
                                                 f"{n} facts, max RSS per process (MB): {per_worker}")
            results[f"extract_{workers}"]["max_rss_mb"] = sorted(round(v) for v in rss.values())

    ratio = results["parse_report"]["kb_per_s"] / results["jieba"]["kb_per_s"]
    cpu_ratio = results["parse_report"]["kb_per_cpu_s"] / results["jieba"]["kb_per_cpu_s"]
    one, many = results["extract_1"], results[f"extract_{args.workers}"]
    speedup = many["kb_per_s"] / one["kb_per_s"]
    # Load-independent view of the pool: CPU the parallel run spends per KB compared with one process;
    # on otherwise idle cores the speed-up would be about workers × this efficiency.
    efficiency = one["cpu_seconds"] / many["cpu_seconds"]
    results.update(ratio_parse_vs_jieba=round(ratio, 2), cpu_ratio_parse_vs_jieba=round(cpu_ratio, 2),
                   speedup_workers=round(speedup, 2), cpu_efficiency_workers=round(efficiency, 2))
    print(f"parse_report / jieba.lcut throughput: {ratio:.2f} wall, {cpu_ratio:.2f} CPU "
          f"(target >= 1.0) {'OK' if ratio >= 1 else 'MISSED'}")
    print(f"{args.workers} workers / 1: {speedup:.2f}x wall (target >= 1.7) {'OK' if speedup >= 1.7 else 'MISSED'}; "
          f"CPU per KB 1 process / {args.workers} workers: {efficiency:.2f} "
          f"(≈ {args.workers * efficiency:.2f}x expected on {args.workers} idle cores)")

    if profiler:
        print_profile(profiler)
    return results


def bench_many(n: int, workers: int) -> dict:
    """Stream ``n`` one-paragraph files through the batch path; report parent/worker RSS."""
    from gknlp import batch

    paragraphs = [p for s in SEEDS for p in s.read_text(encoding="utf-8").split("\n") if 80 <= len(p) <= 400]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(n):
            path = Path(tmp) / f"{i // 1000:02d}" / f"p{i:05d}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(paragraphs[i % len(paragraphs)], encoding="utf-8")
            files.append(batch.InputFile(str(path), path.name))
        before = rss_mb()
        seconds, _, rss, facts = bench_batch(files, workers)
    after = rss_mb()
    print(f"  {n} small files, {workers} workers: {seconds:.1f} s ({n / seconds:.0f} docs/s), {facts} facts; "
          f"parent max RSS {before:.0f} → {after:.0f} MB; workers max RSS "
          + ", ".join(f"{v:.0f}" for v in rss.values()) + " MB")
    return {"files": n, "seconds": round(seconds, 2), "facts": facts, "parent_rss_mb": [round(before), round(after)],
            "worker_rss_mb": sorted(round(v) for v in rss.values())}


def print_profile(profiler: cProfile.Profile) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(25)
    print("\nhottest functions (own time) of the single-process run:")
    print("\n".join(out.getvalue().splitlines()[4:]))
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats("gknlp", 25)
    print("cumulative time, gknlp functions:")
    print("\n".join(out.getvalue().splitlines()[4:]))


if __name__ == "__main__":
    sys.exit(main())
