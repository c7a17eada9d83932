"""The whole development corpus (``../shared/corpus``, 87 real reports):
properties every parse must have.  Skipped where the corpus is absent (a
user's clone); the labelled copies in ``tests/real`` always run."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import govreport
import govreport._text
from govreport import _grammar

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DOCS = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not DOCS, reason=f"development corpus not found at {CORPUS}")

MEETING = regex.compile(r"^\s*(?:——|―+)\s*\S*?在.{4,60}?会议上", regex.MULTILINE)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[str, govreport.Report]]:
    out = {}
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        out[path.stem] = (text, govreport.parse(text))
    return out


def test_no_chrome_or_blank_titles(parsed: dict[str, tuple[str, govreport.Report]]) -> None:
    bad = []
    for stem, (_, report) in parsed.items():
        titles = [report.metadata.title or "x"] + [s.title for _, s in report.walk()]
        for title in titles:
            if not title.strip(" \u3000" + INVISIBLE) or _grammar.BUTTON.fullmatch(title):
                bad.append((stem, title))
    print(f"\n{len(parsed)} reports, {len(bad)} blank or button titles")
    assert bad == []


def _is_not_a_title(title: str) -> bool:
    """Chrome, a name, a speaker or a date (a part title such as 1982's
    第六个五年计划的基本任务 may head 一、)."""
    folded = govreport._text.fold(title).strip()
    return any(
        p.fullmatch(folded)
        for p in (
            _grammar.BUTTON,
            _grammar.NAME_LINE,
            _grammar.SPEAKER_LINE,
            _grammar.PAGE_DATE,
            _grammar.POST_LINE,
        )
    ) or not any("\u4e00" <= c <= "\u9fff" for c in folded)


def test_first_numbered_heading_at_depth_one(parsed: dict[str, tuple[str, govreport.Report]]) -> None:
    deep = []
    for stem, (_, report) in parsed.items():
        first = next(
            (p for p, s in report.walk() if s.marker and s.marker.text in ("一、", "一.", "一．")), None
        )
        # under a numbered part ((一) 当前的经济形势 in 1981) it belongs there;
        # under an unnumbered section it was pushed down by chrome or a name
        parent = report.find(*first[:1]) if first is not None and len(first) > 1 else None
        if parent is not None and parent.marker is None and _is_not_a_title(parent.title):
            deep.append((stem, parent.title))
    print(f"\nfirst 一、 below depth 1 under chrome, a name or a date: {deep}")
    assert deep == []


def test_meeting_lines_give_date_and_meeting(parsed: dict[str, tuple[str, govreport.Report]]) -> None:
    with_line = [stem for stem, (text, _) in parsed.items() if MEETING.search(text[:3000])]
    missed = [s for s in with_line if not (parsed[s][1].metadata.date and parsed[s][1].metadata.meeting)]
    print(f"\n{len(with_line)} reports with a ——…会议上 line; date and meeting missed in {missed}")
    assert missed == []


def test_speaker_lines_give_the_speaker(parsed: dict[str, tuple[str, govreport.Report]]) -> None:
    speaker_line = regex.compile(
        rf"^\s*(?:{_grammar._POST})[\s\u3000]+\p{{Han}}(?:[\s\u3000]?\p{{Han}}){{1,3}}\s*$", regex.MULTILINE
    )
    with_line = [stem for stem, (text, _) in parsed.items() if speaker_line.search(text[:3000])]
    missed = [s for s in with_line if parsed[s][1].metadata.speaker is None]
    print(f"\n{len(with_line)} reports with a post-and-name line; speaker missed in {missed}")
    assert missed == []
