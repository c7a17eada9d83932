"""Planned targets: which figures of a report are targets, for
which indicator, year, period and basis.

The rules, in order:

1. the year the report is delivered in is read from its date, its title, its
   meeting (第十四届全国人民代表大会第三次会议 → 2025), a session it names
   (去年五届人大四次会议 → 1982), its subject (关于…第七个五年计划的报告 → 1986)
   or, last, the year its review names, plus one (:func:`delivery_year`);
2. a targets paragraph opens with a lead (主要预期目标是：, 今年计划要求, 经济增长
   预期为): every figure after it in its block is a target, and so is every
   figure of the next block when the lead ends its block with a colon
   (2011, 2012: the targets on the line after 主要预期目标是：);
3. elsewhere a figure is a target when a cue stands before it in its sentence
   (力争, 控制在, 拟, 目标为 …) or a target word after it (7％左右的经济增长预期),
   unless the sentence reviews the past (去年, 实际, 曾提出 …) or the block is in a
   review section; a figure of a key indicator with a floor or a cap
   (城镇新增就业1200万人以上) is a target in a work section without a cue;
4. a target is a plan target when its sentence or section names a plan
   (“十五五”, 今后五年, 年均, 到2030年); its year is then the plan's end;
5. the indicator is the wording nearest before the figure in its clause, else
   the one after it; clauses of a targets paragraph with an indicator and no
   figure (进出口回稳向好) are targets without a value, and so are a plan's aims
   without a number (居民人均可支配收入达到全国平均水平);
6. an outcome is a figure of the next report's review that states the year it
   reviews (:func:`stated_outcomes`), never a five-year review's average.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

import regex

from govreport import _grammar
from govreport._numerals import hanzi_to_int
from govreport._tables.numerals import DIGITS
from govreport._tables.qualifiers import AFTER
from govreport._tables.targets import (
    INDICATORS,
    LEVEL_INDICATORS,
    NOT_OF_INDICATOR,
    NPC_TERMS,
    PLAN_END_YEARS,
    TARGET_QUALIFIERS,
)
from govreport._text import fold
from govreport.models import Block, Qualifier, Quantity, Report, Section

__all__ = ["Outcome", "Target", "delivery_year", "find_targets", "indicator_of", "met", "stated_outcomes"]

_KEY_OF_WORD = {word: key for key, words in INDICATORS.items() for word in words}
#: Indicators whose figure is a target in a work section with a floor or a cap alone.
_KEYED = frozenset({"jobs", "unemployment_surveyed", "unemployment_registered", "grain", "energy", "co2"})
#: Indicators whose plan targets are levels to reach (GDP of 1万亿元, grain of 526亿斤).
PLAN_LEVELS = frozenset({"gdp", "grain", "fiscal_revenue", "retail", "trade", "unemployment_surveyed",
                         "unemployment_registered"})  # fmt: skip
#: The opening of a report that names the session it is delivered to.
OPENING_BLOCKS = 4
OPENING_CHARS = 1500
#: A plan with no end year named ends this many years after the report's year.
PLAN_YEARS = 4
#: Third and later five-year plans: the third ended in 1970 (after the
#: 1963–1965 adjustment), the sixth in 1985 (第六个五年计划).
FIRST_PLAN_END = 1960
PLAN_YEARS_EACH = 5
#: A paragraph about a plan names it in this many characters (第六个五年计划规定，…).
PLAN_OPENING = 24
#: How far before a figure its cue may stand.
CUE_REACH = 80


class Target(NamedTuple):
    """One target: a figure (``quantity``) or a clause stated without a number."""

    quantity: Quantity | None
    name: str | None
    indicator: str | None
    line: int
    start: int
    end: int
    qualifier: str | None
    target_year: int | None
    period: str
    basis: str
    #: the figure as written when the target is the average rate a figure's
    #: change states (255元，平均每年递增百分之六 → 百分之六), not the figure
    rate: str | None = None


def indicator_of(words: str) -> str | None:
    """The indicator key of the wording nearest the end of ``words``.

    >>> indicator_of("单位国内生产总值能耗"), indicator_of("城镇调查失业率"), indicator_of("广义货币")
    ('energy', 'unemployment_surveyed', None)
    """
    found = None
    folded = fold(words)
    for m in _grammar.INDICATOR_WORD.finditer(folded, 0, None, False, _grammar.HOLD_GIL):
        # 研发经费支出占国内生产总值比重, 服务业增加值在国内生产总值中的比重: a
        # share of GDP is not GDP, nor is 人均地区生产总值 or 单位国内生产总值用水量
        rest = folded[m.end() :]
        if not (folded.endswith(NOT_OF_INDICATOR, 0, m.start()) or "比重" in rest or "比例" in rest):
            found = m.group()
    return _KEY_OF_WORD[found] if found is not None else None


def _hanzi_year(s: str) -> int | None:
    digits = [DIGITS.get(c) for c in s]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def delivery_year(report: Report) -> int | None:
    """The year a report is delivered in: its date's, its title's, its NPC
    session's (or one it names), its subject's, or the year its review names
    plus one.

    >>> import govreport
    >>> delivery_year(govreport.parse("2024年政府工作报告\\n一、2023年工作回顾\\n"))
    2024
    >>> delivery_year(govreport.parse("政府工作报告\\n一、2023年工作回顾\\n2023年是…\\n"))
    2024
    """
    meta = report.metadata
    if meta.date is not None:
        return meta.date.year
    for text in (meta.title, meta.subtitle):
        m = _grammar.TITLE_YEAR.search(fold(text or ""), 0, None, _grammar.HOLD_GIL)
        if m is not None and ("工作报告" in (text or "") or "回顾" not in (text or "")):
            return int(m.group("y"))
    for text in (meta.meeting, meta.subtitle, meta.title):
        m = _grammar.NPC_SESSION.search(text or "", 0, None, _grammar.HOLD_GIL)
        if m is not None:
            term, session = hanzi_to_int(m.group("term")), hanzi_to_int(m.group("session"))
            if term in NPC_TERMS and session:
                return NPC_TERMS[term] + session - 1
    for section in report.sections[:2]:
        if _grammar.REVIEW_TITLE.search(section.title, 0, None, _grammar.HOLD_GIL):
            m = _grammar.TITLE_YEAR.search(fold(section.title), 0, None, _grammar.HOLD_GIL)
            if m is not None:
                return int(m.group("y")) + 1
    # the year the opening paragraphs review: 2005年，… or 一、2017年工作回顾 (read
    # here, not from Metadata.year, whose meaning is the delivery year's to give)
    for _, block in itertools.islice(report.iter_blocks(), OPENING_BLOCKS):
        m = _grammar.BODY_YEAR.match(fold(block.text).lstrip(), 0, None, _grammar.HOLD_GIL)
        if m is not None:
            return int(m.group("y")) + 1
    # 我代表国务院向第一届全国人民代表大会第五次会议提出… (1958); 从去年９月第五届
    # 全国人民代表大会第三次会议到现在 (1981): the session a year before
    opening = fold("\n".join(b.text for _, b in itertools.islice(report.iter_blocks(), OPENING_BLOCKS)))
    for m in _grammar.NPC_SESSION.finditer(opening, 0, OPENING_CHARS, False, _grammar.HOLD_GIL):
        term, session = hanzi_to_int(m.group("term")), hanzi_to_int(m.group("session"))
        if term not in NPC_TERMS or not session:
            continue
        year = NPC_TERMS[term] + session - 1
        if opening.endswith("向", max(0, m.start() - 2), m.start()):
            return year
        if _grammar.LAST_YEAR_SESSION.search(opening, max(0, m.start() - 10), m.start(), _grammar.HOLD_GIL):
            return year + 1
        since = _grammar.YEARS_SINCE_SESSION.match(opening, m.end(), None, _grammar.HOLD_GIL)
        if since is not None and (n := hanzi_to_int(since.group("n"))):
            return year + n
        # 1964: 五年来，… / 从第二届全国人民代表大会第一次会议以来 (1959, five years before)
        years_since = _grammar.YEARS_SINCE.search(opening, 0, OPENING_CHARS, _grammar.HOLD_GIL)
        if (
            opening.startswith("以来", m.end())
            and years_since is not None
            and (n := hanzi_to_int(years_since.group("n")))
        ):
            return year + n
    for m in _grammar.NPC_TERM_ADDRESSED.finditer(opening, 0, OPENING_CHARS, False, _grammar.HOLD_GIL):
        if (term := hanzi_to_int(m.group("term"))) in NPC_TERMS:
            return NPC_TERMS[term]
    # 1982 names no session of its own, but 按照去年五届人大四次会议…的精神
    for _, block in report.iter_blocks():
        folded = fold(block.text)
        for m in _grammar.NPC_SESSION.finditer(folded, 0, None, False, _grammar.HOLD_GIL):
            term, session = hanzi_to_int(m.group("term")), hanzi_to_int(m.group("session"))
            if (
                term in NPC_TERMS
                and session
                and _grammar.LAST_YEAR_BEFORE.search(
                    folded, max(0, m.start() - 8), m.start(), _grammar.HOLD_GIL
                )
            ):
                return NPC_TERMS[term] + session
    head = opening[:OPENING_CHARS]
    if (m := _grammar.REPORT_ON_YEAR.search(head, 0, None, _grammar.HOLD_GIL)) is not None:
        return int(m.group("y"))
    if (m := _grammar.REPORT_ON_PLAN.search(head, 0, None, _grammar.HOLD_GIL)) is not None and (
        end := _plan_end(m.group())
    ) is not None:
        return end - PLAN_YEARS
    # the latest year the first third of the report names twice is the one it reviews
    # (2011 carries no date and no year line: 2010年 in its review); a plan's
    # end (到2015年) does not count
    blocks = [fold(b.text) for _, b in report.iter_blocks()]
    years = Counter(
        y
        for text in blocks[: max(1, len(blocks) // 3)]
        for m in _grammar.TARGET_YEAR.finditer(text, 0, None, False, _grammar.HOLD_GIL)
        if not m.group("to") and (y := _year_of(m)) is not None and 1949 <= y <= 2100
    )
    if years:
        return max(y for y, n in years.items() if n >= min(2, max(years.values()))) + 1
    return None


def _late(report: Report) -> bool:
    """Delivered late in its year (1978–1982: autumn and December sessions), so
    that its targets are for the year after: its date says so, or it sets the
    tasks of 明年 (1981: 明年经济发展的主要任务是)."""
    date = report.metadata.date
    if date is not None:
        return date.month >= 8
    return any(
        _grammar.NEXT_YEAR_TASKS.search(fold(b.text), 0, None, _grammar.HOLD_GIL)
        for _, b in report.iter_blocks()
    )


def _blocks(report: Report) -> Iterator[tuple[Block, str, bool]]:
    """Every block with the titles of the sections holding it and whether one
    of them reviews the past (一、2025年工作回顾)."""
    for block in report.preamble:
        yield block, "", False

    def walk(section: Section, titles: str, review: bool) -> Iterator[tuple[Block, str, bool]]:
        titles = f"{titles} {section.title}"
        review = review or _grammar.REVIEW_TITLE.search(section.title, 0, None, _grammar.HOLD_GIL) is not None
        for block in section.blocks:
            yield block, titles, review
        for child in section.children:
            yield from walk(child, titles, review)

    for section in report.sections:
        yield from walk(section, "", False)


def _stop_before(folded: str, pattern: regex.Pattern[str], pos: int, floor: int = 0) -> int:
    """Just after the last stop of ``pattern`` (a stop class of
    ``_grammar.LAST_STOP``) in ``folded[floor:pos]``, or ``floor``; ``pos``
    itself when it is not past ``floor``."""
    if pos <= floor:
        return pos
    m = _grammar.LAST_STOP[pattern].search(folded, floor, pos, _grammar.HOLD_GIL)
    return m.end() if m is not None else floor


def _stop_after(folded: str, pattern: regex.Pattern[str], pos: int) -> int:
    m = pattern.search(folded, pos, None, _grammar.HOLD_GIL)
    return m.start() if m is not None else len(folded)


def find_targets(report: Report) -> list[Target]:
    """Every target of ``report``, in document order."""
    year0 = delivery_year(report)
    coming = year0 + 1 if year0 is not None and _late(report) else year0
    out: list[Target] = []
    # a targets paragraph going on from the block before: (its year, annual)
    carried: tuple[int | None, bool] | None = None
    for block, titles, review_section in _blocks(report):
        text = block.text
        folded = fold(text)
        base = block.span.start
        exact = len(text) == block.span.end - block.span.start
        # 二、“十五五”时期主要目标任务 lists the plan's aims; 三、全力推动“十五五”开好局
        # (Fujian 2026) is the coming year's work
        plan_section = (
            _grammar.PLAN_WORD.search(titles, 0, None, _grammar.HOLD_GIL) is not None
            and _grammar.YEAR_SECTION.search(titles, 0, None, _grammar.HOLD_GIL) is None
            and not review_section
        )
        lead = _grammar.TARGETS_LEAD.search(folded, 0, None, _grammar.HOLD_GIL)
        if lead is not None and review_section and not _mentions_coming(folded, lead.start(), year0):
            lead = None
        if carried is not None and _grammar.NOT_CARRIED.match(folded.lstrip(), 0, None, _grammar.HOLD_GIL):
            carried = None  # 实现上述目标，…: the paragraph is over
        if carried is not None:
            lead_at: int | None = 0
            para_year, annual = carried
        elif lead is not None:
            lead_at = lead.end()
            sentence = folded[_stop_before(folded, _grammar.SENTENCE_STOP, lead.start()) : lead.end()]
            # 今年…主要预期目标; 1981年国民经济计划主要指标安排如下 (a year, no plan)
            annual = _grammar.ANNUAL_LEAD.search(sentence, 0, None, _grammar.HOLD_GIL) is not None or (
                _grammar.TARGET_YEAR.search(sentence, 0, None, _grammar.HOLD_GIL) is not None
                and _grammar.PLAN_WORD.search(sentence, 0, None, _grammar.HOLD_GIL) is None
            )
            para_year = _period(sentence, "", False, year0, coming)[1] if annual else coming
        else:
            lead_at, para_year, annual = None, coming, False
        if lead is not None and carried is None:
            # 《纲要（草案）》明确了经济社会发展主要指标：一是…: the plan's, whatever the section
            opening = folded[_stop_before(folded, _grammar.SENTENCE_STOP, lead.start()) : lead.end()]
            plan_section = plan_section or (
                not annual and _grammar.PLAN_WORD.search(opening, 0, None, _grammar.HOLD_GIL) is not None
            )
        # 2011, 2012: 主要预期目标是： alone on its line, the targets on the next;
        # 1980: 1981年国民经济计划主要指标安排如下。 and one indicator a line
        # after it, as long as the lines hold figures
        tail = folded.rstrip()
        if carried is None:
            opens = lead is not None and tail.endswith((":", "如下。", "如下")) and not block.quantities
            carried = (para_year, annual) if opens else None
        elif not block.quantities or not tail:
            carried = None
        # 1982: 第六个五年计划规定，… opens a paragraph of the plan's figures
        opening_sentence = folded[: _stop_after(folded, _grammar.SENTENCE_STOP, 0)]
        plan_block = (
            not review_section
            and _grammar.PLAN_WORD.search(
                _grammar.YEAR_OF_PLAN.sub("", opening_sentence[:PLAN_OPENING]), 0, None, _grammar.HOLD_GIL
            )
            is not None
            and _grammar.COMING.search(opening_sentence[:PLAN_OPENING], 0, None, _grammar.HOLD_GIL) is None
        )
        figures: list[tuple[int, int]] = []
        lines: list[tuple[int, int]] = []  # where each figure is, and its line
        for q in block.quantities:
            pos = q.span.start - base if exact else _locate(text, q, base)
            if pos < 0:
                continue
            end = pos + len(q.raw)
            figures.append((pos, end))
            lines.append((pos, q.span.line))
            in_section = bool(titles.strip()) and not review_section
            if not _is_target(
                folded,
                pos,
                end,
                q,
                lead_at,
                review_section,
                plan_section or (plan_block and _ahead(opening_sentence, year0)),
                in_section,
                year0,
            ):
                continue
            in_annual = annual and lead_at is not None and pos >= lead_at
            year = para_year if in_annual else coming
            plan_here = (plan_section or plan_block) and not in_annual
            where = f"{titles} {opening_sentence}" if plan_block else titles
            target = _target(
                folded, text, pos, end, q, year0, year, where, plan_here, plan_block and not in_annual
            )
            out.append(_same_as_before(folded, pos, target, out))
            out += [out[-1]._replace(indicator=key) for key in _also_of(folded, pos, out[-1].indicator)]
            if (rate := _average_rate(text, base, exact, q, out[-1])) is not None:
                out.append(rate)
        if lead_at is not None:
            plan = plan_section and not annual
            out += _bare_targets(
                folded,
                text,
                lead_at,
                figures,
                block,
                year0,
                para_year,
                lines if not exact else None,
                titles,
                plan,
            )
        elif plan_section or plan_block:
            out += _bare_targets(
                folded,
                text,
                0,
                figures,
                block,
                year0,
                coming,
                lines if not exact else None,
                titles,
                True,
                aims_only=True,
            )
    return out


def _also_of(folded: str, pos: int, key: str | None) -> list[str]:
    """The other indicators a figure is the target of, named with its own and
    joined to it (2016: 到2020年国内生产总值和城乡居民人均收入比2010年翻一番)."""
    clause_start = _stop_before(folded, _grammar.CLAUSE_STOP, pos)
    if key is None or "分别" in folded[clause_start:pos]:
        return []  # 能耗和二氧化碳排放分别降低16%和17%: each figure its own
    words = list(_grammar.INDICATOR_WORD.finditer(folded, clause_start, pos, False, _grammar.HOLD_GIL))
    keys = [_KEY_OF_WORD[m.group()] for m in words]
    joined = all(
        _grammar.JOINED.fullmatch(folded, a.end(), b.start(), _grammar.HOLD_GIL)
        for a, b in itertools.pairwise(words)
    )
    # a change or comparison between them and the figure (比2010年翻一番), not
    # 经济增长和物价总水平两个指标 (2013), a count of indicators
    changes = (
        len(words) > 1
        and _grammar.JOINED_CHANGE.search(folded, words[-1].end(), pos, _grammar.HOLD_GIL) is not None
    )
    return [k for k in dict.fromkeys(keys) if k != key] if joined and changes else []


def _average_rate(text: str, base: int, exact: bool, q: Quantity, target: Target) -> Target | None:
    """A plan's level whose change is an average rate states a second target
    (1982: 出口总额将达到四百零二亿元，…平均每年递增百分之八点一): that rate."""
    change = q.change
    if (
        target.period != "plan"
        or not exact
        or change is None
        or change.amount is None
        or change.unit != "%"
        or change.span.start < q.span.end
    ):
        return None
    written = text[change.span.start - base : change.span.end - base]
    if (
        _grammar.AVERAGE_WORD.search(fold(f"{change.basis or ''}{written}"), 0, None, _grammar.HOLD_GIL)
        is None
    ):
        return None
    at = max(
        (m.end() for m in _grammar.CHANGE_WORD.finditer(written, 0, None, False, _grammar.HOLD_GIL)),
        default=0,
    )
    rate = written[at:].strip()
    qualifier = next((value for word, value in AFTER.items() if rate.endswith(word)), None)
    return target._replace(
        line=change.span.line,
        start=change.span.start + at,
        end=change.span.end,
        qualifier=qualifier,
        basis="annual_average",
        rate=rate,
    )


def _ahead(sentence: str, year0: int | None) -> bool:
    """Whether ``sentence`` names a year to reach after the coming one (到一九八五年)."""
    return year0 is not None and any(
        m.group("to") and (y := _year_of(m)) is not None and y > year0 + 1
        for m in _grammar.TARGET_YEAR.finditer(sentence, 0, None, False, _grammar.HOLD_GIL)
    )


def _same_as_before(folded: str, pos: int, target: Target, out: list[Target]) -> Target:
    """国民生产总值增长百分之四十四，平均每年增长百分之七点五: a figure whose clause
    holds change words only measures what the figure before it does; 分别超过
    2%、5%: a figure listed after one bounded before it is bounded alike."""
    previous = out[-1] if out and out[-1].quantity is not None else None
    if (
        target.qualifier is None
        and previous is not None
        and previous.quantity is not None
        and previous.qualifier is not None
        and previous.line == target.line
        and _grammar.SERIES_GAP.fullmatch(folded, pos - (target.start - previous.end), pos, _grammar.HOLD_GIL)
        is not None
        and not previous.quantity.raw.rstrip().endswith(tuple(AFTER))
    ):
        # 占地区生产总值比重分别超过2%、5% (2026 Gansu): 超过 bounds both
        target = target._replace(qualifier=previous.qualifier)
    if (
        target.indicator is None
        and previous is not None
        and previous.indicator is not None
        and previous.line == target.line
        and (
            _grammar.BARE_CHANGE.fullmatch(
                folded,
                clause_start := _stop_before(folded, _grammar.CLAUSE_STOP, pos),
                pos,
                _grammar.HOLD_GIL,
            )
            # 1982: 五年合计国家财政收入为…，其中一九八五年为一千二百七十四亿元
            or _grammar.YEAR_ONLY.fullmatch(folded, clause_start, pos, _grammar.HOLD_GIL)
        )
    ):
        return target._replace(indicator=previous.indicator, name=previous.name)
    return target


def _mentions_coming(folded: str, at: int, year0: int | None) -> bool:
    start = _stop_before(folded, _grammar.SENTENCE_STOP, at)
    for m in _grammar.TARGET_YEAR.finditer(folded, start, at + 8, False, _grammar.HOLD_GIL):
        if m.group("this") or m.group("next"):
            return True
        y = _year_of(m)
        if y is not None and year0 is not None and y >= year0:
            return True
    return False


def _locate(text: str, q: Quantity, base: int) -> int:
    """Where ``q`` is in a block whose text is not its source slice (lines
    joined, indents dropped): the last occurrence at or before its offset in
    the source, since the text only ever loses characters."""
    expected = q.span.start - base
    at = text.rfind(q.raw, 0, expected + len(q.raw))
    if at < 0:
        # 2017: 74.4 / (zero-width line) / 万亿元, a figure broken over lines
        # whose block text joins them
        compact = _grammar.FIGURE_BREAK.sub("", q.raw)
        at = text.rfind(compact, 0, expected + len(q.raw))
    return at if at >= 0 else text.find(q.raw)


def _is_target(
    folded: str,
    pos: int,
    end: int,
    q: Quantity,
    lead_at: int | None,
    review_section: bool,
    plan_section: bool,
    in_section: bool = False,
    year0: int | None = None,
) -> bool:
    """Whether the figure at ``pos`` is a target; ``in_section``: the block is
    in a section of the coming year's work (not the preamble, not a review),
    where a key indicator with a floor or a cap is one (社会消费品零售总额增长4%左右)."""
    clause_start = _stop_before(folded, _grammar.CLAUSE_STOP, pos)
    clause_end = _stop_after(folded, _grammar.CLAUSE_STOP, end)
    clause = folded[clause_start:pos]
    if plan_section and not _reviewing(folded, pos, year0):
        return True  # 二、“十二五”时期的主要目标和任务: the plan's aims, listed
    if lead_at is not None and pos >= lead_at:
        # 城镇新增就业预期目标比去年多100万人: a difference from last year
        return not (
            _grammar.THAN_LAST_YEAR.search(clause, 0, None, _grammar.HOLD_GIL)
            and not _grammar.CHANGE_OR_CAP.search(clause, 0, None, _grammar.HOLD_GIL)
        )
    sentence_start = _stop_before(folded, _grammar.SENTENCE_STOP, pos)
    before = folded[max(sentence_start, pos - CUE_REACH) : pos]
    if _reviewing(folded, pos, year0) or (review_section and not _coming_in(before)):
        return False
    if _grammar.TARGET_CUE.search(before, 0, None, _grammar.HOLD_GIL):
        return True
    if _grammar.TARGET_AFTER.match(folded, end, clause_end + 12, _grammar.HOLD_GIL):
        return True
    key = indicator_of(clause)
    if key is not None and _grammar.THIS_YEAR.search(before, 0, None, _grammar.HOLD_GIL):
        return True  # 1992: 今年全国固定资产投资总规模为5700亿元
    if key == "jobs" and in_section:
        return True  # 城镇新增就业86万人 in a list of the year's people's projects
    return key is not None and (key in _KEYED or in_section) and q.qualifier is not None


def _reviewing(folded: str, pos: int, year0: int | None = None) -> bool:
    """Whether the block speaks of the past at ``pos``: a review word (过去一年,
    去年) stands before it with no word of the coming year (今年, 明年) after
    that (2011: 过去一年，…。居民消费价格涨幅控制在3.3%).  Sentences of the
    targets paragraph do not ask."""
    last_review = -1
    for m in _grammar.TARGET_REVIEW.finditer(folded, 0, pos, False, _grammar.HOLD_GIL):
        if not folded.endswith(("比", "较"), 0, m.start()):  # 比去年有明显回落 compares, it does not review
            last_review = m.start()
    if last_review < 0:
        return False
    # 1982: …解决过去遗留下来的…问题，…为第七个五年计划期间…奠定更好的基础。在这个期间，
    # …计划增长百分之二十一点七: a plan not yet over speaks of what is to come
    ahead = year0 is not None and any(
        (end := _plan_end(m.group())) is not None and end >= year0
        for m in _grammar.PLAN_NAME.finditer(folded, last_review, pos, False, _grammar.HOLD_GIL)
    )
    # 1985: 这几年…，是完全可以实现到本世纪末工农业年总产值翻两番的宏伟目标的
    return (
        not ahead
        and _grammar.COMING.search(folded, last_review, pos, _grammar.HOLD_GIL) is None
        and _grammar.CENTURY_END.search(folded, last_review, pos, _grammar.HOLD_GIL) is None
    )


def _coming_in(before: str) -> bool:
    # 1986, in its review: 相信到本世纪末实现工农业总产值翻两番的目标是完全可以做到的
    return (
        _grammar.COMING.search(before, 0, None, _grammar.HOLD_GIL) is not None
        or _grammar.CENTURY_END.search(before, 0, None, _grammar.HOLD_GIL) is not None
    )


def _year_of(m: regex.Match[str]) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    if m.group("hy"):
        return _hanzi_year(m.group("hy"))
    return None


def _target(
    folded: str,
    text: str,
    pos: int,
    end: int,
    q: Quantity,
    year0: int | None,
    coming: int | None,
    titles: str,
    plan_section: bool,
    plan_block: bool = False,
) -> Target:
    clause_start = _stop_before(folded, _grammar.CLAUSE_STOP, pos)
    clause_end = _stop_after(folded, _grammar.CLAUSE_STOP, end)
    clause = folded[clause_start:pos]
    key = indicator_of(clause)
    if "分别" in clause and q.name:
        key = indicator_of(q.name)  # 能耗和二氧化碳排放分别降低16%和17%: each its own
    if key is None:
        after = _grammar.WORDS_AFTER.match(folded[end:clause_end], 0, None, _grammar.HOLD_GIL)
        key = indicator_of(after.group()) if after is not None else None
    sentence_start = _stop_before(folded, _grammar.SENTENCE_STOP, pos)
    before = folded[sentence_start:pos]
    if key is None and _grammar.VERB_CLAUSE.fullmatch(clause, 0, None, _grammar.HOLD_GIL):
        # 经济增长速度的宏观调控目标，定为百分之八至九; 物价上涨幅度…，力争控制在百分之十五左右
        # (the clause widened before the figure's name is asked: 上涨 in it makes the basis)
        clause = folded[max(sentence_start, pos - CUE_REACH) : pos]
        key = indicator_of(clause)
    if key is None and q.name:
        key = indicator_of(q.name)
    period, year = _period(before, titles, plan_section, year0, coming, plan_block)
    if (
        period == "annual"
        and sentence_start > 0
        and _grammar.AMONG_THEM.match(folded, sentence_start, None, _grammar.HOLD_GIL)
    ):
        # 1982: 第六个五年计划规定，…。其中，农业总产值由…增加到二千六百六十亿元: the
        # plan's sentence goes on
        before = folded[_stop_before(folded, _grammar.SENTENCE_STOP, sentence_start - 1) : pos]
        period, year = _period(before, titles, plan_section, year0, coming, plan_block)
    basis = _basis(clause + folded[pos:clause_end], before, q, key, period)
    if (
        period == "plan"
        and clause_start > sentence_start
        and _grammar.BARE_CHANGE.fullmatch(folded, clause_start, pos, _grammar.HOLD_GIL)
        and _grammar.AVERAGE_WORD.search(
            folded,
            _stop_before(folded, _grammar.CLAUSE_STOP, clause_start - 1),
            clause_start,
            _grammar.HOLD_GIL,
        )
    ):
        basis = "annual_average"  # 1982: 平均每年增加四十二亿元，增长百分之四点九
    return Target(
        quantity=q,
        name=q.name,
        indicator=key,
        line=q.span.line,
        start=q.span.start,
        end=q.span.end,
        qualifier=_qualifier(clause, q, folded[end:clause_end]),
        target_year=year,
        period=period,
        basis=basis,
    )


def _period(
    before: str,
    titles: str,
    plan_section: bool,
    year0: int | None,
    coming: int | None,
    plan_block: bool = False,
) -> tuple[str, int | None]:
    """``annual`` and the coming year, or ``plan`` and the plan's end year."""
    # 1982年是第六个五年计划的第二年: a year of the plan, not the plan
    plan = _grammar.PLAN_WORD.search(_grammar.YEAR_OF_PLAN.sub("", before), 0, None, _grammar.HOLD_GIL)
    explicit = None
    century = before.rfind("本世纪末")
    if century >= 0 and year0 is not None and year0 < 2000:
        # 到本世纪末…翻两番; not 根据到本世纪末…的目标和今后五年…，计划草案规定 (1986)
        rest = before[century:]
        if _grammar.PLAN_NAME.search(rest, 0, None, _grammar.HOLD_GIL) is None and "五年" not in rest:
            return "plan", 2000
    for m in _grammar.TARGET_YEAR.finditer(before, 0, None, False, _grammar.HOLD_GIL):
        y = _year_of(m)
        if before.endswith(("由", "从"), 0, m.start()) and not m.group("to"):
            continue  # 1981: 增长速度由今年预计的３％提高到４％: 今年 is where it starts
        if _grammar.LONG_RANGE.match(before, m.end(), None, _grammar.HOLD_GIL):
            continue  # 综合考虑实现2035年远景目标…，提出…年均增长5%—5.5% (2026 Hunan): the plan's
        if y is not None and year0 is not None and y > year0 + 1 and not before.endswith("按", 0, m.start()):
            return "plan", y  # 2015年国内生产总值将超过55万亿元
        if m.group("this"):
            explicit = year0
        elif m.group("next") and year0 is not None:
            explicit = year0 + 1
        elif y is not None and m.group("to") and year0 is not None and y > year0 + 1:
            return "plan", y
        elif y is not None and year0 is not None and year0 - 1 <= y <= year0 + 1:
            explicit = y  # 1981年国民经济计划主要指标: the year it names
    if plan is not None or (plan_section and (explicit is None or plan_block)):
        end = _plan_end(before)
        if (
            end is None
            and year0 is not None
            and (span := _grammar.YEARS_SPAN.search(before, 0, None, _grammar.HOLD_GIL)) is not None
        ):
            # 1981: 力争用二十年的时间使工农业总产值翻两番 (by 2000); 五年内 is the plan's
            years = hanzi_to_int(span.group("n")) if not span.group("n").isdigit() else int(span.group("n"))
            end = year0 + years - 1 if years is not None and years > PLAN_YEARS_EACH else None
        end = end or _plan_end(titles)
        if end is not None:
            return "plan", end
        return "plan", (year0 + PLAN_YEARS if year0 is not None else None)
    return "annual", explicit if explicit is not None else coming


def _plan_end(text: str) -> int | None:
    """The end year of the last plan ``text`` names (“十四五”, 第六个五年计划)."""
    end = None
    for m in _grammar.PLAN_NAME.finditer(text, 0, None, False, _grammar.HOLD_GIL):
        if m.group("plan"):
            end = PLAN_END_YEARS[m.group("plan")]
        elif (n := hanzi_to_int(m.group("nth"))) is not None and n >= 3:
            end = FIRST_PLAN_END + PLAN_YEARS_EACH * (n - 1)
    return end


def _basis(clause: str, before: str, q: Quantity, key: str | None, period: str) -> str:
    if period == "plan":
        if q.unit == "番":
            return "cumulative"  # 翻两番: doubled twice over the plan's years
        if _grammar.AVERAGE_WORD.search(clause, 0, None, _grammar.HOLD_GIL):
            return "annual_average"
        if _grammar.EACH_YEAR.search(before, 0, None, _grammar.HOLD_GIL):
            return "annual"  # 1982: 今后在年度计划的执行中，…力争财政赤字少于三十亿元
        if _grammar.CUMULATIVE_WORD.search(clause, 0, None, _grammar.HOLD_GIL):
            return "cumulative"  # 五年合计国家财政收入为五千九百五十三亿元 (1982)
        if q.unit not in ("%", "个百分点") and key != "jobs" and _names_a_year(before):
            return "level"  # 到一九八五年，全国粮食产量计划达到…；棉花三百六十万吨
        if (
            _grammar.LEVEL_BEFORE.search(before, 0, None, _grammar.HOLD_GIL)
            or (q.unit == "%" and not _grammar.CHANGE_WORD.search(clause, 0, None, _grammar.HOLD_GIL))
            or (key in PLAN_LEVELS and q.unit not in ("%", "个百分点"))
            or (q.qualifier is not None and q.qualifier.value == "over")
        ):
            return "level"  # 城镇化率从47.5%提高到51.5%, 地区生产总值突破1万亿元
        if q.unit not in ("%", "个百分点"):
            return "cumulative"  # 五年新增城镇就业5000万人, 建设2000万套
        if (
            _grammar.CUMULATIVE_WORD.search(before, 0, None, _grammar.HOLD_GIL)
            or key == "jobs"
            or (
                q.unit in ("%", "倍", "个百分点", "岁")
                and _grammar.CHANGE_WORD.search(clause, 0, None, _grammar.HOLD_GIL)
            )
        ):
            return "cumulative"
        return "level"
    if key in LEVEL_INDICATORS:
        return "level"
    if q.unit in ("%", "个百分点"):
        changes = (
            _grammar.CHANGE_WORD.search(clause, 0, None, _grammar.HOLD_GIL) is not None
            or q.change is not None
        )
        return "annual" if changes else "level"
    # an amount is the level of the year (粮食产量34250万吨, 投资控制在550亿元左右)
    # unless a change verb stands right before it (收入将增加近100亿元)
    return "annual" if _grammar.CHANGE_JUST_BEFORE.search(before, 0, None, _grammar.HOLD_GIL) else "level"


def _names_a_year(before: str) -> bool:
    """Whether the sentence before a plan's figure names the year it is for
    (其中一九八五年为…, 增加到一九八五年的…), with no total over the years after it
    (从一九八一年到一九八五年的五年间)."""
    last = None
    for m in _grammar.TARGET_YEAR.finditer(before, 0, None, False, _grammar.HOLD_GIL):
        if m.group("y") or m.group("hy"):
            last = m
    return (
        last is not None
        and _grammar.CUMULATIVE_WORD.search(before, last.end(), None, _grammar.HOLD_GIL) is None
    )


def _qualifier(clause: str, q: Quantity, after: str = "") -> str | None:
    if q.qualifier is not None:
        return TARGET_QUALIFIERS.get(q.qualifier.value, q.qualifier.value)
    series = _grammar.SERIES_QUALIFIER.match(
        after, 0, None, _grammar.HOLD_GIL
    ) or _grammar.SPACED_QUALIFIER.match(after, 0, None, _grammar.HOLD_GIL)
    if series is not None:
        # 分别增长5%、6.5%左右: 左右 qualifies both; 2011: 提高到70% 以上
        return AFTER[series.group("q")]
    if _grammar.AT_MOST_BEFORE.search(clause, 0, None, _grammar.HOLD_GIL):
        return "at-most"
    if _grammar.AT_LEAST_BEFORE.search(clause, 0, None, _grammar.HOLD_GIL):
        return "at-least"
    return None


def _bare_targets(
    folded: str,
    text: str,
    lead_at: int,
    figures: list[tuple[int, int]],
    block: Block,
    year0: int | None,
    coming: int | None,
    figure_lines: list[tuple[int, int]] | None,
    titles: str,
    plan_section: bool,
    aims_only: bool = False,
) -> list[Target]:
    """The clauses of a targets paragraph that name an indicator and no
    figure (进出口回稳向好, 居民收入增长和经济增长基本同步); ``figure_lines``
    places them in a block whose text is not its source slice; with ``aims_only``,
    of a plan's paragraph, the clauses that state an aim without a number
    (居民人均可支配收入达到全国平均水平, 稳步提高居民收入水平), in any of its sentences."""
    out = []
    for start, end, sync in _clauses_without_figures(folded, lead_at, figures):
        clause = folded[start:end]
        first = _first_indicator(clause)
        if first is None or (
            aims_only
            and not sync
            and _grammar.AIM_WITHOUT_NUMBER.search(clause, 0, None, _grammar.HOLD_GIL) is None
        ):
            continue
        keys = [_KEY_OF_WORD[first.group()]]
        found = {
            _KEY_OF_WORD[w.group()]
            for w in _grammar.INDICATOR_WORD.finditer(clause, 0, None, False, _grammar.HOLD_GIL)
        }
        if {"energy", "co2"} <= found:
            keys = ["energy", "co2"]  # 完成节能减排降碳任务: both
        lead = text[start:end].strip()
        period, year = _period(folded[lead_at:start], titles, plan_section, year0, coming)
        if figure_lines is None:
            line = block.span.line + text.count("\n", 0, start)
        else:
            # a block rebuilt from its lines: the line of the figure before the clause
            line = max((ln for p, ln in figure_lines if p <= start), default=block.span.line)
        s = block.span.start + start
        for key in keys:
            if period == "annual":
                # 粮食产量只增不减, 居民消费价格保持合理水平: levels
                basis = "level" if key in LEVEL_INDICATORS or "合理水平" in clause else "annual"
            else:
                basis = _plan_basis_without_number(clause, key, sync)
            out.append(Target(None, lead, key, line, s, s + len(text[start:end]), None, year, period, basis))
        if not aims_only and _grammar.SENTENCE_STOP.match(folded, end, None, _grammar.HOLD_GIL):
            break  # a targets paragraph's aims end with the sentence of the first one
    return out


def _first_indicator(clause: str) -> regex.Match[str] | None:
    """The first indicator wording of a clause without a figure that the
    clause aims at: not a share of it (制造业增加值占地区生产总值比重持续高于全国平均
    水平), nor its per-head value (人均地区生产总值接近发达经济体水平), nor a gap
    (进一步缩小城乡居民收入与全国平均水平差距)."""
    if "差距" in clause:
        return None
    for m in _grammar.INDICATOR_WORD.finditer(clause, 0, None, False, _grammar.HOLD_GIL):
        rest = clause[m.end() :]
        if not (clause.endswith(NOT_OF_INDICATOR, 0, m.start()) or "比重" in rest or "比例" in rest):
            return m
    return None


def _clauses_without_figures(
    folded: str, lead_at: int, figures: list[tuple[int, int]]
) -> Iterator[tuple[int, int, bool]]:
    """The clauses after ``lead_at`` that hold no figure, each with whether
    incomes grow with the economy in it; and where a clause holds a figure, an item of
    it stating that (2026 Fujian: 地区生产总值年均增长5%左右、居民人均可支配收入增长与
    经济增长同步等16个预期性指标)."""
    at = lead_at
    for m in _grammar.CLAUSE_STOP.finditer(folded, lead_at, None, False, _grammar.HOLD_GIL):
        start, end = at, m.start()
        at = m.end()
        if end - start >= 2:
            if not any(s < end and e > start for s, e in figures):
                yield start, end, _grammar.SYNC.search(folded, start, end, _grammar.HOLD_GIL) is not None
            else:
                for sync in _grammar.SYNC.finditer(folded, start, end, False, _grammar.HOLD_GIL):
                    item = _stop_before(folded, _grammar.ITEM_STOP, sync.start(), start)
                    if not any(s < sync.end() and e > item for s, e in figures):
                        yield item, sync.end(), True


def _plan_basis_without_number(clause: str, key: str, sync: bool) -> str:
    """The basis of a plan's aim stated without a number."""
    if sync or _grammar.AVERAGE_WORD.search(clause, 0, None, _grammar.HOLD_GIL):
        return "annual_average"  # 居民收入增长与经济增长同步, over the plan's years
    if key in ("energy", "co2"):
        return "cumulative"  # 碳排放强度…完成国家下达任务: a plan's cut is over its years
    if _grammar.GROWTH_RATE.search(clause, 0, None, _grammar.HOLD_GIL):
        return "annual_average"  # 经济增速保持高于全国平均水平 (2026 Sichuan)
    if _grammar.CHANGE_WORD.search(clause, 0, None, _grammar.HOLD_GIL):
        return "annual"  # 稳步提高居民收入水平 (2026 Henan)
    return "level"  # 居民人均可支配收入达到全国平均水平 (2026 Chongqing)


#: At most this many characters between an outcome's indicator and its figure.
OUTCOME_GAP = 12

#: Qualifiers of a target's figure, never of an outcome (增长7%以上, 控制在3%以内).
TARGET_BOUNDS = frozenset({Qualifier.AT_LEAST, Qualifier.AT_MOST})

#: Indicators for which a lower outcome than the target meets it.
LOWER_MEETS = frozenset({"cpi", "unemployment_surveyed", "unemployment_registered"})


class Outcome(NamedTuple):
    """What a report states an indicator came to in the year it reviews."""

    value: Decimal
    raw: str
    line: int


def stated_outcomes(report: Report) -> tuple[int | None, dict[tuple[str, str | None], Outcome]]:
    """The year ``report`` reviews and, by indicator and unit, the figure of
    its review that states the indicator's outcome in that year (2024: 国内生产
    总值增长5.2%; 2017: 74.4万亿元 is the level, not the growth).

    Only the review counts (the report up to its targets paragraph), and in
    it only a figure of the reviewed year: not one of a review of five years
    (五年来, 年均增长7.1%), of another year named before it (从1997年的7.4万亿元),
    where a change began (从54万亿元增加到…), nor a target quoted.  Of several,
    the first whose sentence names the year (全年, 刚刚过去的2017年) wins, else
    the first."""
    year0 = delivery_year(report)
    # 1981 (delivered in December) reviews 1981 (今年) and sets the targets of 1982
    reviewed = None if year0 is None else year0 if _late(report) else year0 - 1
    best: dict[tuple[str, str | None], tuple[int, Outcome]] = {}

    def offer(key: str, unit: str | None, rank: int, outcome: Outcome) -> None:
        have = best.get((key, unit))
        if have is None or rank < have[0]:
            best[(key, unit)] = (rank, outcome)

    several_titles: str | None = None  # a review of several years going on from the block before
    for block, titles, review_section in _blocks(report):
        text = block.text
        folded = fold(text)
        lead = _grammar.TARGETS_LEAD.search(folded, 0, None, _grammar.HOLD_GIL)
        if lead is not None and review_section and not _mentions_coming(folded, lead.start(), year0):
            lead = None  # 低于13%左右的预期目标: a past target quoted in the review
        review_over = False
        if lead is not None:
            sentence = folded[_stop_before(folded, _grammar.SENTENCE_STOP, lead.start()) : lead.end()]
            if _grammar.PLAN_WORD.search(f"{titles} {sentence}", 0, None, _grammar.HOLD_GIL) is not None:
                continue  # 2011: 二、“十二五”时期的主要目标和任务 before 过去一年，…增长10.3%
            # the review is over where the year's targets begin, also inside a
            # review section that a text without line breaks never closes
            # (徐水区 2019: …二、2019年…主要预期目标：生产总值同比增长8%)
            review_over = _grammar.ANNUAL_LEAD.search(sentence, 0, None, _grammar.HOLD_GIL) is not None
        carried = several_titles == titles
        several_titles = titles if _several(folded, len(folded), titles, carried, reviewed) else None
        base = block.span.start
        exact = len(text) == block.span.end - base
        for q in block.quantities:
            pos = q.span.start - base if exact else _locate(text, q, base)
            if q.value is None or not 0 <= pos < len(folded) or (lead is not None and pos >= lead.start()):
                continue
            if q.qualifier in TARGET_BOUNDS or q.raw.rstrip().endswith(("左右", "上下")):
                continue  # 增长9%左右, 7%以上: a target's figure, not an outcome
            key = _outcome_key(folded, pos)
            if (
                key is None
                or _several(folded, pos, titles, carried, reviewed)
                or _other_year(folded, pos, reviewed)
            ):
                continue
            sentence_start = _stop_before(folded, _grammar.SENTENCE_STOP, pos)
            rank = 0 if _names_reviewed(folded, sentence_start, pos, reviewed) else 1
            end = pos + len(q.raw)
            if _grammar.TO_WORD.match(folded, end, None, _grammar.HOLD_GIL) is None and not folded.startswith(
                "增加到", end
            ):
                offer(key, q.unit, rank, Outcome(q.value, q.raw, q.span.line))
            change = q.change
            if change is None or change.amount is None:
                continue
            base_year = _grammar.TITLE_YEAR.search(change.basis or "", 0, None, _grammar.HOLD_GIL)
            if base_year is not None and reviewed is not None and int(base_year.group("y")) != reviewed - 1:
                continue  # 比2002年增长65.5%: five years' growth, not the year's
            # 国内生产总值达到63.6万亿元，比上年增长7.4%: the growth is the level's
            # change; 达到82.7万亿元，年均增长7.1%: an average, no year's growth
            if exact:
                between = folded[end : change.span.start - base]
            else:
                between = folded[end : _stop_after(folded, _grammar.CLAUSE_STOP, end + 1)]
            raw = (
                text[change.span.start - base : change.span.end - base]
                if exact
                else f"{change.amount}{change.unit or ''}"
            )
            if any(
                _grammar.NOT_OUTCOME.search(t, 0, None, _grammar.HOLD_GIL)
                or _grammar.AVERAGE_WORD.search(t, 0, None, _grammar.HOLD_GIL)
                for t in (between, fold(raw))
            ):
                continue
            offer(key, change.unit, rank, Outcome(change.amount, raw, change.span.line))
        if review_over:
            break
    return reviewed, {key: outcome for key, (_, outcome) in best.items()}


def _outcome_key(folded: str, pos: int) -> str | None:
    """The indicator whose outcome the figure at ``pos`` states: the wording
    just before it in its clause (国内生产总值增长5.2%), or in the clause before
    a clause of change words alone (国内生产总值突破３万亿元大关，比上年增长百分之十三点四)."""
    clause_start = _stop_before(folded, _grammar.CLAUSE_STOP, pos)
    word = None
    for m in _grammar.INDICATOR_WORD.finditer(folded, clause_start, pos, False, _grammar.HOLD_GIL):
        word = m
    if word is not None and folded.endswith(NOT_OF_INDICATOR, 0, word.start()):
        return None  # 人均国内生产总值突破1000美元 is no GDP
    if word is None:
        if not _grammar.OUTCOME_CHANGE.fullmatch(folded, clause_start, pos, _grammar.HOLD_GIL):
            return None
        stop = clause_start - 1
        start = _stop_before(folded, _grammar.CLAUSE_STOP, max(stop, 0))
        if stop > 0 and _grammar.OUTCOME_ASIDE.fullmatch(folded, start, stop, _grammar.HOLD_GIL):
            stop = start - 1
            start = _stop_before(folded, _grammar.CLAUSE_STOP, max(stop, 0))
        if stop <= 0 or _grammar.SENTENCE_STOP.match(folded, stop, None, _grammar.HOLD_GIL):
            return None  # no clause before it in its sentence
        for m in _grammar.INDICATOR_WORD.finditer(folded, start, stop, False, _grammar.HOLD_GIL):
            word = m
        if word is None or _grammar.NOT_OUTCOME.search(folded, word.end(), stop, _grammar.HOLD_GIL):
            return None
    # 国内生产总值…对世界经济增长贡献率超过30%: a share, not the growth
    elif pos - word.end() > OUTCOME_GAP or _grammar.NOT_OUTCOME.search(
        folded, word.end(), pos, _grammar.HOLD_GIL
    ):
        return None
    if (
        _grammar.TARGET_CUE.search(folded, clause_start, pos, _grammar.HOLD_GIL)
        or _grammar.PLAN_WORD.search(folded, clause_start, pos, _grammar.HOLD_GIL)
        or _grammar.QUOTED_TARGET.search(folded, clause_start, pos, _grammar.HOLD_GIL)
    ):
        return None  # 年均增长: a five-year average, not the year's outcome
    if "分别" in folded[word.end() : pos]:
        return None  # 城镇和农村居民人均可支配收入分别达35512元、25689元: which is which
    since = None
    for m in _grammar.FROM_WORD.finditer(folded, word.end(), pos, False, _grammar.HOLD_GIL):
        since = m
    if since is not None and _grammar.TO_WORD.search(folded, since.end(), pos, _grammar.HOLD_GIL) is None:
        return None  # 从54万亿元增加到…: where the change began
    return _KEY_OF_WORD[word.group()]


def _names_reviewed(folded: str, start: int, end: int, reviewed: int | None) -> bool:
    """Whether ``folded[start:end]`` names the reviewed year (全年, 去年, 2017年)."""
    if _grammar.REVIEW_YEAR_WORD.search(folded, start, end, _grammar.HOLD_GIL):
        return True
    return reviewed is not None and any(
        _year_of(m) == reviewed
        for m in _grammar.TARGET_YEAR.finditer(folded, start, end, False, _grammar.HOLD_GIL)
    )


def _several(folded: str, pos: int, titles: str, carried: bool, reviewed: int | None) -> bool:
    """Whether ``pos`` stands in a review of several years (五年来, or a
    section 一、过去五年工作回顾, or a paragraph after one that began it) with
    no word of the reviewed year since (2018: 刚刚过去的2017年)."""
    last = None
    for m in _grammar.SEVERAL_YEARS.finditer(folded, 0, pos, False, _grammar.HOLD_GIL):
        last = m
    if (
        last is None
        and not carried
        and _grammar.SEVERAL_YEARS.search(titles, 0, None, _grammar.HOLD_GIL) is None
    ):
        return False
    return not _names_reviewed(folded, last.end() if last is not None else 0, pos, reviewed)


def _other_year(folded: str, pos: int, reviewed: int | None) -> bool:
    """Whether the last year the figure's sentence names before it is not the
    reviewed one (2003: 国内生产总值从1997年的7.4万亿元)."""
    last = None
    for m in _grammar.TARGET_YEAR.finditer(
        folded, _stop_before(folded, _grammar.SENTENCE_STOP, pos), pos, False, _grammar.HOLD_GIL
    ):
        if (y := _year_of(m)) is not None:
            last = y
    return last is not None and reviewed is not None and last != reviewed


def met(indicator: str | None, qualifier: str | None, target: Decimal | None, low: Decimal | None,
        high: Decimal | None, outcome: Decimal | None) -> bool | None:  # fmt: skip
    """Whether ``outcome`` meets a target: a cap (``at-most``) is met at or
    under it, a floor (``at-least``, ``over``) at or over it; an approximate
    or plain target is met at or over it, or at or under it for prices and
    unemployment; a range by its near end.

    >>> met("gdp", "approx", Decimal(5), None, None, Decimal("5.2"))
    True
    >>> met("cpi", "approx", Decimal(3), None, None, Decimal("0.2"))
    True
    >>> met("gdp", None, None, Decimal(6), Decimal("6.5"), Decimal("5.9"))
    False
    """
    if outcome is None:
        return None
    lower = indicator in LOWER_MEETS
    if qualifier == "at-most" or (qualifier not in ("at-least", "over") and lower):
        bound = high if target is None else target
        return None if bound is None else outcome <= bound
    bound = low if target is None else target
    return None if bound is None else outcome >= bound
