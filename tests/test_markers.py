"""Table-driven marker cases: one file per family under tests/cases/markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreport._headings import match_marker
from govreport._text import fold

CASES = Path(__file__).parent / "cases" / "markers"


def _cases() -> list[object]:
    out = []
    for path in sorted(CASES.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            text, expected = line.split("\t")
            out.append(pytest.param(text, expected, id=f"{path.stem}:{n}"))
    return out


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_marker(text: str, expected: str) -> None:
    folded = fold(text)
    m = match_marker(folded, 0, len(folded))
    if expected == "-":
        assert m is None, m
        return
    assert m is not None
    family, *ordinal = expected.split()
    assert m.family.value == family
    assert m.ordinal == (int(ordinal[0]) if ordinal else None)


def test_every_family_file_has_negatives_or_is_unambiguous() -> None:
    names = {p.stem for p in CASES.glob("*.txt")}
    assert {"hanzi", "paren_hanzi", "arabic", "paren_arabic", "circled", "chapter", "dash"} <= names
