"""The shortcuts that save a regex call in the parse path give the answer the
regex gives: a first-character test before a pattern, a word list beside
the pattern it was written as, one search standing for two."""

from __future__ import annotations

import ast
import random
from pathlib import Path
from typing import Any

import pytest
import regex

import govreport
from govreport import _grammar, _text
from govreport._headings import enum_start
from govreport._quantities import _no_digit
from govreport._tables import markers
from govreport._tables.qualifiers import NOT_AFTER
from govreport._targets import _stop_before
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


def _re_parser() -> tuple[Any, Any]:
    """Python's own pattern parser and its constants."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants


def _opening(pattern: str) -> tuple[set[str], bool, bool]:
    """What a line ``pattern`` matches can start with, read from Python's
    parse of the pattern: the characters, whether spaces, and whether any
    character (``.``, a negated class) can open it."""
    parser, c = _re_parser()
    chars: set[str] = set()
    flags = {"space": False, "any": False}

    def items(seq: Any) -> bool:
        """Adds what ``seq`` can start with; whether it can match nothing."""
        return all(item(op, av) for op, av in seq)

    def item(op: Any, av: Any) -> bool:
        if op is c.LITERAL:
            chars.add(chr(av))
            return False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                    flags["space"] = True
                else:  # a negated class, digits, words
                    flags["any"] = True
            return False
        if op is c.ANY:
            flags["any"] = True
            return False
        if op is c.SUBPATTERN:
            return items(av[-1])
        if op is c.BRANCH:
            empty = [items(b) for b in av[1]]  # every branch read (not any(): it stops at the first)
            return any(empty)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _, body = av
            return items(body) or low == 0
        if op is c.AT:
            return True
        raise AssertionError(f"not read here: {op}")

    assert not items(list(parser.parse(pattern))), pattern
    return chars, flags["space"], flags["any"]


def test_boilerplate_first_characters_are_the_patterns() -> None:
    parser, _ = _re_parser()
    from govreport._tables.boilerplate import BOILERPLATE_INNER, BOILERPLATE_LINES, BOILERPLATE_SHORT

    # a line of chrome starts with one of its pattern's characters (or a space),
    # or is short: the guard before the pattern never leaves one out
    for pattern, firsts in BOILERPLATE_LINES:
        chars, _, anything = _opening(pattern)
        if firsts:
            assert not anything and chars <= set(firsts), pattern
        else:
            # short, and a word of BOILERPLATE_INNER written in it, not optional (.{0,10}打印本页.{0,20})
            parsed = parser.parse(pattern)
            assert parsed.getwidth()[1] <= BOILERPLATE_SHORT, pattern
            _, c = _re_parser()
            spelled = "".join(chr(av) if op is c.LITERAL else "\0" for op, av in parsed)
            assert any(w in spelled.split("\0") for w in BOILERPLATE_INNER), pattern
    assert _opening(r"\s*(?:a|b?)c")[:2] == ({"a", "b", "c"}, True)


def test_boilerplate_guard_finds_the_chrome_the_pattern_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from govreport._pipeline import find_chrome

    texts = [p.read_text("utf-8", "replace") for p in sorted(SEEDS.glob("*.txt"))]
    for folder in ("corpus", "corpus-local"):
        texts += [p.read_text("utf-8", "replace") for p in sorted((SHARED / folder).glob("*.txt"))]
    texts.append("分享:\n— 12 —\n第3页 共13页\n<p class='x'>\n×\n请点击打印本页\nCopyright 2024\n正文。\n")
    folded = [fold(t) for t in texts]
    guarded = [find_chrome(f, split_lines(f)) for f in folded]
    assert guarded[-1] == {0, 1, 2, 3, 4, 5, 6}
    # every line tried: the pattern alone decides
    monkeypatch.setattr(_grammar, "BOILERPLATE_SHORT", 10**9)
    monkeypatch.setattr(_grammar, "BOILERPLATE_INNER", ("",))
    assert [find_chrome(f, split_lines(f)) for f in folded] == guarded


def _can_open(pattern: Any) -> set[str]:
    """Every character a match of ``pattern`` can start with: the ones the
    pattern takes as the start of a (partial) match, over all of Unicode."""
    return {ch for ch in map(chr, range(0x110000)) if pattern.match(ch, partial=True)}


def test_name_first_characters_are_the_patterns() -> None:
    # the figure names try these patterns only on clauses opening with one of
    # their first characters: a character left out would lose a prefix
    opens = _can_open(_grammar.NAME_PREFIX)
    assert {"全", "2", "二", "到", "近"} <= opens
    # (the digits of \d are tested with str.isdecimal, and as any character beyond the BMP:
    # the regex module knows digits of newer Unicode than str does)
    assert {ch for ch in opens if not ch.isdecimal() and ch <= "\uffff"} <= set(_grammar.NAME_PREFIX_FIRST)
    assert _can_open(_grammar.NOT_NAME) == set(_grammar.NOT_NAME_FIRST)


def test_target_word_cores_are_in_every_target_word() -> None:
    from govreport._tables.qualifiers import TARGET_WORDS

    cores = _grammar.TARGET_WORD_CORES
    assert cores and all(any(c in w for c in cores) for w in TARGET_WORDS)
    for line in LINES:
        if not any(c in line for c in cores):
            assert _grammar.TARGET_WORD.search(line) is None, line


def test_numeric_start_scan_finds_what_the_rare_scan_finds() -> None:
    # Outside the stretches holding ○, Ｏ or 半成, the scan that starts only at
    # characters with a numeric value matches exactly where the scan that may
    # also start at those characters does; a figure starting at them is read.
    assert all(w[0] in _grammar.RARE_FIRST for w in _grammar.RARE_WORDS)
    checked = 0
    for line in LINES:
        if any(w in line for w in _grammar.RARE_WORDS):
            continue
        quick = [(m.span(), m.groups()) for m in _grammar.QUANTITY.finditer(line)]
        assert quick == [(m.span(), m.groups()) for m in _grammar.quantity_rare().finditer(line)], line
        checked += len(quick)
    assert checked > 1000
    for text, raw in (("增长○点五个百分点", "○点五个百分点"), ("利润增加半成", "半成")):
        assert [q.raw for q in govreport.extract_quantities(text)] == [raw], text


def test_inline_enumeration_patterns_find_what_one_pattern_finds() -> None:
    # The two family patterns (each opening with its word, the punctuation
    # checked behind) find the markers the plain pattern finds: punctuation,
    # spaces, then 一是 or 第一 followed by its comma.
    plain = regex.compile(
        rf"(?<={markers.ENUM_BEFORE})\s*+(?:{markers.ENUM_SHI}|{markers.ENUM_DI})", regex.VERSION1
    )
    tricky = [
        "加强。一是改革;二是开放",
        "。 第一,推进;第二、落实",
        "。三十二是",
        ",十二是",
        "第一,",
        "是第一,",
    ]
    found = 0
    for line in [*tricky, *LINES]:
        want = [m.span("shi") if m.group("shi") else m.span("di") for m in plain.finditer(line)]
        got = sorted(
            [m.span("shi") for m in _grammar.INLINE_ENUM_SHI.finditer(line)]
            + [m.span("di") for m in _grammar.INLINE_ENUM_DI.finditer(line)]
        )
        assert got == want, line
        found += len(want)
    assert found > 100


@pytest.mark.parametrize("seed", range(20))
def test_fold_of_a_long_text_is_the_translation(seed: int) -> None:
    # A long text folds by replacements (the common punctuation outright, the
    # other full-width forms the text holds, the spaces); a short one by one
    # translation.  Both give the same string, whichever forms occur.
    rnd = random.Random(seed)
    alphabet = [chr(c) for c in range(0xFF00, 0xFF62)] + list(
        "政府工作报告 ,.\t\u3000\u00a0\u200b\ufeff\u2009"
    )
    size = rnd.randint(_text._FOLD_BY_REPLACE, 6000)
    text = "".join(rnd.choice(alphabet[: rnd.randint(10, len(alphabet))]) for _ in range(size))
    assert fold(text) == text.translate(_text._FOLD)


def test_no_digit_answers_as_the_pattern() -> None:
    # Letters only and no 年 mean the digit pattern finds nothing; anything
    # else is left to the pattern.
    tricky = [
        "地区生产总值",
        "PM2.5浓度",
        "5G基站",
        "一九八○年的",
        "十四五规划",
        "第3季度",
        "（一）",
        "Ⅱ期工程",
        "二〇二五年",
    ]
    checked = 0
    for line in [*tricky, *LINES[::7]]:
        for a in range(0, len(line), 5):
            for b in (a + 3, a + 12, len(line)):
                b = min(b, len(line))
                assert _no_digit(line, a, b) == (_grammar.DIGIT.search(line, a, b) is None), (line, a, b)
                checked += 1
    assert checked > 10000


def _flat(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("seed", range(40))
def test_factored_alternation_matches_as_the_word_list(seed: int) -> None:
    # words of a small alphabet share beginnings (a, ab, abc, ac); with
    # nothing after it the longest word must win, and a word after which the
    # rest of the pattern fails makes the engine try the next, in order
    rng = random.Random(seed)
    alphabet = "ab元万 .%"
    words = list({"".join(rng.choices(alphabet, k=rng.randint(1, 4))) for _ in range(rng.randint(1, 30))})
    text = "".join(rng.choices(alphabet + "x", k=400))
    for rest in ("", "x", "(?=b)", "a?b"):
        flat = regex.compile(f"(?:{_flat(words)}){rest}")
        factored = regex.compile(f"(?:{_grammar._alternation(words)}){rest}")
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)], words


def test_factored_unit_list_finds_the_units_of_the_word_list() -> None:
    words = list(_grammar.UNIT_ALIASES)
    flat = regex.compile(f"(?:{_flat(words)})")
    factored = regex.compile(f"(?:{_grammar._alternation(words)})")
    for line in LINES:
        assert [m.span() for m in factored.finditer(line)] == [m.span() for m in flat.finditer(line)], line


# The modules ``parse`` runs, whose pattern calls all keep the GIL.
_PARSE_MODULES = ("_checks", "_headings", "_layout", "_measures", "_metadata", "_outline", "_pipeline")
_PARSE_MODULES += ("_quantities", "_targets", "_text")
# where ``concurrent`` stands among each method's arguments
_CONCURRENT_AT = {"match": 3, "search": 3, "fullmatch": 3, "finditer": 4, "findall": 4}


@pytest.mark.parametrize("module", _PARSE_MODULES)
def test_pattern_calls_of_the_parser_keep_the_gil(module: str) -> None:
    # a pattern of the grammar called without HOLD_GIL lets go of the GIL and
    # takes it back around its match: a third of a short call's cost
    tree = ast.parse(Path(_grammar.__file__).with_name(f"{module}.py").read_text("utf-8"))
    calls = 0
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, on = node.func.attr, ast.unparse(node.func.value)
        if method in _CONCURRENT_AT and on.startswith("_grammar."):
            where = f"{module}.py:{node.lineno} {on}.{method}"
            assert len(node.args) == _CONCURRENT_AT[method] + 1, where
            assert ast.unparse(node.args[-1]) == "_grammar.HOLD_GIL", where
            calls += 1
    assert calls


@pytest.mark.parametrize("pattern", [_grammar.CLAUSE_STOP, _grammar.ITEM_STOP, _grammar.SENTENCE_STOP])
def test_stop_before_is_the_last_stop_found_one_character_at_a_time(pattern: regex.Pattern[str]) -> None:
    def one_at_a_time(folded: str, pos: int, floor: int) -> int:
        k = pos
        while k > floor and not pattern.match(folded, k - 1):
            k -= 1
        return k

    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choices("增长,;:。!?、 ", k=rng.randint(0, 30)))
        pos, floor = rng.randint(-1, len(text) + 2), rng.randint(0, len(text) + 1)
        assert _stop_before(text, pattern, pos, floor) == one_at_a_time(text, pos, floor), (text, pos, floor)


def test_heading_patterns_by_first_character_match_as_the_whole_pattern() -> None:
    # each cut-down pattern holds the rows that can start with its character,
    # so a line's marker is the one the whole pattern finds
    rng = random.Random(3)
    pieces = [
        "一",
        "十",
        "二十",
        "(",
        ")",
        "、",
        ".",
        "1",
        "12",
        "第",
        "章",
        "节",
        "部分",
        "条",
        "——",
        "─",
        "-",
        "⑴",
        "①",
        "㈠",
        "x",
        " ",
    ]
    strings = ["".join(rng.choices(pieces, k=rng.randint(1, 6))) for _ in range(5000)]
    for line in [*LINES, *strings]:
        if not line:
            continue
        whole = _grammar.HEADING.match(line) if line[0] in _grammar.HEADING_FIRST else None
        cut = _grammar.HEADING_BY_FIRST.get(line[0])
        got = cut.match(line) if cut is not None else None
        assert (got and (got.span(), got.lastgroup, got[got.lastindex + 1])) == (
            whole and (whole.span(), whole.lastgroup, whole.group("n" + whole.lastgroup[1:]))
        ), line
