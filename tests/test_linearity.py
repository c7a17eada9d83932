"""Every compiled pattern of the package, wherever it is kept (a module name,
a tuple of ``(pattern, kind)`` pairs, a dict), run on adversarial strings
built from its own literals.

A title of ``整改`` five thousand times once took seconds through
``(?:巡视|巡察|督察).*整改|整改.*(?:通报|情况)``: strings without the
pattern's words never reach its slow paths, so the strings here are made of
them.  The timeout turns a catastrophic-backtracking regression into a loud
failure instead of a hang.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
import regex

import govreport
from govreport import _grammar

from .test_robustness import ANCHORED

#: Characters per adversarial string: a quadratic pattern takes tens of
#: seconds on it, a linear one milliseconds.
SIZE = 10_000
#: Seconds a pattern may take on one string (the machine may be busy).
LIMIT = 1.0
#: Literals taken per pattern, the longest first: the unit table has hundreds.
MAX_LITERALS = 16


def _collect(value: object, where: str, depth: int = 0) -> Iterator[tuple[str, regex.Pattern[str]]]:
    if isinstance(value, regex.Pattern):
        yield where, value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for k, item in enumerate(value):
            yield from _collect(item, f"{where}[{k}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _collect(item, f"{where}[{key!r}]", depth + 1)


def _all_patterns() -> dict[str, regex.Pattern[str]]:
    found: dict[str, regex.Pattern[str]] = {}
    seen: set[int] = set()  # a pattern kept in several places (a table by first character) runs once
    names = [govreport.__name__] + [
        m.name for m in pkgutil.walk_packages(govreport.__path__, prefix=f"{govreport.__name__}.")
    ]
    for module_name in sorted(names):
        if module_name.endswith("__main__"):  # runs the command line when imported
            continue
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            for where, pattern in _collect(value, f"{module_name}.{name}"):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[where] = pattern
    # patterns compiled on first use
    found["govreport._grammar.quantity_rare()"] = _grammar.quantity_rare()
    return found


PATTERNS = _all_patterns()

# a run of characters a pattern names as themselves: CJK words and
# punctuation, letters, digits (escapes and syntax are dropped first)
_ESCAPE = regex.compile(r"\\[pPN]\{[^}]*+\}|\\[xu][0-9a-fA-F]{2,4}+|\\.")
_LITERAL = regex.compile(r"[^\s()\[\]{}|?*+^$.\\-]++")


def literals(pattern: regex.Pattern[str]) -> list[str]:
    # a bytes pattern (the format sniffers') is read as Latin-1 text
    raw: str | bytes = pattern.pattern
    source = _ESCAPE.sub(" ", raw.decode("latin-1") if isinstance(raw, bytes) else raw)
    runs = sorted({m[0] for m in _LITERAL.finditer(source)}, key=lambda s: (-len(s), s))
    words = runs[:MAX_LITERALS]
    chars = sorted({c for w in words for c in w})[:MAX_LITERALS]
    return words + [c for c in chars if c not in words]


def adversarial(pattern: regex.Pattern[str]) -> Iterator[str]:
    """Each literal repeated, each pair of literals alternating, all of them
    in turn, and the classic runs (digits, spaces, open brackets)."""
    words = literals(pattern)
    yield from ["1" * SIZE, " " * SIZE, "(" * SIZE, "\n" * SIZE, "一" * SIZE]
    for word in words:
        yield word * (SIZE // len(word))
        yield (word + " ") * (SIZE // (len(word) + 1))
    for a, b in itertools.pairwise(words):
        yield (a + b) * (SIZE // (len(a) + len(b)))
    if words:
        joined = "".join(words)
        yield joined * (SIZE // len(joined) + 1)


def test_patterns_are_collected() -> None:
    # module names, tuples of pairs (KIND_BY_TITLE) and every module
    assert "govreport._grammar.HEADING" in PATTERNS
    assert any(w.startswith("govreport._grammar.KIND_BY_TITLE[") for w in PATTERNS)
    assert len(PATTERNS) > 60


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_pattern_stays_linear_on_its_own_words(where: str) -> None:
    pattern = PATTERNS[where]
    anchored = where.rsplit(".", 1)[-1] in ANCHORED
    as_bytes = isinstance(pattern.pattern, bytes)
    for string in adversarial(pattern):
        text: Any = string.encode("utf-8") if as_bytes else string
        try:
            if anchored:
                pattern.match(text, timeout=LIMIT)
                pattern.fullmatch(text, timeout=LIMIT)
            else:
                for _ in pattern.finditer(text, timeout=LIMIT):
                    pass
        except TimeoutError:
            pytest.fail(f"{where} takes over {LIMIT} s on {text[:20]!r}… ({len(text)} characters)")


@pytest.mark.parametrize(
    "text",
    ["标题：" + "整改" * 5000, "——在" + "整改" * 5000 + "上的报告", "巡视" * 5000 + "\n一、总体要求\n"],
)
def test_long_title_parses_fast(text: str) -> None:
    import time

    start = time.perf_counter()
    report = govreport.parse(text)
    assert time.perf_counter() - start < 2.0
    assert report.metadata.kind is None or report.metadata.kind.value != "rectification-notice"
