"""Draw the national GDP growth targets 1978–2025 of the real reports to
``docs/_static/gdp-targets.png`` (the picture of the targets how-to).

Run from the repository root: ``python benchmarks/plot_gdp_targets.py``.
It reads ``../shared/corpus/national-gwr-*.txt``, pairs each target with
the outcome the next year's report states, and draws both.
"""

from __future__ import annotations

import sys
from pathlib import Path

import govreport
from govreport._plot import plot_targets

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OUT = Path(__file__).resolve().parents[1] / "docs" / "_static" / "gdp-targets.png"


def main() -> int:
    files = sorted(CORPUS.glob("national-gwr-*.txt"))
    if not files:
        print(f"no reports in {CORPUS}", file=sys.stderr)
        return 1
    reports = [govreport.parse_file(f) for f in files]
    rows = govreport.target_outcomes(govreport.targets(reports), reports)
    rows = [r for r in rows if isinstance(r["target_year"], int) and r["target_year"] >= 1978]
    drawn = plot_targets(rows, "gdp", OUT)
    print(f"{drawn} targets drawn to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
