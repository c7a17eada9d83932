"""The number reader against the standard forms of Chinese numerals.

小写 (一二三, 十百千万亿) and 大写 (壹贰叁, 拾佰仟), simplified and traditional,
with zeros inside, decimals and the long magnitudes, each with its value;
then the forms that are no number.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport._numerals import hanzi_to_int, read_number

from .chinese import DIGITS, chinese_numeral

STANDARD = [
    # 小写, simplified
    ("零", "0"),
    ("一", "1"),
    ("十", "10"),
    ("十一", "11"),
    ("二十", "20"),
    ("一百零五", "105"),
    ("一百一十", "110"),
    ("一千零一十", "1010"),
    ("两千二百", "2200"),
    ("九千九百九十九", "9999"),
    ("一万", "10000"),
    ("一万零十五", "10015"),
    ("一万零一百", "10100"),
    ("十万", "100000"),
    ("一千二百万", "12000000"),
    ("一亿", "100000000"),
    ("一亿二千万", "120000000"),
    ("十亿六千万", "1060000000"),
    ("三亿三千五百万", "335000000"),
    ("一万亿", "1000000000000"),
    ("一兆", "1000000000000"),
    ("二〇二三", "2023"),
    ("一九八○", "1980"),
    ("一〇五", "105"),
    # 小写, traditional
    ("兩", "2"),
    ("兩萬", "20000"),
    ("三億", "300000000"),
    ("五萬零三", "50003"),
    # 大写, simplified and traditional
    ("壹", "1"),
    ("贰拾", "20"),
    ("壹佰零伍", "105"),
    ("叁仟肆佰伍拾陆", "3456"),
    ("柒万捌仟玖佰", "78900"),
    ("貳萬參仟", "23000"),
    ("陸億", "600000000"),
    ("壹亿贰仟万", "120000000"),
    # decimals
    ("三点五", "3.5"),
    ("零点五", "0.5"),
    ("二十点四", "20.4"),
    ("一百七十八点六", "178.6"),
    ("二点五亿", "250000000"),
    ("三点一四一六", "3.1416"),
    # signs
    ("负二", "-2"),
    ("负0.3", "-0.3"),
    # Arabic, spaced, and mixed with Chinese magnitudes
    ("1,200", "1200"),
    ("7 4 7 7 2", "74772"),
    ("1 0 .0 6", "10.06"),
    ("1.39万亿", "1390000000000"),
    ("6万3千5百", "63500"),
    ("1亿2000万", "120000000"),
    # bare magnitudes
    ("千", "1000"),
    ("万", "10000"),
    ("千亿", "100000000000"),
    ("万亿", "1000000000000"),
]

NOT_NUMBERS = ["", "点五", "三百二千", "一两", "两三", "亿万", "百分", "abc", "负", "1.2.3", "三点"]


@pytest.mark.parametrize(("written", "value"), STANDARD)
def test_standard_numerals(written: str, value: str) -> None:
    assert read_number(written) == Decimal(value)


@pytest.mark.parametrize("written", NOT_NUMBERS)
def test_not_numbers(written: str) -> None:
    assert read_number(written) is None


def test_hanzi_to_int_is_for_integers() -> None:
    assert [hanzi_to_int(s) for s in ("九十九", "三点五", "12", "负三")] == [99, None, None, None]


@given(st.integers(min_value=1, max_value=10**8 - 1), st.sampled_from(["", "五", "二五", "〇七"]))
def test_generated_chinese_numbers(n: int, decimals: str) -> None:
    written = chinese_numeral(n)
    if decimals and n < 10**4:
        written += "点" + decimals
        expected = Decimal(f"{n}.{''.join(str(DIGITS.index(c) if c != '〇' else 0) for c in decimals)}")
    else:
        expected = Decimal(n)
    assert read_number(written) == expected
