"""Planned targets: which figures are targets, of which indicator, for which
year, period and basis; their outcomes; the plot."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import govreport
from govreport._tables.targets import INDICATORS
from govreport._targets import delivery_year, indicator_of, met, stated_outcomes
from govreport.cli import main
from govreport.models import Metadata, Report

REAL = Path(__file__).parent / "real" / "docs"


def _targets(text: str) -> list[tuple[object, ...]]:
    return [
        (t["indicator"], t["raw"], t["qualifier"], t["target_year"], t["period"], t["basis"])
        for t in govreport.targets([govreport.parse(text)])
    ]


# --- the year --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2017年政府工作报告\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。\n", 2017),
        ("政府工作报告\n一、2016年工作回顾\n过去一年…\n二、2017年工作总体部署\n", 2017),
        ("政府工作报告\n2016年，我国经济…\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。\n", 2017),
        ("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n", 2017),
    ],
)
def test_delivery_year_from_what_the_report_says(text: str, year: int) -> None:
    assert delivery_year(govreport.parse(text)) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # 1978: the term addressed without its session is its first (1978)
        ("各位代表！\n现在，我代表国务院，向第五届全国人民代表大会作政府工作报告。\n", 1978),
        # 1993: the session five years back
        (
            "各位代表：\n现在，我代表国务院向大会作政府工作报告。\n"
            "从第七届全国人民代表大会第一次会议，到这次大会的召开，已经整整过去了五年。\n",
            1993,
        ),
        # 1982: names no session of its own, only last year's, abbreviated
        (
            "各位代表：\n现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告。\n"
            "关键在于按照去年五届人大四次会议和今年党的十二大的精神，把全部经济工作转到…轨道上来。\n",
            1982,
        ),
        # 1986: a report on a five-year plan is given in the plan's first year
        ("各位代表：\n现在，我代表国务院，向大会作关于我国国民经济和社会发展第七个五年计划的报告。\n", 1986),
        # 1980: the first year of the plans it reports on
        ("各位代表：\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告。\n", 1980),
    ],
    ids=["1978", "1993", "1982", "1986", "1980"],
)
def test_delivery_year_of_undated_old_reports(text: str, year: int) -> None:
    assert delivery_year(govreport.parse(text)) == year


def test_delivery_year_of_a_report_that_counts_years_since_a_session() -> None:
    # 1964: 五年来，… / 从第二届全国人民代表大会第一次会议以来 (1959); delivered in
    # December, so that its targets (明年…) are for 1965
    report = govreport.parse_file(REAL / "national-gwr-1964.txt")
    assert delivery_year(report) == 1964
    assert {t["target_year"] for t in govreport.targets([report]) if t["period"] == "annual"} == {1965}


def test_delivery_year_from_the_meeting_without_a_date() -> None:
    report = Report(metadata=Metadata(meeting="第十四届全国人民代表大会第三次会议"))
    assert delivery_year(report) == 2025
    assert delivery_year(Report(metadata=Metadata(date=dt.date(1981, 11, 30)))) == 1981


def test_target_year_is_the_coming_year_not_the_year_reviewed() -> None:
    text = (
        "政府工作报告\n一、2016年工作回顾\n国内生产总值增长6.7%，低于7%左右的预期目标。\n"
        "二、2017年工作总体部署\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。\n"
    )
    assert _targets(text) == [("gdp", "6.5%左右", "approx", 2017, "annual", "annual")]


def test_a_report_delivered_late_in_the_year_plans_the_next() -> None:
    # 1980–1981: the autumn and December sessions set the next year's plan
    report = govreport.parse("1981年计划主要指标安排如下。\n工农业总产值比1980年预计增长5.5％。\n")
    report = Report(
        metadata=Metadata(date=dt.date(1980, 8, 30)), preamble=report.preamble, sections=report.sections
    )
    (t,) = govreport.targets([report])
    assert (t["raw"], t["target_year"], t["period"]) == ("5.5％", 1981, "annual")


# --- indicators, qualifiers, ranges ------------------------------------------


def test_indicator_keys_are_unique_per_wording() -> None:
    seen: dict[str, str] = {}
    for key, words in INDICATORS.items():
        for w in words:
            assert seen.setdefault(w, key) == key, w


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("单位国内生产总值能耗下降", "energy"),
        ("单位国内生产总值二氧化碳排放降低", "co2"),
        ("使国民生产总值", "gdp"),
        ("零售物价上涨幅度控制在", "cpi"),
        ("城镇调查失业率", "unemployment_surveyed"),
        ("城镇登记失业率", "unemployment_registered"),
        ("社会消费品零售总额增长", "retail"),
        ("广义货币M2增长", None),
    ],
)
def test_indicator_of(words: str, key: str | None) -> None:
    assert indicator_of(words) == key


def test_caps_floors_and_ranges() -> None:
    text = (
        "2005年政府工作报告\n今年经济社会发展主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人，"
        "城镇登记失业率控制在4.6%；居民消费价格总水平涨幅控制在4%；城镇调查失业率低于5.5%。\n"
    )
    assert _targets(text) == [
        ("cpi", "4%", "at-most", 2005, "annual", "annual"),
        ("gdp", "8%左右", "approx", 2005, "annual", "annual"),
        ("jobs", "900万人", None, 2005, "annual", "level"),
        ("unemployment_registered", "4.6%", "at-most", 2005, "annual", "level"),
        ("unemployment_surveyed", "5.5%", "at-most", 2005, "annual", "level"),
    ]
    (t,) = govreport.targets([govreport.parse("1995年政府工作报告\n今年经济增长速度计划为百分之八至九。\n")])
    assert (t["indicator"], t["value"], t["low"], t["high"]) == ("gdp", None, Decimal(8), Decimal(9))


def test_targets_without_a_number() -> None:
    text = "2017年政府工作报告\n今年发展的主要预期目标是：国内生产总值增长6.5%左右；进出口回稳向好，国际收支基本平衡。\n"
    rows = govreport.targets([govreport.parse(text)])
    trade = next(t for t in rows if t["indicator"] == "trade")
    assert (trade["raw"], trade["value"], trade["name"], trade["line"]) == (None, None, "进出口回稳向好", 2)


# --- where targets stand -------------------------------------------------------


def test_targets_paragraph_on_the_lines_after_its_lead() -> None:
    # 2011, 2012: the lead alone on its line
    text = (
        "2011年政府工作报告\n今年国民经济和社会发展的主要预期目标是：\n\n"
        "国内生产总值增长8%左右；居民消费价格总水平涨幅控制在4%左右。\n\n"
        "实现上述目标，要保持宏观经济政策的连续性，去年增长10.3%。\n"
    )
    assert [t[:2] for t in _targets(text)] == [("cpi", "4%左右"), ("gdp", "8%左右")]


def test_1990s_wordings() -> None:
    assert _targets("1999年政府工作报告\n综合分析国内外的有利条件，今年的经济增长预期为7％左右。\n") == [
        ("gdp", "7％左右", "approx", 1999, "annual", "annual")
    ]
    assert _targets("1992年政府工作报告\n今年零售物价上涨幅度控制在百分之六以内。\n") == [
        ("cpi", "百分之六以内", "at-most", 1992, "annual", "annual")
    ]


def test_coming_year_targets_in_work_sections() -> None:
    text = (
        "2015年政府工作报告\n一、2014年工作回顾\n单位国内生产总值能耗下降4.8%，城镇新增就业1322万人。\n"
        "二、2015年工作总体部署\n（五）着力促进创业就业。城镇新增就业1000万人以上。"
        "今年，能耗强度要下降3.1%以上。\n"
    )
    assert _targets(text) == [
        ("energy", "3.1%以上", "at-least", 2015, "annual", "annual"),
        ("jobs", "1000万人以上", "at-least", 2015, "annual", "level"),
    ]


def test_past_targets_quoted_in_a_review_are_not_targets() -> None:
    text = (
        "1995年政府工作报告\n去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。"
        "虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七。\n"
    )
    assert _targets(text) == []


def test_plan_targets() -> None:
    text = (
        "1986年政府工作报告\n“七五”计划草案规定，五年内全国工农业总产值增长百分之三十八，"
        "国民生产总值增长百分之四十四，平均每年增长百分之七点五。\n"
    )
    assert _targets(text) == [
        ("gdp", "百分之四十四", None, 1990, "plan", "cumulative"),
        ("gdp", "百分之七点五", None, 1990, "plan", "annual_average"),
        (None, "百分之三十八", None, 1990, "plan", "cumulative"),
    ]
    # 1986: 比“六五”期间 is the base of a comparison, not the plan of the target
    text = (
        "1986年政府工作报告\n“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，"
        "比“六五”期间增加百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。\n"
    )
    assert [(t[1], t[3], t[5]) for t in _targets(text) if t[1] == "二千七百六十亿元"] == [
        ("二千七百六十亿元", 1990, "cumulative")
    ]
    text = "2011年政府工作报告\n今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。\n"
    assert _targets(text) == [("gdp", "7%", None, 2015, "plan", "annual_average")]


def test_plan_target_basis_from_its_wording() -> None:
    # 1982: a total over the plan's years (五年合计), the level of the plan's last
    # year (其中一九八五年为…, 到一九八五年…), the farmers' income (农民的纯收入)
    text = (
        "1982年政府工作报告\n第六个五年计划的基本任务\n"
        "第六个五年计划规定，五年合计国家财政收入为五千九百五十三亿元，其中一九八五年为一千二百七十四亿元。"
        "到一九八五年，全国粮食产量计划达到三亿六千万吨，棉花三百六十万吨。"
        "全国平均每个农民的纯收入将由一九八○年的一百九十一元增加到一九八五年的二百五十五元。\n"
    )
    got = {t[1]: (t[0], t[3], t[4], t[5]) for t in _targets(text)}
    assert got["五千九百五十三亿元"] == ("fiscal_revenue", 1985, "plan", "cumulative")
    assert got["一千二百七十四亿元"][1:] == (1985, "plan", "level")
    assert got["三亿六千万吨"] == ("grain", 1985, "plan", "level")
    assert got["三百六十万吨"] == (None, 1985, "plan", "level")
    assert got["二百五十五元"] == ("income", 1985, "plan", "level")


def test_plan_paragraph_that_names_the_year_to_reach() -> None:
    # 1978: a paragraph opening with the plan and the year to reach has no cue word
    text = (
        "各位代表！\n现在，我代表国务院，向第五届全国人民代表大会作政府工作报告。\n"
        "三、加快社会主义经济建设\n"
        "按照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。"
        "从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，"
        "工业总产值每年要增长百分之十以上。\n"
    )
    assert sorted((t[1], t[0], t[3], t[4], t[5]) for t in _targets(text)) == [
        ("八千亿斤", "grain", 1985, "plan", "level"),
        ("六千万吨", None, 1985, "plan", "level"),
        ("百分之十以上", None, 1985, "plan", "annual_average"),
        ("百分之四到五", None, 1985, "plan", "annual_average"),
    ]
    # a paragraph about the plan that reaches no year: its figures need a cue
    text = text.replace("按照十年规划，到一九八五年，", "按照十年规划，")
    assert [t[1] for t in _targets(text)] == []


def test_plan_targets_after_a_word_of_the_past() -> None:
    # 1982: 过去遗留下来的 is no review when a plan not yet over follows it
    text = (
        "1982年政府工作报告\n第六个五年计划的基本任务\n"
        "中国共产党第十二次全国代表大会，确定了我国经济建设的战略目标。"
        "按照这样的部署，第六个五年计划期间，我们要进一步解决过去遗留下来的阻碍经济发展的各种问题，"
        "并且为第七个五年计划期间国民经济和社会发展奠定更好的基础。"
        "在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。\n"
    )
    assert [(t[1], t[3], t[4], t[5]) for t in _targets(text)] == [
        ("百分之二十一点七", 1985, "plan", "cumulative"),
        ("百分之四", 1985, "plan", "annual_average"),
    ]


# --- forms of plan targets ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2026 Gansu: 超过 before the first figure of a series bounds both
        (
            "“十五五”时期主要目标是：文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%。\n",
            [("超过2%", "over", "level"), ("5%", "over", "level")],
        ),
        # 2026 Henan: 增加值 is value added, a share of it a level to reach
        (
            "“十五五”时期主要目标是：战略性新兴产业增加值占规上工业比重30%。\n",
            [("30%", None, "level")],
        ),
    ],
    ids=["series-bound", "value-added-share"],
)
def test_plan_figures_qualifier_and_basis(text: str, expected: list[tuple[object, ...]]) -> None:
    rows = govreport.targets([govreport.parse("2026年政府工作报告\n" + text)])
    assert [
        (t["raw"], t["qualifier"], t["basis"]) for t in sorted(rows, key=lambda t: str(t["quantity_id"]))
    ] == expected
    assert {(t["period"], t["target_year"]) for t in rows} == {("plan", 2030)}


def test_a_long_range_aim_named_in_passing_is_not_the_plans_end() -> None:
    # 2026 Hunan: the plan ends in 2030 whatever 2035年远景目标 the sentence weighs
    text = (
        "2026年政府工作报告\n二、“十五五”时期的主要目标\n"
        "综合考虑实现2035年远景目标、扛牢经济大省责任担当以及我省现实支撑条件，提出地区生产总值年均增长5%—5.5%。\n"
    )
    (row,) = govreport.targets([govreport.parse(text)])
    assert (row["indicator"], row["low"], row["high"], row["target_year"], row["basis"]) == (
        "gdp",
        Decimal(5),
        Decimal("5.5"),
        2030,
        "annual_average",
    )


def test_the_average_rate_of_a_plans_level_is_a_target_of_its_own() -> None:
    # 1982: 出口总额将达到四百零二亿元，…平均每年递增百分之八点一
    report = govreport.parse_file(REAL / "national-gwr-1982.txt")
    rows = [t for t in govreport.targets([report]) if t["line"] == 73]
    by_raw = {t["raw"]: t for t in rows}
    assert (by_raw["四百零二亿元"]["basis"], by_raw["百分之八点一"]["basis"]) == ("level", "annual_average")
    assert (by_raw["百分之八点一"]["value"], by_raw["百分之八点一"]["unit"]) == (Decimal("8.1"), "%")
    assert by_raw["百分之八点一"]["target_year"] == 1985


@pytest.mark.parametrize(
    ("stem", "line", "indicator", "basis"),
    [
        ("provincial-gwr-2026-chongqing", 42, "income", "level"),  # 人均可支配收入达到全国平均水平
        ("provincial-gwr-2026-fujian", 69, "income", "annual_average"),  # …增长与经济增长同步等16个…指标
        ("provincial-gwr-2026-henan", 41, "income", "annual"),  # 稳步提高居民收入水平
        ("provincial-gwr-2026-jiangsu", 38, "co2", "cumulative"),  # 碳排放强度…完成国家下达任务
        ("provincial-gwr-2026-sichuan", 38, "gdp", "annual_average"),  # 经济增速保持高于全国平均水平
    ],
)
def test_plan_aims_without_a_number(stem: str, line: int, indicator: str, basis: str) -> None:
    rows = govreport.targets([govreport.parse_file(REAL / f"{stem}.txt")])
    (row,) = [t for t in rows if t["line"] == line and t["raw"] is None and t["indicator"] == indicator]
    assert (row["value"], row["period"], row["target_year"], row["basis"]) == (None, "plan", 2030, basis)


def test_no_aim_from_a_share_a_per_head_value_or_a_gap() -> None:
    text = (
        "2026年政府工作报告\n二、“十五五”时期的主要目标\n"
        "确保制造业增加值占地区生产总值比重持续高于全国平均水平，人均地区生产总值稳步提高，"
        "进一步缩小城乡居民收入与全国平均水平差距，居民收入增长与经济增长同步。\n"
    )
    rows = govreport.targets([govreport.parse(text)])
    assert [(t["indicator"], t["basis"]) for t in rows] == [("income", "annual_average")]


# --- outcomes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "qualifier", "target", "outcome", "expected"),
    [
        ("gdp", "approx", "5", "5.2", True),
        ("gdp", "approx", "5.5", "3", False),
        ("cpi", "approx", "3", "2", True),
        ("unemployment_registered", "at-most", "4.5", "4.9", False),
        ("jobs", "at-least", "11000000", "12060000", True),
        ("gdp", "approx", "5", None, None),
    ],
)
def test_met_by_qualifier(
    indicator: str, qualifier: str, target: str, outcome: str | None, expected: bool | None
) -> None:
    value = Decimal(outcome) if outcome is not None else None
    assert met(indicator, qualifier, Decimal(target), None, None, value) is expected


def test_outcomes_of_real_reports() -> None:
    plans = [govreport.parse_file(REAL / "national-gwr-2017.txt")]
    later = govreport.parse(
        "政府工作报告\n一、2017年工作回顾\n国内生产总值增长6.9%。居民消费价格上涨1.6%。城镇新增就业1351万人。\n"
    )
    rows = {t["indicator"]: t for t in govreport.target_outcomes(govreport.targets(plans), [later])}
    assert (rows["gdp"]["outcome"], rows["gdp"]["met"]) == (Decimal("6.9"), True)
    assert (rows["cpi"]["outcome_raw"], rows["cpi"]["met"]) == ("1.6%", True)
    assert (rows["jobs"]["outcome"], rows["jobs"]["met"]) == (Decimal(13510000), True)
    assert rows["unemployment_registered"]["met"] is None  # the later report does not say


@pytest.mark.parametrize(
    ("year", "outcome", "line", "met_"),
    [
        # read in the next report: the reviewed year's growth of GDP (GNP until 1993)
        (1992, "12.8", 22, True),  # 国民生产总值比上年增长百分之十二点八
        (1993, "13.4", 16, True),  # 国内生产总值突破３万亿元大关，比上年增长百分之十三点四
        (1994, "11.8", 20, True),  # …达到４３８００亿元，按可比价格计算，比上年增长百分之十一点八
        (2011, "9.2", 14, True),  # 国内生产总值47.2万亿元，比上年增长9.2％
        (2012, "7.8", 23, True),  # 2012年，…国内生产总值增长7.8%
        (2015, "6.9", 14, False),  # 国内生产总值达到67.7万亿元，增长6.9% (target 7%左右)
        (2016, "6.7", 38, True),  # 74.4 / 万亿元，增长6.7%: the level broken over lines
        (2017, "6.9", 24, True),  # 刚刚过去的2017年，…国内生产总值增长6.9%, not 五年来…年均增长7.1%
        (2018, "6.6", 12, True),  # 国内生产总值增长6.6%
    ],
)
def test_national_gdp_outcomes_from_the_next_report(year: int, outcome: str, line: int, met_: bool) -> None:
    plan = govreport.parse_file(REAL / f"national-gwr-{year}.txt")
    later = govreport.parse_file(REAL / f"national-gwr-{year + 1}.txt")
    rows = govreport.target_outcomes(govreport.targets([plan], name="gdp"), [later])
    growth = [t for t in rows if t["period"] == "annual" and t["unit"] == "%" and t["target_year"] == year]
    assert growth
    assert {(t["outcome"], t["outcome_line"], t["met"]) for t in growth} == {(Decimal(outcome), line, met_)}


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        # 过去一年，…国内生产总值增长10.3% after a review of the plan's five years
        # (国内生产总值达到39.8 万亿元，年均增长11.2%) and the next plan's aims
        (2011, Decimal("10.3")),
        # only the five years' average (平均每年增长7.7%, 8.3％): no year's growth
        (2003, None),
        (2001, None),
    ],
)
def test_outcomes_are_the_reviewed_years_not_a_plans(year: int, expected: Decimal | None) -> None:
    reviewed, found = stated_outcomes(govreport.parse_file(REAL / f"national-gwr-{year}.txt"))
    assert reviewed == year - 1
    growth = found.get(("gdp", "%"))
    assert (growth.value if growth is not None else None) == expected


def test_outcomes_skip_quoted_targets_and_other_years() -> None:
    later = govreport.parse(
        "政府工作报告\n一、过去五年工作回顾\n"
        "五年来，国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。\n"
        "去年政府工作报告提出，物价涨幅要从14.8%降到10%左右。\n"
        "刚刚过去的2017年，国内生产总值增长6.9%，居民消费价格上涨1.6%。\n"
    )
    reviewed, found = stated_outcomes(later)
    assert reviewed == 2017
    assert {key: o.raw for key, o in found.items()} == {("gdp", "%"): "6.9%", ("cpi", "%"): "1.6%"}


def test_outcomes_end_where_the_years_targets_begin() -> None:
    # 徐水区 2019: a text without line breaks never closes its review section;
    # its targets (增长9%左右, 7%以上) are no outcomes, nor is a figure of 分别
    later = govreport.parse(
        "2019年政府工作报告\n一、2018年工作回顾\n"
        "2018年，生产总值同比增长8.6%。城镇和农村居民人均可支配收入分别达35512元、25689元。\n"
        "2019年全区经济社会发展的主要预期目标：生产总值同比增长8%；城镇和农村居民人均可支配收入增长9%左右；"
        "固定资产投资同比增长7%以上。\n"
    )
    reviewed, found = stated_outcomes(later)
    assert reviewed == 2018
    assert {key: o.raw for key, o in found.items()} == {("gdp", "%"): "8.6%"}


def test_cli_outcomes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    later = tmp_path / "2018.txt"
    later.write_text("政府工作报告\n一、2017年工作回顾\n国内生产总值增长6.9%。\n", encoding="utf-8")
    args = ["targets", str(REAL / "national-gwr-2017.txt"), "--outcomes", str(later), "-f", "csv", "-j", "1"]
    assert main(args) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.endswith("outcome,outcome_raw,outcome_file,outcome_line,met")
    gdp = next(line for line in lines if line.startswith("gdp,"))
    assert gdp.endswith(f"6.9,6.9%,{later},3,true")


# --- the plot ---------------------------------------------------------------------


def test_plot_from_real_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "gdp.png"
    assert (
        main(["targets", str(REAL), "--pattern", "national-gwr-*.txt", "--plot", "gdp", "-o", str(out)]) == 0
    )
    assert out.stat().st_size > 1000
    assert "gdp targets drawn to" in capsys.readouterr().err


def test_plot_without_matplotlib_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    path = str(REAL / "national-gwr-2017.txt")
    # a missing extra is a usage error, found before any file is parsed
    with pytest.raises(SystemExit) as exit_:
        main(["targets", path, "--plot", "gdp", "-o", str(tmp_path / "x.png"), "-j", "1"])
    assert exit_.value.code == 2
    assert "pip install 'govreport[plot]'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["targets", path, "--plot", "gdp", "-j", "1"])
    assert exit_.value.code == 2
    assert "--plot needs -o FILE" in capsys.readouterr().err
