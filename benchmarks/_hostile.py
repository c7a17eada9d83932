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
    "random-unicode": random_unicode,
}
