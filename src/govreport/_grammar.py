"""The one place that turns the data tables into compiled ``regex`` patterns.

Every pattern here runs on text that has been folded by
:func:`govreport._text.fold` (full-width ASCII → ASCII, U+3000/NBSP → space),
which keeps offsets unchanged.  Patterns are anchored and bounded so that
none can backtrack catastrophically: unbounded repeats are possessive or
stand alone.
"""

from __future__ import annotations

import regex

from govreport._tables import boilerplate, markers, measures, metadata, numerals, qualifiers, units

FLAGS = regex.VERSION1 | regex.VERBOSE


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """Literal alternation, longest first so 自治区 wins over 区."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# A heading marker at the current position: one named group per table row
# (r0, r1, …) so ``lastgroup`` tells the row, and the row's ordinal group
# renamed n0, n1, … so that each name is unique.
HEADING_ROWS = markers.HEADING_MARKERS
HEADING = regex.compile(
    "|".join(
        f"(?P<r{i}>{pattern.replace('(?P<n>', f'(?P<n{i}>')})"
        for i, (_, pattern, _) in enumerate(HEADING_ROWS)
    ),
    regex.VERSION1,
)
#: Characters a heading marker can start with (a cheap first test per line).
HEADING_FIRST = frozenset("0123456789一二三四五六七八九十(第—─-") | {
    chr(c) for c in (*range(0x2460, 0x2474), *range(0x2474, 0x2488), *range(0x3220, 0x322A))
}

BRACKET_TITLE = regex.compile(markers.BRACKET_TITLE + r"\Z", regex.VERSION1)
# A Markdown heading prefix (## ): what follows is a heading in any case, so
# that a report rendered to Markdown parses back to the same outline.
# Callers test ``startswith("#")`` first: hardly a line is one, and the test
# costs a small part of a regex call.
MD_HEADING = regex.compile(r"#{1,6}\x20++")

# An enumeration (一是 / 第一,) opening a paragraph, or inside one after a
# sentence or clause break (DESIGN §5).
ENUM_START = regex.compile(rf"(?:{markers.ENUM_SHI}|{markers.ENUM_DI})", regex.VERSION1)
#: What ``ENUM_START`` can start with: a paragraph that opens otherwise is
#: told apart without a regex call (it is asked several times per paragraph).
ENUM_FIRST = frozenset("第" + markers.ENUM_ORDINAL[1 : markers.ENUM_ORDINAL.index("]")])
INLINE_ENUM = regex.compile(
    rf"(?<={markers.ENUM_BEFORE})\s*+(?:{markers.ENUM_SHI}|{markers.ENUM_DI})", regex.VERSION1
)

ATTACHMENT = regex.compile(markers.ATTACHMENT + r"\Z", regex.VERSION1)

BOILERPLATE = regex.compile("|".join(f"(?:{p})" for p in boilerplate.BOILERPLATE_LINES), regex.VERSION1)
BUTTON = regex.compile(
    rf"[【\[]?\s*+(?:{_alternation(boilerplate.BUTTON_WORDS)})?\s*+[:>]?\s*+[】\]]?", regex.VERSION1
)
FOOTER_START = regex.compile("|".join(f"(?:{p})" for p in boilerplate.FOOTER_STARTS), regex.VERSION1)
#: Lines of zero-width or invisible characters only are blank (DESIGN §6).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

# Sentence and clause terminators on folded text.
SENTENCE_END = regex.compile(r"[。!?;]")
LEAD_END = regex.compile(r"[。!?;:]")
# A line that starts with one of these continues the line before it (a
# Wikisource copy puts a linked term on a line of its own mid-sentence).
CONTINUATION_START = "，、。；：,;:)）」』”’》…]"
# Quotes and brackets whose opening, unclosed at a line end, runs on.
OPENERS = "“《(「『["
CLOSERS_OF = "”》)」』]"
#: Any of them: most lines hold none, and one search says so.
QUOTES = regex.compile("[" + regex.escape(OPENERS + CLOSERS_OF) + "]")
# Closing quotes/brackets that may follow a final stop: 。” or 。)
CLOSERS = "”’\"')】》」』"
FINAL_PUNCT = "。!?;:…"

# --- text -------------------------------------------------------------------

# What a wrong legacy decoding yields and Chinese reports never hold in number
# (see _text.decode): Greek, Cyrillic, box drawing, kana, bopomofo, private use.
MOJIBAKE = regex.compile(r"[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\ue000-\uf8ff]")
# Characters that are no text: C0 controls but tab and line ends, DEL, C1
# controls but NEL (a line end), lone surrogates.  One run, one diagnostic.
INVALID_TEXT = regex.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]++")
LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")

# --- lines --------------------------------------------------------------------

#: Every line boundary ``str.splitlines`` knows (\r\n counts once).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: Spaces around a line's content: every other space Python knows, and the
#: zero-width characters (a Wikisource copy opens with U+200B).
LINE_SPACE = (
    "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and chr(c) not in LINE_BREAKS)
    + "\u200b\u200c\u200d\u2060\ufeff"
)
LINE_END = regex.compile(r"\r\n|[" + regex.escape(LINE_BREAKS) + "]")
OTHER_BREAK = regex.compile("[" + regex.escape(LINE_BREAKS.replace("\n", "")) + "]")
#: A line break but \n, or a character that is no text (``INVALID_TEXT``):
#: most texts hold none, and one search over the text tells both.
ODD_CHARACTER = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Spaces and line breaks: a run of blank lines is this run up to its last
# break.  One character class, so the regex module keeps no state per
# repeat (a group repeated per line took 170 bytes a line).
BLANK = regex.compile("[" + regex.escape(LINE_SPACE + LINE_BREAKS) + "]++")

# --- metadata ---------------------------------------------------------------

ISO_DATE = r"(?P<y>\d{4})\s*+-\s*+(?P<m>\d{1,2})\s*+-\s*+(?P<d>\d{1,2})"
CN_DATE = r"(?P<y>\d{4})\s*+年\s*+(?P<m>\d{1,2})\s*+月\s*+(?P<d>\d{1,2})\s*+日"
# 二〇二六年一月二十七日 (a Gansu report's meeting line)
HANZI_DATE = r"(?P<hy>[〇○零一二三四五六七八九]{4})年(?P<hm>[一二三四五六七八九十]{1,2})月(?P<hd>[一二三四五六七八九十]{1,3})日"
ANY_DATE = regex.compile(f"{ISO_DATE}|{CN_DATE}", regex.VERSION1)
# a page's time stamp: 2026年02月10日 07时41分, 2026-02-03 09:02:33
PAGE_DATE = regex.compile(
    rf"(?:{ISO_DATE}|{CN_DATE})(?:\s*+\d{{1,2}}\s*+[:时]\s*+\d{{1,2}}(?:\s*+[:分]\s*+\d{{1,2}})?\s*+[分秒]?)?",
    regex.VERSION1,
)
# （2017年10月18日） under a title
PAREN_DATE = regex.compile(rf"\(\s*+(?:{CN_DATE}|{HANZI_DATE})\s*+\)", regex.VERSION1)

LABELLED_FIELD = regex.compile(
    r"(?P<label>来源URL|原文链接|(?:发布|发文)?时间|日期|信息来源|稿件来源|来源|标题|发文单位|正文)\s*+:\s*+"
)

TITLE_DATE = regex.compile(rf"(?r)\s*+\(\s*+(?:{ISO_DATE})\s*+\)\Z", regex.VERSION1)

MEETING_LINE = regex.compile(
    rf"(?:——|──|--|―+|—)?\s*+(?:{CN_DATE}|{HANZI_DATE})\s*+在(?P<meeting>.+?)上(?:的(?:讲话|报告|发言))?\Z",
    regex.VERSION1,
)
# ——在中国共产党第十九次全国代表大会上的报告: a subtitle naming the meeting
MEETING_SUBTITLE = regex.compile(
    r"(?:——|──|--|―+|—)\s*+在(?P<meeting>.+?)上的(?:讲话|报告|发言)\Z", regex.VERSION1
)

_POST = rf"(?:\p{{Han}}[\p{{Han}}、]{{0,24}}?)?(?:{_alternation(list(metadata.POSTS))})"
# a name, spaced out or not (龚 正, 习 近 平), or with a middle dot (艾尔肯·吐尼亚孜)
_NAME = r"\p{Han}(?:\x20{0,3}+\p{Han}){1,3}|\p{Han}{2,6}·\p{Han}{2,8}"
SPEAKER_LINE = regex.compile(rf"(?P<post>{_POST})\s+(?P<name>{_NAME})\Z", regex.VERSION1)
SPACED_TITLE = regex.compile(r"\p{Han}(?:\x20{1,3}+\p{Han}){2,}")
POST_LINE = regex.compile(rf"(?P<post>{_POST})\Z", regex.VERSION1)
NAME_LINE = regex.compile(rf"(?P<name>{_NAME})\Z", regex.VERSION1)

SALUTATION = regex.compile(metadata.SALUTATION + r"\Z", regex.VERSION1)
# 各位代表!让我们…: a closing address, not the lead of a measure
ADDRESS = regex.compile(metadata.SALUTATION_WORDS)
#: The words ``ADDRESS`` matches, for ``str.startswith``: one test per
#: paragraph without a regex call.
ADDRESS_WORDS = tuple(metadata.SALUTATION_WORDS.removeprefix("(?:").removesuffix(")").split("|"))
AUTHOR_LINE = regex.compile(metadata.AUTHOR_LINE + r"\Z", regex.VERSION1)
# seed 001 closes with (陆伟杰): an author credit, not text
TRAILING_AUTHOR = regex.compile(r"\((?P<names>\p{Han}{2,4}(?:[\s、,]\p{Han}{2,4}){0,4})\)\Z", regex.VERSION1)
NAME = regex.compile(r"\p{Han}{2,4}")

CONTACT = regex.compile(
    rf"(?P<label>{_alternation(list(metadata.CONTACT_LABELS))})\s*+:\s*+(?P<value>\S.*)\Z",
    regex.VERSION1,
)

# Anchored at the start of a title, meeting or source: a region leads them.
_REGION_NAME = rf"[^\P{{Han}}{metadata.REGION_STOP_CHARS}]{{2,5}}?"
REGION = regex.compile(
    r"(?:\d{4}\s*+年度?)?"
    rf"(?:{_alternation(list(metadata.REGION_PREFIXES))})?"
    rf"(?P<region>(?:{_REGION_NAME}(?:{_alternation(list(metadata.REGION_SUFFIXES))}))+)",
    regex.VERSION1,
)

KIND_BY_TITLE = tuple((regex.compile(p, regex.VERSION1), k) for p, k in metadata.KIND_BY_TITLE)
KIND_BY_SOURCE = tuple((regex.compile(p, regex.VERSION1), k) for p, k in metadata.KIND_BY_SOURCE)

TITLE_YEAR = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*+年(?!\s*+\d{1,2}\s*+月)")
BODY_YEAR = regex.compile(
    r"(?:#{1,6}\x20+)?(?:[一二三四五六七八九十]{1,3}、\s*+)?(?P<y>(?:19|20)\d\d)\s*+年(?:工作回顾|,)"
)

# --- quantities ---------------------------------------------------------------
#
# A figure is: [qualifier] number [余/多] [magnitude] [unit] [range] [qualifier].
# Every repeat is bounded or possessive; the only backtracking is between the
# few alternatives of a magnitude and a unit (5万千瓦 = 5 万 千瓦, 5千瓦 = 5 千瓦).

_CN_DIGIT = "".join(numerals.DIGITS) + "十拾"
_CN_ALL = _CN_DIGIT + "".join(numerals.SMALL_UNITS) + "".join(numerals.MAGNITUDES)
# Runs are bounded (16 spaced digits, 6 thousands groups): unbounded, a line of
# "1 1 1 …" or "1,000,000,…" would be rescanned from every start, O(n²).
# Old scans space the digits and the point (1 0 ．0 6 ‰, 8 ．8 ％): a point with
# a space beside it belongs to the number only when the digits are spaced too
# or a space stands before it, so a marker 1. before a figure stays apart.
AR_NUMBER = (
    r"(?:\d\x20(?:\d(?:\x20\d){0,14}+(?:\x20?\.\x20?\d(?:\x20?\d){0,7}+)?|\.\x20?\d(?:\x20?\d){0,7}+)(?![\d.])"
    r"|\d{1,3}(?:,\d{3}){1,6}+(?:\.\d++)?+|\d++(?:\.\d++)?+)"
)
# A Chinese numeral, with a decimal point (三点五) and a bare magnitude at its
# head (千万人次, 超千亿元: the scanner keeps those only in the forms of
# ``units.BARE_MAGNITUDE_*``).  Bounded, and left to backtrack so that
# 五十万千瓦 can split as 五十万 + 千瓦.
CN_NUMBER = rf"[{_CN_ALL}](?:[{_CN_ALL}]|{numerals.POINT}(?=[{_CN_DIGIT}])){{0,15}}"
# The numerator of a share: 百分之一百零五, 百分之三点五, 百分之1,200.
_SHARE_OF = rf"[{_CN_DIGIT}](?:[{_CN_ALL}]|{numerals.POINT}(?=[{_CN_DIGIT}])){{0,11}}|{AR_NUMBER}"
UNIT_ALIASES: dict[str, tuple[str, str]] = {
    spelling: (canonical, dimension)
    for canonical, dimension, aliases in units.UNITS
    for spelling in (canonical, *aliases)
}
_UNITS = _alternation(list(UNIT_ALIASES))
_MAGS = _alternation(list(units.ARABIC_MAGNITUDES))
_INSIDE = _alternation(list(qualifiers.INSIDE))
_INSIDE_CHARS = "余多"
_SECTIONS = "".join(numerals.MAGNITUDES)
RANGE_SEPARATOR = r"(?:—{1,2}|-|~|至|到)"
# 两斤半, 三年半, 两倍半: a half after a unit that ends in one of these (not
# 个, so that 5个半导体项目 stays 5个); 三成半, 七成五: tenths after 成.
# (the character is tested before the lookbehind: it fails fast after most units)
_HALF = rf"半(?<=[{units.HALF_AFTER}]半)(?![{units.HALF_NOT_BEFORE}])"
_TENTH = r"[一二三四五六七八九](?<=成.)(?![成倍十百千万亿个])"


def _figure(k: int) -> str:
    """One number with its magnitude and unit; group names end in ``k``.

    A unit alone is tried before magnitude + unit, so 3.5千米 is 3.5 千米
    while 5万千瓦 is 5 万 千瓦.  A Chinese numeral needs a unit, or a range
    separator after it (三至五年), so that backtracking splits 五十万千瓦.
    """
    unit = rf"(?P<unit{k}>{_UNITS}|{units.SHARE_UNIT})(?P<part{k}>{_HALF}|{_TENTH})?"
    # an Arabic number needs a unit, a magnitude, or a range separator after
    # it: bare numbers (phones, postcodes, dates) never match at all.  Digits
    # may go on after the magnitude (6万3千5百元: one figure).
    mag = rf"(?P<mag{k}>{_MAGS})(?P<mix{k}>(?:\d{{1,4}}(?:[千百十][余多]?万?|[余多]?万))++)?"
    tail = (
        rf"(?:\x20?{unit}"
        rf"|\x20?{mag}(?P<more{k}>{_INSIDE})?\x20?{unit}"
        rf"|\x20?{mag}(?P<more{k}>{_INSIDE})?"
        rf"|(?=\x20?{RANGE_SEPARATOR}))"
    )
    return (
        rf"(?:(?P<fd{k}>[{_CN_DIGIT}百千万](?:\x20?[{_CN_DIGIT}百千万]){{0,5}})\x20?分\x20?之\x20?"
        rf"(?P<fn{k}>{_SHARE_OF})"
        # 百分之四到五: the range shares the denominator
        rf"(?:\x20?{RANGE_SEPARATOR}\x20?(?P<fh{k}>{_SHARE_OF})(?!\x20?分))?"
        rf"|(?P<ar{k}>(?:-|{numerals.MINUS})?{AR_NUMBER})(?P<more{k}>{_INSIDE})?{tail}"
        # a Chinese numeral starts no later than its first character (十二次 is
        # not 二次); 三亿三千五百多万 has its 多 before the last magnitude; one
        # ending in 万/亿 may stand without a unit (八亿农民, 超过十亿)
        rf"|(?<![{qualifiers.NOT_BEFORE_NUMERAL}{_CN_ALL}])"
        rf"(?P<cn{k}>{numerals.MINUS}?{CN_NUMBER}(?:[{_INSIDE_CHARS}][{_SECTIONS}]{{1,2}})?)(?P<more{k}>{_INSIDE})?"
        rf"(?:\x20?{unit}|(?=\x20?{RANGE_SEPARATOR})|(?<=[{_SECTIONS}])(?![{_CN_ALL}])))"
    )


_PRE = "|".join(
    regex.escape(w) + (f"(?=[{_SECTIONS}千百])" if w in qualifiers.BARE_ONLY else "")
    for w in sorted(qualifiers.BEFORE, key=len, reverse=True)
)
# Every character a figure can start with, tested first: the engine then
# skips the other positions without entering the pattern (10 % faster).
_FIRST = "".join(sorted({*"0123456789-", numerals.MINUS, *_CN_ALL, *(w[0] for w in qualifiers.BEFORE)}))
# What may follow the first character of a Chinese numeral that starts a
# figure: more numeral, 点, 余/多/几, a space, a unit, a range separator, 分 (of
# 分之).  Tested first, it turns away 一步, 统一, 三严 and most numerals in
# words before the engine tries the branches (half of all numeral positions).
_NUMERAL_NEXT = "".join(
    sorted(
        {*_CN_ALL, numerals.POINT, *_INSIDE_CHARS, *qualifiers.INSIDE, " ", "分", "—", "-", "~", "至", "到"}
        | {u[0] for u in UNIT_ALIASES}
        | {units.SHARE_UNIT}
    )
)
# No qualifier word starts with a numeral or ends in a character the
# lookbehind refuses, so the two are alternatives: the lookbehind, tested
# first, turns away a digit inside a number at once.
_PRE_FIRST = "".join(sorted({w[0] for w in qualifiers.BEFORE}))
QUANTITY = regex.compile(
    rf"(?=[{regex.escape(_FIRST)}])"
    rf"(?:(?=[{_PRE_FIRST}])(?P<pre>{_PRE})|(?<![\d.A-Za-z{qualifiers.NOT_BEFORE_NUMBER}]))"
    # a bare magnitude (万, 亿) may stand alone; any other numeral needs a follower
    rf"(?=[\d\-{numerals.MINUS}{_SECTIONS}]|[{_CN_ALL}][{regex.escape(_NUMERAL_NEXT)}])"
    + _figure(1)
    + rf"(?:\x20?(?P<sep>{RANGE_SEPARATOR})\x20?{_figure(2)})?"
    + rf"(?P<post>{_alternation(list(qualifiers.AFTER))})?",
    regex.VERSION1,
)

# (?r): tried once, backwards from the figure, instead of at every position
# of the window before it.
CHANGE_BEFORE = regex.compile(
    rf"(?r)(?P<basis>{_alternation(list(qualifiers.CHANGE_BASES))}|比\d{{4}}年(?:底|末|同期)?)?"
    rf"(?P<verb>{_alternation(list(qualifiers.CHANGE_VERBS))})了?\Z",
    regex.VERSION1,
)
#: The last character of every change phrase: a figure after any other has no
#: change phrase before it, and the backward search is skipped.
CHANGE_LAST = frozenset({v[-1] for v in qualifiers.CHANGE_VERBS} | {"了"})
# 超计划竣工, 计划经济: words holding a target word are skipped whole.
TARGET_WORD = regex.compile(
    rf"(?:{_alternation(list(qualifiers.NOT_TARGET_WORDS))})(*SKIP)(*FAIL)|{_alternation(list(qualifiers.TARGET_WORDS))}",
    regex.VERSION1,
)
SLOGAN = regex.compile(_alternation(list(qualifiers.SLOGANS)))
NOT_AFTER = regex.compile(_alternation(list(qualifiers.NOT_AFTER)))
_YEAR = rf"(?:\d{{4}}|[{''.join(numerals.DIGITS)}]{{4}})年"
NAME_PREFIX = regex.compile(
    rf"(?:(?:到|在|至)?{_YEAR}(?:度|底|末)?|{_alternation(list(qualifiers.NAME_PREFIXES))})+"
)
# A year inside a clause ends the indicator: 外运能力将由一九八○年的…, 工资总额
# 一九八○年为…, 国内财政收入比一九七八年减少 (the name is the words before it).
NAME_TIME_CUT = regex.compile(rf"(?:将|要)?(?:由|从|比|较|到|在)?{_YEAR}")
# A clause holding one of these is a comparison or a modal phrase, no name
# (比一九八○年的, 由一九八○年的, 必须, 可以).
NOT_NAME = regex.compile(
    _alternation([*qualifiers.NOT_NAME, "到", "至", *(f"{v}到" for v in qualifiers.TO_VERBS)])
)
NAME_CUT = regex.compile(rf"(?r)(?:{_alternation(list(qualifiers.NAME_CUTS))})+")
# Between the two ends of "from A to B" (从2.5万公里增加到4.2万公里).
FROM_TO = regex.compile(
    rf"(?:{_alternation([*qualifiers.CHANGE_VERBS, *qualifiers.TO_VERBS])})?(?:到|至)"
    # 由一九八○年的六百七十五所增加到一九八二年的七百二十九所
    rf"(?:{_YEAR}(?:底|末)?的?)?",
)
# A number in a clause makes it no name: a digit that starts a number (not
# 2.5 of PM2.5, not 60 of G60) or a year in Chinese numerals (一九八○年).
DIGIT = regex.compile(rf"(?<![A-Za-z\d.])\d|[{''.join(numerals.DIGITS)}]{{4}}年")
NAME_VERB_END = regex.compile(
    rf"(?r)(?<!{'|'.join(regex.escape(w[:-1]) for w in qualifiers.NAME_NOUN_ENDINGS)})"
    rf"(?:{_alternation(list(qualifiers.NAME_VERB_ENDINGS))})\Z"
)
# 两年, 十年 (a time frame) and the words of the table are no names on their own.
NOT_NAME_WHOLE = regex.compile(
    rf"(?:[{_CN_DIGIT}]{{1,3}}年|{_alternation(list(qualifiers.NOT_NAME_WHOLE))})", regex.VERSION1
)
# 分别: the indicators of a series are the clause before it, split at 、 (or
# also at 和/及/与 when that gives one per figure).
RESPECTIVELY = regex.compile(rf"(?r){qualifiers.RESPECTIVELY}")
STRONG_CLAUSE_BREAK = regex.compile(r"(?r)[,;:。!?()\s]", regex.VERSION1)
SERIES_SPLIT = regex.compile(r"、")
SERIES_SPLIT_WIDE = regex.compile(r"、|和|及|与")
NAME_CONTINUING = regex.compile(
    rf"(?:\([^()]{{1,4}}+\))?[、,]\x20?(?:{_alternation(list(qualifiers.NAME_CONTINUING))})++", regex.VERSION1
)
NAME_AFTER_STOP = regex.compile(_alternation(list(qualifiers.NAME_AFTER_STOPS)))
NAME_AFTER_TRAILING = regex.compile(rf"(?r)(?:{_alternation(list(qualifiers.NAME_AFTER_TRAILING))})+\Z")
# … and a verb of "to" (增加到, 提高至, 降到) before the figure.
_TO_VERBS = [f"{v}{t}" for v in (*qualifiers.CHANGE_VERBS, *qualifiers.TO_VERBS) for t in ("到", "至")]
NAME_SUFFIX = regex.compile(rf"(?r)(?:{_alternation([*qualifiers.NAME_SUFFIXES, *_TO_VERBS])})+\Z")
# Where a clause (and so an indicator name) starts or ends; (?r) searches
# backwards from the figure, so only the nearest break is looked at.
_CLAUSE_BREAK = r"[,;:。!?、()“”\s]"
LAST_CLAUSE_BREAK = regex.compile(rf"(?r){_CLAUSE_BREAK}", regex.VERSION1)
SENTENCE_STOP = regex.compile(r"[。!?]")
# The words after a figure, up to a break, a number or a Chinese numeral (the
# next figure: 港口建设一百三十二个深水泊位); a short quotation may be part of
# them (116个“美丽街区”, 15个“沪派江南”风貌保护传承试点).
NAME_AFTER = regex.compile(
    r"(?:“[^”,;:。!?\d]{1,12}+”|[^,;:。!?、()“”《》\s\d一二三四五六七八九十两〇○零百千])++", regex.VERSION1
)

# Measure detection (DESIGN §5): framing openers make a paragraph, not a
# measure; 首先, and the like stand before a lead without being part of it.
FRAMING = regex.compile("|".join(f"(?:{p})" for p in measures.FRAMING_OPENERS), regex.VERSION1)
LEAD_OPENER = regex.compile(rf"(?:{_alternation(list(measures.LEAD_OPENERS))}),\s*+", regex.VERSION1)
STATEMENT = regex.compile("|".join(f"(?:{p})" for p in measures.STATEMENT_LEADS), regex.VERSION1)
# a list announced: the word for its items after 以下, before 如下 or a colon
_ITEMS = _alternation(list(measures.LIST_ITEMS))
LIST_OPENER = regex.compile(
    rf"以下[^。!?;:,]{{0,6}}?(?P<what>{_ITEMS})|(?P<what>{_ITEMS})(?:[^。!?;:,]{{0,4}}?如下|:\Z)",
    regex.VERSION1,
)
OBLIGATION = regex.compile("|".join(f"(?:{p})" for p in measures.OBLIGATIONS), regex.VERSION1)
# an endnote: [1]一降三减:
NOTE = regex.compile(r"\[\d{1,3}\]")
