"""Document-level outline cases from tests/cases/outline/*.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from govreport import Block, Measure, Report

CASES = Path(__file__).parent / "cases" / "outline"


def read_cases(path: Path) -> list[tuple[str, str, str]]:
    """Split a case file into (name, input, expected) triples."""
    cases = []
    for chunk in path.read_text(encoding="utf-8").split("\n=== ")[1:]:
        name, _, rest = chunk.partition("\n")
        source, _, expected = rest.partition("\n---\n")
        cases.append((name.strip(), source + "\n", expected.strip("\n")))
    return cases


def _measures(blocks: tuple[Block, ...], indent: str) -> list[str]:
    return [f"{indent}* {b.lead}" for b in blocks if isinstance(b, Measure)]


def outline_of(report: Report) -> str:
    """The outline in the case files' notation."""
    out = _measures(report.preamble, "")
    roots = [("", (), report.sections)] + [
        (f"{a.label} {a.title}", a.blocks, a.sections) for a in report.attachments
    ]
    for heading, blocks, sections in roots:
        if heading:
            out.append(heading)
            out += _measures(blocks, "  ")
        base = "  " if heading else ""
        for _, s in govreport.Report(metadata=report.metadata, sections=sections).walk():
            indent = base + "  " * (s.depth - 1)
            out.append(f"{indent}{s.label} {s.title}")
            out += _measures(s.blocks, indent + "  ")
    out += [f"! {d.kind.value}" for d in report.diagnostics]
    return "\n".join(out)


CASE_PARAMS = [
    pytest.param(source, expected, id=f"{path.stem}:{name}")
    for path in sorted(CASES.glob("*.txt"))
    for name, source, expected in read_cases(path)
]


@pytest.mark.parametrize(("source", "expected"), CASE_PARAMS)
def test_outline_case(source: str, expected: str) -> None:
    assert outline_of(govreport.parse(source)) == expected


def test_case_files_are_found() -> None:
    assert len(CASE_PARAMS) >= 12


def test_inline_items_of_a_measure() -> None:
    report = govreport.parse(
        "一、主要任务\n一是稳住经济大盘。加大宏观政策实施力度,二是保持就业稳定,三是防范化解重大风险。\n"
    )
    (measure,) = report.sections[0].measures
    assert measure.marker is not None and measure.marker.family is govreport.MarkerFamily.ENUM_SHI
    assert [(i.marker.text, i.text) for i in measure.items] == [
        ("一是", "稳住经济大盘。加大宏观政策实施力度,"),
        ("二是", "保持就业稳定,"),
        ("三是", "防范化解重大风险。"),
    ]


def test_title_split_at_first_stop() -> None:
    report = govreport.parse(
        "（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用。\n1.甲项\n"
    )
    section = report.sections[0]
    assert section.title == "大力推进现代化产业体系建设，加快发展新质生产力"
    assert section.paragraphs[0].text == "充分发挥创新主导作用。"


def test_find_by_markers_in_any_spelling(reports: dict[str, Report]) -> None:
    report = reports["003"]
    section = report.find("二、", "（三）")
    assert section is not None and section.title == "发挥优势产业集聚效应,稳步提升经济质量和效益"
    assert report.find("二．", "(三)") is section
    assert report.find("九、") is None
    assert reports["004"].find("旧改:攻坚克难重执行") is reports["004"].sections[1]


def test_walk_paths(reports: dict[str, Report]) -> None:
    paths = [p for p, _ in reports["002"].walk()]
    assert paths[:3] == [("一、",), ("一、", "(一)"), ("一、", "(二)")]
    assert ("二、", "(五)") in paths


def test_iter_measures_covers_attachments(reports: dict[str, Report]) -> None:
    paths = [p for p, _ in reports["003"].iter_measures()]
    assert paths.count(("附件",)) == 10
    assert paths[0] == ("一、", "(一)")
