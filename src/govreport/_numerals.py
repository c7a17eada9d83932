"""Reading Chinese numerals."""

from __future__ import annotations

from govreport._tables.numerals import DIGITS, MAGNITUDES, SMALL_UNITS


def hanzi_to_int(s: str) -> int | None:
    """Value of a Chinese numeral, or ``None`` if ``s`` is not one.

    Handles positional (一〇五), multiplicative (一千二百万) and the short forms
    十一, 二十, 两.

    >>> [hanzi_to_int(s) for s in ("十一", "九十九", "一千二百万", "二〇二三", "两", "abc")]
    [11, 99, 12000000, 2023, 2, None]
    """
    if not s:
        return None
    if all(ch in DIGITS for ch in s):  # positional: 二〇二三
        value = 0
        for ch in s:
            value = value * 10 + DIGITS[ch]
        return value
    total = 0
    rest = s
    for mag, factor in MAGNITUDES.items():
        head, sep, tail = rest.partition(mag)
        if sep:
            part = _below_wan(head) if head else 1
            if part is None:
                return None
            total += part * factor
            rest = tail
    if rest:
        part = _below_wan(rest)
        if part is None:
            return None
        total += part
    return total


def _below_wan(s: str) -> int | None:
    value = 0
    digit: int | None = None
    for ch in s:
        if ch in DIGITS:
            if digit is not None and digit != 0:
                return None  # 二三: two digits in a row
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            value += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            return None
    return value + (digit or 0)
