"""The ``govreport`` command line.

Every command takes the same inputs — files, directories (their files matching
``--pattern``; subdirectories too with ``--recursive``), glob patterns, and
``-`` for standard input — and answers alike: one line
``govreport: FILE: what`` on standard error for each file that fails, exit
status 0 when every file was parsed, 1 when some failed, 2 on a usage error
(never a traceback).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import sys
import typing
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from govreport import __version__, _grammar
from govreport._api import read_text
from govreport._batch import (
    FILE_TIMEOUT,
    UNREADABLE_DIRECTORY,
    ParseResult,
    expand_paths,
    read_one,
    run_ordered,
)
from govreport._checks import printable
from govreport._export import (
    FORMATS,
    QUANTITY_COLUMNS,
    Progress,
    export,
    json_cell,
    list_targets,
    quantity_rows,
    text_cell,
)
from govreport._frames import require
from govreport._pipeline import parse
from govreport._render import render_markdown, render_outline
from govreport._rows import TABLES
from govreport._text import BINARY
from govreport._view import view_paths
from govreport.errors import DecodeError
from govreport.models import Report
from govreport.serialize import _CONVERTER, SCHEMA_VERSION

__all__ = ["main"]

#: Exit status: every file parsed / some file failed / usage error.
OK, FAILED, USAGE = 0, 1, 2


class _UsageError(Exception):
    """A command line that cannot run: printed as argparse prints its own
    errors (usage line, then ``govreport CMD: error: …``), exit status 2."""


def _encoding(name: str) -> str:
    """An ``--encoding`` Python knows, or a usage error (exit 2)."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name}") from None
    return name


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return int(text)


_INPUTS = """
PATH is a file, a directory (its files matching --pattern, default *.txt;
with --recursive its subdirectories too), a glob pattern ('reports/*.txt'),
or - for standard input.  Files are decoded by BOM, else as UTF-8, GB18030
or Big5.  A file that fails gets one line on stderr and the others go on
(exit 1); a pattern or directory naming no file is a usage error (exit 2).
"""

_HELP = {
    "parse": """\
Parse each report and print its outline (title, facts, one line per section
with its measure count), the full model as JSON Lines (one report per line,
with its "file"), or Markdown.
"""
    + _INPUTS
    + """
examples:
  govreport parse report.txt
  govreport parse --diagnostics report.txt
  govreport parse --format json reports/ > reports.jsonl
  govreport parse -f markdown report.txt
  cat report.txt | govreport parse -
""",
    "quantities": """\
List every figure of each report, one row per figure: the columns of the
quantities table (see govreport export) without its ids, with the file and
the lead of the measure holding the figure.
"""
    + _INPUTS
    + """
examples:
  govreport quantities report.txt > figures.csv
  govreport quantities --format jsonl 'reports/*.txt'
""",
    "export": """\
Write the reports, sections, measures, quantities, diagnostics and errors
tables of many reports to OUTDIR, one file per table, parsing in worker
processes.
"""
    + _INPUTS
    + """
examples:
  govreport export reports/ -o tables/
  govreport export -r reports/ -o tables/ --format parquet
  govreport export 'reports/**/*.txt' -r -o tables/ --bom
""",
    "targets": """\
List the target figures of many reports, sorted by indicator name, then
year, then file: one indicator followed from year to year.
"""
    + _INPUTS
    + """
examples:
  govreport targets reports/
  govreport targets reports/ --name 国内生产总值
  govreport targets -r reports/ --format csv > targets.csv
""",
    "view": """\
Draw each report as one self-contained HTML page: the source text with its
sections, measures and leads, paragraphs, page chrome, diagnostics and
figures marked, the document facts and the outline.  One FILE gives the page
OUT (- writes it to standard output); several files, a directory or a pattern
give one page each in the directory OUT, with index.html listing them.
"""
    + _INPUTS
    + """
examples:
  govreport view report.txt -o report.html
  govreport view reports/ -o pages/
""",
}

_SUMMARY = {
    "parse": "parse reports and print their outline, JSON or Markdown",
    "quantities": "list every figure with its section path, measure and line",
    "export": "write the reports, sections, measures, quantities, diagnostics and errors tables",
    "targets": "list the target figures of many reports, by indicator and year",
    "view": "draw reports as HTML pages, with the parse marked on the text",
}


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="govreport", description="Turn Chinese government reports into structured data."
    )
    parser.add_argument("--version", action="version", version=f"govreport {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    subs = {}
    for name in ("parse", "quantities", "export", "targets", "view"):
        c = commands.add_parser(
            name,
            help=_SUMMARY[name],
            description=_HELP[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        subs[name] = c
        c.add_argument(
            "paths", nargs="+", metavar="PATH", help="files, directories, glob patterns; - is stdin"
        )
        if name == "parse":
            formats = ["json", "markdown", "outline"]
            c.add_argument("--format", "-f", choices=formats, default="outline", help="output format")
            c.add_argument(
                "--diagnostics", "-d", action="store_true", help="list the diagnostics in the outline"
            )
        elif name == "quantities":
            c.add_argument("--format", "-f", choices=["csv", "jsonl"], default="csv", help="output format")
        elif name == "export":
            c.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="directory for the tables")
            c.add_argument("--format", "-f", choices=list(FORMATS), default="csv", help="table format")
            c.add_argument("--bom", action="store_true", help="start CSV files with a UTF-8 BOM, for Excel")
            c.add_argument(
                "--safe-csv",
                action="store_true",
                help="put a ' before text cells starting with = + - @, which a spreadsheet runs as formulas",
            )
        elif name == "view":
            c.add_argument(
                "-o",
                "--output",
                required=True,
                metavar="OUT",
                help="the page (one file) or a directory of pages",
            )
        else:
            c.add_argument("--name", help="only indicators whose name contains this text")
            c.add_argument("--format", "-f", choices=["table", "csv", "jsonl"], default="table")
            c.add_argument("--outcomes", nargs="+", default=(), metavar="PATH",
                           help="later reports whose reviews state the outcomes (adds outcome and met)")  # fmt: skip
            c.add_argument("--plot", metavar="INDICATOR", help="draw this indicator (gdp, cpi …) to -o FILE")
            c.add_argument("-o", "--output", metavar="FILE", help="the image --plot writes (PNG, SVG, PDF)")
        c.add_argument("--recursive", "-r", action="store_true", help="descend into subdirectories")
        c.add_argument("--pattern", default="*.txt", help="files to take from a directory (default: *.txt)")
        c.add_argument(
            "--encoding", type=_encoding, help="decode files with this encoding instead of detecting it"
        )
        c.add_argument(
            "--jobs", "-j", type=_positive, help="worker processes (default: one per CPU; 1 for one file)"
        )
        c.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
        if name in ("export", "targets"):
            c.add_argument(
                "--timeout",
                type=_positive,
                default=int(FILE_TIMEOUT),
                metavar="SECONDS",
                help=f"stop a file still parsing after this long: a timeout error (default: {int(FILE_TIMEOUT)})",
            )
    return parser, subs


# --- inputs -----------------------------------------------------------------


def _inputs(args: argparse.Namespace) -> list[str]:
    """The files the PATH arguments name; a pattern or directory naming none
    is a usage error, for every command alike."""
    files = []
    for path, problem in expand_paths(args.paths, recursive=args.recursive, pattern=args.pattern):
        if problem is not None and not problem.startswith(UNREADABLE_DIRECTORY):
            raise _UsageError(f"{path}: {problem}")
        files.append(path)  # a directory that cannot be listed fails when read
    if files.count("-") > 1:
        raise _UsageError("- (standard input) given more than once")
    return files


def _stdin(encoding: str | None) -> ParseResult:
    """Standard input, answered as :func:`~govreport._batch.read_one` answers a file."""
    try:
        text = read_text(sys.stdin.buffer, encoding=encoding)
    except DecodeError as exc:
        message = BINARY if exc.reason == BINARY else str(exc).removeprefix("<bytes>: ")
        return ParseResult(path="-", error="decode", message=message)
    if not text.strip():
        return ParseResult(path="-", error="empty", message="the file holds no text")
    return ParseResult(path="-", report=parse(text))


@attrs.frozen
class _Reader:
    """One file (or ``-``) to a :class:`ParseResult`; picklable for the workers."""

    encoding: str | None

    def __call__(self, path: str) -> ParseResult:
        return _stdin(self.encoding) if path == "-" else read_one(path, self.encoding)


def _crashed(path: str) -> ParseResult:
    return ParseResult(path=path, error="internal", message="the worker process parsing it died")


def _results(files: list[str], args: argparse.Namespace) -> Iterator[ParseResult]:
    # standard input cannot go to a worker, and one file gains nothing from one
    jobs = 1 if len(files) == 1 or "-" in files else args.jobs
    return run_ordered(files, _Reader(args.encoding), jobs=jobs, crashed=_crashed)


def _shown(name: str) -> str:
    return "<stdin>" if name == "-" else printable(name)


def _progress(args: argparse.Namespace, total: int) -> Progress:
    """A progress bar on standard error when it is a terminal and the output
    is not (a bar between the lines of the output would garble both)."""
    enabled = not args.quiet and sys.stderr.isatty() and not sys.stdout.isatty()
    progress = Progress(total, sys.stderr, enabled=enabled)
    progress.begin()
    return progress


def _each(files: list[str], args: argparse.Namespace, progress: Progress) -> Iterator[tuple[str, Report]]:
    """Each parsed report; a failure is reported, worded the same by every
    command (``govreport: FILE: what``), and counted in ``progress.failed``."""
    for result in _results(files, args):
        if result.report is None:
            progress.note(f"govreport: {_shown(result.path)}: {result.message}")
            progress.update(failed=True)
            continue
        yield result.path, result.report
        progress.update()


# --- commands ---------------------------------------------------------------


def _json(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    # as to_json: a lone surrogate is written as its \\uXXXX escape
    return _grammar.LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _json_line(file: str, report: Report) -> Iterator[str]:
    """The report as one line of JSON Lines — ``{"file": …}`` then what
    :func:`govreport.to_json` writes — in pieces of one top-level section or
    block each, so a huge report never exists as one string or one dict."""
    yield '{"file": ' + _json(file) + ', "schema_version": ' + str(SCHEMA_VERSION)
    for field in attrs.fields(Report):
        value = getattr(report, field.name)
        if isinstance(value, tuple) and value and attrs.has(type(value[0])):
            kind = _ITEM_TYPES[field.name]
            yield f', "{field.name}": ['
            for k, item in enumerate(value):
                yield (", " if k else "") + _json(_CONVERTER.unstructure(item, kind))
            yield "]"
        else:
            yield f', "{field.name}": ' + _json(_CONVERTER.unstructure(value, _FIELD_TYPES[field.name]))
    yield "}\n"


def _types() -> tuple[dict[str, Any], dict[str, Any]]:
    """The type of each field of ``Report``, and of the items of its tuples."""
    hints = typing.get_type_hints(Report)
    items = {n: typing.get_args(t)[0] for n, t in hints.items() if typing.get_origin(t) is tuple}
    return hints, items


_FIELD_TYPES, _ITEM_TYPES = _types()


def _parse(files: list[str], args: argparse.Namespace, out: IO[str]) -> int:
    progress = _progress(args, len(files))
    render: Callable[[Report], str] = {
        "outline": lambda r: render_outline(r, diagnostics=args.diagnostics),
        "markdown": render_markdown,
    }.get(args.format, render_outline)
    shown = 0
    try:
        for name, report in _each(files, args, progress):
            if args.format == "json":
                out.writelines(_json_line(_shown(name), report))
                continue
            if len(files) > 1:
                out.write(f"{'' if shown == 0 else chr(10)}==> {_shown(name)} <==\n")
            out.write(printable(render(report)))
            shown += 1
    finally:
        progress.close()
    return FAILED if progress.failed else OK


def _quantities(files: list[str], args: argparse.Namespace, out: IO[str]) -> int:
    progress = _progress(args, len(files))
    writer = csv.writer(out, lineterminator="\n")
    if args.format == "csv":
        writer.writerow(QUANTITY_COLUMNS)
    try:
        for name, report in _each(files, args, progress):
            for row in quantity_rows(report, _shown(name)):
                if args.format == "csv":
                    writer.writerow([text_cell(row[c]) for c in QUANTITY_COLUMNS])
                else:
                    out.write(_json({c: json_cell(row[c]) for c in QUANTITY_COLUMNS}) + "\n")
    finally:
        progress.close()
    return FAILED if progress.failed else OK


def _check_output(outdir: str, fmt: str) -> None:
    """Usage errors of ``export`` found before any file is parsed."""
    if fmt == "parquet":
        try:
            require("pyarrow.parquet", "parquet")
        except ImportError as exc:
            raise _UsageError(f"--format parquet: {exc}") from None
    root = Path(outdir)
    if root.exists() and not root.is_dir():
        raise _UsageError(f"{outdir}: exists and is not a directory")
    for table in TABLES:
        target = root / f"{table}{FORMATS[fmt]}"
        if target.is_dir():
            raise _UsageError(f"{target}: is a directory, where the {table} table would be written")


def _export(files: list[str], args: argparse.Namespace) -> int:
    if "-" in files:
        raise _UsageError("export reads files, not standard input")
    _check_output(args.output, args.format)
    try:
        return export(
            files, args.output, fmt=args.format, jobs=args.jobs, bom=args.bom, encoding=args.encoding,
            quiet=args.quiet, safe_csv=args.safe_csv, timeout=args.timeout,
        )  # fmt: skip
    except OSError as exc:  # OUTDIR not writable, a disk full
        where = exc.filename if exc.filename is not None else args.output
        raise _UsageError(f"{where}: {exc.strerror or exc}") from None


def _targets(files: list[str], args: argparse.Namespace) -> int:
    if "-" in files:
        raise _UsageError("targets reads files, not standard input")
    if args.plot is not None:
        if args.output is None:
            raise _UsageError("--plot needs -o FILE")
        try:
            require("matplotlib", "plot")
        except ImportError as exc:
            raise _UsageError(f"--plot: {exc}") from None
    return list_targets(
        files,
        name=args.name,
        fmt=args.format,
        jobs=args.jobs,
        encoding=args.encoding,
        quiet=args.quiet,
        outcomes=args.outcomes,
        plot=args.plot,
        output=args.output,
        timeout=args.timeout,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser, subs = _parser()
    args = parser.parse_args(argv)
    if args.command is None:  # bare ``govreport``: what it can do
        parser.print_help()
        return USAGE
    for stream in (sys.stdout, sys.stderr):
        # a terminal or pipe in a legacy encoding (LANG=C, a GBK console) gets
        # \\uXXXX escapes for what it cannot show, not a traceback
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        files = _inputs(args)
        if args.command == "parse":
            return _parse(files, args, sys.stdout)
        if args.command == "quantities":
            return _quantities(files, args, sys.stdout)
        if args.command == "export":
            return _export(files, args)
        if args.command == "view":
            return view_paths(
                args.paths,
                args.output,
                recursive=args.recursive,
                pattern=args.pattern,
                encoding=args.encoding,
            )
        return _targets(files, args)
    except _UsageError as exc:
        subs[args.command].error(str(exc))  # exits with status 2
    except BrokenPipeError:  # govreport … | head
        sys.stderr.close()
        return OK
    except KeyboardInterrupt:
        sys.stderr.write("\ngovreport: interrupted\n")
        return 130
    return USAGE  # not reached: error() exits
