"""Qualifiers, change verbs and target words of figures (DESIGN §8)."""

#: Words before a figure, and the qualifier they mean; longest first.
BEFORE: dict[str, str] = {
    "约": "approx",
    "大约": "approx",
    "近": "nearly",
    "接近": "nearly",
    "将近": "nearly",
    "超过": "over",
    "逾": "over",
    "突破": "over",
    "超": "over",
    "不低于": "at-least",
    "不少于": "at-least",
    "至少": "at-least",
    "不超过": "at-most",
    "不高于": "at-most",
    "最多": "at-most",
}

#: Words after a figure (after its unit, or 余/多 before the unit).
AFTER: dict[str, str] = {
    "左右": "approx",
    "上下": "approx",
    "以上": "at-least",
    "以内": "at-most",
    "以下": "at-most",
}

#: Between the number and the magnitude or unit: 5100余项, 6600多万, 十几个.
INSIDE: dict[str, str] = {"余": "more-than", "多": "more-than", "几": "more-than"}

#: Change verbs and their direction.
CHANGE_VERBS: dict[str, str] = {
    "增长": "up",
    "增加": "up",
    "提高": "up",
    "提升": "up",
    "上升": "up",
    "上涨": "up",
    "扩大": "up",
    "下降": "down",
    "减少": "down",
    "降低": "down",
    "回落": "down",
    "下跌": "down",
    "缩小": "down",
    "持平": "flat",
}

#: What a change is measured against (同比, 比上年, 比2014年底 …).
CHANGE_BASES: tuple[str, ...] = (
    "同比",
    "环比",
    "比上年",
    "比去年",
    "比上年同期",
    "比去年同期",
    "较上年",
    "较去年",
    "较上年同期",
    "年均",
)

#: Words that make a sentence a target statement (预期目标, 力争, 计划 …).
TARGET_WORDS: tuple[str, ...] = (
    "预期目标",
    "目标是",
    "目标为",
    "目标",
    "力争",
    "计划",
    "预计",
    "争取",
    "确保",
    "拟",
)

#: Slogans and words with numerals that are never figures.
SLOGANS: tuple[str, ...] = (
    "二次供水",
    "二次开发",
    "二次元",
    "一次性",
    "三中全会",
    "四中全会",
    "五中全会",
    "六中全会",
    "两个维护",
    "两个确立",
    "两个毫不动摇",
    "两个一百年",
    "三严三实",
    "八项规定",
    "三位一体",
    "三个代表",
    "三会一课",
    "四个意识",
    "四个自信",
    "四个全面",
    "五位一体",
    "一带一路",
    "两学一做",
    "三重一大",
    "一岗双责",
    "一网通办",
    "一网统管",
    "放管服",
)

#: Words right after a figure that make it part of a name: 三次全会, 14号线,
#: 70周年 (an anniversary, not a duration of 70 weeks).
NOT_AFTER: tuple[str, ...] = ("全会", "党代会", "号线", "号楼", "届", "五规划")
NOT_AFTER_UNIT: dict[str, tuple[str, ...]] = {"周": ("年",)}

#: Words stripped from the start of an indicator name (全年完成税收总收入 → 税收总收入).
NAME_PREFIXES: tuple[str, ...] = (
    "全年",
    "今年",
    "当年",
    "上半年",
    "全区",
    "全市",
    "全省",
    "全县",
    "其中",
    "累计",
    "共",
    "实现",
    "完成",
    "达到",
    "新增",
    "预计",
    "力争",
    "计划",
    "确保",
    "争取",
    "已",
    "共计",
    "合计",
)

#: Words stripped from the end of an indicator name (收入达 → 收入).
NAME_SUFFIXES: tuple[str, ...] = (
    "达到",
    "达",
    "为",
    "是",
    "按",
    "完成",
    "实现",
    "突破",
    "超过",
    "增至",
    "增长到",
    "控制在",
    "保持在",
    "约",
    "近",
    "共",
    "累计",
    "在",
)

#: A clause ending in one of these is a verb phrase, not an indicator name
#: (查摆出5100余项问题, 引进35家企业): the name is then read after the figure.
NAME_VERB_ENDINGS: tuple[str, ...] = (
    "出", "了", "引进", "制定", "组织", "建设", "新建", "改建", "帮助", "帮扶", "招募", "开展", "设立",
    "培育", "举办", "发放", "投入", "安排", "实施", "建成", "购置", "安装", "筹措", "培训", "侦破", "出版",
    "受理", "种植", "铺设", "回收", "清运", "销售", "吸纳", "惠及", "服务", "覆盖", "接待", "召开",
    "梳理", "取消", "调整", "明确", "推进", "启动", "参与", "提供", "设置", "增加", "引导", "增发",
)  # fmt: skip
