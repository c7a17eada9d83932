"""Model objects built on the hot paths without attrs' frozen ``__init__``.

A frozen attrs class sets each field through ``object.__setattr__`` called
by name (about 1,100 machine instructions a field): a :class:`Quantity` costs
19,000 instructions to build, a :class:`Span` 6,600, more than reading the
figure.  Here the fields are set on a plain slotted twin of the class, with
the same slots in the same order, which then becomes the model class by a
``__class__`` assignment (Python allows it between classes of one layout):
3,000 instructions for a :class:`Quantity`.  The object is the same in every
respect (type, equality, hash, frozen, pickling), as the tests check.
The outline builds its sections, markers, measures and paragraphs the same
way: a heading-dense text makes a Section, a Marker and three Spans per line.

This module is never compiled (mypyc makes classes native, of another
layout); the compiled modules call it like any other.
"""

from __future__ import annotations

from decimal import Decimal

from govreport.models import (
    Block,
    Change,
    Item,
    Marker,
    MarkerFamily,
    Measure,
    Paragraph,
    Qualifier,
    Quantity,
    Section,
    Span,
)


class _SpanTwin:
    # Span's slots in Span's order: the layout must be the same (not sorted)
    __slots__ = ("start", "end", "line")  # noqa: RUF023
    start: int
    end: int
    line: int


class _QuantityTwin:
    # Quantity's slots in Quantity's order (not sorted)
    __slots__ = (  # noqa: RUF023
        "raw",
        "span",
        "value",
        "number",
        "scale",
        "unit",
        "dimension",
        "qualifier",
        "low",
        "high",
        "name",
        "change",
        "is_target",
    )
    raw: str
    span: Span
    value: Decimal | None
    number: Decimal
    scale: int
    unit: str | None
    dimension: str | None
    qualifier: Qualifier | None
    low: Decimal | None
    high: Decimal | None
    name: str | None
    change: Change | None
    is_target: bool


class _MarkerTwin:
    # Marker's slots in Marker's order (not sorted)
    __slots__ = ("text", "family", "ordinal", "span")  # noqa: RUF023
    text: str
    family: MarkerFamily
    ordinal: int | None
    span: Span


class _ItemTwin:
    # Item's slots in Item's order (not sorted)
    __slots__ = ("marker", "text", "span")  # noqa: RUF023
    marker: Marker
    text: str
    span: Span


class _ParagraphTwin:
    # Paragraph's slots in Paragraph's order (not sorted)
    __slots__ = ("text", "span", "quantities")  # noqa: RUF023
    text: str
    span: Span
    quantities: tuple[Quantity, ...]


class _MeasureTwin:
    # Measure's slots in Measure's order (not sorted)
    __slots__ = ("lead", "lead_span", "text", "span", "marker", "items", "quantities")  # noqa: RUF023
    lead: str
    lead_span: Span
    text: str
    span: Span
    marker: Marker | None
    items: tuple[Item, ...]
    quantities: tuple[Quantity, ...]


class _SectionTwin:
    # Section's slots in Section's order (not sorted)
    __slots__ = (  # noqa: RUF023
        "marker",
        "title",
        "title_span",
        "heading_span",
        "depth",
        "span",
        "blocks",
        "children",
    )
    marker: Marker | None
    title: str
    title_span: Span
    heading_span: Span
    depth: int
    span: Span
    blocks: tuple[Block, ...]
    children: tuple[Section, ...]


_become = object.__setattr__
# Each builder returns its twin, now of the model's class, as the model (an ignore
# rather than ``typing.cast``, which would cost a function call per object).


def span(start: int, end: int, line: int) -> Span:
    """``Span(start=start, end=end, line=line)``, built faster."""
    s = _SpanTwin()
    s.start, s.end, s.line = start, end, line
    _become(s, "__class__", Span)
    return s  # type: ignore[return-value]


def quantity(
    *,
    raw: str,
    span: Span,
    value: Decimal | None,
    number: Decimal,
    scale: int,
    unit: str | None,
    dimension: str | None,
    qualifier: Qualifier | None,
    low: Decimal | None,
    high: Decimal | None,
    name: str | None,
    change: Change | None,
    is_target: bool,
) -> Quantity:
    """``Quantity(...)`` with every field given, built faster."""
    q = _QuantityTwin()
    q.raw, q.span, q.value, q.number, q.scale, q.unit = raw, span, value, number, scale, unit
    q.dimension, q.qualifier, q.low, q.high = dimension, qualifier, low, high
    q.name, q.change, q.is_target = name, change, is_target
    _become(q, "__class__", Quantity)
    return q  # type: ignore[return-value]


def marker(text: str, family: MarkerFamily, ordinal: int | None, span: Span) -> Marker:
    """``Marker(text=text, family=family, ordinal=ordinal, span=span)``, built faster."""
    m = _MarkerTwin()
    m.text, m.family, m.ordinal, m.span = text, family, ordinal, span
    _become(m, "__class__", Marker)
    return m  # type: ignore[return-value]


def item(marker: Marker, text: str, span: Span) -> Item:
    """``Item(marker=marker, text=text, span=span)``, built faster."""
    i = _ItemTwin()
    i.marker, i.text, i.span = marker, text, span
    _become(i, "__class__", Item)
    return i  # type: ignore[return-value]


def paragraph(text: str, span: Span, quantities: tuple[Quantity, ...]) -> Paragraph:
    """``Paragraph(text=text, span=span, quantities=quantities)``, built faster."""
    p = _ParagraphTwin()
    p.text, p.span, p.quantities = text, span, quantities
    _become(p, "__class__", Paragraph)
    return p  # type: ignore[return-value]


def measure(
    *,
    lead: str,
    lead_span: Span,
    text: str,
    span: Span,
    marker: Marker | None,
    items: tuple[Item, ...],
    quantities: tuple[Quantity, ...],
) -> Measure:
    """``Measure(...)`` with every field given, built faster."""
    m = _MeasureTwin()
    m.lead, m.lead_span, m.text, m.span = lead, lead_span, text, span
    m.marker, m.items, m.quantities = marker, items, quantities
    _become(m, "__class__", Measure)
    return m  # type: ignore[return-value]


def section(
    *,
    marker: Marker | None,
    title: str,
    title_span: Span,
    heading_span: Span,
    depth: int,
    span: Span,
    blocks: tuple[Block, ...],
    children: tuple[Section, ...],
) -> Section:
    """``Section(...)`` with every field given, built faster."""
    s = _SectionTwin()
    s.marker, s.title, s.title_span, s.heading_span = marker, title, title_span, heading_span
    s.depth, s.span, s.blocks, s.children = depth, span, blocks, children
    _become(s, "__class__", Section)
    return s  # type: ignore[return-value]
