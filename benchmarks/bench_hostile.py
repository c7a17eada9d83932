"""Hostile inputs: for each generator in ``_hostile.py``, its size, the time
to parse it, characters per second, the time for the whole against its first
quarter (linear time means the ratio stays near 4; the target is at most 5),
time per character against the seed corpus measured in the same run (target:
within 10x) and tracemalloc's peak memory per character (target: at most 60
bytes; real text takes about 20).

    python benchmarks/bench_hostile.py [--chars 1000000] [--repeat 3] [--only NAME ...]
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
    parser.add_argument("--only", nargs="*", choices=sorted(HOSTILE), help="these generators only")
    args = parser.parse_args()
    seeds = seed_corpus(args.chars)
    seed_seconds = best_of(args.repeat, lambda: govreport.parse(seeds))
    seed_per_char = seed_seconds / len(seeds)
    _, seed_peak = peak_memory(lambda: govreport.parse(seeds))
    print(
        f"seed corpus: {len(seeds):,} characters, {seed_seconds:.2f} s, {1 / seed_per_char:,.0f} chars/s,"
        f" peak {seed_peak / len(seeds):.0f} bytes/char"
    )
    header = f"{'input':19} {'chars':>10} {'seconds':>8} {'chars/s':>13} {'whole/quarter':>14}"
    print(header + f" {'vs seeds':>9} {'bytes/char':>11}")
    for name, generate in HOSTILE.items():
        if args.only and name not in args.only:
            continue
        whole = generate(args.chars)
        quarter = generate(args.chars // 4)
        t_whole = best_of(args.repeat, lambda whole=whole: govreport.parse(whole))
        t_quarter = best_of(args.repeat, lambda quarter=quarter: govreport.parse(quarter))
        _, peak = peak_memory(lambda whole=whole: govreport.parse(whole))
        print(
            f"{name:19} {len(whole):>10,} {t_whole:>8.2f} {rate(len(whole), t_whole)}"
            f" {t_whole / t_quarter:>14.2f} {t_whole / len(whole) / seed_per_char:>8.1f}x"
            f" {peak / len(whole):>11.0f}"
        )


if __name__ == "__main__":
    main()
