"""Spans are truth: every span slices to its object's text, and together the
spans lose no non-blank character of the input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport import Report

from .spans import check_spans, uncovered

SEEDS = ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_spans(seed: str, seeds: dict[str, str], reports: dict[str, Report]) -> None:
    check_spans(reports[seed], seeds[seed])


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_loses_no_text(seed: str, seeds: dict[str, str], reports: dict[str, Report]) -> None:
    assert uncovered(reports[seed], seeds[seed]) == ""


# Text built from the pieces reports are made of, so that markers, stops and
# line breaks meet in every order.
PIECES = [
    "一、",
    "二、",
    "十一、",
    "（一）",
    "(二)",
    "1.",
    "2．",
    "3、",
    "(1)",
    "①",
    "㈠",
    "⑴",
    "第一章",
    "第二节",
    "——",
    "【概况】",
    "附件",
    "附件1：",
    "一是",
    "第一,",
    "各位代表:",
    "时间:2017-08-09",
    "来源: 上海普陀",
    "联系电话:021-1234",
    "(陆伟杰)",
    "分享:",
    "加强",
    "经济",
    "建设。",
    "发展,",
    "稳中求进;",
    "1.39万",
    "2015年",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\u3000",
    "\u00a0",
    "\t",
    "。",
    "”",
    "“",
    "：",
]
documents = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
anything = st.text(max_size=300)


@given(st.one_of(documents, anything))
def test_parse_never_raises_and_spans_hold(text: str) -> None:
    report = govreport.parse(text)
    check_spans(report, text)
    assert uncovered(report, text) == ""


@given(st.one_of(documents, anything))
def test_json_round_trip(text: str) -> None:
    report = govreport.parse(text)
    assert govreport.from_json(govreport.to_json(report)) == report
