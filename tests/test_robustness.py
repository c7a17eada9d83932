"""Hold up on anything: odd strings, hostile input, threads, pickling, and
generated documents whose outline is known."""

from __future__ import annotations

import pickle
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import regex
from hypothesis import given

import govreport
from govreport import _grammar
from govreport._render import render_markdown

from .spans import check_spans, uncovered
from .strategies import Document, documents

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _hostile import HOSTILE

ODD = {
    "empty": "",
    "whitespace": " \t\u3000\u00a0\n\r\n",
    "lone-surrogates": "一、\ud800总体\udfff要求\n(一)\ud83d",
    "nul-and-controls": "一、总体\x00要求\x01\x02\x1b[31m\n\x0c(一)分项\x7f\n",
    "rtl-marks": "\u202e一、总体要求\u202c\n\u200f(一)分项\u200e\n",
    "emoji": "一、总体要求😀\n全年完成😀685.59亿元,同比增长5.77%🎉。\n",
    "mixed-scripts": "一、Overview обзор 概要\n2.5 millions € 、١٢٣ 万元\n",
    "cr-only": "政府工作报告\r\r一、总体要求\r(一)分项\r",
    "line-separators": "一、总体要求\u2028(一)分项\u2029\x1c1.子项。正文。\x85",
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_any_string_parses(name: str) -> None:
    text = ODD[name]
    report = govreport.parse(text)
    check_spans(report, text)
    assert uncovered(report, text) == ""
    assert govreport.from_json(govreport.to_json(report)) == report


def test_odd_strings_keep_structure() -> None:
    report = govreport.parse(ODD["cr-only"])
    assert [(p, s.title) for p, s in report.walk()] == [(("一、",), "总体要求"), (("一、", "(一)"), "分项")]
    emoji = govreport.parse(ODD["emoji"])
    assert [q.raw for _, _, q in emoji.iter_quantities()] == ["685.59亿元"]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_parses(name: str) -> None:
    text = HOSTILE[name](20_000)
    report = govreport.parse(text)
    check_spans(report, text)
    assert uncovered(report, text) == ""


def test_hostile_structure() -> None:
    assert len(govreport.parse(HOSTILE["hanzi-markers"](3000)).sections) == 1000
    glued = govreport.extract_quantities(HOSTILE["glued-numbers"](2000))
    assert len(glued) > 150 and all(q.unit == "人次" for q in glued)


# Every compiled pattern against worst-case strings, used the way the parser
# uses it: anchored at a line start (``match``) or scanning (``finditer``).
# The timeout turns a catastrophic-backtracking regression into a loud
# failure instead of a hang (dateparser once shipped such a pattern).
ANCHORED = {
    "HEADING", "BRACKET_TITLE", "MD_HEADING", "ATTACHMENT", "BOILERPLATE", "MEETING_LINE", "SPEAKER_LINE",
    "SALUTATION", "AUTHOR_LINE", "CONTACT", "REGION", "BODY_YEAR", "ENUM_START", "NAME_PREFIX", "NAME_AFTER",
    "NOT_AFTER", "BUTTON", "FOOTER_START", "PAGE_DATE", "PAREN_DATE", "MEETING_SUBTITLE", "POST_LINE",
    "NAME_LINE", "SPACED_TITLE", "PAGE_NUMBER_LINE", "BARE_PAGE_NUMBER", "TABLE_CAPTION", "TABLE_UNIT",
    "TABLE_FIGURE", "JOINED", "OUTCOME_ASIDE", "OUTCOME_CHANGE", "SPACED_QUALIFIER", "SERIES_GAP", "YEAR_ONLY",
    "AMONG_THEM", "LONG_RANGE",
}  # fmt: skip
WORST_STRINGS = [
    "1" * 100_000, "1 " * 50_000, "1," * 50_000, "1,000" * 20_000, "1-" * 50_000, "一" * 100_000,
    "约" * 100_000, "区" * 100_000, "(" * 100_000, "（一）" * 30_000, "第" * 100_000, " " * 100_000,
    "。一是" * 30_000, "同比增长" * 25_000, "来源:" * 30_000, "附件" * 50_000, "区长 " * 30_000,
    "——2018年1月16日在" + "会议" * 50_000, "(" + "张三 " * 30_000 + ")", "分享" * 50_000,
    "打印本页" * 25_000, "首页>" * 30_000, "中共" + "上海市" * 30_000, "#" * 100_000,
]  # fmt: skip
#: Patterns compiled on first use, by the function that builds them.
LAZY = {"quantity_rare()": _grammar.quantity_rare}
PATTERNS = sorted(n for n, v in vars(_grammar).items() if isinstance(v, regex.Pattern)) + sorted(LAZY)


@pytest.mark.parametrize("name", PATTERNS)
def test_patterns_stay_linear(name: str) -> None:
    pattern: regex.Pattern[str] = LAZY[name]() if name in LAZY else getattr(_grammar, name)
    for text in WORST_STRINGS:
        if name in ANCHORED:
            pattern.match(text, timeout=5.0)
        else:
            for _ in pattern.finditer(text, timeout=5.0):
                pass


def test_anchored_patterns_exist() -> None:
    assert set(ANCHORED) <= set(PATTERNS)


# --- threads and pickling ----------------------------------------------------------


def test_parse_is_thread_safe(seeds: dict[str, str], reports: dict[str, govreport.Report]) -> None:
    texts = list(seeds.values()) * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(govreport.parse, texts))
    assert results == list(reports.values()) * 8


def test_reports_pickle(reports: dict[str, govreport.Report]) -> None:
    for report in reports.values():
        assert pickle.loads(pickle.dumps(report)) == report


@pytest.mark.parametrize(
    "error",
    [
        govreport.DecodeError("bad byte", path="x.txt", encodings=("utf-8", "gb18030")),
        govreport.SchemaError("unsupported schema_version 9"),
        govreport.GovReportError("base"),
    ],
)
def test_errors_pickle(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error)


# --- generated documents -------------------------------------------------------------


def outline(report: govreport.Report) -> list[tuple[tuple[str, ...], str]]:
    return [(path, section.title) for path, section in report.walk()]


@given(documents())
def test_generated_documents_parse_to_their_outline(doc: Document) -> None:
    report = govreport.parse(doc.text)
    assert outline(report) == doc.outline
    check_spans(report, doc.text)
    assert uncovered(report, doc.text) == ""
    assert govreport.parse(doc.text) == report
    assert govreport.from_json(govreport.to_json(report)) == report
    assert pickle.loads(pickle.dumps(report)) == report
    again = govreport.parse(render_markdown(report))
    assert outline(again) == doc.outline
    assert again.metadata.title == report.metadata.title
