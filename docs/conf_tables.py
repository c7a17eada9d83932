"""Render govreport's data tables as Markdown pages at build time, so the
documentation never drifts from the tables the parser uses."""

from __future__ import annotations

from pathlib import Path

from govreport._tables import markers, qualifiers, targets, units

OUT = Path(__file__).parent / "_generated"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _code(items: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"`{i}`" for i in items)


def write_tables() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "units.md").write_text(
        _table(
            ("unit", "dimension", "also written"),
            [(f"`{u}`", d, _code(list(a))) for u, d, a in units.UNITS],
        ),
        encoding="utf-8",
    )
    (OUT / "magnitudes.md").write_text(
        _table(
            ("magnitude", "factor"),
            [(f"`{m}`", f"10^{len(str(f)) - 1}") for m, f in units.ARABIC_MAGNITUDES.items()],
        ),
        encoding="utf-8",
    )
    qual_rows = [(f"`{w}`", "before", q) for w, q in qualifiers.BEFORE.items()]
    qual_rows += [(f"`{w}`", "after", q) for w, q in qualifiers.AFTER.items()]
    qual_rows += [(f"`{w}`", "between number and unit", q) for w, q in qualifiers.INSIDE.items()]
    (OUT / "qualifiers.md").write_text(_table(("word", "position", "qualifier"), qual_rows), encoding="utf-8")
    (OUT / "changes.md").write_text(
        _table(("verb", "direction"), [(f"`{v}`", d) for v, d in qualifiers.CHANGE_VERBS.items()])
        + "\nBases: "
        + _code(list(qualifiers.CHANGE_BASES))
        + ", and `比YYYY年(底|末|同期)`.\n",
        encoding="utf-8",
    )
    (OUT / "targets.md").write_text(
        "Target words: " + _code(list(qualifiers.TARGET_WORDS)) + ".\n\n"
        "Never figures: " + _code(list(qualifiers.SLOGANS)) + ".\n\n"
        "Indicator keys of the targets table and their wordings:\n\n"
        + _table(
            ("indicator", "wordings"), [(f"`{k}`", _code(list(ws))) for k, ws in targets.INDICATORS.items()]
        ),
        encoding="utf-8",
    )
    (OUT / "markers.md").write_text(
        _table(
            ("family", "pattern (on folded text)", "ordinal"),
            [(f, f"`{p}`", k) for f, p, k in markers.HEADING_MARKERS],
        ),
        encoding="utf-8",
    )


def _type_name(tp: object) -> str:
    text = getattr(tp, "__name__", None) if not hasattr(tp, "__args__") else None
    text = text or str(tp)
    for prefix in ("govreport.models.", "datetime.", "decimal.", "typing."):
        text = text.replace(prefix, "")
    return text.replace("NoneType", "None")


def write_schema() -> None:
    """The JSON schema: one table per model, from the attrs field definitions."""
    import typing

    import attrs

    from govreport import models
    from govreport.serialize import SCHEMA_VERSION

    wire = {
        "Decimal": 'string (exact decimal, e.g. `"68559000000"`)',
        "date": 'string (ISO date, e.g. `"2018-01-16"`)',
    }
    out = [
        f"Current `schema_version`: **{SCHEMA_VERSION}**.\n",
        "Objects are written with their fields in the order below; `None` is `null`; tuples are arrays; "
        'enumerations are their string values; a block carries `"type": "paragraph"` or '
        '`"type": "measure"`.\n',
    ]
    classes = [
        models.Report, models.Metadata, models.Section, models.Attachment, models.Paragraph, models.Measure,
        models.Item, models.Quantity, models.Change, models.Marker, models.Span, models.Diagnostic,
        models.Speaker, models.Contact, models.FieldSpan,
    ]  # fmt: skip
    for cls in classes:
        hints = typing.get_type_hints(cls)
        rows = []
        for f in attrs.fields(cls):
            name = _type_name(hints[f.name])
            note = next((text for key, text in wire.items() if key in name), "")
            rows.append((f"`{f.name}`", f"`{name}`", note))
        out.append(f"\n## {cls.__name__}\n\n" + _table(("field", "type", "on the wire"), rows))
    enums = [models.MarkerFamily, models.Qualifier, models.Direction, models.ReportKind, models.ContactKind,
             models.DiagnosticKind]  # fmt: skip
    out.append("\n## Enumerations\n\n")
    out.append(_table(("enumeration", "values"), [(e.__name__, _code([m.value for m in e])) for e in enums]))
    (OUT / "schema.md").write_text("".join(out), encoding="utf-8")


def write_table_schema() -> None:
    """The tables of ``govreport export`` and ``to_frames``, from ``govreport.TABLES``."""
    from govreport import TABLES
    from govreport._export import QUANTITY_COLUMNS
    from govreport._rows import OUTCOME_COLUMNS, TARGET_COLUMNS

    types = {
        "str": ("string", "string", "text"),
        "int": ("Int64", "int64", "integer"),
        "bool": ("boolean", "bool", "`true` / `false`"),
        "decimal": ("Float64 (or Decimal)", "float64", "exact decimal (`68559000000`)"),
        "date": ("datetime64[ns]", "date32", "ISO date (`2018-01-16`)"),
    }
    out = [
        _table(
            ("column type", "in rows", "pandas", "Parquet", "CSV and JSON Lines"),
            [
                (f"`{t}`", f"`{py}`", f"`{pd}`", f"`{pq}`", text)
                for t, py, (pd, pq, text) in zip(
                    types,
                    ("str", "int", "bool", "Decimal", "datetime.date"),
                    types.values(),
                    strict=True,
                )
            ],
        )
    ]
    for name, columns in TABLES.items():
        rows = [(f"`{c.name}`", c.type, c.doc) for c in columns]
        out.append(f"\n## `{name}`\n\n" + _table(("column", "type", "meaning"), rows))
    out.append(
        "\n## `targets` (a view)\n\nThe columns of {func}`govreport.targets` and "
        "`govreport targets --format csv`: the target's own, then those taken from `quantities` "
        "and `reports`.\n\n"
        + _table(("column", "type", "meaning"), [(f"`{c.name}`", c.type, c.doc) for c in TARGET_COLUMNS])
        + "\n{func}`govreport.target_outcomes` and `govreport targets --outcomes` add:\n\n"
        + _table(("column", "type", "meaning"), [(f"`{c.name}`", c.type, c.doc) for c in OUTCOME_COLUMNS])
        + "\n## `govreport quantities` (a view)\n\nOne row per figure, for a quick look at a few "
        "files: the columns of `quantities` without its ids and `position`, with `file` (as in "
        "`reports`) and `measure_lead` (the `lead` of its measure, as in `measures`):\n\n"
        + _table(
            ("column", "type", "from"),
            [(f"`{c}`", _type_of(c), _origin(c)) for c in QUANTITY_COLUMNS],
        )
    )
    (OUT / "tables.md").write_text("\n".join(out), encoding="utf-8")


def _column(name: str) -> tuple[str, str]:
    """The table and type of the column a view column is taken from."""
    from govreport import TABLES

    if name == "measure_lead":
        return "measures", "str"
    for table in ("quantities", "reports"):
        for c in TABLES[table]:
            if c.name == name:
                return table, c.type
    return "", ""  # a column of the view's own


def _origin(name: str) -> str:
    table, _ = _column(name)
    if not table:
        return "this view"
    return f"`{table}.lead`" if name == "measure_lead" else f"`{table}.{name}`"


def _type_of(name: str) -> str:
    return _column(name)[1]
