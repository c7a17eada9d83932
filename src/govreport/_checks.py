"""Checks on the finished parse that become diagnostics: text that is no
text (control characters, lone surrogates), markers without a title, and a
report given more than once in one text."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Sequence

from govreport import _grammar
from govreport._text import Line, line_number
from govreport.models import Attachment, Diagnostic, DiagnosticKind, Marker, Section, Span

#: A body line at least this long opens the report's text: the same whole
#: line again further on is where a second copy starts.
REPEAT_LINE_MIN = 20


def _start(line: Line) -> int:
    return line.start


def repeated_text(
    folded: str, lines: Sequence[Line], skip: Container[int], claims: Container[int]
) -> Diagnostic | None:
    """The ``repeated-text`` diagnostic, if the report is given again: its
    first body line of ``REPEAT_LINE_MIN`` characters or more (not in
    ``skip``, chrome, nor in ``claims``, the header) stands again later as a whole line.  A scraped
    file that holds the page two or three times (a dataset row joining its
    copies) reads as one long report.  One search per copy: linear.

    >>> from govreport._text import split_lines
    >>> text = "过去一年，全市经济运行稳中有进，主要目标顺利完成。\\n就业稳定。\\n" * 3
    >>> repeated_text(text, split_lines(text), set(), {}).message
    'the text from line 1 is given 2 more times; the first repeat starts at line 3'
    """
    first = next(
        (
            ln
            for i, ln in enumerate(lines)
            if ln.end - ln.start >= REPEAT_LINE_MIN and not ln.blank and i not in skip and i not in claims
        ),
        None,
    )
    if first is None:
        return None
    needle = folded[first.start : first.end]
    at = folded.find(needle, first.end)
    if at < 0:
        return None
    repeats: list[Line] = []
    while at >= 0:
        k = bisect_left(lines, at, key=_start)
        if k < len(lines) and lines[k].start == at and lines[k].end == at + len(needle):
            repeats.append(lines[k])  # a whole line, not words inside another
        at = folded.find(needle, at + len(needle))
    if not repeats:
        return None
    times = "time" if len(repeats) == 1 else "times"
    return Diagnostic(
        kind=DiagnosticKind.REPEATED_TEXT,
        message=f"the text from line {first.number} is given {len(repeats)} more {times}; "
        f"the first repeat starts at line {repeats[0].number}",
        span=Span(start=repeats[0].start, end=repeats[0].end, line=repeats[0].number),
    )


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
    for m in _grammar.INVALID_TEXT.finditer(text, start, None, False, _grammar.HOLD_GIL):
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
        if section.children:
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
    if _grammar.LONE_SURROGATE.search(text, 0, None, _grammar.HOLD_GIL) is None:
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
