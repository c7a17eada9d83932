"""``from_json`` on hostile input: bounded work, one kind of error, strict
values; and text that survives the round trip exactly."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import govreport

SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_fb16f82d61c4a2eb.txt"


def seed_data() -> dict[str, Any]:
    return govreport.to_dict(govreport.parse(SEED.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "data",
    [
        None,
        5,
        ["{}"],
        b"\xff\xfe{",
        "1" * 5000,
        '{"schema_version": 2, "metadata": {"year": ' + "9" * 5000 + "}}",
    ],
    ids=["none", "int", "list", "bad-bytes", "huge-int", "huge-int-field"],
)
def test_every_failure_is_a_schema_error(data: object) -> None:
    with pytest.raises(govreport.SchemaError):
        govreport.from_json(data)  # type: ignore[arg-type]


def quantity_value(value: object) -> Callable[[dict[str, Any]], None]:
    def change(d: dict[str, Any]) -> None:
        d["sections"][0]["blocks"][0]["quantities"][0]["value"] = value

    return change


@pytest.mark.parametrize(
    ("change", "path"),
    [
        *(
            (quantity_value(v), "$.sections[0].blocks[0].quantities[0].value")
            for v in ["NaN", "sNaN", "-Infinity", "Infinity", "1e999999999", "1_000", " 1", "1.", ".5", "+1"]
        ),
        (lambda d: d["metadata"].update(date="20260101"), "$.metadata.date"),
        (lambda d: d["metadata"].update(date="2026-W01-1"), "$.metadata.date"),
        (lambda d: d.update(schema_version=2.0), "$.schema_version"),
        (lambda d: d.update(schema_version=True), "$.schema_version"),
        (lambda d: d["metadata"].update(year=10**30), "$.metadata.year"),
        (lambda d: d["sections"][0]["span"].update(end=2**70), "$.sections[0].span.end"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_strict_values(change: Callable[[dict[str, Any]], None], path: str) -> None:
    data = seed_data()
    change(data)
    with pytest.raises(govreport.SchemaError) as info:
        govreport.from_json(json.dumps(data, ensure_ascii=False))
    assert info.value.path == path


def test_strict_values_still_read_what_to_json_writes() -> None:
    report = govreport.parse("一、总体要求\n全年增长-1.5%,投资1.2E+3亿元,完成0.001万吨。\n")
    assert govreport.from_json(govreport.to_json(report)) == report


def test_duplicate_keys_are_refused() -> None:
    text = govreport.to_json(govreport.parse("一、总体要求\n"))
    doubled = text.replace('"schema_version": 2', '"schema_version": 2, "schema_version": 2', 1)
    with pytest.raises(govreport.SchemaError, match="duplicate key 'schema_version'"):
        govreport.from_json(doubled)


def test_errors_are_bounded() -> None:
    data = seed_data()
    data["sections"] = [5] * 200_000
    start = time.perf_counter()
    with pytest.raises(govreport.SchemaError) as info:
        govreport.from_json(json.dumps(data))
    assert time.perf_counter() - start < 3.0
    err = info.value
    assert len(err.errors) <= govreport.serialize.MAX_ERRORS
    assert len(str(err)) < 1000
    assert "more than" in str(err)


@pytest.mark.parametrize(
    "text",
    [
        "一、总体\ud800\udfff要求\n二、\udbff\udc00分项\n",  # a pair of surrogates, not one character
        "一、总体\udfff\ud800要求\n",
        "标题\\ud800\\udfff\n一、总体要求\n",  # the escape as text
        "一、总体😀要求\n",
    ],
)
def test_surrogates_keep_their_code_points(text: str) -> None:
    report = govreport.parse(text)
    again = govreport.from_json(govreport.to_json(report))
    assert again == report
    for section in again.sections:
        assert section.title_span.slice(text) == section.title
