"""Classify a line: is it a heading, and which marker, ordinal and title."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from govreport import _grammar
from govreport._numerals import hanzi_to_int
from govreport._tables.markers import LABEL_FORMATS
from govreport._tables.numerals import ENCLOSED
from govreport.models import MarkerFamily


class MarkerMatch(NamedTuple):
    """A marker found at a line start: its family, ordinal and extent."""

    family: MarkerFamily
    ordinal: int | None
    start: int
    end: int


# Per table row, resolved once: its group name → (family, ordinal kind):
# match_marker runs once per line.
_ROWS = {f"r{i}": (MarkerFamily(family), kind) for i, (family, _, kind) in enumerate(_grammar.HEADING_ROWS)}


def _ordinal(kind: str, family: MarkerFamily, digits: str) -> int | None:
    if kind == "int":
        return int(digits)
    if kind == "hanzi":
        if digits.isdigit():
            return int(digits)
        if family in _CANONICAL_ONLY:
            # 一、 … 九十九、 only: 一二三、 or 十十、 is no ordinal (and no label
            # could be made from it)
            return _HANZI_ORDINALS.get(digits)
        return _HANZI_ORDINALS.get(digits) or hanzi_to_int(digits)
    if kind == "enclosed":
        first, _ = ENCLOSED[family.value]
        return ord(digits) - first + 1
    return None


def match_marker(folded: str, pos: int, end: int, origin: int = 0) -> MarkerMatch | None:
    """The heading marker at ``folded[pos:end]``'s start, if any, its extent
    counted from ``origin``.

    >>> match_marker("(三)加强", 0, 5)
    MarkerMatch(family=<MarkerFamily.PAREN_HANZI: 'paren-hanzi'>, ordinal=3, start=0, end=3)
    >>> match_marker("1.39万元", 0, 7) is None
    True
    """
    pattern = _grammar.HEADING_BY_FIRST.get(folded[pos]) if pos < end else None
    if pattern is None:
        return None
    m = pattern.match(folded, pos, end, _grammar.HOLD_GIL)
    if m is None:
        return None
    row, k = m.lastgroup, m.lastindex
    assert row is not None and k is not None
    # the row's group closes last and its ordinal's is the next: read by its
    # number (by name, a group costs seven times as much)
    return _marker_match(row, m[k + 1] or "", m.start() - origin, m.end() - origin)


def enum_start(folded: str, pos: int = 0, end: int | None = None) -> regex.Match[str] | None:
    """``ENUM_START.match(folded, pos, end)`` (一是, 第一,), without the regex
    call where the first character rules it out: most paragraphs, asked
    several times each.

    >>> enum_start("一是加强", 0) is not None, enum_start("加强", 0)
    (True, None)
    """
    if folded[pos : pos + 1] not in _grammar.ENUM_FIRST:
        return None
    return _grammar.ENUM_START.match(folded, pos, end, _grammar.HOLD_GIL)


@functools.lru_cache(maxsize=4096)
def _marker_match(row: str, digits: str, start: int, end: int) -> MarkerMatch | None:
    """The marker of a table row's match: one shared object per spelling and
    place (a report's markers are a few hundred; a heading-dense text's lines
    share theirs, and the collector has fewer objects to walk)."""
    family, kind = _ROWS[row]
    ordinal = _ordinal(kind, family, digits)
    if kind != "none" and (ordinal is None or ordinal < 1):
        return None
    return MarkerMatch(family, ordinal, start, end)


def canonical_label(family: MarkerFamily, ordinal: int | None, text: str) -> str:
    """Half-width canonical marker spelling: ``（一）`` → ``(一)``, ``1．`` → ``1.``."""
    fmt = LABEL_FORMATS.get(family.value)
    if fmt is None or ordinal is None:
        return text
    n = str(ordinal) if family in _ARABIC_LABELS else _to_hanzi(ordinal)
    return fmt.format(n=n)


_HANZI_DIGITS = "〇一二三四五六七八九"
_ARABIC_LABELS = frozenset((MarkerFamily.ARABIC, MarkerFamily.PAREN_ARABIC))
#: Families numbered 一 … 九十九 in the canonical form (chapters and articles
#: may go past 一百: 第一百零一条).
_CANONICAL_ONLY = frozenset((MarkerFamily.HANZI, MarkerFamily.PAREN_HANZI))


def _to_hanzi(n: int) -> str:
    """1–99 as a Chinese numeral, in the form headings use (十一, 二十)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _HANZI_DIGITS[ones]
    head = "" if tens == 1 else _HANZI_DIGITS[tens]
    return head + "十" + (_HANZI_DIGITS[ones] if ones else "")


# 一 … 九十九 as headings write them, looked up before the general reader.
_HANZI_ORDINALS = {_to_hanzi(n): n for n in range(1, 100)}


def normalize_label(step: str) -> str:
    """Canonical form of a path step given by a user (``"（二）"`` → ``"(二)"``).

    >>> normalize_label(" 二． "), normalize_label("（12）"), normalize_label("概况")
    ('二、', '(12)', '概况')
    """
    from govreport._text import fold

    s = fold(step).strip()
    m = match_marker(s, 0, len(s))
    if m is None or m.end != len(s):
        return step.strip()
    return canonical_label(m.family, m.ordinal, step.strip())
