"""A bounded, derandomised fuzz run: windows of real reports, mutated the way
scraped text goes wrong (and worse), must keep the span invariants and come
back from JSON unchanged.

The seed is fixed, so a failure reproduces; raise ``ROUNDS`` locally to look
further (``ROUNDS=5000`` found the surrogate pair and split-marker faults).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

import govreport

from .spans import check_spans, uncovered

DOCS = sorted((Path(__file__).resolve().parent / "real" / "docs").glob("*.txt"))
ROUNDS = int(os.environ.get("GOVREPORT_FUZZ_ROUNDS", "120"))
WINDOW = 2500
SEED = 20_26_12_07

# what scraped text does: markers, breaks and prefixes where they should not
# be, odd characters, bytes a decoder kept as surrogates
PIECES = [
    "\n", "\r\n", "\r", "\n\n", "（", "）", "(", ")", "一、", "（一）", "（\n一）", "1.", "1．", "(1)", "①",
    "第一章", "第一，", "一是", "二是", "——", "【", "】", "# ", "## ", "### 1.", "> ", "- ", "\u3000", " ",
    "\t", "\x0c", "\u2028", "\x00", "\x1b[2J", "\ud800", "\udfff", "\ud800\udfff", "\udcff", "😀", "\ufeff",
    "\u200b", "。", "，", "：", "%", "亿元", "增长", "12.5", "1,000", "二〇二六年一月", "标题：", "来源：",
    "——在", "上的报告", "整改", "附件", "各位代表：",
]  # fmt: skip


def mutate(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(chars) + 1)
        what = rng.random()
        if what < 0.45:
            chars[at:at] = list(rng.choice(PIECES))
        elif what < 0.65 and chars:
            del chars[at : at + rng.randint(1, 20)]
        elif what < 0.8 and chars:
            # a line start gets a Markdown prefix or a marker
            line = "".join(chars).rfind("\n", 0, at) + 1
            chars[line:line] = list(rng.choice(["# ", "## ", "一是", "（一）", "1.", "第一，"]))
        elif chars:
            piece = chars[at : at + rng.randint(1, 200)]
            chars[at:at] = piece  # a repeated run, as a scraper's duplicate
    return "".join(chars)


def cases() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    texts = {p.name: p.read_text(encoding="utf-8") for p in DOCS}
    out = []
    for k in range(ROUNDS):
        name = rng.choice(sorted(texts))
        text = texts[name]
        start = rng.randrange(max(len(text) - WINDOW, 1))
        out.append((f"{k}-{name}", mutate(text[start : start + WINDOW], rng)))
    return out


@pytest.mark.skipif(not DOCS, reason="tests/real/docs holds no reports")
def test_fuzzed_real_text_keeps_spans_and_round_trips() -> None:
    started = time.perf_counter()
    for label, text in cases():
        report = govreport.parse(text)
        try:
            check_spans(report, text)
            assert uncovered(report, text) == ""
            again = govreport.from_json(govreport.to_json(report))
            assert again == report
            assert govreport.parse(text) == report
        except AssertionError as exc:
            raise AssertionError(f"case {label}: {text[:200]!r}…") from exc
    assert time.perf_counter() - started < 60  # the suite's budget is 20 s on an idle machine


@pytest.mark.parametrize(
    "text",
    [
        "一、总体要求\n加强建设（\n一）推进工作。\n（\n一）\n",  # a marker broken over two lines
        "一、总体要求\n# 一是加强建设，推进工作。\n# 二是完善制度。\n",  # Markdown before 一是
        "一、总体要求\n## 1.加强建设，推进工作。\n##  2.完善制度。\n",
        "一、总体要求\n# \u3000\u3000三是抓改革、增活力。坚持把深化改革开放作为根本动力。\n",
    ],
)
def test_reproducers_keep_spans(text: str) -> None:
    report = govreport.parse(text)
    check_spans(report, text)
    assert uncovered(report, text) == ""
    assert govreport.from_json(govreport.to_json(report)) == report


def test_a_broken_marker_has_the_source_text() -> None:
    text = "一、总体要求\n加强建设（\n一）推进工作。\n（\n一）\n"
    markers = [s.marker for _, s in govreport.parse(text).walk() if s.marker is not None]
    assert [(m.text, m.span.slice(text)) for m in markers] == [("一、", "一、"), ("（\n一）", "（\n一）")]
