"""Batch runs under faults: names that are not UTF-8, workers that die or
hang, entries that are not files, Ctrl-C, bad output paths, hostile cells."""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import time
from pathlib import Path

import pytest

import govreport
from govreport import _api
from govreport._batch import expand_paths, run_ordered
from govreport._export import export, list_targets
from govreport.cli import main

from .conftest import seed_path

FAULT = "GOVREPORT_TEST_FAULT"  # read by the batch workers: see contributing.md


def folder(tmp_path: Path, names: list[str]) -> Path:
    """Seeds 002, 003 and 004 in turn under each name."""
    out = tmp_path / "in"
    out.mkdir()
    for k, name in enumerate(names):
        shutil.copy(seed_path(("002", "003", "004")[k % 3]), out / name)
    return out


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_name_that_is_not_utf8_is_written_escaped(tmp_path: Path) -> None:
    src = folder(tmp_path, ["a.txt", "c.txt"])
    shutil.copy(seed_path("004"), os.fsencode(src) + b"/b\xff.txt")
    err = io.StringIO()
    assert export([str(src)], str(tmp_path / "out"), jobs=1, stderr=err) == 0
    files = [Path(r["file"]).name for r in rows(tmp_path / "out" / "reports.csv")]
    assert files == ["a.txt", "b\\xff.txt", "c.txt"]
    assert (tmp_path / "out" / "reports.csv").read_bytes().endswith(b"\r\n")
    assert export([str(src)], str(tmp_path / "j"), jobs=1, fmt="jsonl", quiet=True) == 0
    assert "b\\\\xff.txt" in (tmp_path / "j" / "reports.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_name_that_is_not_utf8_fails_alone(tmp_path: Path, jobs: int) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(b"")
    bad = os.fsencode(src) + b"/b\xff.txt"
    with open(bad, "wb"):
        pass
    assert export([str(src)], str(tmp_path / "out"), jobs=jobs, quiet=True) == 1
    errors = rows(tmp_path / "out" / "errors.csv")
    assert [(Path(r["file"]).name, r["error"]) for r in errors] == [
        ("a.txt", "empty"),
        ("b\\xff.txt", "empty"),
    ]


def _die_on_b(item: str) -> str:
    if item == "b":
        os.kill(os.getpid(), 9)
    return item.upper()


def _slow_a_die_on_b(item: str) -> str:
    if item == "a":
        time.sleep(0.5)  # still running when b kills its worker, and the pool with it
    return _die_on_b(item)


def test_a_killed_worker_fails_its_item_only() -> None:
    items = [*"abcdefghijklmnop"]
    out = list(run_ordered(items, _die_on_b, jobs=2, crashed=lambda item: f"died:{item}"))
    assert out == [("died:b" if i == "b" else i.upper()) for i in items]
    # the oldest task in flight is not the culprit: only b fails
    out = list(run_ordered(items, _slow_a_die_on_b, jobs=2, crashed=lambda item: f"died:{item}"))
    assert out == [("died:b" if i == "b" else i.upper()) for i in items]


def test_export_survives_a_killed_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"{k:02d}.txt" for k in range(24)]
    src = folder(tmp_path, names)
    monkeypatch.setenv(FAULT, "crash:03.txt")
    assert export([str(src)], str(tmp_path / "out"), jobs=2, quiet=True) == 1
    reports = [Path(r["file"]).name for r in rows(tmp_path / "out" / "reports.csv")]
    assert reports == [n for n in names if n != "03.txt"]
    errors = [(Path(r["file"]).name, r["error"]) for r in rows(tmp_path / "out" / "errors.csv")]
    assert errors == [("03.txt", "internal")]


def test_parse_many_and_targets_survive_a_killed_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"{k:02d}.txt" for k in range(12)]
    src = folder(tmp_path, names)
    monkeypatch.setenv(FAULT, "crash:05.txt")
    results = list(govreport.parse_many(sorted(str(p) for p in src.iterdir()), jobs=2))
    assert [(Path(r.path).name, r.error) for r in results if not r.ok] == [("05.txt", "internal")]
    assert sum(r.ok for r in results) == 11
    err = io.StringIO()
    assert list_targets([str(src)], jobs=2, out=io.StringIO(), stderr=err) == 1
    assert "05.txt: internal: the worker process parsing it died" in err.getvalue()


def test_a_hanging_file_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"{k:02d}.txt" for k in range(6)]
    src = folder(tmp_path, names)
    monkeypatch.setenv(FAULT, "hang:02.txt")
    assert export([str(src)], str(tmp_path / "out"), jobs=2, quiet=True, timeout=2.0) == 1
    errors = [(Path(r["file"]).name, r["error"]) for r in rows(tmp_path / "out" / "errors.csv")]
    assert errors == [("02.txt", "timeout")]
    assert len(rows(tmp_path / "out" / "reports.csv")) == 5


# --- entries that are not files ---------------------------------------------------


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (str(fifo), "/dev/zero"):
        with pytest.raises(OSError, match="not a regular file"):
            govreport.read_text(path)
    result = next(govreport.parse_many([str(fifo)], jobs=1))
    assert (result.error, result.message) == ("unreadable", "not a regular file (a FIFO)")


def test_files_over_the_size_limit_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_api, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_bytes("一、总体要求\n".encode() * 20)
    with pytest.raises(OSError, match="larger than 100 bytes"):
        govreport.read_text(tmp_path / "big.txt")
    with pytest.raises(OSError, match="larger than 100 bytes"):
        govreport.read_text(io.BytesIO(b"x" * 101))


def test_folder_runs_report_what_they_cannot_read(tmp_path: Path) -> None:
    src = folder(tmp_path, ["a.txt"])
    os.mkfifo(src / "fifo.txt")
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(src / "sock.txt"))
    try:
        assert export([str(src)], str(tmp_path / "out"), jobs=1, quiet=True) == 1
    finally:
        sock.close()
    errors = {Path(r["file"]).name: (r["error"], r["message"]) for r in rows(tmp_path / "out" / "errors.csv")}
    assert errors == {
        "dangling.txt": ("not-found", "dangling symbolic link"),
        "fifo.txt": ("unreadable", "not a regular file (a FIFO)"),
        "loop.txt": ("unreadable", "Too many levels of symbolic links"),
        "sock.txt": ("unreadable", "not a regular file (a socket)"),
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a directory without read permission")
def test_an_unreadable_subdirectory_is_reported(tmp_path: Path) -> None:
    src = folder(tmp_path, ["a.txt"])
    (src / "sub").mkdir()
    (src / "sub").chmod(0)
    try:
        found = list(expand_paths([str(src)], recursive=True))
    finally:
        (src / "sub").chmod(0o755)
    assert found[1] == (str(src / "sub"), "cannot read this directory: Permission denied")


def test_an_unreadable_subdirectory_is_reported_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = folder(tmp_path, ["a.txt"])
    (src / "sub").mkdir()
    real = os.scandir

    def scandir(path: str) -> object:
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(expand_paths([str(src)], recursive=True))
    assert found == [
        (str(src / "a.txt"), None),
        (str(src / "sub"), "cannot read this directory: Permission denied"),
    ]


# --- the output ---------------------------------------------------------------------


def test_export_is_atomic_and_interrupt_keeps_the_earlier_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = folder(tmp_path, ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / "out"
    assert export([str(src)], str(out), jobs=1, quiet=True) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setenv(FAULT, "interrupt:b.txt")
    err = io.StringIO()
    assert export([str(src / "c.txt")], str(out), jobs=1, stderr=err) == 0  # a file the fault spares
    after_c = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after_c != before
    err = io.StringIO()
    assert export([str(src)], str(out), jobs=1, stderr=err) == 130
    assert err.getvalue().endswith(f"govreport: interrupted after 1 of 3 files; {out} left as it was\n")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == after_c  # no temporary directory left


def test_cli_interrupt_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = folder(tmp_path, ["a.txt", "b.txt"])
    monkeypatch.setenv(FAULT, "interrupt:b.txt")
    assert main(["export", str(src), "-o", str(tmp_path / "out"), "-j", "1"]) == 130
    assert "interrupted after 1 of 2 files" in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_export_does_not_follow_a_planted_symlink(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (out / "reports.csv").symlink_to(victim)
    assert export([str(seed_path("003"))], str(out), jobs=1, quiet=True) == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (out / "reports.csv").is_symlink() and len(rows(out / "reports.csv")) == 1


def test_bad_output_paths_are_clear_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # usage errors (exit 2, one line after the usage), found before any file
    # is parsed or any table truncated
    a_file = tmp_path / "file"
    a_file.write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(seed_path("003")), "-o", str(a_file), "-q"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith(f"error: {a_file}: exists and is not a directory\n")
    assert "Traceback" not in err
    assert a_file.read_text(encoding="utf-8") == "keep me"
    out = tmp_path / "out"
    assert main(["export", str(seed_path("003")), "-o", str(out), "-q", "-j", "1"]) == 0
    before = (out / "reports.csv").read_bytes()
    (out / "errors.csv").unlink()
    (out / "errors.csv").mkdir()
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(seed_path("002")), "-o", str(out), "-q", "-j", "1"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"error: {out / 'errors.csv'}: is a directory" in err
    assert (out / "reports.csv").read_bytes() == before


def test_terminal_output_escapes_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "\x1b[2Jevil.txt").write_bytes(b"")
    assert main(["export", str(src), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[2Jevil.txt: the file holds no text" in err
    assert main(["targets", str(src), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[2Jevil.txt" in err
    assert main(["parse", str(src / "\x1b[2Jevil.txt"), str(tmp_path / "\x1b]0;x")]) == 1
    assert "\x1b" not in capsys.readouterr().err


def test_safe_csv_neutralises_formulas(tmp_path: Path) -> None:
    text = '=HYPERLINK("http://x")\n一、总体要求\n+1+1 增长-1.5%\n@SUM(A1)\n'
    src = tmp_path / "in"
    src.mkdir()
    (src / "=cmd.txt").write_text(text, encoding="utf-8")
    assert export([str(src)], str(tmp_path / "plain"), jobs=1, quiet=True) == 0
    assert export([str(src)], str(tmp_path / "safe"), jobs=1, quiet=True, safe_csv=True) == 0
    plain = rows(tmp_path / "plain" / "reports.csv")[0]
    safe = rows(tmp_path / "safe" / "reports.csv")[0]
    assert plain["title"].startswith("=HYPERLINK") and safe["title"] == "'" + plain["title"]
    assert Path(safe["file"]).name == "=cmd.txt"  # the path starts with the folder, not =
    for table in govreport.TABLES:
        for row in rows(tmp_path / "safe" / f"{table}.csv"):
            for column in govreport.TABLES[table]:
                cell = row[column.name]
                if column.type == "str":
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (table, column.name, cell)
    quantities = rows(tmp_path / "safe" / "quantities.csv")
    assert [q["value"] for q in quantities] == [
        q["value"] for q in rows(tmp_path / "plain" / "quantities.csv")
    ]
