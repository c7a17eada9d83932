"""Table-driven figure cases from tests/cases/quantities, one file per kind,
plus checks on the seeds and generated figures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport import Direction, Qualifier, Quantity, Report

from .chinese import DIGITS, chinese_numeral

CASES = Path(__file__).parent / "cases" / "quantities"


def _cases() -> list[object]:
    out = []
    for path in sorted(CASES.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                out.append(pytest.param(*line.split("\t", 1), id=f"{path.stem}:{n}"))
    return out


def _find(found: tuple[Quantity, ...], raw: str) -> Quantity:
    matches = [q for q in found if q.raw == raw]
    assert matches, f"no quantity {raw!r} in {[q.raw for q in found]}"
    return matches[-1]


def _check_extras(q: Quantity, extras: list[str]) -> None:
    for extra in extras:
        key, _, want = extra.partition("=")
        if key == "target":
            assert q.is_target
        elif key == "name":
            assert q.name == (None if want == "-" else want)
        elif key == "dim":
            assert q.dimension == want
        elif key == "change":
            direction, basis, amount, unit = want.split("/")
            assert q.change is not None
            assert q.change.direction is Direction(direction)
            assert q.change.basis == (None if basis == "-" else basis)
            assert q.change.amount == Decimal(amount)
            assert q.change.unit == unit
        else:
            raise AssertionError(f"unknown extra {key!r}")


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_quantity_case(text: str, expected: str) -> None:
    found = govreport.extract_quantities(text)
    for q in found:
        assert q.span.slice(text) == q.raw
    if expected.startswith("!"):
        token = expected[1:]
        start = text.index(token)
        hits = [q.raw for q in found if q.span.start < start + len(token) and q.span.end > start]
        assert hits == [], f"{token!r} read as {hits}"
        return
    raw, value, unit, qualifier, *rest = expected.split("\t")
    q = _find(found, raw)
    assert (q.span.start, q.span.end) == (text.index(raw), text.index(raw) + len(raw))
    if "~" in value:
        low, high = value.split("~")
        assert (q.value, q.low, q.high) == (None, Decimal(low), Decimal(high))
    else:
        assert q.value == Decimal(value) and q.low is None and q.high is None
        assert q.value == q.number * q.scale
    assert q.unit == (None if unit == "-" else unit)
    assert q.qualifier == (None if qualifier == "-" else Qualifier(qualifier))
    _check_extras(q, rest[0].split() if rest else [])
    if "target" not in (rest[0] if rest else ""):
        assert not q.is_target


def test_enough_cases() -> None:
    assert len(_cases()) >= 300


# --- seeds ----------------------------------------------------------------------


def _all(report: Report) -> list[Quantity]:
    return [q for _, _, q in report.iter_quantities()]


def test_seed_003_tax_revenue(reports: dict[str, Report], seeds: dict[str, str]) -> None:
    q = _find(tuple(_all(reports["003"])), "685.59亿元")
    assert (q.value, q.unit, q.number, q.scale) == (Decimal("68559000000"), "元", Decimal("685.59"), 10**8)
    assert q.name == "税收总收入" and not q.is_target
    assert q.change is not None
    assert (q.change.direction, q.change.basis, q.change.amount, q.change.unit) == (
        Direction.UP,
        "同比",
        Decimal("5.77"),
        "%",
    )
    assert q.change.span.slice(seeds["003"]) == "同比增长5.77%"


def test_seed_003_targets(reports: dict[str, Report]) -> None:
    section = reports["003"].find("二、")
    assert section is not None
    targets = [q for b in section.blocks for q in b.quantities if q.is_target]
    assert [(q.raw, q.name) for q in targets] == [
        ("7%", "区级一般公共预算收入"),
        ("8%", "社会消费品零售总额"),
        ("242亿元", "全社会固定资产投资额"),
        ("3.74万平方米", "二级旧里为主的房屋改造"),
        ("3.5%", "单位增加值能耗"),
    ]


def test_seed_000_figures(reports: dict[str, Report]) -> None:
    found = tuple(_all(reports["000"]))
    assert _find(found, "5100余项").qualifier is Qualifier.MORE_THAN
    assert _find(found, "近5800条").qualifier is Qualifier.NEARLY
    people = _find(found, "122.93万人")
    assert (people.value, people.unit) == (Decimal("1229300"), "人")
    assert not any("2015年" in q.raw or "十八届" in q.raw for q in found)
    # “1+6” (section 四、's title) is a name, never a figure
    assert not any(q.raw in ("1", "6") or "+" in q.raw for q in found)
    assert govreport.extract_quantities("全面落实市委“1+6”文件精神") == ()


def test_seed_002_percentage_point(reports: dict[str, Report]) -> None:
    found = tuple(_all(reports["002"]))
    q = _find(found, "0.71个百分点")
    assert (q.unit, q.dimension) == ("个百分点", "percentage-point")
    raws = " ".join(q.raw for q in found)
    assert "52564588" not in raws and "200333" not in raws


def test_quantities_are_in_order_and_inside_blocks(reports: dict[str, Report]) -> None:
    for report in reports.values():
        for _, block in report.iter_blocks():
            starts = [q.span.start for q in block.quantities]
            assert starts == sorted(starts)


# --- generated figures ----------------------------------------------------------

UNITS = [
    "元",
    "亿元",
    "万人",
    "人次",
    "户",
    "家",
    "个",
    "项",
    "平方米",
    "公顷",
    "公里",
    "吨",
    "%",
    "个百分点",
]
QUALIFIERS = {"": None, "约": Qualifier.APPROX, "近": Qualifier.NEARLY, "超过": Qualifier.OVER}
_FULL = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}


@given(
    number=st.integers(min_value=2, max_value=9999),
    decimals=st.sampled_from(["", ".5", ".25"]),
    unit=st.sampled_from(UNITS),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    form=st.sampled_from(["arabic", "fullwidth", "chinese", "spaced"]),
)
def test_generated_figures(number: int, decimals: str, unit: str, qualifier: str, form: str) -> None:
    written = f"{number}{decimals}"
    if form == "fullwidth":
        written = written.translate(_FULL)
    elif form == "chinese":  # 一千二百三十四点二五
        written = chinese_numeral(number) + (
            "点" + "".join(DIGITS[int(d)] for d in decimals[1:]) if decimals else ""
        )
    elif form == "spaced":  # old scans: 1 2 3 4 ．2 5
        written = " ".join(written.replace(".", "．")).replace(" ．", " ．")
    figure = qualifier + written + unit.translate(_FULL if form == "fullwidth" else {})
    text = f"全区新增指标{figure},工作有序推进。"
    (q,) = govreport.extract_quantities(text)
    magnitude = 10**8 if unit.startswith("亿") else 10**4 if unit.startswith("万") else 1
    assert q.raw == figure
    assert q.value == Decimal(f"{number}{decimals}") * magnitude
    assert q.unit == unit.lstrip("亿万")
    assert q.qualifier is QUALIFIERS[qualifier]


@given(st.text(max_size=200))
def test_extract_never_raises(text: str) -> None:
    for q in govreport.extract_quantities(text):
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert q.span.slice(text) == q.raw
