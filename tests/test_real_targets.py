"""Targets on real reports against hand-labelled targets.

``tests/real/targets/<stem>.tsv`` labels every planned target of
``tests/real/docs/<stem>.txt``: line, raw (the figure as written, empty for a
target stated without a number), indicator, value, low, high, qualifier,
target_year, period, basis, note.  The labels were decided by reading the
text, never from the parser.

A label is matched to the target rows of :func:`govreport.targets` on the same
line whose ``raw`` is the label's (a figure's qualifier words may stand in one
and not the other: 超过7% / 7%); a target without a number is matched by line
and indicator.  Run with ``-s`` to see, per column, how many are right, for
coming-year and plan targets apart.
"""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest

import govreport
from govreport._batch import Row

REAL = Path(__file__).parent / "real"
LABELS = sorted((REAL / "targets").glob("*.tsv"))
COLUMNS = ("indicator", "value", "low", "high", "qualifier", "target_year", "period", "basis")

#: Labels the parser gets wrong, by "stem:line:raw", with the reason.
KNOWN: dict[str, str] = {
    "national-gwr-1978:100:百分之八十五以上[]": "target_year: labelled 1985, parsed 1982",
    "national-gwr-1978:225:百分之一以下[]": "target_year: labelled 1980, parsed 1978; period: labelled plan, parsed annual; basis: labelled level, parsed annual",
    "national-gwr-1980:99:2，000万马力[]": "not found as a target",
    "national-gwr-1980:103:550亿元左右[investment]": "indicator: labelled investment, parsed (empty)",
    "national-gwr-1980:113:600万人[jobs]": "indicator: labelled jobs, parsed (empty)",
    "national-gwr-1980:115:1％[]": "basis: labelled level, parsed annual",
    "national-gwr-1981:312:５．９％[]": "not found as a target",
    "national-gwr-1982:23:百分之五[]": "basis: labelled annual_average, parsed level",
    "national-gwr-1982:32:百分之三十八点五[]": "not found as a target",
    "national-gwr-1982:82:二千九百万人[jobs]": "indicator: labelled jobs, parsed (empty)",
    "national-gwr-1988:176:８０亿公斤[grain]": "not found as a target",
    "provincial-gwr-2026-chongqing:42:2.1∶1左右[]": "not found as a target",
    "provincial-gwr-2026-gansu:41:4个[]": "basis: labelled level, parsed cumulative",
    "provincial-gwr-2026-gansu:41:6个[]": "basis: labelled level, parsed cumulative",
}


class Label(NamedTuple):
    stem: str
    line: int
    raw: str
    cells: dict[str, str]
    nth: int  # 2 for the second label of the same figure on a line (3%左右 twice)

    @property
    def key(self) -> str:
        what = f"{self.raw}[{self.cells['indicator']}]"
        return f"{self.stem}:{self.line}:{what}" + (f"#{self.nth}" if self.nth > 1 else "")


def _labels() -> list[Label]:
    out = []
    for path in LABELS:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if not (row.get("line") or "").strip():
                    continue
                cells = {c: (row.get(c) or "").strip() for c in COLUMNS}
                raw, line = (row["raw"] or "").strip(), int(row["line"])
                same = (path.stem, line, raw, cells["indicator"])
                nth = 1 + sum((lb.stem, lb.line, lb.raw, lb.cells["indicator"]) == same for lb in out)
                out.append(Label(path.stem, line, raw, cells, nth))
    return out


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _same(column: str, want: str, got: object) -> bool:
    if column in ("value", "low", "high") and want and got is not None:
        return Decimal(want) == Decimal(str(got))
    return want == _cell(got)


_STRIP = "超过不低于至少近约左右以上以内以下翻 "


def _match(label: Label, rows: list[Row]) -> Row | None:
    here = [r for r in rows if r["line"] == label.line]
    indicator = label.cells["indicator"] or None
    if not label.raw:
        same = [r for r in here if r["raw"] is None and r["indicator"] == indicator]
    else:
        core = label.raw.strip(_STRIP)
        same = [r for r in here if r["raw"] == label.raw] or [
            r for r in here if r["raw"] and str(r["raw"]).strip(_STRIP) == core
        ]
        # 1982: 少于三十亿元 is the figure 三十亿元 (少于 before it), not 三十亿元左右
        same = [r for r in same if str(r["raw"]) in label.raw] + [
            r for r in same if str(r["raw"]) not in label.raw
        ]
        # 2019: 3%左右 twice on one line (居民消费价格涨幅, 单位国内生产总值能耗下降)
        same = [r for r in same if r["indicator"] == indicator] + [
            r for r in same if r["indicator"] != indicator
        ]
    return same[label.nth - 1] if len(same) >= label.nth else (same[0] if same else None)


_REPORTS: dict[str, list[Row]] = {}


def _rows(stem: str) -> list[Row]:
    if stem not in _REPORTS:
        path = REAL / "docs" / f"{stem}.txt"
        _REPORTS[stem] = govreport.targets([govreport.parse_file(path)])
    return _REPORTS[stem]


def _wrong(label: Label) -> list[str]:
    """The columns the parser gets wrong for ``label`` (``found`` if it has no row)."""
    row = _match(label, _rows(label.stem))
    if row is None:
        return ["found"]
    return [c for c in COLUMNS if not _same(c, label.cells[c], row[c])]


ALL = _labels()


def test_labels_are_well_formed() -> None:
    if not LABELS:
        pytest.skip("no target labels in tests/real/targets")
    for label in ALL:
        assert (REAL / "docs" / f"{label.stem}.txt").exists(), label.key
        assert label.cells["period"] in ("annual", "plan"), label.key
        assert label.cells["basis"] in ("annual", "annual_average", "cumulative", "level"), label.key


def test_targets_summary() -> None:
    """Print, per column, how many labels are right, coming-year and plan apart."""
    if not ALL:
        pytest.skip("no target labels in tests/real/targets")
    for period in ("annual", "plan"):
        labels = [lb for lb in ALL if lb.cells["period"] == period]
        right: Counter[str] = Counter()
        for label in labels:
            wrong = _wrong(label)
            right["found"] += "found" not in wrong
            for c in COLUMNS:
                right[c] += "found" not in wrong and c not in wrong
            right["all columns"] += not wrong
        cols = ", ".join(f"{c} {right[c]}/{len(labels)}" for c in ("found", *COLUMNS, "all columns"))
        print(f"\n{period} targets: {cols}")


@pytest.mark.parametrize(
    "label",
    [
        pytest.param(
            lb, marks=pytest.mark.xfail(strict=True, reason=KNOWN[lb.key]) if lb.key in KNOWN else ()
        )
        for lb in ALL
    ],
    ids=[lb.key for lb in ALL],
)
def test_target(label: Label) -> None:
    assert _wrong(label) == []
