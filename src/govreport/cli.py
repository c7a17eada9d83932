"""The ``govreport`` command line.

``govreport parse FILE... [--format outline|json|markdown]`` and
``govreport quantities FILE... [--format csv|json]``; ``-`` reads standard
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
from govreport._pipeline import parse
from govreport._render import QUANTITY_COLUMNS, quantity_rows, render_markdown, render_outline
from govreport.errors import DecodeError, GovReportError
from govreport.models import Report
from govreport.serialize import to_json

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
    p.add_argument("files", nargs="+", metavar="FILE", help="report files; - reads standard input")
    p.add_argument("--format", "-f", choices=sorted(_FORMATS), default="outline", help="output format")
    p.add_argument(
        "--encoding", type=_encoding, help="decode files with this encoding instead of detecting it"
    )
    q = commands.add_parser(
        "quantities",
        help="list every figure with its section path, measure and line",
        description=_QUANTITIES_HELP,
        formatter_class=raw,
    )
    q.add_argument("files", nargs="+", metavar="FILE", help="report files; - reads standard input")
    q.add_argument("--format", "-f", choices=["csv", "json"], default="csv", help="output format")
    q.add_argument(
        "--encoding", type=_encoding, help="decode files with this encoding instead of detecting it"
    )
    return parser


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
    return "<stdin>" if name == "-" else name


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
    rows: list[dict[str, object]] = []
    for name, report in _reports(files, encoding):
        if report is None:
            status = 1
            continue
        found = quantity_rows(report, name)
        if fmt == "csv":
            writer.writerows(found)
        rows += found
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
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
    many = len(args.files) > 1
    # several files as JSON: one compact report per line (JSON Lines), so the
    # output stays machine-readable; one file: an indented object
    render = (lambda r: to_json(r) + "\n") if many and args.format == "json" else _FORMATS[args.format]
    status = 0
    for k, (name, report) in enumerate(_reports(args.files, args.encoding)):
        if report is None:
            status = 1
            continue
        if many and args.format != "json":
            print(f"{'' if k == 0 else chr(10)}==> {name} <==")
        out = render(report)
        sys.stdout.write(out if args.format == "json" else _printable(out))
    return status
