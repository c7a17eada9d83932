"""Peak memory of ``govreport parse -f json`` against ``govreport parse`` on
one huge file (default 100 MB of UTF-8: the seeds repeated).

Each command runs in a process of its own, writing to ``/dev/null``; its peak
resident memory is the kernel's ``ru_maxrss`` for that process.  The JSON
output is written a section at a time, so its peak should stay within a small
factor of the parse's own (the goal: at most 3x).

    python benchmarks/bench_json_memory.py [--mb 100]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_corpus


def peak_of(command: list[str]) -> tuple[float, float]:
    """Peak resident memory (MiB) and seconds of ``command``, output discarded."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(command, stdout=sink)
        _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited with {child.returncode}")
    # ru_maxrss is in KiB on Linux
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=100.0, help="size of the file in MB (UTF-8 bytes)")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    # seed text is mostly CJK (3 UTF-8 bytes a character) with some ASCII:
    # measure the mix, then take enough characters for ``size`` bytes
    sample = seed_corpus(1_000_000)
    text = seed_corpus(int(size * len(sample) / len(sample.encode("utf-8"))) + 1000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "huge.txt"
        path.write_text(text, encoding="utf-8")
        mb = path.stat().st_size / 1_000_000
        base = [sys.executable, "-m", "govreport", "parse", "--quiet", str(path)]
        outline, t_outline = peak_of(base)
        as_json, t_json = peak_of([*base, "--format", "json"])
    print(f"file: {mb:.1f} MB, {len(text):,} characters")
    print(f"govreport parse          peak {outline:8.1f} MiB  {t_outline:6.1f} s")
    print(f"govreport parse -f json  peak {as_json:8.1f} MiB  {t_json:6.1f} s")
    print(f"ratio json / parse: {as_json / outline:.2f}x (goal: at most 3x)")


if __name__ == "__main__":
    main()
