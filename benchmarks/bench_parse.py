"""Throughput and peak memory of ``govreport.parse`` on the seed corpus.

    python benchmarks/bench_parse.py [--chars 1000000] [--repeat 5]

Prints characters per second (best of ``--repeat`` runs) and the peak memory
tracemalloc sees while parsing once.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus

import govreport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = seed_corpus(args.chars)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        report = govreport.parse(text)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    govreport.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sections = sum(1 for _ in report.walk())
    print(
        f"input: seed corpus, {len(text):,} characters ({sections} sections, {len(report.measures)} measures)"
    )
    print(f"parse: {len(text) / best:,.0f} chars/s (best of {args.repeat}: {best * 1000:.1f} ms)")
    print(f"peak memory: {peak / 2**20:.1f} MiB ({peak / len(text):.1f} bytes per input character)")


if __name__ == "__main__":
    main()
