"""Find and normalise the figures in a stretch of text.

:func:`scan` works on folded text and returns positions; the callers turn
positions into spans of the original string.  The rules, in order:

1. the grammar finds candidates: qualifier, number, magnitude, unit, range;
2. filters drop what is not a figure: calendar years, bare numbers with
   neither unit nor magnitude (phone numbers, postcodes, 12345热线), ordinals
   (第十四届), numbers in short quotes (“十四五”, “1+6”) and slogans (三严三实);
3. a bare magnitude takes the unit of the sibling that follows (1409万、1305万人次);
4. a change phrase (同比增长5.77%) becomes the ``change`` of the figure just
   before it, or a figure of its own when none is;
5. the indicator name is read from the clause before the figure (or after it),
   and a figure in a sentence with a target word (预期目标, 力争 …) is a target.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import NamedTuple

import attrs

from govreport import _grammar, _make
from govreport._numerals import read_number
from govreport._tables.numerals import FINANCIAL, MAGNITUDES, MINUS, SMALL_UNITS
from govreport._tables.qualifiers import (
    AFTER,
    BEFORE,
    CHANGE_VERBS,
    INSIDE,
    NAME_AFTER_TRAILING,
    NAME_LEAD_VERBS,
    NAME_VERB_ENDINGS,
    NOT_AFTER,
    NOT_AFTER_UNIT,
    NOT_BEFORE_COUNT,
    NOT_BEFORE_UNIT,
    NOT_NAME_CHARS,
    NOT_QUALIFIER_AFTER,
    NUMERAL_DURATION_LEADS,
    NUMERAL_NOT_BEFORE,
    ONE_NEVER,
    ONE_UNITS,
    SERIES_JOINS,
    SUBJECT_ENDS,
)
from govreport._tables.units import ARABIC_MAGNITUDES, COUNTED_DIMENSIONS, NUMERAL_ONLY_NAME_UNITS, SHARE_UNIT
from govreport.models import Change, Direction, Qualifier, Quantity, Span

#: A quoted stretch this short holding a number is a name (“十四五”, “1+6”).
SHORT_QUOTE = 12
#: How far back the target words and indicator names are looked for.
LOOKBACK = 200
NAME_MAX = 24
#: A list longer than this shares no head noun (进口货值、免签入境游客、…、离岛免税销售额
#: lists different indicators).
SHARED_HEAD_ITEMS = 4
#: An item of a list ending in one of these names its own indicator (事故起数, 进口货值).
_OWN_HEAD_ENDS = frozenset("值数量额率价次")
#: … and the last item ending in one of these or those may end in the head the others share
#: when they are as long as its first words (进口、出口通关时间), up to this long.
_HEAD_ENDS = frozenset("间度积")
SHARED_HEAD_PARALLEL = 4
#: The longest name read after a figure: a count's noun (基础学科拔尖学生培养基地), others'.
AFTER_MAX_COUNTED = 16
AFTER_MAX = 10


class _Figure(NamedTuple):
    number: Decimal
    scale: int
    unit: str | None
    dimension: str | None
    inside: str | None  # 余/多/几 between number and unit


class _Draft:
    """A figure being worked out, with positions in the scanned string; the
    later rules fill in its unit, change and name in place."""

    __slots__ = ("anchor", "change", "dimension", "end", "head", "high", "is_target", "low", "name", "number",
                 "qualifier", "scale", "series", "start", "unit", "value")  # fmt: skip

    def __init__(
        self, start: int, end: int, first: _Figure, second: _Figure | None, qualifier: Qualifier | None
    ):
        last = second or first
        self.start, self.end = start, end
        self.number = plain(first.number)
        self.scale = last.scale
        self.unit, self.dimension = last.unit, last.dimension
        self.qualifier = qualifier
        self.value: Decimal | None = self.number if first.scale == 1 else plain(first.number * first.scale)
        self.low: Decimal | None = None
        self.high: Decimal | None = None
        if second is not None:  # a range has ends, not a value
            self.low, self.high, self.value = self.value, plain(second.number * second.scale), None
        self.is_target = False
        self.name: tuple[int, int] | None = None
        # the head noun a list shares, read after ``name`` (城镇和农村居民人均可支配收入: 城镇 + 居民人均可支配收入)
        self.head: tuple[int, int] | None = None
        self.anchor = start  # where the words before the figure end (before its change verb)
        self.series = False  # named as one of a series (基础设施、制造业投资分别增长…)
        self.change: tuple[Direction, str | None, Decimal | None, str | None, int, int] | None = None


def plain(d: Decimal) -> Decimal:
    """``d`` without trailing zeros and without an exponent (68559000000.00 → 68559000000)."""
    written = str(d)
    if "." not in written and "E" not in written:
        return d  # an integer as written, the common case (``str`` is 4x cheaper than ``as_tuple``)
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        return d  # already an integer as written (5800, 1229300)
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return Decimal(format(d.normalize(), "f"))


# Positions in ``Match.groups()`` of each figure's groups: one ``groups()``
# call per match instead of a dozen ``group()`` calls (the hot loop).
_INDEX = {name: i - 1 for name, i in _grammar.QUANTITY.groupindex.items()}
_FIGURE_GROUPS = {
    k: tuple(_INDEX[f"{g}{k}"] for g in ("unit", "more", "fd", "fn", "ar", "mag", "cn", "mix", "part"))
    for k in (1, 2)
}
_PRE, _POST, _SEP, _AR1, _CN1, _UNIT1, _UNIT2, _FH1 = (
    _INDEX[n] for n in ("pre", "post", "sep", "ar1", "cn1", "unit1", "unit2", "fh1")
)
_PART1 = _FIGURE_GROUPS[1][8]
#: The nine groups of figure 1 or 2 of a match's ``groups()``, in one C call.
_FIGURE_OF = {k: itemgetter(*indices) for k, indices in _FIGURE_GROUPS.items()}
_INSIDE_CHARS = ("多", "余")
_SIGNS = frozenset(("-", MINUS))
_CLAUSE_END = frozenset("，。；,;")
_SHARE_UNITS = {100: ("%", "percent"), 1000: ("‰", "per-mille")}
#: Magnitude characters that may head a numeral on their own (千万人次, 超千亿元).
_BARE_HEADS = frozenset(SMALL_UNITS) - {"十", "拾"} | frozenset(MAGNITUDES)
_SECTION_ENDS = tuple(MAGNITUDES)
_CHANGE_VERB_WORDS = tuple(CHANGE_VERBS)
# The tables' words with their enum members, made once: calling an Enum class
# with a value runs its metaclass's Python-level ``__call__`` (a few thousand
# instructions), and a report has hundreds of qualified figures and changes.
_QUALIFIER_BEFORE = {word: Qualifier(value) for word, value in BEFORE.items()}
_QUALIFIER_AFTER = {word: Qualifier(value) for word, value in AFTER.items()}
_QUALIFIER_INSIDE = {word: Qualifier(value) for word, value in INSIDE.items()}
_DIRECTION = {verb: Direction(value) for verb, value in CHANGE_VERBS.items()}
#: The words after a duration say what lasted, not what it measures (24小时开放).
_NO_NAME_AFTER = frozenset({"duration"})
#: A clause ending in one of these lists things (大数据企业以及76家…): no name.
_LIST_WORDS = frozenset("和及与、")
_SUBJECT_BREAKS = frozenset(",;:")
_COPULA_LAST = frozenset("为是到达在的")  # 一九八一年计划为, 实际达到, 控制在, 由一九八○年的
_COMPARISON_FIRST = frozenset("比较由从")
_TRAILING_MAGNITUDES = ("万亿", "萬億", *MAGNITUDES)
_LEAD_VERB_FIRST = frozenset(v[0] for v in NAME_LEAD_VERBS)
_RATE_ENDS = ("率", *_grammar.RATIO_NAME_END)
_SUFFIX_LAST = frozenset(_grammar.NAME_SUFFIX_LAST)
_VERB_END_LAST = frozenset(w[-1] for w in NAME_VERB_ENDINGS)
_TRAILING_LAST = frozenset(w[-1] for w in NAME_AFTER_TRAILING)
_PREFIX_FIRST = frozenset(_grammar.NAME_PREFIX_FIRST)
_NOT_NAME_FIRST = frozenset(_grammar.NOT_NAME_FIRST)


def _share(fd: str, fn: str) -> _Figure | None:
    """百分之三点五 → 3.5 %, 千分之一百二十 → 120 ‰, 三分之一 → 33.33 %,
    百万分之三 → 0.0003 % (exact whenever the share terminates)."""
    den, num = read_number(fd), read_number(fn)
    if not den or num is None or den != den.to_integral_value():
        return None
    if int(den) in _SHARE_UNITS:
        unit, dimension = _SHARE_UNITS[int(den)]
        return _Figure(plain(num), 1, unit, dimension, None)
    exact = Fraction(num) * 100 / Fraction(den)
    q = exact.denominator
    while q % 2 == 0:
        q //= 2
    while q % 5 == 0:
        q //= 5
    if q == 1:  # terminates: keep every digit (百万分之三 is 0.0003 %, not 0)
        share = Decimal(exact.numerator) / Decimal(exact.denominator)
    else:
        share = (num * 100 / den).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    return _Figure(plain(share), 1, "%", "percent", None)


def _figure(g: tuple[str | None, ...], k: int) -> _Figure | None:
    unit_text: str | None
    inside: str | None
    mix: str | None
    unit_text, inside, fd, fn, arabic, mag, numeral, mix, part = _FIGURE_OF[k](g)
    if fd is not None:  # 三分之一, 百分之五: a share in percent
        return _share(fd, fn or "")
    number: Decimal | None
    if arabic is not None:
        if mix:  # 6万3千5百元, 1亿3千多万: one figure, read whole
            for ch in _INSIDE_CHARS:
                if ch in mix:
                    mix, inside = mix.replace(ch, ""), inside or ch
            number, scale = _split_magnitude(arabic + (mag or "") + mix)
        else:
            number = read_number(arabic)
            scale = ARABIC_MAGNITUDES[mag] if mag else 1
    else:
        if numeral is None:
            return None
        if numeral == "半":  # 半成: half a tenth
            return _Figure(Decimal(5), 1, "%", "percent", None)
        for ch in _INSIDE_CHARS:  # 三亿三千五百多万: 多 before the last magnitude
            if ch in numeral:
                numeral, inside = numeral.replace(ch, ""), inside or ch
        number, scale = _split_magnitude(numeral)
    if number is None:
        return None
    if part:  # 两斤半, 三成半 (+ 0.5); 七成五 (+ 0.5 of 成, in tenths)
        number += Decimal("0.5") if part == "半" else Decimal(read_number(part) or 0) / 10
    if unit_text == SHARE_UNIT:  # 八成 = 80%
        return _Figure(number, scale * 10, "%", "percent", inside)
    unit, dimension = _grammar.UNIT_ALIASES.get(unit_text, (None, None)) if unit_text else (None, None)
    return _Figure(number, scale, unit, dimension, inside)


def _split_magnitude(numeral: str) -> tuple[Decimal | None, int]:
    """一千二百万 → (1200, 10⁴): keep the last magnitude apart, as for 1200万;
    二点五亿 → (2.5, 10⁸), 十亿六千万 → (106000, 10⁴)."""
    value = read_number(numeral)
    if value is None:
        return None, 1
    for mag in _TRAILING_MAGNITUDES:
        if numeral.endswith(mag) and len(numeral) > len(mag):
            scale = ARABIC_MAGNITUDES[mag]
            return plain(value / scale), scale
    return value, 1


def _numeral_is_figure(
    folded: str, begin: int, end: int, g: tuple[str | None, ...], numeral: str, first: _Figure, last: _Figure
) -> bool:
    """Whether a figure written in Chinese numerals is one."""
    # 一批, 一年来, 一次性: 一 with a counter is indefinite, but 增长一倍,
    # 翻一番, 核电站一个, and 一个月以上 are figures
    if (
        numeral in ("一", "壹")
        and not g[_SEP]
        and not g[_PART1]
        and (
            g[_UNIT1] in ONE_NEVER
            or not (
                g[_UNIT1] in ONE_UNITS
                or g[_PRE]
                or g[_POST]
                or (folded[end : end + 1] in _CLAUSE_END and last.dimension != "duration")
            )
        )
    ):
        return False
    if first.number == 0 or (len(numeral) == 1 and numeral in FINANCIAL):
        return False  # 零部件, 陆家嘴
    if g[_UNIT1] in NUMERAL_ONLY_NAME_UNITS or folded.startswith(NUMERAL_NOT_BEFORE, end):
        return False  # 十八届, 十条方针, 五项原则
    if last.dimension == "duration" and not folded.endswith(NUMERAL_DURATION_LEADS, max(0, begin - 3), begin):
        return False  # 五年内, 五年投资, 经过八年努力: a time frame (连续三年 is a figure)
    if numeral[0] in _BARE_HEADS:
        # a bare magnitude is an amount after a qualifier (超千亿元, 近万家, 上亿人),
        # with 余/多 (百余家), or as a magnitude of 万 and up with a unit
        # (千万人次); never a duration (百年大计, 千年古城) and never alone
        # (万人空巷, 千家万户, 千万不要)
        return last.dimension not in ("duration", "age") and bool(
            g[_PRE] or first.inside or (len(numeral) > 1 and numeral.endswith(_SECTION_ENDS) and last.unit)
        )
    return True


def _signed(
    folded: str, g: tuple[str | None, ...], begin: int, floor: int
) -> tuple[tuple[str | None, ...], int]:
    """The groups and first position of a figure whose number follows a sign
    (-5%, 负3.2%, 约-5%): the scan starts matches at numbers, so the sign
    (and a qualifier before it) is taken here, as a pattern starting at the
    sign would: an Arabic number takes ``-`` or 负, a Chinese numeral 负 unless
    a numeral or 数/几 stands before it; before the sign, a qualifier or
    nothing that the scan's lookbehind refuses."""
    sign_at = begin - 1
    sign = folded[sign_at]
    if g[_AR1] is not None:
        k = _AR1
    elif g[_CN1] is not None and sign == MINUS and g[_CN1] != "半":
        if sign_at > 0 and folded[sign_at - 1] in _grammar.NOT_BEFORE_SIGNED_NUMERAL:
            return g, begin
        k = _CN1
    else:
        return g, begin
    qualifier = _grammar.PRE_BEFORE.search(
        folded, max(floor, sign_at - _grammar.PRE_LONGEST), sign_at, _grammar.HOLD_GIL
    )
    if qualifier is not None:
        pre: str | None = qualifier.group()
        sign_at = qualifier.start()
    elif sign_at > 0 and _grammar.NOT_BEFORE_SIGN.match(folded, sign_at - 1, None, _grammar.HOLD_GIL):
        return g, begin
    else:
        pre = None
    signed = (*g[:k], sign + (g[k] or ""), *g[k + 1 :])
    return (*signed[:_PRE], pre, *signed[_PRE + 1 :]), sign_at


def _is_year(fig: _Figure) -> bool:
    return (
        fig.unit == "年"
        and fig.scale == 1
        and fig.number == fig.number.to_integral_value()
        and (1000 <= fig.number <= 2999)
    )


def _in_short_quote(folded: str, start: int, end: int) -> bool:
    opened = folded.rfind("“", max(0, start - SHORT_QUOTE), start)
    if opened < 0 or "”" in folded[opened:start]:
        return False
    closed = folded.find("”", end, end + SHORT_QUOTE)
    return closed >= 0 and closed - opened <= SHORT_QUOTE + (end - start)


def _in_slogan(folded: str, start: int, end: int) -> bool:
    window_start = max(0, start - 4)
    return any(
        m.start() < end and m.end() > start
        for m in _grammar.SLOGAN.finditer(folded, window_start, end + 4, False, _grammar.HOLD_GIL)
    )


def _qualifier(g: tuple[str | None, ...], first: _Figure, last: _Figure) -> Qualifier | None:
    for word, table in ((g[_PRE], _QUALIFIER_BEFORE), (g[_POST], _QUALIFIER_AFTER)):
        if word:
            return table[word]
    inside = first.inside or last.inside
    return _QUALIFIER_INSIDE[inside] if inside else None


def scan(
    folded: str,
    text: str,
    source: str,
    span: Callable[[int, int], Span],
    start: int = 0,
    end: int | None = None,
) -> tuple[Quantity, ...]:
    """Every figure in ``folded[start:end]``, in order.

    ``text`` is the unfolded string at the same positions (names are sliced
    from it); ``span(i, j)`` makes the span in ``source`` of ``[i, j)``.
    """
    end = len(folded) if end is None else end
    drafts: list[_Draft] = []
    # most stretches quote nothing: the short-quote test is skipped for all their figures
    quoted = folded.find("“", max(0, start - SHORT_QUOTE), end) >= 0
    # (four searches in C: a regex search for the four words is slower)
    rare = any(folded.find(w, start, end) >= 0 for w in _grammar.RARE_WORDS)
    pattern = _grammar.quantity_rare() if rare else _grammar.QUANTITY
    floor = start  # where the match before ends: nothing before it is this figure's
    for m in pattern.finditer(folded, start, end, False, _grammar.HOLD_GIL):
        g = m.groups()
        begin = m.start()  # the figure's first character: its qualifier's, its sign's or its number's
        pre = g[_PRE]
        if pre is not None:
            if begin - len(pre) >= floor:
                begin -= len(pre)
            else:  # the qualifier belongs to the match before (5万元以上万人) or to another stretch
                g = (*g[:_PRE], None, *g[_PRE + 1 :])
        elif begin > floor and folded[begin - 1] in _SIGNS:
            g, begin = _signed(folded, g, begin, floor)
        floor = m_end = m.end()
        first = _figure(g, 1)
        second = _figure(g, 2) if g[_SEP] else None
        if g[_FH1]:  # 百分之四到五
            second = _share(g[_FIGURE_GROUPS[1][2]] or "", g[_FH1] or "")
            if second is None:
                continue
        if first is None or (g[_SEP] and second is None):
            continue
        if second is not None and first.unit is None and first.scale == 1:
            # 10到15万元: the first end takes the magnitude and unit of the second
            first = first._replace(scale=second.scale, unit=second.unit, dimension=second.dimension)
        last = second or first
        if (first.unit == "年" and _is_year(first)) or (last.unit == "年" and _is_year(last)):
            continue
        numeral = g[_CN1]
        if numeral is not None and not _numeral_is_figure(folded, begin, m_end, g, numeral, first, last):
            continue
        if last.unit is None and last.scale == 1:
            continue  # a bare number: phone, postcode, 12345热线, PM2.5
        at = begin
        pre = g[_PRE]
        if pre in NOT_QUALIFIER_AFTER and at > start and folded[at - 1] in NOT_QUALIFIER_AFTER[pre]:
            # 国际条约187个: 约 ends the word before, it qualifies nothing
            at, g = at + len(pre), (*g[:_PRE], None, *g[_PRE + 1 :])
        fig_start = at + len(g[_PRE] or "")
        if quoted and _in_short_quote(folded, fig_start, m_end):
            continue  # “十四五”, “1+6”
        if g[_AR1] is None and _in_slogan(folded, fig_start, m_end):
            continue  # 三严三实, 两个维护 (slogans are written in Chinese numerals)
        fig_end = m_end
        unit_text = g[_UNIT2] if g[_SEP] else g[_UNIT1]
        if folded.startswith(NOT_AFTER, fig_end):
            continue  # 三次全会, 14号线, 千亿元级
        if unit_text and folded.startswith(NOT_AFTER_UNIT.get(unit_text, ()), fig_end):
            # 70周年, 三年行动, 五台山: the unit is part of a word; with a
            # magnitude the figure stays, without the unit (十亿人口, 2900多万家庭)
            if last.scale == 1 or g[_SEP] or g[_POST]:
                continue
            fig_end = m.start(_UNIT2 + 1 if g[_SEP] else _UNIT1 + 1)
            first = first._replace(unit=None, dimension=None)
            last = last._replace(unit=None, dimension=None)
        two_before = begin - 2 if begin - 2 > start else start
        before = NOT_BEFORE_UNIT.get(last.unit or "")
        if before and (g[_PRE] in before or folded.endswith(before, two_before, begin)):
            continue  # 过去五年, 今后五年, 近3年, 第六个五年: relative time; 前五位
        if folded.endswith(NOT_BEFORE_COUNT, two_before, begin):
            continue  # 这两项, 以下三类: things named elsewhere
        qualified = g[_PRE] or g[_POST] or first.inside or last.inside
        drafts.append(_Draft(at, fig_end, first, second, _qualifier(g, first, last) if qualified else None))
    if not drafts:
        return ()
    targets = _Targets(folded, start, end)
    for d in drafts:
        d.is_target = targets.before(start, d.start)
    _inherit_units(folded, drafts)
    return tuple(_build(d, text, source, span) for d in _attach_changes(folded, start, drafts))


class _Targets:
    """Where the target words of a scanned stretch end, found in one pass, so
    each figure asks with a bisection instead of a search."""

    def __init__(self, folded: str, start: int, end: int) -> None:
        self.folded = folded
        # (str.find first, in C: most stretches with figures hold no target word)
        find = folded.find
        self.words = (
            [m.end() for m in _grammar.TARGET_WORD.finditer(folded, start, end, False, _grammar.HOLD_GIL)]
            if any(find(w, start, end) >= 0 for w in _grammar.TARGET_WORD_CORES)
            else []
        )

    def before(self, lo: int, start: int) -> bool:
        """Whether a target word ends before ``start`` in the same sentence (and
        within ``LOOKBACK``): the stops are looked for only between the two."""
        k = bisect_right(self.words, start) - 1
        if k < 0:
            return False
        word = self.words[k]
        return (
            word > max(lo, start - LOOKBACK)
            and _grammar.SENTENCE_STOP.search(self.folded, word, start, _grammar.HOLD_GIL) is None
        )


def _inherit_units(folded: str, drafts: list[_Draft]) -> None:
    """1409万、1305万人次: a bare magnitude takes its next sibling's unit."""
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if d.unit is None and nxt.unit is not None and folded[d.end : nxt.start] in ("、", "和", "及", ","):
            d.unit, d.dimension = nxt.unit, nxt.dimension


def _attach_changes(folded: str, lo: int, drafts: list[_Draft]) -> list[_Draft]:
    """同比增长5.77%: the change of the figure before it, or a figure of its own."""
    out: list[_Draft] = []
    floor = lo  # where the figure before ends: no name reaches back across it
    for d in drafts:
        phrase = (
            _grammar.CHANGE_BEFORE.match(folded, max(lo, d.start - 24), d.start, _grammar.HOLD_GIL)
            if d.start > lo and folded[d.start - 1] in _grammar.CHANGE_LAST
            else None
        )
        if phrase is None:
            prev = out[-1] if out else None
            d.name = _name(folded, floor, d, prev)
            if (
                d.name is None
                and prev is not None
                and prev.name is not None
                and (prev.start == 0 or folded[prev.start - 1] != "、")  # (分别从50%、75%提高至100%)
                # (str.find first, in C: most gaps hold neither 到 nor 至)
                and (folded.find("到", prev.end, d.start) >= 0 or folded.find("至", prev.end, d.start) >= 0)
                and _grammar.FROM_TO.fullmatch(folded, prev.end, d.start, _grammar.HOLD_GIL)
            ):
                # 工业总产值由四千九百七十二亿元增加到六千零五十亿元,都是平均每年递增百分之四:
                # the far end is named now, so that a change after it finds the name
                d.name = prev.name
            out.append(d)
            floor = d.end
            continue
        direction = _DIRECTION[phrase.group("verb")]
        basis = phrase.group("basis")
        prev = out[-1] if out else None
        gap = (
            _grammar.CHANGE_GAP.fullmatch(folded, prev.end, phrase.start(), _grammar.HOLD_GIL)
            if prev is not None and prev.change is None
            else None
        )
        if prev is not None and gap is not None:
            # 685.59亿元,同比增长5.77%; 5.67万亿元、增长5.4%; 1.37万亿斤,比上年增加74亿斤;
            # 五百六十亿元,即比一九五二年增长百分之五十 (the comparison is the basis)
            basis = basis or gap.group("basis")
            prev.change = (
                direction,
                basis,
                d.value,
                d.unit,
                phrase.start(),
                d.end,
            )
        else:
            change = (direction, basis, d.value, d.unit, phrase.start(), d.end)
            d.change = change
            d.anchor = phrase.start()
            d.name = _name(folded, min(floor, d.anchor), d, prev)
            out.append(d)
        floor = d.end
    if len(out) > 1:
        _name_series(folded, lo, out)
        for prev, d in pairwise(out):
            if (
                d.name is None
                and prev.name is not None
                and not prev.series
                and _grammar.FROM_TO.fullmatch(folded, prev.end, d.start, _grammar.HOLD_GIL)
            ):
                d.name = prev.name  # 里程从2.5万公里增加到4.2万公里: both ends measure 里程
    return out


def _name(folded: str, lo: int, d: _Draft, prev: _Draft | None) -> tuple[int, int] | None:
    """Where the indicator is: for a count the noun after it (新设152个
    跨境电商综试区 → 跨境电商综试区), else the clause before the figure back to
    the figure before it (全年完成税收总收入 → 税收总收入), else the name of the
    figure before when only words such as 累计达到 stand between (8.9万亩、累计达到
    120.5万亩), else the words after it (增发1万亿元国债 → 国债)."""
    dimension = d.dimension
    counted = dimension in COUNTED_DIMENSIONS or (d.unit is None and d.scale > 1)
    if counted:
        after = _name_after(folded, d.end, counted=True, percent=False)
        if after is not None:
            return after
    if not counted and d.anchor > lo and folded[d.anchor - 1] == "等" and dimension not in _NO_NAME_AFTER:
        # 国有商业银行和农村信用社等14486亿元金融改革成本: 等 closes the examples, the
        # indicator is the noun after the figure
        after = _name_after(folded, d.end, counted=False, percent=d.unit == "%")
        if after is not None:
            return after
    before = _name_before(folded, lo, d.anchor, percent=d.unit == "%")
    if before is not None:
        if prev is not None and prev.name is not None and before[0] == prev.end and folded[before[0]] == "的":
            # 吞吐量超千万人次的机场达到3个: the figure before is a threshold inside the name
            return prev.name[0], before[1]
        return before
    if prev is not None and prev.name is not None:
        # the gap starts after the figure before, or after its name when that follows it
        gap = max(prev.end, prev.name[1]) if prev.name[0] >= prev.end else prev.end
        if prev.change is not None:
            gap = max(gap, prev.change[5])  # …483.01亿元,同比增长4.68%,占全区税收总收入的70.46%
        if (
            _grammar.NAME_CONTINUING.fullmatch(folded, gap, d.anchor, _grammar.HOLD_GIL)
            or _grammar.NAME_RATIO_CONTINUING.fullmatch(folded, gap, d.anchor, _grammar.HOLD_GIL)
            or _grammar.NAME_YEAR_CONTINUING.fullmatch(folded, gap, d.anchor, _grammar.HOLD_GIL)
            or (
                d.change is not None
                and (
                    _grammar.CHANGE_CONTINUING.fullmatch(folded, prev.end, d.anchor, _grammar.HOLD_GIL)
                    or (
                        prev.change is not None
                        and _grammar.CHANGE_CONTINUING.fullmatch(
                            folded, prev.change[5], d.anchor, _grammar.HOLD_GIL
                        )
                    )
                )
            )
        ):
            # 八百五十五亿元,比一九八○年增长百分之五十一点八,平均每年递增百分之八点七;
            # 国内生产总值增加到121万亿元,五年年均增长5.2%: a change with no subject of its own
            return prev.name
        if (
            d.change is not None
            # (not 突破百亿大关,增长7.2%: the noun after a bare magnitude names no indicator)
            and (prev.name[1] <= prev.start or prev.unit is not None)
            and _grammar.SENTENCE_STOP.search(folded, gap, d.anchor, _grammar.HOLD_GIL) is None
        ):
            brk = _grammar.LAST_COMMA.search(folded, gap, d.anchor, _grammar.HOLD_GIL)
            if (
                brk is not None
                # (not across ;: 棉纱的产量,比上一年增加…;糖的产量,比上一年增加 names 糖的产量)
                and folded.find(";", gap, brk.start()) < 0
                and _grammar.CHANGE_NO_SUBJECT.fullmatch(folded, brk.end(), d.anchor, _grammar.HOLD_GIL)
            ):
                # 二十五亿元专项资金,用于支援这些地区的建设,比第五个五年计划期间增加二十二亿元:
                # a change with no subject in its clause is the figure before's, same sentence
                return prev.name
    if not counted and dimension not in _NO_NAME_AFTER:
        after = _name_after(folded, d.end, counted=False, percent=d.unit == "%")
        if after is not None:
            return after  # (将2.8万亿元中央财政资金: the clause's object follows the figure)
    return _subject_of(folded, lo, d, prev)


def _subject_of(folded: str, lo: int, d: _Draft, prev: _Draft | None) -> tuple[int, int] | None:
    """The indicator of a figure whose clause has no subject of its own: the
    name standing in the clause before (工农业总产值的增长速度,一九八一年计划为百分之
    三点七), else the figure before's in the same sentence (…,实际达到百分之四点六;
    一九八二年计划为百分之四), else ``None``."""
    anchor = d.anchor
    if d.change is None and anchor > lo and folded[anchor - 1] not in _COPULA_LAST:
        window = folded[max(lo, anchor - NAME_MAX) : anchor]
        if not any(ch in window for ch in _COMPARISON_FIRST):
            return None  # (most unnamed amounts: no copula, no comparison; in C, before any regex)
    brk = _grammar.LAST_CLAUSE_BREAK.search(folded, max(lo, anchor - NAME_MAX), anchor, _grammar.HOLD_GIL)
    if brk is None or folded[brk.start()] not in _SUBJECT_BREAKS:
        return None  # a sentence's first clause, or a quotation: no clause before it
    clause = brk.end()
    prefix = _grammar.NAME_PREFIX.match(folded, clause, anchor, _grammar.HOLD_GIL)
    rest = prefix.end() if prefix else clause
    if d.change is None and not (
        (folded[anchor - 1] in _COPULA_LAST and anchor - clause >= 2)
        or (rest < anchor and folded[rest] in _COMPARISON_FIRST)
    ):
        # (…三亿平方米,六千二百万平方米; 全省50户以上; ;为200万名以上: a list's item, a
        # place or a purpose; an amount needs a copula or a comparison: 比原计划超过百分之四)
        return None
    if not _grammar.SUBJECT_LESS.fullmatch(folded, rest, anchor, _grammar.HOLD_GIL):
        return None
    comma = brk.start()
    if comma - lo >= 2:
        subject = _name_before(folded, lo, comma)
        # (an indicator ends in its head noun: not 根据初步测算, 在这一新的基础上, 扣除物价上涨因素)
        if subject is not None and folded[subject[1] - 1] in SUBJECT_ENDS:
            return subject
    if prev is None or prev.name is None or (prev.name[1] > prev.start and prev.unit is None):
        return None  # (not 突破百亿大关,增长7.2%: the noun after a bare magnitude names no indicator)
    # (where the figure before ends, with its change: …增长39.7%,扣除价格因素,实际增长19.6%)
    gap = max(prev.end, prev.name[1], prev.change[5] if prev.change is not None else 0)
    if (
        _grammar.SENTENCE_STOP.search(folded, gap, anchor, _grammar.HOLD_GIL) is None
        # (…1.65亿千瓦;原油产量继续增长,达到1.42亿吨: a clause after ; is another subject's;
        # …,在国家财政收入增加的同时,预算外资金也大幅度增加,一九八五年达到: so are two clauses)
        and folded.find(";", gap, comma) < 0
        and folded.find(",", gap + 1, comma) < 0
    ):
        return prev.name
    return None


def _name_before(folded: str, lo: int, anchor: int, *, percent: bool = False) -> tuple[int, int] | None:
    """The indicator in the clause before ``anchor``, or ``None``."""
    begin = max(lo, anchor - LOOKBACK)
    # (细颗粒物(PM2.5)平均浓度: a short gloss in parentheses inside a name is no break)
    brk = _grammar.NAME_CLAUSE_BREAK.search(folded, begin, anchor, _grammar.HOLD_GIL)
    if brk is not None and brk.end() == anchor and folded[brk.start()] == " " and brk.start() > begin:
        # 地区生产总值 5600亿元: a space before the figure is no clause break
        anchor = brk.start()
        brk = _grammar.NAME_CLAUSE_BREAK.search(folded, begin, anchor, _grammar.HOLD_GIL)
    clause = brk.end() if brk else begin
    if clause == anchor - 1 and brk is not None:
        # 纱三百五十九万吨, 钢三千九百万吨: one character alone in its clause
        ch = folded[clause]
        return (clause, anchor) if "\u4e00" <= ch <= "\u9fff" and ch not in NOT_NAME_CHARS else None
    if clause == anchor and brk is not None and folded[brk.start()] == "”":
        # “美丽庭院”8.2万户: the quoted words are the name
        opened = folded.rfind("“", max(lo, brk.start() - SHORT_QUOTE), brk.start())
        return (opened, anchor) if opened >= 0 and brk.start() - opened >= 3 else None
    if anchor - clause < 2:
        return None  # no room for a name (,5个…): the cuts below only shorten it
    # (a character test first: most clauses open with no prefix; \d of the
    # regex module knows digits of newer Unicode than str.isdecimal, all
    # beyond the BMP)
    first = folded[clause]
    prefix = (
        _grammar.NAME_PREFIX.match(folded, clause, anchor, _grammar.HOLD_GIL)
        if first in _PREFIX_FIRST or first.isdecimal() or first > "\uffff"
        else None
    )
    if prefix:
        clause = prefix.end()
    # (the backward search only where the clause ends as a suffix does: most end in a noun)
    suffix = (
        _grammar.NAME_SUFFIX.search(folded, clause, anchor, _grammar.HOLD_GIL)
        if folded[anchor - 1] in _SUFFIX_LAST
        else None
    )
    stop = suffix.start() if suffix else anchor
    if (
        suffix
        and stop > clause
        and folded[stop] in NOT_QUALIFIER_AFTER
        and folded[stop - 1] in NOT_QUALIFIER_AFTER[folded[stop]]
    ):
        stop += 1  # 国际条约: 约 ends the word, it is no suffix
    ratio = _grammar.NAME_RATIO.search(folded, clause, stop, _grammar.HOLD_GIL)
    if ratio is not None and not folded.endswith(_grammar.RATIO_NAME_END, clause, stop):
        if ratio.start() - clause < 2:
            return None  # 高于全国, 占预算数的: the subject is the figure before's
        stop = ratio.start()  # 这方面的投资占总投资的 → 这方面的投资
    # 南京西路…集聚带全年实现税收总收入: the indicator follows the last 实现/完成
    inner = _grammar.NAME_CUT.search(folded, clause, stop, _grammar.HOLD_GIL)
    if inner is not None and stop - inner.end() >= 2:
        clause = inner.end()
    # (str.find first, in C: most clauses hold neither 年 nor 从)
    year = (
        _grammar.NAME_TIME_CUT.search(folded, clause, stop, _grammar.HOLD_GIL)
        if folded.find("年", clause, stop) >= 0 or folded.find("从", clause, stop) >= 0
        else None
    )
    if year is not None and year.start() > clause:
        stop = year.start()  # 外运能力将由一九八○年的 → 外运能力; 增值税起征点从月销售额 → 增值税起征点
    verb = (
        _grammar.NAME_LEAD_VERB.match(folded, clause, stop, _grammar.HOLD_GIL)
        if folded[clause] in _LEAD_VERB_FIRST
        else None
    )
    if verb is not None and stop - verb.end() >= 2:
        clause = verb.end()  # 引进海外高层次人才1630人 → 海外高层次人才
    elif stop - clause >= 5 and not percent:  # (a share or a rate is named by its subject)
        # (a verb further back than a name's length leaves too long a name: not looked for)
        verb = _grammar.NAME_INNER_VERB.search(
            folded, max(clause + 1, stop - NAME_MAX - 4), stop, _grammar.HOLD_GIL
        )
        if (
            verb is not None
            and stop - verb.end() >= 2
            and not _grammar.NAME_GENERIC_HEAD.fullmatch(folded, verb.end(), stop, _grammar.HOLD_GIL)
            # 同我国建立外交关系的国家, 继续建设的: a relative clause, named whole
            and folded.find("的", verb.end(), stop) < 0
            and folded[stop - 1] != "的"
            and not folded.endswith(_RATE_ENDS, clause, stop)  # 农村危房改造竣工率: a rate of the whole
        ):
            clause = verb.end()  # 配合市人大及其常委会出台地方性法规20件 → 地方性法规
    if (
        2 <= stop - clause <= NAME_MAX
        and (folded[clause].isalnum() or folded[clause] in "“《(")  # not /月 of 796元/月
        and (
            folded[stop - 1] not in _VERB_END_LAST
            or not _grammar.NAME_VERB_END.search(folded, clause, stop, _grammar.HOLD_GIL)
        )
        and (_no_digit(folded, clause, stop) or not _has_number(folded, clause, stop))
        and (
            folded[clause] not in _NOT_NAME_FIRST
            or not _grammar.NOT_NAME.match(folded, clause, stop, _grammar.HOLD_GIL)
        )
        and not _not_name_whole(folded, clause, stop)
        and folded[stop - 1] not in _LIST_WORDS
    ):
        return clause, stop  # (not 大数据企业以及: the noun of the figure before, cut at a list word)
    return None


def _no_digit(folded: str, start: int, end: int) -> bool:
    """Whether ``DIGIT`` finds nothing in ``folded[start:end]``: letters
    only (no digit is a letter) and no 年 (of 一九八○年) say so without it."""
    words = folded[start:end]
    return (words.isalpha() and "年" not in words) or _grammar.DIGIT.search(
        folded, start, end, _grammar.HOLD_GIL
    ) is None


def _not_name_whole(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is a word that is never a name on its
    own (其中, 同期) or a time frame (两年, 十年)."""
    words = folded[start:end]
    if words in _grammar.NOT_NAME_WHOLE:
        return True
    return (
        2 <= len(words) <= 4 and words[-1] == "年" and all(ch in _grammar.NUMERAL_DIGITS for ch in words[:-1])
    )


def _has_number(folded: str, start: int, end: int) -> bool:
    """Whether a number stands in ``folded[start:end]`` (not one inside a word:
    5G基站, 世界500强企业)."""
    m = _grammar.DIGIT.search(folded, start, end, _grammar.HOLD_GIL)
    while m is not None:  # (a loop, not a generator: most clauses have no digit at all)
        if not _grammar.NAME_DIGIT_WORD.match(folded, m.start(), end, _grammar.HOLD_GIL):
            return True
        m = _grammar.DIGIT.search(folded, m.end(), end, _grammar.HOLD_GIL)
    return False


def _name_after(folded: str, end: int, *, counted: bool, percent: bool) -> tuple[int, int] | None:
    """The words after a figure up to its predicate (832个贫困县全部摘帽 → 贫困县),
    or ``None``: a count's noun may be longer than other names' and one
    character (16个区); 的 before it is skipped (90%以上的政务服务, 三十万千瓦的核电站)."""
    start = end + 1 if folded.startswith("的", end) else end
    if (
        start >= len(folded)
        or folded[start] in NOT_NAME_CHARS
        or folded.startswith(_CHANGE_VERB_WORDS, start)
    ):
        return None  # 有了较大的提高, 增加百分之六十八, 向种粮农民: a predicate, no name
    words = _grammar.NAME_AFTER.match(folded, start, min(len(folded), start + NAME_MAX), _grammar.HOLD_GIL)
    if words is None:
        return None
    after = words.end()
    if after < len(folded) and folded[after - 1] in "到至为" and folded[after] not in _CLAUSE_END:
        return None  # 从39个拓展到91个, 由51家整合为33家: a verb before the next figure
    cut = _grammar.NAME_AFTER_STOP.search(folded, start, after, _grammar.HOLD_GIL)
    if cut is not None:
        if cut.start() == start:
            return None  # 6700万人受益, 22项达到全球最优水平
        after = cut.start()
    trailing = (
        _grammar.NAME_AFTER_TRAILING.search(folded, start + 1, after, _grammar.HOLD_GIL)
        if folded[after - 1] in _TRAILING_LAST
        else None
    )
    if trailing is not None:
        after = trailing.start()
    size = after - start
    # one character names a count only when a predicate follows (16个区首次…)
    shortest = 1 if counted and cut is not None else 2
    if not shortest <= size <= (AFTER_MAX_COUNTED if counted else AFTER_MAX):
        return None
    return None if _not_name_whole(folded, start, after) else (start, after)


def _name_series(folded: str, lo: int, out: list[_Draft]) -> None:
    """基础设施、制造业投资分别增长9.4%、9.1%: each figure of a series after 分别
    takes its own indicator from the list before it, in order."""
    i = 0
    while i < len(out) - 1:
        j = i
        while j + 1 < len(out) and folded[out[j].end : out[j + 1].start] in SERIES_JOINS:
            j += 1
        if j > i:
            n = j + 1 - i
            _name_one_series(folded, lo, out[i : j + 1], out[i - n : i] if i >= n else [])
        i = j + 1


def _name_one_series(folded: str, lo: int, series: list[_Draft], before: list[_Draft]) -> None:
    anchor = series[0].anchor
    brk = _grammar.STRONG_CLAUSE_BREAK.search(folded, max(lo, anchor - LOOKBACK), anchor, _grammar.HOLD_GIL)
    clause = brk.end() if brk else max(lo, anchor - LOOKBACK)
    respectively = _grammar.RESPECTIVELY.search(folded, clause, anchor, _grammar.HOLD_GIL)
    if respectively is None:
        return
    if (
        respectively.start() == clause
        and len(before) == len(series)
        and before[-1].end == clause - 1
        and all(d.name is not None for d in before)
    ):
        # 分别达到1.35亿人次、453.8万吨,分别增长8.3%、7.9%; 国内游客4.16亿人次、入境游客936万人次,
        # 分别增长6.7%、39.6%: the figures just before, as many, name this series
        for d, named in zip(series, before, strict=True):
            d.name, d.head, d.series = named.name, named.head, True
        return
    prefix = _grammar.NAME_PREFIX.match(folded, clause, respectively.start(), _grammar.HOLD_GIL)
    if prefix:
        clause = prefix.end()
    stop = respectively.start()
    for splitter in (_grammar.SERIES_SPLIT, _grammar.SERIES_SPLIT_WIDE):
        parts, at = [], clause
        for m in splitter.finditer(folded, clause, stop, False, _grammar.HOLD_GIL):
            parts.append((at, m.start()))
            at = m.end()
        parts.append((at, stop))
        if len(parts) == len(series) and all(
            1 <= e - s <= NAME_MAX and not _grammar.DIGIT.search(folded, s, e, _grammar.HOLD_GIL)
            for s, e in parts
        ):
            head = _shared_head(folded, parts)
            for d, part in zip(series, parts, strict=True):
                d.name, d.series = part, True
                if head is not None and part[1] <= head[0]:
                    d.head = head
            return


def _shared_head(folded: str, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The head noun the last of a list of indicators ends in and the others
    lack (第一产业、第二产业和第三产业增加值; 对东盟、共建“一带一路”国家进出口总额): each
    of the others measures it too, or ``None``."""
    s, e = parts[-1]
    if len(parts) > SHARED_HEAD_ITEMS or any(
        folded[b - 1] in _OWN_HEAD_ENDS or _grammar.SHARED_HEAD.search(folded, a, b, _grammar.HOLD_GIL)
        for a, b in parts[:-1]
    ):
        return None  # 粮食产量、棉花产量, 生产安全事故起数、死亡人数: each names its own
    head = _grammar.SHARED_HEAD.search(folded, s + 1, e, _grammar.HOLD_GIL)
    if head is None:
        # 进口、出口通关时间: items as long as the last one's first words share the rest
        # when it ends as an indicator does
        size = parts[0][1] - parts[0][0]
        if (
            size <= SHARED_HEAD_PARALLEL
            and all(b - a == size for a, b in parts[:-1])
            and 2 <= e - s - size <= SHARED_HEAD_PARALLEL + 2
            and folded[e - 1] in _OWN_HEAD_ENDS | _HEAD_ENDS
            and folded[s + size] not in _OWN_HEAD_ENDS
            and not _grammar.QUOTE_MARK.search(folded, s, e, _grammar.HOLD_GIL)
        ):
            return s + size, e
        return None
    while head is not None and any(
        folded.endswith(folded[head.start() : head.start() + k], a, b) for a, b in parts[:-1] for k in (1, 2)
    ):
        # 城镇居民、农村居民人均可支配收入: 城镇居民 + 人均可支配收入, not + 居民人均可支配收入
        head = _grammar.SHARED_HEAD.search(folded, head.start() + 1, e, _grammar.HOLD_GIL)
    return (head.start(), e) if head is not None and head.start() > s else None


def _build(d: _Draft, text: str, source: str, span: Callable[[int, int], Span]) -> Quantity:
    s = span(d.start, d.end)
    change = None
    if d.change is not None:
        direction, basis, amount, unit, c0, c1 = d.change
        change = Change(direction=direction, basis=basis, amount=amount, unit=unit, span=span(c0, c1))
    name = d.name
    return _make.quantity(
        raw=source[s.start : s.end],
        span=s,
        value=d.value,
        number=d.number,
        scale=d.scale,
        unit=d.unit,
        dimension=d.dimension,
        qualifier=d.qualifier,
        low=d.low,
        high=d.high,
        name=(text[name[0] : name[1]] + (text[d.head[0] : d.head[1]] if d.head else "")) if name else None,
        change=change,
        is_target=d.is_target,
    )


def extract(text: str) -> tuple[Quantity, ...]:
    """Every figure in ``text``, with spans into ``text``."""
    from govreport._text import fold

    # where each line begins, as ``split_lines`` has them (its other work, the
    # indents and stripped ends, is not needed here)
    starts = [0, *accumulate(map(len, text.splitlines(keepends=True)))][:-1]

    def span(i: int, j: int) -> Span:
        return _make.span(i, j, max(1, bisect_right(starts, i)))

    found = scan(fold(text), text, text, span)
    if "|" not in text or "| " not in text:  # (one character is searched for much faster)
        return found
    # table rows (| 汽车 | 辆 | 363399 | 1.9 |): their figures read by column
    rows: list[tuple[int, int, tuple[Quantity, ...]]] = []
    for begin in starts:
        stop = text.find("\n", begin)
        stop = len(text) if stop < 0 else stop
        line_end = len(text[begin:stop].rstrip())
        if text.startswith("| ", begin) and text.endswith(" |", begin, begin + line_end):
            figures = scan_row(text, begin, begin + line_end, span)
            if figures is not None:
                rows.append((begin, begin + line_end, figures))
    if not rows:
        return found
    kept = [q for q in found if not any(a <= q.span.start < b for a, b, _ in rows)]
    merged = kept + [q for _, _, figures in rows for q in figures]
    return tuple(sorted(merged, key=lambda q: q.span.start))


# --- table rows ---------------------------------------------------------------

#: How many lines above a table row its caption, unit line and header are
#: looked for, within how many characters.
TABLE_LOOKBACK = 300
TABLE_WINDOW = 12000
#: A row's whole integer cell in this range with no unit stated is a year (2022, 2023 columns).
_YEARS = (1900, 2100)
_INDEX_HEADS = ("序号", "编号")


class _Column(NamedTuple):
    kind: str  # "index", "unit" or "figure"
    unit: str | None  # the unit the head states (亿元, %), if any
    growth: bool  # a change on a period before (比上年增长%)
    basis: str | None


def _head_unit(folded_head: str) -> str | None:
    m = _grammar.TABLE_HEAD_UNIT.search(folded_head, 0, None, _grammar.HOLD_GIL)
    if m is not None:
        return (m.group(1) or m.group(2)).strip()
    return "%" if folded_head.endswith("%") else None


def _column(head: str) -> _Column:
    """What a column head says of the figures below it."""
    if head.startswith(_INDEX_HEADS):
        return _Column("index", None, growth=False, basis=None)
    if head.endswith("单位") and len(head) <= 4:
        return _Column("unit", None, growth=False, basis=None)
    unit = _head_unit(head)
    growth = unit == "%" and _grammar.TABLE_GROWTH.search(head, 0, None, _grammar.HOLD_GIL) is not None
    basis = ("比上年" if "比上年" in head else "同比" if "同比" in head else None) if growth else None
    return _Column("figure", unit, growth, basis)


@lru_cache(maxsize=256)
def _unit_of(written: str) -> tuple[str | None, str | None, int]:
    """A unit as a table writes it (亿元, 万人, 吨, %) → unit, dimension, scale;
    a unit the grammar does not know stays as written (载重吨)."""
    probe = "1" + written
    m = _grammar.QUANTITY.match(probe, 0, None, _grammar.HOLD_GIL)
    if m is not None and m.end() > 1:
        fig = _figure(m.groups(), 1)
        if fig is not None and (fig.unit is not None or fig.scale > 1) and probe[m.end() :][:1] in ("", "("):
            return fig.unit, fig.dimension, fig.scale
    for mag in ("万亿", "亿", "万"):  # 亿吨公里: a magnitude before a unit the grammar does not know
        if written.startswith(mag) and len(written) > len(mag):
            return written[len(mag) :], None, ARABIC_MAGNITUDES[mag]
    return written, None, 1


def _known_unit(written: str) -> bool:
    """Whether the grammar knows ``written`` as a unit (吨, 万件)."""
    return _unit_of(written)[1] is not None


def _cells(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the row ``folded[start:end]`` (``| a | b |``), as bounds."""
    out: list[tuple[int, int]] = []
    at = start + 2
    stop = end - 2
    while at <= stop:
        bar = folded.find(" | ", at, stop)
        cut = stop if bar < 0 else bar
        out.append((at, cut))
        at = cut + 3
    return out


def _is_row(line: str) -> bool:
    return line.startswith("| ") and line.endswith(" |")


def _table_context(folded: str, start: int) -> tuple[list[str], str | None]:
    """The column heads and the stated unit of the table the row at
    ``start`` is in: the lines above it back to the caption (表3 …)."""
    heads: list[str] = []
    unit: str | None = None
    end = start - 1
    rows: list[str] = []
    for _ in range(TABLE_LOOKBACK):
        if end <= 0:
            break
        begin = folded.rfind("\n", 0, end) + 1
        line = folded[begin:end].strip()
        end = begin - 1
        if not line or _grammar.PAGE_NUMBER_LINE.fullmatch(line, 0, None, _grammar.HOLD_GIL):
            continue
        if not _is_row(line):
            break
        cell = line[2:-2].strip()
        if _grammar.TABLE_CAPTION.fullmatch(cell, 0, None, _grammar.HOLD_GIL):
            if "单位" in cell:
                unit = _head_unit(cell)
            break
        rows.append(line)
    # the rows just below the caption holding no figure are the header (and unit line)
    for line in reversed(rows):
        cells = [c.strip() for c in line[2:-2].split(" | ")]
        if any(_table_number(c) is not None for c in cells):
            break
        if len(cells) == 1 and _grammar.TABLE_UNIT.fullmatch(cells[0], 0, None, _grammar.HOLD_GIL):
            unit = _head_unit(cells[0])
        elif not heads:
            heads = (
                [h for c in cells for h in _grammar.TABLE_HEAD_SPLIT.split(c) if h]
                if len(cells) == 1
                else cells
            )
    return heads, unit


def _table_number(cell: str) -> Decimal | None:
    """The number a cell holds when it is a number and nothing else (866.60, -3.2, 1,234, 45.31%)."""
    if (
        not cell
        or not (cell[0].isdigit() or cell[0] in "-+−")
        or not _grammar.TABLE_FIGURE.fullmatch(cell, 0, None, _grammar.HOLD_GIL)
    ):
        return None
    digits = cell.rstrip("%‰").replace(",", "").replace("，", "").replace("−", "-")
    if not any(ch.isdigit() for ch in digits):
        return None
    try:
        return Decimal(digits)
    except ArithmeticError:  # pragma: no cover - TABLE_FIGURE admits numbers only
        return None


def scan_row(
    source: str, start: int, end: int, span: Callable[[int, int], Span]
) -> tuple[Quantity, ...] | None:
    """The figures of the table row ``source[start:end]`` (``| 汽车 | 辆 | 363399 | 1.9 |``),
    or ``None`` when it is no row of label and figures.

    Each number cell is a figure named by the row label, in the unit of the
    row's unit cell, its column head or the table's unit line; a growth
    column (比上年增长%) is the change of the amount before it in the row.
    ``span(i, j)`` makes the span of ``source[i:j]``.
    """
    from govreport._text import fold

    folded_row = fold(source[start:end])
    if not _is_row(folded_row):
        return None
    cells = _cells(folded_row, 0, len(folded_row))
    numbers = [_table_number(folded_row[a:b]) for a, b in cells]
    if len(cells) < 2 or all(n is None for n in numbers):
        return None
    above = fold(source[max(0, start - TABLE_WINDOW) : start])
    heads, table_unit = _table_context(above, len(above))
    columns = [_column(h) for h in heads]
    leading = 0
    while leading < len(columns) and columns[leading].kind == "index":
        leading += 1
    label_at = next((k for k, n in enumerate(numbers) if n is None), None)
    if label_at is None:
        return None  # no label: figures whose column cannot be told
    # heads after the index and label columns; the unit column, if any, next
    rest = columns[leading + 1 :] if len(columns) > leading else []
    label_a, label_b = cells[label_at]
    row_unit: str | None = None
    k = label_at + 1
    if rest and rest[0].kind == "unit":
        rest = rest[1:]
        if k < len(cells) and numbers[k] is None:
            row_unit = folded_row[cells[k][0] : cells[k][1]].strip()
            k += 1
        else:  # a PDF row keeps the unit in the label's cell: 钢材 吨
            cut = folded_row.rfind(" ", label_a, label_b)
            if cut > label_a:
                row_unit = folded_row[cut + 1 : label_b]
                label_b = cut
            else:  # or joined to it where the text had one space between Han: 纱吨
                tail = next(
                    (
                        n
                        for n in (2, 1)
                        if label_b - label_a > n and _known_unit(folded_row[label_b - n : label_b])
                    ),
                    0,
                )
                if tail:
                    row_unit, label_b = folded_row[label_b - tail : label_b], label_b - tail
    lead = _grammar.TABLE_LABEL_LEAD.match(folded_row, label_a, label_b, _grammar.HOLD_GIL)
    if lead is not None:
        label_a = lead.end()
    name = _grammar.TABLE_LABEL_MARK.sub("", source[start + label_a : start + label_b]).strip() or None
    out: list[Quantity] = []
    amount: int | None = None  # index in ``out`` of the row's amount a growth column changes
    for column_at, (a, b) in enumerate(cells[k:]):
        number = numbers[k + column_at]
        if number is None:
            continue
        column = rest[column_at] if column_at < len(rest) else None
        written = folded_row[a:b]
        if column is not None and column.kind == "index":
            continue
        unit_text = (
            "%" if written.endswith("%") else (column.unit if column else None) or row_unit or table_unit
        )
        if unit_text is None and number == number.to_integral_value() and _YEARS[0] <= number <= _YEARS[1]:
            continue  # a year, not a figure
        unit, dimension, scale = _unit_of(unit_text) if unit_text else (None, None, 1)
        cell_span = span(start + a, start + b)
        change = None
        if column is not None and column.growth and unit == "%":
            direction = Direction.UP if number > 0 else Direction.DOWN if number < 0 else Direction.FLAT
            change = Change(
                direction=direction, basis=column.basis, amount=abs(number), unit="%", span=cell_span
            )
            if amount is not None:  # 363399 辆 | 1.9: the change of the amount before it
                out[amount] = attrs.evolve(out[amount], change=change)
                amount = None
                continue
        number = plain(number)
        out.append(
            Quantity(
                raw=source[start + a : start + b],
                span=cell_span,
                value=number if scale == 1 else plain(number * scale),
                number=number,
                scale=scale,
                unit=unit,
                dimension=dimension,
                name=name,
                change=change,
            )
        )
        if unit != "%":
            amount = len(out) - 1
    return tuple(out)
