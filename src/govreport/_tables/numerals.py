"""Chinese numerals.

Digits and the small multipliers 十/百/千 combine into a section (万/亿/兆) that
the magnitudes then scale, as in 一千二百万 = (1000 + 200) × 10⁴.  Every form of
the national standard is here: 小写 (一二三, 十百千) and 大写, the financial forms
written to prevent alteration (壹贰叁, 拾佰仟), in simplified and traditional
characters (貳 參 陸 萬 億 兩), and the zeros 零 〇 and ○ (a circle old scans use).
"""

#: Digit characters: 小写 and 大写, simplified and traditional.
DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "弌": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

#: Multipliers inside one 万-section.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

#: Section magnitudes.  兆 is 10¹² as in 万亿 (the long scale of Taiwan and of
#: finance), not 10⁶: as a unit prefix (兆瓦) it is read with its unit.
MAGNITUDES: dict[str, int] = {"兆": 10**12, "亿": 10**8, "億": 10**8, "万": 10**4, "萬": 10**4}

#: The financial forms: one of them alone is a name far more often (陆家嘴).
FINANCIAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"

#: The decimal point of a Chinese numeral (三点五 = 3.5) and the sign (负2.5);
#: the traditional point (八點五成) reads as the simplified one.
POINT = "点"
POINTS = "点點"
MINUS = "负"

#: Enclosed forms used as markers: first code point and the ordinal it stands for.
ENCLOSED: dict[str, tuple[int, int]] = {
    "circled": (0x2460, 20),  # ① … ⑳
    "paren-arabic": (0x2474, 20),  # ⑴ … ⒇
    "paren-hanzi": (0x3220, 10),  # ㈠ … ㈩
}
