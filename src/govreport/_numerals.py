"""Reading numbers: one reader for every form a report writes them in.

:func:`read_number` reads Arabic numbers (``1,200``, ``7 4 7 7 2``, ``1 0 .0 6``),
Chinese numerals in every standard form (小写 一千二百, 大写 壹仟贰佰, traditional
萬 億 兩, positional 一〇五), Chinese decimals (三点五), zeros inside (一万零十五),
signs (负2.5), and Arabic digits mixed with Chinese magnitudes (1.39万亿,
6万3千5百).  Everything else goes through it; :func:`hanzi_to_int` is the
integer view the heading and enumeration readers use.

Why not a library: cn2an and jionlp read these forms too, but cn2an rejects
mixed forms and spaced digits and pulls in PyYAML and setuptools at import;
jionlp is a large NLP toolkit with dictionaries.  The rules fit in one page
here and are tested against the standard forms (``tests/test_numerals.py``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from govreport._tables.numerals import DIGITS, MAGNITUDES, MINUS, POINT, SMALL_UNITS

_ARABIC = frozenset("0123456789.")
# 两 counts but never stands in a position: 一两年, 两三个 are "one or two",
# "two or three" (no figure), and two digits alone are no positional number.
_POSITIONAL = frozenset(DIGITS) - {"两", "兩"}


def read_number(s: str) -> Decimal | None:
    """The value of a number written in any form, or ``None`` if ``s`` is not one.

    >>> [str(read_number(s)) for s in ("三点五", "一万零十五", "6万3千5百", "1.39万亿", "负0.3", "壹佰零伍")]
    ['3.5', '10015', '63500', '1390000000000.00', '-0.3', '105']
    >>> [str(read_number(s)) for s in ("一 百 五 十", "八點五", "四万万")]
    ['150', '8.5', '400000000']
    >>> read_number("三百二千") is None, read_number("点五") is None, read_number("两三") is None
    (True, True, True)
    """
    if s.isdecimal():  # the common case: 685, 2023
        return Decimal(s)
    if s.isascii() and s.replace(".", "", 1).isdecimal():  # the next most common: 5.77
        return Decimal(s)
    s = s.replace(" ", "").replace(",", "")
    if "點" in s:  # 八點五: the traditional point
        s = s.replace("點", POINT)
    if "万万" in s or "萬萬" in s:  # 四万万, 万万分之七: 万万 is an old 亿
        s = s.replace("万万", "亿").replace("萬萬", "亿")
    if not s:
        return None
    negative = s[0] in (MINUS, "-")
    if negative:
        s = s[1:]
    if not s:
        return None
    if s[0] in _ARABIC and all(ch in _ARABIC for ch in s):
        try:
            value = Decimal(s)
        except InvalidOperation:
            return None
    elif len(s) == 1 and s in DIGITS:
        value = Decimal(DIGITS[s])
    elif len(s) >= 3 and all(ch in _POSITIONAL for ch in s):  # positional: 二〇二三, 一〇五
        value = Decimal(int("".join(str(DIGITS[ch]) for ch in s)))
    else:
        read = _read_mixed(s)
        if read is None:
            return None
        value = read
    return -value if negative else value


def _read_mixed(s: str) -> Decimal | None:
    """Digits (Chinese, or Arabic runs) times 十百千 in sections times 万亿兆.

    A magnitude larger than every one before scales all that is read so far
    (一万亿 = 10¹², 1.39万亿); a smaller one only scales its own section
    (一亿二千万 = 1.2 × 10⁸).
    """
    total = Decimal(0)
    section = Decimal(0)
    digit: Decimal | None = None
    last_small = 10**4  # 十百千 must fall inside a section: 三百二千 is no number
    biggest = 1
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch in _ARABIC:
            j = i
            while j < n and s[j] in _ARABIC:
                j += 1
            if digit is not None:
                return None
            try:
                digit = Decimal(s[i:j])
            except InvalidOperation:
                return None
            i = j
            continue
        if ch in DIGITS:
            if digit is not None:
                return None  # 二三: two digits in a row
            # 零 only marks a gap (一百零五, 一万零十五), unless a point follows (零点五)
            zero = DIGITS[ch] == 0 and not s.startswith(POINT, i + 1)
            digit = None if zero else Decimal(DIGITS[ch])
        elif ch == POINT:  # 三点五, 二点五亿: the digits after it are positional
            j = i + 1
            while j < n and s[j] in DIGITS:
                j += 1
            if (digit is None and section == 0) or j == i + 1 or (digit is not None and "." in str(digit)):
                return None
            # 二十点四: the point closes the section (20 + 0.4); no 十百千 may follow
            digit = section + (digit or 0) + Decimal("0." + "".join(str(DIGITS[c]) for c in s[i + 1 : j]))
            section, last_small = Decimal(0), 1
            i = j
            continue
        elif ch in SMALL_UNITS:
            factor = SMALL_UNITS[ch]
            if factor >= last_small:
                return None
            section += (Decimal(1) if digit is None else digit) * factor
            digit, last_small = None, factor
        elif ch in MAGNITUDES:
            factor = MAGNITUDES[ch]
            part = section + (digit or 0)
            if part == 0 and total == 0:
                part = Decimal(1)  # a bare magnitude: 万人次, 千亿元
            if factor > biggest:
                total = (total + part) * factor
                biggest = factor
            else:
                if part == 0:
                    return None
                total += part * factor
            section, digit, last_small = Decimal(0), None, 10**4
        else:
            return None
        i += 1
    if total == 0 and section == 0 and digit is None:
        return None
    return total + section + (digit or 0)


def hanzi_to_int(s: str) -> int | None:
    """Value of a Chinese integer numeral, or ``None`` if ``s`` is not one.

    Handles positional (一〇五), multiplicative (一千二百万), financial (壹佰)
    and the short forms 十一, 二十, 两.

    >>> [hanzi_to_int(s) for s in ("十一", "九十九", "一千二百万", "二〇二三", "两", "abc")]
    [11, 99, 12000000, 2023, 2, None]
    """
    if not s or s[0] in _ARABIC or s[0] in (MINUS, "-") or POINT in s:
        return None
    value = read_number(s)
    return None if value is None else int(value)
