"""Hostile inputs: for each generator in ``_hostile.py``, the time for its
first quarter and for the whole (linear time means the ratio stays near 4;
the target is at most 5), and time per character against the seed corpus
(target: within 10x).

    python benchmarks/bench_hostile.py [--chars 1000000]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus
from _hostile import HOSTILE
from _timing import best_of, peak_memory, rate

import govreport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    seeds = seed_corpus(args.chars)
    seed_per_char = best_of(args.repeat, lambda: govreport.parse(seeds)) / len(seeds)
    print(f"seed corpus: {1 / seed_per_char:,.0f} chars/s over {len(seeds):,} characters")
    print(f"{'input':16} {'chars':>10} {'chars/s':>13} {'whole/quarter':>14} {'vs seeds':>9} {'peak MiB':>9}")
    for name, generate in HOSTILE.items():
        whole = generate(args.chars)
        quarter = generate(args.chars // 4)
        t_whole = best_of(args.repeat, lambda whole=whole: govreport.parse(whole))
        t_quarter = best_of(args.repeat, lambda quarter=quarter: govreport.parse(quarter))
        _, peak = peak_memory(lambda whole=whole: govreport.parse(whole))
        print(
            f"{name:16} {len(whole):>10,} {rate(len(whole), t_whole)} {t_whole / t_quarter:>14.2f}"
            f" {t_whole / len(whole) / seed_per_char:>8.1f}x {peak / 2**20:>9.1f}"
        )


if __name__ == "__main__":
    main()
