"""Planned targets: indicator wordings, the words that open a targets
paragraph or mark a sentence as a target, a review or a plan.

The indicator keys are those researchers use when they build a targets panel
by hand; each row lists the wordings the national reports since 1978 and the
provincial reports of 2026 use for it.  A figure's indicator is the wording
nearest before it in its clause (longest wording first, so 单位国内生产总值能耗
is energy, not gdp); a wording after the figure counts only when none stands
before it (1999: 7％左右的经济增长预期).
"""

#: Indicator key → wordings.
INDICATORS: dict[str, tuple[str, ...]] = {
    "gdp": (
        "国内生产总值", "国民生产总值", "地区生产总值", "生产总值", "经济增长", "经济增速", "GDP",
        "经济年均增长", "经济总量",
    ),
    "cpi": (
        "居民消费价格", "消费价格", "零售物价", "商品零售价格", "物价上涨", "物价涨幅", "物价总水平",
        "CPI", "物价",
    ),
    "jobs": ("城镇新增就业", "新增城镇就业", "城镇就业新增", "新增就业"),
    "unemployment_surveyed": ("城镇调查失业率", "调查失业率"),
    "unemployment_registered": ("城镇登记失业率", "登记失业率"),
    "grain": ("粮食产量", "粮食总产量", "粮食生产", "粮食综合生产能力"),
    "energy": (
        "单位国内生产总值能耗", "单位国内生产总值能源消耗", "单位生产总值能耗", "单位地区生产总值能耗",
        "单位GDP能耗", "单位GDP能源消耗", "万元GDP能耗", "万元生产总值能耗", "能耗强度", "能源消耗强度",
        "单位国内生产总值能源消耗量", "能耗", "节能", "单位增加值能耗", "万元增加值能耗", "单位地区生产总值能源消耗",
    ),
    "co2": (
        "单位国内生产总值二氧化碳排放", "单位生产总值二氧化碳排放", "单位地区生产总值二氧化碳排放",
        "单位GDP二氧化碳排放", "二氧化碳排放强度", "碳排放强度", "二氧化碳排放", "降碳", "碳排放",
    ),
    "fiscal_revenue": (
        "一般公共预算收入", "地方一般公共预算收入", "地方级一般公共预算收入", "财政收入", "地方财政收入",
        "全口径财政收入",
    ),
    "investment": ("固定资产投资", "全社会固定资产投资", "全社会投资", "投资规模", "投资增速"),
    "retail": ("社会消费品零售总额", "社会商品零售总额", "社会零售商品总额", "消费品零售总额"),
    "trade": ("进出口", "外贸", "对外贸易", "货物贸易"),
    "income": (
        "居民收入", "城乡居民收入", "居民人均可支配收入", "城镇居民人均可支配收入",
        "农村居民人均可支配收入", "农村居民人均纯收入", "城镇居民人均生活费收入", "人均可支配收入",
        "城乡居民人均收入", "农民的纯收入", "农民纯收入", "农民人均纯收入", "农民收入",
    ),
}  # fmt: skip

#: Words before an indicator's wording that make a figure not of it: a share
#: (占), a value per head (人均), an intensity (2016: 单位国内生产总值用水量…下降23%).
NOT_OF_INDICATOR: tuple[str, ...] = ("占", "人均", "单位")

#: Indicators whose targets are levels to hold or reach (a rate, a count of a
#: year, a harvest), not changes.
LEVEL_INDICATORS: frozenset[str] = frozenset(
    {"jobs", "unemployment_surveyed", "unemployment_registered", "grain"}
)

#: Words that open a targets paragraph: every figure after them in the
#: sentence is a target (2017: 今年发展的主要预期目标是：…; 1992: 今年计划要求，…;
#: 1994: 今年计划国内生产总值增长百分之九; 1999: 今年的经济增长预期为7％左右).
PARAGRAPH_LEADS: tuple[str, ...] = (
    "主要预期目标", "预期目标是", "预期目标为", "主要目标是", "主要目标为", "主要目标任务是",
    "计划要求", "今年计划", "计划规定", "计划草案规定", "草案规定", "纲要草案提出", "纲要提出",
    "增长预期为", "增长预期是", "预期为", "调控目标为", "调控目标是", "调控目标", "发展目标是",
    "规划目标", "主要指标", "总的要求是", "具体目标是",
)  # fmt: skip

#: Words before a figure that make it a target in a work section; the years of
#: a plan ahead are one (1986: 五年内，国家财政用于教育的事业费一千一百六十六亿元;
#: 1978: 按照十年规划，在这十年里，…机械化水平达到百分之八十五以上).
CUES: tuple[str, ...] = (
    "预期目标", "目标", "力争", "争取", "确保", "控制在", "要求", "计划", "安排", "拟", "预期",
    "保持在", "稳定在", "要使", "要把", "规定", "五年内", "这五年里", "这十年里", "今后五年",
)  # fmt: skip

#: Words holding a cue but stating no target (计划生育, 超计划竣工 …).
NOT_CUES: tuple[str, ...] = (
    "超计划", "按计划", "原计划", "比计划", "计划经济", "计划生育", "计划单列", "计划内", "计划外",
    "计划执行", "计划完成", "计划的执行", "目标任务圆满完成", "目标责任",
)  # fmt: skip

#: Words after a figure that make it a target (1999: 7％左右的经济增长预期; 1985:
#: 实现到本世纪末工农业年总产值翻两番的宏伟目标).
AFTER_CUES: tuple[str, ...] = (
    "的增长预期", "的经济增长预期", "的预期增长", "的增长目标", "的预期目标", "的目标", "的宏伟目标",
    "的奋斗目标",
)  # fmt: skip

#: Words in a sentence that make it a review: its figures are outcomes, or
#: past targets quoted (2017: 低于13%左右的预期目标; 1995: 去年我在政府工作报告中曾提出).
REVIEW: tuple[str, ...] = (
    "去年", "上年", "过去", "曾提出", "原定", "实际回落", "完成了", "实现了", "超额",
    "执行结果", "预计全年", "预计可以", "一年来", "五年来", "这几年", "达到了", "已达",
)  # fmt: skip

#: Words that tie a review's figure to the one year it reviews, so that it is
#: that year's outcome (2018: 刚刚过去的2017年，…国内生产总值增长6.9%; 2023:
#: 全年国内生产总值增长3%; 2011: 过去一年，…国内生产总值增长10.3%).
REVIEW_YEAR: tuple[str, ...] = ("全年", "去年", "过去一年", "一年来", "刚刚过去的", "这一年", "上一年")

#: Words of a review of several years: a figure after them is no one year's
#: outcome unless a word of the reviewed year follows (2018: 五年来，…国内生产
#: 总值从54万亿元增加到82.7万亿元，年均增长7.1%, under 一、过去五年工作回顾;
#: 2011: 一、“十一五”时期国民经济和社会发展的回顾).
SEVERAL_YEARS: tuple[str, ...] = (
    "五年来", "过去五年", "这五年", "五年间", "五年中", "以来的五年", "十年来", "过去十年", "五年累计",
    "”时期",
)  # fmt: skip

#: Words between an indicator and its figure that make the figure no outcome
#: of the indicator (对世界经济增长贡献率超过30%, 年均增长7.1%, 2016: 国内生产
#: 总值每增长1个百分点的增量; 2007: 经济增长连续四年; 2009: 促进经济增长的十项措施;
#: 1985: 扣除物价上涨因素，比上年增长12.5%, an income's growth).
NOT_OUTCOME: tuple[str, ...] = (
    "贡献", "比重", "占", "拉动", "年均", "累计", "平均", "目标", "预期", "首次", "之比", "比例",
    "每增长", "连续", "的", "因素",
)  # fmt: skip

#: Words in a review's clause that quote a target, not its outcome (1997: 物价
#: 涨幅要从14.8%降到10%左右; 2007: 全国没有实现年初确定的单位国内生产总值能耗降低4%左右).
QUOTED_TARGET: tuple[str, ...] = (
    "提出", "确定的", "预定", "原定", "没有实现", "未实现", "未能实现", "没有完成", "未完成", "要从",
)  # fmt: skip

#: A clause of change words alone after the clause holding the indicator, with
#: an optional aside between (1994: 国内生产总值突破３万亿元大关，比上年增长百分之
#: 十三点四; 1995: …达到４３８００亿元，按可比价格计算，比上年增长百分之十一点八).
OUTCOME_CHANGES: tuple[str, ...] = ("增长", "下降", "上涨", "增加", "提高", "回落", "上升", "降低")
OUTCOME_ASIDES: tuple[str, ...] = ("按可比价格计算", "按可比价计算", "扣除价格因素", "扣除价格因素后")

#: Words that make a target a five-year plan target, not the coming year's.
PLAN_WORDS: tuple[str, ...] = (
    "五年", "五年计划", "计划期", "规划期", "今后五年", "本世纪末", "年均", "平均每年", "每年平均",
    "每年递增", "平均增长", "纲要", "规划", "十年",
)  # fmt: skip

#: Words of an average over the plan's years.
AVERAGE_WORDS: tuple[str, ...] = (
    "年均", "平均每年", "每年平均", "每年递增", "平均增长", "每年增长", "每年要增长",
)  # fmt: skip

#: Words of a plan's aim stated without a number (2026 Chongqing: 全体居民人均可
#: 支配收入达到全国平均水平; Henan: 稳步提高居民收入水平).
AIMS_WITHOUT_NUMBER: tuple[str, ...] = (
    "全国平均水平", "合理水平", "合理区间", "稳步提高", "持续提高", "稳步增长", "持续增长", "同步",
    "完成国家下达",
)  # fmt: skip

#: Words of a plan's figure that holds for each of its years, not over them.
EACH_YEAR_WORDS: tuple[str, ...] = ("年度计划", "年度预算", "每个年度")

#: Words of a total over the plan's years.
CUMULATIVE_WORDS: tuple[str, ...] = (
    "五年内", "五年累计", "累计", "五年共", "翻一番", "翻两番", "五年间", "五年合计",
)  # fmt: skip

#: A figure's qualifier as a target's: a target is approximate, a floor or a
#: cap, so 近100亿元 is about 100亿元 and 四十多亿元 more than 40亿元 (1980).
TARGET_QUALIFIERS: dict[str, str] = {"nearly": "approx", "more-than": "over"}

#: Words before a figure that cap it, and that floor it (1982: 力争财政赤字少于
#: 三十亿元; 2026 Chongqing: 地区生产总值迈上4万亿元新台阶).
AT_MOST_BEFORE: tuple[str, ...] = ("控制在", "低于", "不超过", "不高于", "控制", "以内", "少于")
AT_LEAST_BEFORE: tuple[str, ...] = ("不低于", "不少于", "至少", "高于", "迈上", "跨上", "迈过")

#: Change words: a figure after one is a change over the year, not a level.
CHANGE_WORDS: tuple[str, ...] = (
    "增长", "增加", "提高", "下降", "降低", "上涨", "涨幅", "增速", "增幅", "递增", "减少", "回落", "上升",
)  # fmt: skip

#: Words holding a change word that state no change: 增加值 is value added
#: (2026 Henan: 战略性新兴产业增加值占规上工业比重30%, a share to reach).
NOT_CHANGES: tuple[str, ...] = ("增加值", "增长点", "增长极", "增长动力")

#: Five-year plans by their short name (“十四五”) and their last year.
PLAN_END_YEARS: dict[str, int] = {
    "六五": 1985, "七五": 1990, "八五": 1995, "九五": 2000, "十五": 2005, "十一五": 2010,
    "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035,
}  # fmt: skip

#: The National People's Congress: the year each term (届) first met.
NPC_TERMS: dict[int, int] = {
    1: 1954, 2: 1959, 3: 1964, 4: 1975, 5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003,
    11: 2008, 12: 2013, 13: 2018, 14: 2023, 15: 2028,
}  # fmt: skip
