"""Time to draw a report as an HTML page (``govreport.render_html``) for a
report of about 50,000 characters (the seeds joined), beside the time to
parse it.

    python benchmarks/bench_view.py [--chars 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus
from _timing import best_of, rate

import govreport


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = seed_corpus(args.chars)
    report = govreport.parse(text)
    parse = best_of(args.repeat, lambda: govreport.parse(text))
    render = best_of(args.repeat, lambda: govreport.render_html(report, text))
    page = govreport.render_html(report, text)
    figures = sum(1 for _ in report.iter_quantities())
    print(
        f"input: seed corpus, {len(text):,} characters; {len(report.measures):,} measures, {figures:,} figures"
    )
    print(
        f"render_html: {render * 1000:.1f} ms ({rate(len(text), render).strip()} chars/s), page {len(page):,} characters"
    )
    print(f"parse:       {parse * 1000:.1f} ms (rendering is {render / parse:.2f}x the parse)")


if __name__ == "__main__":
    main()
