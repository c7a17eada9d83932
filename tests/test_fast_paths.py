"""The shortcuts that save a regex call in the parse path give the answer the
regex gives: a first-character test before a pattern, a word list beside
the pattern it was written as, one search standing for two."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from govreport import _grammar
from govreport._headings import enum_start
from govreport._tables.qualifiers import NOT_AFTER
from govreport._text import first_odd, fold, split_lines

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _lines() -> list[str]:
    """Every line of the seeds and, where present, of the real reports."""
    paths = sorted(SEEDS.glob("*.txt"))
    for folder in ("corpus", "corpus-local"):
        paths += sorted((SHARED / folder).glob("*.txt"))
    return [line for p in paths for line in fold(p.read_text("utf-8", "replace")).splitlines()]


LINES = _lines()


def test_enum_start_answers_as_the_pattern() -> None:
    # 一是, 第一, and the lines that open with a numeral but no ordinal opener (一批, 第一次)
    tricky = ["一是加强", "十二是", "第一,推进", "第十、", "一批项目", "第一次", "第", "", "是"]
    for line in [*tricky, *LINES]:
        for pos in (0, 1):
            want = _grammar.ENUM_START.match(line, pos)
            got = enum_start(line, pos)
            assert (got and got.span()) == (want and want.span()), line


def test_address_words_are_the_pattern() -> None:
    assert _grammar.ADDRESS_WORDS  # the salutation table read as words
    for word in _grammar.ADDRESS_WORDS:
        assert _grammar.ADDRESS.fullmatch(word), word
    for line in ["各位代表:", "尊敬的各位来宾", "同志们!", "各项工作", *LINES]:
        assert bool(_grammar.ADDRESS.match(line)) == line.startswith(_grammar.ADDRESS_WORDS), line


def test_not_after_words_are_literal() -> None:
    # the figure filter tests them with str.startswith, as the pattern matched them
    for word in NOT_AFTER:
        assert _grammar.NOT_AFTER.fullmatch(word), word
    for text in ["三次全会", "14号线", "千亿元级", "5号楼", "十年"]:
        for pos in range(len(text)):
            assert bool(_grammar.NOT_AFTER.match(text, pos)) == text.startswith(NOT_AFTER, pos)


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        ("一、总体\n要求\n", 8),  # none: the length
        ("一、总体\r\n要求", 4),
        ("正文\x07。", 2),
        ("正文\u2028二", 2),
        ("一、\ud800", 2),
        ("tab\tand\u3000space\n", 14),  # tabs and wide spaces are text
    ],
)
def test_first_odd_finds_breaks_and_invalid_text(text: str, odd: int) -> None:
    assert first_odd(text) == odd


def _odd_by_pattern(text: str) -> int:
    m = _grammar.ODD_CHARACTER.search(text)
    return len(text) if m is None else m.start()


@pytest.mark.parametrize("at", [0, 4095, 4096, 4097, 9000])
@pytest.mark.parametrize("odd", ["\x1b", "\r", "\u2029", "\udcff", "\x85"])
def test_first_odd_finds_any_odd_character_anywhere(at: int, odd: str) -> None:
    # the stretches it tests at once: an odd character at either side of a
    # seam, after unprintable text (a soft hyphen, U+3000) that is no odd character
    body = "推进\u00ad改革\u3000。\n" * 1500
    text = body[:at] + odd + body[at:]
    assert first_odd(text) == _odd_by_pattern(text) == at
    assert first_odd(body) == len(body)


def test_first_odd_answers_as_the_pattern_on_real_text() -> None:
    text = "\n".join(LINES)
    assert first_odd(text) == _odd_by_pattern(text)
    for k in range(0, len(LINES), 97):
        line = LINES[k]
        assert first_odd(line) == _odd_by_pattern(line), line


def test_one_search_tells_lines_and_invalid_text() -> None:
    # a \r after a control character: the lines split on it, the control character is reported
    text = "一、总体\x1b要求\r(一)分项\n\n二、\r\n正文。\n"
    assert [ln.number for ln in split_lines(text)] == [1, 2, 3, 4, 5]
    assert split_lines(text) == split_lines(text, first_odd(text))
    kinds = [
        (d.kind.value, d.span.start)
        for d in govreport.parse(text).diagnostics
        if d.kind.value == "invalid-text"
    ]
    assert kinds == [("invalid-text", 4)]
