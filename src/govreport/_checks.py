"""Checks on the finished parse that become diagnostics: text that is no
text (control characters, lone surrogates), and markers without a title."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from govreport import _grammar
from govreport._text import Line
from govreport.models import Attachment, Diagnostic, DiagnosticKind, Section, Span, _walk


def invalid_text(text: str, lines: Sequence[Line]) -> list[Diagnostic]:
    """One ``invalid-text`` diagnostic per run of control characters or lone
    surrogates: they pass into titles and text as they are, and a terminal
    or a UTF-8 file cannot show them.

    >>> from govreport._text import split_lines
    >>> [d.message for d in invalid_text("一、总体\\x1b[31m要求", split_lines("一、总体\\x1b[31m要求"))]
    ["control character or lone surrogate '\\\\x1b'"]
    """
    found = []
    begins = [ln.begin for ln in lines]
    for m in _grammar.INVALID_TEXT.finditer(text):
        line = lines[bisect_right(begins, m.start()) - 1].number if lines else 1
        what = (
            "control characters or lone surrogates"
            if len(m[0]) > 1
            else "control character or lone surrogate"
        )
        found.append(
            Diagnostic(
                kind=DiagnosticKind.INVALID_TEXT,
                message=f"{what} {m[0][:10]!r}",
                span=Span(start=m.start(), end=m.end(), line=line),
            )
        )
    return found


def empty_titles(sections: tuple[Section, ...], attachments: tuple[Attachment, ...]) -> list[Diagnostic]:
    """One ``empty-title`` diagnostic per section whose marker has no title
    (``二、`` alone on its line), often a title lost in scraping.

    >>> import govreport
    >>> [d.message for d in empty_titles(govreport.parse("一、总体要求\\n二、\\n").sections, ())]
    ['二、 has no title']
    """
    trees = [sections, *(a.sections for a in attachments)]
    return [
        Diagnostic(
            kind=DiagnosticKind.EMPTY_TITLE, message=f"{s.marker.text} has no title", span=s.marker.span
        )
        for tree in trees
        for _, s in _walk((), tree)
        if not s.title and s.marker is not None
    ]
