"""Checks on the finished parse that become diagnostics: text that is no
text (control characters, lone surrogates), and markers without a title."""

from __future__ import annotations

from collections.abc import Sequence

from govreport import _grammar
from govreport._text import Line, line_number
from govreport.models import Attachment, Diagnostic, DiagnosticKind, Marker, Section, Span


def invalid_text(text: str, lines: Sequence[Line], start: int = 0) -> list[Diagnostic]:
    """One ``invalid-text`` diagnostic per run of control characters or lone
    surrogates: they pass into titles and text as they are, and a terminal
    or a UTF-8 file cannot show them.  None is before ``start`` (what
    ``first_odd`` found: the text is not scanned twice).

    >>> from govreport._text import split_lines
    >>> [d.message for d in invalid_text("一、总体\\x1b[31m要求", split_lines("一、总体\\x1b[31m要求"))]
    ["control character or lone surrogate '\\\\x1b'"]
    """
    found = []
    begins = [ln.begin for ln in lines]
    for m in _grammar.INVALID_TEXT.finditer(text, start):
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


def empty_titles(
    text: str, sections: tuple[Section, ...], attachments: tuple[Attachment, ...]
) -> list[Diagnostic]:
    """One ``empty-title`` diagnostic per run of sections whose marker has no
    title (``二、`` alone on its line), often a title lost in scraping.  A run
    is such headings one right after the other, nothing but white space
    between them: a text of nothing but markers gets one diagnostic, not one
    per line.

    >>> import govreport
    >>> text = "一、总体要求\\n二、\\n（一）\\n（二）\\n"
    >>> [d.message for d in empty_titles(text, govreport.parse(text).sections, ())]
    ['二、 and the 2 sections right after it have no title']
    """
    runs: list[tuple[Marker, Marker, int]] = []  # first marker, last marker, how many
    stack = [s for tree in (sections, *(a.sections for a in attachments)) for s in tree]
    stack.reverse()
    while stack:
        section = stack.pop()
        stack.extend(reversed(section.children))
        marker = section.marker
        if section.title or marker is None:
            continue
        if runs and not text[runs[-1][1].span.end : marker.span.start].strip():
            first, _, count = runs[-1]
            runs[-1] = (first, marker, count + 1)
        else:
            runs.append((marker, marker, 1))
    found = []
    for first, last, count in runs:
        if count == 1:
            message, span = f"{first.text} has no title", first.span
        else:
            after = "the section" if count == 2 else f"the {count - 1} sections"
            message = f"{first.text} and {after} right after it have no title"
            span = Span(start=first.span.start, end=last.span.end, line=first.span.line)
        found.append(Diagnostic(kind=DiagnosticKind.EMPTY_TITLE, message=message, span=span))
    return found


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return repr(char)[1:-1]


def encodable(text: str) -> str:
    """``text`` with each lone surrogate escaped, so that it always encodes
    as UTF-8: a byte of a file name that is not UTF-8 (which Python keeps as
    a surrogate) as ``\\xff``, any other as ``\\ud800``.

    >>> encodable("b\\udcff.txt"), encodable("一\\ud800")
    ('b\\\\xff.txt', '一\\\\ud800')
    """
    if _grammar.LONE_SURROGATE.search(text) is None:
        return text
    return _grammar.LONE_SURROGATE.sub(lambda m: _escape(m[0]), text)


def printable(text: str) -> str:
    """``text`` for a terminal: control characters escaped (``\\x1b``), and
    lone surrogates as :func:`encodable` writes them; a file name holding
    ``\\x1b[2J`` would otherwise clear the screen.

    >>> printable("\\x1b[2Jevil.txt")
    '\\\\x1b[2Jevil.txt'
    """
    return _grammar.INVALID_TEXT.sub(lambda m: "".join(map(_escape, m[0])), text)
