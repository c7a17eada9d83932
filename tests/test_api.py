"""The public surface: names, input handling, errors, JSON and the CLI."""

from __future__ import annotations

import io
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import govreport
from govreport.cli import main

from .conftest import seed_path, seed_text


def test_public_names_are_pinned() -> None:
    # the order is ruff's (RUF022): constants, classes, then functions
    assert govreport.__all__ == [
        "SCHEMA_VERSION",
        "TABLES",
        "Attachment",
        "Block",
        "Change",
        "Column",
        "Contact",
        "ContactKind",
        "DecodeError",
        "Diagnostic",
        "DiagnosticKind",
        "Direction",
        "FieldSpan",
        "FormatError",
        "GovReportError",
        "Item",
        "Marker",
        "MarkerFamily",
        "Measure",
        "Metadata",
        "Paragraph",
        "ParseResult",
        "Qualifier",
        "Quantity",
        "Report",
        "ReportKind",
        "SchemaError",
        "Section",
        "Span",
        "Speaker",
        "__version__",
        "extract_quantities",
        "from_dict",  # issue 11: the dict layer of to_json/from_json
        "from_json",
        "parse",
        "parse_file",
        "parse_many",
        "read_frames",
        "read_text",  # issue 11: the text that parse_file's spans index
        "render_html",  # issue 25: a report drawn as one page
        "target_outcomes",
        "targets",
        "to_dict",  # issue 11
        "to_frames",
        "to_json",
        "to_rows",
    ]
    for name in govreport.__all__:
        assert hasattr(govreport, name), name


def test_models_are_frozen_and_slotted() -> None:
    report = govreport.parse(seed_text("003"))
    section = report.sections[0]
    with pytest.raises(AttributeError):
        section.title = "x"  # type: ignore[misc]
    assert not hasattr(section, "__dict__")


@pytest.mark.parametrize("bad", [b"\xe4\xb8\x80", None, 42, ["一、"]])
def test_parse_takes_str_only(bad: object) -> None:
    with pytest.raises(TypeError, match="parse\\(\\) takes a str"):
        govreport.parse(bad)  # type: ignore[arg-type]


def test_bytes_error_points_to_parse_file() -> None:
    with pytest.raises(TypeError, match="parse_file"):
        govreport.parse(b"x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: s.encode("utf-8-sig"),
        lambda s: s.encode("utf-16"),  # BOM, native order
        lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
        lambda s: b"\xfe\xff" + s.encode("utf-16-be"),
        lambda s: s.encode("gb18030"),
        lambda s: s.encode("gbk"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "gbk"],
)
def test_parse_file_detects_encoding(encode: object, tmp_path: Path) -> None:
    text = seed_text("003")
    data = encode(text)  # type: ignore[operator]
    expected = govreport.parse(text)
    assert govreport.parse_file(data) == expected
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    assert govreport.parse_file(path) == expected
    assert govreport.parse_file(str(path)) == expected
    with path.open("rb") as fh:
        assert govreport.parse_file(fh) == expected


def test_explicit_encoding_wins() -> None:
    data = "一、總體要求".encode("big5")
    assert govreport.parse_file(data, encoding="big5").sections[0].title == "總體要求"


def test_undecodable_bytes_name_file_and_encodings(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\x81\x30\xff\xff\xfe")
    with pytest.raises(govreport.DecodeError) as info:
        govreport.parse_file(path)
    err = info.value
    assert err.path == str(path)
    assert err.encodings == ("utf-8", "gb18030", "big5")
    assert str(path) in str(err) and "utf-8, gb18030, big5" in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert (again.path, again.encodings, str(again)) == (err.path, err.encodings, str(err))
    assert isinstance(err, govreport.GovReportError)


def test_binary_junk_is_a_decode_error() -> None:
    with pytest.raises(govreport.DecodeError, match="binary"):
        govreport.parse_file(b"\x00\x01\x02\x00PK\x03\x04" * 50)


def test_wrong_explicit_encoding_is_a_decode_error() -> None:
    with pytest.raises(govreport.DecodeError, match="tried no-such-codec"):
        govreport.parse_file(b"abc", encoding="no-such-codec")


def test_text_file_object_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="binary file"):
        govreport.parse_file(io.StringIO("一、"))  # type: ignore[arg-type]


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        govreport.parse_file(tmp_path / "absent.txt")


def test_empty_and_blank_input() -> None:
    for text in ("", "\n\n", " \u3000\t\r\n"):
        report = govreport.parse(text)
        assert report.sections == () and report.preamble == () and report.metadata == govreport.Metadata()


def test_json_schema_version_and_errors() -> None:
    report = govreport.parse(seed_text("002"))
    data = json.loads(govreport.to_json(report))
    assert data["schema_version"] == govreport.SCHEMA_VERSION
    assert data["preamble"][0]["type"] == "paragraph"
    with pytest.raises(govreport.SchemaError, match="schema_version"):
        govreport.from_json(json.dumps({**data, "schema_version": 99}))
    with pytest.raises(govreport.SchemaError, match="not JSON"):
        govreport.from_json("{")
    with pytest.raises(govreport.SchemaError, match="not a govreport report"):
        govreport.from_json(json.dumps({"schema_version": govreport.SCHEMA_VERSION, "metadata": 3}))


def test_ordinal_diagnostic_message() -> None:
    report = govreport.parse("(一)甲\n(三)丙\n")
    (diag,) = report.diagnostics
    assert diag.kind is govreport.DiagnosticKind.ORDINAL_GAP
    assert diag.message == "expected ordinal 2, found (三) (ordinal 3)"
    assert (diag.span.start, diag.span.end, diag.span.line) == (5, 8, 2)


def test_repr_is_readable() -> None:
    assert repr(govreport.Span(start=1, end=3, line=2)) == "Span(1, 3, line=2)"
    section = govreport.parse("一、总体要求\n").sections[0]
    assert (
        repr(section)
        == "Section(marker='一、', title='总体要求', depth=1, blocks=0, children=0, span=Span(0, 6, line=1))"
    )


def test_reprs_are_short_summaries() -> None:
    # issue 11: repr(report) was 78,000 characters for seed 003's 49 KB
    report = govreport.parse(seed_text("003"))
    assert repr(report) == (
        "Report(title='政府工作报告', sections=14, measures=51, attachments=1, diagnostics=1)"
    )
    for _, block in report.iter_blocks():
        assert len(repr(block)) < 160, repr(block)
    long = report.sections[0].blocks[0]
    assert repr(long).startswith("Paragraph(text='") and "…'" in repr(long)


# --- CLI -----------------------------------------------------------------------


def test_cli_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(seed_path("003"))]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "政府工作报告"
    assert "  speaker: 静安区区长 陆晓栋" in out
    assert "  (一) 立足布局优化,经济发展更有质量  [3 measures]" in out
    assert "附件 2018年区政府要完成的与人民生活密切相关的实事项目  [10 measures]" in out


def test_cli_json_many_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "json", str(seed_path("000")), str(seed_path("001"))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2  # JSON Lines: one report per line
    first, second = (json.loads(line) for line in lines)
    assert (
        first["metadata"]["review_year"] == 2015
        and first["metadata"]["year"] is None
        and second["metadata"]["title"] == "概况"
    )
    assert govreport.from_json(lines[0]) == govreport.parse_file(seed_path("000"))


def test_cli_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-f", "markdown", str(seed_path("000"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 中共上海市普陀区委常委会2015年工作报告\n")
    assert "\n## 一、扎实开展“三严三实”专题教育\n" in out
    assert "\n- **高标准开展规划编制**。坚持" in out


def test_cli_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO("一、总体要求\n".encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", fake)
    assert main(["parse", "-"]) == 0
    assert "一、 总体要求" in capsys.readouterr().out


def test_cli_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81\xff" * 5)
    status = main(["parse", str(tmp_path / "missing.txt"), str(bad), str(seed_path("001"))])
    captured = capsys.readouterr()
    assert status == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("govreport: ") and "missing.txt" in errors[0]
    assert "bad.txt" in errors[1] and "cannot decode" in errors[1]
    assert "概况" in captured.out


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "govreport", "parse", str(seed_path("004"))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("在解放思想中凝聚共识 补齐短板 抓好落实\n")


def test_cli_quantities_csv(capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    assert main(["quantities", str(seed_path("003"))]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    (first,) = [r for r in rows if r["raw"] == "685.59亿元"]
    assert first["raw"] == "685.59亿元" and first["value"] == "68559000000" and first["unit"] == "元"
    # in the opening paragraph of 一、, not in a measure
    assert first["section_path"] == "一、" and first["measure_lead"] == "" and first["line"] == "13"
    assert first["change_direction"] == "up" and first["change_basis"] == "同比"
    (in_measure,) = [r for r in rows if r["raw"] == "483.01亿元"]
    assert (
        in_measure["section_path"] == "一、 / (一)" and in_measure["measure_lead"] == "产业支撑效应日益凸显"
    )
    assert any(r["is_target"] == "true" and r["raw"] == "7%" for r in rows)


def test_cli_quantities_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities", "--format", "jsonl", str(seed_path("000"))]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (row,) = [r for r in rows if r["raw"] == "122.93万人"]
    assert row["value"] == "1229300" and row["section_path"] == "六、"


def test_extract_quantities_takes_str_only() -> None:
    with pytest.raises(TypeError, match="extract_quantities"):
        govreport.extract_quantities(b"5%")  # type: ignore[arg-type]


# --- issue 11: decoding, the decoded text, strict JSON, the CLI's output ------------

TRADITIONAL = (
    "政府工作報告\n\n一、總體要求\n\n過去一年，我們堅持穩中求進工作總基調，經濟運行總體平穩，"
    "全年地區生產總值增長百分之五點二，城鎮新增就業一百二十萬人。\n"
)


def test_big5_is_decoded_not_mojibake() -> None:
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030") != TRADITIONAL  # GB18030 "succeeds" into mojibake
    report = govreport.parse_file(data)
    assert (report.metadata.title, report.sections[0].title) == ("政府工作報告", "總體要求")
    assert govreport.read_text(data) == TRADITIONAL


def test_mojibake_is_a_decode_error_not_text() -> None:
    # Hong Kong Big5 (HKSCS 嘅, 0x9DEF) is no plain Big5, and GB18030 reads mojibake
    text = TRADITIONAL.replace("我們", "我們嘅")
    data = text.encode("big5hkscs")
    with pytest.raises(govreport.DecodeError) as info:
        govreport.parse_file(data)
    assert info.value.encodings == ("utf-8", "gb18030", "big5")
    assert info.value.reason == "gb18030 gives implausible text, mojibake"
    assert govreport.read_text(data, encoding="big5hkscs") == text


def test_gb18030_reports_stay_gb18030() -> None:
    text = seed_text("002")
    assert govreport.read_text(text.encode("gb18030")) == text


def test_read_text_is_what_spans_index(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text("003").replace("\n", "\r\n").encode("utf-8"))
    text = govreport.read_text(path)
    report = govreport.parse_file(path)
    assert report == govreport.parse(text)
    (attachment,) = report.attachments
    assert text[attachment.span.start : attachment.span.end].startswith("附件\r\n")
    for _, section in report.walk():
        assert section.title_span.slice(text) == section.title


@pytest.mark.parametrize("command", [["parse"], ["quantities"], ["export", "-o", "out"], ["targets"]])
def test_unknown_encoding_is_a_usage_error(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # every subcommand checks the name before reading a file (export and
    # targets once failed each file with it instead)
    with pytest.raises(SystemExit) as info:
        main([*command, "--encoding", "no-such-codec", str(seed_path("003"))])
    assert info.value.code == 2
    assert "unknown encoding: no-such-codec" in capsys.readouterr().err


def test_json_is_always_encodable() -> None:
    # issue 8, fault 5: a lone surrogate made to_json's output unwritable
    report = govreport.parse("一、\ud800总体\n")
    data = govreport.to_json(report)
    data.encode("utf-8")
    assert '"title": "\\ud800总体"' in data
    assert govreport.from_json(data) == report


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["sections"][0].update(title=5),
            "$.sections[0].title",
            "expected a string, got an integer",
        ),
        (
            lambda d: d["sections"][0].update(depth="1"),
            "$.sections[0].depth",
            "expected an integer, got a string",
        ),
        (lambda d: d["sections"][0].update(children="abc"), "$.sections[0].children", "expected an array"),
        (lambda d: d["metadata"].update(date="2018-13-01"), "$.metadata.date", "expected an ISO date string"),
        (lambda d: d["metadata"].update(year=2018.0), "$.metadata.year", "expected an integer, got a number"),
        (lambda d: d.update(metadata=3), "$.metadata", "expected an object"),
        (
            lambda d: d["sections"][0]["marker"].update(family="roman"),
            "$.sections[0].marker.family",
            "'hanzi'",
        ),
        (lambda d: d["sections"][0].pop("title"), "$.sections[0].title", "required field missing"),
        (lambda d: d["sections"][0].update(extra=1), "$.sections[0]", "extra fields found (extra)"),
        (
            lambda d: d["sections"][0]["blocks"][0].update(type="table"),
            "$.sections[0].blocks[0]",
            "got type 'table'",
        ),
        # issue 8, fault 7: negative and inverted spans
        (lambda d: d["sections"][0]["title_span"].update(start=-1), "$.sections[0].title_span", "0 <= start"),
        (lambda d: d["sections"][0]["span"].update(end=0), "$.sections[0].span", "Span(110, 0, line=11)"),
        (lambda d: d["sections"][0]["span"].update(line=0), "$.sections[0].span", "line >= 1"),
        (
            lambda d: d["sections"][0]["blocks"][0]["quantities"][0].update(value="many"),
            "$.sections[0].blocks[0].quantities[0].value",
            "expected a decimal number as a string, got 'many'",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and v.startswith("$") else "",
)
def test_from_json_names_the_path(change: object, path: str, message: str) -> None:
    data = govreport.to_dict(govreport.parse(seed_text("003")))
    change(data)  # type: ignore[operator]
    with pytest.raises(govreport.SchemaError) as info:
        govreport.from_json(json.dumps(data, ensure_ascii=False))
    err = info.value
    assert err.path == path
    assert str(err).startswith(f"not a govreport report: {path}: ") and message in str(err)
    assert err.errors[0].startswith(f"{path}: ")
    again = pickle.loads(pickle.dumps(err))
    assert (str(again), again.path, again.errors) == (str(err), err.path, err.errors)
    # nothing chained that a traceback-pickling library (tblib, installed by
    # Dask's distributed) would pickle and fail to rebuild
    assert err.__cause__ is None and err.__suppress_context__


def test_from_json_deep_nesting_is_a_schema_error() -> None:
    # issue 8, fault 7: RecursionError before
    span = {"start": 0, "end": 1, "line": 1}
    section: dict[str, object] = {
        "marker": None,
        "title": "x",
        "title_span": span,
        "heading_span": span,
        "depth": 1,
        "span": span,
    }
    for _ in range(3000):
        section = {**section, "blocks": [], "children": [section]}
    data = {"schema_version": govreport.SCHEMA_VERSION, "metadata": {}, "sections": [section]}
    with pytest.raises(govreport.SchemaError, match="nested deeper than 100 levels") as info:
        govreport.from_dict(data)
    assert info.value.path is not None and info.value.path.startswith("$.sections[0].children[0].children[0]")
    with pytest.raises(govreport.SchemaError, match="nested deeper"):
        govreport.from_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(govreport.SchemaError, match="nested deeper"):
        govreport.from_json(
            '{"schema_version": '
            + str(govreport.SCHEMA_VERSION)
            + ', "metadata": '
            + "[" * 500
            + "]" * 500
            + "}"
        )


def test_to_dict_from_dict_round_trip(reports: dict[str, govreport.Report]) -> None:
    for report in reports.values():
        data = govreport.to_dict(report)
        assert json.loads(govreport.to_json(report)) == data
        assert govreport.from_dict(data) == report


def test_cli_survives_a_legacy_stdout() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "govreport", "parse", str(seed_path("003"))],
        capture_output=True,
        env={**__import__("os").environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    assert done.stdout.startswith(b"\\u653f\\u5e9c\\u5de5\\u4f5c\\u62a5\\u544a\n")  # 政府工作报告


def test_cli_escapes_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("一、总\x1b[2J体要求\n".encode())
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "一、 总\\x1b[2J体要求" in out
    assert "(1 diagnostic)" in out


@pytest.mark.parametrize("command", ["parse", "quantities"])
def test_cli_file_errors_are_worded_alike(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81\xff" * 5)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x81\xff" * 5)))
    assert main([command, str(tmp_path / "missing.txt"), str(bad), "-"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"govreport: {tmp_path / 'missing.txt'}: No such file or directory",
        f"govreport: {bad}: cannot decode ('big5' codec can't decode byte 0x81 in position 0: "
        "illegal multibyte sequence); tried utf-8, gb18030, big5",
        "govreport: <stdin>: cannot decode ('big5' codec can't decode byte 0x81 in position 0: "
        "illegal multibyte sequence); tried utf-8, gb18030, big5",
    ]


def test_cli_outline_counts_are_singular_for_one(capsys: pytest.CaptureFixture[str]) -> None:
    text = "政府工作报告\n\n过去一年,经济运行总体平稳,全年地区生产总值增长百分之五。\n\n（一）甲\n（三）丙\n"
    assert govreport.parse(text).preamble and len(govreport.parse(text).diagnostics) == 1
    from govreport._render import render_outline

    out = render_outline(govreport.parse(text))
    assert "(preamble: 1 block)" in out and "(1 diagnostic)" in out
