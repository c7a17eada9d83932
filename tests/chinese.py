"""Chinese numerals written out, for generated tests (the reader's inverse)."""

from __future__ import annotations

#: 小写 digits, 零 to 九.
DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """0 < n < 10⁸ in standard 小写: 一千二百三十四, 一万零十五, 三千零五万."""

    def below(k: int) -> str:
        out = ""
        for digit, unit in zip(f"{k:04d}", ("千", "百", "十", ""), strict=True):
            if digit != "0":
                out += DIGITS[int(digit)] + unit
            elif out and not out.endswith("零"):
                out += "零"
        return out.rstrip("零")

    high, low = divmod(n, 10**4)
    if not high:
        return below(low)
    return below(high) + "万" + ("零" if 0 < low < 1000 else "") + below(low)
