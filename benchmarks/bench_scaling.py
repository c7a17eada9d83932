"""Scaling of ``govreport.parse`` with input size: the seed corpus cut to
10 KB, 100 KB, 1 MB and 10 MB (characters), time per character at each size.

    python benchmarks/bench_scaling.py [--max 10000000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus
from _timing import best_of, peak_memory, rate

import govreport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=10_000_000)
    args = parser.parse_args()
    sizes = [s for s in (10_000, 100_000, 1_000_000, 10_000_000) if s <= args.max]
    print(f"{'size':>12} {'chars/s':>13} {'ns/char':>9} {'vs 100 KB':>10} {'peak MiB':>9} {'bytes/char':>11}")
    base = None
    for size in sizes:
        text = seed_corpus(size)
        repeat = 5 if size <= 1_000_000 else 1
        seconds = best_of(repeat, lambda text=text: govreport.parse(text))
        per_char = seconds / len(text)
        if size == 100_000:
            base = per_char
        _, peak = peak_memory(lambda text=text: govreport.parse(text))
        ratio = f"{per_char / base:.2f}x" if base else "-"
        print(
            f"{len(text):>12,} {rate(len(text), seconds)} {per_char * 1e9:>9.0f} {ratio:>10}"
            f" {peak / 2**20:>9.1f} {peak / len(text):>11.1f}"
        )


if __name__ == "__main__":
    main()
