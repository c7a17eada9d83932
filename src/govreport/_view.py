"""A report drawn as one self-contained HTML page: the source text with the
parse marked on it (sections, measures and their leads, paragraphs, chrome,
diagnostics, figures), a card of document facts and the outline as navigation.

The page loads nothing (inline CSS, no script, no font or image), and a
Content-Security-Policy forbids any load or script besides; every character of
the source is written once, escaped, in reading order, so the text of the
``#source`` element is the source.  Labels and figure read-outs are CSS
generated content (``attr()``), never text, so they do not add to it.
"""

from __future__ import annotations

import heapq
import html
import itertools
import os
import sys
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from govreport import _grammar
from govreport._api import read_text
from govreport._batch import expand_paths
from govreport._pipeline import parse
from govreport._render import _fact
from govreport.errors import DecodeError, GovReportError
from govreport.models import (
    Attachment,
    Block,
    DiagnosticKind,
    Measure,
    Metadata,
    Quantity,
    Report,
    Section,
    Span,
    _walk,
)

__all__ = ["render_fragment", "render_html", "render_index", "view_paths"]

#: System fonts only: a page that names a web font would load it.
_FONTS = (
    'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
    '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'
)

# Colours are checked against WCAG AA (4.5:1 on their backgrounds), and every
# kind of mark has a second cue besides colour: a border style or a label.
_CSS = (
    """
.gr{font-family:FONTS;color:#1a1a1a;background:#fff;line-height:1.7;font-size:16px}
.gr *{box-sizing:border-box}
.gr a{color:#0b4f9c}
.gr .skip{position:absolute;left:-100vw}
.gr .skip:focus{position:static;display:inline-block;margin:.5rem;padding:.2rem .5rem;border:2px solid #0b4f9c}
.gr .wrap{display:grid;grid-template-columns:minmax(14rem,20rem) minmax(0,1fr);gap:1.5rem;
 max-width:80rem;margin:0 auto;padding:1rem}
.gr aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;font-size:.9em}
.gr h1{font-size:1.35em;margin:.2em 0 .5em;overflow-wrap:anywhere}
.gr h2{font-size:1em;margin:1.2em 0 .3em;border-bottom:1px solid #999}
.gr dl{display:grid;grid-template-columns:auto 1fr;gap:.1em .6em;margin:0}
.gr dt{font-weight:bold}
.gr dd{margin:0;overflow-wrap:anywhere}
.gr .at{font-size:.85em;color:#4a4a4a}
.gr nav ol{list-style:none;padding-left:.9em;margin:0}
.gr nav>ol{padding-left:0}
.gr .legend{display:flex;flex-wrap:wrap;gap:.3em .6em;font-size:.85em}
.gr .legend span{padding:0 .3em}
.gr .src{white-space:pre-wrap;overflow-wrap:anywhere;min-width:0}
.gr .src [id]{scroll-margin-top:1rem}
.gr .gap{display:block;font-size:5px;line-height:1}
.gr .hd{display:block;font-weight:bold;font-size:1.1em;border-left:.35em solid #0b4f9c;
 padding-left:.4em;background:#eef3fa}
.gr .hd::before,.gr .blk::before,.gr .meta::before,.gr .chrome::before{display:block;
 font-size:.72em;font-weight:normal;color:#4a4a4a;content:attr(data-label)}
.gr .att{border-left-style:double;border-left-width:.5em}
.gr .blk{display:block;padding-left:.5em;margin:.1em 0}
.gr .measure{border-left:.3em solid #1b6e36}
.gr .para{border-left:.3em dotted #6b6b6b}
.gr .lead{font-weight:bold;text-decoration:underline;text-decoration-color:#1b6e36;
 text-underline-offset:.2em}
.gr .item{border-bottom:1px dotted #1b6e36}
.gr .meta{display:block;border:1px solid #7a5c00;background:#fffaf0;padding:0 .4em}
.gr .chrome{display:block;color:#4d4d4d;background:repeating-linear-gradient(135deg,#f4f4f4 0 6px,#e9e9e9 6px 12px);
 border:1px dashed #6b6b6b;padding:0 .4em}
.gr .diag{text-decoration:underline wavy #b00020;text-underline-offset:.25em;outline:1px dashed #b00020}
.gr .diag::before{content:"\\26A0";color:#b00020;font-size:.8em}
.gr .bad::before{content:attr(data-char);font-family:monospace;font-size:.75em;color:#fff;
 background:#b00020;padding:0 .2em}
.gr .fig{position:relative;background:#e3edfb;border-bottom:2px solid #0b4f9c;border-radius:2px}
.gr .fig.target{background:#fdf0cf;border:2px double #7a4b00}
.gr .fig.target::before{content:"\\25CE";color:#7a4b00;font-size:.8em}
.gr .fig:focus{outline:3px solid #000;outline-offset:1px}
.gr .fig:hover::after,.gr .fig:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;
 z-index:2;width:max-content;max-width:min(22rem,80vw);white-space:pre-wrap;font-size:.8em;
 font-weight:normal;line-height:1.4;color:#fff;background:#1a1a1a;padding:.3em .5em;border-radius:3px}
.gr .chg{border-bottom:1px dashed #0b4f9c}
.gr table{border-collapse:collapse;width:100%;font-size:.9em}
.gr th,.gr td{border:1px solid #999;padding:.2em .4em;text-align:left;vertical-align:top}
.gr td.nw{white-space:nowrap}
@media (max-width:50rem){.gr .wrap{grid-template-columns:minmax(0,1fr);padding:.5rem}
 .gr aside{position:static;max-height:none}}
@media print{.gr aside{position:static;max-height:none}}
"""
).replace("FONTS", _FONTS)

#: No load of any kind and no script: the page is text and its inline style.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

#: Metadata fields shown on the card, in order, with their labels.
_FACTS = (
    ("title", "title"),
    ("subtitle", "subtitle"),
    ("date", "date"),
    ("publication_date", "published"),
    ("meeting", "meeting"),
    ("speaker", "speaker"),
    ("authors", "authors"),
    ("kind", "kind"),
    ("region", "region"),
    ("year", "year"),
    ("source", "source"),
)

# Rank of a mark among marks that start at the same place and end at the same
# place: the lower is the outer element.
_CHROME, _META, _HEAD, _BLOCK, _ITEM, _LEAD, _DIAG, _FIG, _CHANGE = range(9)


class _Mark(NamedTuple):
    """An element over ``text[start:end]``; ``cont`` opens the rest of it
    when it must be cut to nest inside an element that ends first."""

    start: int
    end: int
    rank: int
    open: str
    close: str
    cont: str


def _attrs(pairs: Iterable[tuple[str, object]]) -> str:
    return "".join(
        f' {name}="{html.escape(_clean(str(value)), quote=True)}"'
        for name, value in pairs
        if value is not None
    )


def _clean(text: str) -> str:
    """Text for an attribute: characters HTML cannot carry shown as code points."""
    return _grammar.INVALID_TEXT.sub(lambda m: "".join(f"[U+{ord(c):04X}]" for c in m[0]), text)


def _mark(start: int, end: int, rank: int, tag: str, cls: str, **attrs: object) -> _Mark:
    extra = {k.replace("_", "-"): v for k, v in attrs.items()}
    first = _attrs([("class", cls), *extra.items()])
    rest = _attrs(
        [("class", cls + " cont"), *((k, v) for k, v in extra.items() if k not in ("id", "tabindex"))]
    )
    return _Mark(start, end, rank, f"<{tag}{first}>", f"</{tag}>", f"<{tag}{rest}>")


def _escape(text: str) -> str:
    """Source text as HTML that a browser reads back character for character.

    ``\\r`` is written as a reference (a parser turns a raw ``\\r\\n`` into
    ``\\n``); characters no HTML text can hold (NUL, C1 controls a parser
    remaps, lone surrogates: what the ``invalid-text`` diagnostic reports)
    become an empty element naming the code point in ``data-char``.
    """
    out: list[str] = []
    pos = 0
    for m in _grammar.INVALID_TEXT.finditer(text):
        out.append(html.escape(text[pos : m.start()], quote=False))
        out.extend(f'<span class="bad" data-char="U+{ord(c):04X}"></span>' for c in m[0])
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out).replace("\r", "&#13;")


def _nest(text: str, marks: Iterable[_Mark]) -> str:
    """``text`` escaped, with every mark as an element.  Marks that cross are
    cut where the outer one ends and go on in a second element, so the
    elements nest and every character is written once."""
    heap = [(m.start, -m.end, m.rank, k, m.open, m) for k, m in enumerate(marks) if m.end > m.start]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[tuple[int, str]] = []
    pos = 0
    while heap or stack:
        if stack and (not heap or stack[-1][0] <= heap[0][0]):
            end, close = stack.pop()
            out += (_escape(text[pos:end]), close)
            pos = end
            continue
        start, neg_end, rank, k, tag, mark = heapq.heappop(heap)
        end = -neg_end
        out.append(_gap(text[pos:start]) if not stack else _escape(text[pos:start]))
        pos = start
        if stack and end > stack[-1][0]:
            heapq.heappush(heap, (stack[-1][0], neg_end, rank, k, mark.cont, mark))
            end = stack[-1][0]
        out.append(tag)
        stack.append((end, mark.close))
    out.append(_gap(text[pos:]))
    return "".join(out)


def _gap(text: str) -> str:
    """Text between top-level elements: the blank lines between blocks are
    drawn low (they are there, but a full line each would spread the page)."""
    if text and not text.strip() and ("\n" in text or "\r" in text):
        return f'<span class="gap">{_escape(text)}</span>'
    return _escape(text)


def _number(value: Decimal | None) -> str | None:
    """A decimal as written out (``68559000000``, not ``6.8559E+10``)."""
    return None if value is None else format(value, "f")


def figure_tip(q: Quantity) -> str:
    """What a figure was read as, one fact a line (the hover and focus read-out)."""
    lines = [q.raw]
    if q.value is not None:
        lines.append(f"value: {_number(q.value)} {q.unit or ''}".rstrip())
    else:
        lines.append(f"range: {_number(q.low)}–{_number(q.high)} {q.unit or ''}".rstrip())
    if q.qualifier is not None:
        lines.append(f"qualifier: {q.qualifier.value}")
    if q.name:
        lines.append(f"name: {q.name}")
    if q.change is not None:
        lines.append(f"change: {_change(q)}")
    if q.is_target:
        lines.append("target")
    return "\n".join(lines)


def _change(q: Quantity) -> str | None:
    c = q.change
    if c is None:
        return None
    parts = [c.direction.value, _number(c.amount), c.unit, f"({c.basis})" if c.basis else None]
    return " ".join(p for p in parts if p)


def _figure_marks(q: Quantity, n: int) -> list[_Mark]:
    marks = [
        _mark(
            q.span.start,
            q.span.end,
            _FIG,
            "span",
            "fig target" if q.is_target else "fig",
            id=f"q{n}",
            tabindex=0,
            role="note",
            aria_label=figure_tip(q).replace("\n", "; "),
            data_value=_number(q.value),
            data_unit=q.unit,
            data_number=_number(q.number),
            data_scale=q.scale,
            data_dimension=q.dimension,
            data_qualifier=q.qualifier.value if q.qualifier else None,
            data_low=_number(q.low),
            data_high=_number(q.high),
            data_name=q.name,
            data_change=_change(q),
            data_target=str(q.is_target).lower(),
            data_tip=figure_tip(q),
        )
    ]
    if q.change is not None and not (q.span.start <= q.change.span.start < q.change.span.end <= q.span.end):
        marks.append(_mark(q.change.span.start, q.change.span.end, _CHANGE, "span", "chg", data_of=f"q{n}"))
    return marks


def _block_marks(
    block: Block, path: tuple[str, ...], figures: Iterator[int], anchor: str | None = None
) -> list[_Mark]:
    where = " / ".join(path) or "preamble"
    if isinstance(block, Measure):
        label = f"measure · {where}"
        marks = [
            _mark(block.span.start, block.span.end, _BLOCK, "div", "blk measure", id=anchor, data_label=label)
        ]
        marks.append(_mark(block.lead_span.start, block.lead_span.end, _LEAD, "span", "lead"))
        marks += [_mark(i.marker.span.start, i.marker.span.end, _ITEM, "span", "item") for i in block.items]
    else:
        label = f"paragraph · {where}"
        marks = [
            _mark(block.span.start, block.span.end, _BLOCK, "div", "blk para", id=anchor, data_label=label)
        ]
    for q in block.quantities:
        marks += _figure_marks(q, next(figures))
    return marks


class _Outline(NamedTuple):
    """A node of the navigation: its anchor, its text, its children."""

    anchor: str
    text: str
    children: list[_Outline]


def _heading_text(section: Section) -> str:
    marker = section.marker.text if section.marker is not None else ""
    return marker if marker and marker.endswith(section.title) else f"{marker}{section.title}"


def _sections(
    sections: tuple[Section, ...], prefix: tuple[str, ...], counter: Iterator[int]
) -> Iterator[tuple[tuple[str, ...], Section, int]]:
    for path, section in _walk(prefix, sections):
        yield path, section, next(counter)


def _source_marks(report: Report) -> tuple[list[_Mark], list[_Outline]]:
    """Every mark of the source pane, and the outline that links to them."""
    marks: list[_Mark] = []
    figures = itertools.count()
    counter = itertools.count()
    meta = report.metadata
    labels = dict(_FACTS)
    # a title line is often the date, kind and region line too: one element
    for span, fields in _group_fields(meta).items():
        marks.append(
            _mark(span.start, span.end, _META, "div", "meta", id=f"m-{fields[0]}",
                  data_label="metadata · " + ", ".join(labels.get(f, f) for f in fields),
                  data_field=" ".join(fields))
        )  # fmt: skip
    for n, d in enumerate(report.diagnostics):
        if d.kind is DiagnosticKind.BOILERPLATE:
            marks.append(
                _mark(d.span.start, d.span.end, _CHROME, "div", "chrome", id=f"d{n}",
                      data_label="page chrome (left out)", title=d.message, data_kind=d.kind.value)
            )  # fmt: skip
        else:
            marks.append(
                _mark(d.span.start, d.span.end, _DIAG, "span", "diag", id=f"d{n}",
                      title=f"{d.kind.value}: {d.message}", data_kind=d.kind.value)
            )  # fmt: skip
    outline: list[_Outline] = []
    roots: list[tuple[tuple[str, ...], tuple[Block, ...], tuple[Section, ...], Attachment | None]] = [
        ((), report.preamble, report.sections, None)
    ]
    roots += [((a.label,), a.blocks, a.sections, a) for a in report.attachments]
    for k, (prefix, blocks, sections, att) in enumerate(roots):
        children: list[_Outline] = outline
        if att is not None:
            end = max(att.label_span.end, att.title_span.end)
            marks.append(
                _mark(att.label_span.start, end, _HEAD, "div", "hd att", id=f"a{k}", role="heading",
                      aria_level=2, data_label="attachment")
            )  # fmt: skip
            node = _Outline(f"a{k}", f"{att.label} {att.title}".strip(), [])
            outline.append(node)
            children = node.children
        elif blocks:
            outline.append(_Outline(f"p{k}", "(preamble)", []))
        for i, b in enumerate(blocks):
            marks += _block_marks(b, prefix, figures, anchor=f"p{k}" if i == 0 else None)
        parents: dict[int, list[_Outline]] = {0: children}
        for path, section, n in _sections(sections, prefix, counter):
            hs = section.heading_span
            depth = section.depth + (1 if att is not None else 0)
            marks.append(
                _mark(hs.start, max(hs.end, section.title_span.end), _HEAD, "div", "hd", id=f"s{n}",
                      role="heading", aria_level=min(depth + 1, 6), data_label=f"section · depth {section.depth}",
                      data_path=" / ".join(path))
            )  # fmt: skip
            node = _Outline(f"s{n}", _heading_text(section), [])
            parents.get(section.depth - 1, children).append(node)
            parents[section.depth] = node.children
            for b in section.blocks:
                marks += _block_marks(b, path, figures)
    return marks, outline


def _group_fields(meta: Metadata) -> dict[Span, list[str]]:
    """The fields read from each span, in the order of the spans."""
    groups: dict[Span, list[str]] = {}
    for fs in meta.spans:
        groups.setdefault(fs.span, []).append(fs.field)
    return groups


def _card(meta: Metadata, linked: bool) -> str:
    """The document facts, each with the line it was read from."""
    rows = []
    anchors = {f: fields[0] for fields in _group_fields(meta).values() for f in fields}
    for field, label in _FACTS:
        value = _fact(meta, field)
        if value is None:
            continue
        span = meta.span_of(field)
        where = ""
        if span is not None:
            line = f"line {span.line}"
            where = (
                f' <a class="at" href="#m-{anchors[field]}">{line}</a>'
                if linked
                else f' <span class="at">{line}</span>'
            )
        rows.append(f"<dt>{label}</dt><dd>{_attr_text(value)}{where}</dd>")
    if not rows:
        return '<p class="at">no document facts found</p>'
    return "<dl>" + "".join(rows) + "</dl>"


def _attr_text(text: str) -> str:
    """Parsed text outside the source pane (titles, facts): escaped, with
    characters HTML cannot carry shown as code points."""
    return html.escape(_clean(text), quote=False).replace("\r", "&#13;")


def _quoted(text: str) -> str:
    """Parsed text for an attribute value."""
    return html.escape(_clean(text), quote=True)


def _nav(nodes: Sequence[_Outline]) -> str:
    if not nodes:
        return ""
    items = "".join(
        f'<li><a href="#{n.anchor}">{_attr_text(n.text) or "(untitled)"}</a>{_nav(n.children)}</li>'
        for n in nodes
    )
    return f"<ol>{items}</ol>"


def _counts(report: Report) -> str:
    figures = [q for _, _, q in report.iter_quantities()]
    pairs = (
        ("sections", sum(1 for _ in report.walk())),
        ("measures", sum(1 for _ in report.iter_measures())),
        ("paragraphs", sum(1 for _, b in report.iter_blocks() if not isinstance(b, Measure))),
        ("figures", len(figures)),
        ("targets", sum(q.is_target for q in figures)),
        ("diagnostics", len(report.diagnostics)),
    )
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


def _diagnostics(report: Report, linked: bool) -> str:
    if not report.diagnostics:
        return ""
    items = "".join(
        f"<li>{d.kind.value}: {_attr_text(d.message)} "
        + (
            f'<a class="at" href="#d{n}">line {d.span.line}</a>'
            if linked
            else f'<span class="at">line {d.span.line}</span>'
        )
        + "</li>"
        for n, d in enumerate(report.diagnostics)
    )
    return f"<h2>Diagnostics</h2><ul>{items}</ul>"


_LEGEND = (
    '<div class="legend" aria-label="legend">'
    '<span class="hd">section</span><span class="blk measure"><span class="lead">measure lead</span></span>'
    '<span class="blk para">paragraph</span><span class="fig">figure</span>'
    '<span class="fig target">target</span><span class="meta">metadata</span>'
    '<span class="chrome">page chrome</span><span class="diag">diagnostic</span></div>'
)


def _body(report: Report, text: str | None, title: str, prefix: str = "") -> str:
    """The card, the outline and the report, inside one ``.gr`` element."""
    if text is not None:
        marks, outline = _source_marks(report)
        source = f'<div class="src" id="source" lang="zh-CN">{_nest(text, marks)}</div>'
    else:
        source, outline = _model_source(report, prefix)
    meta = report.metadata
    aside = (
        f"<aside><h1>{_attr_text(title)}</h1>"
        f"<h2>Document</h2>{_card(meta, text is not None)}"
        f"<h2>Counts</h2>{_counts(report)}"
        f"<h2>Key</h2>{_LEGEND}"
        f'<h2>Outline</h2><nav aria-label="outline">{_nav(outline)}</nav>'
        f"{_diagnostics(report, text is not None)}</aside>"
    )
    skip = '<a class="skip" href="#source">skip to the report</a>' if text is not None else ""
    return f'{skip}<div class="wrap">{aside}<main>{source}</main></div>'


def render_html(report: Report, text: str | None = None) -> str:
    """Draw a report as one self-contained HTML page, and return the page.

    ``text`` is the string the report was parsed from (what
    :func:`govreport.read_text` returns for a file): the page shows all of it,
    in order, with every section heading, measure (its lead marked),
    paragraph, line read as metadata, page chrome and diagnostic marked, and
    every figure an element whose ``data-`` attributes (and hover or focus
    read-out) give its value, unit, qualifier, name, change and target flag.
    Without ``text`` the page is drawn from the model alone: headings and
    block texts, without chrome and metadata lines.  The page loads nothing
    and runs no script; any markup in the text is shown as text.  Raises
    :class:`ValueError` when the report's figures are not where ``text``
    has them (a different text, or one whose line ends were changed).

    >>> import govreport
    >>> text = "政府工作报告\\n\\n一、主要目标\\n\\n稳增长。地区生产总值增长6%左右。\\n"
    >>> page = govreport.render_html(govreport.parse(text), text)
    >>> page.startswith("<!DOCTYPE html>"), 'data-value="6" data-unit="%"' in page
    (True, True)
    """
    if text is not None and not isinstance(text, str):
        raise TypeError(f"render_html() takes the source text as a str, not {type(text).__name__}")
    if not isinstance(report, Report):
        raise TypeError(f"render_html() takes a Report, not {type(report).__name__}")
    if text is not None:
        _check_text(report, text)
    title = report.metadata.title or "(untitled report)"
    return _page(title, _body(report, text, title))


def _check_text(report: Report, text: str) -> None:
    """Refuse a text the report's spans do not index: the page would put the
    marks in the wrong places (a file read with ``open().read()``, which turns
    ``\\r\\n`` into ``\\n``, beside the report of ``parse_file``)."""
    ends = [s.span.end for _, s in report.walk()] + [d.span.end for d in report.diagnostics]
    for _, _, q in report.iter_quantities():
        if q.span.slice(text) != q.raw:
            ends.append(len(text) + 1)
            break
    if ends and max(ends) > len(text):
        raise ValueError(
            "render_html(): the text is not the one the report was parsed from "
            "(for a file, pass govreport.read_text(path), the text parse_file parses)"
        )


def render_fragment(report: Report) -> str:
    """The model-only page as one element with its style, for a notebook
    (whose page holds other outputs: the anchors are made unique to it)."""
    title = report.metadata.title or "(untitled report)"
    return f'<div class="gr"><style>{_CSS}</style>{_body(report, None, title, f"gr{id(report):x}-")}</div>'


def _find_figures(text: str, quantities: Sequence[Quantity], figures: Iterator[int]) -> str:
    """A block's text with its figures marked, found by their source text in
    order (the block text has the line breaks of its source removed)."""
    marks: list[_Mark] = []
    pos = 0
    for q in quantities:
        n = next(figures)
        at = text.find(q.raw, pos)
        if at < 0:
            continue
        shifted = q.span.start
        for m in _figure_marks(q, n)[:1]:
            marks.append(m._replace(start=m.start - shifted + at, end=m.end - shifted + at))
        pos = at + len(q.raw)
    return _nest(text, marks)


def _model_source(report: Report, prefix: str) -> tuple[str, list[_Outline]]:
    """Without the source text: each heading and block from the model, in
    order, figures marked where their text is found (chrome and lines read as
    metadata are not in the model, so they are not shown)."""
    out: list[str] = []
    outline: list[_Outline] = []
    figures = itertools.count()
    counter = itertools.count()

    def blocks(items: tuple[Block, ...], path: tuple[str, ...]) -> None:
        for b in items:
            where = " / ".join(path) or "preamble"
            if isinstance(b, Measure):
                lead = f'<span class="lead">{_attr_text(b.lead)}</span>'
                if b.text.startswith(b.lead):  # the lead marked where it opens the text
                    body = lead + _find_figures(b.text[len(b.lead) :], b.quantities, figures)
                else:
                    body = _find_figures(b.text, b.quantities, figures)
                out.append(f'<div class="blk measure" data-label="measure · {_quoted(where)}">{body}</div>')
            else:
                body = _find_figures(b.text, b.quantities, figures)
                out.append(f'<div class="blk para" data-label="paragraph · {_quoted(where)}">{body}</div>')

    roots: list[tuple[tuple[str, ...], tuple[Block, ...], tuple[Section, ...], str]] = [
        ((), report.preamble, report.sections, "")
    ]
    roots += [((a.label,), a.blocks, a.sections, f"{a.label} {a.title}".strip()) for a in report.attachments]
    for k, (root, items, sections, label) in enumerate(roots):
        children = outline
        if label:
            out.append(
                f'<div class="hd att" id="{prefix}a{k}" role="heading" aria-level="2">{_attr_text(label)}</div>'
            )
            node = _Outline(f"{prefix}a{k}", label, [])
            outline.append(node)
            children = node.children
        blocks(items, root)
        parents: dict[int, list[_Outline]] = {0: children}
        for path, section, n in _sections(sections, root, counter):
            level = min(section.depth + 1 + (1 if label else 0), 6)
            out.append(
                f'<div class="hd" id="{prefix}s{n}" role="heading" aria-level="{level}" '
                f'data-label="section · depth {section.depth}">{_attr_text(_heading_text(section))}</div>'
            )
            node = _Outline(f"{prefix}s{n}", _heading_text(section), [])
            parents.get(section.depth - 1, children).append(node)
            parents[section.depth] = node.children
            blocks(section.blocks, path)
    return '<div class="src" lang="zh-CN">' + "\n".join(out) + "</div>", outline


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="govreport">'
        f"<title>{_attr_text(title)}</title><style>{_CSS}body{{margin:0}}</style></head>"
        f'<body class="gr">{body}</body></html>\n'
    )


class _Entry(NamedTuple):
    """A row of the index page: the file, its page (``None`` if it failed),
    and its report or the reason it has none."""

    path: str
    page: str | None
    report: Report | None
    error: str | None


def render_index(entries: Sequence[_Entry]) -> str:
    """One page listing the reports of a folder, each linked to its page."""
    rows = []
    for e in entries:
        name = _attr_text(e.path)
        if e.report is None or e.page is None:
            rows.append(
                f'<tr><td colspan="7" class="diag">{_attr_text(e.error or "")}</td><td>{name}</td></tr>'
            )
            continue
        r = e.report
        meta = r.metadata
        cells = [
            f'<a href="{html.escape(urllib.parse.quote(e.page), quote=True)}">'
            f"{_attr_text(meta.title or '(untitled)')}</a>",
            str(meta.date or ""),
            meta.kind.value if meta.kind else "",
            str(sum(1 for _ in r.walk())),
            str(sum(1 for _ in r.iter_measures())),
            str(sum(1 for _ in r.iter_quantities())),
            str(len(r.diagnostics)),
            f'<span class="at">{name}</span>',
        ]
        rows.append(
            "<tr>"
            + "".join(f'<td class="nw">{c}</td>' if k == 1 else f"<td>{c}</td>" for k, c in enumerate(cells))
            + "</tr>"
        )
    head = "".join(
        f'<th scope="col">{h}</th>'
        for h in ("title", "date", "kind", "sections", "measures", "figures", "diagnostics", "file")
    )
    failed = sum(e.report is None for e in entries)
    title = f"{len(entries) - failed} reports" + (f", {failed} failed" if failed else "")
    body = (
        f'<main class="wrap" style="display:block"><h1>{title}</h1><div style="overflow-x:auto">'
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></main>"
    )
    return _page(title, body)


def _read(path: str, encoding: str | None) -> str:
    return read_text(sys.stdin.buffer if path == "-" else path, encoding=encoding)


def _page_names(paths: Sequence[str]) -> list[str]:
    """A page file name per report file: its stem, numbered when two share it."""
    names: list[str] = []
    taken: set[str] = {"index.html"}
    for path in paths:
        stem = Path(path).stem or "report"
        name, n = f"{stem}.html", 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}.html"
        taken.add(name)
        names.append(name)
    return names


def view_paths(
    paths: Sequence[str],
    output: str,
    *,
    recursive: bool = False,
    pattern: str = "*.txt",
    encoding: str | None = None,
) -> int:
    """``govreport view``: one file to the page ``output`` (``-``: standard
    output); several files, folders or patterns (or one file and an existing
    folder ``output``) to one page each in the folder ``output``, with
    ``index.html`` listing them.  Returns the exit status: 1 if any file
    could not be read or a page could not be written."""
    found = list(expand_paths(paths, recursive=recursive, pattern=pattern))
    single = len(paths) == 1 and [p for p, _ in found] == list(paths) and not os.path.isdir(paths[0])
    try:
        if single and not os.path.isdir(output):
            return _view_one(paths[0], output, encoding)
        return _view_many(found, output, encoding)
    except OSError as exc:  # the output cannot be written: a message, not a traceback
        _fail(exc.filename or output, exc)
        return 1


def _view_one(path: str, output: str, encoding: str | None) -> int:
    try:
        text = _read(path, encoding)
    except (OSError, GovReportError) as exc:
        _fail(path, exc)
        return 1
    page = render_html(parse(text), text)
    if output == "-":
        sys.stdout.write(page)
    else:
        Path(output).write_text(page, encoding="utf-8")
    return 0


def _view_many(found: Sequence[tuple[str, str | None]], output: str, encoding: str | None) -> int:
    os.makedirs(output, exist_ok=True)
    status = 0
    entries: list[_Entry] = []
    names = iter(_page_names([p for p, message in found if message is None]))
    for path, message in found:
        if message is not None:
            print(f"govreport: {path}: {message}", file=sys.stderr)
            entries.append(_Entry(path, None, None, message))
            status = 1
            continue
        name = next(names)
        try:
            text = _read(path, encoding)
        except (OSError, GovReportError) as exc:
            entries.append(_Entry(path, None, None, _fail(path, exc)))
            status = 1
            continue
        report = parse(text)
        Path(output, name).write_text(render_html(report, text), encoding="utf-8")
        entries.append(_Entry(path, name, report, None))
    Path(output, "index.html").write_text(render_index(entries), encoding="utf-8")
    return status


def _fail(path: str, exc: Exception) -> str:
    """Report a file that could not be read, worded as the other commands do."""
    if isinstance(exc, OSError):
        message = exc.strerror or str(exc)
    elif isinstance(exc, DecodeError):
        message = f"cannot decode ({exc.reason}); tried {', '.join(exc.encodings)}"
    else:
        message = str(exc).removeprefix(f"{path}: ")
    print(f"govreport: {'<stdin>' if path == '-' else path}: {message}", file=sys.stderr)
    return message
