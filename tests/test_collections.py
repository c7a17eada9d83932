"""Collections: rows of the tables, batches, export, frames, Dask, targets."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

import govreport
from govreport._batch import expand_paths, run_ordered
from govreport._export import Progress, export
from govreport.cli import main

from .conftest import SEEDS, seed_path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


# --- the tables model --------------------------------------------------------


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_rows_equal_the_objects_they_come_from(seed: str) -> None:
    path = seed_path(seed)
    text = path.read_text(encoding="utf-8")
    report = govreport.parse(text)
    rows = govreport.to_rows(report, path=str(path))
    rid = govreport._rows.report_id_for(str(path))
    assert set(rows) == set(govreport.TABLES) - {"errors"}
    for table, table_rows in rows.items():  # every row has every column, in order
        assert all(list(r) == [c.name for c in govreport.TABLES[table]] for r in table_rows)

    (rep,) = rows["reports"]
    meta = report.metadata
    assert (rep["report_id"], rep["file"], rep["title"], rep["date"], rep["year"]) == (
        rid, str(path), meta.title, meta.date, meta.year,
    )  # fmt: skip
    assert rep["kind"] == (meta.kind.value if meta.kind else None) and rep["region"] == meta.region

    walked = list(report.walk())
    assert rep["section_count"] == len(rows["sections"]) == len(walked)
    by_id = {s["section_id"]: s for s in rows["sections"]}
    for k, ((labels, section), row) in enumerate(zip(walked, rows["sections"], strict=True)):
        assert row["section_id"] == f"{rid}/s{k}" and row["position"] == k
        assert row["section_path"] == " / ".join(labels) and row["title"] == section.title
        assert (row["start"], row["end"], row["line"]) == (
            section.span.start,
            section.span.end,
            section.span.line,
        )
        assert (
            text[row["title_start"] : row["title_end"]]
            == text[section.title_span.start : section.title_span.end]
        )
        parent = by_id.get(row["parent_id"])
        assert (parent is None) == (row["depth"] == 1)
        if parent is not None:
            assert row["section_path"].startswith(parent["section_path"] + " / ")
            assert parent["start"] <= row["start"] and row["end"] <= parent["end"]

    measures = list(report.iter_measures())
    assert rep["measure_count"] == len(rows["measures"]) == len(measures)
    measure_by_id = {m["measure_id"]: m for m in rows["measures"]}
    for k, ((labels, measure), row) in enumerate(zip(measures, rows["measures"], strict=True)):
        assert (
            row["measure_id"] == f"{rid}/m{k}" and row["lead"] == measure.lead and row["text"] == measure.text
        )
        assert row["section_path"] == " / ".join(labels)
        assert (row["start"], row["end"], row["line"]) == (
            measure.span.start,
            measure.span.end,
            measure.span.line,
        )
        if row["section_id"] is not None:
            assert by_id[row["section_id"]]["section_path"] == row["section_path"]

    figures = list(report.iter_quantities())
    assert rep["quantity_count"] == len(rows["quantities"]) == len(figures)
    for k, ((labels, block, q), row) in enumerate(zip(figures, rows["quantities"], strict=True)):
        assert row["quantity_id"] == f"{rid}/q{k}" and row["section_path"] == " / ".join(labels)
        assert text[row["start"] : row["end"]] == row["raw"] == q.raw  # spans are truth
        assert (row["value"], row["unit"], row["is_target"]) == (q.value, q.unit, q.is_target)
        if isinstance(block, govreport.Measure):
            owner = measure_by_id[row["measure_id"]]
            assert owner["lead"] == block.lead and owner["start"] <= row["start"] < owner["end"]
        else:
            assert row["measure_id"] is None

    assert rep["diagnostic_count"] == len(rows["diagnostics"]) == len(report.diagnostics)
    for row, diag in zip(rows["diagnostics"], report.diagnostics, strict=True):
        assert (row["kind"], row["message"], row["start"]) == (diag.kind.value, diag.message, diag.span.start)


def test_ids_are_unique_across_a_collection() -> None:
    ids: list[object] = []
    for result in govreport.parse_many(sorted(SEEDS.glob("*.txt")), jobs=1):
        assert result.report is not None
        rows = govreport.to_rows(result.report, path=result.path)
        for table, key in (
            ("sections", "section_id"),
            ("measures", "measure_id"),
            ("quantities", "quantity_id"),
        ):
            ids += [r[key] for r in rows[table]]
    assert len(ids) == len(set(ids)) > 600


def test_rows_of_a_parsed_string_and_of_the_wrong_type() -> None:
    report = govreport.parse("一、总体要求\n全年增长5%。\n")
    rows = govreport.to_rows(report)
    assert rows["reports"][0]["file"] is None
    assert (
        rows["reports"][0]["report_id"]
        == govreport.to_rows(govreport.parse("一、总体要求\n全年增长5%。\n"))["reports"][0]["report_id"]
    )  # content-derived, so stable
    assert govreport.to_rows(report, report_id="x")["quantities"][0]["quantity_id"] == "x/q0"
    with pytest.raises(TypeError, match="to_rows\\(\\) takes a Report"):
        govreport.to_rows("一、")  # type: ignore[arg-type]


# --- batches -----------------------------------------------------------------


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """Three seeds, a broken file (truncated GB18030), an empty file and a binary file."""
    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("002", "003", "004"):
        shutil.copy(seed_path(prefix), folder)
    (folder / "broken.txt").write_bytes("一、总体要求".encode("gb18030")[:-1] + b"\x81\xff")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40)
    return folder


def test_parse_many_keeps_order_and_records_failures(messy: Path) -> None:
    paths = [*sorted(str(p) for p in messy.iterdir()), str(messy / "absent.txt")]
    for jobs in (1, 2):
        results = list(govreport.parse_many(paths, jobs=jobs))
        assert [r.path for r in results] == paths
        kinds = {Path(r.path).name: r.error for r in results if not r.ok}
        assert kinds == {
            "absent.txt": "not-found",
            "binary.txt": "decode",
            "broken.txt": "decode",
            "empty.txt": "empty",
        }
        assert "binary" in next(r.message for r in results if r.path.endswith("binary.txt"))  # type: ignore[operator]
        ok = [r for r in results if r.ok]
        assert [r.report for r in ok] == [govreport.parse_file(r.path) for r in ok]


def test_parse_many_rejects_bad_jobs() -> None:
    with pytest.raises(ValueError, match="jobs must be a positive integer"):
        list(govreport.parse_many(["x"], jobs=0))


def _die_on_b(item: str) -> str:
    if item == "b":
        os._exit(3)
    return item.upper()


def test_a_dying_worker_fails_its_file_only() -> None:
    out = list(run_ordered(["a", "b", "c", "d"], _die_on_b, jobs=2, crashed=lambda item: f"died:{item}"))
    assert out == ["A", "died:b", "C", "D"]


def test_export_lists_the_three_bad_files_in_errors(messy: Path, tmp_path: Path) -> None:
    err = io.StringIO()
    status = export([str(messy)], str(tmp_path / "out"), jobs=2, stderr=err)
    assert status == 1
    with (tmp_path / "out" / "errors.csv").open(encoding="utf-8", newline="") as fh:
        errors = {Path(r["file"]).name: r["error"] for r in csv.DictReader(fh)}
    assert errors == {"broken.txt": "decode", "empty.txt": "empty", "binary.txt": "decode"}
    summary = err.getvalue().splitlines()[-1]
    assert summary.startswith("govreport: 6 files: 3 parsed, 3 failed;") and "(csv)" in summary
    with (tmp_path / "out" / "reports.csv").open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 3


def test_export_jobs_2_equals_jobs_1(tmp_path: Path) -> None:
    for jobs in (1, 2):
        assert export([str(SEEDS)], str(tmp_path / f"j{jobs}"), jobs=jobs, quiet=True) == 0
    for table in govreport.TABLES:
        one = (tmp_path / "j1" / f"{table}.csv").read_bytes()
        assert one == (tmp_path / "j2" / f"{table}.csv").read_bytes(), table
    assert (tmp_path / "j1" / "errors.csv").read_bytes() == b"file,error,message\r\n"  # RFC 4180


def test_paths_from_directories_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/1.txt", "a/b/2.txt", "a/skip.md", "a/.hidden/3.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("一、", encoding="utf-8")
    root = str(tmp_path / "a")

    def names(args: list[str], **kw: object) -> list[tuple[str, str | None]]:
        return [(os.path.relpath(p, tmp_path), m) for p, m in expand_paths(args, **kw)]  # type: ignore[arg-type]

    assert names([root]) == [("a/1.txt", None)]
    assert names([root], recursive=True) == [("a/1.txt", None), ("a/b/2.txt", None)]
    assert names([root + "/**/*.txt"], recursive=True) == [("a/1.txt", None), ("a/b/2.txt", None)]
    assert names([root + "/*.md", root + "/*.pdf"]) == [
        ("a/skip.md", None),
        ("a/*.pdf", "no file matches this pattern"),
    ]
    assert names([str(tmp_path / "a" / "b" / "x.txt")]) == [("a/b/x.txt", None)]  # read later: not-found


def test_progress_bar_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    progress = Progress(2, stream, enabled=stream.isatty())
    progress.update()
    progress.note("govreport: x.txt: no such file")
    progress.update(failed=True)
    progress.close()
    out = stream.getvalue()
    assert "\r[" in out and " 1/2 files" in out and " 2/2 files" in out and "1 failed" in out
    assert "\r\x1b[Kgovreport: x.txt: no such file\n" in out and out.endswith("\r\x1b[K")
    quiet = io.StringIO()
    Progress(2, quiet, enabled=False).update()
    assert quiet.getvalue() == ""


# --- the command line -----------------------------------------------------------


def test_cli_export_formats_and_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(seed_path("003")), "-o", str(tmp_path / "x"), "--bom", "-j", "1"]) == 0
    data = (tmp_path / "x" / "quantities.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfquantity_id,report_id,section_id,")
    assert "govreport: 1 files: 1 parsed, 0 failed;" in capsys.readouterr().err
    assert (
        main(["export", str(seed_path("003")), "-o", str(tmp_path / "j"), "-f", "jsonl", "-q", "-j", "1"])
        == 0
    )
    assert capsys.readouterr().err == ""
    first = json.loads((tmp_path / "j" / "quantities.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(first["value"], str) and isinstance(first["is_target"], bool)
    with pytest.raises(SystemExit):
        main(["export", str(seed_path("003")), "-o", str(tmp_path / "y"), "--jobs", "0"])


def test_cli_parse_json_lines_carry_their_file(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(seed_path("000")), str(seed_path("001"))]
    assert main(["parse", "--format", "json", *paths]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == paths
    assert govreport.from_json(lines[1]) == govreport.parse_file(paths[1])


def test_cli_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["targets", str(seed_path("003")), "--name", "社会消费品", "-j", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "indicator", "name", "target_year", "period", "region", "raw", "qualifier", "file", "line"
    ]  # fmt: skip
    # the 2017 review of Jing'an sets the targets of 2018
    assert len(out) == 2 and out[1].split()[:6] == [
        "retail",
        "社会消费品零售总额",
        "2018",
        "annual",
        "静安区",
        "8%",
    ]
    assert main(["targets", str(seed_path("003")), "-f", "csv", "-j", "1"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [c.name for c in govreport._rows.TARGET_COLUMNS] == list(rows[0])
    assert {r["name"] for r in rows} >= {"区级一般公共预算收入", "社会消费品零售总额", "单位增加值能耗"}


def test_targets_function_sorts_by_indicator_then_year() -> None:
    reports = [
        govreport.parse("某市2019年政府工作报告\n\n主要预期目标是:地区生产总值增长6%左右。\n"),
        govreport.parse("某市2018年政府工作报告\n\n主要预期目标是:地区生产总值增长7%左右,居民收入增长7%。\n"),
    ]
    found = govreport.targets(reports, name="生产总值")
    assert [(t["target_year"], t["raw"]) for t in found] == [(2018, "7%左右"), (2019, "6%左右")]
    failed = govreport.ParseResult(path="x.txt", error="empty", message="no text")
    assert govreport.targets([failed]) == []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")
def test_gdp_growth_targets_of_national_reports() -> None:
    paths = sorted(CORPUS.glob("national-gwr-20*.txt"))
    found = govreport.targets(govreport.parse_many(paths, jobs=1), name="国内生产总值")
    raw_by_file = {}
    for t in found:
        if t["name"] == "国内生产总值":
            raw_by_file.setdefault(Path(str(t["file"])).stem[-4:], t["raw"])
    assert {raw_by_file.get(y) for y in ("2015", "2022", "2023")} == {"7%左右", "5.5%左右", "5%左右"}


# --- pandas, Parquet, Dask ------------------------------------------------------


def test_frames_have_documented_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    frames = govreport.to_frames(govreport.parse_many(sorted(SEEDS.glob("*.txt")), jobs=1))
    q, r = frames["quantities"], frames["reports"]
    assert str(q["value"].dtype) == "Float64" and str(q["scale"].dtype) == "Int64"
    assert str(q["is_target"].dtype) == "boolean" and str(q["unit"].dtype) == "string"
    assert str(r["date"].dtype) == "datetime64[ns]" and str(r["kind"].dtype) == "string"
    (row,) = q[q["raw"] == "685.59亿元"].itertuples()
    assert row.value == 68559000000.0 and row.section_path == "一、" and pd.isna(row.measure_id)
    report = govreport.parse_file(seed_path("003"))
    exact = govreport.to_frames([report], decimals="exact")["quantities"]
    assert exact["value"].dtype == object
    assert list(exact["value"]) == [q.value for _, _, q in report.iter_quantities()]  # Decimal, None
    with pytest.raises(ValueError, match="decimals"):
        govreport.to_frames([], decimals="double")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_round_trip_through_pandas(fmt: str, messy: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    paths = sorted(str(p) for p in messy.iterdir())
    expected = govreport.to_frames(govreport.parse_many(paths, jobs=1))
    assert export(paths, str(tmp_path / fmt), fmt=fmt, jobs=1, quiet=True, stderr=io.StringIO()) == 1
    got = govreport.read_frames(tmp_path / fmt)
    assert list(got) == list(expected)
    for table in govreport.TABLES:
        pd.testing.assert_frame_equal(got[table], expected[table], check_exact=True, obj=table)
    assert len(got["errors"]) == 3 and len(got["reports"]) == 3


def test_dask_on_a_local_distributed_cluster(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    distributed = pytest.importorskip("distributed")
    import dask

    from govreport.dask import read_tables, to_parquet

    paths = [*sorted(str(p) for p in SEEDS.glob("*.txt")), str(tmp_path / "absent.txt")]
    expected = govreport.to_frames(govreport.parse_many(paths, jobs=1))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        tables = read_tables(paths, files_per_partition=2)
        computed = dask.compute(*tables.values())
        written = to_parquet(paths, tmp_path / "lake", files_per_partition=2)
    for table, got in zip(tables, computed, strict=True):
        pd.testing.assert_frame_equal(got.reset_index(drop=True), expected[table], obj=table)
    for table, directory in written.items():
        back = pd.read_parquet(directory)
        assert len(back) == len(expected[table]) and list(back.columns) == list(expected[table].columns)
    assert len(list(Path(written["quantities"]).glob("*.parquet"))) == 3  # one file per partition


def test_targets_as_a_frame_have_real_dtypes() -> None:
    pytest.importorskip("pandas")
    reports = [govreport.parse_file(seed_path("003"))]
    rows = govreport.targets(reports)
    frame = govreport.targets(reports, as_frame=True)
    assert list(frame.columns) == list(rows[0]) and len(frame) == len(rows)
    assert str(frame["value"].dtype) == "Float64" and str(frame["year"].dtype) == "Int64"
    assert str(frame["date"].dtype) == "datetime64[ns]" and str(frame["name"].dtype) == "string"
    assert not any(frame[c].dtype == object for c in frame.columns)
    (gdp,) = frame[frame["name"] == "社会消费品零售总额"].itertuples()
    assert (gdp.raw, gdp.value, gdp.year) == ("8%", 8.0, 2018)  # delivered 2018-01-16


def test_read_frames_refuses_to_guess_among_formats(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    path = str(seed_path("003"))
    for fmt in ("csv", "jsonl"):
        assert export([path], str(tmp_path), fmt=fmt, jobs=1, quiet=True) == 0
    with pytest.raises(ValueError, match=r"several formats \(csv, jsonl\)"):
        govreport.read_frames(tmp_path)
    from_csv = govreport.read_frames(tmp_path, format="csv")
    from_jsonl = govreport.read_frames(tmp_path, format="jsonl")
    assert from_csv["quantities"].equals(from_jsonl["quantities"]) and len(from_csv["quantities"]) > 0


def test_dask_namespace_and_folders(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    import govreport.dask

    assert sorted(n for n in vars(govreport.dask) if not n.startswith("_")) == ["read_tables", "to_parquet"]
    from govreport.dask import read_tables

    by_folder = read_tables(SEEDS, files_per_partition=2)["reports"].compute()
    assert sorted(by_folder["file"]) == sorted(str(p) for p in SEEDS.glob("*.txt"))
    with pytest.raises(FileNotFoundError, match="no file matches this pattern"):
        read_tables(str(tmp_path / "*.txt"))
