"""Document facts a county, city or provincial page states only by its own
evidence: the government its speaker speaks for, a date under the speech's
title, the year it calls just past, the year its plan is for, a page's own
headline under a curator's label.  The texts are shaped like the pages of
``tests/real`` (county rows of a dataset, county sites, a provincial paper);
where the text states nothing, the field stays ``None``."""

from __future__ import annotations

import datetime as dt

import govreport
from govreport import ReportKind

# a county row: no title line, the speaker's post names the county (易县, one character)
YIXIAN = (
    "易县人民政府县长刘杰\n"
    "各位代表：\n"
    "现在，我代表易县人民政府，向大会报告政府工作，请予审议，并请县政协委员和列席会议的同志提出意见。\n"
    "一、过去五年工作回顾\n"
    "五年来，全县上下在市委、市政府和县委的坚强领导下，牢牢抓住京津冀协同发展重大机遇。\n"
    "刚刚过去的 2016 年，是易县发展史上不平凡的一年，更是我们难忘的一年。\n"
)


def test_region_from_the_speakers_post_and_the_year_just_past() -> None:
    meta = govreport.parse(YIXIAN).metadata
    assert meta.region == "易县"
    span = meta.span_of("region")
    assert span is not None and span.line == 1
    assert meta.review_year == 2016  # 刚刚过去的 2016 年, spaces and all
    review = meta.span_of("review_year")
    assert review is not None and review.line == 6


def test_region_from_the_speech_and_a_date_under_the_title() -> None:
    text = (
        "政府工作报告\n"
        "2005年2月26日\n"
        "各位代表：\n"
        "现在，我代表清苑县人民政府向大会报告工作，请予审议。并请县政协各位委员和列席会议的同志提出意见。\n"
        "2004年工作回顾\n"
        "2004年，是全县各项工作卓有成效、各项事业全面发展的一年。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.region == "清苑县"
    # a date written out under a speech's title is the speech's: the year follows
    assert (meta.date, meta.publication_date, meta.year) == (dt.date(2005, 2, 26), None, 2005)


def test_a_county_word_is_no_region() -> None:
    text = (
        "各位代表：\n"
        "现在，我代表全县人民政府向大会报告工作，请予审议。\n"
        "一、2022年工作回顾\n"
        "2022年，全县经济平稳运行。\n"
    )
    assert govreport.parse(text).metadata.region is None


def test_the_year_planned_for_gives_the_year_and_the_kind() -> None:
    text = (
        "各位代表：\n"
        "一、2014年工作回顾\n"
        "2014年，在市委、市政府和县委的坚强领导下，县政府牢牢把握稳增长、调结构的主基调。\n"
        "各位代表，成绩来之不易。在此，我代表县政府，向全县干部群众表示衷心的感谢！\n"
        "二、2015年主要任务\n"
        "（一）进一步优化产业结构，努力培育壮大立县产业。全年实施重点项目三十个。\n"
    )
    meta = govreport.parse(text).metadata
    assert (meta.review_year, meta.year) == (2014, 2015)
    year = meta.span_of("year")
    assert year is not None and year.line == 5
    assert meta.kind is ReportKind.GOVERNMENT_WORK_REPORT
    # a plan that is not for the year after the one reviewed says nothing
    other = govreport.parse(text.replace("二、2015年主要任务", "二、2017年主要任务")).metadata
    assert (other.review_year, other.year, other.kind) == (2014, None, None)


def test_a_pages_headline_beats_the_curators_label() -> None:
    text = (
        "标题：高阳县2023年政府工作报告\n"
        "发文单位：高阳县人民政府\n"
        "发文时间：未知\n"
        "来源URL：https://gaoyang.gov.cn/gk/col/2023/01/14/1673695195497.html\n"
        "\n"
        "正文：\n"
        "\n"
        "【聚焦两会】高阳县第十八届人民代表大会第三次会议隆重开幕\n"
        "发布时间：2023-01-12\n"
        "1月12日上午，高阳县第十八届人民代表大会第三次会议隆重开幕。\n"
        "在热烈的掌声中，县长蒋东方作高阳县人民政府工作报告。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.title == "高阳县第十八届人民代表大会第三次会议隆重开幕"  # not the column 【聚焦两会】
    assert meta.meeting == "高阳县第十八届人民代表大会第三次会议"
    # the page's stamp is when it was posted; the speech's day is not stated
    assert (meta.date, meta.publication_date) == (None, dt.date(2023, 1, 12))
    assert meta.kind is ReportKind.NEWS
    # the label of the file still tells the county and the year
    assert (meta.region, meta.year) == ("高阳县", 2023)
    span = meta.span_of("year")
    assert span is not None and span.line == 1


def test_a_crumb_shown_twice_is_no_title() -> None:
    text = (
        "您的位置:\n"
        "首页\n"
        ">\n"
        "云南要闻\n"
        "云南要闻\n"
        "2026年政府工作报告\n"
        "来源：云南日报\n"
        "2026-02-03 09:02:33\n"
        "——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n"
        "省长　王予波\n"
        "各位代表：\n"
        "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.title == "2026年政府工作报告"
    assert meta.speaker is not None and (meta.speaker.post, meta.speaker.name) == ("省长", "王予波")


def test_a_salutation_run_on_into_the_speech() -> None:
    text = (
        "政府工作报告\n"
        "——2010年2月3日在涞水县第十四届人民代表大会第四次会议上\n"
        "涞水县人民政府县长 于舒心\n"
        "各位代表：现在，我代表县人民政府，向大会作工作报告，请予审议，并请各位政协委员提出意见。\n"
        "一、2009年工作回顾\n"
        "2009年，是进入新世纪以来我县经济发展困难最多、挑战最大的一年。\n"
    )
    report = govreport.parse(text)
    assert report.metadata.salutation == "各位代表"
    span = report.metadata.span_of("salutation")
    assert span is not None and text[span.start : span.end] == "各位代表："
    # the sentence stays whole in the body
    assert any(b.text.startswith("各位代表：现在") for b in report.preamble)
    # a line that opens with a salutation but is no speech is left alone
    other = govreport.parse(text.replace("我代表县人民政府，", "")).metadata
    assert other.salutation is None


def test_a_papers_dateline_names_the_source() -> None:
    text = (
        "标题：2023年保定市政府工作报告\n"
        "正文：\n"
        "过去的一年，我们在动与静之间艰难前行，遇到了前所未有的困难和挑战。\n"
        "保定日报讯 1月30日，闫继红说，党的二十大明确了我国发展的总体目标。\n"
    )
    meta = govreport.parse(text).metadata
    assert meta.source == "保定日报"
    span = meta.span_of("source")
    assert span is not None and span.line == 4
    # 本报讯 names no paper
    assert govreport.parse(text.replace("保定日报讯", "本报讯")).metadata.source is None


def test_the_year_the_review_says_it_was() -> None:
    text = (
        "政府工作报告\n"
        "——2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上\n"
        "各位代表：\n"
        "现在，我代表区人民政府向大会报告工作，请予审议。\n"
        "一、过去一年工作回顾\n"
        "\n"  # (the Hailar reports set their paragraphs apart)
        "2011年是“十二五”的开局之年，也是我区开拓进取、经济和社会事业取得丰硕成果的一年。\n"
    )
    assert govreport.parse(text).metadata.review_year == 2011
    # the year delivered is the year that is beginning: no year under review
    ahead = text.replace("2011年是“十二五”的开局之年", "2012年是“十二五”承上启下的一年")
    assert govreport.parse(ahead).metadata.review_year is None
