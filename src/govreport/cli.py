"""The ``govreport`` command line.

``govreport parse FILE... [--format outline|json|markdown]``,
``govreport quantities FILE... [--format csv|json]``, ``govreport export
PATH... -o OUTDIR`` and ``govreport targets PATH...``; ``-`` reads standard
input.  Exit status 0 on success, 1 if any file could not be read,
2 on a usage error.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence

from govreport import __version__, _grammar
from govreport._api import parse_file, read_text
from govreport._batch import FILE_TIMEOUT
from govreport._checks import printable
from govreport._export import FORMATS, QUANTITY_COLUMNS, export, json_cell, list_targets, quantity_rows
from govreport._pipeline import parse
from govreport._render import render_markdown, render_outline
from govreport.errors import DecodeError, GovReportError
from govreport.models import Report
from govreport.serialize import to_dict, to_json

__all__ = ["main"]

_FORMATS: dict[str, Callable[[Report], str]] = {
    "outline": render_outline,
    "json": lambda r: to_json(r, indent=2) + "\n",
    "markdown": render_markdown,
}


def _encoding(name: str) -> str:
    """An ``--encoding`` Python knows, or a usage error (exit 2)."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name}") from None
    return name


_PARSE_HELP = """\
Parse each report and print its outline (title, facts, one line per section
with its measure count), the full model as JSON, or Markdown.  Files are
decoded by BOM, else as UTF-8, GB18030 or Big5.

examples:
  govreport parse report.txt
  govreport parse --format json report.txt > report.json
  govreport parse -f markdown report.txt
  cat report.txt | govreport parse -
"""

_QUANTITIES_HELP = """\
List every figure of each report, one row per figure: file, section path,
measure, line and offsets, raw text, value, unit, qualifier, change, target.

examples:
  govreport quantities report.txt > figures.csv
  govreport quantities --format json reports/*.txt
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport", description="Turn Chinese government reports into structured data."
    )
    parser.add_argument("--version", action="version", version=f"govreport {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    raw = argparse.RawDescriptionHelpFormatter
    p = commands.add_parser(
        "parse",
        help="parse reports and print their outline, JSON or Markdown",
        description=_PARSE_HELP,
        formatter_class=raw,
    )
    _add_files(p)
    p.add_argument("--format", "-f", choices=sorted(_FORMATS), default="outline", help="output format")
    _add_encoding(p)
    q = commands.add_parser(
        "quantities",
        help="list every figure with its section path, measure and line",
        description=_QUANTITIES_HELP,
        formatter_class=raw,
    )
    _add_files(q)
    q.add_argument("--format", "-f", choices=["csv", "json"], default="csv", help="output format")
    _add_encoding(q)
    _add_collection_commands(commands)
    return parser


def _add_files(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="report files; - reads standard input")


def _add_encoding(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--encoding", type=_encoding, help="decode files with this encoding instead of detecting it"
    )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}")
    return int(text)


def _add_collection_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, help_text in (
        ("export", "write the reports, sections, measures, quantities, diagnostics and errors tables"),
        ("targets", "list the target figures of many reports, by indicator and year"),
    ):
        c = commands.add_parser(name, help=help_text, description=help_text)
        c.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or glob patterns")
        if name == "export":
            c.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="directory for the tables")
            c.add_argument("--format", "-f", choices=list(FORMATS), default="csv", help="table format")
            c.add_argument("--bom", action="store_true", help="start CSV files with a UTF-8 BOM, for Excel")
            c.add_argument(
                "--safe-csv",
                action="store_true",
                help="put a ' before text cells starting with = + - @, which a spreadsheet runs as formulas",
            )
            c.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
        else:
            c.add_argument("--name", help="only indicators whose name contains this text")
            c.add_argument("--format", "-f", choices=["table", "csv", "jsonl"], default="table")
        c.add_argument("--jobs", "-j", type=_positive, help="worker processes (default: one per CPU)")
        c.add_argument(
            "--timeout",
            type=_positive,
            default=int(FILE_TIMEOUT),
            metavar="SECONDS",
            help=f"stop a file still parsing after this long: a timeout error (default: {int(FILE_TIMEOUT)})",
        )
        c.add_argument("--recursive", "-r", action="store_true", help="descend into subdirectories")
        c.add_argument("--pattern", default="*.txt", help="files to take from a directory (default: *.txt)")
        _add_encoding(c)


def _read(name: str, encoding: str | None) -> Report:
    if name == "-":
        return parse(read_text(sys.stdin.buffer, encoding=encoding))
    return parse_file(name, encoding=encoding)


def _reports(files: Sequence[str], encoding: str | None) -> Iterator[tuple[str, Report | None]]:
    """Each file's report, or ``None`` after a one-line message on stderr,
    worded the same for every subcommand: ``govreport: FILE: what``."""
    for name in files:
        try:
            yield name, _read(name, encoding)
        except OSError as exc:
            _fail(f"{_shown(name)}: {exc.strerror or exc}")
            yield name, None
        except DecodeError as exc:
            _fail(f"{_shown(name)}: cannot decode ({exc.reason}); tried {', '.join(exc.encodings)}")
            yield name, None
        except GovReportError as exc:
            _fail(f"{_shown(name)}: {exc}")
            yield name, None


def _shown(name: str) -> str:
    return "<stdin>" if name == "-" else printable(name)


def _printable(text: str) -> str:
    """Text output with control characters and lone surrogates escaped
    (``\\x1b``): they are reported as ``invalid-text`` diagnostics, and a
    terminal would act on them."""
    return _grammar.INVALID_TEXT.sub(lambda m: repr(m[0])[1:-1], text)


def _quantities(files: Sequence[str], fmt: str, encoding: str | None) -> int:
    status = 0
    writer = csv.DictWriter(sys.stdout, fieldnames=QUANTITY_COLUMNS, lineterminator="\n")
    if fmt == "csv":
        writer.writeheader()
    first = True
    for name, report in _reports(files, encoding):
        if report is None:
            status = 1
            continue
        for row in quantity_rows(report, name):
            if fmt == "csv":
                writer.writerow(row)
                continue
            # a JSON array written row by row, so no file's rows are kept
            item = json.dumps({k: json_cell(v) for k, v in row.items()}, ensure_ascii=False, indent=1)
            sys.stdout.write(("[\n " if first else ",\n ") + item.replace("\n", "\n "))
            first = False
    if fmt == "json":
        sys.stdout.write("[]\n" if first else "\n]\n")
    return status


def _fail(message: str) -> None:
    print(f"govreport: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # a terminal or pipe in a legacy encoding (LANG=C, a GBK console) gets
        # \\uXXXX escapes for what it cannot show, not a traceback
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _run(args)
    except BrokenPipeError:  # govreport … | head
        sys.stderr.close()
        return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "quantities":
        return _quantities(args.files, args.format, args.encoding)
    if args.command == "export":
        return export(
            args.paths, args.output, fmt=args.format, jobs=args.jobs, recursive=args.recursive,
            pattern=args.pattern, bom=args.bom, encoding=args.encoding, quiet=args.quiet,
            safe_csv=args.safe_csv, timeout=args.timeout,
        )  # fmt: skip
    if args.command == "targets":
        return list_targets(
            args.paths, name=args.name, fmt=args.format, jobs=args.jobs, recursive=args.recursive,
            pattern=args.pattern, encoding=args.encoding, timeout=args.timeout,
        )  # fmt: skip
    many = len(args.files) > 1
    render = _FORMATS[args.format]
    status = 0
    for k, (name, report) in enumerate(_reports(args.files, args.encoding)):
        if report is None:
            status = 1
            continue
        if many and args.format != "json":
            print(f"{'' if k == 0 else chr(10)}==> {name} <==")
        if many and args.format == "json":
            # one compact report per line (JSON Lines), each with the file it
            # came from, so the output stays machine-readable
            line = json.dumps({"path": name, **to_dict(report)}, ensure_ascii=False)
            sys.stdout.write(line + "\n")
            continue
        out = render(report)
        sys.stdout.write(out if args.format == "json" else _printable(out))
    return status
