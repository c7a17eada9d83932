"""Split section bodies into measures and plain paragraphs (DESIGN §5)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from govreport import _grammar
from govreport._layout import Unit
from govreport._numerals import hanzi_to_int
from govreport._quantities import scan
from govreport.models import Block, Item, Marker, MarkerFamily, Measure, Paragraph, Quantity, Span

#: A paragraph opening with a sentence this short (up to 。；：) is a measure…
LEAD_MAX = 30
#: …when at least this much text follows the lead.  A short remainder marks a
#: remark, not a measure (seed 003: 现在,我代表…请予审议。请各位…提出意见。).
BODY_MIN = 40


def _enum_marker(unit: Unit, m: regex.Match[str]) -> tuple[Marker, int, int]:
    """The marker of an enumeration match, where it starts in ``unit.text``,
    and where the item's content starts (after 第一's comma)."""
    is_shi = m.group("shi") is not None
    family = MarkerFamily.ENUM_SHI if is_shi else MarkerFamily.ENUM_DI
    ordinal = hanzi_to_int(m.group("shi") or m.group("di") or "")
    start = m.start("shi") if is_shi else m.start("di") - 1  # include 第
    end = m.end()
    marker = Marker(text=unit.text[start:end], family=family, ordinal=ordinal, span=unit.span(start, end))
    content = end
    while content < len(unit.folded) and unit.folded[content] in ",、: ":
        content += 1
    return marker, start, content


def items_of(unit: Unit, start: int) -> tuple[Item, ...]:
    """Inline enumeration items (一是…二是…, 第一,…第二,…) in ``unit.text[start:]``.

    Only a run numbered 1, 2, 3 … of one family, at least two items long, counts.
    """
    found: list[tuple[Marker, int, int]] = []
    opening = _grammar.ENUM_START.match(unit.folded, start)
    matches = ([opening] if opening else []) + list(_grammar.INLINE_ENUM.finditer(unit.folded, start))
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
        items.append(Item(marker=marker, text=unit.text[content:stop], span=unit.span(at, stop)))
    return tuple(items)


def block_for(unit: Unit, start: int = 0) -> Block:
    """The block ``unit.text[start:]`` is: a measure or a plain paragraph."""
    f = unit.folded
    text = unit.text[start:]
    span = unit.span(start)
    if unit.marker is not None and unit.marker.family is MarkerFamily.DASH and start == 0:
        # —— bullets are measures (DESIGN §5.3)
        marker = Marker(
            text=unit.text[: unit.marker.end],
            family=MarkerFamily.DASH,
            ordinal=None,
            span=unit.span(0, unit.marker.end),
        )
        lead_start = _skip_spaces(f, unit.marker.end)
        return _measure(unit, start, lead_start, _grammar.LEAD_END, marker)
    opening = _grammar.ENUM_START.match(f, start)
    if opening is not None:
        marker, _, content = _enum_marker(unit, opening)
        return _measure(unit, start, content, _grammar.SENTENCE_END, marker)
    end = _grammar.LEAD_END.search(f, start, start + LEAD_MAX + 1)
    if (
        end is not None
        and end.start() > start
        and len(f[end.end() :].strip()) >= BODY_MIN
        and not _grammar.ADDRESS.match(f, start)
    ):
        return _measure(unit, start, start, _grammar.LEAD_END, None)
    items = items_of(unit, start)
    if items:
        return _measure(unit, start, start, _grammar.LEAD_END, None, items)
    return Paragraph(text=text, span=span, quantities=quantities_of(unit, start))


def quantities_of(unit: Unit, start: int) -> tuple[Quantity, ...]:
    """The figures in ``unit.text[start:]``."""
    return scan(unit.folded, unit.text, unit.source, unit.span, start)


def _skip_spaces(f: str, i: int) -> int:
    while i < len(f) and f[i] == " ":
        i += 1
    return i


def _measure(
    unit: Unit,
    start: int,
    lead_start: int,
    lead_end: regex.Pattern[str],
    marker: Marker | None,
    items: tuple[Item, ...] | None = None,
) -> Measure:
    m = lead_end.search(unit.folded, lead_start)
    stop = m.start() if m is not None else len(unit.text)
    return Measure(
        lead=unit.text[lead_start:stop].strip(),
        lead_span=unit.span(lead_start, stop),
        text=unit.text[start:],
        span=unit.span(start),
        marker=marker,
        items=items_of(unit, start) if items is None else items,
        quantities=quantities_of(unit, start),
    )


def numbered_measure(heading: Unit, marker: Marker, body: Sequence[Unit]) -> Measure:
    """A numbered item without numbered children (DESIGN §5.1): its title is the
    lead, its text the rest of its line and the paragraphs under it."""
    assert heading.title is not None
    ts, te, _ = heading.title
    parts = [heading.text[ts:]] + [u.text for u in body]
    items = items_of(heading, ts) + tuple(i for u in body for i in items_of(u, 0))
    last = body[-1] if body else heading
    return Measure(
        lead=heading.text[ts:te].strip(),
        lead_span=heading.span(ts, te),
        text="\n".join(parts),
        span=Span(start=heading.start, end=last.end, line=heading.line),
        marker=marker,
        items=items,
        quantities=quantities_of(heading, ts) + tuple(q for u in body for q in quantities_of(u, 0)),
    )
