"""Figures of table rows: a statistical bulletin's tables, as PDF and Word
extraction leaves them (``| 汽车 | 辆 | 363399 | 1.9 |``), give figures named
by their row label, in the unit of the row, the column head or the table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import govreport
from govreport import Direction, Quantity

FORMATS = Path(__file__).resolve().parents[2] / "shared" / "formats"
real = pytest.mark.skipif(not FORMATS.is_dir(), reason=f"published files not found at {FORMATS}")

# A Word bulletin's table, as the .docx reader renders it (Nanjing 2022)
PRODUCTS = """三、工业和建筑业
全年规模以上工业增加值比上年增长3.9%。
| 表2  2022年主要工业产品产量情况 |
| 产品名称 | 计量单位 | 2022年 | 比上年增长（%） |
| 汽车 | 辆 | 363399 | 1.9 |
| #新能源汽车 | 辆 | 154999 | 184.3 |
| 集成电路 | 万块 | 573771 | 9.5 |
| 城市轨道车辆 | 辆 | 1377 | -37.5 |
"""

# A PDF bulletin's tables: the header one cell, a unit line (Zhoukou 2023)
POPULATION = """| 表1 2023年末周口市常住人口数及其构成 |
| 指标 年末数（万人）比重（%） |
| 全市常住人口 | 866.60 |
| 其中：城镇 | 392.66 | 45.31 |
| 表5 2023年周口市规模以上工业主要产品产量及增速 |
| 产品名称 单位 产量 比上年增长（%） |
| 钢材 吨 | 1577693 | 48.8 |
| 纱吨 | 189128 | 19.3 |
| 表8 2023年主要农产品产量 |
| 单位：万吨 |
| 序号 | 产品 | 2022年 | 2023年 |
| 1 | 粮食 | 932.40 | 902.61 |
"""


def by_raw(found: tuple[Quantity, ...], raw: str) -> Quantity:
    (q,) = [q for q in found if q.raw == raw]
    return q


def test_word_table_rows_named_with_unit_and_change() -> None:
    found = govreport.extract_quantities(PRODUCTS)
    cars = by_raw(found, "363399")
    assert (cars.name, cars.value, cars.unit) == ("汽车", Decimal(363399), "辆")
    assert PRODUCTS[cars.span.start : cars.span.end] == "363399"
    assert cars.change is not None
    assert (cars.change.direction, cars.change.amount, cars.change.unit, cars.change.basis) == (
        Direction.UP,
        Decimal("1.9"),
        "%",
        "比上年",
    )
    assert PRODUCTS[cars.change.span.start : cars.change.span.end] == "1.9"
    assert by_raw(found, "154999").name == "新能源汽车"  # the 其中 mark # is no part of the name
    chips = by_raw(found, "573771")
    assert (chips.value, chips.unit, chips.scale) == (Decimal(5737710000), "块", 10_000)
    rail = by_raw(found, "1377")
    assert rail.change is not None and rail.change.direction is Direction.DOWN
    assert rail.change.percent == Decimal("-37.5")
    # growth figures are changes of the amounts, not figures of their own; the
    # year in the header and the prose figure stay as they were
    assert [q.raw for q in found] == ["3.9%", "363399", "154999", "573771", "1377"]


def test_pdf_table_rows_header_in_one_cell_and_unit_line() -> None:
    found = govreport.extract_quantities(POPULATION)
    total = by_raw(found, "866.60")
    assert (total.name, total.value, total.unit) == ("全市常住人口", Decimal(8666000), "人")
    town = by_raw(found, "392.66")
    assert town.name == "城镇"
    share = by_raw(found, "45.31")  # 比重: a share, no change
    assert (share.name, share.unit, share.change) == ("城镇", "%", None)
    steel = by_raw(found, "1577693")
    assert (steel.name, steel.unit) == ("钢材", "吨")
    assert steel.change is not None and steel.change.amount == Decimal("48.8")
    yarn = by_raw(found, "189128")  # the PDF's one space between 纱 and 吨 went with the others
    assert (yarn.name, yarn.unit) == ("纱", "吨")
    # 序号 1 is no figure; both years' amounts are, in the unit line's 万吨
    grain = [q for q in found if q.name == "粮食"]
    assert [(q.raw, q.value, q.unit) for q in grain] == [
        ("932.40", Decimal(9324000), "吨"),
        ("902.61", Decimal(9026100), "吨"),
    ]
    assert "1" not in [q.raw for q in found]


def test_outline_markers_are_no_part_of_a_row_label() -> None:
    # an information-disclosure report's table (Hongze 2023)
    text = "| （七）总计 | 21 | 0 | 21 |\n| 3.要求提供公开出版物 | 0 | 0 | 0 |\n"
    found = govreport.extract_quantities(text)
    assert [(q.raw, q.name) for q in found][::3] == [("21", "总计"), ("0", "要求提供公开出版物")]
    assert len(found) == 6


def test_year_and_index_cells_are_not_figures() -> None:
    text = "| 表1 历年粮食产量 |\n| 年份 | 产量 |\n| 2022 | 2023 |\n| 粮食 | 2021 |\n"
    assert govreport.extract_quantities(text) == ()


def test_table_row_in_a_parsed_report_keeps_its_figures() -> None:
    report = govreport.parse(PRODUCTS)
    found = [q for _, _, q in report.iter_quantities()]
    cars = by_raw(tuple(found), "363399")
    assert cars.name == "汽车" and cars.change is not None
    assert not [m for _, m in report.iter_measures() if "363399" in m.text]


def test_plain_text_bar_is_no_table() -> None:
    # a line opening with a bar that is no row reads as prose
    text = "| 全市完成地区生产总值5600亿元，增长5.2%\n"
    found = govreport.extract_quantities(text)
    assert [(q.raw, q.name) for q in found] == [("5600亿元", "地区生产总值")]
    assert found[0].change is not None


def _table_figures(name: str) -> tuple[str, list[Quantity]]:
    path = FORMATS / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    text = govreport.read_text(path)
    report = govreport.parse_file(path)
    rows = [
        q
        for _, _, q in report.iter_quantities()
        if text.startswith("| ", text.rfind("\n", 0, q.span.start) + 1)
    ]
    named = [q for q in rows if q.name]
    lines = {text.count("\n", 0, q.span.start) for q in named}
    print(f"{name}: {len(lines)} table rows give {len(named)} named figures")
    for q in rows:
        assert text[q.span.start : q.span.end] == q.raw
    return text, named


def named_as(named: list[Quantity], name: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(q.raw, q.value, q.unit) for q in named if q.name == name]


@real
def test_zhoukou_pdf_tables() -> None:
    pytest.importorskip("pypdf")
    _, named = _table_figures("pdf_zhoukou_tjgb2023.pdf")
    # read from the PDF's 表1, 表3 and 表5
    assert named_as(named, "全市常住人口") == [("866.60", Decimal(8666000), "人")]
    (grain,) = [q for q in named if q.name == "粮食" and q.raw == "902.61"]
    assert (grain.value, grain.unit) == (Decimal(9026100), "吨")
    assert grain.change is not None and grain.change.percent == Decimal("-3.2")
    assert named_as(named, "钢材")[0] == ("1577693", Decimal(1577693), "吨")
    assert len(named) >= 80


@real
def test_nanjing_docx_tables() -> None:
    _, named = _table_figures("docx_nanjing_tjgb2021_2024_compiled.docx")
    # read from the 2022 bulletin's 表2 and 表3
    assert ("363399", Decimal(363399), "辆") in named_as(named, "汽车")
    assert ("921.38", Decimal(92138000000), "元") in named_as(named, "汽车类")
    assert ("1.5", Decimal("1.5"), "%") in named_as(named, "居民消费价格")
    assert len(named) >= 250


@real
def test_mca_docx_merged_cells_give_no_false_figures() -> None:
    text, named = _table_figures("docx_mca_tjgb2021.docx")
    # its tables are merged cells holding many numbers each: no cell is one figure
    assert "| 合计  养老机构" in text
    assert named == []
