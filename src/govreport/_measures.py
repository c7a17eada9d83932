"""Split section bodies into measures and plain paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govreport import _grammar, _make
from govreport._headings import enum_start
from govreport._layout import DASH, TEXT, Unit
from govreport._numerals import hanzi_to_int
from govreport._quantities import scan, scan_row
from govreport._tables import measures
from govreport.models import Block, Item, Marker, MarkerFamily, Measure, Paragraph, Quantity, Span

#: A paragraph opening with a sentence this short (up to 。；：) is a measure…
LEAD_MAX = 30
#: …when at least this much text follows the lead.  A short remainder marks a
#: remark, not a measure (seed 003: 现在,我代表…请予审议。请各位…提出意见。).
BODY_MIN = 40
#: A first sentence stating an obligation may be this long and still lead…
OBLIGATION_MAX = 100
#: …when it has fewer clauses than this (one action, not a list of policies).
OBLIGATION_CLAUSES = 5
#: The longest unmarked headline that makes its paragraph a measure (a
#: paragraph whose first sentence is longer states, it does not head),
#: unless it opens with an action verb (then up to ``LEAD_MAX``).
HEADLINE_MAX = 25


def _enum_marker(unit: Unit, m: regex.Match[str]) -> tuple[Marker, int, int]:
    """The marker of an enumeration match, where it starts in ``unit.text``,
    and where the item's content starts (after 第一's comma)."""
    shi = m.groupdict().get("shi")  # (a match of one family's pattern has no group of the other)
    family = MarkerFamily.ENUM_SHI if shi is not None else MarkerFamily.ENUM_DI
    ordinal = hanzi_to_int(shi or m.group("di") or "")
    start = m.start("shi") if shi is not None else m.start("di") - 1  # include 第
    end = m.end()
    span = unit.span(start, end)  # its text from the source: a line break inside stays, as in the span
    marker = _make.marker(unit.source[span.start : span.end], family, ordinal, span)
    content = end
    while content < len(unit.folded) and unit.folded[content] in ",、: ":
        content += 1
    return marker, start, content


def items_of(unit: Unit, start: int) -> tuple[Item, ...]:
    """Inline enumeration items (一是…二是…, 第一,…第二,…) in ``unit.text[start:]``.

    Only a run numbered 1, 2, 3 … of one family, at least two items long, counts.
    """
    found: list[tuple[Marker, int, int]] = []
    f = unit.folded
    opening = enum_start(f, start)
    inline = sorted(
        (
            m
            for pattern in (_grammar.INLINE_ENUM_SHI, _grammar.INLINE_ENUM_DI)
            for m in pattern.finditer(f, start, None, False, _grammar.HOLD_GIL)
            # (the punctuation before the marker and the spaces after it inside f[start:])
            if not f[m.start() - 1].isspace() or f[start : m.start()].strip()
        ),
        key=regex.Match.start,
    )
    matches = ([opening] if opening else []) + inline
    for m in matches:
        marker, at, content = _enum_marker(unit, m)
        if marker.ordinal == len(found) + 1 and (not found or found[0][0].family is marker.family):
            found.append((marker, at, content))
    if len(found) < 2:
        return ()
    items = []
    for k, (marker, at, content) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else len(unit.text)
        stop = len(unit.text[:stop].rstrip())
        items.append(_make.item(marker, unit.text[content:stop], unit.span(at, stop)))
    return tuple(items)


def blocks_of(
    units: Sequence[Unit], *, opening: bool = False, closing: bool = False, summary: bool = False
) -> list[Block]:
    """The blocks of a run of body paragraphs, in source order.

    A lead alone on its line takes the paragraph after it as its detail:
    ``推动自由贸易港政策红利加速释放。`` / ``加紧推进…`` is one measure spanning
    both lines (and ``这一年,我们…。`` / ``…`` one framing paragraph).  The
    paragraph after an address (``各位代表!``) is a remark, not a measure.
    After a list announced on its own line (``将采取以下措施:``), the items
    are measures whatever their length; after ``主要指标安排如下。``, plain
    paragraphs.  With ``opening`` (a section's body), the first paragraph is
    the section's opening summary unless its lead is short or numbered; with
    ``summary`` too (the one paragraph between a heading and its numbered
    items), a summary however short its lead; with ``closing`` (what closes a
    list of measures), a summary unless numbered.
    """
    blocks: list[Block] = []
    listing: str | None = None
    k = 0
    while k < len(units):
        unit = units[k]
        if closing and k == 0:
            blocks.append(summary_for(unit))
        elif k > 0 and _plain(unit) and units[k - 1].folded.startswith(_grammar.ADDRESS_WORDS):
            blocks.append(_paragraph(unit, 0))
        elif k + 1 < len(units) and _takes_next(unit, units[k + 1]):
            blocks.append(_with_detail(unit, units[k + 1]))
            k += 1
        elif (
            listing is not None and _plain(unit) and not _is_framing(unit, 0) and not enum_start(unit.folded)
        ):
            if listing == "measures":
                blocks.append(_measure(unit, 0, _lead_start(unit.folded, 0), None))
            else:
                blocks.append(_paragraph(unit, 0))
        elif opening and k == 0 and summary and _plain(unit) and not enum_start(unit.folded):
            blocks.append(_paragraph(unit, 0))
        else:
            blocks.append(block_for(unit, obliges=not (opening and k == 0)))
        opened = _announces(units[k])
        if opened is not None:
            # "" (以下几点体会:) is a list of something else: its items are paragraphs
            listing = opened
        k += 1
    return blocks


def _announces(unit: Unit) -> str | None:
    """What the items of a list announced by ``unit`` alone are (a value of
    ``LIST_ITEMS``), ``""`` for a list of something else (以下问题), or
    ``None`` when ``unit`` announces no list."""
    end = unit.lead_stop()
    if end < 0:
        return None
    f = unit.folded.rstrip()
    if end + 1 != len(f) or not (f[end] == ":" or "以下" in f or "如下" in f):
        return None
    m = _grammar.LIST_OPENER.search(f, 0, end + 1, _grammar.HOLD_GIL)
    return measures.LIST_ITEMS[m.group("what")] if m else ""


def block_for(unit: Unit, start: int = 0, *, obliges: bool = True) -> Block:
    """The block ``unit.text[start:]`` is: a measure or a plain paragraph.
    ``obliges``: a long first sentence stating an obligation makes a measure."""
    f = unit.folded
    if unit.marker is not None and unit.marker.family is DASH and start == 0:
        # —— bullets are measures
        marker = _make.marker(unit.text[: unit.marker.end], DASH, None, unit.span(0, unit.marker.end))
        return _measure(unit, start, _skip_spaces(f, unit.marker.end), marker)
    opening = enum_start(f, start)
    if opening is not None:
        marker, _, content = _enum_marker(unit, opening)
        return _measure(unit, start, content, marker, colon=False)
    if _is_framing(unit, start):
        return _paragraph(unit, start)
    lead_start = _lead_start(f, start)
    end = unit.lead_stop(lead_start)
    if (
        lead_start < end <= lead_start + LEAD_MAX
        and (
            end - lead_start <= HEADLINE_MAX
            or _grammar.ACTION_VERB.match(f, lead_start, None, _grammar.HOLD_GIL)
        )
        and len(f[end + 1 :].strip()) >= BODY_MIN
        and _headline(unit, lead_start, end)
    ) or items_of(unit, start):
        return _measure(unit, start, lead_start, None)
    if obliges and _obliges(unit, lead_start):
        return _measure(unit, start, lead_start, None)
    return _paragraph(unit, start)


def summary_for(unit: Unit, start: int = 0) -> Block:
    """A section's opening summary (the text after its heading on its line) or
    a paragraph closing a list: plain, unless it opens with 一是 or ——."""
    if enum_start(unit.folded, start) or (unit.marker is not None and start == 0):
        return block_for(unit, start)
    return _paragraph(unit, start)


def _is_framing(unit: Unit, start: int) -> bool:
    """A paragraph that frames rather than reports — a framing
    opener (这一年,我们…), an address (各位代表!…), an endnote, a first
    sentence ending in a colon (a transition, a list or a quotation announced:
    主要预期目标是:…) or stating a view, a problem or a slogan."""
    f = unit.folded
    if (
        _grammar.FRAMING.match(f, start, None, _grammar.HOLD_GIL)
        or f.startswith(_grammar.ADDRESS_WORDS, start)
        or _grammar.NOTE.match(f, start, None, _grammar.HOLD_GIL)
    ):
        return True
    end = unit.lead_stop(start)
    return (end >= 0 and f[end] == ":") or _grammar.STATEMENT.search(
        f, start, end if end >= 0 else len(f), _grammar.HOLD_GIL
    ) is not None


def _headline(unit: Unit, start: int, end: int) -> bool:
    """Whether ``unit.folded[start:end]`` reads as a headline: it states an
    action, not a figure (1979年大专学校在校学生102万人, 计划生育,人口自然增长率
    为1%, 我国有上亿市场主体)."""
    if _grammar.FIGURE_CHAR.search(unit.folded, start, end, _grammar.HOLD_GIL) is None:
        return True  # no character a figure starts with: no need to scan
    return not scan(unit.folded, unit.text, unit.source, unit.span, start, end)


def _obliges(unit: Unit, start: int) -> bool:
    """A first sentence (up to ``OBLIGATION_MAX`` long) that states one
    obligation (机械工业要根据…, 金属材料的发展,必须…): a measure however long
    its lead.  The obligation opens the sentence, in its first two clauses, and
    the sentence has few clauses: 要正确把握宏观政策取向,继续实施…,实施…,加强…,
    确保…,促进… sums up a year's policy, and …,…,…,要做好打硬仗的充分准备
    concludes a view."""
    f = unit.folded
    end = unit.lead_stop(start)
    stop = end if end >= 0 else len(f)
    if stop - start > OBLIGATION_MAX:
        return False
    clauses = [m.start() for m in _grammar.CLAUSE_COMMA.finditer(f, start, stop, False, _grammar.HOLD_GIL)]
    if len(clauses) >= OBLIGATION_CLAUSES:
        return False
    first_two = clauses[1] if len(clauses) > 1 else stop
    return _grammar.OBLIGATION.search(f, start, first_two, _grammar.HOLD_GIL) is not None


def _lead_start(f: str, start: int) -> int:
    """Where a lead starts: after 首先, and the like."""
    opener = _grammar.LEAD_OPENER.match(f, start, None, _grammar.HOLD_GIL)
    return opener.end() if opener else start


def _takes_next(unit: Unit, nxt: Unit) -> bool:
    """Whether ``unit`` is a short sentence alone on its line whose detail is
    the paragraph ``nxt`` (or an endnote's term whose text it is)."""
    if not _plain(nxt) or enum_start(nxt.folded) or not adjacent(unit, nxt):
        return False
    f = unit.folded.rstrip()
    if _grammar.NOTE.match(f, 0, None, _grammar.HOLD_GIL):
        return f.endswith(":")
    return _alone(unit) and not _alone(nxt) and _announces(unit) is None and _announces(nxt) is None


def adjacent(unit: Unit, nxt: Unit) -> bool:
    """Whether only blank lines lie between two units (no page chrome: a
    block spanning both must not take in text it leaves out)."""
    return not unit.source[unit.end : nxt.start].strip()


def _alone(unit: Unit) -> bool:
    """A short sentence alone on its line (or a framing sentence followed by
    a short one: 五年来,我们…。政策体系持续完善。)."""
    f = unit.folded.rstrip(_grammar.CLOSERS + " ")
    if not _plain(unit) or not f or f[-1] not in "。!?;" or enum_start(f):
        return False
    first = unit.lead_stop()  # (the same in ``f``: what was stripped holds none)
    assert first >= 0
    if first + 1 == len(f):
        return 0 < first <= LEAD_MAX and _headline(unit, 0, first)
    second = unit.lead_stop(first + 1)
    assert second >= 0
    return (
        bool(_grammar.FRAMING.match(f, 0, None, _grammar.HOLD_GIL))
        and second + 1 == len(f)
        and second - first - 1 <= LEAD_MAX
    )


def _plain(unit: Unit) -> bool:
    """An unnumbered paragraph of text (no bullet, no address)."""
    return unit.kind is TEXT and unit.marker is None and not unit.folded.startswith(_grammar.ADDRESS_WORDS)


def _paragraph(unit: Unit, start: int) -> Paragraph:
    return _make.paragraph(unit.text[start:], unit.span(start), quantities_of(unit, start))


def quantities_of(unit: Unit, start: int) -> tuple[Quantity, ...]:
    """The figures in ``unit.text[start:]``; a table row's by its columns."""
    if unit.source[unit.start] == "|" and start == 0:
        # | 汽车 | 辆 | 363399 | 1.9 |: a table row is one line
        base = unit.start
        figures = scan_row(unit.source, base, unit.end, lambda i, j: unit.span(i - base, j - base))
        if figures is not None:
            return figures
    return scan(unit.folded, unit.text, unit.source, unit.span, start)


def _skip_spaces(f: str, i: int) -> int:
    while i < len(f) and f[i] == " ":
        i += 1
    return i


def _measure(
    unit: Unit,
    start: int,
    lead_start: int,
    marker: Marker | None,
    rest: Sequence[Unit] = (),
    *,
    colon: bool = True,
) -> Measure:
    """A measure of ``unit.text[start:]`` and the paragraphs ``rest`` (its
    detail), its lead from ``lead_start`` to the end of its first sentence
    (or clause ending in a colon, with ``colon``)."""
    if colon:
        end = unit.lead_stop(lead_start)
    else:
        m = _grammar.SENTENCE_END.search(unit.folded, lead_start, None, _grammar.HOLD_GIL)
        end = m.start() if m else -1
    return _joined(unit, start, rest, (lead_start, end if end >= 0 else len(unit.text)), marker)


def numbered_measure(heading: Unit, marker: Marker, body: Sequence[Unit]) -> Measure:
    """A numbered item that is a measure: its title is the lead,
    its text the rest of its line and the paragraph under it, if any."""
    assert heading.title is not None
    ts, te, _ = heading.title
    return _joined(heading, ts, body, (ts, te), marker, span_from=0)


def _with_detail(unit: Unit, detail: Unit) -> Block:
    """A short sentence alone on its line and its detail, the paragraph after
    it: one measure, or one paragraph when the sentence frames."""
    if _is_framing(unit, 0):
        text, span, quantities = _join(unit, 0, (detail,))
        return _make.paragraph(text, span, quantities)
    return _measure(unit, 0, _lead_start(unit.folded, 0), None, (detail,))


def _join(
    first: Unit, start: int, rest: Sequence[Unit], span_from: int | None = None
) -> tuple[str, Span, tuple[Quantity, ...]]:
    """The text, span and figures of ``first.text[start:]`` and the paragraphs
    ``rest``, their texts joined by line breaks.  The span starts at
    ``span_from`` (a numbered item's marker), by default at ``start``."""
    text = "\n".join([first.text[start:]] + [u.text for u in rest])
    at = first.span(start if span_from is None else span_from)
    span = _make.span(at.start, (rest[-1] if rest else first).end, at.line)
    return text, span, quantities_of(first, start) + tuple(q for u in rest for q in quantities_of(u, 0))


def _joined(
    first: Unit,
    start: int,
    rest: Sequence[Unit],
    lead: tuple[int, int],
    marker: Marker | None,
    span_from: int | None = None,
) -> Measure:
    """The measure of ``first.text[start:]`` and the paragraphs ``rest``, its
    lead at ``lead`` in ``first.text`` (see :func:`_join`)."""
    text, span, quantities = _join(first, start, rest, span_from)
    ls, le = lead
    return _make.measure(
        lead=first.text[ls:le].strip(),
        lead_span=first.span(ls, le),
        text=text,
        span=span,
        marker=marker,
        items=items_of(first, start) + tuple(i for u in rest for i in items_of(u, 0)),
        quantities=quantities,
    )
