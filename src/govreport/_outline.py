"""The section stack: nesting, restarts, attachments, ordinals."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from govreport import _grammar, _make
from govreport._layout import (
    ATTACHMENT,
    BRACKET,
    DASH,
    HEADING,
    SHORT_LINE,
    SUBHEADING,
    TEXT,
    Unit,
    ends_sentence,
)
from govreport._measures import adjacent, blocks_of, numbered_measure, summary_for
from govreport.models import (
    Attachment,
    Block,
    Diagnostic,
    DiagnosticKind,
    Marker,
    MarkerFamily,
    Section,
    Span,
)

#: At most this many short lines after 附件 make up the attachment's title.
ATTACHMENT_TITLE_LINES = 3


class _Node:
    """A section while the stack is being built."""

    __slots__ = ("body", "children", "family", "heading")

    def __init__(self, heading: Unit | None, family: MarkerFamily | None) -> None:
        # (its Marker is made when the section is: fewer objects alive at once)
        self.heading = heading
        self.family = family
        # lists made on the first append: most nodes of a heading-dense text
        # have neither (two objects less per heading)
        self.body: list[Unit] | tuple[Unit, ...] = ()
        self.children: list[_Node] | tuple[_Node, ...] = ()

    def add_body(self, unit: Unit) -> None:
        if isinstance(self.body, list):
            self.body.append(unit)
        else:
            self.body = [unit]

    def add_child(self, node: _Node) -> None:
        if isinstance(self.children, list):
            self.children.append(node)
        else:
            self.children = [node]


@attrs.define
class _Tree:
    """One outline: the main body, or an attachment."""

    root: _Node
    opener: Unit | None = None  # the 附件 line
    title_units: list[Unit] = attrs.Factory(list)


@attrs.frozen
class Outline:
    preamble: tuple[Block, ...]
    sections: tuple[Section, ...]
    attachments: tuple[Attachment, ...]
    diagnostics: tuple[Diagnostic, ...]


def build_outline(units: list[Unit]) -> Outline:
    """The outline of a document's units.  Takes ``units`` over and empties
    the list once the section tree is built: each unit is then let go as soon
    as its section is made, which on heading-dense text keeps the peak memory
    (and the garbage collector's work) down by a third."""
    trees = [_Tree(_Node(None, None))]
    stack: list[_Node] = [trees[0].root]
    # last ordinal per family, to accept numbering that continues across
    # parents (seed 002 numbers 1.–41. across (一)–(四); 第N条 run through
    # chapters and sections)
    last_seen: dict[MarkerFamily, int] = {}
    diagnostics: list[Diagnostic] = []
    k, n = 0, len(units)
    while k < n:
        unit = units[k]
        k += 1
        kind = unit.kind
        if kind is TEXT:
            stack[-1].add_body(unit)
            continue
        if kind is ATTACHMENT:
            tree = _Tree(_Node(None, None), opener=unit)
            if not _attachment_title(unit, _attachment(unit)):
                while k < n and len(tree.title_units) < ATTACHMENT_TITLE_LINES and _is_title_line(units[k]):
                    tree.title_units.append(units[k])
                    k += 1
            trees.append(tree)
            stack = [tree.root]
            last_seen = {}
            continue
        if kind is HEADING:
            assert unit.marker is not None
            family, ordinal = unit.marker.family, unit.marker.ordinal
        else:  # 【概况】, or a title line with no marker
            family = MarkerFamily.BRACKET if kind is BRACKET else MarkerFamily.UNNUMBERED
            ordinal = None
        level = len(stack)
        for d in range(len(stack) - 1, 0, -1):
            if stack[d].family is family:
                level = d
                break
        del stack[level:]
        parent = stack[-1]
        if ordinal is not None:
            if ordinal != 1:  # (1, a restart, is always fine)
                diag = _check_ordinal(parent, unit, last_seen.get(family))
                if diag is not None:
                    diagnostics.append(diag)
            last_seen[family] = ordinal
        node = _Node(unit, family)
        parent.add_child(node)
        stack.append(node)

    units.clear()
    main = trees[0]
    preamble, sections = _contents(main.root, 1, top=True)
    attachments = tuple(_finish_attachment(t) for t in trees[1:])
    return Outline(tuple(preamble), sections, attachments, tuple(diagnostics))


def _marker(unit: Unit) -> Marker | None:
    if unit.kind is BRACKET:
        # the whole 【概况】 is the marker (without a Markdown ## before it); 概况 is the title
        assert unit.title is not None
        start, end = unit.title[0] - 1, unit.title[1] + 1
        return _make.marker(unit.text[start:end], MarkerFamily.BRACKET, None, unit.span(start, end))
    if unit.kind is not HEADING or unit.marker is None:
        return None
    m = unit.marker
    span = unit.span(m.start, m.end)
    # the source's text, not the joined line's: a marker broken over two
    # lines (（ / 一）) keeps its line break, as its span does; one string
    # per marker spelling (heading-dense text)
    text = sys.intern(unit.source[span.start : span.end])
    return _make.marker(text, m.family, m.ordinal, span)


def _check_ordinal(parent: _Node, unit: Unit, continued: int | None) -> Diagnostic | None:
    """A gap or repeat in the numbering of a heading ``unit`` (the caller
    leaves out 1: a restart, seed 000, is always fine)."""
    m = unit.marker
    assert m is not None and m.ordinal is not None
    ordinal = m.ordinal
    prev = next(
        (c.heading.marker for c in reversed(parent.children) if c.family is m.family and c.heading), None
    )
    if prev is not None and prev.ordinal is not None:
        if ordinal == prev.ordinal + 1:
            return None
        kind = DiagnosticKind.ORDINAL_REPEAT if ordinal <= prev.ordinal else DiagnosticKind.ORDINAL_GAP
        expected = prev.ordinal + 1
    else:
        if continued is not None and ordinal == continued + 1:
            return None
        kind, expected = DiagnosticKind.ORDINAL_GAP, 1
    return Diagnostic(
        kind=kind,
        message=f"expected ordinal {expected}, found {unit.text[m.start : m.end]} (ordinal {ordinal})",
        span=unit.span(m.start, m.end),
    )


# How a numbered item's heading line ends.  (Integers: a list's shapes are
# tuples of ints, which the garbage collector stops tracking.)
_FORM_TEXT = 0  # title, stop and text: 1.推进垃圾分类。实现…
_FORM_STOP = 1  # title and stop: 1.针对…问题。
_FORM_TITLE = 2  # title alone: （一）聚力促进更高水平开放


def _form(unit: Unit) -> int:
    assert unit.title is not None
    _, title_end, body = unit.title
    folded = unit.folded  # (as long as the text: folding keeps offsets)
    if body < len(folded):
        return _FORM_TEXT
    return _FORM_STOP if title_end < len(folded.rstrip()) else _FORM_TITLE


#: A decided item: its heading's form, and how many paragraphs under it it
#: takes as a measure (``None``: it is a section).
_Shape = tuple[int, int | None]

#: Ordinal openers (第一,…) number measures; as a title line they take the
#: one paragraph under them.
_ORDINAL_OPENERS = frozenset((MarkerFamily.ENUM_SHI, MarkerFamily.ENUM_DI))
#: Sections of no numbering: a title line alone, or 【概况】.
_UNNUMBERED = frozenset((MarkerFamily.UNNUMBERED, MarkerFamily.BRACKET))


def _measure_body(node: _Node, form: int, siblings: Sequence[_Shape], *, last: bool) -> int | None:
    """How many of the paragraphs under a numbered item belong to it as a
    measure, or ``None`` when the item is a section.

    An item without numbered children is a measure when its whole body is one
    paragraph: the rest of its line after the title's stop, the one paragraph
    under a title ending in a stop, or the one paragraph under an ordinal
    opener's title line (第三,…).  One with several paragraphs is a section
    whose measures and paragraphs they are; so is one with —— bullets under
    it.  Items of a list are alike (``siblings``: the items of its family
    before it): what follows the ``last`` of a list of measures (at least
    half of its items alike) closes the list, it is not part of the item.
    """
    unit = node.heading
    if node.children or unit is None or unit.kind is not HEADING:
        return None
    body = len(node.body)
    if body:  # (a heading alone is decided by its form: heading-dense text)
        like = [s for s in siblings if s[1] is not None] if last else []  # the measures among them
        if like and 2 * len(like) >= len(siblings) and all(s == like[0] for s in like):
            like_form, like_body = like[0]
            if like_form == form and like_body is not None and body > like_body:
                return like_body
        if any(u.marker is not None and u.marker.family is DASH for u in node.body):
            return None
    if form == _FORM_TEXT:
        return 0 if body == 0 else None
    if form == _FORM_STOP:
        return body if body <= 1 else None
    return 1 if node.family in _ORDINAL_OPENERS and body == 1 else None


def _contents(
    node: _Node, depth: int, *, opening: bool = False, top: bool = False
) -> tuple[list[Block], tuple[Section, ...]]:
    """What is under ``node``: the blocks of its own paragraphs (``opening``:
    they open a section's body), then its items that are measures, each with
    the paragraphs closing its list; and its items that are sections, at
    ``depth``."""
    # one paragraph between a heading and its numbered items sums them up (当前国际形势仍处于
    # 复杂而深刻的变动之中。…); several are its measures, the first as the others
    summary = len(node.body) == 1 and bool(node.children)
    blocks = blocks_of(node.body, opening=opening, summary=summary) if node.body else []
    if not node.children:
        return blocks, ()
    items, sections = _finish_children(node, depth, top=top)
    return blocks + list(items), sections


def _finish_children(node: _Node, depth: int, *, top: bool) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """The measures among ``node``'s items (each followed by the paragraphs
    that close its list, if any) and its sections; ``top``: no numbered item
    stands above ``node``'s."""
    blocks: list[Block] = []
    sections: list[Section] = []
    shapes: dict[MarkerFamily | None, list[_Shape]] = {}
    last = {child.family: k for k, child in enumerate(node.children)}
    decided: list[int | None] = []
    for k, child in enumerate(node.children):
        siblings = shapes.get(child.family)
        if siblings is None:
            siblings = shapes[child.family] = []
        heading = child.heading
        if heading is None or heading.title is None:
            n = None
        else:
            form = _form(heading)
            n = _measure_body(child, form, siblings, last=last[child.family] == k)
            siblings.append((form, n))
        decided.append(n)
    # siblings of one family are one kind: (一) with one paragraph beside
    # (二)…(六) with several is a section too, its paragraph its measure (a
    # 2005 national report's 一、 lost its first item to the measures); not
    # ordinal openers, whose title lines each head what is under them (1980:
    # 第二, over three paragraphs, is a section, 第三, over one, a measure)
    mixed = {
        c.family
        for c, n in zip(node.children, decided, strict=True)
        if n is None and c.heading and c.family not in _ORDINAL_OPENERS
    }
    if top:
        # with no numbered item above them, the items of a family are the
        # outline itself: 高阳 2024's (一)…(七), each a title and its text on
        # one line, are its parts, not measures of its preamble
        counts = Counter(c.family for c in node.children if c.heading is not None)
        mixed |= {f for f, n in counts.items() if n > 1 and f not in _ORDINAL_OPENERS}
    for k, child in enumerate(node.children):
        n = None if child.family in mixed else decided[k]
        heading = child.heading
        if n is None:
            sections.append(
                _finish_section(
                    child, depth, measured=decided[k] is not None, top=top and child.family in _UNNUMBERED
                )
            )
        else:
            assert heading is not None
            marker = _marker(heading)
            assert marker is not None
            if n and not adjacent(heading, child.body[0]):
                n = 0  # a measure takes no paragraph across page chrome
            blocks.append(numbered_measure(heading, marker, child.body[:n]))
            blocks += blocks_of(child.body[n:], closing=True)
        # done with: its units go (``build_outline``)
        child.heading = None
        child.body = child.children = ()
    return tuple(blocks), tuple(sections)


def _finish_section(node: _Node, depth: int, *, measured: bool = False, top: bool = False) -> Section:
    """The section of a numbered item; ``measured``: it would be a measure
    but for its siblings, so its paragraph is a measure, not an opening;
    ``top``: no numbered item stands above it or in it."""
    unit = node.heading
    assert unit is not None and unit.title is not None
    ts, te, body = unit.title
    text = unit.text
    blocks: list[Block] = [summary_for(unit, body)] if body < len(text) else []
    children: tuple[Section, ...] = ()
    if node.body or node.children:  # (a heading alone has nothing under it: heading-dense text)
        own, children = _contents(node, depth + 1, opening=not blocks and not measured, top=top)
        blocks += own
    # blocks and children are each in source order: their last ends are enough
    end = unit.end
    if blocks:
        end = max(end, blocks[-1].span.end)
    if children:
        end = max(end, children[-1].span.end)
    # the unit's own span object where the heading, or the section, is the unit alone
    whole = unit.span()
    return _make.section(
        marker=_marker(unit),
        title=text[ts:te].strip(),
        title_span=unit.span(ts, te),
        heading_span=whole if body == len(text) else unit.span(0, body),
        depth=depth,
        span=whole if end == unit.end else _make.span(unit.start, end, unit.line),
        blocks=tuple(blocks),
        children=children,
    )


def _attachment(unit: Unit) -> regex.Match[str] | None:
    md = _grammar.MD_HEADING.match(unit.folded, 0, None, _grammar.HOLD_GIL)
    return _grammar.ATTACHMENT.fullmatch(unit.folded, md.end() if md else 0, None, _grammar.HOLD_GIL)


def _attachment_title(unit: Unit, m: regex.Match[str] | None) -> str:
    """The title on the 附件 line itself (附件1:标题), or empty."""
    return unit.text[m.start("title") :].strip() if m else ""


def _is_title_line(unit: Unit) -> bool:
    return (
        unit.kind in (TEXT, SUBHEADING)
        and unit.marker is None
        and len(unit.pieces) == 1
        and len(unit.folded) <= SHORT_LINE + 5
        and not ends_sentence(unit.folded)
    )


def _finish_attachment(tree: _Tree) -> Attachment:
    opener = tree.opener
    assert opener is not None
    m = _attachment(opener)
    number = m.group("n") if m and m.group("n") else ""
    on_line = _attachment_title(opener, m)
    if on_line:
        at = m.start("title") if m else len(opener.text)
        label_span, title_span = opener.span(0, at), opener.span(at)
        title = on_line
    elif tree.title_units:
        first, last = tree.title_units[0], tree.title_units[-1]
        label_span = opener.span()
        title_span = Span(start=first.start, end=last.end, line=first.line)
        title = "".join(u.text.strip() for u in tree.title_units)
    else:
        label_span, title_span, title = opener.span(), opener.span(len(opener.text)), ""
    # (an attachment's items stay what they are: 实事项目 listed one a line
    # are measures, seed 003)
    blocks, sections = _contents(tree.root, 1)
    ends = [opener.end] + [u.end for u in tree.title_units]
    ends += [b.span.end for b in blocks] + [s.span.end for s in sections]
    return Attachment(
        label=f"附件{number}",
        title=title,
        span=Span(start=opener.start, end=max(ends), line=opener.line),
        label_span=label_span,
        title_span=title_span,
        blocks=tuple(blocks),
        sections=sections,
    )
