"""Qualifiers, change verbs and target words of figures."""

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
    "不到": "at-most",
    "不足": "at-most",
    "上": "over",  # only before a bare magnitude: 上亿人, 上千种 (see BARE_ONLY)
}

#: Qualifiers that count only before a bare magnitude (上亿人, not 以上3个).
BARE_ONLY: tuple[str, ...] = ("上",)

#: A qualifier that is the last character of a word when one of these stands
#: before it: 国际条约187个 is 187 treaties, not about 187 (节约, 制约, 签约 …).
NOT_QUALIFIER_AFTER: dict[str, str] = {"约": "条节制签合公契特预履违践守邀盟婚"}

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
    "递增": "up",  # 1980s reports: 平均每年递增百分之四
    "递减": "down",
    "持平": "flat",
    "增产": "up",  # 粮食产量1.37万亿斤,增产74亿斤
    "减产": "down",
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
    "平均每年",
    "每年平均",
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

#: Words that hold a target word but state no target: 超计划竣工 (a result),
#: 计划经济, 计划生育, 计划单列市.
NOT_TARGET_WORDS: tuple[str, ...] = (
    "超计划", "按计划", "原计划", "比计划", "计划经济", "计划生育", "计划单列", "计划内", "计划外",
)  # fmt: skip

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
    # abstract pairs and programme names
    "两个市场",
    "两种资源",
    "两个大局",
    "两个结合",
    "两个文明",
    "四个现代化",
    "四项基本原则",
    "两个基本点",
    "抓两头",
    "五个新城",
    "五个中心",
)

#: Characters right before a number that make it no figure: 每10万人 (a
#: denominator), %29 (URL percent-encoding).
NOT_BEFORE_NUMBER = "第每%"
#: … and before a Chinese numeral: 数千家, 几十个 are indefinite.
NOT_BEFORE_NUMERAL = "数几"

#: Words right after a figure that make it part of a name: 三次全会, 14号线,
#: 千亿元级产业.
NOT_AFTER: tuple[str, ...] = ("全会", "党代会", "号线", "号楼", "五规划", "级", "论坛", "人口抽样")

#: Words right after a unit (as written) that make the number part of another
#: word or of a name: 70周年 (an anniversary, not 70 weeks), 三年行动
#: and 五年计划 (programmes), 五年来 (relative time), 十件民生实事, 五台山,
#: 二元结构, 1对1帮扶, 三成员.
NOT_AFTER_UNIT: dict[str, tuple[str, ...]] = {
    "周": ("年", "边"),
    "年": (
        "来",
        "以来",
        "间",
        "里",
        "前",
        "后",
        "内",
        "中",
        "多来",
        "代",
        "计划",
        "规划",
        "行动",
        "攻坚",
        "纲要",
        "决战",
        "动乱",
        "内乱",
        "奋斗目标",
    ),
    "次": ("会议", "全会", "代表大会"),
    "位": ("数",),
    "人": ("口",),
    "家": ("庭",),
    "个月": ("来", "以来", "间", "里"),
    "天": ("来", "以来", "里", "然", "津", "下", "空"),
    "件": ("民生实事", "实事", "好事", "事"),
    "台": ("山", "阶", "账"),
    "元": ("素", "宵", "旦", "结构", "论"),
    "对": ("口", "接", "标", "外", "话", "象", "于", "比", "称", "照", "1", "一"),
    "种": ("植", "子", "养", "粮", "业"),
    "成": (
        "立",
        "员",
        "为",
        "果",
        "功",
        "本",
        "熟",
        "就",
        "效",
        "长",
        "交",
        "都",
        "品",
        "型",
        "套",
        "绩",
        "分",
    ),
    "处": ("理", "置", "罚", "长", "级"),
    "部": ("署", "分", "长", "队"),
    "批": ("准", "复", "示"),
    "起": ("来", "步", "草", "点", "码", "到", "诉"),
    "本": ("科", "地", "届", "级", "市", "省", "区"),
    "支": ("持", "付", "出", "撑", "援"),
    "只": ("有", "要", "是", "能"),
    "类": ("型", "似"),
    "条": ("例",),
}

#: When NOT_AFTER_UNIT cuts the unit off a figure with a magnitude, the figure
#: stays without it: 十亿人口 is 十亿 (the noun 人口 is its name), 2900多万家庭.

#: Words right before a figure, by unit, that make it no figure:
#: relative time (过去五年, 今后五年, 这五年, 近3年, 第六个五年) and ranks (前五位).
_RELATIVE = ("过去", "今后", "未来", "最近", "这", "那", "近", "头", "个")
NOT_BEFORE_UNIT: dict[str, tuple[str, ...]] = {
    "年": _RELATIVE,
    "个月": _RELATIVE,
    "天": _RELATIVE,
    "周": _RELATIVE,
    "人": ("前", "后", "们"),
    "名": ("前", "后"),
}

#: Words right before a count that refer back to things named elsewhere: 这两项,
#: 以下三类, 上述四个方面 (no figure).
NOT_BEFORE_COUNT: tuple[str, ...] = ("这", "那", "以下", "上述", "下列", "如下")

#: A duration in Chinese numerals is a figure only after one of these (连续三年,
#: 为期两年); elsewhere it is a time frame (五年内, 五年投资, 经过八年努力) or
#: relative time.  Arabic durations are figures (连续6年, 240小时).
NUMERAL_DURATION_LEADS: tuple[str, ...] = (
    "连续", "为期", "历时", "长达", "延长", "缩短", "用", "花", "从", "压缩到", "压缩至", "提前",
)  # fmt: skip

#: Chinese-numeral counts of these are enumerations, not figures: 十条方针,
#: 五项原则, 四个方面, 两个关系.
NUMERAL_NOT_BEFORE: tuple[str, ...] = ("方针", "原则", "方面", "关系", "件事")

#: 一 with a counter is indefinite (一批, 一年来), except in these units
#: (增长一倍, 翻一番) or at a clause end (核电站一个，) or with a qualifier.
ONE_UNITS: tuple[str, ...] = ("倍", "番")
#: … but never these, wherever they stand: 突破一批, 结合在一起, 另搞一套.
ONE_NEVER: tuple[str, ...] = ("批", "起", "次", "些", "下", "遍", "套", "场", "番话")

#: Words stripped from the start of an indicator name (全年完成税收总收入 → 税收总收入).
NAME_PREFIXES: tuple[str, ...] = (
    "将",  # 将比一九八○年增长: 将 opens a comparison (NOT_NAME)
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
    "去年",  # 去年又有500万人
    "上年",
    "目前",
    "使",  # 使五年内石油年产量稳定在一亿吨
    "拟定",  # 工业总产值,拟定为六百四十三亿七千万元: the verb, the subject is before
    "地级及以上城市",  # 地级及以上城市空气质量优良天数比例: the scope, the indicator follows
)

#: Verbs that open a count's clause before its noun (引进海外高层次人才1630人 →
#: 海外高层次人才; 建立各级各类自然保护地9000多处): the name is the noun.
NAME_LEAD_VERBS: tuple[str, ...] = (
    "引进", "建立", "改造", "取得", "扩大", "增加", "建成", "审议", "出台", "举办", "设立", "投放", "认定",
    "推出", "培育", "新建", "续建", "扩建", "改建", "提升", "更新", "接待", "吸纳", "签署", "开通", "创建", "招收", "培养", "查处", "帮助",
    "制定", "修改", "修订", "废止", "取消", "下放",
)  # fmt: skip

#: Generic heads that a verb inside a clause qualifies rather than governs
#: (学校改扩建项目, 城中村改造面积, 农村户厕改造任务): the name keeps the verb.
NAME_GENERIC_HEADS: tuple[str, ...] = (
    "面积", "项目", "任务", "工程", "工程项目", "计划", "工作", "行动", "规模", "资金", "投资", "总量", "总额",
)  # fmt: skip

#: Words that, opening a clause, make it no indicator name (a comparison, a
#: modal verb): 比一九八○年的, 由一九八○年的, 必须, 可以.
NOT_NAME: tuple[str, ...] = ("比", "由", "必须", "可以", "应当", "要求", "我们", "的水平", "等于", "相当于")

#: Inside a clause, the indicator follows the last of these (五大重点产业实现
#: 税收总收入 → 税收总收入).
NAME_CUTS: tuple[str, ...] = ("全年实现", "实现", "完成", "全年", "首个")

#: Words stripped from the end of an indicator name (收入达 → 收入; 里程从 →
#: 里程; 投资总额计划安排 → 投资总额).
NAME_SUFFIXES: tuple[str, ...] = (
    "从",
    "由",  # 市属重点国企由51家整合为33家
    "分别",
    "年均",
    "均",
    "计划",
    "安排",
    "预计",
    "将",
    "要",
    "可",
    "都",
    "总计",
    "合计",
    "共计",
    "已",
    "有",
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
    "连续",  # 国家财政收入连续三年下降
    "等",  # 新增涉税企业和个体工商户等超过1100万户
    "平均",
    "每年",  # 财政性教育经费占国内生产总值比例每年都保持在4%以上
    "每人每年",  # 财政补助标准由每人每年320元提高到380元
    "稳定",  # 石油年产量稳定在一亿吨, 居民消费价格涨幅稳定在2%左右
    "保持",
    "全年",  # 地区生产总值预计全年增长5.5%
    "又",  # 去年又有500万人
    "还",
    "也",
    "再",
    "压减",  # 中央政府层面核准投资项目压减90%以上
    "压缩",
    "削减",
    "延长",  # 土地承包期再延长30年
    "翻",  # 全国财政收入十年接近翻一番
    "接近",
    "平均每年递增的速度",  # 农业总产值平均每年递增的速度为百分之三点四
    "平均每年增长的速度",
    "的增长速度",
)

#: A clause ending in one of these is a verb phrase, not an indicator name
#: (查摆出5100余项问题, 引进35家企业): the name is then read after the figure.
NAME_VERB_ENDINGS: tuple[str, ...] = (
    "出", "了", "引进", "制定", "组织", "建设", "新建", "改建", "帮助", "帮扶", "招募", "开展", "设立",
    "培育", "举办", "发放", "投入", "安排", "实施", "建成", "购置", "安装", "筹措", "培训", "侦破", "出版",
    "受理", "种植", "铺设", "回收", "清运", "销售", "吸纳", "惠及", "服务", "覆盖", "接待", "召开",
    "梳理", "取消", "调整", "明确", "推进", "启动", "参与", "提供", "设置", "增加", "引导", "增发",
    "打造", "完善", "推动", "新设", "新签", "升级", "支持", "化解", "认定", "推出", "落地", "贯通",
    "高于", "低于", "相当于",
)  # fmt: skip

#: Verbs that, with 到 or 至 after them, end a name as the change verbs do
#: (城镇调查失业率降到5.5%, 时间压缩至6个工作日).
TO_VERBS: tuple[str, ...] = (
    "降",
    "升",
    "增",
    "减",
    "压减",
    "压缩",
    "缩短",
    "延长",
    "提升",
    "达",
    "拓展",
    "扩展",
)

#: … but a clause ending in one of these ends in a noun (财政支出, 农业产出).
NAME_NOUN_ENDINGS: tuple[str, ...] = ("支出", "产出", "输出")

#: A name that is only one of these is no indicator: a time frame or an adverb
#: (两年平均每年递增百分之五点五, 实际达到百分之四点六, 连续16年).
NOT_NAME_WHOLE: tuple[str, ...] = (
    "实际", "每年", "平均每年", "年均", "每年平均", "当年", "同期", "其中", "连续", "折合", "全国", "首批",
    "水平", "速度", "即", "只", "仅", "稳步", "去年", "今年", "上年", "又", "还", "也",
)  # fmt: skip

#: A single character before a figure, alone in its clause, is a name (纱三百五十九万吨,
#: 钢三千九百万吨) unless it is one of these function words.
NOT_NAME_CHARS = "达为是有共约近超在将要可均已和及与或等并而且则但也又再还都这那每各该此从由比到至增降减向对把给被分的过即只"

#: Where the words after a figure stop being its name: a verb, adverb or
#: particle starts the predicate (832个贫困县全部摘帽, 1.2万户…农户入住新居,
#: 14亿多中国人的饭碗, 1.4亿农村人口在城镇落户).
NAME_AFTER_STOPS: tuple[str, ...] = (
    "的", "在", "中有", "中的", "中进行", "全部", "全面", "首次", "实现", "达到", "入住", "进行", "发放", "转移",
    "落户", "获评", "获得", "参与", "受益", "已", "均", "都", "将", "正在", "加快", "建成", "开工", "完成",
    "纳入", "被", "通过", "提供", "享受", "得到", "覆盖", "功能", "稳步", "有序", "顺利", "扎实", "持续", "不断",
    "入选", "分别", "签署", "签订", "列入",
)  # fmt: skip
#: Words that end a name read after a figure only as its last word (… 地标和5个 …).
NAME_AFTER_TRAILING: tuple[str, ...] = ("以及", "和", "及", "与", "等", "中", "、")

#: Between two figures, these words carry the first figure's name on to the
#: second (高标准农田8.9万亩、累计达到120.5万亩; 实际使用外资…160.6亿美元、折合1148亿元).
#: Words of a clause with no subject of its own (一九八一年计划为, 实际达到, 预计可以
#: 达到, 两年平均每年递增, 必须控制在): adverbs, then one verb.
SUBJECT_LESS_ADVERBS: tuple[str, ...] = (
    "实际", "预计", "可以", "可", "要", "必须", "都是", "都", "还", "又", "也", "仍", "平均", "每年", "年均",
)  # fmt: skip
#: The last character of an indicator standing alone in the clause before such
#: a clause (总产值, 消费水平, 出版总量, 比重, 纯收入, 经费, 总人口, 成本): its head noun.
SUBJECT_ENDS = frozenset("值数量额率价次度积重入出费口平本润资模例速")
SUBJECT_LESS_VERBS: tuple[str, ...] = ("为", "是", "达到", "达", "控制在", "保持在", "稳定在")
NAME_CONTINUING: tuple[str, ...] = (
    "累计达到", "累计", "达到", "达", "折合", "覆盖", "总计", "合计", "共计", "增至", "共",
)  # fmt: skip

#: A list of indicators before 分别 takes its figures in order (基础设施、制造业投资
#: 分别增长9.4%、9.1%); the figures are joined by these.
RESPECTIVELY = "分别"
#: Head nouns of indicators that the items of a list share when only the last
#: states it (城镇和农村居民人均可支配收入, 航空旅客和货邮吞吐量, 粮食、棉花产量).
SHARED_HEADS: tuple[str, ...] = (
    "居民人均可支配收入", "人均可支配收入", "可支配收入", "增加值", "总产值", "产值", "总产量", "产量", "进出口总额",
    "进出口额", "出口额", "进口额", "零售总额", "零售额", "销售额", "营业收入", "居民收入", "收入", "利润总额", "利润", "吞吐量",
    "投资", "存款余额", "贷款余额", "余额", "用电量", "发电量", "客运量", "货运量", "周转量", "增速",
)  # fmt: skip
SERIES_JOINS: tuple[str, ...] = ("、", "和", "及", "与", ",")
