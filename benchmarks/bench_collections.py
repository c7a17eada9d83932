"""``govreport export`` of a large collection: ``../shared/corpus/`` repeated
to 1,000+ files (hard links), at ``--jobs 1`` and ``--jobs 2``, and a tenth of
it, to show that peak memory does not grow with the number of files.

Each run is a fresh process; its peak RSS and the largest of its worker
processes' are read from ``getrusage``.  Parallel efficiency is the speed-up
from 1 to N jobs divided by N.

    python benchmarks/bench_collections.py [--files 1000] [--jobs 1 2] [--format csv]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import govreport
from govreport._api import read_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

_CHILD = """
import json, resource, sys, time
from govreport.cli import main
t0 = time.perf_counter()
status = main(sys.argv[1:])
seconds = time.perf_counter() - t0
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"status": status, "seconds": seconds, "rss_kib": me, "worker_rss_kib": kids}))
"""


def build(folder: Path, sources: list[Path], count: int) -> int:
    """``count`` files in ``folder``, the sources repeated; return their characters."""
    folder.mkdir(parents=True)
    chars = {p: len(read_text(p)) for p in sources}
    total = 0
    for k in range(count):
        src = sources[k % len(sources)]
        dst = folder / f"{k // len(sources):03d}-{src.name}"
        try:
            os.link(src, dst)
        except OSError:
            dst.write_bytes(src.read_bytes())
        total += chars[src]
    return total


def run(folder: Path, out: Path, jobs: int, fmt: str) -> dict[str, float]:
    cmd = [
        sys.executable,
        "-c",
        _CHILD,
        "export",
        str(folder),
        "-o",
        str(out),
        "-q",
        "-j",
        str(jobs),
        "-f",
        fmt,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", type=int, default=1000, help="at least this many files (default 1000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", default="csv", choices=["csv", "jsonl", "parquet"])
    args = parser.parse_args()
    sources = sorted(args.corpus.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no *.txt files in {args.corpus}")
    big = -(-args.files // len(sources)) * len(sources)  # whole copies of the corpus
    small = big // 10
    print(
        f"govreport {govreport.__version__}, {os.cpu_count()} CPUs, {len(sources)} corpus files, --format {args.format}"
    )
    print(
        f"{'files':>6} {'jobs':>4} {'seconds':>8} {'files/s':>8} {'chars/s':>11} {'MiB main':>9} {'MiB worker':>11} {'efficiency':>10}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        base: dict[int, float] = {}
        for count in (small, big):
            folder = Path(tmp) / f"in-{count}"
            chars = build(folder, sources, count)
            for jobs in args.jobs:
                t0 = time.perf_counter()
                r = run(folder, Path(tmp) / f"out-{count}-{jobs}", jobs, args.format)
                wall = time.perf_counter() - t0  # with interpreter start-up
                seconds = r["seconds"]
                if jobs == 1:
                    base[count] = seconds
                eff = f"{base[count] / seconds / jobs:>9.0%}" if count in base and jobs > 1 else f"{'-':>10}"
                worker = f"{r['worker_rss_kib'] / 1024:>11.1f}" if jobs > 1 else f"{'-':>11}"
                print(
                    f"{count:>6} {jobs:>4} {seconds:>8.2f} {count / seconds:>8.1f} {chars / seconds:>11,.0f}"
                    f" {r['rss_kib'] / 1024:>9.1f} {worker} {eff}  (wall {wall:.2f} s)"
                )


if __name__ == "__main__":
    main()
