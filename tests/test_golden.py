"""Golden JSON for each seed.  Regenerate on purpose with
``python -m pytest tests/test_golden.py --update-golden`` and review the diff."""

from __future__ import annotations

import json

import pytest

import govreport

from .conftest import GOLDEN, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def test_golden(path: object, request: pytest.FixtureRequest) -> None:
    report = govreport.parse_file(path)  # type: ignore[arg-type]
    actual = govreport.to_json(report, indent=1) + "\n"
    golden = GOLDEN / (path.stem + ".json")  # type: ignore[attr-defined]
    if request.config.getoption("--update-golden"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file; run with --update-golden and review {golden}"
    expected = golden.read_text(encoding="utf-8")
    assert json.loads(actual) == json.loads(expected)
    assert govreport.from_json(expected) == report
