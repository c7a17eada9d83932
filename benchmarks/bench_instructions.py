"""Instructions per input character of each stage of ``govreport.parse``
(counted by callgrind, exact to about 0.05 % from run to run), beside CPU
time per character (``time.process_time``, best of N, which on a shared
machine varies far more), for ``parse`` end to end, ``extract_quantities``
and one ``regex.finditer`` pass of a simple number pattern (the floor).

    python benchmarks/bench_instructions.py [--chars 150000] [--repeat 5] [--no-valgrind]

The input is the seed corpus (``_corpus.seed_corpus``).  The script runs
itself once more under ``valgrind --tool=callgrind --dump-before=getppid``:
in that run each ``os.getppid()`` closes a segment, so each stage's count is
the total of its own dump.  Needs valgrind (Debian: ``apt-get install
valgrind``); without it, or with ``--no-valgrind``, only CPU times print.
The stages are run in the order ``parse`` runs them, on the values it makes
(the figures are counted with the outline: measures ask for them).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus
from _timing import best_of

import govreport
from govreport import _outline
from govreport._checks import empty_titles, invalid_text
from govreport._layout import build_units, wrap_width
from govreport._metadata import read_metadata
from govreport._outline import build_outline
from govreport._pipeline import body_lines, chrome_diagnostics, find_chrome
from govreport._text import first_odd, fold, split_lines

_FLOOR = regex.compile(r"\d+(?:\.\d+)?")
_CHILD = "GOVREPORT_BENCH_IR_CHILD"


def stages(text: str) -> list[tuple[str, Callable[[], object]]]:
    """``parse``'s stages as closures, each on the results of the ones before
    (run them in order: each stores what it made for the next)."""
    got: dict[str, object] = {}

    def keep(name: str, fn: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            got[name] = fn()
            return got[name]

        return run

    def metadata() -> object:
        return read_metadata(text, got["folded"], got["lines"], got["chrome"], got["wrap"])  # type: ignore[arg-type]

    def checks() -> object:
        _, _, captions = got["metadata"]  # type: ignore[misc]
        chrome = got["chrome"] | captions  # type: ignore[operator]
        got["skip"] = chrome
        return chrome_diagnostics(got["folded"], got["lines"], chrome) + invalid_text(
            text, got["lines"], got["odd"]
        )  # type: ignore[arg-type]

    def units() -> object:
        _, claims, _ = got["metadata"]  # type: ignore[misc]
        body = body_lines(got["lines"], got["skip"], claims)  # type: ignore[arg-type]
        return build_units(text, got["folded"], body, got["wrap"])  # type: ignore[arg-type]

    def titles() -> object:
        outline: _outline.Outline = got["outline"]  # type: ignore[assignment]
        return empty_titles(text, outline.sections, outline.attachments)

    return [
        ("fold", keep("folded", lambda: fold(text))),
        ("first_odd", keep("odd", lambda: first_odd(got["folded"]))),  # type: ignore[arg-type]
        ("split_lines", keep("lines", lambda: split_lines(text, got["odd"]))),  # type: ignore[arg-type]
        ("find_chrome", keep("chrome", lambda: find_chrome(got["folded"], got["lines"]))),  # type: ignore[arg-type]
        ("wrap_width", keep("wrap", lambda: wrap_width(text, got["lines"]))),  # type: ignore[arg-type]
        ("read_metadata", keep("metadata", metadata)),
        ("chrome + invalid text", checks),
        ("build_units", keep("units", units)),
        ("build_outline (+ figures)", keep("outline", lambda: build_outline(got["units"]))),  # type: ignore[arg-type]
        ("empty_titles", titles),
    ]


def totals(text: str) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("parse", lambda: govreport.parse(text)),
        ("extract_quantities", lambda: govreport.extract_quantities(text)),
        ("regex.finditer floor", lambda: sum(1 for _ in _FLOOR.finditer(text))),
    ]


def child(chars: int) -> None:
    """The run under callgrind: warm up, then one dump per stage.  A
    collection of garbage before each stage is a dump of its own (left out):
    what the stage before left behind is not counted against the next."""
    text = seed_corpus(chars)
    warm = text[:20_000]
    for _, fn in stages(warm) + totals(warm):
        fn()
    for group in (stages, totals):
        for _, fn in group(text):
            gc.collect()
            os.getppid()
            fn()
            os.getppid()


def instructions(chars: int) -> list[int] | None:
    """Instructions per segment of :func:`child` under callgrind."""
    if not shutil.which("valgrind"):
        return None
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=getppid",
                f"--callgrind-out-file={out}",
                sys.executable,
                os.path.abspath(__file__),
                "--chars",
                str(chars),
            ],
            env={**os.environ, _CHILD: "1"},
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode:
            sys.exit("callgrind run failed: " + run.stderr[-600:])
        dumps = sorted(Path(d).glob("cg.out.*"), key=lambda p: int(p.suffix[1:]))
        counts = []
        for p in dumps:
            m = re.search(r"^totals:\s+(\d+)", p.read_text(), re.M)
            counts.append(int(m.group(1)) if m else 0)
    # dump 1 is the start-up and warm-up, then a collection and a stage by turns
    return counts[1::2]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chars", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-valgrind", action="store_true", help="CPU time only")
    args = parser.parse_args()
    if os.environ.get(_CHILD):
        child(args.chars)
        return
    text = seed_corpus(args.chars)
    n = len(text)
    rows = stages(text) + totals(text)
    seconds = [float("inf")] * len(rows)
    for _ in range(args.repeat):
        for k, (_, fn) in enumerate(stages(text) + totals(text)):  # in order: each needs those before
            gc.collect()
            seconds[k] = min(seconds[k], best_of(1, fn, clock=time.process_time))
    counts = None if args.no_valgrind else instructions(args.chars)
    compiled = govreport._outline.__file__.endswith((".so", ".pyd"))
    print(
        f"input: seed corpus, {n:,} characters; {'compiled' if compiled else 'pure Python'}"
        f" (govreport {govreport.__version__}); CPU best of {args.repeat}"
    )
    print(f"{'stage':28} {'Ir/char':>8} {'ns/char':>8}")
    for k, (name, _) in enumerate(rows):
        ir = f"{counts[k] / n:8.0f}" if counts else f"{'-':>8}"
        if k == len(rows) - 3:
            print("-" * 46)
        print(f"{name:28} {ir} {seconds[k] / n * 1e9:8.0f}")


if __name__ == "__main__":
    main()
