"""Regressions for the faults an audit found (hanzi ordinals past 九十九,
quadratic merging, characters no leaf span covers, measure text), and strict
leaf-span coverage on generated and real reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport

from .spans import check_spans, uncovered

REAL = Path(__file__).resolve().parent / "real" / "docs"
REAL_DOCS = sorted(REAL.glob("*.txt"))


@pytest.mark.parametrize("marker", ["一二三、", "一一一、", "十十、", "（九九九）", "(一二)", "二十十、"])
def test_hanzi_run_is_no_ordinal(marker: str) -> None:
    text = f"前言。\n{marker}加强建设\n正文内容。\n"
    report = govreport.parse(text)
    assert all(s.marker is None for _, s in report.walk())  # a short line at most: no numbered section
    assert uncovered(report, text) == ""


@given(st.text(alphabet="一二三四五六七八九十", min_size=1, max_size=3), st.sampled_from(["、", "."]))
def test_every_hanzi_marker_can_be_walked(digits: str, stop: str) -> None:
    for text in (f"{digits}{stop}加强建设\n正文内容。\n", f"（{digits}）加强建设\n正文内容。\n"):
        report = govreport.parse(text)
        for path, section in report.walk():
            assert section.label and path
        list(report.iter_measures())
        list(report.iter_quantities())


def test_ninety_nine_is_the_last_hanzi_ordinal() -> None:
    report = govreport.parse("九十九、最后一节\n正文内容。\n")
    (section,) = report.sections
    assert (section.marker and section.marker.ordinal, section.label) == (99, "九十九、")


def test_unpunctuated_lines_merge_in_linear_time() -> None:
    # 120 lines of a long unpunctuated text merge into one paragraph; the
    # merge rule keeps running totals instead of re-joining the unit per line
    line = "很长的一段正文内容没有标点但超过二十五个字符所以会被当作段落处理吧"
    report = govreport.parse((line + "\n") * 120)
    (block,) = report.preamble
    assert block.text == line * 120


@pytest.mark.parametrize(
    "text",
    [
        "一、总体要求。\n（一）分项目标\n正文内容。\n",
        "## 一、总体要求\n\n正文内容。\n",
        "一、总体要求\n\n附件\n\n民生实事项目\n\n1.新建学校。\n",
        "一、总体要求\n\n附件2：民生实事项目\n\n正文。\n",
    ],
)
def test_every_character_in_a_leaf_span(text: str) -> None:
    report = govreport.parse(text)
    check_spans(report, text)
    assert uncovered(report, text) == ""


@pytest.mark.parametrize(
    ("text", "label_text", "label", "title"),
    [
        ("一、总体要求\n\n附件\n民生实事项目\n\n正文。\n", "附件", "附件", "民生实事项目"),
        ("一、总体要求\n\n附件2：民生实事项目\n\n正文。\n", "附件2：", "附件2", "民生实事项目"),
    ],
)
def test_attachment_label_and_title_spans(text: str, label_text: str, label: str, title: str) -> None:
    (att,) = govreport.parse(text).attachments
    assert (att.label_span.slice(text), att.title_span.slice(text), att.label, att.title) == (
        label_text,
        title,
        label,
        title,
    )


def test_heading_span_covers_the_stop_after_the_title() -> None:
    text = "一、总体要求。\n（一）分项目标\n正文内容。\n"
    (section,) = govreport.parse(text).sections
    assert (section.title, section.heading_span.slice(text)) == ("总体要求", "一、总体要求。")


@pytest.mark.parametrize("path", REAL_DOCS, ids=[p.stem for p in REAL_DOCS])
def test_real_report_leaf_coverage(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = govreport.parse(text)
    check_spans(report, text)
    assert uncovered(report, text) == ""
