"""Every DiagnosticKind is emitted, with its message and span (issue 11)."""

from __future__ import annotations

from pathlib import Path

import govreport
from govreport import DiagnosticKind


def _found(text: str) -> list[tuple[str, str, int, int, int]]:
    return [
        (d.kind.value, d.message, d.span.start, d.span.end, d.span.line)
        for d in govreport.parse(text).diagnostics
    ]


def test_marker_without_title_is_empty_title() -> None:
    text = "一、总体要求\n\n二、\n\n三、任务\n"
    assert _found(text) == [("empty-title", "二、 has no title", 8, 10, 3)]
    assert [s.title for s in govreport.parse(text).sections] == ["总体要求", "", "任务"]


def test_empty_title_in_an_attachment() -> None:
    text = "一、总体要求\n附件1:实事项目\n（一）\n\n新建学校10所,新增学位1.2万个,缓解入学难问题。\n"
    assert _found(text) == [("empty-title", "（一） has no title", 16, 19, 3)]


def test_control_characters_are_invalid_text() -> None:
    text = "一、总\x1b[31m体要求\n正文\x00\x01内容。\n"
    assert _found(text) == [
        ("invalid-text", "control character or lone surrogate '\\x1b'", 3, 4, 1),
        ("invalid-text", "control characters or lone surrogates '\\x00\\x01'", 14, 16, 2),
    ]


def test_lone_surrogate_is_invalid_text() -> None:
    assert _found("一、\ud800总体\n") == [
        ("invalid-text", "control character or lone surrogate '\\ud800'", 2, 3, 1)
    ]


def test_tabs_line_ends_and_zero_width_are_not_invalid() -> None:
    assert _found("一、总体\t要求\r\n\x0c正文\x85\u2028内容\u200b。\x1c\n") == []


def test_every_kind_is_emitted() -> None:
    text = (
        "分享:\n"  # boilerplate
        "（一）甲\n（三）丙\n（三）丙\n"  # gap, repeat
        "（四）\n\n"  # empty title
        "正文\x07。\n"  # invalid text
    )
    # a dataset row: one physical line, its breaks written out
    row = r"政府工作报告\r\n一、总体要求\r\n正文。"
    # the same report twice in one file
    twice = "过去一年，全市经济运行稳中有进，主要目标顺利完成。\n就业稳定。\n" * 2
    kinds = {d.kind for t in (text, row, twice) for d in govreport.parse(t).diagnostics}
    assert kinds == set(DiagnosticKind)


def test_written_out_line_breaks_are_read_as_breaks() -> None:
    # a county report as a dataset export delivers it: \r\n written as four
    # characters, on one physical line; \r\r\n is one break too
    text = r"政府工作报告\r\n各位代表：\r\n一、2004年工作回顾\r\r\n经济快速增长。\r\n二、主要任务\n加快发展。"
    report = govreport.parse(text)
    assert _found(text) == [
        ("escaped-breaks", "line breaks written out as '\\\\r\\\\n' read as line breaks (6 lines)", 6, 10, 1)
    ]
    assert report.metadata.title == "政府工作报告"
    assert report.metadata.salutation == "各位代表"
    assert [(s.title, s.title_span.slice(text), s.span.line) for s in report.sections] == [
        ("2004年工作回顾", "2004年工作回顾", 3),
        ("主要任务", "主要任务", 5),
    ]
    assert [b.span.slice(text) for b in report.sections[1].blocks] == ["加快发展。"]
    # a text with real line breaks keeps a written-out one as text
    assert _found("一、总体\n路径C:\\new\\nodes\n") == []


def test_a_run_of_empty_titles_is_one_diagnostic() -> None:
    # headings one right after the other: one diagnostic for the run (a
    # text of nothing but markers is not a flood of them, issue 8)
    text = "一、\n\n（一）\n（二）\n二、任务\n三、\n四、\n"
    assert _found(text) == [
        ("empty-title", "一、 and the 2 sections right after it have no title", 0, 11, 1),
        ("empty-title", "三、 and the section right after it have no title", 17, 22, 6),
    ]
    # text between two empty headings ends the run
    assert [m for _, m, *_ in _found("一、\n正文内容很长的一段。\n\n二、\n三、\n")] == [
        "二、 and the section right after it have no title",
    ]


REAL = Path(__file__).resolve().parent / "real" / "docs"


def test_a_report_given_three_times_is_repeated_text() -> None:
    # a dataset row that joins three copies of a county page into one text
    one = govreport.read_text(REAL / "county-dingxing-2021.txt")
    assert not any(d.kind is DiagnosticKind.REPEATED_TEXT for d in govreport.parse(one).diagnostics)
    text = "\n".join([one.rstrip("\n")] * 3) + "\n"
    found = [d for d in govreport.parse(text).diagnostics if d.kind is DiagnosticKind.REPEATED_TEXT]
    assert len(found) == 1
    lines = one.rstrip("\n").count("\n") + 1
    first = found[0]
    # the repeat starts where the second copy's first body line stands: the
    # first copy's first body line, one copy further on (line 13, under the
    # page's header lines)
    start = first.span.line - lines
    assert start == 13
    assert (
        first.message
        == f"the text from line {start} is given 2 more times; the first repeat starts at line {lines + start}"
    )
    assert text.splitlines()[first.span.line - 1] == first.span.slice(text)


def test_a_line_said_twice_is_no_repeat() -> None:
    # the closing call repeats a sentence of the body inside a longer line
    text = (
        "各位代表：\n过去一年，全市经济运行稳中有进，主要目标顺利完成。\n"
        "我们坚信，过去一年，全市经济运行稳中有进，主要目标顺利完成。\n"
    )
    assert not any(d.kind is DiagnosticKind.REPEATED_TEXT for d in govreport.parse(text).diagnostics)
