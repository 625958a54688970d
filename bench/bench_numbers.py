"""Throughput of gknlp.numbers.scan against jieba.lcut on the same text, in the same run.

The five seeds are concatenated and repeated to about 1 MB (UTF-8).  Both are timed in CPU
seconds (``time.process_time``, robust on a shared machine) and in wall seconds, best of
``--repeat`` runs each (the two alternate), after one warm-up call each (grammar compiled, jieba
dictionary loaded) and a garbage collection (the compile leftovers are collected outside the timing).

    .venv/bin/python bench/bench_numbers.py [--size-kb 1024] [--repeat 5]
"""
from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import jieba

from gknlp.numbers import scan

ROOT = Path(__file__).resolve().parents[1]


def corpus(size_kb: int) -> str:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    reps = max(1, (size_kb * 1024) // len(seeds.encode("utf-8")) + 1)
    return "\n".join([seeds] * reps)


def timed(fn, text: str) -> tuple[float, float]:
    """CPU and wall seconds of one call."""
    c0, w0 = time.process_time(), time.perf_counter()
    fn(text)
    return time.process_time() - c0, time.perf_counter() - w0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = corpus(args.size_kb)
    kb = len(text.encode("utf-8")) / 1024
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    scan("预热 1件")
    n = len(scan(text))
    gc.collect()
    scan_cpu = scan_wall = jieba_cpu = jieba_wall = float("inf")
    for _ in range(args.repeat):  # alternating, so both see the same machine load
        cpu, wall = timed(scan, text)
        scan_cpu, scan_wall = min(scan_cpu, cpu), min(scan_wall, wall)
        cpu, wall = timed(jieba.lcut, text)
        jieba_cpu, jieba_wall = min(jieba_cpu, cpu), min(jieba_wall, wall)
    print(f"text: {kb:.0f} KB UTF-8, {len(text)} characters, {n} mentions")
    print(f"gknlp.numbers.scan : {kb / scan_cpu:8.0f} KB/s CPU ({scan_cpu:.3f} s)   {kb / scan_wall:8.0f} KB/s wall")
    print(f"jieba.lcut         : {kb / jieba_cpu:8.0f} KB/s CPU ({jieba_cpu:.3f} s)   {kb / jieba_wall:8.0f} KB/s wall")
    print(f"ratio scan/jieba   : {jieba_cpu / scan_cpu:8.1f}x CPU   {jieba_wall / scan_wall:8.1f}x wall")


if __name__ == "__main__":
    main()
