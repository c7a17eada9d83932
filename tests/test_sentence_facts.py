"""Document facts only a sentence states: news write-ups and digests of a
report, photo captions, news agency datelines, a curator's 报告人: field.
The texts are shaped like the county, city and provincial pages of
``tests/real`` (a page's stamp, then the write-up)."""

from __future__ import annotations

import datetime as dt

import govreport
from govreport import ReportKind, Speaker

# a provincial paper's write-up: the page's stamp, then 1月26日,省长…作政府工作报告时指出
DIGEST = (
    "省政府工作报告解读\n"
    "2026-01-28 08:30\n"
    "来源：河北日报\n"
    "1月26日，省长王正谱在省十四届人大四次会议上作政府工作报告时指出，过去一年，全省经济运行稳中有进。\n"
    "报告指出，2026年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
)


def test_digest_states_speaker_meeting_and_day() -> None:
    meta = govreport.parse(DIGEST).metadata
    assert meta.speaker == Speaker(post="省长", name="王正谱")
    assert meta.meeting == "省十四届人大四次会议"  # as written
    # the day takes the page's year; the page's own date is when it was posted
    assert (meta.date, meta.publication_date) == (dt.date(2026, 1, 26), dt.date(2026, 1, 28))
    assert meta.kind is ReportKind.NEWS  # a third-person write-up, no 我代表
    span = meta.span_of("speaker")
    assert span is not None and span.line == 4
    assert DIGEST[span.start : span.end].startswith("1月26日")


def test_a_day_without_a_year_stays_unknown() -> None:
    # a page posted in 2023 with a 2021 report's title: the years disagree
    text = (
        "保定市满城区2021年政府工作报告\n"
        "2023-03-30 09:12\n"
        "在2月5日召开的保定市满城区第二届人民代表大会第五次会议第一次全体会议上，"
        "区长程杰代表区人民政府向大会作政府工作报告。\n"
        "报告分为四个部分。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.date is None and meta.publication_date == dt.date(2023, 3, 30)
    assert meta.meeting == "保定市满城区第二届人民代表大会第五次会议"
    assert meta.speaker == Speaker(post="区长", name="程杰")
    assert (meta.year, meta.region) == (2021, "满城区")


def test_caption_is_never_the_title() -> None:
    text = "国务院总理李克强作政府工作报告\n过去一年，我国经济运行总体平稳。\n国内生产总值达到82.7万亿元，增长6.9%。\n"
    meta = govreport.parse(text).metadata
    assert meta.title is None
    assert meta.speaker == Speaker(post="国务院总理", name="李克强")
    assert meta.date is None  # nothing states a year: no guess


def test_header_facts_are_not_overridden_by_a_sentence() -> None:
    text = (
        "政府工作报告\n"
        "——2026年1月27日在甘肃省第十四届人民代表大会第四次会议上\n"
        "甘肃省省长 任振鹤\n"
        "各位代表：\n"
        "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
        "会前，副省长张三作政府工作报告说明。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.speaker == Speaker(post="甘肃省省长", name="任振鹤")
    assert meta.date == dt.date(2026, 1, 27)
    assert meta.meeting == "甘肃省第十四届人民代表大会第四次会议"
    assert meta.kind is ReportKind.GOVERNMENT_WORK_REPORT  # the first-person words win


def test_dateline_gives_source_and_day() -> None:
    text = (
        "两会观察\n"
        "2025-03-06 08:12\n"
        "新华社北京3月5日电 十四届全国人大三次会议5日上午在人民大会堂开幕。国务院总理李强作政府工作报告。\n"
        "报告说，过去一年经济运行稳中有进。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.source == "新华社"
    assert (meta.date, meta.publication_date) == (dt.date(2025, 3, 5), dt.date(2025, 3, 6))
    assert meta.speaker == Speaker(post="国务院总理", name="李强")


def test_curator_speaker_field() -> None:
    text = (
        "标题：涞水县政府工作报告\n"
        "发文单位：涞水县人民政府\n"
        "发文时间：2010-03-01\n"
        "报告人：县长 张三\n"
        "来源URL：http://www.laishui.gov.cn/a.html\n\n"
        "正文：\n\n"
        "各位代表：\n"
        "现在，我代表县人民政府，向大会报告工作。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.speaker == Speaker(post="县长", name="张三")
    span = meta.span_of("speaker")
    assert span is not None and span.line == 4


def test_glued_post_and_name_only_after_government() -> None:
    # a county row of a dataset: 易县人民政府县长刘杰 with no space between
    meta = govreport.parse(
        "易县人民政府县长刘杰\r\n各位代表：\r\n现在，我代表易县人民政府，向大会报告政府工作。\r\n"
    ).metadata
    assert meta.speaker == Speaker(post="易县人民政府县长", name="刘杰")
    # a title with 省长 inside its words is no speaker
    meta = govreport.parse("湖北省长江经济带发展报告\n过去一年，全省生态环境持续改善。\n").metadata
    assert meta.speaker is None and meta.title == "湖北省长江经济带发展报告"
