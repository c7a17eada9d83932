"""``govreport targets --plot``: one indicator's targets drawn with
matplotlib (the ``plot`` extra, imported only here)."""

from __future__ import annotations

import os
from collections import Counter
from decimal import Decimal

from govreport._frames import require
from govreport._rows import Row

__all__ = ["plot_targets"]


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (Decimal, int, float)) else None


def plot_targets(rows: list[Row], indicator: str, path: str | os.PathLike[str]) -> int:
    """Draw ``indicator``'s coming-year targets of ``rows`` (target rows, with
    outcome columns or without) to ``path``: across target years when they
    span more than one year (a band for a range or an approximate target, a
    line for the outcome), else across regions.  Returns the number of
    targets drawn."""
    require("matplotlib", "plot")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    chosen = [r for r in rows if r["indicator"] == indicator and r["period"] == "annual"]
    chosen = [r for r in chosen if _number(r["value"]) is not None or _number(r["low"]) is not None]
    # one unit on one axis: growth in % (a GDP level of 1万亿元 is left out)
    units = Counter(str(r["unit"]) for r in chosen)
    if units:
        unit = units.most_common(1)[0][0]
        chosen = [r for r in chosen if str(r["unit"]) == unit]
    years = {r["target_year"] for r in chosen}
    fig, ax = plt.subplots(figsize=(10, 4.5))
    if len(years) > 1:
        by_year: dict[int, Row] = {}
        for r in chosen:
            if isinstance(r["target_year"], int):
                by_year.setdefault(r["target_year"], r)
        xs = sorted(by_year)
        lows = [_number(by_year[y]["low"]) or _number(by_year[y]["value"]) or 0.0 for y in xs]
        highs = [_number(by_year[y]["high"]) or _number(by_year[y]["value"]) or 0.0 for y in xs]
        ax.fill_between(xs, [v - 0.05 for v in lows], [v + 0.05 for v in highs], step="mid", alpha=0.35,
                        label="target")  # fmt: skip
        ax.plot(xs, [(lo + hi) / 2 for lo, hi in zip(lows, highs, strict=True)], "o", ms=3, color="C0")
        outcomes = [_number(by_year[y].get("outcome")) for y in xs]
        if any(v is not None for v in outcomes):
            # a year without an outcome, or without a target, breaks the line
            # (no national report of 1996 or 1998; 2003 states only five years' growth)
            line_x: list[float] = []
            line_y: list[float] = []
            for year, value in zip(xs, outcomes, strict=True):
                if line_x and year - line_x[-1] > 1:
                    line_x.append(line_x[-1] + 1)
                    line_y.append(float("nan"))
                line_x.append(year)
                line_y.append(float("nan") if value is None else value)
            ax.plot(line_x, line_y, "s-", ms=3, color="C1", label="outcome")
        ax.set_xlabel("target year")
    else:
        labels = [str(r["region"] or r["file"] or "?") for r in chosen]
        values = [_number(r["value"]) or _number(r["high"]) or 0.0 for r in chosen]
        ax.bar(range(len(values)), values, label="target")
        ax.set_xticks(range(len(values)), labels, rotation=60, ha="right", fontsize=7)
        ax.set_xlabel(f"region ({next(iter(years), '')})")
    unit = next((str(r["unit"]) for r in chosen if r["unit"]), "")
    ax.set_ylabel(f"{indicator} ({unit})" if unit else indicator)
    ax.set_title(f"{indicator}: targets" + (" and outcomes" if len(years) > 1 else ""))
    ax.legend(loc="best")
    fig.tight_layout()
    fig.savefig(os.fspath(path), dpi=120)
    plt.close(fig)
    return len(chosen)
