"""The parse pipeline: text → lines → metadata → units → outline → Report.

Each stage is a function of the values before it; nothing is global or
mutable, so ``parse`` is safe to call from several threads at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from govreport import _grammar
from govreport._checks import empty_titles, invalid_text, repeated_text
from govreport._layout import build_units, is_heading_line, wrap_width
from govreport._metadata import read_metadata
from govreport._outline import build_outline
from govreport._text import Line, blank_stand_ins, escaped_breaks, first_odd, fold, split_escaped, split_lines
from govreport.models import Diagnostic, DiagnosticKind, Report, Span

#: Button and toolbar lines are looked for among this many first (and all
#: footer) lines: a page's chrome stands above the document's header.
CHROME_HEAD = 40


def find_chrome(folded: str, lines: Sequence[Line]) -> set[int]:
    """Web chrome, found by zone: toolbar buttons among the first
    lines, boilerplate lines anywhere, and the page footer — from the first
    footer opener in the second half of the document to its end."""
    present = [i for i, ln in enumerate(lines) if not ln.blank]
    found: set[int] = set()
    firsts, short, inner = _grammar.BOILERPLATE_FIRSTS, _grammar.BOILERPLATE_SHORT, _grammar.BOILERPLATE_INNER
    inner = tuple(w for w in inner if w in folded)  # (most texts hold none: no look-up per line)
    for k, i in enumerate(present):
        ln = lines[i]
        start, end = ln.start, ln.end
        if (k < CHROME_HEAD and _grammar.BUTTON.fullmatch(folded, start, end, _grammar.HOLD_GIL)) or (
            # the large pattern only where it can match: most lines start
            # with none of its first characters
            (
                folded[start] in firsts
                or folded[start].isspace()
                or (inner and end - start <= short and any(folded.find(w, start, end) >= 0 for w in inner))
            )
            and _grammar.BOILERPLATE.fullmatch(folded, start, end, _grammar.HOLD_GIL)
        ):
            found.add(i)
    for k in range(len(present) // 2, len(present)):
        ln = lines[present[k]]
        if _grammar.FOOTER_START.fullmatch(folded, ln.start, ln.end, _grammar.HOLD_GIL):
            rest = present[k:]
            # a numbered heading after it: the document goes on (a share bar mid-page)
            if not any(is_heading_line(folded, lines[i]) for i in rest):
                found.update(rest)
            break
    return found


def chrome_diagnostics(folded: str, lines: Sequence[Line], chrome: set[int]) -> list[Diagnostic]:
    """One ``boilerplate`` diagnostic per run of chrome lines."""
    diagnostics: list[Diagnostic] = []
    run: list[int] = []
    for i in [*sorted(chrome), -1]:
        # a run goes on across blank lines
        if run and (i < 0 or any(not lines[j].blank for j in range(run[-1] + 1, i))):
            first, last = lines[run[0]], lines[run[-1]]
            more = f" and {len(run) - 1} more lines" if len(run) > 1 else ""
            diagnostics.append(
                Diagnostic(
                    kind=DiagnosticKind.BOILERPLATE,
                    message=f"web page text left out of the outline: {folded[first.start : first.end][:40]!r}{more}",
                    span=Span(start=first.start, end=last.end, line=first.number),
                )
            )
            run = []
        if i >= 0:
            run.append(i)
    return diagnostics


def escaped_diagnostic(text: str, lines: Sequence[Line]) -> Diagnostic:
    """The ``escaped-breaks`` diagnostic: the text was one physical line
    with its line breaks written out, and was read as ``lines``."""
    first = _grammar.ESCAPED_BREAK.search(text, 0, None, _grammar.HOLD_GIL)
    assert first is not None
    return Diagnostic(
        kind=DiagnosticKind.ESCAPED_BREAKS,
        message=f"line breaks written out as {first[0]!r} read as line breaks ({len(lines)} lines)",
        span=Span(start=first.start(), end=first.end(), line=1),
    )


def body_lines(lines: Sequence[Line], skip: set[int], claims: dict[int, int]) -> list[Line | None]:
    """Lines left for the outline; ``None`` where a claimed line breaks the flow."""
    out: list[Line | None] = []
    for i, ln in enumerate(lines):
        if i in skip:
            out.append(None)
        elif i in claims:
            end = claims[i]
            out.append(None if end <= ln.start else ln._replace(end=end))
        else:
            out.append(ln)
    return out


def parse(text: str) -> Report:
    """Parse a report's text into a :class:`~govreport.Report`.

    Never raises on a ``str``: odd structure becomes diagnostics.

    >>> report = parse("政府工作报告\\n\\n一、2017年工作回顾\\n\\n经济平稳增长。全年完成目标。\\n")
    >>> report.metadata.title, [s.title for s in report.sections]
    ('政府工作报告', ['2017年工作回顾'])
    """
    if not isinstance(text, str):
        hint = (
            "govreport.parse_file() for bytes, files and paths"
            if isinstance(text, (bytes, bytearray, memoryview))
            else "a str"
        )
        raise TypeError(f"parse() takes a str, not {type(text).__name__}; use {hint}")
    # &nbsp; and ???? read as the spaces they stand for (same length: the
    # offsets are the text's, and no line break or control character moves)
    spaced = blank_stand_ins(text)
    folded = fold(spaced)
    escaped = escaped_breaks(text)
    # one search for odd line breaks and for invalid text, on the folded copy:
    # folding and blanking touch no odd character, and leave fewer
    # unprintable ones for first_odd to look at twice
    odd = first_odd(folded)
    lines = split_escaped(spaced) if escaped else split_lines(spaced, odd)
    del spaced
    chrome = find_chrome(folded, lines)
    wrap = wrap_width(text, lines)
    metadata, claims, captions = read_metadata(text, folded, lines, chrome, wrap)
    chrome |= captions
    diagnostics = chrome_diagnostics(folded, lines, chrome) + invalid_text(text, lines, odd)
    if escaped:
        diagnostics.append(escaped_diagnostic(text, lines))
    repeated = repeated_text(folded, lines, chrome, claims)
    if repeated is not None:
        diagnostics.append(repeated)
    units = build_units(text, folded, body_lines(lines, chrome, claims), wrap)
    # the lines, then the units (build_outline empties the list), are let go
    # as soon as they are used up: on heading-dense text they weigh as much
    # as the report
    del lines
    outline = build_outline(units)
    diagnostics += empty_titles(text, outline.sections, outline.attachments)
    return Report(
        metadata=metadata,
        preamble=outline.preamble,
        sections=outline.sections,
        attachments=outline.attachments,
        diagnostics=tuple(sorted(diagnostics + list(outline.diagnostics), key=lambda d: d.span.start)),
    )
