"""The parse pipeline: text → lines → metadata → units → outline → Report.

Each stage is a function of the values before it; nothing is global or
mutable, so ``parse`` is safe to call from several threads at once.
"""

from __future__ import annotations

from collections.abc import Sequence

from govreport import _grammar
from govreport._checks import empty_titles, invalid_text
from govreport._layout import build_units, wrap_width
from govreport._metadata import read_metadata
from govreport._outline import build_outline
from govreport._text import Line, fold, split_lines
from govreport.models import Diagnostic, DiagnosticKind, Report, Span


def find_boilerplate(folded: str, lines: Sequence[Line]) -> tuple[set[int], list[Diagnostic]]:
    """Web chrome lines (DESIGN §6): their indices and a diagnostic for each."""
    found: set[int] = set()
    diagnostics: list[Diagnostic] = []
    for i, ln in enumerate(lines):
        if ln.blank or _grammar.BOILERPLATE.fullmatch(folded, ln.start, ln.end) is None:
            continue
        found.add(i)
        diagnostics.append(
            Diagnostic(
                kind=DiagnosticKind.BOILERPLATE,
                message=f"web boilerplate left out of the outline: {folded[ln.start : ln.end][:40]!r}",
                span=Span(start=ln.start, end=ln.end, line=ln.number),
            )
        )
    return found, diagnostics


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
    folded = fold(text)
    lines = split_lines(text)
    boilerplate, diagnostics = find_boilerplate(folded, lines)
    wrap = wrap_width(text, lines)
    metadata, claims = read_metadata(text, folded, lines, boilerplate, wrap)
    units = build_units(text, folded, body_lines(lines, boilerplate, claims), wrap)
    outline = build_outline(units)
    diagnostics += invalid_text(text, lines) + empty_titles(outline.sections, outline.attachments)
    return Report(
        metadata=metadata,
        preamble=outline.preamble,
        sections=outline.sections,
        attachments=outline.attachments,
        diagnostics=tuple(sorted(diagnostics + list(outline.diagnostics), key=lambda d: d.span.start)),
    )
