"""Chinese numerals.

Digits and the small multipliers 十/百/千 combine into a section (万/亿) that
the magnitudes then scale, as in 一千二百万 = (1000 + 200) × 10⁴.
"""

#: Digit characters, including the financial forms seen in old scans.
DIGITS: dict[str, int] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}

#: Multipliers inside one 万-section.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

#: Section magnitudes, longest first so 万亿 wins over 万.
MAGNITUDES: dict[str, int] = {"万亿": 10**12, "亿": 10**8, "万": 10**4}

#: Enclosed forms used as markers: first code point and the ordinal it stands for.
ENCLOSED: dict[str, tuple[int, int]] = {
    "circled": (0x2460, 20),  # ① … ⑳
    "paren-arabic": (0x2474, 20),  # ⑴ … ⒇
    "paren-hanzi": (0x3220, 10),  # ㈠ … ㈩
}
