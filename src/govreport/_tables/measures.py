"""Vocabulary of measure detection, matched at the start of a
paragraph on folded text (full-width punctuation folded to ASCII).

A paragraph opening with a framing phrase tells the story of a period or
speaks for the government as a whole; it is a plain paragraph even when
its first sentence is short (``这一年,我们感恩奋进、埋头苦干,…。``).
"""

#: Openers of framing paragraphs: the period looked back on or ahead to,
#: and the speaker's ``我们``.  Each is a regex fragment.
FRAMING_OPENERS: tuple[str, ...] = (
    r"我们",
    r"回顾",
    r"过去(?:的)?(?:一|两|三|四|五|十)?年",
    r"(?:一|两|三|四|五|十|几|多)年(?:多)?来",
    r"这(?:一|两|三|四|五|几)年",
    r"今年",
    r"新的一年",
    r"展望",
    r"总的来看",
    r"总之",
)

#: Words that open a lead without being part of it (``首先,要继续…``).
LEAD_OPENERS: tuple[str, ...] = ("首先", "其次", "再次", "最后")

#: Lead sentences that state rather than report an action or result
#:; each a regex fragment searched in the first sentence.
STATEMENT_LEADS: tuple[str, ...] = (
    # a judgement with 是 (不是 included); not 一是, 特别是, 于是, 总是…
    r"(?<!特别|尤其|[一二三四五六七八九十第或于凡总])是",
    # a quotation or a view announced
    r"认为|指出|强调|教导|告诉我们|说得好|说$",
    # problems admitted (同时,我们也清醒认识到…存在一些困难和问题)
    r"(?:存在|面临|还有)[^。]{0,16}(?:困难|问题|挑战|不足|短板|差距)",
    # a list announced (主要做了以下工作。)
    r"以下|如下",
    # slogans
    r"万岁",
)

#: A list announced (将采取以下措施: / 主要指标安排如下。): the word that says
#: what its items are decides how they are read.  Items of a list of measures
#: are measures whatever their length; items of a list of targets are plain
#: paragraphs (the figures in them are the targets).
LIST_ITEMS: dict[str, str] = {
    "措施": "measures",
    "举措": "measures",
    "工作": "measures",
    "任务": "measures",
    "事项": "measures",
    "办法": "measures",
    "目标": "targets",
    "指标": "targets",
}

#: An obligation in a paragraph's first sentence (机械工业要根据…, 必须…) makes
#: it a measure even when that sentence is long; each a regex fragment.
OBLIGATIONS: tuple[str, ...] = (
    r"(?<![重主需只纲首])要(?![求素点是])",
    r"必须",
    r"应当",
    r"应该",
)

#: Verbs that open a headline (聚焦“四个做实做强”,激活自治共治“内生动力”。): a first
#: sentence opening with one may be as long as a lead alone on its line and
#: still head a measure; any other first sentence heads one only when short
#: (在半个世纪中,我们党经历了十次重大的路线斗争。 is narrative).
ACTION_VERBS: tuple[str, ...] = (
    "聚焦", "贯彻", "深化", "巩固", "推进", "推动", "加快", "加强", "加大", "实施", "打造", "提升", "完善", "健全",
    "坚持", "全力", "持续", "大力", "着力", "扎实", "积极", "深入", "统筹", "优化", "强化", "促进", "构建", "培育",
    "建设", "发展", "做强", "做优", "做大", "扩大", "稳定", "保障", "落实", "全面", "坚决", "切实", "创新", "激发",
)  # fmt: skip
