"""The figure path builds its spans and figures without attrs' ``__init__``
(``govreport._make``): the objects must be the models in every respect."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal

import attrs
import pytest

import govreport
from govreport import Change, Direction, Qualifier, Quantity, Span
from govreport._make import _QuantityTwin, _SpanTwin, quantity, span
from govreport.serialize import from_json, to_json


def _pair() -> tuple[Quantity, Quantity]:
    """The first figure of a sentence, and the same figure built by attrs."""
    text = "全年完成税收总收入约685.59亿元,同比增长5.77%"
    built = govreport.extract_quantities(text)[0]
    fields = {f.name: getattr(built, f.name) for f in attrs.fields(Quantity)}
    fields["span"] = Span(start=built.span.start, end=built.span.end, line=built.span.line)
    return built, Quantity(**fields)


def test_a_figure_of_the_fast_path_is_the_model() -> None:
    built, by_attrs = _pair()
    assert type(built) is Quantity and type(built.span) is Span
    assert (built.raw, built.value, built.unit, built.name) == (
        "约685.59亿元",
        Decimal("68559000000"),
        "元",
        "税收总收入",
    )
    assert built.qualifier is Qualifier.APPROX and built.change is not None
    assert built == by_attrs and hash(built) == hash(by_attrs) and repr(built) == repr(by_attrs)
    assert built.span == by_attrs.span and not built.span < by_attrs.span


def test_a_built_figure_stays_frozen_and_copies() -> None:
    built, _ = _pair()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.name = "税收"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.span.start = 0  # type: ignore[misc]
    with pytest.raises(AttributeError):
        built.extra = 1  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(built)) == built
    assert copy.deepcopy(built) == built
    assert attrs.evolve(built, name="税收").name == "税收"


def test_built_figures_round_trip_through_json() -> None:
    report = govreport.parse("一、经济运行\n全年完成税收总收入685.59亿元,同比增长5.77%。\n")
    assert from_json(to_json(report)) == report


def test_the_builders_set_every_field() -> None:
    # a field added to a model and not to its builder would be left unset
    s = span(3, 5, 2)
    assert s == Span(start=3, end=5, line=2) and len(s) == 2
    change = Change(direction=Direction.UP, basis="同比", amount=Decimal("5.77"), unit="%", span=s)
    values = {
        "raw": "5.77%", "span": s, "value": Decimal("5.77"), "number": Decimal("5.77"), "scale": 1,
        "unit": "%", "dimension": "percent", "qualifier": Qualifier.OVER, "low": None, "high": None,
        "name": "税收", "change": change, "is_target": True,
    }  # fmt: skip
    assert list(values) == [f.name for f in attrs.fields(Quantity)]
    # the twins have the models' slots in the same order (the layout a __class__ assignment needs)
    assert _SpanTwin.__slots__ == Span.__slots__ and _QuantityTwin.__slots__ == Quantity.__slots__
    assert quantity(**values) == Quantity(**values)  # type: ignore[arg-type]
