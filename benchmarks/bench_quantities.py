"""Throughput of figure extraction (``govreport.extract_quantities``) on the
seed corpus, beside one ``regex.finditer`` pass of a simple number pattern
over the same text (the practical floor for pure Python).

    python benchmarks/bench_quantities.py [--chars 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus
from _timing import best_of, rate

import govreport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = seed_corpus(args.chars)
    number = regex.compile(r"\d+(?:\.\d+)?")
    floor = best_of(args.repeat, lambda: sum(1 for _ in number.finditer(text)))
    extract = best_of(args.repeat, lambda: govreport.extract_quantities(text))
    found = govreport.extract_quantities(text)
    print(f"input: seed corpus, {len(text):,} characters; {len(found):,} figures")
    print(f"extract_quantities:   {rate(len(text), extract)} chars/s ({extract * 1000:.0f} ms)")
    print(f"regex.finditer floor: {rate(len(text), floor)} chars/s (extraction is {extract / floor:.0f}x)")


if __name__ == "__main__":
    main()
