"""Generators of hostile input (issue: hold up on anything).  Each takes a size
in characters and returns a str of about that size."""

from __future__ import annotations

import random
from collections.abc import Callable


def digits(n: int) -> str:
    """One line of digits."""
    return ("1234567890" * (n // 10 + 1))[:n]


def open_parens(n: int) -> str:
    """Nothing but （."""
    return "（" * n


def hanzi_markers(n: int) -> str:
    """Line after line of 一、."""
    return "一、\n" * (n // 3)


def nested_markers(n: int) -> str:
    """All marker families, alternating and nested 100 deep, again and again."""
    families = ["一、", "（一）", "1.", "（1）", "①", "⑴", "㈠", "第一章", "第一节", "——", "【标题】"]
    lines = []
    size = 0
    depth = 0
    while size < n:
        line = families[depth % len(families)] + "加强建设。" + "工作" * (depth % 5) + "\n"
        lines.append(line)
        size += len(line)
        depth = (depth + 1) % 100
    return "".join(lines)


def unpunctuated(n: int) -> str:
    """One line of Chinese with no punctuation at all."""
    return ("推进经济社会高质量发展全面深化改革扩大开放" * (n // 20 + 1))[:n]


def newlines(n: int) -> str:
    """Nothing but line breaks."""
    return "\n" * n


def dense_headings(n: int) -> str:
    """A one-character section every four characters: \\n一、x."""
    return "\n一、x" * (n // 4)


def short_titles(n: int) -> str:
    """A short unpunctuated line (a guessed subheading) before each long
    unpunctuated one (issue 8: 65 s at a million characters)."""
    pair = "短标题\n" + "很长的一段正文内容没有标点但超过二十五个字符所以会被当作段落处理吧\n"
    return pair * (n // len(pair))


def unpunctuated_lines(n: int) -> str:
    """Lines of 发展… with no stop anywhere, which all merge into one paragraph."""
    line = "发展" * 15 + "\n"
    return line * (n // len(line))


def paren_dense(n: int) -> str:
    """（1） alone on every line: an empty-titled section each."""
    return "（1）\n" * (n // 4)


def blank_runs(n: int) -> str:
    """A heading and a paragraph, then a run of 100 blank lines, again and again."""
    block = "一、加强建设\n推进经济社会高质量发展。\n" + "\n" * 100
    return block * (n // len(block))


def glued_numbers(n: int) -> str:
    """Numbers glued by 、 (10,000 of them in 100 KB)."""
    parts = []
    size = 0
    k = 0
    while size < n:
        part = f"{k * 37 % 100000}万"
        parts.append(part)
        size += len(part) + 1
        k += 1
    return "、".join(parts) + "人次"


def random_unicode(n: int, seed: int = 7) -> str:
    """Random code points from the whole BMP and beyond, newlines included."""
    rng = random.Random(seed)
    pool = [chr(c) for c in range(0x20, 0x2FFF)] + ["\n", "\r", "\u3000", "。", "一、", "（一）"]
    pool += [chr(c) for c in range(0x4E00, 0x4E00 + 500)] + ["😀", "\u202e", "\x00", "\ud800"]
    return "".join(rng.choice(pool) for _ in range(n))


HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": digits,
    "open-parens": open_parens,
    "hanzi-markers": hanzi_markers,
    "nested-markers": nested_markers,
    "unpunctuated": unpunctuated,
    "glued-numbers": glued_numbers,
    "newlines": newlines,
    "dense-headings": dense_headings,
    "short-titles": short_titles,
    "unpunctuated-lines": unpunctuated_lines,
    "paren-dense": paren_dense,
    "blank-runs": blank_runs,
    "random-unicode": random_unicode,
}
