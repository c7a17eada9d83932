"""Human-readable renderings of a report: an indented outline, and Markdown."""

from __future__ import annotations

from collections.abc import Iterable

from govreport import _grammar
from govreport._headings import match_marker
from govreport._text import fold
from govreport.models import Block, MarkerFamily, Measure, Metadata, Report, Section, _walk

_FACTS = ("subtitle", "date", "source", "meeting", "speaker", "authors", "region", "kind", "year")


def _fact(meta: Metadata, name: str) -> str | None:
    value = getattr(meta, name)
    if value is None:
        return None
    if name == "speaker":
        return " ".join(p for p in (value.post, value.name) if p)
    if name == "authors":
        return "、".join(value)
    if name == "kind":
        return str(value.value)
    return str(value)


def _facts(meta: Metadata) -> list[str]:
    return [f"{name}: {text}" for name in _FACTS if (text := _fact(meta, name)) is not None]


def _plural(n: int, noun: str) -> str:
    """``1 block``, ``2 blocks``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _count(blocks: Iterable[Block]) -> str:
    n = sum(1 for b in blocks if isinstance(b, Measure))
    return f"  [{_plural(n, 'measure')}]" if n else ""


def _outlines(report: Report) -> list[tuple[str | None, tuple[Block, ...], tuple[Section, ...]]]:
    """The main outline (no heading), then each attachment under its label and title."""
    return [(None, (), report.sections)] + [
        (f"{a.label} {a.title}".strip(), a.blocks, a.sections) for a in report.attachments
    ]


def _heading(section: Section) -> str:
    """Marker and title as a heading line writes them; a 【概况】 marker is its own title."""
    if section.marker is None:
        return section.title
    if section.marker.family is MarkerFamily.BRACKET:
        return section.marker.text
    return f"{section.marker.text}{section.title}"


def _inline_body(section: Section) -> Block | None:
    """The block that went on the heading's own line when it opens with a marker
    (一、总体要求。1.正文…): written on a line of its own it would read as a heading."""
    first = section.blocks[0] if section.blocks else None
    if (
        first is None
        or first.span.line != section.title_span.line
        or first.span.start < section.title_span.end
    ):
        return None
    head = fold(first.text)
    if match_marker(head, 0, len(head)) is None and not _grammar.ATTACHMENT.match(head):
        return None
    return first


def render_outline(report: Report, *, diagnostics: bool = False) -> str:
    """Title, facts, then one line per section: marker, title, measure count;
    with ``diagnostics``, one line per diagnostic after the count."""
    meta = report.metadata
    out = [meta.title or "(untitled)"]
    out += [f"  {fact}" for fact in _facts(meta)]
    if report.preamble:
        out.append(f"(preamble: {_plural(len(report.preamble), 'block')}){_count(report.preamble)}")
    for heading, blocks, sections in _outlines(report):
        indent = ""
        if heading is not None:
            out.append(f"{heading}{_count(blocks)}")
            indent = "  "
        for _, section in _walk((), sections):
            pad = indent + "  " * (section.depth - 1)
            marker = section.marker.text if section.marker else "·"
            out.append(f"{pad}{marker} {section.title}{_count(section.blocks)}")
    if report.diagnostics:
        out.append(f"({_plural(len(report.diagnostics), 'diagnostic')})")
    if diagnostics:
        out += [f"  line {d.span.line}: {d.kind.value}: {d.message}" for d in report.diagnostics]
    return "\n".join(out) + "\n"


def _blocks_md(blocks: Iterable[Block]) -> list[str]:
    out = []
    for b in blocks:
        if isinstance(b, Measure):
            marker = b.marker.text if b.marker else ""
            rest = b.text.split(b.lead, 1)[1] if b.lead and b.lead in b.text else b.text
            out.append(f"- {marker}**{b.lead}**{rest}".replace("\n", " "))
        else:
            out.append(b.text)
        out.append("")
    return out


def _header_md(meta: Metadata) -> list[str]:
    """The facts, written the way report headers write them, so that parsing
    the Markdown reads them back (时间:… 来源:…, ——…在…会议上, post and name)."""
    # no "# (untitled)" for a report without a title: it would read back as one
    lines = [f"# {meta.title}"] if meta.title else []
    if meta.subtitle:
        lines.append(meta.subtitle)
    if meta.meeting:
        when = f"{meta.date.year}年{meta.date.month}月{meta.date.day}日" if meta.date else ""
        lines.append(f"——{when}在{meta.meeting}上")
    if meta.speaker:
        lines.append(" ".join(p for p in (meta.speaker.post, meta.speaker.name) if p))
    if meta.authors:
        lines.append("作者:" + " ".join(meta.authors))
    labelled = []
    if meta.date and not meta.meeting:
        labelled.append(f"时间:{meta.date.isoformat()}")
    if meta.source:
        labelled.append(f"来源:{meta.source}")
    if labelled:
        lines.append(" ".join(labelled))
    if meta.salutation:
        lines.append(f"{meta.salutation}:")
    return [part for line in lines for part in (line, "")]


def render_markdown(report: Report) -> str:
    """Headings as ``#`` (the title is the top level), measures as list items.

    Parsing the result gives back the same outline and header facts.
    """
    out = _header_md(report.metadata)
    out += _blocks_md(report.preamble)
    for heading, blocks, sections in _outlines(report):
        base = 1
        if heading is not None:
            out += [f"## {heading}", "", *_blocks_md(blocks)]
            base = 2
        for _, section in _walk((), sections):
            heading, blocks = _heading(section), section.blocks
            inline = _inline_body(section)
            if inline is not None:
                heading, blocks = f"{heading}。{inline.text}", blocks[1:]
            out += ["#" * min(base + section.depth, 6) + f" {heading}", ""]
            out += _blocks_md(blocks)
    return "\n".join(out).rstrip() + "\n"
