"""Figures on real reports against hand-labelled figures (issue 13).

``tests/real/figures/<stem>.tsv`` labels every figure of ``tests/real/docs/<stem>.txt``
(format: "Figures (TSV format)" of the labelling rules): line, text, nth occurrence
in the line, value, unit, qualifier, name, role (``figure`` or ``change``), note.
The labels were decided by reading the text, never from the parser.

Spans are compared without the qualifier words around them (约, 超过, 以上 … are
stripped from the library's raw span with the qualifier table) and, for a change,
without its basis and verb (同比增长5.77% → 5.77%).  Run with ``-s`` to see the
numbers; set ``GOVREPORT_FIGURES_DIFF=1`` to print every miss and extra too.
"""

from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest
import regex

import govreport
from govreport._api import read_text
from govreport._grammar import UNIT_ALIASES
from govreport._tables.qualifiers import AFTER, BEFORE, CHANGE_BASES, CHANGE_VERBS

REAL = Path(__file__).parent / "real"
LABELS = sorted((REAL / "figures").glob("*.tsv"))

PRECISION, RECALL, VALUE_UNIT = 0.97, 0.97, 0.99
#: Names: lenient (either contains the other) and tight (also within
#: ``TIGHT_SLACK`` characters of length), over every matched label, changes
#: included; a label without a name is a miss whatever the library says.
LENIENT, TIGHT, TIGHT_SLACK = 0.94, 0.86, 4

# Words around a figure that a label leaves out: qualifiers, and for a change
# its basis and verb (同比增长, 比2014年底增加了).
_alt = "|".join(
    regex.escape(w) for w in sorted({*BEFORE, *CHANGE_BASES, *CHANGE_VERBS}, key=len, reverse=True)
)
_LEADING = regex.compile(rf"(?:\s|{_alt}|比\d{{4}}年(?:底|末|同期)?|了)+")
_TRAILING = regex.compile(
    rf"(?r)(?:\s|{'|'.join(regex.escape(w) for w in sorted(AFTER, key=len, reverse=True))})+\Z"
)


class Label(NamedTuple):
    start: int
    end: int
    value: str
    unit: str
    name: str
    role: str
    where: str  # file:line, for messages


class Found(NamedTuple):
    value: str  # "685.59" or "5..6"
    unit: str
    name: str
    raw: str


def _canonical_unit(unit: str) -> str:
    if unit == "成":
        return "%"
    return UNIT_ALIASES.get(unit, (unit, ""))[0]


def _number(d: Decimal | None) -> str:
    return "" if d is None else format(d.normalize(), "f")


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without qualifier and change words at either end."""
    m = _LEADING.match(text, start, end)
    if m is not None:
        start = m.end()
    m = _TRAILING.search(text, start, end)
    if m is not None:
        end = m.start()
    return start, end


def _read_labels(path: Path, text: str) -> list[Label]:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    labels = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            n, raw, nth = int(row["line"]), row["text"], int(row["nth"] or 1)
            where = f"{path.stem}:{n}"
            line = lines[n - 1]
            at = -1
            for _ in range(nth):
                at = line.find(raw, at + 1)
                assert at >= 0, f"{where}: label {raw!r} (#{nth}) is not in the line"
            start = starts[n - 1] + at
            labels.append(
                Label(
                    start,
                    start + len(raw),
                    row["value"].strip(),
                    _canonical_unit(row["unit"].strip()),
                    row["name"].strip(),
                    row["role"].strip() or "figure",
                    where,
                )
            )
    return labels


def _found(text: str) -> dict[tuple[int, int], Found]:
    """Every figure the library finds in ``text``, and the figure of each change."""
    report = govreport.parse(text)
    out: dict[tuple[int, int], Found] = {}
    for _, _, q in report.iter_quantities():
        value = _number(q.value) if q.value is not None else f"{_number(q.low)}..{_number(q.high)}"
        out[_stripped(text, q.span.start, q.span.end)] = Found(value, q.unit or "", q.name or "", q.raw)
        c = q.change
        if c is not None and (c.span.start, c.span.end) != (q.span.start, q.span.end):
            key = _stripped(text, c.span.start, c.span.end)
            # a change measures the same indicator as its amount (同比增长5.77%)
            out.setdefault(key, Found(_number(c.amount), c.unit or "", q.name or "", text[key[0] : key[1]]))
    return out


def _same_value(label: Label, found: Found) -> bool:
    if label.unit != found.unit:
        return False
    want, got = label.value.split(".."), found.value.split("..")
    return len(want) == len(got) and all(Decimal(a) == Decimal(b) for a, b in zip(want, got, strict=True))


def _same_name(label: Label, found: Found, *, tight: bool) -> bool:
    """Either name contains the other (and, ``tight``, their lengths differ by
    at most ``TIGHT_SLACK``); a label without a name never agrees."""
    if not label.name or not found.name:
        return False
    if tight and abs(len(label.name) - len(found.name)) > TIGHT_SLACK:
        return False
    return label.name in found.name or found.name in label.name


@pytest.mark.skipif(not LABELS, reason="no hand-labelled figures yet in tests/real/figures/*.tsv")
def test_real_figures() -> None:
    diff = bool(os.environ.get("GOVREPORT_FIGURES_DIFF"))
    n_labels = n_found = n_matched = n_value = n_unnamed = n_lenient = n_tight = 0
    problems: list[str] = []
    for path in LABELS:
        text = read_text(REAL / "docs" / f"{path.stem}.txt")
        labels = _read_labels(path, text)
        found = _found(text)
        by_span = {(lb.start, lb.end): lb for lb in labels}
        n_labels += len(by_span)
        n_found += len(found)
        for span, lb in sorted(by_span.items()):
            got = found.get(span)
            if got is None:
                context = text[max(0, span[0] - 12) : span[1] + 6].replace("\n", " ")
                problems.append(
                    f"miss  {lb.where} {text[span[0] : span[1]]!r} = {lb.value} {lb.unit} in {context}"
                )
                continue
            n_matched += 1
            if _same_value(lb, got):
                n_value += 1
            else:
                problems.append(
                    f"value {lb.where} {got.raw!r}: {got.value} {got.unit!r}, label {lb.value} {lb.unit!r}"
                )
            n_unnamed += not lb.name
            n_lenient += _same_name(lb, got, tight=False)
            if _same_name(lb, got, tight=True):
                n_tight += 1
            else:
                problems.append(f"name  {lb.where} {got.raw!r} ({lb.role}): {got.name!r}, label {lb.name!r}")
        for span, got in sorted(found.items()):
            if span not in by_span:
                line = text.count("\n", 0, span[0]) + 1
                context = text[max(0, span[0] - 12) : span[1] + 6].replace("\n", " ")
                problems.append(f"extra {path.stem}:{line} {got.raw!r} = {got.value} {got.unit} in {context}")
    precision = n_matched / n_found if n_found else 1.0
    recall = n_matched / n_labels if n_labels else 1.0
    value_unit = n_value / n_matched if n_matched else 1.0
    lenient = n_lenient / n_matched if n_matched else 1.0
    tight = n_tight / n_matched if n_matched else 1.0
    summary = (
        f"{len(LABELS)} documents, {n_labels} labels, {n_found} found, {n_matched} matched: "
        f"P {precision:.3f} R {recall:.3f} value+unit {value_unit:.3f} "
        f"names lenient {lenient:.3f} tight {tight:.3f} ({n_unnamed} labels without a name)"
    )
    print("\n" + summary)
    if diff:
        print("\n".join(sorted(problems, key=lambda p: p.split()[0])))
    assert precision >= PRECISION, summary
    assert recall >= RECALL, summary
    assert value_unit >= VALUE_UNIT, summary
    assert lenient >= LENIENT, summary
    assert tight >= TIGHT, summary
