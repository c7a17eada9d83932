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
        "from_json",
        "parse",
        "parse_file",
        "parse_many",
        "read_frames",
        "targets",
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
    assert err.encodings == ("utf-8", "gb18030")
    assert str(path) in str(err) and "utf-8, gb18030" in str(err)
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
        govreport.from_json(json.dumps({"schema_version": 1, "metadata": 3}))


def test_ordinal_diagnostic_message() -> None:
    report = govreport.parse("(一)甲\n(三)丙\n")
    (diag,) = report.diagnostics
    assert diag.kind is govreport.DiagnosticKind.ORDINAL_GAP
    assert diag.message == "expected ordinal 2, found (三) (ordinal 3)"
    assert (diag.span.start, diag.span.end, diag.span.line) == (5, 8, 2)


def test_repr_is_readable() -> None:
    assert repr(govreport.Span(start=1, end=3, line=2)) == "Span(1, 3, line=2)"
    section = govreport.parse("一、总体要求\n").sections[0]
    assert repr(section).startswith("Section(marker=Marker(text='一、'")


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
    assert first["metadata"]["year"] == 2015 and second["metadata"]["title"] == "概况"
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
    assert first["path"] == "一、" and first["measure"] == "" and first["line"] == "13"
    assert first["change_direction"] == "up" and first["change_basis"] == "同比"
    (in_measure,) = [r for r in rows if r["raw"] == "483.01亿元"]
    assert in_measure["path"] == "一、 / (一)" and in_measure["measure"] == "产业支撑效应日益凸显"
    assert any(r["is_target"] == "True" and r["raw"] == "7%" for r in rows)


def test_cli_quantities_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities", "--format", "json", str(seed_path("000"))]) == 0
    rows = json.loads(capsys.readouterr().out)
    (row,) = [r for r in rows if r["raw"] == "122.93万人"]
    assert row["value"] == "1229300" and row["path"] == "六、"


def test_extract_quantities_takes_str_only() -> None:
    with pytest.raises(TypeError, match="extract_quantities"):
        govreport.extract_quantities(b"5%")  # type: ignore[arg-type]
