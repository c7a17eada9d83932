"""Model objects built on the figure path without attrs' frozen ``__init__``.

A frozen attrs class sets each field through ``object.__setattr__`` called
by name (about 1,100 machine instructions a field): a :class:`Quantity` costs
19,000 instructions to build, a :class:`Span` 6,600, more than reading the
figure.  Here the fields are set on a plain slotted twin of the class, with
the same slots in the same order, which then becomes the model class by a
``__class__`` assignment (Python allows it between classes of one layout):
3,000 instructions for a :class:`Quantity`.  The object is the same in every
respect (type, equality, hash, frozen, pickling), as the tests check.

This module is never compiled (mypyc makes classes native, of another
layout); the compiled modules call it like any other.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from govreport.models import Change, Qualifier, Quantity, Span


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


_become = object.__setattr__


def span(start: int, end: int, line: int) -> Span:
    """``Span(start=start, end=end, line=line)``, built faster."""
    s = _SpanTwin()
    s.start, s.end, s.line = start, end, line
    _become(s, "__class__", Span)
    return cast(Span, s)


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
    return cast(Quantity, q)
