"""Span checks shared by the seed tests and the property tests."""

from __future__ import annotations

import re
from collections.abc import Iterator

from govreport import Block, Measure, Report, Span, _grammar
from govreport._text import blank_stand_ins, escaped_breaks

#: Zero-width characters: invisible, so no span needs to hold them (DESIGN §6).
# a Markdown rendering's heading prefix before a numbered measure's marker
_MD_PREFIX = re.compile(r"(?:#{1,6}\s+)?")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def squeeze(s: str) -> str:
    return "".join(ch for ch in "".join(s.split()) if ch not in _INVISIBLE)


def all_blocks(report: Report) -> Iterator[Block]:
    yield from report.preamble
    for att in report.attachments:
        yield from att.blocks
    for _, section in report.walk():
        yield from section.blocks


def all_spans(report: Report, *, containers: bool = True) -> Iterator[Span]:
    """Every span the report holds (without ``containers``: but a Section's or
    an Attachment's whole extent)."""
    meta = report.metadata
    yield from (fs.span for fs in meta.spans)
    yield from (c.span for c in meta.contacts or ())
    yield from (d.span for d in report.diagnostics)
    for a in report.attachments:
        if containers:
            yield a.span
        yield a.label_span
        yield a.title_span
    for _, s in report.walk():
        if containers:
            yield s.span
        yield s.title_span
        yield s.heading_span
        if s.marker:
            yield s.marker.span
    for b in all_blocks(report):
        yield b.span
        for q in b.quantities:
            yield q.span
            if q.change:
                yield q.change.span
        if isinstance(b, Measure):
            yield b.lead_span
            if b.marker:
                yield b.marker.span
            for item in b.items:
                yield item.span
                yield item.marker.span


def check_spans(report: Report, text: str) -> None:
    """Every span is in range and slices to the text of its object."""
    escaped = escaped_breaks(text)
    for span in all_spans(report):
        assert 0 <= span.start <= span.end <= len(text), span
        if escaped:  # one physical line, its breaks written out: those count
            assert span.line == 1 + len(_grammar.ESCAPED_BREAK.findall(text, 0, span.start)), span
            continue
        # lines end wherever str.splitlines() says (\n, \r\n, \r, \x0c, U+2028 …)
        assert span.line == len((text[: span.start] + "x").splitlines()), span
    if escaped:  # the written-out breaks are white space between lines
        text = _grammar.ESCAPED_BREAK.sub(lambda m: " " * len(m[0]), text)
    for _, s in report.walk():
        assert squeeze(s.title_span.slice(text)) == squeeze(s.title)
        if s.marker:
            assert s.marker.span.slice(text) == s.marker.text
    for b in all_blocks(report):
        source = squeeze(b.span.slice(text))
        if isinstance(b, Measure):
            # 一是 and —— open a measure's text; a numbered item's marker
            # opens its span, and its text follows the marker
            # (after a Markdown rendering's ``## ``, which the span keeps)
            m = b.marker
            numbered = m is not None and _MD_PREFIX.fullmatch(text, b.span.start, m.span.start) is not None
            after = squeeze(text[m.span.end : b.span.end]) if m is not None and numbered else None
            assert source == squeeze(b.text) or after == squeeze(b.text)
            assert squeeze(b.lead_span.slice(text)) == squeeze(b.lead)
            for item in b.items:
                assert item.marker.span.slice(text) == item.marker.text
                assert squeeze(item.span.slice(text)).endswith(squeeze(item.text))
        else:
            assert source == squeeze(b.text)
        for q in b.quantities:
            assert q.span.slice(text) == q.raw
            assert b.span.start <= q.span.start < q.span.end <= b.span.end


def leaf_spans(report: Report) -> Iterator[Span]:
    """The spans of leaf objects: every span but a Section's or an
    Attachment's whole extent, which would hide what no leaf covers.  (Not
    by identity: a section that is its heading alone shares one span object.)"""
    return all_spans(report, containers=False)


def uncovered(report: Report, text: str) -> str:
    """The non-blank characters no leaf span covers (should be empty)."""
    covered = bytearray(len(text))
    if escaped_breaks(text):  # line breaks written out: \r\n between lines is no text
        for m in _grammar.ESCAPED_BREAK.finditer(text):
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for span in leaf_spans(report):
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    # &nbsp; and ???? stand for spaces: as blank as the spaces they stand for
    return "".join(
        ch
        for ch, c in zip(blank_stand_ins(text), covered, strict=True)
        if not c and not ch.isspace() and ch not in _INVISIBLE
    )
