"""Render govreport's data tables as Markdown pages at build time, so the
documentation never drifts from the tables the parser uses."""

from __future__ import annotations

from pathlib import Path

from govreport._tables import markers, qualifiers, units

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
        "Never figures: " + _code(list(qualifiers.SLOGANS)) + ".\n",
        encoding="utf-8",
    )
    (OUT / "markers.md").write_text(
        _table(
            ("family", "pattern (on folded text)", "ordinal"),
            [(f, f"`{p}`", k) for f, p, k in markers.HEADING_MARKERS],
        ),
        encoding="utf-8",
    )
