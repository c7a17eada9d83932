"""The one place that turns the data tables into compiled ``regex`` patterns.

Every pattern here runs on text that has been folded by
:func:`govreport._text.fold` (full-width ASCII → ASCII, U+3000/NBSP → space),
which keeps offsets unchanged.  Patterns are anchored and bounded so that
none can backtrack catastrophically: unbounded repeats are possessive or
stand alone.
"""

from __future__ import annotations

import functools

import regex

from govreport._tables import boilerplate, markers, measures, metadata, numerals, qualifiers, targets, units

#: The ``concurrent`` argument of every pattern call in the parser, given by
#: position (``PATTERN.search(text, pos, endpos, HOLD_GIL)``).  Unless told
#: not to, the engine lets go of the GIL before each match and takes it back
#: after, about a third of the cost of a call on a clause or a line, and the
#: parser makes tens of thousands of such calls per megabyte; parsing is
#: Python code that holds the GIL anyway.  (As a keyword it costs more than
#: it saves.)
HOLD_GIL = False

#: Words by their characters; the key "" marks a word's end.
_Trie = dict[str, "_Trie"]


def _alternation(words: tuple[str, ...] | list[str], *, backward: bool = False) -> str:
    """Literal alternation that prefers the longest word, so 自治区 wins over 区.

    The engine tries a group's branches one after the other, so the words
    are factored by their beginnings (万元|万吨|亿元 → 万(?:元|吨)|亿元) and the
    last characters of a branch set as one class: a unit after a figure is
    found in a few tests instead of a test per unit.  The matches and the order
    they are tried in stay those of the words sorted longest first (two words
    that match at one position are one the other's beginning, and the longer
    is tried first).  A pattern read ``backward`` ((?r), lookbehinds) has its
    words listed, longest first: factored by their beginnings, it would try a
    shorter word first.
    """
    ordered = sorted(words, key=len, reverse=True)
    if backward:
        return "|".join(map(regex.escape, ordered))
    trie: _Trie = {}
    for word in ordered:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: _Trie) -> str:
    """The pattern of one node of :func:`_alternation`'s trie."""
    after = {ch: rest for ch, rest in node.items() if ch}
    last = [ch for ch, rest in after.items() if rest == {"": {}}]
    last = last if len(last) > 1 else []
    branches = [f"[{''.join(map(regex.escape, last))}]"] if last else []
    branches += [regex.escape(ch) + _branches(rest) for ch, rest in after.items() if ch not in last]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends else "")


# A heading marker at the current position: one named group per table row
# (r0, r1, …) so ``lastgroup`` tells the row, and the row's ordinal group
# renamed n0, n1, … so that each name is unique.
HEADING_ROWS = markers.HEADING_MARKERS
_HEADING_BRANCHES = tuple(
    f"(?P<r{i}>{pattern.replace('(?P<n>', f'(?P<n{i}>')})" for i, (_, pattern, _) in enumerate(HEADING_ROWS)
)
HEADING = regex.compile("|".join(_HEADING_BRANCHES), regex.VERSION1)
#: Characters a heading marker can start with (a cheap first test per line).
HEADING_FIRST = frozenset("0123456789一二三四五六七八九十(第—─-") | {
    chr(c) for c in (*range(0x2460, 0x2474), *range(0x2474, 0x2488), *range(0x3220, 0x322A))
}


def _heading_by_first() -> dict[str, regex.Pattern[str]]:
    """``HEADING`` cut down, for each character of ``HEADING_FIRST``, to the
    rows that can start with it (each row asked for a partial match of the
    character), in their order: the same matches, with the same group names,
    at two thirds of the cost (the engine sets up every group of a pattern
    for each call, and ``HEADING`` has 26)."""
    rows = [regex.compile(branch, regex.VERSION1) for branch in _HEADING_BRANCHES]
    by_rows: dict[tuple[int, ...], regex.Pattern[str]] = {}
    table = {}
    for ch in sorted(HEADING_FIRST):
        can = tuple(i for i, row in enumerate(rows) if row.match(ch, partial=True))
        if not can:
            continue
        if can not in by_rows:
            pattern = by_rows[can] = regex.compile(
                "|".join(_HEADING_BRANCHES[i] for i in can), regex.VERSION1
            )
            # (a row's ordinal group comes right after the row's own: read by number)
            assert all(pattern.groupindex[f"n{i}"] == pattern.groupindex[f"r{i}"] + 1 for i in can)
        table[ch] = by_rows[can]
    return table


#: ``HEADING`` for a line starting with a given character.
HEADING_BY_FIRST = _heading_by_first()

BRACKET_TITLE = regex.compile(markers.BRACKET_TITLE + r"\Z", regex.VERSION1)
# A Markdown heading prefix (## ): what follows is a heading in any case, so
# that a report rendered to Markdown parses back to the same outline.
# Callers test ``startswith("#")`` first: hardly a line is one, and the test
# costs a small part of a regex call.
MD_HEADING = regex.compile(r"#{1,6}\x20++")

# An enumeration (一是 / 第一,) opening a paragraph, or inside one after a
# sentence or clause break.
ENUM_START = regex.compile(rf"(?:{markers.ENUM_SHI}|{markers.ENUM_DI})", regex.VERSION1)
#: What ``ENUM_START`` can start with: a paragraph that opens otherwise is
#: told apart without a regex call (it is asked several times per paragraph).
ENUM_FIRST = frozenset("第" + markers.ENUM_ORDINAL[1 : markers.ENUM_ORDINAL.index("]")])
# An enumeration inside a paragraph (…;二是…, …。第三,…), one pattern per
# family: each opens with what it must hold (是, 第) and checks the
# punctuation before it with a lookbehind after it, so the engine looks for the
# word at C speed; a pattern opening with the lookbehind is tried at every
# position of every paragraph (25 times the instructions).
INLINE_ENUM_SHI = regex.compile(
    rf"{markers.ENUM_SHI}(?<={markers.ENUM_BEFORE}\s*+{markers.ENUM_ORDINAL}是)", regex.VERSION1
)
INLINE_ENUM_DI = regex.compile(
    rf"{markers.ENUM_DI}(?<={markers.ENUM_BEFORE}\s*+第{markers.ENUM_ORDINAL})", regex.VERSION1
)

ATTACHMENT = regex.compile(markers.ATTACHMENT + r"\Z", regex.VERSION1)

BOILERPLATE = regex.compile("|".join(f"(?:{p})" for p, _ in boilerplate.BOILERPLATE_LINES), regex.VERSION1)
#: The characters a line ``BOILERPLATE`` matches can start with, unless it
#: starts with a space, or is at most ``BOILERPLATE_SHORT`` long and holds a
#: word of ``BOILERPLATE_INNER``: the pattern runs on the lines that pass this
#: test only (read from the pattern's own table: they cannot drift apart).
BOILERPLATE_FIRSTS = frozenset("".join(firsts for _, firsts in boilerplate.BOILERPLATE_LINES))
BOILERPLATE_SHORT = boilerplate.BOILERPLATE_SHORT
BOILERPLATE_INNER = boilerplate.BOILERPLATE_INNER
BUTTON = regex.compile(
    rf"[【\[]?\s*+(?:{_alternation(boilerplate.BUTTON_WORDS)})?\s*+[:>]?\s*+[】\]]?", regex.VERSION1
)
FOOTER_START = regex.compile("|".join(f"(?:{p})" for p in boilerplate.FOOTER_STARTS), regex.VERSION1)
#: Lines of zero-width or invisible characters only are blank.
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

# --- JSON ---------------------------------------------------------------------

# a decimal as str(Decimal) writes it (-1.5, 68559000000, 1.2E+3): finite, no
# spaces, underscores or NaN, an exponent of at most four digits (1e999999999
# took the decimal module minutes to print)
STRICT_DECIMAL = regex.compile(r"-?+[0-9]{1,60}+(?:\.[0-9]{1,60}+)?+(?:[eE][+-]?+[0-9]{1,4}+)?+")
STRICT_DATE = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# in JSON text: \ud800\udfff escaped one after the other, which a JSON reader
# joins into one character; the backslashes before it must be an even run
ESCAPED_PAIR = regex.compile(
    r"(?<!\\)((?:\\\\)*+\\u[dD][89abAB][0-9a-fA-F]{2})(?=\\u[dD][c-fC-F][0-9a-fA-F]{2})"
)
# a high surrogate and the mark from_json put after it
MARKED_HIGH = regex.compile("([\ud800-\udbff])\ufdd0")

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

# Line breaks written out as the two characters \r\n or \n, as a dataset
# export writes them (a county-report spreadsheet's rows are one physical
# line each); \r\r\n counts once.
ESCAPED_BREAK = regex.compile(r"(?:\\r)*+\\n|\\r")

# What scraped text writes for a space: an HTML entity left unresolved
# (&nbsp; &nbsp; （一）… of a dataset row), the literal escape <U+00A0>, and
# the ???? an encoding round trip leaves where non-breaking spaces were (a
# county site's 来源:政府官网????\t阅读:, 市长?? 张壮田).  Read as spaces of
# the same length, so offsets stay those of the text.  &amp; &lt; &gt; stand
# for one character: the rest of the entity reads as spaces.
SPACE_STAND_IN = regex.compile(r"&(?:(?P<space>nbsp|ensp|emsp|#160|#xa0)|amp|lt|gt|quot);|<U\+00A0>|\?{2,}+")

# --- metadata ---------------------------------------------------------------

#: Where a labelled header value ends: 【, or two spaces and more.
VALUE_END = regex.compile(r"【|\x20{2}")

ISO_DATE = r"(?P<y>\d{4})\s*+-\s*+(?P<m>\d{1,2})\s*+-\s*+(?P<d>\d{1,2})"
CN_DATE = r"(?P<y>\d{4})\s*+年\s*+(?P<m>\d{1,2})\s*+月\s*+(?P<d>\d{1,2})\s*+日"
# 二〇二六年一月二十七日 (a Gansu report's meeting line)
HANZI_DATE = r"(?P<hy>[〇○零一二三四五六七八九]{4})年(?P<hm>[一二三四五六七八九十]{1,2})月(?P<hd>[一二三四五六七八九十]{1,3})日"
# 发布时间:2020/1/8 11:20:49, a county site's stamp
SLASH_DATE = r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"
ANY_DATE = regex.compile(f"{ISO_DATE}|{CN_DATE}|{SLASH_DATE}", regex.VERSION1)
#: A column's tag before a headline: 【聚焦两会】高阳县第十八届人民代表大会…
COLUMN_TAG = regex.compile(r"【[^】]{1,8}+】(?=\S)")
# a page's time stamp: 2026年02月10日 07时41分, 2026-02-03 09:02:33
PAGE_DATE = regex.compile(
    rf"(?:{ISO_DATE}|{CN_DATE})(?:\s*+\d{{1,2}}\s*+[:时]\s*+\d{{1,2}}(?:\s*+[:分]\s*+\d{{1,2}})?\s*+[分秒]?)?",
    regex.VERSION1,
)
# 2005年2月26日 alone under a speech's title: written out, no clock time
SPEECH_DATE = regex.compile(CN_DATE, regex.VERSION1)
# （2017年10月18日） under a title
PAREN_DATE = regex.compile(rf"\(\s*+(?:{CN_DATE}|{HANZI_DATE})\s*+\)", regex.VERSION1)

LABELLED_FIELD = regex.compile(
    r"(?P<label>来源URL|原文链接|(?:发布|发文)?时间|日期|信息来源|稿件来源|来源|标题|发文单位|发布机构|报告人|正文)\s*+:\s*+"
)

TITLE_DATE = regex.compile(rf"(?r)\s*+\(\s*+(?:{ISO_DATE})\s*+\)\Z", regex.VERSION1)

MEETING_LINE = regex.compile(
    # ----2012年2月29日在… (a Hailar report), (2021年2月5日在…会议上) in brackets
    # a county row of a dataset: 在保定市徐水区…会议上 with no date, or
    # 2019年1月29日保定市徐水区第二届人民代表大会第三次会议 with no 在…上
    rf"(?:——|──|-{{2,4}}+|―+|—)?\s*+\(?\s*+(?:(?:{CN_DATE}|{HANZI_DATE})\s*+)?"
    rf"(?:在(?P<meeting>[^()]+?)上(?:的(?:讲话|报告|发言))?|(?<=日)(?P<meeting>[^()在]{{4,60}}?会议))\s*+\)?\Z",
    regex.VERSION1,
)
# a news headline opening with the session it reports on: 高阳县第十八届人民
# 代表大会第三次会议隆重开幕
HEADLINE_MEETING = regex.compile(
    r"(?P<meeting>[^\P{Han}第届的在]{2,12}?第[一二三四五六七八九十]{1,3}届人民代表大会"
    r"第[一二三四五六七八九十]{1,3}次会议)"
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
# 易县人民政府县长刘杰: post and name with no space between, only after 政府
# (a title 湖北省长江经济带… must not read as 湖北省长 江经济)
SPEAKER_GLUED = regex.compile(
    rf"(?P<post>\p{{Han}}{{0,16}}?政府(?:{_alternation(list(metadata.POSTS))}))(?P<name>\p{{Han}}{{2,3}})\Z",
    regex.VERSION1,
)
POST_LINE = regex.compile(rf"(?P<post>{_POST})\Z", regex.VERSION1)
NAME_LINE = regex.compile(rf"(?P<name>{_NAME})\Z", regex.VERSION1)

SALUTATION = regex.compile(metadata.SALUTATION + r"\Z", regex.VERSION1)
# 各位代表：现在，我代表… (the salutation run on into the first sentence)
SALUTATION_OPENING = regex.compile(metadata.SALUTATION, regex.VERSION1)
# a post in a sentence: at most 8 characters before it (国务院总理, 代县长)
_SENTENCE_POST = rf"\p{{Han}}{{0,8}}?(?:{_alternation(list(metadata.POSTS))})"
#: The sentence that reports the speech (省长王正谱在…会议上作政府工作报告),
#: at the start of a line or a clause.
REPORT_SENTENCE = regex.compile(
    r"(?:^|(?<=[,。;:!?、\x20]))"
    + metadata.REPORT_SENTENCE.format(post=_SENTENCE_POST, name=r"\p{Han}{2,3}?|\p{Han}{2,6}·\p{Han}{2,8}"),
    regex.VERSION1,
)
DATELINE = regex.compile(metadata.DATELINE, regex.VERSION1)
PAPER_DATELINE = regex.compile(metadata.PAPER_DATELINE, regex.VERSION1)
# 各位代表!让我们…: a closing address, not the lead of a measure
ADDRESS = regex.compile(metadata.SALUTATION_WORDS)
#: The words ``ADDRESS`` matches, for ``str.startswith``: one test per
#: paragraph without a regex call.
ADDRESS_WORDS = tuple(metadata.SALUTATION_WORDS.removeprefix("(?:").removesuffix(")").split("|"))
AUTHOR_LINE = regex.compile(metadata.AUTHOR_LINE + r"\Z", regex.VERSION1)
# seed 001 closes with (陆伟杰): an author credit, not text
TRAILING_AUTHOR = regex.compile(r"\((?P<names>\p{Han}{2,4}(?:[\s、,]\p{Han}{2,4}){0,4})\)\Z", regex.VERSION1)
NAME = regex.compile(r"\p{Han}{2,4}")
#: One Chinese character: a title has one at least (a lone 2 is a page number).
HAN = regex.compile(r"\p{Han}", regex.VERSION1)

CONTACT = regex.compile(
    rf"(?P<label>{_alternation(list(metadata.CONTACT_LABELS))})\s*+:\s*+(?P<value>\S.*)\Z",
    regex.VERSION1,
)

# Anchored at the start of a title, meeting or source: a region leads them.
_REGION_NAME = rf"[^\P{{Han}}{metadata.REGION_STOP_CHARS}]{{2,5}}?"
REGION = regex.compile(
    r"(?:\d{4}\s*+年度?)?"
    rf"(?:{_alternation(list(metadata.REGION_PREFIXES))})?"
    # possessive: 自治州中共自治州… retried every split of the names (a name
    # may end in a suffix character) when nothing followed
    # (``unit``: the last, innermost one of 保定市满城区 is the report's region)
    # (a county of one character: 易县, 蠡县; not 全县, 本县)
    rf"(?P<region>(?P<unit>{_REGION_NAME}(?:{_alternation(list(metadata.REGION_SUFFIXES))})"
    rf"|[^\P{{Han}}{metadata.REGION_STOP_CHARS}{metadata.NOT_A_COUNTY}]县)++)",
    regex.VERSION1,
)
#: Where the speech names the government it speaks for: 我代表易县人民政府,
#: 向大会报告工作 (the region follows).
SPEAKS_FOR = regex.compile(r"我代表")

KIND_BY_TITLE = tuple((regex.compile(p, regex.VERSION1), k) for p, k in metadata.KIND_BY_TITLE)
KIND_BY_SPEECH = tuple((regex.compile(p, regex.VERSION1), k) for p, k in metadata.KIND_BY_SPEECH)
KIND_BY_SOURCE = tuple((regex.compile(p, regex.VERSION1), k) for p, k in metadata.KIND_BY_SOURCE)

TITLE_YEAR = regex.compile(r"(?P<y>(?:19|20)\d\d)\s*+年(?!\s*+\d{1,2}\s*+月)")
BODY_YEAR = regex.compile(
    # 一、2020年和“十三五”工作回顾
    r"(?:#{1,6}\x20+)?(?:[一二三四五六七八九十]{1,3}、\s*+)?(?P<y>(?:19|20)\d\d)\s*+年(?:[^。,;]{0,12}?工作回顾|,)"
)
#: The year under review where a report's body opens: ``BODY_YEAR``, or a part
#: title with a lead before its colon (站在新起点:2012年工作回顾), or a
#: sentence saying what the year was (2011年是“十二五”的开局之年, ``is``).
REVIEW_OPENING = regex.compile(
    r"(?:#{1,6}\x20+)?(?:[一二三四五六七八九十]{1,3}、\s*+|[^。,;:]{2,10}:\s*+)?"
    r"(?P<y>(?:19|20)\d\d)\s*+年(?:[^。,;]{0,12}?工作回顾|,|(?P<is>是))"
)
#: A part title naming the year planned for: 二、2024年政府工作安排 /
#: 2005年主要任务 / 二、2018年目标任务和重点工作 (a work report's plan is
#: for the year it is delivered in).
PLAN_YEAR = regex.compile(
    r"(?:[一二三四五六七八九十]{1,3}、\s*+)?(?P<y>(?:19|20)\d\d)\s*+年\s*+(?:的\s*+)?(?:政府)?"
    r"(?:工作安排|主要任务|目标任务|工作任务|重点工作|工作总体要求|总体要求|主要工作)[^。;,]{0,12}"
)
#: The speaker speaks for the government (在此,我代表县政府,向全县干部群众…
#: 表示感谢): with a year reviewed and a year planned, a work report.
FOR_GOVERNMENT = regex.compile(r"我代表[^。!?;,]{0,16}?政府,?\s*+向")
#: The year under review named as the year just past: 刚刚过去的2020年是极不
#: 平凡的一年 (a city report's fourth page), 刚刚过去的 2016 年,….
PAST_YEAR = regex.compile(
    r"过去的\s*+(?P<y>(?:19|20)\d\d)\s*+年"
    # a digest: 报告指出,2023年,面对严峻复杂的外部形势…
    r"|报告(?:指出|说)\s*+,\s*+(?P<y>(?:19|20)\d\d)\s*+年\s*+,"
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
# Old scans and some web pages space every character (一 百 五 十 个 百 分 点,
# 六 点 五 成): one space may stand between the characters of a numeral.
_POINT = f"[{numerals.POINTS}]"
# (the space is tried only after the common case fails)
_CN_NEXT = rf"[{_CN_ALL}]|{_POINT}\x20?+(?=[{_CN_DIGIT}])"
CN_NUMBER = rf"[{_CN_ALL}](?:{_CN_NEXT}|\x20(?:{_CN_NEXT})){{0,15}}"
# The numerator of a share: 百分之一百零五, 百分之三点五, 百分之1,200, 百分之百.
_SHARE_OF = (
    rf"[{_CN_DIGIT}](?:{_CN_NEXT}|\x20(?:{_CN_NEXT})){{0,11}}"
    rf"|百(?![分千万亿])|{AR_NUMBER}"
)
# The denominator: 百分之, 千分之, 仟分之 (financial), 万万分之 (an old 亿).
_SHARE_BASE = rf"[{_CN_DIGIT}百千万佰仟萬]"
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
# 半成: half of a tenth, 5% (not 半成品).
_HALF_SHARE = rf"半(?=\x20?{units.SHARE_UNIT}(?![品员本熟就型]))"


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
    # …or a last group of plain digits (3万4000元: 34000 yuan, one figure).
    mag = (
        rf"(?P<mag{k}>{_MAGS})(?P<mix{k}>(?:\d{{1,4}}(?:[千百十][余多]?万?|[余多]?万))++"
        rf"|\d{{1,4}}+(?![\d.]|\x20?年))?"
    )
    tail = (
        rf"(?:\x20?{unit}"
        rf"|\x20?{mag}(?P<more{k}>{_INSIDE})?\x20?{unit}"
        rf"|\x20?{mag}(?P<more{k}>{_INSIDE})?"
        rf"|(?=\x20?{RANGE_SEPARATOR}))"
    )
    return (
        rf"(?:(?P<fd{k}>{_SHARE_BASE}(?:\x20?{_SHARE_BASE}){{0,5}})\x20?分\x20?之\x20?"
        rf"(?P<fn{k}>{_SHARE_OF})"
        # 百分之四到五: the range shares the denominator
        rf"(?:\x20?{RANGE_SEPARATOR}\x20?(?P<fh{k}>{_SHARE_OF})(?!\x20?分))?"
        rf"|(?P<ar{k}>(?:-|{numerals.MINUS})?{AR_NUMBER})(?P<more{k}>{_INSIDE})?{tail}"
        # a Chinese numeral starts no later than its first character (十二次 is
        # not 二次); 三亿三千五百多万 has its 多 before the last magnitude; one
        # ending in 万/亿 may stand without a unit (八亿农民, 超过十亿)
        rf"|(?<![{qualifiers.NOT_BEFORE_NUMERAL}{_CN_ALL}])"
        rf"(?P<cn{k}>{numerals.MINUS}?{CN_NUMBER}(?:[{_INSIDE_CHARS}][{_SECTIONS}]{{1,2}})?|{_HALF_SHARE})"
        rf"(?P<more{k}>{_INSIDE})?"
        rf"(?:\x20?{unit}|(?=\x20?{RANGE_SEPARATOR})|(?<=[{_SECTIONS}])(?![{_CN_ALL}])))"
    )


_PRE = "|".join(
    regex.escape(w) + (f"(?=[{_SECTIONS}千百])" if w in qualifiers.BARE_ONLY else "")
    for w in sorted(qualifiers.BEFORE, key=len, reverse=True)
)
# A scan that starts only where a character has a numeric value (every digit
# and numeral, and a few rare others: 参, 京, Ⅱ) lets the engine skip the other
# positions in its fastest loop, one table look-up per character; a set of that
# property and any other character is tested member by member and costs twice
# as much.  So the words and signs that stand before a number are read
# backwards from it (a qualifier: 约, 超过; a sign: in ``_quantities``), and the
# three characters that start a figure without a numeric value (○ and Ｏ, old
# scans' zeros, and 半 of 半成) are looked for only in the stretches that hold
# them, by :func:`quantity_rare`.
_NUMERIC = r"\P{Numeric_Type=None}"
RARE_FIRST = "".join(sorted(ch for ch in {*_CN_ALL, "半"} if not regex.match(rf"[{_NUMERIC}]", ch)))
#: What a stretch holds when :func:`quantity_rare` is needed: 半 (common in 上半年)
#: starts a figure only before 成.
RARE_WORDS = (*sorted({*RARE_FIRST} - {"半"}), f"半{units.SHARE_UNIT}", f"半 {units.SHARE_UNIT}")
# What may follow the first character of a Chinese numeral that starts a
# figure: more numeral, 点, 余/多/几, a space, a unit, a range separator, 分 (of
# 分之).  Tested first, it turns away 一步, 统一, 三严 and most numerals in
# words before the engine tries the branches (half of all numeral positions).
_NUMERAL_NEXT = "".join(
    sorted(
        {*_CN_ALL, *numerals.POINTS, *_INSIDE_CHARS, *qualifiers.INSIDE, " ", "分", "—", "-", "~", "至", "到"}
        | {u[0] for u in UNIT_ALIASES}
        | {units.SHARE_UNIT}
    )
)
# No qualifier word holds a numeral or ends in a character the negative
# lookbehind refuses, so the two are alternatives; the qualifier's last
# character is tested before the words are.
_PRE_LAST = "".join(sorted({w[-1] for w in qualifiers.BEFORE}))
# What may not stand right before a figure that no qualifier opens (2020-2025: no sign).
_NOT_BEFORE_FIGURE = rf"[\d.A-Za-z{qualifiers.NOT_BEFORE_NUMBER}]"
_QUANTITY_BODY = (
    rf"(?:(?<=[{_PRE_LAST}])(?<=(?P<pre>{_PRE}))|(?<!{_NOT_BEFORE_FIGURE}))"
    # a bare magnitude (万, 亿) may stand alone; any other numeral needs a follower
    rf"(?=[\d{_SECTIONS}]|[{_CN_ALL}][{regex.escape(_NUMERAL_NEXT)}]|半\x20?{units.SHARE_UNIT})"
    + _figure(1)
    + rf"(?:\x20?(?P<sep>{RANGE_SEPARATOR})\x20?{_figure(2)})?"
    + rf"(?P<post>{_alternation(list(qualifiers.AFTER))})?"
)
#: Every figure: a match starts at its number, the qualifier before it is the
#: group ``pre`` (outside the match) and a sign is left to the caller.
QUANTITY = regex.compile(rf"(?={_NUMERIC})" + _QUANTITY_BODY, regex.VERSION1)


@functools.cache
def quantity_rare() -> regex.Pattern[str]:
    """``QUANTITY`` that may also start at a character of ``RARE_FIRST``,
    compiled on first use: few texts need it, and compiling it costs as much
    as a tenth of the package's import."""
    return regex.compile(rf"(?=[{_NUMERIC}{RARE_FIRST}])" + _QUANTITY_BODY, regex.VERSION1)


#: A qualifier ending where a sign begins (约-5%), read backwards, and what
#: refuses a sign before a number (2020-2025) or before a numeral (十负五).
PRE_BEFORE = regex.compile(rf"(?r)(?:{_PRE})\Z", regex.VERSION1)
PRE_LONGEST = max(map(len, qualifiers.BEFORE))
NOT_BEFORE_SIGN = regex.compile(_NOT_BEFORE_FIGURE)
NOT_BEFORE_SIGNED_NUMERAL = frozenset(qualifiers.NOT_BEFORE_NUMERAL + _CN_ALL)

# (?r): tried once, backwards from the figure, instead of at every position
# of the window before it.
CHANGE_BEFORE = regex.compile(
    rf"(?r)(?P<basis>{_alternation(list(qualifiers.CHANGE_BASES), backward=True)}|比\d{{4}}年(?:底|末|同期)?)?"
    rf"(?P<verb>{_alternation(list(qualifiers.CHANGE_VERBS), backward=True)})了?\Z",
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
#: Words one of which every match of ``TARGET_WORD`` holds (the target words
#: that hold no other: 目标 for 预期目标): a stretch with none has no target word.
TARGET_WORD_CORES = tuple(
    w for w in qualifiers.TARGET_WORDS if not any(v != w and v in w for v in qualifiers.TARGET_WORDS)
)
NOT_AFTER = regex.compile(_alternation(list(qualifiers.NOT_AFTER)))
_YEAR = rf"(?:\d{{4}}|[{''.join(numerals.DIGITS)}]{{4}})年"
# … and a time frame (五年内, 十年来, 多年累计, 这两年): the indicator follows it.
_TIME_FRAME = (
    r"(?:这|近)?[一二三四五六七八九十两多几]{1,2}年(?:内|来|以来)|这[一二三四五六七八九十两几]年|多年(?=累计)"
)
NAME_PREFIX = regex.compile(
    rf"(?:(?:到|在|至)?{_YEAR}(?:度|底|末)?的?|{_TIME_FRAME}|{_alternation(list(qualifiers.NAME_PREFIXES))})+"
)
#: The characters ``NAME_PREFIX`` can start with, but the decimal digits of
#: ``\d`` (str.isdecimal, and beyond the BMP): a clause opening with another
#: has no prefix.
NAME_PREFIX_FIRST = (
    "到在至这近"
    + "".join(numerals.DIGITS)
    + "一二三四五六七八九十两多几"
    + "".join(w[0] for w in qualifiers.NAME_PREFIXES)
)
# A verb opening a count's clause (引进海外高层次人才): the noun after it is the
# name; not 增加值, 建成区.
_LEAD_VERBS = _alternation(list(qualifiers.NAME_LEAD_VERBS))
NAME_LEAD_VERB = regex.compile(rf"(?:{_LEAD_VERBS})(?:[和及、]?(?:{_LEAD_VERBS})){{0,2}}(?![值区和及与、])")
# … or inside it, after its agent or manner (美术馆举办文化展览1565场, 分两期投放
# 政策性开发性金融工具7400亿元, 提请全国人大常委会审议法律议案50件): the last one.
NAME_INNER_VERB = regex.compile(
    # not one modifying a noun (许可和认定事项), before a time or place (建成后增加的年产能力,
    # 扩大到全国), before another verb (建成投产, 建成通车, 改造开工) or a numeral
    rf"(?r)(?<![和及与或从、])(?:{_alternation(list(qualifiers.NAME_LEAD_VERBS), backward=True)})(?![值区和及与或、的了为等到至后前投通开实受{_CN_DIGIT}这那])",
    regex.VERSION1,
)
# … unless what follows it is a generic head that the verb qualifies (学校改扩建项目,
# 改扩建面积, 农村户厕改造任务, 能力提升工程): then the clause is the name whole.
NAME_GENERIC_HEAD = regex.compile(_alternation(list(qualifiers.NAME_GENERIC_HEADS)))
# A year inside a clause ends the indicator: 外运能力将由一九八○年的…, 工资总额
# 一九八○年为…, 国内财政收入比一九七八年减少 (the name is the words before it).
# … and 起征点从月销售额3万元提高到15万元, 案件从今年一月到九月: the indicator is before 从,
# the words after it say what the figure is counted by or over.
NAME_TIME_CUT = regex.compile(
    rf"(?:将|要)?(?:由|从|比|较|到|在)?{_YEAR}|从(?![业事严无而中来根未不])(?=[^,;:。!?、\s]{{1,8}}+\Z)",
    regex.VERSION1,
)
# A clause holding one of these is a comparison or a modal phrase, no name
# (比一九八○年的, 由一九八○年的, 必须, 可以).
_NOT_NAME_WORDS = [*qualifiers.NOT_NAME, "到", "至", *(f"{v}到" for v in qualifiers.TO_VERBS)]
NOT_NAME = regex.compile(_alternation(_NOT_NAME_WORDS))
#: The characters ``NOT_NAME`` can start with.
NOT_NAME_FIRST = "".join(sorted({w[0] for w in _NOT_NAME_WORDS}))
# (把 of 六五计划把这个比例提高到, not of 把握)
NAME_CUT = regex.compile(
    rf"(?r)(?:{_alternation(list(qualifiers.NAME_CUTS), backward=True)}|把(?![握关手]))+"
)
# Between the two ends of "from A to B" (从2.5万公里增加到4.2万公里, 从796元/月提高至842元).
FROM_TO = regex.compile(
    rf"(?:/\p{{Han}}{{1,2}})?(?:{_alternation([*qualifiers.CHANGE_VERBS, *qualifiers.TO_VERBS])})?(?:到|至)"
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
# (sets, not a pattern: asked of every name, a set look-up costs a tenth of a regex call)
NOT_NAME_WHOLE = frozenset(qualifiers.NOT_NAME_WHOLE)
NUMERAL_DIGITS = frozenset(_CN_DIGIT)
# 分别: the indicators of a series are the clause before it, split at 、 (or
# also at 和/及/与 when that gives one per figure).
RESPECTIVELY = regex.compile(rf"(?r){qualifiers.RESPECTIVELY}")
STRONG_CLAUSE_BREAK = regex.compile(r"(?r)[,;:。!?()\s]", regex.VERSION1)
SERIES_SPLIT = regex.compile(r"、")
QUOTE_MARK = regex.compile(r"[“”\"]")
# The head noun of an indicator that a list may share (城镇和农村居民人均可支配收入);
# (?r): the longest one that ends the last item.
SHARED_HEAD = regex.compile(rf"(?r)(?:{_alternation(list(qualifiers.SHARED_HEADS), backward=True)})\Z")
SERIES_SPLIT_WIDE = regex.compile(r"、|和|及|与")
NAME_CONTINUING = regex.compile(
    rf"(?:\([^()]{{1,4}}+\))?[、,]\x20?(?:{_alternation(list(qualifiers.NAME_CONTINUING))})++", regex.VERSION1
)
# What may stand between an amount and the change phrase after it for the
# change to be the amount's: a comma or 、 and a comparison without a verb
# (1.37万亿斤,比上年增加74亿斤; 五百六十亿元,即比一九五二年增长百分之五十).
CHANGE_GAP = regex.compile(
    r"[,、\x20]{0,3}+(?:即|又|也|还|仍)?(?P<basis>(?:比|较)[^\s,;:。!?、比较]{1,12}?)?(?:大约|约|仍|又|将|也|还)?",
    regex.VERSION1,
)
# A comparison or a ratio inside a clause: the indicator is the subject
# before it (转移支付资金比五年前增长, 这方面的投资占总投资的, 税收收入完成
# 预算数的, 增速高于全国), never the base or the verb.
NAME_RATIO = regex.compile(
    # (the first characters, tested first, let the engine skip the other positions)
    r"(?=[比较占相高低快慢完达为是])(?:(?<![占之评对类无排])(?:比|较)(?![重例率较为快大好高低多少])|占(?!比|地|用|有)|相当于|(?:高|低|快|慢)于"
    r"|(?:完成|达到|为|是)[^,;:。!?、\s]{1,10}+(?<=的)\Z)",
    regex.VERSION1,
)
# … unless the clause names the ratio itself (网上零售额占社会消费品零售总额的比重).
RATIO_NAME_END = ("比重", "比例", "份额", "占比")
# A name with a figure inside (5G基站, 世界500强企业): the figure is part of a word.
NAME_DIGIT_WORD = regex.compile(r"(?<!\d)\d++(?:G|强|A级|A)")
# … and a clause that is only a comparison or a ratio with no subject of its
# own (增长6%,高于全国1.2个百分点): the figure before's indicator.
NAME_RATIO_CONTINUING = regex.compile(
    r"[,、]\x20?(?:比|较|占|相当于|(?:高|低|快|慢)于|是|为)[^,;:。!?、\s\d]{0,12}+", regex.VERSION1
)
# … and a change whose clause holds only a time frame or an adverb (,五年年均增长,
# ,平均每年递增, ,十年增加近): the change of the figure before's indicator.
CHANGE_CONTINUING = regex.compile(r"[,、]\x20?[^,;:。!?、\s\d]{0,8}+", regex.VERSION1)
# … and a clause of a year and a verb only (工资总额一九八○年为七百七十三亿元,
# 一九八五年将达到九百八十三亿元): the same indicator in another year.
NAME_YEAR_CONTINUING = regex.compile(
    rf"[,、]\x20?(?:到|至|在)?{_YEAR}(?:度|底|末)?(?:将|要|预计|可以|可|已)?"
    rf"(?:{_alternation(list(qualifiers.NAME_CONTINUING))}|为|是)?+",
    regex.VERSION1,
)
# A change whose clause has no subject: a comparison only (比第五个五年计划期间增加)
# or nothing before its verb (…(不包括农村队办企业),增加近一倍).
CHANGE_NO_SUBJECT = regex.compile(r"(?:比|较|同)[^,;:。!?、\s]{0,16}+|", regex.VERSION1)
# A clause that, once its opening years and words (NAME_PREFIX) are cut, has
# no subject of its own: adverbs and a time frame (实际, 预计可以, 两年平均每年), then
# a copula or a comparison (为, 达到, 比一九八一年, 由一九八○年的) or nothing; its
# figure measures the subject of the clause before (工农业总产值的增长速度,一九八一年
# 计划为百分之三点七) or the figure before's indicator.
SUBJECT_LESS = regex.compile(
    rf"(?:{_alternation(list(qualifiers.SUBJECT_LESS_ADVERBS))}|[一二三四五六七八九十两]{{1,2}}年)*+"
    rf"(?:(?:比|较|同)[^,;:。!?、\s\d]{{0,16}}+|(?:由|从){_YEAR}的?|{_alternation(list(qualifiers.SUBJECT_LESS_VERBS))})?+",
    regex.VERSION1,
)
NAME_AFTER_STOP = regex.compile(_alternation(list(qualifiers.NAME_AFTER_STOPS)))
NAME_AFTER_TRAILING = regex.compile(
    rf"(?r)(?:{_alternation(list(qualifiers.NAME_AFTER_TRAILING), backward=True)})+\Z"
)
# … and a verb of "to" (增加到, 提高至, 降到) before the figure.
_TO_VERBS = [f"{v}{t}" for v in (*qualifiers.CHANGE_VERBS, *qualifiers.TO_VERBS) for t in ("到", "至")]
# (a time frame too: 全国财政收入十年接近翻一番)
NAME_SUFFIX = regex.compile(
    rf"(?r)(?:{_alternation([*qualifiers.NAME_SUFFIXES, *_TO_VERBS], backward=True)}|(?<![{_CN_DIGIT}\d今明近这那前后每])[一二三四五六七八九十两]{{1,2}}年(?:来|内|间)?)+\Z",
    regex.VERSION1,
)
#: The last character of every suffix: a clause ending in any other has none.
NAME_SUFFIX_LAST = "".join(sorted({w[-1] for w in (*qualifiers.NAME_SUFFIXES, *_TO_VERBS)} | set("年来内间")))
# Where a clause (and so an indicator name) starts or ends; (?r) searches
# backwards from the figure, so only the nearest break is looked at.
_CLAUSE_BREAK = r"[,;:。!?、()“”\s]"
LAST_CLAUSE_BREAK = regex.compile(rf"(?r){_CLAUSE_BREAK}", regex.VERSION1)
# … for a name: not the parentheses of a short gloss after a word (细颗粒物(PM2.5)平均浓度,
# not the item number of (一)因…)
_GLOSS = r"(?:[A-Za-z][A-Za-z\d.]{0,7}|\p{Han}{1,6})"
NAME_CLAUSE_BREAK = regex.compile(
    # ((?r) matches right to left: each literal is tested before the lookaround on its left)
    rf"(?r)[,;:。!?、“”\s]|(?<![\p{{L}}\p{{N}}])\(|(?!\({_GLOSS}\))\(|(?<![\p{{L}}\p{{N}}]\({_GLOSS})\)",
    regex.VERSION1,
)
SENTENCE_STOP = regex.compile(r"[。!?]")
LAST_COMMA = regex.compile(r"(?r)[,;、]")
# The words after a figure, up to a break, a number or a Chinese numeral (the
# next figure: 港口建设一百三十二个深水泊位); a short quotation may be part of
# them (116个“美丽街区”, 15个“沪派江南”风貌保护传承试点).
NAME_AFTER = regex.compile(
    r"(?:“[^”,;:。!?\d]{1,12}+”|[^,;:。!?、()“”《》/\s\d一二三四五六七八九十两〇○零百千])++", regex.VERSION1
)

# Measure detection: framing openers make a paragraph, not a
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
CLAUSE_COMMA = regex.compile(r"[,;]")
# A character a figure may start with (a lead without one holds no figure).
FIGURE_CHAR = regex.compile(rf"[\d{_CN_ALL}半]")
ACTION_VERB = regex.compile(_alternation(list(measures.ACTION_VERBS)))
OBLIGATION = regex.compile("|".join(f"(?:{p})" for p in measures.OBLIGATIONS), regex.VERSION1)
# an endnote: [1]一降三减:
NOTE = regex.compile(r"\[\d{1,3}\]")

# --- published formats (PDF, Word, HTML text as extraction leaves it) -------
# These run on extracted lines before parsing (``govreport._formats``), not on
# folded text: they see U+3000 and full-width digits as they are.

# A page-number line: — 1 —, - 1 -, －12－, 第 3 页, 第3页 共13页, 3/13
PAGE_NUMBER_LINE = regex.compile(
    r"\s*+(?:[-—–－―~]++\s*+\d{1,4}+\s*+[-—–－―~]++|第\s*+\d{1,4}+\s*+页(?:\s*+[,，/]?\s*+共\s*+\d{1,4}+\s*+页)?"
    r"|\d{1,4}+\s*+/\s*+\d{1,4}+)\s*+",
    regex.VERSION1,
)
# A bare number: a page number only as a page's first or last line.
BARE_PAGE_NUMBER = regex.compile(r"\s*+\d{1,4}+\s*+")
# Spaces that justification or extraction put inside Han text: between Han
# characters standing alone (第 二 产 业, 一、综 合, 周 口 市 统 计 局; not the
# phrase break of 凝聚共识 补齐短板), between Han and digits or Latin letters
# (增长 5.2%, 2023 年, CPI 涨幅), and around CJK punctuation (hongze: 工作 ，).
_CJK_PUNCT = r"[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]"
_GAP = r"[ \u3000\u00a0]++"
EXTRACTION_SPACE = regex.compile(
    rf"(?<=(?:^|\P{{Han}})\p{{Han}}){_GAP}(?=\p{{Han}}(?:\P{{Han}}|$))"
    rf"|(?<=\p{{Han}}){_GAP}(?=[0-9A-Za-z%])"
    rf"|(?<=[0-9A-Za-z%‰]){_GAP}(?=\p{{Han}})"
    rf"|(?<={_CJK_PUNCT}){_GAP}(?=\S)"
    rf"|(?<=\S){_GAP}(?={_CJK_PUNCT})",
    regex.VERSION1,
)
# A footnote mark after a name: 生产总值[2]1329.65亿元 (Nanjing bulletin)
FOOTNOTE_MARK = regex.compile(r"(?<=\p{Han})\s*+\[\d{1,2}+\]\s*+(?=[\d\p{Han}，。；、,.]|\Z)", regex.VERSION1)
# A table cell that is a figure: 866.60, -0.57, 45.31%, 1,234, —
TABLE_FIGURE = regex.compile(r"[-+−]?\d[\d,，]*+(?:\.\d++)?[%‰]?|[-—–]{1,2}+|…+", regex.VERSION1)
# A table or chart caption: 表 1 …, 表1-2 …, 表一 …, 图1 …
TABLE_CAPTION = regex.compile(
    r"\s*+[表图]\s*+(?:\d++(?:[-—.]\d++)?|[一二三四五六七八九十]++)(?:(?:\s|[:：]).*+)?", regex.VERSION1
)
# A table's unit line: 单位：万吨, 单位:亿元
TABLE_UNIT = regex.compile(r"\s*+[(（]?单位\s*+[:：].{1,20}+")
# --- figures of table rows (``govreport._quantities.scan_row``), on folded text ---
# A unit stated in a column head or a caption: 年末数(万人), 比上年增长(%), (单位:%), 单位:万吨
TABLE_HEAD_UNIT = regex.compile(
    r"\((?:单位\x20*+:\x20*+)?+([^()|]{1,12}+)\)|单位\x20*+:\x20*+([^\s()|,]{1,12}+)", regex.VERSION1
)
# Where a header printed as one cell splits into column heads: 指标 年末数(万人)比重(%)
TABLE_HEAD_SPLIT = regex.compile(r"\x20++|(?<=[)%])(?=[^\s)])", regex.VERSION1)
# A column head that reads as a change on a period before: 比上年增长(%), 增速, 涨跌幅度
TABLE_GROWTH = regex.compile(r"增长|增速|增幅|增减|涨跌|比上年|同比", regex.VERSION1)
# What stands around a row label and is no part of it: 其中:, 在总计中:, #, 二、, (七), 3., footnote marks
TABLE_LABEL_LEAD = regex.compile(
    r"(?:[#*]++|(?:其中|在总计中|内)\x20*+:|[一二三四五六七八九十]{1,3}+、|\([一二三四五六七八九十]{1,3}+\)|\d{1,2}+[.、](?!\d))\x20*+",
    regex.VERSION1,
)
TABLE_LABEL_MARK = regex.compile(r"\x20*+(?:\[\d{1,2}+\]|[\u2460-\u2473]|\*++)", regex.VERSION1)
# Sentence punctuation: a line holding it is prose, never a table row.
PROSE_PUNCTUATION = regex.compile(r"[。；！？，]")
# A line that ends a paragraph in wrapped PDF text.
PARAGRAPH_END = regex.compile(r"[。！？：；…”」』）)]\s*+\Z", regex.VERSION1)

# --- web pages (``govreport._formats._html``) ---------------------------------

# A class or id word of page structure that is never the article body.
WEB_CHROME_CLASS = regex.compile(
    r"nav|menu|breadcrumb|crumb|share|footer|header|sidebar|related|comment|location|copyright|toolbar",
    regex.IGNORECASE,
)
WEB_SPACES = regex.compile(r"[ \t\r\n\f\u00a0\u3000]++")
WEB_TAG = regex.compile(r"<[^<>]{0,300}+>")
# The site's name after the title in <title>: 标题_中国政府网, 标题--中央纪委国家监委网站,
# 标题 | 新华网, 标题 - 人民网 (a bare hyphen is part of a title: 2021-2025年规划)
TITLE_SEPARATOR = regex.compile(r"__?|--|\||｜|\s-\s")
WEB_DATE_LABEL = regex.compile(
    r"(?:发布时间|发布日期|发文日期|成文日期|时间|日期)\s*+[:：]\s*+"
    r"(?P<v>\d{4}\s*+[-年/.]\s*+\d{1,2}\s*+[-月/.]\s*+\d{1,2}\s*+日?(?:\s*+\d{1,2}:\d{2}(?::\d{2})?)?)"
)
WEB_SOURCE_LABEL = regex.compile(r"(?:信息来源|稿件来源|文章来源|来源)\s*+[:：]\s*+(?P<v>[^\s:：|]{2,30}+)")
# Inline header items run together: 来源：中央纪委国家监委网站发布时间：…
WEB_NEXT_LABEL = regex.compile(r"发布|时间|日期|作者|编辑|浏览|点击|字号")
# Planned targets: every pattern is a literal alternation or a
# bounded class run, tried at known positions.
INDICATOR = regex.compile(
    "|".join(
        f"(?P<{key}>{_alternation(list(words))})"
        for key, words in sorted(targets.INDICATORS.items(), key=lambda kv: -max(map(len, kv[1])))
    )
)
# all wordings in one alternation, longest first, so that 单位国内生产总值能耗 wins
# over 国内生产总值 at the same position; the key is looked up afterwards
INDICATOR_WORD = regex.compile(_alternation([w for ws in targets.INDICATORS.values() for w in ws]))
TARGETS_LEAD = regex.compile(
    rf"(?<!上述|这些|实现|完成|以上)(?:{_alternation(list(targets.PARAGRAPH_LEADS))})", regex.VERSION1
)
TARGET_CUE = regex.compile(
    rf"(?:{_alternation(list(targets.NOT_CUES))})(*SKIP)(*FAIL)|{_alternation(list(targets.CUES))}",
    regex.VERSION1,
)
TARGET_AFTER = regex.compile(rf"[^,;:。!?]{{0,6}}?(?:{_alternation(list(targets.AFTER_CUES))})")
TARGET_REVIEW = regex.compile(_alternation(list(targets.REVIEW)))
PLAN_WORD = regex.compile(
    rf"“(?P<plan>{_alternation(list(targets.PLAN_END_YEARS))})”|{_alternation(list(targets.PLAN_WORDS))}"
)
AVERAGE_WORD = regex.compile(_alternation(list(targets.AVERAGE_WORDS)))
CUMULATIVE_WORD = regex.compile(_alternation(list(targets.CUMULATIVE_WORDS)))
EACH_YEAR = regex.compile(_alternation(list(targets.EACH_YEAR_WORDS)))
CHANGE_WORD = regex.compile(
    rf"(?:{_alternation(list(targets.NOT_CHANGES))})(*SKIP)(*FAIL)|{_alternation(list(targets.CHANGE_WORDS))}",
    regex.VERSION1,
)
AT_MOST_BEFORE = regex.compile(rf"(?:{_alternation(list(targets.AT_MOST_BEFORE))})\s*+\Z")
AT_LEAST_BEFORE = regex.compile(rf"(?:{_alternation(list(targets.AT_LEAST_BEFORE))})\s*+\Z")
# a year a sentence names: 2017年, 一九八二年, 今年, 明年; 到2030年 is a plan's end
TARGET_YEAR = regex.compile(
    rf"(?<!比|较|同)(?P<to>到|至)?(?:(?P<y>(?:19|20)\d\d)|(?P<hy>[{''.join(numerals.DIGITS)}]{{4}}))\s*+年"
    rf"|(?<!比|较|同)(?P<this>今年|本年|当年)|(?<!比|较|同)(?P<next>明年)"
)
# the clause a figure stands in
CLAUSE_STOP = regex.compile(r"[,;:。!?]")
# the NPC session of a national report: 第十四届全国人民代表大会第三次会议
# (or 五届人大四次会议, as 1982 names the session of the year before)
NPC_SESSION = regex.compile(
    r"(?:第(?P<term>[一二三四五六七八九十]{1,3})届全国人民代表大会第"
    r"|(?<![一二三四五六七八九十第])(?P<term>[一二三四五六七八九十]{1,3})届(?:全国)?人大)"
    r"(?P<session>[一二三四五六七八九十]{1,2})次会议"
)
# 1978: 向第五届全国人民代表大会作政府工作报告, a term named without its session: the first
NPC_TERM_ADDRESSED = regex.compile(r"向第(?P<term>[一二三四五六七八九十]{1,3})届全国人民代表大会(?!第)")
# the opening's subject: 关于1980、1981年国民经济计划安排的报告 (1980, its first year);
# 关于…第七个五年计划的报告 (1986, the plan's first year)
# (not 关于2025年…计划执行情况与2026年…计划草案的报告, given the year after)
REPORT_ON_YEAR = regex.compile(
    r"关于(?P<y>(?:19|20)\d\d)(?:年|、)[^。!?执]{0,16}?计划(?!执行)[^。!?执]{0,8}?的报告"
)
REPORT_ON_PLAN = regex.compile(
    r"关于[^。!?]{0,20}?(?:第[一二三四五六七八九十]{1,3}个五年计划|“[^”]{2,3}”计划)[^。!?]{0,4}?的报告"
)
# 1982: 按照去年五届人大四次会议…; 1993: 从第七届…第一次会议，到这次大会的召开，已经整整过去了五年
LAST_YEAR_BEFORE = regex.compile(r"去年[^,;:。!?]{0,4}\Z")
YEARS_SINCE_SESSION = regex.compile(r"[^。!?]{0,30}?过去了?(?P<n>[一二三四五六七八九十])年")
YEARS_SINCE = regex.compile(r"(?<![一二三四五六七八九十])(?P<n>[一二三四五六七八九十])年来")
REVIEW_TITLE = regex.compile(r"回顾|过去|去年|上年|一年来|五年来|工作总结|成就的五年")
COMING = regex.compile(r"今年|明年|今后|本年|(?:到|至)(?:19|20)\d\d年")
CENTURY_END = regex.compile(r"(?:到|至)本世纪末")
# 比“六五”期间增加百分之八十七 (1986) compares with a plan, it does not name the target's;
# 1982 writes 六五计划 without quotes
PLAN_NAME = regex.compile(
    rf"(?<!比|较|同)(?:“(?P<plan>{_alternation(list(targets.PLAN_END_YEARS))})”"
    rf"|第(?P<nth>[一二三四五六七八九十]{{1,3}})个五年"
    rf"|(?<![一二三四五六七八九十])(?P<plan>{_alternation(list(targets.PLAN_END_YEARS))})(?=计划|规划))"
)
NOT_OUTCOME = regex.compile(_alternation(list(targets.NOT_OUTCOME)))
# the year a review's figure is of: 全年, 刚刚过去的2017年 (not 比去年, which compares)
REVIEW_YEAR_WORD = regex.compile(rf"(?<!比|较|同)(?:{_alternation(list(targets.REVIEW_YEAR))})")
SEVERAL_YEARS = regex.compile(_alternation(list(targets.SEVERAL_YEARS)))
QUOTED_TARGET = regex.compile(_alternation(list(targets.QUOTED_TARGET)))
# 比上年增长 alone in its clause, and the asides that may stand between it and
# the clause of its indicator (按可比价格计算)
OUTCOME_CHANGE = regex.compile(
    rf"\s*+(?:比上年|比去年|同比)?(?:{_alternation(list(targets.OUTCOME_CHANGES))})\s*+"
)
OUTCOME_ASIDE = regex.compile(rf"\s*+(?:{_alternation(list(targets.OUTCOME_ASIDES))})\s*+")
# 从54万亿元增加到82.7万亿元: the figure after 从 or 由 is where it began
FROM_WORD = regex.compile(r"从|由")
TO_WORD = regex.compile(r"到|至|转为")
# what a figure broken over lines holds that the block's text drops
FIGURE_BREAK = regex.compile(rf"[\s{INVISIBLE}]++")
# a clause of change words only (平均每年增长, 年均增长): its figure measures what the one before does
BARE_CHANGE = regex.compile(
    rf"\s*+(?:其中|即|{_alternation(list(targets.AVERAGE_WORDS))})?(?:实际)?(?:{_alternation(list(targets.CHANGE_WORDS))})?\s*+"
)
YEAR_SECTION = regex.compile(r"开局|起步|开好局|起好步|今年|(?:19|20)\d\d年(?!以来)")
ANNUAL_LEAD = regex.compile(r"预期目标|今年|年计划|计划要求|增长预期|预期为")
NOT_CARRIED = regex.compile(r"实现上述|完成上述|上述|为此|为了|这些|这个|这是|提出")
YEAR_OF_PLAN = regex.compile(
    r"是[^,;:。!?]{0,16}?(?:五年计划|五年规划|规划|“[^”]{1,4}”)[^,;:。!?]{0,4}?"
    r"(?:第[一二三四五]年|开局之年|起步之年|收官之年|头一年|最后一年|的开局|的起步)"
)
# 2035年远景目标: a long-range aim the plan serves, not the end of the plan
LONG_RANGE = regex.compile(r"\s*+的?远景")
# an item of a list inside a clause (地区生产总值年均增长5%左右、居民人均可支配收入…)
ITEM_STOP = regex.compile(r"[,;:。!?、]")
#: Each stop class above read backwards: the last stop before a position in
#: one search, not a call per character walking back.
LAST_STOP = {stop: regex.compile("(?r)" + stop.pattern) for stop in (CLAUSE_STOP, SENTENCE_STOP, ITEM_STOP)}
AIM_WITHOUT_NUMBER = regex.compile(_alternation(list(targets.AIMS_WITHOUT_NUMBER)))
GROWTH_RATE = regex.compile(r"增速|增长速度")
# A difference from last year (预期目标比去年多100万人), and what makes a clause
# holding one a target all the same (比去年增长5%, 控制在…).
THAN_LAST_YEAR = regex.compile(r"比(?:去年|上年)")
CHANGE_OR_CAP = regex.compile(r"增长|下降|控制")
# The words after a figure in its clause, where an indicator may stand.
WORDS_AFTER = regex.compile(r"[^,;:。!?]{0,12}")
# 其中一九八五年为: a clause naming only the year of the figure after it
YEAR_ONLY = regex.compile(
    rf"\s*+(?:其中)?\s*+(?:(?:19|20)\d\d|[{''.join(numerals.DIGITS)}]{{4}})\s*+年(?:为|是|达到|将达到|要达到)?\s*+"
)
# 用二十年的时间, 今后十五年: the years from now a long-range aim is to be reached in
# (not 十二年内 of 1960, the years of a programme begun in 1956)
YEARS_SPAN = regex.compile(
    r"(?:用|再用|今后)(?P<n>[一二三四五六七八九十两]{1,3}|\d{1,2})年(?:的时间|时间|内)?"
)
# a sentence that goes on from the one before it (其中，农业总产值…)
AMONG_THEM = regex.compile(r"\s*+(?:这)?其中")
# 国内生产总值和城乡居民人均收入: two indicators of one figure
JOINED = regex.compile(r"\s*+(?:和|与|及|、)\s*+")
JOINED_CHANGE = regex.compile(
    rf"比|翻|(?:{_alternation(list(targets.NOT_CHANGES))})(*SKIP)(*FAIL)|{_alternation(list(targets.CHANGE_WORDS))}",
    regex.VERSION1,
)
SERIES_GAP = regex.compile(r"\s*+、\s*+")
SPACED_QUALIFIER = regex.compile(rf"\s++(?P<q>{_alternation(list(qualifiers.AFTER))})")
SERIES_QUALIFIER = regex.compile(
    rf"(?:、\s*+[\d.]++\s*+%?)++\s*+(?P<q>{_alternation(list(qualifiers.AFTER))})"
)
LEVEL_BEFORE = regex.compile(
    r"(?:提高到|达到|增加到|下降到|降到|降低到|保持在|控制在|稳定在|提升至|提高至|达)\s*+\Z"
)
CHANGE_JUST_BEFORE = regex.compile(
    rf"(?:{_alternation(list(targets.CHANGE_WORDS))})\s*+(?:了|约|近|超过)?\s*+\Z"
)
SYNC = regex.compile(r"收入[^,;:。!?]{0,6}?增长[^,;:。!?]{0,16}?同步")
THIS_YEAR = regex.compile(r"今年(?!以来|上半年|前|头|一季度|1-|年初)")
VERB_CLAUSE = regex.compile(
    r"\s*+(?:力争|争取|确保|要|力求|计划)?(?:控制在|定为|为|是|达到|保持在|稳定在)?\s*+"
)
LAST_YEAR_SESSION = regex.compile(r"从去年[^,;:。!?]{0,6}\Z")
NEXT_YEAR_TASKS = regex.compile(r"明年[^,;:。!?]{0,16}?(?:主要任务|计划|预期目标|主要目标)")
