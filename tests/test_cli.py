"""The command line's conventions, one test each: every command takes files,
folders and globs; the same failure is worded and counted the same way in
every command; usage errors are one line and exit status 2, never a traceback;
one column vocabulary in every output."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import govreport
from govreport import TABLES
from govreport._export import Progress
from govreport.cli import main

from .conftest import SEEDS, seed_path

COMMANDS = ["parse", "quantities", "targets", "export"]


def run(
    command: str, args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """Run one command (``export`` into ``tmp_path/out``, in this process);
    return its exit status (2 for a usage error), stdout and stderr."""
    argv = [command, *args, "-j", "1"]
    if command == "export":
        argv += ["-o", str(tmp_path / "out"), "-q"]
    try:
        status = main(argv)
    except SystemExit as exit:
        status = int(exit.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def errors_table(tmp_path: Path) -> list[dict[str, str]]:
    with (tmp_path / "out" / "errors.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- inputs: files, folders, globs -------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_a_folder(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(command, [str(SEEDS)], tmp_path, capsys)
    assert (status, err) == (0, "")
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if command == "parse":
        assert [line[4:-4] for line in out.splitlines() if line.startswith("==> ")] == files
    elif command == "quantities":
        assert sorted({row["file"] for row in csv.DictReader(io.StringIO(out))}) == files
    elif command == "targets":
        assert "区级一般公共预算收入" in out and "静安区" in out
    else:
        reports = list(csv.DictReader((tmp_path / "out" / "reports.csv").open(encoding="utf-8")))
        assert [r["file"] for r in reports] == files


@pytest.mark.parametrize("command", COMMANDS)
def test_a_glob_is_expanded_and_one_matching_nothing_is_a_usage_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(command, [str(SEEDS / "00[34]_*.txt")], tmp_path, capsys)
    assert status == 0
    if command == "parse":
        assert out.count("==> ") == 2
    pattern = str(SEEDS / "*.pdf")
    status, out, err = run(command, [str(seed_path("003")), pattern], tmp_path, capsys)
    assert status == 2 and out == ""  # not even a CSV header: nothing ran
    assert err.splitlines()[-1] == f"govreport {command}: error: {pattern}: no file matches this pattern"
    assert "Traceback" not in err
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = run(command, [str(empty)], tmp_path, capsys)
    assert status == 2 and err.splitlines()[-1].endswith(f"{empty}: directory with no *.txt files")


@pytest.mark.parametrize("command", COMMANDS)
def test_a_dangling_link_in_a_folder_is_reported(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(seed_path("003"), folder / "a.txt")
    (folder / "b.txt").symlink_to(tmp_path / "moved-away.txt")
    status, _, err = run(command, [str(folder)], tmp_path, capsys)
    assert status == 1
    if command == "export":
        assert [(r["file"], r["error"], r["message"]) for r in errors_table(tmp_path)] == [
            (str(folder / "b.txt"), "not-found", "dangling symbolic link")
        ]
    else:
        assert err == f"govreport: {folder / 'b.txt'}: dangling symbolic link\n"


# --- bad files: the same answer in every command ---------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_a_binary_file_is_said_to_be_binary(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = Path(sys.executable).resolve()  # an executable, like /bin/ls
    status, _, err = run(command, [str(binary), str(seed_path("003"))], tmp_path, capsys)
    assert status == 1
    if command == "export":
        assert [(r["error"], r["message"]) for r in errors_table(tmp_path)] == [
            ("decode", "binary file, not text")
        ]
    else:
        assert err == f"govreport: {binary}: binary file, not text\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_an_empty_file_fails_alike(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes("\r\n\u3000\n".encode())
    status, _, err = run(command, [str(empty), str(blank)], tmp_path, capsys)
    assert status == 1
    if command == "export":
        assert [(r["error"], r["message"]) for r in errors_table(tmp_path)] == [
            ("empty", "the file holds no text")
        ] * 2
    else:
        assert err.splitlines() == [
            f"govreport: {empty}: the file holds no text",
            f"govreport: {blank}: the file holds no text",
        ]


def test_failures_are_worded_alike_in_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81\xff" * 5)
    args = [str(tmp_path / "missing.txt"), str(bad), str(seed_path("001"))]
    seen = {}
    for command in COMMANDS:
        status, _, err = run(command, args, tmp_path, capsys)
        assert status == 1
        seen[command] = err
    assert seen["parse"] == seen["quantities"] == seen["targets"]
    assert seen["parse"].splitlines() == [
        f"govreport: {tmp_path / 'missing.txt'}: No such file or directory",
        f"govreport: {bad}: cannot decode ('big5' codec can't decode byte 0x81 in position 0: "
        "illegal multibyte sequence); tried utf-8, gb18030, big5",
    ]
    rows = errors_table(tmp_path)
    assert [f"govreport: {r['file']}: {r['message']}" for r in rows] == seen["parse"].splitlines()
    assert [r["error"] for r in rows] == ["not-found", "decode"]


# --- usage errors: one line, exit status 2 ----------------------------------------


def test_bare_govreport_prints_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: govreport") and all(c in out for c in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_description_and_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"  govreport {command} " in out
    for option in ("--encoding", "--format", "--recursive", "--pattern", "--jobs", "--quiet"):
        assert option in out


def test_export_to_an_existing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tables"
    target.write_text("not a directory", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["export", str(seed_path("003")), "-o", str(target)])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "Traceback" not in err
    assert err.splitlines()[-1] == f"govreport export: error: {target}: exists and is not a directory"


def test_a_table_path_that_is_a_directory_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out" / "errors.csv").mkdir(parents=True)
    with pytest.raises(SystemExit) as info:
        main(["export", str(seed_path("003")), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "Traceback" not in err
    assert err.splitlines()[-1].endswith(
        "errors.csv: is a directory, where the errors table would be written"
    )


def test_parquet_without_pyarrow_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes ``import pyarrow`` raise ImportError, as when it is not installed
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(SystemExit) as info:
        main(["export", str(seed_path("003")), "-o", str(tmp_path / "out"), "-f", "parquet"])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "Traceback" not in err
    assert err.splitlines()[-1] == (
        "govreport export: error: --format parquet: this needs pyarrow, which is not installed: "
        "pip install 'govreport[parquet]'"
    )
    assert not (tmp_path / "out").exists()


# --- output ----------------------------------------------------------------


def test_parse_json_is_json_lines_with_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(seed_path("003"))
    assert main(["parse", "-f", "json", path]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    report = govreport.parse_file(path)
    # streamed a section at a time, yet the same text as to_json, after "file"
    assert line == '{"file": ' + json.dumps(path) + ", " + govreport.to_json(report)[1:]
    assert govreport.from_json(line) == report


def test_parse_diagnostics_are_listed_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_text("一、总体要求\n（一）甲\n（三）丙\n", encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    plain = capsys.readouterr().out
    assert "(1 diagnostic)" in plain and "ordinal-gap" not in plain
    assert main(["parse", "--diagnostics", str(path)]) == 0
    listed = capsys.readouterr().out
    assert listed == plain + "  line 3: ordinal-gap: expected ordinal 2, found （三） (ordinal 3)\n"


def test_quantities_speaks_the_table_vocabulary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(seed_path("003"))
    assert main(["quantities", path]) == 0
    listed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert main(["export", path, "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    table = list(csv.DictReader((tmp_path / "out" / "quantities.csv").open(encoding="utf-8")))
    measures = {
        m["measure_id"]: m["lead"] for m in csv.DictReader((tmp_path / "out" / "measures.csv").open())
    }
    names = {c.name for c in TABLES["quantities"]}
    assert set(listed[0]) - names == {"file", "measure_lead"}
    assert len(listed) == len(table)
    for row, full in zip(listed, table, strict=True):
        # every shared column holds the very same cell as in the exported table
        assert {k: v for k, v in row.items() if k in names} == {k: full[k] for k in row if k in names}
        assert row["measure_lead"] == measures.get(full["measure_id"], "")
        assert row["file"] == path and row["is_target"] in ("true", "false")
    (gdp,) = [r for r in listed if r["raw"] == "685.59亿元"]
    assert (gdp["section_path"], gdp["value"], gdp["measure_lead"]) == ("一、", "68559000000", "")
    assert main(["quantities", "-f", "jsonl", path]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert list(lines[0]) == list(listed[0]) and isinstance(lines[0]["is_target"], bool)


def test_the_progress_bar_fits_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 20): os.terminal_size((60, 20)))
    stream = io.StringIO()
    progress = Progress(3, stream, enabled=True)
    progress.begin()  # before the first file is done: a long first file shows a bar too
    assert stream.getvalue().endswith("] 0/3 files 0/s ETA ?") and len(stream.getvalue()) == 60
    for _ in range(3):
        progress._drawn = 0.0  # draw every update
        progress.update()
    drawn = [piece for piece in stream.getvalue().split("\r") if piece]
    assert drawn and all(len(piece) == 59 for piece in drawn)
    assert drawn[-1].startswith("[###") and drawn[-1].endswith(" ETA 0:00")


def test_one_column_vocabulary_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("pandas")
    path = str(seed_path("003"))
    for fmt in ("csv", "jsonl", "parquet"):
        assert main(["export", path, "-o", str(tmp_path / fmt), "-f", fmt, "-q", "-j", "1"]) == 0
    frames = govreport.to_frames([govreport.parse_file(path)])
    for table, columns in TABLES.items():
        names = [c.name for c in columns]
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == names
        lines = (tmp_path / "jsonl" / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        assert all(list(json.loads(line)) == names for line in lines)
        assert pq.read_schema(tmp_path / "parquet" / f"{table}.parquet").names == names
        assert list(frames[table].columns) == names
    # one figure, typed the same in every format: a boolean and an exact decimal
    with (tmp_path / "csv" / "quantities.csv").open(encoding="utf-8", newline="") as fh:
        (in_csv,) = [r for r in csv.DictReader(fh) if r["raw"] == "685.59亿元"]
    jsonl = (tmp_path / "jsonl" / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    (in_json,) = [r for r in map(json.loads, jsonl) if r["raw"] == "685.59亿元"]
    (in_parquet,) = [
        r
        for r in pq.read_table(tmp_path / "parquet" / "quantities.parquet").to_pylist()
        if r["raw"] == "685.59亿元"
    ]
    q = frames["quantities"]
    (in_pandas,) = q[q["raw"] == "685.59亿元"].to_dict("records")
    assert (in_csv["is_target"], in_json["is_target"], in_parquet["is_target"]) == ("false", False, False)
    assert bool(in_pandas["is_target"]) is False  # a boolean column holds no NA here
    assert (in_csv["value"], in_json["value"]) == ("68559000000", "68559000000")
    assert in_parquet["value"] == in_pandas["value"] == 68559000000.0
    assert str(q["is_target"].dtype) == "boolean" and str(q["value"].dtype) == "Float64"
