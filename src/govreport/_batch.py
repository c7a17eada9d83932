"""Many files: finding them, and parsing them in worker processes.

Results come back in input order through a bounded window of pending tasks,
so memory stays flat however many files there are, and a file that fails
becomes an error result instead of stopping the batch.
"""

from __future__ import annotations

import glob
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar, overload

import attrs

from govreport._api import read_text
from govreport._pipeline import parse
from govreport._rows import Row, Rows, target_rows, target_sort_key, to_rows
from govreport._targets import Outcome, met, stated_outcomes
from govreport._text import BINARY
from govreport.errors import DecodeError, GovReportError
from govreport.models import Report

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ParseResult",
    "expand_paths",
    "parse_many",
    "rows_of",
    "run_ordered",
    "target_outcomes",
    "targets",
]

T = TypeVar("T")

#: Pending tasks per worker: enough to keep every worker busy while the
#: parent writes, few enough that memory does not grow with the batch.
_WINDOW_PER_JOB = 4


@attrs.frozen
class ParseResult:
    """One file of :func:`parse_many`: its ``report``, or why it has none.

    ``error`` is a short, stable kind — ``not-found``, ``unreadable`` (any
    other :class:`OSError`), ``decode`` (not text in any encoding tried, or
    binary), ``empty`` (no text at all), ``internal`` (a bug in govreport:
    please report it) — and ``message`` says the rest.

    >>> ParseResult(path="a.txt", error="empty", message="no text").ok
    False
    """

    path: str
    report: Report | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """``True`` when the file was parsed."""
        return self.report is not None


def read_one(path: str, encoding: str | None = None) -> ParseResult:
    """Read and parse one file, turning every failure into an error result."""
    try:
        text = read_text(path, encoding=encoding)
        if not text.strip():
            return ParseResult(path=path, error="empty", message="the file holds no text")
        return ParseResult(path=path, report=parse(text))
    except FileNotFoundError as exc:
        if os.path.islink(path):
            return ParseResult(path=path, error="not-found", message="dangling symbolic link")
        return ParseResult(path=path, error="not-found", message=exc.strerror or str(exc))
    except OSError as exc:
        return ParseResult(path=path, error="unreadable", message=exc.strerror or str(exc))
    except DecodeError as exc:
        if exc.reason == BINARY:  # the encodings tried are beside the point
            return ParseResult(path=path, error="decode", message=BINARY)
        return ParseResult(path=path, error="decode", message=str(exc).removeprefix(f"{path}: "))
    except GovReportError as exc:  # its message names the file: the result already does
        message = str(exc)
        return ParseResult(path=path, error="decode", message=message.removeprefix(f"{path}: "))
    except Exception as exc:  # a parser bug must not stop the batch
        return ParseResult(path=path, error="internal", message=f"{type(exc).__name__}: {exc}")


def _default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_ordered(
    items: Iterable[str],
    work: Callable[[str], T],
    *,
    jobs: int | None,
    crashed: Callable[[str], T],
) -> Iterator[T]:
    """``work(item)`` for every item, in input order, in ``jobs`` worker
    processes (``1``: in this process; ``None``: one per CPU).

    ``work`` must not raise; ``crashed(item)`` stands in for the result of
    an item whose worker process died (the pool is then restarted).
    """
    if jobs is None:
        jobs = _default_jobs()
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer or None, not {jobs!r}")
    if jobs == 1:
        yield from map(work, items)
        return
    window = jobs * _WINDOW_PER_JOB
    pending: deque[tuple[str, Future[T]]] = deque()
    it = iter(items)
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        for item in it:
            pending.append((item, pool.submit(work, item)))
            if len(pending) >= window:
                result, pool = _next(pending, pool, work, crashed, jobs)
                yield result
        while pending:
            result, pool = _next(pending, pool, work, crashed, jobs)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _next(
    pending: deque[tuple[str, Future[T]]],
    pool: ProcessPoolExecutor,
    work: Callable[[str], T],
    crashed: Callable[[str], T],
    jobs: int,
) -> tuple[T, ProcessPoolExecutor]:
    item, future = pending.popleft()
    try:
        return future.result(), pool
    except BrokenProcessPool:
        # a worker died (out of memory, a signal): blame the oldest task,
        # restart the pool and resubmit the others
        pool.shutdown(wait=False, cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=jobs)
        for k, (other, _) in enumerate(pending):
            pending[k] = (other, pool.submit(work, other))
        return crashed(item), pool


def _crashed(path: str) -> ParseResult:
    return ParseResult(path=path, error="internal", message="the worker process parsing it died")


def parse_many(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int | None = None, encoding: str | None = None
) -> Iterator[ParseResult]:
    """Parse many files in worker processes; yield one :class:`ParseResult`
    per path, in input order.

    A file that cannot be read, decoded or parsed gives an error result and
    the batch goes on.  ``jobs`` is the number of worker processes (default:
    one per CPU; ``1`` parses in this process).  At most a few files per
    worker are in flight at once, so memory does not grow with the number
    of paths; ``paths`` may be a lazy iterable.  ``encoding`` is passed to
    :func:`~govreport.parse_file`.

    >>> for result in parse_many(["seeds/003_fb16f82d61c4a2eb.txt", "no/such.txt"], jobs=1):
    ...     print(result.path, result.report.metadata.title if result.ok else result.error)
    seeds/003_fb16f82d61c4a2eb.txt 政府工作报告
    no/such.txt not-found
    """
    work = _Reader(encoding)
    return run_ordered((os.fspath(p) for p in paths), work, jobs=jobs, crashed=_crashed)


@attrs.frozen
class _Reader:
    """``read_one`` with its options bound, picklable for the worker processes."""

    encoding: str | None

    def __call__(self, path: str) -> ParseResult:
        return read_one(path, self.encoding)


def _has_magic(text: str) -> bool:
    return any(c in text for c in "*?[")


def expand_paths(
    args: Iterable[str], *, recursive: bool = False, pattern: str = "*.txt"
) -> Iterator[tuple[str, str | None]]:
    """Files named by command-line arguments, as ``(path, None)``, or
    ``(argument, message)`` for an argument that names no file.

    A file is taken as is; a directory gives its files matching ``pattern``
    (sorted; its subdirectories too with ``recursive``); a glob (``*``, ``?``,
    ``[…]``; ``**`` with ``recursive``) gives its matching files, sorted.  A
    path that does not exist is passed on, so that reading it reports it.
    """
    for arg in args:
        if os.path.isdir(arg):
            found = sorted(
                str(p)
                for p in (Path(arg).rglob(pattern) if recursive else Path(arg).glob(pattern))
                # a dangling link is listed, so that reading it reports it
                if (p.is_file() or (p.is_symlink() and not p.exists()))
                and not any(part.startswith(".") for part in p.relative_to(arg).parts)
            )
            if not found:
                yield arg, f"directory with no {pattern} files"
            yield from ((p, None) for p in found)
        elif not os.path.exists(arg) and _has_magic(arg):
            found = sorted(
                p for p in glob.glob(arg, recursive=recursive) if os.path.isfile(p) or not os.path.exists(p)
            )
            if not found:
                yield arg, "no file matches this pattern"
            yield from ((p, None) for p in found)
        else:
            yield arg, None


def rows_of(item: Report | ParseResult) -> Rows:
    """The rows of a report, or of a parse result (an ``errors`` row if it failed)."""
    if isinstance(item, Report):
        return to_rows(item)
    if isinstance(item, ParseResult):
        if item.report is None:
            return {"errors": [{"file": item.path, "error": item.error, "message": item.message}]}
        return to_rows(item.report, path=item.path)
    raise TypeError(f"expected a Report or a ParseResult, not {type(item).__name__}")


@overload
def targets(
    reports: Iterable[Report | ParseResult], *, name: str | None = None, as_frame: Literal[False] = False
) -> list[Row]: ...
@overload
def targets(
    reports: Iterable[Report | ParseResult], *, name: str | None = None, as_frame: Literal[True]
) -> pd.DataFrame: ...
def targets(
    reports: Iterable[Report | ParseResult], *, name: str | None = None, as_frame: bool = False
) -> list[Row] | pd.DataFrame:
    """Every planned target of a collection: the figures of each targets
    paragraph, numbered target list and five-year plan, the coming-year
    targets of the work sections, and targets stated without a number; each
    with its ``indicator`` key, ``target_year``, ``period`` and ``basis``,
    and its report's region, kind, date and file.  Sorted by indicator, then
    target year (unknown years last), then file and line, so that one
    indicator can be followed from year to year.  ``name`` keeps the targets
    whose indicator key is ``name`` or whose name contains it.  Failed parse
    results are skipped.

    The columns are those of ``govreport targets --format csv`` (see
    :doc:`/reference/tables`).  The rows hold exact ``Decimal`` values;
    ``as_frame=True`` gives a pandas DataFrame instead, with the dtypes of
    :func:`~govreport.to_frames` (``Float64``, ``Int64``, ``boolean`` …).

    >>> import govreport
    >>> report = govreport.parse("2018年主要预期目标是:地区生产总值增长7%左右。\\n")
    >>> [(t["indicator"], t["raw"], t["qualifier"], t["target_year"], t["basis"]) for t in targets([report])]
    [('gdp', '7%左右', 'approx', 2018, 'annual')]
    """
    found: list[Row] = []
    for item in reports:
        if isinstance(item, ParseResult) and item.report is None:
            continue
        report = item.report if isinstance(item, ParseResult) else item
        if report is not None:
            found += target_rows(rows_of(item), report, name)
    found.sort(key=target_sort_key)
    if as_frame:
        from govreport._frames import targets_frame

        return targets_frame(found)
    return found


def target_outcomes(rows: Iterable[Row], reports: Iterable[Report | ParseResult]) -> list[Row]:
    """Each target row (of :func:`targets`) with the outcome that a report of
    the same region reviewing the target's year states for its indicator:
    columns ``outcome``, ``outcome_raw``, ``outcome_file``, ``outcome_line``
    and ``met`` (``True``/``False``, ``None`` where no outcome is stated, or
    for a plan target).  A cap (``at-most``) is met at or under it, a floor
    at or over it; an approximate target at or over it, or at or under it for
    prices and unemployment.

    >>> import govreport
    >>> plan = govreport.parse("2024年政府工作报告\\n今年主要预期目标是：国内生产总值增长5%左右。\\n")
    >>> review = govreport.parse("2025年政府工作报告\\n一、2024年工作回顾\\n国内生产总值增长5.2%。\\n")
    >>> [(t["raw"], t["outcome_raw"], t["met"]) for t in target_outcomes(targets([plan]), [review])]
    [('5%左右', '5.2%', True)]
    """
    stated: dict[tuple[str | None, int], tuple[str | None, dict[tuple[str, str | None], Outcome]]] = {}
    for item in reports:
        report = item.report if isinstance(item, ParseResult) else item
        if report is None:
            continue
        year, found = stated_outcomes(report)
        if year is not None:
            file = item.path if isinstance(item, ParseResult) else None
            have = stated.setdefault((report.metadata.region, year), (file, {}))[1]
            for key, stated_one in found.items():
                have.setdefault(key, stated_one)
    out = []
    for row in rows:
        indicator, target_year = row["indicator"], row["target_year"]
        region = str(row["region"]) if row["region"] is not None else None
        file, said = (
            stated.get((region, target_year), (None, {})) if isinstance(target_year, int) else (None, {})
        )
        unit = str(row["unit"]) if row["unit"] is not None else None
        annual = isinstance(indicator, str) and row["period"] == "annual" and row["raw"] is not None
        outcome = said.get((str(indicator), unit)) if annual else None
        value, low, high = (row[c] for c in ("value", "low", "high"))
        out.append(
            {
                **row,
                "outcome": outcome.value if outcome else None,
                "outcome_raw": outcome.raw if outcome else None,
                "outcome_file": file if outcome else None,
                "outcome_line": outcome.line if outcome else None,
                "met": met(
                    str(indicator) if indicator is not None else None,
                    str(row["qualifier"]) if row["qualifier"] is not None else None,
                    value if isinstance(value, Decimal) else None,
                    low if isinstance(low, Decimal) else None,
                    high if isinstance(high, Decimal) else None,
                    outcome.value if outcome else None,
                ),
            }
        )
    return out
