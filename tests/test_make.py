"""The figure path and the outline build their models without attrs'
``__init__`` (``govreport._make``): the objects must be the models in every
respect."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest

import govreport
from govreport import (
    Change,
    Direction,
    Item,
    Marker,
    MarkerFamily,
    Measure,
    Paragraph,
    Qualifier,
    Quantity,
    Section,
    Span,
    _make,
)
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


def _outline_models() -> list[tuple[Any, Any, Any, dict[str, object]]]:
    """Each outline twin, its model, its builder and the fields to build with."""
    s = Span(start=0, end=2, line=1)
    marker = Marker(text="（一）", family=MarkerFamily.PAREN_HANZI, ordinal=1, span=s)
    figure = govreport.extract_quantities("新建回收站30个")[0]
    item = Item(marker=marker, text="一是加强", span=s)
    para = Paragraph(text="全年新建回收站30个。", span=s, quantities=(figure,))
    meas = Measure(
        lead="推进垃圾分类",
        lead_span=s,
        text="推进垃圾分类。",
        span=s,
        marker=marker,
        items=(item,),
        quantities=(),
    )
    sect = Section(
        marker=marker, title="总体要求", title_span=s, heading_span=s, depth=2, span=s, blocks=(para, meas)
    )
    return [
        (_make._MarkerTwin, Marker, _make.marker, attrs.asdict(marker, recurse=False)),
        (_make._ItemTwin, Item, _make.item, attrs.asdict(item, recurse=False)),
        (_make._ParagraphTwin, Paragraph, _make.paragraph, attrs.asdict(para, recurse=False)),
        (_make._MeasureTwin, Measure, _make.measure, attrs.asdict(meas, recurse=False)),
        (_make._SectionTwin, Section, _make.section, attrs.asdict(sect, recurse=False)),
    ]


@pytest.mark.parametrize(("twin", "model", "build", "values"), _outline_models())
def test_outline_twins_build_the_models(twin: Any, model: Any, build: Any, values: dict[str, object]) -> None:
    # the twin's layout is the model's (the __class__ assignment needs it), and
    # every field is set: one added to a model and not to its builder stays unset
    assert twin.__slots__ == model.__slots__
    assert list(values) == [f.name for f in attrs.fields(model)]
    built: Any = build(**values)
    by_attrs = model(**values)
    assert type(built) is model
    assert built == by_attrs and hash(built) == hash(by_attrs) and repr(built) == repr(by_attrs)
    assert pickle.loads(pickle.dumps(built)) == by_attrs
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.span = None


def _objects(report: govreport.Report) -> list[Any]:
    """Every section, block, item and marker of ``report``."""
    found: list[Any] = []

    def walk(section: Section) -> None:
        found.extend([section, section.marker, section.span, *section.blocks])
        for block in section.blocks:
            if isinstance(block, Measure):
                found.extend([block.marker, block.lead_span, *block.items])
                found.extend(i.marker for i in block.items)
        for child in section.children:
            walk(child)

    for section in report.sections:
        walk(section)
    return [o for o in found if o is not None]


def test_a_parsed_outline_is_the_models() -> None:
    # headings, numbered measures, one with inline items, paragraphs with
    # figures, a bracket section: built by the outline's builders, each object
    # is its model's and equals what attrs builds from the report's JSON
    text = (
        "一、总体要求\n"
        "1.推进垃圾分类。实现居住区全覆盖,新建回收站30个。\n"
        "2.稳定就业。一是扩大岗位,二是加强培训,新增就业1.2万人。\n"
        "全年地区生产总值增长5.5%。\n"
        "【概况】\n"
        "全县总人口32万人。\n"
    )
    report = govreport.parse(text)
    assert from_json(to_json(report)) == report
    objects = _objects(report)
    assert {type(o) for o in objects} == {Section, Marker, Span, Measure, Paragraph, Item}
    for o in objects:
        # the exact model (not a twin, not a subclass), frozen, whole
        assert type(o) in (Section, Marker, Span, Measure, Paragraph, Item)
        fields = {f.name: getattr(o, f.name) for f in attrs.fields(type(o))}
        assert type(o)(**fields) == o
