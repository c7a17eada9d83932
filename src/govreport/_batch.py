"""Many files: finding them, and parsing them in worker processes.

Results come back in input order through a bounded window of pending tasks,
so memory stays flat however many files there are, and a file that fails
becomes an error result instead of stopping the batch.
"""

from __future__ import annotations

import concurrent.futures
import fnmatch
import glob
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from decimal import Decimal
from typing import TYPE_CHECKING, Generic, Literal, TypeVar, overload

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

#: The start of :func:`expand_paths`' message for a directory it cannot list:
#: a failed file of the run, not a usage error.
UNREADABLE_DIRECTORY = "cannot read this directory"
R = TypeVar("R")  # _outcome's own: mypy would bind T to T | None there

#: Pending tasks per worker: enough to keep every worker busy while the
#: parent writes, few enough that memory does not grow with the batch.
_WINDOW_PER_JOB = 4

#: Seconds a worker process may spend on one file before it is stopped and
#: the file becomes a ``timeout`` error: a report parses in well under a
#: second, a million characters of hostile text in a few.
FILE_TIMEOUT = 300.0

#: How often the parent looks at a file that is taking long, in seconds.
_POLL = 0.05

#: For the test suite only: ``crash:NAME``, ``hang:NAME`` or
#: ``interrupt:NAME`` makes reading a file whose path ends with NAME kill its
#: process (as an out-of-memory kill does), sleep, or raise
#: :class:`KeyboardInterrupt` (as Ctrl-C does).
_FAULT_VARIABLE = "GOVREPORT_TEST_FAULT"


@attrs.frozen
class ParseResult:
    """One file of :func:`parse_many`: its ``report``, or why it has none.

    ``error`` is a short, stable kind — ``not-found`` (also a dangling
    symbolic link), ``unreadable`` (any other :class:`OSError`: a FIFO, a
    device, a file over the size limit, a symbolic link loop), ``decode``
    (not text in any encoding tried, or binary), ``empty`` (no text at all),
    ``timeout`` (parsing took longer than the time limit), ``internal`` (a
    bug in govreport, or the worker process died: please report it) — and
    ``message`` says the rest.

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
        _inject_fault(path)
        text = read_text(path, encoding=encoding)
        if not text.strip():
            return ParseResult(path=path, error="empty", message="the file holds no text")
        return ParseResult(path=path, report=parse(text))
    except FileNotFoundError as exc:
        message = "dangling symbolic link" if os.path.islink(path) else exc.strerror or str(exc)
        return ParseResult(path=path, error="not-found", message=message)
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


def _inject_fault(path: str) -> None:
    spec = os.environ.get(_FAULT_VARIABLE)
    if not spec:
        return
    action, _, name = spec.partition(":")
    if name and path.endswith(name):
        if action == "crash":
            os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        elif action == "hang":
            time.sleep(3600)
        elif action == "interrupt":
            raise KeyboardInterrupt


def _default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_ordered(
    items: Iterable[str],
    work: Callable[[str], T],
    *,
    jobs: int | None,
    crashed: Callable[[str], T],
    timeout: float | None = None,
    timed_out: Callable[[str], T] | None = None,
) -> Iterator[T]:
    """``work(item)`` for every item, in input order, in ``jobs`` worker
    processes (``1``: in this process; ``None``: one per CPU).

    ``work`` must not raise.  When a worker process dies (out of memory, a
    signal), the pool is rebuilt, the items in flight are run again one at a
    time to find the one that killed it, and ``crashed(item)`` stands in for
    its result.  With ``timeout``, an item still running after that many
    seconds has its worker stopped and ``timed_out(item)`` (default:
    ``crashed``) stands in for it; in this process (``jobs=1``) nothing can
    stop it, and the limit does not apply.
    """
    if jobs is None:
        jobs = _default_jobs()
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer or None, not {jobs!r}")
    if jobs == 1:
        yield from map(work, items)
        return
    run = _Run(work, crashed, timed_out or crashed, timeout, jobs)
    window = jobs * _WINDOW_PER_JOB
    finished = False
    try:
        for item in items:
            run.pending.append((item, run.pool.submit(work, item)))
            if len(run.pending) >= window:
                yield run.next()
        while run.pending:
            yield run.next()
        finished = True
    finally:
        run.pool.close(kill=not finished)


class _Pool(Generic[T]):
    """A process pool that is rebuilt after a worker died or was stopped."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(max_workers=jobs)

    def submit(self, work: Callable[[str], T], item: str) -> Future[T]:
        try:
            return self.executor.submit(work, item)
        except BrokenProcessPool as exc:  # a worker died since the last result
            future: Future[T] = Future()
            future.set_exception(exc)
            return future

    def close(self, *, kill: bool = False) -> None:
        if kill:
            # a worker stuck in a parse cannot be interrupted: end them all
            # (the executor keeps its processes by pid in ``_processes``)
            processes = getattr(self.executor, "_processes", None) or {}
            for process in list(processes.values()):
                process.kill()
        self.executor.shutdown(wait=not kill, cancel_futures=True)

    def restart(self, *, kill: bool = False) -> None:
        self.close(kill=kill)
        self.executor = ProcessPoolExecutor(max_workers=self.jobs)


def _outcome(future: Future[R], timeout: float | None) -> str:
    """``done`` (its result is ready), ``crashed`` or ``timeout``."""
    started: float | None = None
    while True:
        try:
            future.result(timeout=None if timeout is None else _POLL)
            return "done"
        except concurrent.futures.TimeoutError:
            pass
        except BrokenProcessPool:
            return "crashed"
        now = time.monotonic()
        # the oldest task in flight: once running, a worker has it (the
        # pool hands tasks out in order)
        if started is None and future.running():
            started = now
        if started is not None and timeout is not None and now - started > timeout:
            return "timeout"


def _succeeded(future: Future[T]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _finished(value: T) -> Future[T]:
    future: Future[T] = Future()
    future.set_result(value)
    return future


class _Run(Generic[T]):
    """The state of one :func:`run_ordered`: the pool and the tasks in flight."""

    def __init__(
        self,
        work: Callable[[str], T],
        crashed: Callable[[str], T],
        timed_out: Callable[[str], T],
        timeout: float | None,
        jobs: int,
    ) -> None:
        self.work = work
        self.crashed = crashed
        self.timed_out = timed_out
        self.timeout = timeout
        self.pool: _Pool[T] = _Pool(jobs)
        self.pending: deque[tuple[str, Future[T]]] = deque()

    def next(self) -> T:
        """The result of the oldest task."""
        item, future = self.pending[0]
        state = _outcome(future, self.timeout)
        if state == "done":
            self.pending.popleft()
            return future.result()
        if state == "timeout":
            self.pending.popleft()
            self.pool.restart(kill=True)
            for k, (other, task) in enumerate(self.pending):
                if not _succeeded(task):
                    self.pending[k] = (other, self.pool.submit(self.work, other))
            return self.timed_out(item)
        # a worker died and took the pool with it: every task it had not
        # finished failed, whichever one killed it; run those again, each
        # alone, so that only the culprit gets the blame
        self.pool.restart()
        for k, (other, task) in enumerate(self.pending):
            if not _succeeded(task):
                self.pending[k] = (other, _finished(self._alone(other)))
        return self.pending.popleft()[1].result()

    def _alone(self, item: str) -> T:
        solo: _Pool[T] = _Pool(1)
        state = "crashed"
        try:
            future = solo.submit(self.work, item)
            state = _outcome(future, self.timeout)
        finally:
            solo.close(kill=state != "done")
        if state == "done":
            return future.result()
        return self.crashed(item) if state == "crashed" else self.timed_out(item)


def _crashed(path: str) -> ParseResult:
    return ParseResult(path=path, error="internal", message="the worker process parsing it died")


def timeout_message(seconds: float) -> str:
    return f"parsing took longer than {seconds:g} s"


@attrs.frozen
class _TimedOut:
    seconds: float

    def __call__(self, path: str) -> ParseResult:
        return ParseResult(path=path, error="timeout", message=timeout_message(self.seconds))


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    encoding: str | None = None,
    timeout: float | None = FILE_TIMEOUT,
) -> Iterator[ParseResult]:
    """Parse many files in worker processes; yield one :class:`ParseResult`
    per path, in input order.

    A file that cannot be read, decoded or parsed gives an error result and
    the batch goes on.  ``jobs`` is the number of worker processes (default:
    one per CPU; ``1`` parses in this process).  At most a few files per
    worker are in flight at once, so memory does not grow with the number
    of paths; ``paths`` may be a lazy iterable.  ``encoding`` is passed to
    :func:`~govreport.parse_file`.  A worker process that dies (out of
    memory, a crash) fails its file only (``internal``); a file still
    parsing after ``timeout`` seconds (default 300; ``None``: no limit) is
    stopped and fails as ``timeout``.  With ``jobs=1`` nothing can stop a
    parse, and the limit does not apply.

    >>> for result in parse_many(["seeds/003_fb16f82d61c4a2eb.txt", "no/such.txt"], jobs=1):
    ...     print(result.path, result.report.metadata.title if result.ok else result.error)
    seeds/003_fb16f82d61c4a2eb.txt 政府工作报告
    no/such.txt not-found
    """
    work = _Reader(encoding)
    return run_ordered(
        (os.fspath(p) for p in paths),
        work,
        jobs=jobs,
        crashed=_crashed,
        timeout=timeout,
        timed_out=_TimedOut(timeout or 0.0),
    )


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
    ``(argument, message)`` for an argument that names no file and for a
    directory that cannot be read.

    A file is taken as is; a directory gives its entries matching ``pattern``
    (sorted; its subdirectories too with ``recursive``, not following
    symbolic links to directories); a glob (``*``, ``?``, ``[…]``; ``**``
    with ``recursive``) gives its matching entries, sorted.  Entries that are
    not regular files (a dangling symbolic link, a FIFO, a socket) and paths
    that do not exist are passed on, so that reading them reports them:
    nothing is left out silently.
    """
    for arg in args:
        if os.path.isdir(arg):
            found = sorted(_walk(arg, pattern, recursive))
            if not found:
                yield arg, f"directory with no {pattern} files"
            yield from found
        elif not os.path.exists(arg) and _has_magic(arg):
            found_paths = sorted(p for p in glob.glob(arg, recursive=recursive) if not os.path.isdir(p))
            if not found_paths:
                yield arg, "no file matches this pattern"
            yield from ((p, None) for p in found_paths)
        else:
            yield arg, None


def _walk(root: str, pattern: str, recursive: bool) -> Iterator[tuple[str, str | None]]:
    """Entries under ``root`` whose name matches ``pattern`` (hidden ones
    left out), and a message for each directory that cannot be read."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield folder, f"{UNREADABLE_DIRECTORY}: {exc.strerror or exc}"
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                if recursive:
                    stack.append(entry.path)
            elif fnmatch.fnmatchcase(entry.name, pattern) and not _is_dir(entry.path):
                yield entry.path, None


def _is_dir(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except OSError:  # pragma: no cover - isdir does not raise on POSIX
        return False


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
