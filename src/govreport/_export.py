"""``govreport export`` and ``govreport targets``: many files, streamed into
tables as they are parsed.

Worker processes parse and flatten (:func:`~govreport._rows.to_rows`) and send
back plain tuples; this process only writes them, table by table, so memory
holds a few files' rows at a time whatever the size of the batch.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import json
import os
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, Protocol

import attrs

from govreport._batch import (
    FILE_TIMEOUT,
    UNREADABLE_DIRECTORY,
    expand_paths,
    parse_many,
    read_one,
    run_ordered,
    target_outcomes,
    timeout_message,
)
from govreport._checks import encodable, printable
from govreport._rows import (
    OUTCOME_COLUMNS,
    TABLES,
    TARGET_COLUMNS,
    Column,
    Row,
    target_rows,
    target_sort_key,
    to_rows,
)
from govreport.models import Report

__all__ = [
    "FORMATS",
    "QUANTITY_COLUMNS",
    "Progress",
    "export",
    "json_cell",
    "list_targets",
    "quantity_rows",
    "text_cell",
]

#: Output formats of ``govreport export`` and their file extensions.
FORMATS = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}

Tuples = dict[str, list[tuple[object, ...]]]


# --- workers ----------------------------------------------------------------


def _tuples(table: str, rows: Iterable[Row]) -> list[tuple[object, ...]]:
    names = [c.name for c in TABLES[table]]
    return [tuple(row[n] for n in names) for row in rows]


@attrs.frozen
class _TableWorker:
    """Parse one file and flatten it; failures become an ``errors`` row.
    Rows travel as tuples: a third of the pickled size of dicts."""

    encoding: str | None

    def __call__(self, path: str) -> Tuples:
        result = read_one(path, self.encoding)
        if result.report is None:
            return {"errors": [(path, result.error, result.message)]}
        return {name: _tuples(name, rows) for name, rows in to_rows(result.report, path=path).items()}


def _crashed(path: str) -> Tuples:
    return {"errors": [(path, "internal", "the worker process parsing it died")]}


@attrs.frozen
class _TimedOut:
    seconds: float

    def __call__(self, path: str) -> Tuples:
        return {"errors": [(path, "timeout", timeout_message(self.seconds))]}


@attrs.frozen
class _TargetWorker:
    encoding: str | None
    name: str | None

    def __call__(self, path: str) -> tuple[str, str | None, list[Row]]:
        result = read_one(path, self.encoding)
        if result.report is None:
            return path, result.message, []
        return path, None, target_rows(to_rows(result.report, path=path), result.report, self.name)


def _target_crashed(path: str) -> tuple[str, str | None, list[Row]]:
    return path, "internal: the worker process parsing it died", []


@attrs.frozen
class _TargetTimedOut:
    seconds: float

    def __call__(self, path: str) -> tuple[str, str | None, list[Row]]:
        return path, f"timeout: {timeout_message(self.seconds)}", []


# --- cell formats -----------------------------------------------------------


def text_cell(value: object) -> str | None:
    """A value as CSV and JSON Lines write it: exact decimals, ISO dates,
    ``true``/``false``; ``None`` stays ``None``."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def json_cell(value: object) -> object:
    """A value as JSON Lines write it: numbers and booleans as such, the rest as :func:`text_cell`."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    return text_cell(value)


# --- writers ----------------------------------------------------------------


class TableWriter(Protocol):
    def write(self, table: str, rows: Sequence[tuple[object, ...]]) -> None: ...

    def close(self) -> None: ...


#: What a spreadsheet reads as the start of a formula (=, +, -, @) or a
#: cell break (tab, carriage return): ``--safe-csv`` puts a ``'`` before it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str | None) -> str | None:
    """A text cell that a spreadsheet shows as text, never runs as a formula.

    >>> safe_cell("=HYPERLINK(1)"), safe_cell("-5%"), safe_cell("5%")
    ("'=HYPERLINK(1)", "'-5%", '5%')
    """
    if value is not None and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _CsvWriter:
    """One CSV file per table (RFC 4180, ``\\r\\n``); ``bom`` for Excel;
    ``safe`` neutralises text cells that a spreadsheet would run as formulas
    (numbers, dates and ids are never touched)."""

    def __init__(self, outdir: Path, *, bom: bool, safe: bool = False) -> None:
        self._files: dict[str, IO[str]] = {}
        self._writers = {}
        self._text = {
            t: {k for k, c in enumerate(cols) if c.type == "str"} if safe else set()
            for t, cols in TABLES.items()
        }
        for table, columns in TABLES.items():
            fh = _create(outdir / f"{table}.csv", encoding="utf-8-sig" if bom else "utf-8")
            self._files[table] = fh
            self._writers[table] = csv.writer(fh)
            self._writers[table].writerow([c.name for c in columns])

    def write(self, table: str, rows: Sequence[tuple[object, ...]]) -> None:
        text = self._text[table]
        self._writers[table].writerows(
            tuple(safe_cell(text_cell(v)) if k in text else text_cell(v) for k, v in enumerate(row))
            for row in rows
        )

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


class _JsonlWriter:
    """One JSON Lines file per table; decimals and dates as strings, as in
    :func:`govreport.to_json`."""

    def __init__(self, outdir: Path) -> None:
        self._files = {t: _create(outdir / f"{t}.jsonl", encoding="utf-8") for t in TABLES}
        self._names = {t: [c.name for c in cols] for t, cols in TABLES.items()}

    def write(self, table: str, rows: Sequence[tuple[object, ...]]) -> None:
        names = self._names[table]
        fh = self._files[table]
        for row in rows:
            record = {n: json_cell(v) for n, v in zip(names, row, strict=True)}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


class _ParquetWriter:
    """One Parquet file per table, written a row group at a time."""

    ROW_GROUP = 10_000

    def __init__(self, outdir: Path) -> None:
        from govreport._frames import arrow_schema, require

        import_pq = require("pyarrow.parquet", "parquet")
        self._pq = import_pq
        self._schemas = {t: arrow_schema(t) for t in TABLES}
        self._writers = {
            t: import_pq.ParquetWriter(outdir / f"{t}.parquet", self._schemas[t]) for t in TABLES
        }
        self._buffers: dict[str, list[tuple[object, ...]]] = {t: [] for t in TABLES}

    def write(self, table: str, rows: Sequence[tuple[object, ...]]) -> None:
        buffer = self._buffers[table]
        buffer.extend(rows)
        if len(buffer) >= self.ROW_GROUP:
            self._flush(table)

    def _flush(self, table: str) -> None:
        from govreport._frames import arrow_table

        buffer = self._buffers[table]
        if buffer:
            self._writers[table].write_table(arrow_table(table, buffer))
            buffer.clear()

    def close(self) -> None:
        for table, writer in self._writers.items():
            self._flush(table)
            writer.close()


def _create(path: Path, *, encoding: str) -> IO[str]:
    """A new file for writing: ``x`` mode, so that a symbolic link or a file
    planted under that name is never followed or truncated."""
    return path.open("x", encoding=encoding, newline="" if path.suffix == ".csv" else None)


def open_writer(fmt: str, outdir: Path, *, bom: bool = False, safe_csv: bool = False) -> TableWriter:
    outdir.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return _CsvWriter(outdir, bom=bom, safe=safe_csv)
    if fmt == "jsonl":
        return _JsonlWriter(outdir)
    if fmt == "parquet":
        return _ParquetWriter(outdir)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


# --- progress ---------------------------------------------------------------


class Progress:
    """A one-line progress bar on a terminal; silent elsewhere.

    Redrawn at most ten times a second; :meth:`note` prints a line above it.
    """

    def __init__(self, total: int, stream: IO[str], *, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream
        self._enabled = enabled
        self._start = time.monotonic()
        self._drawn = 0.0

    def update(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self._enabled and (now - self._drawn >= 0.1 or self.done == self.total):
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        width = shutil.get_terminal_size((80, 20)).columns
        text = f" {self.done}/{self.total} files {rate:,.0f}/s"
        text += f" {self.failed} failed" if self.failed else ""
        text += f" ETA {int(left // 60)}:{int(left % 60):02d}" if rate else " ETA ?"
        bar = max(width - len(text) - 3, 10)
        filled = bar * self.done // max(self.total, 1)
        # the \r moves the cursor and takes no column: it is not counted in the width
        self._stream.write("\r" + f"[{'#' * filled}{'.' * (bar - filled)}]{text}"[: width - 1])
        self._stream.flush()

    def begin(self) -> None:
        """Draw the empty bar at once, so that a long first file shows a bar too."""
        if self._enabled:
            self._drawn = time.monotonic()
            self._draw(self._drawn)

    def note(self, message: str) -> None:
        if self._enabled and self._drawn:
            self._stream.write("\r\x1b[K")
        self._stream.write(printable(message) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._enabled and self._drawn:
            self._stream.write("\r\x1b[K")
            self._stream.flush()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._start


# --- commands ---------------------------------------------------------------


def _files(args: Sequence[str], recursive: bool, pattern: str) -> tuple[list[str], list[tuple[str, str]]]:
    files: list[str] = []
    missing: list[tuple[str, str]] = []
    for path, message in expand_paths(args, recursive=recursive, pattern=pattern):
        if message is None:
            files.append(path)
        else:
            missing.append((path, message))
    return files, missing


def _clean(rows: Sequence[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Rows whose text always encodes (see :func:`~govreport._checks.encodable`):
    a file name that is not UTF-8 once stopped an export half-way."""
    return [tuple(encodable(v) if isinstance(v, str) else v for v in row) for row in rows]


def _output_problem(out: Path, fmt: str) -> str | None:
    """Why the tables cannot be written to ``out``, checked before any file
    is parsed, so that nothing is truncated by a run that cannot finish."""
    if out.exists() and not out.is_dir():
        return f"{out} is not a directory"
    for table in TABLES:
        target = out / f"{table}{FORMATS[fmt]}"
        if target.is_dir() and not target.is_symlink():
            return f"{target} is a directory"
    return None


def export(
    args: Sequence[str],
    outdir: str,
    *,
    fmt: str = "csv",
    jobs: int | None = None,
    recursive: bool = False,
    pattern: str = "*.txt",
    bom: bool = False,
    encoding: str | None = None,
    quiet: bool = False,
    stderr: IO[str] | None = None,
    safe_csv: bool = False,
    timeout: float | None = FILE_TIMEOUT,
) -> int:
    """Write the tables of every file named by ``args`` to ``outdir``;
    return the exit status (1 if any file failed, 2 if ``outdir`` cannot
    hold the tables, 130 if interrupted).

    The tables are written to a temporary directory inside ``outdir`` and
    moved into place once every file is done: an interrupted or failed run
    leaves the tables of the previous run as they were.
    """
    err = stderr if stderr is not None else sys.stderr
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out = Path(outdir)
    problem = _output_problem(out, fmt)
    if problem is not None:
        err.write(f"govreport: export: {printable(problem)}\n")
        return 2
    files, missing = _files(args, recursive, pattern)
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".govreport-export-", dir=out))
    except OSError as exc:
        err.write(f"govreport: export: cannot write to {printable(outdir)}: {exc.strerror or exc}\n")
        return 1
    counts = dict.fromkeys(TABLES, 0)
    progress = Progress(len(files), err, enabled=not quiet and err.isatty())
    progress.begin()
    try:
        writer = open_writer(fmt, work, bom=bom, safe_csv=safe_csv)
        try:
            _export_rows(files, missing, writer, counts, progress, jobs, encoding, timeout)
        finally:
            progress.close()
            writer.close()
        for table in TABLES:
            name = f"{table}{FORMATS[fmt]}"
            os.replace(work / name, out / name)  # replaces a planted symlink, never follows it
        work.rmdir()
    except KeyboardInterrupt:
        _discard(work, out if created else None)
        where = printable(outdir) + (" left as it was" if not created else " not written")
        err.write(f"govreport: interrupted after {progress.done:,} of {len(files):,} files; {where}\n")
        return 130
    except OSError as exc:
        _discard(work, out if created else None)
        err.write(f"govreport: export: cannot write to {printable(outdir)}: {exc.strerror or exc}\n")
        return 1
    except BaseException:
        _discard(work, out if created else None)
        raise
    if not quiet:
        seconds = progress.elapsed
        summary = ", ".join(f"{counts[t]:,} {t}" for t in TABLES if t not in ("reports", "errors"))
        nothing = f", {len(missing)} PATH naming no file" if missing else ""
        err.write(
            f"govreport: {len(files):,} files: {counts['reports']:,} parsed, {progress.failed:,} failed{nothing};"
            f" {seconds:.1f} s, {len(files) / max(seconds, 1e-9):,.1f} files/s; {summary}"
            f" → {printable(os.path.join(outdir, ''))} ({fmt})\n"
        )
    return 1 if counts["errors"] else 0


def _export_rows(
    files: list[str],
    missing: list[tuple[str, str]],
    writer: TableWriter,
    counts: dict[str, int],
    progress: Progress,
    jobs: int | None,
    encoding: str | None,
    timeout: float | None,
) -> None:
    if missing:
        writer.write("errors", _clean([(arg, _missing_kind(message), message) for arg, message in missing]))
        counts["errors"] += len(missing)
        for arg, message in missing:
            progress.note(f"govreport: {arg}: {message}")
    results = run_ordered(
        files,
        _TableWorker(encoding),
        jobs=jobs,
        crashed=_crashed,
        timeout=timeout,
        timed_out=_TimedOut(timeout or 0.0),
    )
    for tables in results:
        for table, rows in tables.items():
            writer.write(table, _clean(rows))
            counts[table] += len(rows)
        failed = "errors" in tables
        for failure in tables.get("errors", ()):
            progress.note(f"govreport: {failure[0]}: {failure[2]}")
        progress.update(failed=failed)


def _missing_kind(message: str) -> str:
    return "unreadable" if message.startswith(UNREADABLE_DIRECTORY) else "no-match"


def _discard(work: Path, created: Path | None) -> None:
    """Remove the temporary directory (and ``outdir`` if this run made it)."""
    shutil.rmtree(work, ignore_errors=True)
    if created is not None:
        with contextlib.suppress(OSError):  # not empty: someone else wrote there
            created.rmdir()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


#: Columns of ``govreport targets --format table``.
_TABLE_VIEW = ("indicator", "name", "target_year", "period", "region", "raw", "qualifier", "file", "line")


def list_targets(
    args: Sequence[str],
    *,
    name: str | None = None,
    fmt: str = "table",
    jobs: int | None = None,
    recursive: bool = False,
    pattern: str = "*.txt",
    encoding: str | None = None,
    quiet: bool = False,
    outcomes: Sequence[str] = (),
    plot: str | None = None,
    output: str | None = None,
    out: IO[str] | None = None,
    stderr: IO[str] | None = None,
    timeout: float | None = FILE_TIMEOUT,
) -> int:
    """Print the targets of every file named by ``args``, by indicator then
    year, with the outcomes the files named by ``outcomes`` state; or draw
    the ``plot`` indicator to ``output``.  Return the exit status."""
    stdout = out if out is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    files, missing = _files(args, recursive, pattern)
    status = 1 if missing else 0
    for arg, message in missing:
        err.write(printable(f"govreport: {arg}: {message}") + "\n")
    found: list[Row] = []
    progress = Progress(len(files), err, enabled=not quiet and err.isatty())
    try:
        for path, problem, rows in run_ordered(
            files,
            _TargetWorker(encoding, name),
            jobs=jobs,
            crashed=_target_crashed,
            timeout=timeout,
            timed_out=_TargetTimedOut(timeout or 0.0),
        ):
            if problem is not None:
                progress.note(f"govreport: {path}: {problem}")
                status = 1
            progress.update(failed=problem is not None)
            found += rows
    finally:
        progress.close()
    found.sort(key=target_sort_key)
    if outcomes:
        later, later_missing = _files(outcomes, recursive, pattern)
        for arg, message in later_missing:
            err.write(f"govreport: {arg}: {message}\n")
            status = 1
        found = target_outcomes(found, parse_many(later, jobs=jobs, encoding=encoding))
    if plot is not None:
        from govreport._plot import plot_targets

        if output is None:
            err.write("govreport: --plot needs -o FILE\n")
            return 2
        try:
            drawn = plot_targets(found, plot, output)
        except ImportError as exc:
            err.write(f"govreport: {exc}\n")
            return 1
        err.write(f"govreport: {drawn} {plot} targets drawn to {output}\n")
        return status
    write_targets(found, fmt, stdout, with_outcomes=bool(outcomes))
    return status


def write_targets(rows: list[Row], fmt: str, out: IO[str], *, with_outcomes: bool = False) -> None:
    columns: tuple[Column, ...] = TARGET_COLUMNS + (OUTCOME_COLUMNS if with_outcomes else ())
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.name for c in columns])
        writer.writerows([text_cell(row[c.name]) for c in columns] for row in rows)
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({k: json_cell(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
    else:
        cells = [[text_cell(row[c]) or "" for c in _TABLE_VIEW] for row in rows]
        widths = [max([_width(c), *(_width(r[k]) for r in cells)]) for k, c in enumerate(_TABLE_VIEW)]
        for line in [list(_TABLE_VIEW), *cells]:
            out.write("  ".join(_pad(c, w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")


#: Columns of ``govreport quantities``: those of the ``quantities`` table
#: without its ids and ``position``, with the ``file`` of its report (as in
#: ``reports``) and the ``lead`` of its measure (as in ``measures``) as
#: ``measure_lead``.  The same names, types and cell formats as the table.
QUANTITY_COLUMNS: tuple[str, ...] = (
    "file",
    "section_path",
    "measure_lead",
    *(
        c.name
        for c in TABLES["quantities"]
        if c.name not in ("quantity_id", "report_id", "section_id", "measure_id", "section_path", "position")
    ),
)


def quantity_rows(report: Report, file: str) -> list[Row]:
    """The rows of ``govreport quantities``, from the ``quantities`` and
    ``measures`` tables of :func:`to_rows`."""
    rows = to_rows(report, path=file)
    leads = {m["measure_id"]: m["lead"] for m in rows["measures"]}
    out = []
    for q in rows["quantities"]:
        row = {c: q.get(c) for c in QUANTITY_COLUMNS}
        row.update(file=file, measure_lead=leads.get(q["measure_id"]))
        out.append(row)
    return out
