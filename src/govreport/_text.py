"""Text plumbing: decoding bytes, folding full-width forms, and splitting
lines with their offsets into the original string.
"""

from __future__ import annotations

import codecs
import functools
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

import regex

from govreport import _grammar
from govreport.errors import DecodeError

# Full-width ASCII (！…～) folds to ASCII; ideographic space (U+3000), NBSP,
# tabs and the other fixed-width spaces fold to a plain space.  One character
# in, one out, so every offset in the folded copy is an offset in the original.
_FULL_WIDTH_FIRST, _FULL_WIDTH_LAST = "\uff01", "\uff5e"  # ！ … ～
_FOLD_MAP = {cp: cp - 0xFEE0 for cp in range(ord(_FULL_WIDTH_FIRST), ord(_FULL_WIDTH_LAST) + 1)}
_FOLD_MAP.update(dict.fromkeys((0x3000, 0x00A0, 0x09, 0x202F, 0x205F, *range(0x2000, 0x200B)), 0x20))
# Zero-width characters are invisible: they fold to a space, so a line of
# them is blank and never a title (a Wikisource copy opens with U+200B).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_FOLD_MAP.update(dict.fromkeys(map(ord, _INVISIBLE), 0x20))
# A list indexed by code point translates twice as fast as a dict; characters
# past the Basic Multilingual Plane fall outside it and are left as they are.
_FOLD = [_FOLD_MAP.get(cp, cp) for cp in range(0x10000)]
# ``str.translate`` makes an int object per CJK character it looks up (360
# instructions a character); ``str.replace`` scans at C speed and copies only
# when the character is there, so long texts are folded by replacements: the
# punctuation nearly every report writes outright, of the other full-width
# forms (digits, ％, letters) only those that one search of their range finds
# (a one-range class the engine tests at C speed), and the spaces.
_FOLD_PAIRS = tuple((chr(a), chr(b)) for a, b in _FOLD_MAP.items())
_FULL_WIDTH_COMMON = "，：；！（）"
_FULL_WIDTH = regex.compile(f"[{_FULL_WIDTH_FIRST}-{_FULL_WIDTH_LAST}]")
_FOLD_SPACES = tuple((a, b) for a, b in _FOLD_PAIRS if not _FULL_WIDTH_FIRST <= a <= _FULL_WIDTH_LAST)
_FOLD_BY_REPLACE = 2000  # characters: shorter strings take one translate call


#: What :func:`blank_stand_ins` looks for (``_grammar.SPACE_STAND_IN``).
_STAND_INS = (
    "??",
    "&nbsp;",
    "&amp;",
    "<U+00A0>",
    "&#160;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&ensp;",
    "&emsp;",
    "&#xa0;",
)


def blank_stand_ins(text: str) -> str:
    """``text`` with what scraped text writes for a space (``&nbsp;``,
    ``<U+00A0>``, ``????``) and the tails of ``&amp;`` ``&lt;`` ``&gt;``
    turned into spaces of the same length: every offset stays an offset in
    ``text``.  Returns ``text`` itself when there is nothing to blank.

    >>> blank_stand_ins("&nbsp; &nbsp;（一）市长?? 张三 R&amp;D")
    '             （一）市长   张三 R&    D'
    """
    # str's own search per stand-in: a regex pass over every text cost 2%
    if not any(s in text for s in _STAND_INS):
        return text
    return _grammar.SPACE_STAND_IN.sub(_blank, text)


def _blank(m: regex.Match[str]) -> str:
    """Spaces for a stand-in; ``&`` and spaces for ``&amp;`` and its kind."""
    if m[0][0] == "&" and m.group("space") is None:
        return "&" + " " * (len(m[0]) - 1)
    return " " * len(m[0])


def fold(text: str) -> str:
    """Fold full-width ASCII and exotic spaces, keeping length and offsets.

    >>> fold("（一）１．５％　")
    '(一)1.5% '
    """
    if len(text) < _FOLD_BY_REPLACE:
        return text.translate(_FOLD)
    for wide in _FULL_WIDTH_COMMON:
        text = text.replace(wide, chr(_FOLD[ord(wide)]))
    for wide in set(_FULL_WIDTH.findall(text)):
        text = text.replace(wide, chr(_FOLD[ord(wide)]))
    for wide, narrow in _FOLD_SPACES:
        text = text.replace(wide, narrow)
    return text


class Line(NamedTuple):
    """One physical line: ``[start, end)`` of its content with surrounding
    whitespace trimmed, where the raw line ``begin``s, and its 1-based number."""

    start: int
    end: int
    number: int
    begin: int
    indent: int = 0  # display columns of leading whitespace

    @property
    def blank(self) -> bool:
        return self.start == self.end

    @property
    def indented(self) -> bool:
        """Indented by two columns or more (one stray space is not an indent)."""
        return self.indent >= 2


#: What surrounds a line's content: every space Python knows, and the
#: zero-width characters.
_SPACE = _grammar.LINE_SPACE + _grammar.LINE_BREAKS
_BLANK_START = frozenset(_SPACE)
# A Line from a tuple without the Python-level ``__new__`` of a NamedTuple
# (a third of the cost of a short line).
_new_line = functools.partial(tuple.__new__, Line)


def first_odd(text: str) -> int:
    """Where ``text``'s first line break other than \\n, or first character
    that is no text (a control character, a lone surrogate), is; ``len(text)``
    when it has none, as most texts do.  One search that tells
    :func:`split_lines` and the invalid-text check where to look.

    >>> first_odd("一、总体\\n要求"), first_odd("一、总体\\r\\n要求")
    (7, 4)
    """
    # Every odd character is unprintable (str.isprintable is false for it),
    # and once \n is set aside, folded text holds few other such characters:
    # a C-speed test per stretch clears most of a text at a thirtieth of the
    # regex's instructions, and the regex searches only a stretch that fails
    # it (one with U+3000 before folding, or a soft hyphen, say).
    flat = text.replace("\n", " ")
    for at in range(0, len(text), _ODD_STRETCH):
        if not flat[at : at + _ODD_STRETCH].isprintable():
            m = _grammar.ODD_CHARACTER.search(text, at, at + _ODD_STRETCH, _grammar.HOLD_GIL)
            if m is not None:
                return m.start()
    return len(text)


#: Characters :func:`first_odd` tests at once.
_ODD_STRETCH = 4096


def split_lines(text: str, odd: int | None = None) -> list[Line]:
    """Split on every line boundary Python knows (\\n, \\r\\n, \\r, U+2028 …).

    A run of blank lines is one blank record, numbered as the run's first
    line: blank lines only ever separate, and a record per line made a
    million newlines take 250 MB.  ``odd``: :func:`first_odd` of
    ``text``, when the caller has it.

    >>> split_lines("一、总体\\r\\n  正文。\\n\\n \\n\\n（一）")
    [Line(start=0, end=4, number=1, begin=0, indent=0), Line(start=8, end=11, number=2, begin=6, indent=2), Line(start=12, end=12, number=3, begin=12, indent=0), Line(start=16, end=19, number=6, begin=16, indent=0)]
    """
    if odd is None:
        odd = first_odd(text)
    # most texts break lines with \n alone: str.find and str.count are
    # quicker than a regex, and one break to look for than ten
    newline_only = odd == len(text) or _grammar.OTHER_BREAK.search(text, odd, None, _grammar.HOLD_GIL) is None
    if newline_only and not any(c in text for c in _INVISIBLE):
        return _split_plain(text)
    lines: list[Line] = []
    append = lines.append
    new_line = _new_line
    blank = _grammar.BLANK.match
    blank_start = _BLANK_START
    line_end = _grammar.LINE_END.search
    space = _SPACE
    size = len(text)
    pos = 0
    number = 1
    while pos < size:
        if newline_only and text[pos] == "\n" and text[pos + 1 : pos + 2] not in blank_start:
            # one empty line between two paragraphs, the usual blank run: no regex call
            append(new_line((pos, pos, number, pos, 0)))
            number += 1
            pos += 1
            continue
        run = blank(text, pos) if text[pos] in blank_start else None
        if run is not None:
            # the blank lines end after the run's last break, or at the text's end
            end = run.end()
            if end < size:
                end = (
                    text.rfind("\n", pos, end)
                    if newline_only
                    else max(text.rfind(c, pos, end) for c in _grammar.LINE_BREAKS)
                ) + 1
            if end > pos:
                append(new_line((pos, pos, number, pos, 0)))
                number += text.count("\n", pos, end) if newline_only else _count_breaks(text, pos, end)
                pos = end
                continue
        if newline_only:
            stop = text.find("\n", pos)
            stop, after = (stop, stop + 1) if stop >= 0 else (size, size)
        else:
            brk = line_end(text, pos)
            stop, after = (brk.start(), brk.end()) if brk is not None else (size, size)
        body = text[pos:stop]
        left = body.lstrip(space)
        lead = len(body) - len(left)
        if lead:
            start = pos + lead
            append(
                new_line((start, start + len(left.rstrip(space)), number, pos, display_width(body[:lead])))
            )
        else:  # reuse ``pos``: one int object less per line
            append(new_line((pos, pos + len(left.rstrip(space)), number, pos, 0)))
        number += 1
        pos = after
    return lines


def _split_plain(text: str) -> list[Line]:
    """:func:`split_lines` for the usual text: its only line break is \n
    and it holds no zero-width character, so ``str.strip()`` strips what
    ``_SPACE`` names, in C and without a set to build per call.  A third of
    the instructions per line of the general loop (a heading-dense text is
    all lines)."""
    lines: list[Line] = []
    append = lines.append
    new_line = _new_line
    find = text.find
    size = len(text)
    pos = 0
    number = 1
    in_blank = False  # the blank record of this run of blank lines is made
    while pos < size:
        stop = find("\n", pos)
        if stop < 0:
            stop = size
        body = text[pos:stop]
        content = body.strip()
        if not content:
            if not in_blank:
                in_blank = True
                append(new_line((pos, pos, number, pos, 0)))
        elif len(content) == len(body):
            in_blank = False
            append(new_line((pos, stop, number, pos, 0)))
        else:
            in_blank = False
            lead = len(body) - len(body.lstrip())
            start = pos + lead
            indent = display_width(body[:lead]) if lead else 0
            append(new_line((start, start + len(content), number, pos, indent)))
        number += 1
        pos = stop + 1
    return lines


def escaped_breaks(text: str) -> bool:
    """Whether a text with no real line break writes its breaks out as the
    two characters ``\\r\\n`` or ``\\n`` (a dataset export puts a whole
    county report on one physical line that way).  Two such breaks at least:
    one may be a path or a formula quoted in the text.

    >>> escaped_breaks("政府工作报告\\\\r\\\\n各位代表：\\\\r\\\\n现在…"), escaped_breaks("一、总体\\n二、")
    (True, False)
    """
    if (
        "\\" not in text
        or _grammar.LINE_END.search(text.strip(_SPACE), 0, None, _grammar.HOLD_GIL) is not None
    ):
        return False
    found = _grammar.ESCAPED_BREAK.finditer(text, 0, None, False, _grammar.HOLD_GIL)
    return next(found, None) is not None and next(found, None) is not None


def split_escaped(text: str) -> list[Line]:
    """:func:`split_lines` for a text whose line breaks are written out
    (:func:`escaped_breaks`): each written break ends a line, and every
    offset still indexes ``text``.

    >>> split_escaped("标题\\\\r\\\\n\\\\r\\\\n  正文。")
    [Line(start=0, end=2, number=1, begin=0, indent=0), Line(start=6, end=6, number=2, begin=6, indent=0), Line(start=12, end=15, number=3, begin=10, indent=2)]
    """
    lines: list[Line] = []
    pos = 0
    number = 1
    for brk in [*_grammar.ESCAPED_BREAK.finditer(text, 0, None, False, _grammar.HOLD_GIL), None]:
        stop, after = (brk.start(), brk.end()) if brk is not None else (len(text), len(text))
        body = text[pos:stop]
        left = body.lstrip(_SPACE)
        lead = len(body) - len(left)
        content = left.rstrip(_SPACE)
        if content or brk is not None:
            start = pos + lead if content else pos
            indent = display_width(body[:lead]) if content and lead else 0
            lines.append(Line(start, start + len(content), number, pos, indent))
        number += 1
        pos = after
    return lines


def _count_breaks(text: str, start: int, end: int) -> int:
    """Line boundaries in ``text[start:end]`` (\\r\\n is one)."""
    return sum(text.count(c, start, end) for c in _grammar.LINE_BREAKS) - text.count("\r\n", start, end)


def line_number(text: str, lines: Sequence[Line], begins: Sequence[int], pos: int) -> int:
    """The 1-based number of the line holding ``text[pos]``, given ``lines``
    from :func:`split_lines` and their ``begin``\\ s (a blank record stands
    for a run of lines).

    >>> text = "一、总体\\n\\n\\x1f\\n\\n二、"
    >>> lines = split_lines(text)
    >>> [line_number(text, lines, [ln.begin for ln in lines], p) for p in (0, 6, 9)]
    [1, 3, 5]
    """
    if not lines:
        return 1
    ln = lines[bisect_right(begins, pos) - 1]
    if ln.start == ln.end and pos > ln.begin:
        return ln.number + _count_breaks(text, ln.begin, pos)
    return ln.number


def display_width(s: str) -> int:
    """Columns a string takes in a fixed-width layout: CJK (three bytes in
    UTF-8) counts two, ASCII one.  An approximation good for wrap detection,
    and forty times faster than looking up East Asian Width per character.

    >>> display_width("GDP增长5%")
    9
    """
    return (len(s.encode("utf-8", "surrogatepass")) + len(s)) // 2


# --- decoding ---------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODINGS: tuple[str, ...] = ("utf-8", "gb18030", "big5")
# More NULs than this share of the text means binary, whatever decoded.
_MAX_NUL_SHARE = 0.01
#: The ``DecodeError.reason`` of a file with more NUL bytes than text has.
BINARY = "binary file, not text"
# Big5 bytes decode as GB18030 without an error, into mojibake: the common
# characters (lead bytes A4–A9, AA–AF) land on kana, Greek, Cyrillic, box
# drawing and private-use code points (一、總體要求 → 羆砰璶―, a third of it
# such: ``_grammar.MOJIBAKE``).  The 87 corpus reports have at most 0.4% of
# them (the Cyrillic of a 1923 report), so more than 5% of the non-ASCII text
# means a wrong guess.
_MAX_ODD_SHARE = 0.05


def _implausible(text: str) -> bool:
    """Whether a legacy decoding reads as mojibake (see ``_ODD``).

    >>> _implausible("一、總體要求".encode("big5").decode("gb18030")), _implausible("一、总体要求")
    (True, False)
    """
    odd = len(_grammar.MOJIBAKE.findall(text, 0, None, False, _grammar.HOLD_GIL))
    if not odd:
        return False
    wide = len(text) - len(text.encode("ascii", "ignore"))
    return odd > wide * _MAX_ODD_SHARE


def decode(data: bytes, *, encoding: str | None = None, path: str | None = None) -> str:
    """Decode report bytes: BOM (UTF-8, UTF-16 LE/BE), else UTF-8, else GB18030,
    else Big5; a GB18030 or Big5 decoding that reads as mojibake is passed over.

    An explicit ``encoding`` wins.  Raises :class:`~govreport.DecodeError`
    naming ``path`` and every encoding tried.

    >>> decode("政府".encode("gb18030")), decode("政府".encode("big5"))
    ('政府', '政府')
    """
    if encoding is not None:
        tried: tuple[str, ...] = (encoding,)
    else:
        bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
        tried = (bom,) if bom else FALLBACK_ENCODINGS
        # an executable or an image (``/bin/ls``) is no text in any encoding:
        # say so, rather than quote the codec error of the last one tried
        if bom is None and data.count(b"\x00") > max(1, len(data) * _MAX_NUL_SHARE):
            raise DecodeError(BINARY, path=path, encodings=tried)
    reason = mojibake = ""
    for enc in tried:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError) as exc:
            reason = mojibake or str(exc)
            continue
        if text and text.count("\x00") > max(1, len(text) * _MAX_NUL_SHARE):
            raise DecodeError(BINARY, path=path, encodings=tried)
        if enc in _GUESSED and _implausible(text):
            reason = mojibake = f"{enc} gives implausible text, mojibake"
            continue
        return text
    raise DecodeError(reason, path=path, encodings=tried)


# Encodings guessed without a BOM, whose success proves little.
_GUESSED = frozenset(FALLBACK_ENCODINGS) - {"utf-8"}
