"""Checks on the finished parse that become diagnostics: text that is no
text (control characters, lone surrogates), and markers without a title."""

from __future__ import annotations

from collections.abc import Sequence

from govreport import _grammar
from govreport._text import Line, line_number
from govreport.models import Attachment, Diagnostic, DiagnosticKind, Section, Span


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
        line = line_number(text, lines, begins, m.start())
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
    found: list[Diagnostic] = []
    # one message per marker spelling: a heading-dense text repeats them (issue 8)
    messages: dict[str, str] = {}
    stack = [s for tree in (sections, *(a.sections for a in attachments)) for s in tree]
    stack.reverse()
    while stack:
        section = stack.pop()
        marker = section.marker
        if not section.title and marker is not None:
            message = messages.get(marker.text)
            if message is None:
                message = messages[marker.text] = f"{marker.text} has no title"
            found.append(Diagnostic(kind=DiagnosticKind.EMPTY_TITLE, message=message, span=marker.span))
        stack.extend(reversed(section.children))
    return found
