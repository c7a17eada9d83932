"""Heading marker families, matched at the start of a line on
text whose full-width ASCII has been folded to half-width.

Each row: family wire name, pattern, and how its ordinal is written.  A
pattern's ``n`` group holds the ordinal.  Rows are tried in order; the first
that matches wins, so the longer, more specific forms come first.
"""

# Hanzi numerals that may number a heading (up to 九十九).
HANZI_ORDINAL = r"[一二三四五六七八九十]{1,3}"
CHAPTER_ORDINAL = r"[一二三四五六七八九十百零〇\d]{1,5}"

#: (family, pattern, ordinal kind)
HEADING_MARKERS: tuple[tuple[str, str, str], ...] = (
    # (一) （一) (一） — parentheses are folded to ASCII before matching
    ("paren-hanzi", rf"\((?P<n>{HANZI_ORDINAL})\)", "hanzi"),
    ("paren-hanzi", r"(?P<n>[\u3220-\u3229])", "enclosed"),  # ㈠ … ㈩
    # (1) （12）; not (2023) or other long numbers in brackets
    ("paren-arabic", r"\((?P<n>\d{1,2})\)", "int"),
    ("paren-arabic", r"(?P<n>[\u2474-\u2487])", "enclosed"),  # ⑴ … ⒇
    ("circled", r"(?P<n>[\u2460-\u2473])", "enclosed"),  # ① … ⑳
    ("part", rf"第(?P<n>{CHAPTER_ORDINAL})部分", "hanzi"),
    ("volume", rf"第(?P<n>{CHAPTER_ORDINAL})篇", "hanzi"),
    ("chapter", rf"第(?P<n>{CHAPTER_ORDINAL})章", "hanzi"),
    ("section", rf"第(?P<n>{CHAPTER_ORDINAL})节", "hanzi"),
    ("article", rf"第(?P<n>{CHAPTER_ORDINAL})条", "hanzi"),
    # 一、 十一． 二.  — but not 二、三季度: the ordinal check filters those
    ("hanzi", rf"(?P<n>{HANZI_ORDINAL})(?:、|\.(?!\d))", "hanzi"),
    # 1. 1、 12.  — a digit after the dot makes a number (1.39万, 3.0版)
    ("arabic", r"(?P<n>\d{1,3})(?:、|\.(?![\d.]))", "int"),
    # —— bullets (a list item, never a section)
    ("dash", r"(?:——|──|--)(?P<n>)", "none"),
)

#: 【概况】 alone on its line: a bracket title.
BRACKET_TITLE = r"【(?P<title>[^【】\n]{1,40})】"

#: Inline enumerations: 一是… / 第一,… opening a sentence.
ENUM_ORDINAL = r"[一二三四五六七八九十]{1,2}"
ENUM_SHI = rf"(?P<shi>{ENUM_ORDINAL})是"
ENUM_DI = rf"第(?P<di>{ENUM_ORDINAL})(?=[,、:])"
#: What may stand before an inline enumeration inside a paragraph.
ENUM_BEFORE = r"[。;:,!?]"

#: Canonical half-width spellings for path labels, by family.
LABEL_FORMATS: dict[str, str] = {
    "hanzi": "{n}、",
    "paren-hanzi": "({n})",
    "arabic": "{n}.",
    "paren-arabic": "({n})",
    "enum-shi": "{n}是",
    "enum-di": "第{n},",
}

#: Attachment openers: 附件, 附件1, 附件一：标题, 附:.  A number is one
#: or two digits standing alone: in 附件 2018年区政府要完成的… (seed 003 rendered
#: as one line) 2018 starts the title, it is no attachment 20.
ATTACHMENT = r"附件\s*(?P<n>\d{1,2}+(?!\d)|[一二三四五六七八九十]{1,2})?\s*[:]?\s*(?P<title>.*)"
