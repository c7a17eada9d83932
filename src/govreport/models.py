"""The typed result of a parse.

Every model is an immutable, slotted attrs class.  Every object that came from
the text carries a :class:`Span` into the *original* string given to
:func:`govreport.parse`, so ``text[obj.span.start:obj.span.end]`` is always the
source of ``obj``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterator
from decimal import Decimal

import attrs

__all__ = [
    "Attachment",
    "Block",
    "Change",
    "Contact",
    "ContactKind",
    "Diagnostic",
    "DiagnosticKind",
    "Direction",
    "FieldSpan",
    "Item",
    "Marker",
    "MarkerFamily",
    "Measure",
    "Metadata",
    "Paragraph",
    "Qualifier",
    "Quantity",
    "Report",
    "ReportKind",
    "Section",
    "Span",
    "Speaker",
]


# Models are frozen, slotted and take no weak references (eight bytes less per
# object: a heading-dense report holds several objects per input character).


@attrs.frozen(order=True, weakref_slot=False)
class Span:
    """A half-open ``[start, end)`` range of characters in the source, with the
    1-based ``line`` on which it starts.

    >>> Span(start=0, end=2, line=1)
    Span(0, 2, line=1)
    """

    start: int
    end: int
    line: int

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, line={self.line})"

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the source text this span covers.

        >>> Span(start=3, end=5, line=1).slice("政府工作报告")
        '作报'
        """
        return text[self.start : self.end]


def _short(text: str, limit: int = 24) -> str:
    """``text`` quoted, cut at ``limit`` characters with an ellipsis (for reprs)."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


class MarkerFamily(enum.Enum):
    """A family of heading numbering (一、, （一）, 1., （1） …).  The value is a stable wire name."""

    HANZI = "hanzi"  #: ``一、`` ``二．``
    PAREN_HANZI = "paren-hanzi"  #: ``(一)`` ``（二）`` ``㈢``
    ARABIC = "arabic"  #: ``1.`` ``2．`` ``3、``
    PAREN_ARABIC = "paren-arabic"  #: ``(1)`` ``（2）`` ``⑶``
    CIRCLED = "circled"  #: ``①`` … ``⑳``
    PART = "part"  #: ``第一部分``
    VOLUME = "volume"  #: ``第一篇``
    CHAPTER = "chapter"  #: ``第一章``
    SECTION = "section"  #: ``第一节``
    ARTICLE = "article"  #: ``第一条``
    DASH = "dash"  #: ``——`` bullet (no ordinal)
    BRACKET = "bracket"  #: ``【概况】`` title on its own line (no ordinal)
    ENUM_SHI = "enum-shi"  #: ``一是`` opening a measure or inline item
    ENUM_DI = "enum-di"  #: ``第一,`` opening a measure or inline item
    UNNUMBERED = "unnumbered"  #: a short title line with no marker (seed 004)

    # members are singletons compared by identity: hashing them by identity
    # too keeps the parser's per-line dict lookups in C (Enum hashes its name
    # in Python)
    __hash__ = object.__hash__


@attrs.frozen(weakref_slot=False)
class Marker:
    """The numbering token that opens a section, measure or item.

    ``text`` is exactly as written (``（三）``), ``ordinal`` its number (3),
    ``None`` for families without ordinals.
    """

    text: str
    family: MarkerFamily
    ordinal: int | None
    span: Span

    @property
    def label(self) -> str:
        """A canonical, half-width spelling used in section paths.

        >>> Marker(text="（三）", family=MarkerFamily.PAREN_HANZI, ordinal=3,
        ...        span=Span(start=0, end=3, line=1)).label
        '(三)'
        """
        from govreport._headings import canonical_label

        return canonical_label(self.family, self.ordinal, self.text)


class DiagnosticKind(enum.Enum):
    """What a :class:`Diagnostic` reports."""

    ORDINAL_GAP = "ordinal-gap"  #: ``(二)`` followed by ``(四)``
    ORDINAL_REPEAT = "ordinal-repeat"  #: ``3.`` followed by ``3.`` or ``2.``
    BOILERPLATE = "boilerplate"  #: web chrome kept out of the outline
    EMPTY_TITLE = "empty-title"  #: a marker with no title text
    INVALID_TEXT = "invalid-text"  #: control characters or lone surrogates
    ESCAPED_BREAKS = "escaped-breaks"  #: line breaks written out as ``\\r\\n``, read as breaks
    REPEATED_TEXT = "repeated-text"  #: the report's text given again (a page copied twice into one file)


@attrs.frozen(weakref_slot=False)
class Diagnostic:
    """A non-fatal oddity found while parsing."""

    kind: DiagnosticKind
    message: str
    span: Span


class Qualifier(enum.Enum):
    """How a figure relates to the exact value it states."""

    APPROX = "approx"  #: 约, 左右, 上下
    OVER = "over"  #: 超过, 逾, 突破
    AT_LEAST = "at-least"  #: 以上, 不低于, 至少
    AT_MOST = "at-most"  #: 以内, 以下, 不超过
    NEARLY = "nearly"  #: 近, 接近
    MORE_THAN = "more-than"  #: 余, 多 (5100余项, 6600多万)


class Direction(enum.Enum):
    """The direction of a :class:`Change`."""

    UP = "up"  #: 增长, 提高, 增加
    DOWN = "down"  #: 下降, 减少, 降低
    FLAT = "flat"  #: 持平


@attrs.frozen(weakref_slot=False)
class Change:
    """A change that goes with a figure: ``同比增长5.77%``.

    ``basis`` is what the change is measured against (``同比``, ``比上年``),
    ``amount`` and ``unit`` its size (``5.77``, ``%``; ``0.71``, ``个百分点``).
    """

    direction: Direction
    basis: str | None
    amount: Decimal | None
    unit: str | None
    span: Span

    @property
    def percent(self) -> Decimal | None:
        """The change in percent, signed, where that reading is defined.

        ``增长5.77%`` is ``5.77``; ``下降2%`` is ``-2``; ``增长1.5倍`` ("grew by
        1.5 times": the new amount is 2.5 times the old, the reading of the
        national statistics bureau) is ``150``.  ``None`` for percentage points
        and amounts, and for a fall in 倍, which has no agreed reading.

        >>> from govreport import Span
        >>> Change(direction=Direction.UP, basis=None, amount=Decimal("1.5"), unit="倍",
        ...        span=Span(start=0, end=6, line=1)).percent
        Decimal('150.0')
        """
        if self.amount is None:
            return None
        sign = -1 if self.direction is Direction.DOWN else 1
        if self.unit == "%":
            return sign * self.amount
        if self.unit == "倍" and self.direction is Direction.UP:
            return self.amount * 100
        return None


@attrs.frozen(weakref_slot=False)
class Quantity:
    """A figure in the text, normalised.

    ``raw`` is the exact source text (``text[span.start:span.end]``);
    ``number`` the number as written and ``scale`` its magnitude
    (``685.59亿元`` → ``685.59`` × 10⁸); ``value`` their product in ``unit``
    (``None`` for a range, which has ``low`` and ``high``).  ``dimension``
    says what the unit measures (``money``, ``people``, ``area`` … see the unit
    table).  ``name`` is the indicator measured, best effort.
    """

    raw: str
    span: Span
    value: Decimal | None
    number: Decimal
    scale: int
    unit: str | None
    dimension: str | None = None
    qualifier: Qualifier | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    name: str | None = None
    change: Change | None = None
    is_target: bool = False


@attrs.frozen(weakref_slot=False)
class Item:
    """One inline enumeration item of a measure (``一是…``, ``第二,…``)."""

    marker: Marker
    text: str
    span: Span


@attrs.frozen(weakref_slot=False)
class Paragraph:
    """A paragraph that is not a measure (an opening summary, closing remarks).

    ``text`` is the paragraph with page and wrap breaks removed; ``span``
    covers its source lines.
    """

    text: str
    span: Span
    quantities: tuple[Quantity, ...] = ()

    def __repr__(self) -> str:
        """A summary: the text's start, the figure count, the span (the whole
        paragraph is in ``text`` and :func:`govreport.to_json`).

        >>> Paragraph(text="一年来，主要做了以下工作：", span=Span(start=0, end=13, line=3))
        Paragraph(text='一年来，主要做了以下工作：', quantities=0, span=Span(0, 13, line=3))
        """
        return f"Paragraph(text={_short(self.text)}, quantities={len(self.quantities)}, span={self.span!r})"


@attrs.frozen(weakref_slot=False)
class Measure:
    """A policy measure (措施/举措): the leaf unit of action or result.

    ``lead`` is its lead phrase (the title of a numbered item, or the short
    sentence a paragraph opens with); ``text`` the whole measure, lead included:
    its paragraphs (a lead alone on its line and its detail, a numbered item's
    line and the paragraph under it) joined by line breaks, with the breaks inside
    a paragraph (page breaks, hard wraps) removed.
    """

    lead: str
    lead_span: Span
    text: str
    span: Span
    marker: Marker | None = None
    items: tuple[Item, ...] = ()
    quantities: tuple[Quantity, ...] = ()

    def __repr__(self) -> str:
        """A summary: lead, marker, counts of items and figures, span.

        >>> import govreport
        >>> govreport.parse("1.推进垃圾分类。实现居住区全覆盖,新建回收站30个。\\n").measures[0]
        Measure(lead='推进垃圾分类', marker='1.', items=0, quantities=1, span=Span(0, 27, line=1))
        """
        marker = repr(self.marker.text) if self.marker is not None else None
        return (
            f"Measure(lead={_short(self.lead)}, marker={marker}, items={len(self.items)}, "
            f"quantities={len(self.quantities)}, span={self.span!r})"
        )


Block = Paragraph | Measure
"""A unit of a section's body: a plain :class:`Paragraph` or a :class:`Measure`."""


@attrs.frozen(weakref_slot=False)
class Section:
    """A numbered (or clearly titled) part of the outline.

    ``blocks`` are the paragraphs and measures of the section's own body, in
    source order; ``children`` its subsections.  ``depth`` is 1 for top level.
    ``heading_span`` covers the whole heading: a Markdown ``#`` prefix, the
    marker, the title and the stop after it (``一、总体要求。``), up to where
    the body starts on the same line.
    """

    marker: Marker | None
    title: str
    title_span: Span
    heading_span: Span
    depth: int
    span: Span
    blocks: tuple[Block, ...] = ()
    children: tuple[Section, ...] = ()

    def __repr__(self) -> str:
        """A summary: marker, title, depth, counts of blocks and children, span.

        >>> import govreport
        >>> govreport.parse("一、总体要求\\n（一）指导思想\\n").sections[0]
        Section(marker='一、', title='总体要求', depth=1, blocks=0, children=1, span=Span(0, 14, line=1))
        """
        marker = repr(self.marker.text) if self.marker is not None else None
        return (
            f"Section(marker={marker}, title={_short(self.title)}, depth={self.depth}, "
            f"blocks={len(self.blocks)}, children={len(self.children)}, span={self.span!r})"
        )

    @property
    def label(self) -> str:
        """The step this section adds to a path (its marker label, else its title)."""
        return self.marker.label if self.marker is not None else self.title

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The measures of this section's own body (not of its children)."""
        return tuple(b for b in self.blocks if isinstance(b, Measure))

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The plain paragraphs of this section's own body."""
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))


@attrs.frozen(weakref_slot=False)
class Attachment:
    """An attachment (附件): a separate outline after the main body.

    ``label_span`` covers the opener (``附件1：``), ``title_span`` the title,
    on the opener's line or on the short lines after it (empty at the end of
    the opener when there is no title).
    """

    label: str
    title: str
    span: Span
    label_span: Span
    title_span: Span
    blocks: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()


class ReportKind(enum.Enum):
    """The genre of a report, read from its title and wording."""

    GOVERNMENT_WORK_REPORT = "government-work-report"  #: 政府工作报告
    PARTY_COMMITTEE_REPORT = "party-committee-report"  #: 党委/常委会工作报告
    RECTIFICATION_NOTICE = "rectification-notice"  #: 巡视整改通报
    YEARBOOK = "yearbook"  #: 年鉴, 地方志概况
    NEWS = "news"  #: news write-up of a meeting (侧记, 记者)


class ContactKind(enum.Enum):
    """The kind of a :class:`Contact` line."""

    PHONE = "phone"
    FAX = "fax"
    EMAIL = "email"
    ADDRESS = "address"
    POSTCODE = "postcode"
    WEBSITE = "website"


@attrs.frozen(weakref_slot=False)
class Contact:
    """A contact detail from a contact block (``联系电话:021-…``)."""

    kind: ContactKind
    value: str
    span: Span


@attrs.frozen(weakref_slot=False)
class Speaker:
    """Who delivered the report: post and name (``静安区区长 陆晓栋``)."""

    post: str | None
    name: str


@attrs.frozen(weakref_slot=False)
class FieldSpan:
    """Where a metadata field was read from."""

    field: str
    span: Span


@attrs.frozen(weakref_slot=False)
class Metadata:
    """Document facts.  Every field is ``None`` when the document lacks it."""

    title: str | None = None
    subtitle: str | None = None
    date: _dt.date | None = None
    #: The date a web copy was published (``时间：2026-02-09``), when the page
    #: states one besides the speech or meeting ``date``.
    publication_date: _dt.date | None = None
    source: str | None = None
    meeting: str | None = None
    speaker: Speaker | None = None
    authors: tuple[str, ...] | None = None
    salutation: str | None = None
    #: The innermost region the title, meeting or source names (``海拉尔区``
    #: for ``呼伦贝尔市海拉尔区第十五届人民代表大会``), else the speaker's post
    #: or the speech (``我代表易县人民政府``).
    region: str | None = None
    kind: ReportKind | None = None
    #: The year the report is delivered in, that of its ``date`` (the speech
    #: or the meeting), else the year a work report's title names (``2017年政府工作报告``).
    year: int | None = None
    #: The year under review, where the text states it (``一、2016年工作回顾``,
    #: ``2016年,…``); a work report delivered in 2017 reviews 2016.
    review_year: int | None = None
    contacts: tuple[Contact, ...] | None = None
    spans: tuple[FieldSpan, ...] = ()

    def span_of(self, field: str) -> Span | None:
        """The span a field was read from, or ``None``.

        >>> Metadata().span_of("title") is None
        True
        """
        for fs in self.spans:
            if fs.field == field:
                return fs.span
        return None


Path = tuple[str, ...]


def _walk(prefix: Path, sections: tuple[Section, ...]) -> Iterator[tuple[Path, Section]]:
    stack = [((*prefix, s.label), s) for s in reversed(sections)]
    while stack:
        path, section = stack.pop()
        yield path, section
        stack.extend(((*path, c.label), c) for c in reversed(section.children))


@attrs.frozen(weakref_slot=False)
class Report:
    """One parsed document.

    ``preamble`` holds the body before the first heading; ``sections`` the
    outline; ``attachments`` separate outlines after ``附件``.
    """

    metadata: Metadata
    preamble: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def __repr__(self) -> str:
        """A summary: title, and counts of sections, measures, attachments and
        diagnostics (the whole report is in :func:`govreport.to_json`).

        >>> import govreport
        >>> govreport.parse("政府工作报告\\n\\n一、总体要求\\n（一）指导思想\\n")
        Report(title='政府工作报告', sections=2, measures=0, attachments=0, diagnostics=0)
        """
        return (
            f"Report(title={_short(self.metadata.title) if self.metadata.title is not None else None}, "
            f"sections={sum(1 for _ in self.walk())}, measures={sum(1 for _ in self.iter_measures())}, "
            f"attachments={len(self.attachments)}, diagnostics={len(self.diagnostics)})"
        )

    def _repr_html_(self) -> str:
        """The report drawn for a notebook (Jupyter calls this to show it).

        The report does not hold its source text, so this draws the model
        alone; ``govreport.render_html(report, text)`` draws it on the text.
        """
        from govreport._view import render_fragment

        return render_fragment(self)

    def _roots(self) -> Iterator[tuple[Path, tuple[Block, ...], tuple[Section, ...]]]:
        yield (), self.preamble, self.sections
        for att in self.attachments:
            yield (att.label,), att.blocks, att.sections

    def walk(self) -> Iterator[tuple[Path, Section]]:
        """Yield ``(path, section)`` for every section, depth first, main body
        first, then each attachment (whose paths start with its label).

        A path is the tuple of :attr:`Section.label` from the top down.
        """
        for prefix, _, sections in self._roots():
            yield from _walk(prefix, sections)

    def iter_measures(self) -> Iterator[tuple[Path, Measure]]:
        """Yield ``(path, measure)`` for every measure in source order; measures
        of the preamble have the path ``()``, of an attachment's own body the
        path ``(label,)``.
        """
        for path, block in self.iter_blocks():
            if isinstance(block, Measure):
                yield path, block

    @property
    def measures(self) -> tuple[Measure, ...]:
        """Every measure of the report (see :meth:`iter_measures`)."""
        return tuple(m for _, m in self.iter_measures())

    def iter_quantities(self) -> Iterator[tuple[Path, Block, Quantity]]:
        """Yield ``(path, block, quantity)`` for every figure of every paragraph
        and measure, in the order of :meth:`iter_blocks`."""
        for path, block in self.iter_blocks():
            for q in block.quantities:
                yield path, block, q

    def iter_blocks(self) -> Iterator[tuple[Path, Block]]:
        """Yield ``(path, block)`` for every paragraph and measure: the preamble,
        then each section depth first, then each attachment."""
        for prefix, blocks, sections in self._roots():
            for b in blocks:
                yield prefix, b
            for path, section in _walk(prefix, sections):
                for b in section.blocks:
                    yield path, b

    def find(self, *path: str) -> Section | None:
        """The first section whose path matches ``path``, or ``None``.

        Each step is a marker in any spelling (``"二、"``, ``"（一）"``, ``"(1)"``)
        or, for unnumbered sections, the title.  Attachments are reached
        through their label first: ``report.find("附件", "三、")``.
        """
        from govreport._headings import normalize_label

        wanted = tuple(normalize_label(p) for p in path)
        for p, section in self.walk():
            if p == wanted:
                return section
        return None
