"""Characters per second of each stage of ``govreport.parse`` on the seed
corpus (the five seeds repeated to about 1,000,000 characters), the end to
end rate, peak memory, and the ratio to one ``regex.finditer`` pass of a
simple number pattern (the practical floor for pure Python).

    python benchmarks/bench_stages.py [--chars 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus
from _timing import best_of, peak_memory, rate

import govreport
from govreport._layout import build_units, wrap_width
from govreport._metadata import read_metadata
from govreport._outline import build_outline
from govreport._pipeline import body_lines, find_chrome
from govreport._text import decode, fold, split_lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = seed_corpus(args.chars)
    n = len(text)
    data = text.encode("gb18030")
    folded = fold(text)
    lines = split_lines(text)
    chrome = find_chrome(folded, lines)
    wrap = wrap_width(text, lines)
    _, claims, captions = read_metadata(text, folded, lines, chrome, wrap)
    body = body_lines(lines, chrome | captions, claims)
    units = build_units(text, folded, body, wrap)
    report = govreport.parse(text)

    r = args.repeat
    stages = {
        "decode (GB18030 bytes)": best_of(r, lambda: decode(data)),
        "lines (fold + split)": best_of(r, lambda: (fold(text), split_lines(text))),
        "metadata (+ page chrome)": best_of(
            r, lambda: read_metadata(text, folded, lines, find_chrome(folded, lines), wrap)
        ),
        "units (paragraphs)": best_of(r, lambda: build_units(text, folded, body, wrap)),
        # (figures included: measures ask for them, and nothing is patched, so that the
        # compiled build times the same work)
        "outline, measures, figures": best_of(r, lambda: build_outline(list(units))),
        "quantities (whole text)": best_of(r, lambda: govreport.extract_quantities(text)),
        "JSON (to_json)": best_of(r, lambda: govreport.to_json(report)),
    }
    end_to_end = best_of(r, lambda: govreport.parse(text))
    floor = best_of(r, lambda: sum(1 for _ in regex.finditer(r"\d+(?:\.\d+)?", text)))
    _, peak = peak_memory(lambda: govreport.parse(text))
    print(f"input: seed corpus, {n:,} characters; one core; best of {r}")
    print(f"{'stage':28} {'chars/s':>13}")
    for name, seconds in stages.items():
        print(f"{name:28} {rate(n, seconds)}")
    print(f"{'parse, end to end':28} {rate(n, end_to_end)}")
    print(f"{'regex.finditer floor':28} {rate(n, floor)}  (parse is {end_to_end / floor:.0f}x the floor)")
    print(f"peak memory while parsing: {peak / 2**20:.1f} MiB = {peak / n:.1f} bytes per input character")


if __name__ == "__main__":
    main()
