"""Reports as linked tables: one row per report, section, measure, figure and
diagnostic.

:func:`to_rows` is the one place that flattens a :class:`~govreport.Report`;
the CLI's ``export``, ``quantities`` and ``targets``, :func:`govreport.to_frames`
and :mod:`govreport.dask` all go through it.  :data:`TABLES` lists every
column with its type, so the writers, the pandas and Parquet types and the
reference page are all derived from one definition.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal

import attrs

from govreport.models import Block, Measure, Report, Section, Span

__all__ = ["TABLES", "Column", "Row", "Rows", "report_id_for", "to_rows"]

#: One row: column name → ``str``, ``int``, ``bool``, ``Decimal``, ``datetime.date`` or ``None``.
Row = dict[str, object]
#: The rows of one or more reports, by table name (the keys of :data:`TABLES`).
Rows = dict[str, list[Row]]

ColumnType = Literal["str", "int", "bool", "decimal", "date"]


@attrs.frozen
class Column:
    """One column of a table in :data:`TABLES`.

    ``type`` is one of ``"str"``, ``"int"``, ``"bool"``, ``"decimal"`` (exact
    :class:`~decimal.Decimal` in rows, CSV and JSON Lines; ``float64`` in
    Parquet and, by default, pandas) and ``"date"``.  Every column may be empty
    (``None``) except the ids.

    >>> [(c.name, c.type) for c in TABLES["quantities"][6:9]]
    [('raw', 'str'), ('value', 'decimal'), ('number', 'decimal')]
    """

    name: str
    type: ColumnType
    doc: str


def _cols(*specs: tuple[str, ColumnType, str]) -> tuple[Column, ...]:
    return tuple(Column(name=n, type=t, doc=d) for n, t, d in specs)


_WHERE: tuple[tuple[str, ColumnType, str], ...] = (
    ("start", "int", "offset of the first character in the decoded text (``span.start``)"),
    ("end", "int", "offset after the last character (``span.end``)"),
    ("line", "int", "1-based line on which it starts (``span.line``)"),
)
_IN_SECTION: tuple[tuple[str, ColumnType, str], ...] = (
    ("report_id", "str", "the report it belongs to"),
    (
        "section_id",
        "str",
        "the innermost section holding it; empty in a preamble or an attachment's own body",
    ),
    (
        "section_path",
        "str",
        "section labels from the top, joined by `` / `` (``一、 / (二)``); an attachment's label first",
    ),
)

#: Every table and its columns, in order.  ``errors`` lists the files a batch
#: could not parse; the other tables come from :func:`to_rows`.
TABLES: Mapping[str, tuple[Column, ...]] = {
    "reports": _cols(
        ("report_id", "str", "stable id: 16 hex digits of the BLAKE2b hash of the file path, or as given"),
        ("file", "str", "the file path as given; empty for a report parsed from a string"),
        ("title", "str", "``Metadata.title``"),
        ("subtitle", "str", "``Metadata.subtitle``"),
        ("date", "date", "``Metadata.date``: the date of the speech or meeting"),
        ("publication_date", "date", "``Metadata.publication_date``: the page date of a web copy"),
        ("source", "str", "``Metadata.source``"),
        ("meeting", "str", "``Metadata.meeting``"),
        ("speaker_post", "str", "``Metadata.speaker.post``"),
        ("speaker_name", "str", "``Metadata.speaker.name``"),
        ("authors", "str", "``Metadata.authors`` joined by ``、``"),
        ("region", "str", "``Metadata.region``"),
        ("kind", "str", "``Metadata.kind`` as its value (``government-work-report`` …)"),
        ("year", "int", "``Metadata.year``: the year the report is delivered in"),
        ("review_year", "int", "``Metadata.review_year``: the year under review"),
        ("section_count", "int", "rows of this report in ``sections``"),
        ("measure_count", "int", "rows in ``measures``"),
        ("quantity_count", "int", "rows in ``quantities``"),
        ("diagnostic_count", "int", "rows in ``diagnostics``"),
        ("attachment_count", "int", "attachments (附件)"),
    ),
    "sections": _cols(
        ("section_id", "str", "``{report_id}/s{position}``"),
        *_IN_SECTION[:1],
        ("parent_id", "str", "the enclosing section; empty at the top level"),
        ("section_path", "str", "this section's path (see ``Report.walk``)"),
        ("position", "int", "0-based, in ``Report.walk`` order (depth first, attachments last)"),
        ("depth", "int", "1 for a top-level section"),
        ("marker", "str", "the marker as written (``（三）``); empty for an unmarked title"),
        ("marker_family", "str", "``MarkerFamily`` value (``paren-hanzi`` …)"),
        ("ordinal", "int", "the marker's number"),
        ("title", "str", "the section title"),
        ("title_start", "int", "``title_span.start``"),
        ("title_end", "int", "``title_span.end``"),
        *_WHERE,
    ),
    "measures": _cols(
        ("measure_id", "str", "``{report_id}/m{position}``"),
        *_IN_SECTION,
        ("position", "int", "0-based, in ``Report.iter_measures`` order"),
        ("marker", "str", "the marker as written, if the measure is numbered"),
        ("marker_family", "str", "``MarkerFamily`` value"),
        ("ordinal", "int", "the marker's number"),
        ("lead", "str", "the lead phrase"),
        ("text", "str", "the whole measure, lead included"),
        ("item_count", "int", "inline items (一是…, 第二,…)"),
        ("lead_start", "int", "``lead_span.start``"),
        ("lead_end", "int", "``lead_span.end``"),
        *_WHERE,
    ),
    "quantities": _cols(
        ("quantity_id", "str", "``{report_id}/q{position}``"),
        *_IN_SECTION,
        ("measure_id", "str", "the measure holding it; empty for a figure in a plain paragraph"),
        ("position", "int", "0-based, in ``Report.iter_quantities`` order"),
        ("raw", "str", "the figure exactly as written"),
        ("value", "decimal", "``number`` × 10^``scale`` in ``unit``; empty for a range"),
        ("number", "decimal", "the number as written"),
        ("scale", "int", "the power of ten of its magnitude (亿 → 8)"),
        ("unit", "str", "canonical unit (``元``, ``%``, ``个百分点`` …)"),
        ("dimension", "str", "what the unit measures (``money``, ``people`` …)"),
        ("qualifier", "str", "``Qualifier`` value (``approx``, ``at-least`` …)"),
        ("low", "decimal", "lower bound of a range"),
        ("high", "decimal", "upper bound of a range"),
        ("name", "str", "the indicator measured, best effort"),
        ("is_target", "bool", "stated as a target (预期目标, 力争 …)"),
        ("change_direction", "str", "``Direction`` value of its change (``up``, ``down``, ``flat``)"),
        ("change_basis", "str", "what the change is measured against (``同比``)"),
        ("change_amount", "decimal", "size of the change"),
        ("change_unit", "str", "unit of the change (``%``, ``个百分点``)"),
        *_WHERE,
    ),
    "diagnostics": _cols(
        ("diagnostic_id", "str", "``{report_id}/d{position}``"),
        ("report_id", "str", "the report it belongs to"),
        ("position", "int", "0-based, in ``Report.diagnostics`` order"),
        ("kind", "str", "``DiagnosticKind`` value"),
        ("message", "str", "what was odd"),
        *_WHERE,
    ),
    "errors": _cols(
        ("file", "str", "the file path as given"),
        (
            "error",
            "str",
            "``not-found``, ``unreadable``, ``decode``, ``empty``, ``timeout`` or ``internal`` (see the command line reference)",
        ),
        ("message", "str", "why, in words"),
    ),
}


def report_id_for(path: str | os.PathLike[str]) -> str:
    """The default ``report_id`` of the report read from ``path``: 16 hex
    digits of the BLAKE2b hash of the path as given, so it is the same in every
    run, process and machine that names the file the same way.

    >>> report_id_for("seeds/003.txt")
    'ef75bdb359f83589'
    """
    return hashlib.blake2b(os.fspath(path).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _span(span: Span) -> Row:
    return {"start": span.start, "end": span.end, "line": span.line}


def to_rows(
    report: Report, *, path: str | os.PathLike[str] | None = None, report_id: str | None = None
) -> Rows:
    """The report as rows of the tables in :data:`TABLES` (all but ``errors``).

    ``path`` is the file the report was read from (the ``file`` column, and
    by default the ``report_id``).  Without either, ``report_id`` is a hash
    of the report's content.  Ids of sections, measures, figures and
    diagnostics are ``{report_id}/s0``, ``/m0``, ``/q0``, ``/d0`` … in
    document order, so they are stable as long as the parse is.  Offsets are
    into the decoded text the report was parsed from.

    >>> import govreport
    >>> rows = to_rows(govreport.parse("一、总体要求\\n全年增长5%。\\n"), report_id="r1")
    >>> rows["sections"][0]["section_id"], rows["sections"][0]["title"]
    ('r1/s0', '总体要求')
    >>> q = rows["quantities"][0]
    >>> q["section_id"], q["section_path"], q["raw"], q["value"], q["line"]
    ('r1/s0', '一、', '5%', Decimal('5'), 2)
    """
    if not isinstance(report, Report):
        raise TypeError(f"to_rows() takes a Report, not {type(report).__name__}")
    file = os.fspath(path) if path is not None else None
    if report_id is None:
        report_id = report_id_for(file) if file is not None else _content_id(report)
    sections: list[Row] = []
    measures: list[Row] = []
    quantities: list[Row] = []
    for block_path, section_id, block in _blocks(report, report_id, sections):
        measure_id = None
        where = {"report_id": report_id, "section_id": section_id, "section_path": " / ".join(block_path)}
        if isinstance(block, Measure):
            measure_id = f"{report_id}/m{len(measures)}"
            marker = block.marker
            measures.append(
                {
                    "measure_id": measure_id,
                    **where,
                    "position": len(measures),
                    "marker": marker.text if marker else None,
                    "marker_family": marker.family.value if marker else None,
                    "ordinal": marker.ordinal if marker else None,
                    "lead": block.lead,
                    "text": block.text,
                    "item_count": len(block.items),
                    "lead_start": block.lead_span.start,
                    "lead_end": block.lead_span.end,
                    **_span(block.span),
                }
            )
        for q in block.quantities:
            change = q.change
            quantities.append(
                {
                    "quantity_id": f"{report_id}/q{len(quantities)}",
                    **where,
                    "measure_id": measure_id,
                    "position": len(quantities),
                    "raw": q.raw,
                    "value": q.value,
                    "number": q.number,
                    "scale": q.scale,
                    "unit": q.unit,
                    "dimension": q.dimension,
                    "qualifier": q.qualifier.value if q.qualifier else None,
                    "low": q.low,
                    "high": q.high,
                    "name": q.name,
                    "is_target": q.is_target,
                    "change_direction": change.direction.value if change else None,
                    "change_basis": change.basis if change else None,
                    "change_amount": change.amount if change else None,
                    "change_unit": change.unit if change else None,
                    **_span(q.span),
                }
            )
    diagnostics: list[Row] = [
        {
            "diagnostic_id": f"{report_id}/d{k}",
            "report_id": report_id,
            "position": k,
            "kind": d.kind.value,
            "message": d.message,
            **_span(d.span),
        }
        for k, d in enumerate(report.diagnostics)
    ]
    meta = report.metadata
    speaker = meta.speaker
    reports: list[Row] = [
        {
            "report_id": report_id,
            "file": file,
            "title": meta.title,
            "subtitle": meta.subtitle,
            "date": meta.date,
            "publication_date": meta.publication_date,
            "source": meta.source,
            "meeting": meta.meeting,
            "speaker_post": speaker.post if speaker else None,
            "speaker_name": speaker.name if speaker else None,
            "authors": "、".join(meta.authors) if meta.authors is not None else None,
            "region": meta.region,
            "kind": meta.kind.value if meta.kind else None,
            "year": meta.year,
            "review_year": meta.review_year,
            "section_count": len(sections),
            "measure_count": len(measures),
            "quantity_count": len(quantities),
            "diagnostic_count": len(diagnostics),
            "attachment_count": len(report.attachments),
        }
    ]
    return {
        "reports": reports,
        "sections": sections,
        "measures": measures,
        "quantities": quantities,
        "diagnostics": diagnostics,
    }


def _blocks(
    report: Report, report_id: str, sections: list[Row]
) -> Iterator[tuple[tuple[str, ...], str | None, Block]]:
    """``(path, section_id, block)`` in :meth:`Report.iter_blocks` order,
    appending a row to ``sections`` for every section in :meth:`Report.walk`
    order on the way (the same depth-first order, with parents known)."""
    roots: list[tuple[tuple[str, ...], tuple[Block, ...], tuple[Section, ...]]]
    roots = [((), report.preamble, report.sections)]
    roots += [((a.label,), a.blocks, a.sections) for a in report.attachments]
    for prefix, blocks, tops in roots:
        for block in blocks:
            yield prefix, None, block
        stack: list[tuple[tuple[str, ...], Section, str | None]] = [
            ((*prefix, s.label), s, None) for s in reversed(tops)
        ]
        while stack:
            path, section, parent_id = stack.pop()
            section_id = f"{report_id}/s{len(sections)}"
            marker = section.marker
            sections.append(
                {
                    "section_id": section_id,
                    "report_id": report_id,
                    "parent_id": parent_id,
                    "section_path": " / ".join(path),
                    "position": len(sections),
                    "depth": section.depth,
                    "marker": marker.text if marker else None,
                    "marker_family": marker.family.value if marker else None,
                    "ordinal": marker.ordinal if marker else None,
                    "title": section.title,
                    "title_start": section.title_span.start,
                    "title_end": section.title_span.end,
                    **_span(section.span),
                }
            )
            for block in section.blocks:
                yield path, section_id, block
            stack.extend(((*path, c.label), c, section_id) for c in reversed(section.children))


def _content_id(report: Report) -> str:
    from govreport.serialize import to_json

    return hashlib.blake2b(to_json(report).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def merge_rows(parts: Iterable[Rows]) -> Rows:
    """Concatenate the rows of several reports, table by table."""
    out: Rows = {name: [] for name in TABLES}
    for part in parts:
        for name, rows in part.items():
            out[name].extend(rows)
    return out


#: The columns of a target that are not a figure's own: what the target is
#: of, for which year, over which period and on which basis.
_TARGET_OWN: tuple[Column, ...] = _cols(
    ("indicator", "str", "canonical indicator key (``gdp``, ``cpi``, ``jobs`` …); empty where none fits"),
    ("target_year", "int", "the year the target is for: the coming year, or a plan's end year"),
    ("period", "str", "``annual`` (the coming year) or ``plan`` (a five-year plan or longer)"),
    ("basis", "str", "``annual``, ``annual_average`` (年均), ``cumulative`` (over the plan) or ``level``"),
)

#: The columns of :func:`govreport.targets`: what the target is of and for,
#: a figure's own columns with the facts of its report beside it, so one
#: indicator can be followed by year.  ``qualifier`` is the target's: a cap
#: written before the figure (控制在4%, 低于4.6%) is ``at-most``.
TARGET_COLUMNS: tuple[Column, ...] = (
    _TARGET_OWN[0],
    next(c for c in TABLES["quantities"] if c.name == "name"),
    *_TARGET_OWN[1:],
    *(
        next(c for c in TABLES[table] if c.name == name)
        for table, name in (
            ("reports", "year"),
            ("reports", "region"),
            ("quantities", "raw"),
            ("quantities", "value"),
            ("quantities", "unit"),
            ("quantities", "qualifier"),
            ("quantities", "low"),
            ("quantities", "high"),
            ("quantities", "change_direction"),
            ("quantities", "change_amount"),
            ("quantities", "change_unit"),
            ("reports", "kind"),
            ("reports", "date"),
            ("reports", "file"),
            ("quantities", "section_path"),
            ("quantities", "line"),
            ("quantities", "report_id"),
            ("quantities", "quantity_id"),
        )
    ),
)


def target_rows(rows: Rows, report: Report, name: str | None = None) -> list[Row]:
    """The targets of one report (its ``rows`` and the ``report`` they come
    from), with the report's facts; ``name`` keeps those whose indicator key
    or name contains it.  A target stated without a number has no figure
    columns and its clause as ``name``."""
    from govreport._targets import find_targets

    (facts,) = rows["reports"]
    by_span = {(q["start"], q["end"]): q for q in rows["quantities"]}
    out = []
    for t in find_targets(report):
        if name is not None and name != t.indicator and name not in (t.name or ""):
            continue
        q = by_span.get((t.start, t.end)) if t.quantity is not None else None
        if t.rate is not None and t.quantity is not None and t.quantity.change is not None:
            # the average rate of a figure's change: its own figure columns,
            # the rest (section, line, ids) of the figure stating it
            figure = by_span.get((t.quantity.span.start, t.quantity.span.end)) or {}
            q = {**figure, **dict.fromkeys(_RATE_CLEARED), "raw": t.rate, "value": t.quantity.change.amount,
                 "unit": t.quantity.change.unit}  # fmt: skip
        row: Row = {
            c.name: facts[c.name] if c.name in _REPORT_FACTS else (q or {}).get(c.name)
            for c in TARGET_COLUMNS
        }
        if row["unit"] == "番":
            row["value"] = None  # 翻两番: a doubling, not an amount in a unit
        row.update(
            indicator=t.indicator,
            name=t.name,
            target_year=t.target_year,
            period=t.period,
            basis=t.basis,
            qualifier=t.qualifier,
            line=t.line,
            report_id=facts["report_id"],
        )
        out.append(row)
    return out


_REPORT_FACTS = frozenset({"year", "region", "kind", "date", "file"})
_RATE_CLEARED = ("qualifier", "low", "high", "change_direction", "change_amount", "change_unit")

#: The columns :func:`govreport.target_outcomes` adds to a target.
OUTCOME_COLUMNS: tuple[Column, ...] = _cols(
    (
        "outcome",
        "decimal",
        "the outcome a later report of the region states for the target's indicator and year",
    ),
    ("outcome_raw", "str", "the outcome's figure as written (``5.2%``)"),
    ("outcome_file", "str", "the file stating it"),
    ("outcome_line", "int", "the line stating it"),
    ("met", "bool", "whether the outcome meets the target, by its qualifier; empty without an outcome"),
)


def target_sort_key(row: Row) -> tuple[str, str, bool, int, str, int]:
    """Indicator key (none last), then name, then target year (unknown last),
    then file and line."""
    year = row["target_year"]
    line = row["line"]
    return (
        str(row["indicator"] or "~"),
        str(row["name"] or ""),
        year is None,
        year if isinstance(year, int) else 0,
        str(row["file"] or ""),
        line if isinstance(line, int) else 0,
    )
