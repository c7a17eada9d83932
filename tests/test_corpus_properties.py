"""What a user sees first, on every real file of the two development corpora
(``../shared/corpus``: national, provincial and CPC reports; ``../shared/
corpus-local``: county, district and city reports as datasets deliver them,
some one physical line with their breaks written out).  Each property is
counted over all files and the counts printed (``pytest -s``); skipped where
the corpora are absent (a user's clone)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import govreport
from govreport import Block, MarkerFamily, Measure, Report, Section
from govreport._text import escaped_breaks

SHARED = Path(__file__).resolve().parents[2] / "shared"
FILES = sorted(
    p for d in ("corpus", "corpus-local") if (SHARED / d).is_dir() for p in (SHARED / d).glob("*.txt")
)
pytestmark = pytest.mark.skipif(not FILES, reason=f"development corpora not found under {SHARED}")

#: Titles no section may have: page chrome, a curator's label line, a
#: Wikisource link fragment (· 习近平), a lone digit or sign, markup.
NOT_A_TITLE = regex.compile(
    r"\A(?:[\d\W]|[·•]\s*+\S.*|(?:标题|发文单位|发文时间|报告人|来源URL|来源|正文)\s*+[:：].*"
    r"|.*(?:©|网站地图|<!--|<[a-zA-Z/][^>]{0,40}>).*|粗体文字|注释|[上下]一页)\Z"
)
#: The speaker presents the report to the meeting: 我代表国务院,向大会作政府
#: 工作报告 / 我代表清苑县人民政府向大会报告工作 (not 企业负责人要定期向大会
#: 报告工作, a 1979 report's rule for factories).
SAYS_WHAT_IT_IS = regex.compile(
    r"向大会[^。]{0,4}?作政府工作报告|我代表[^。]{0,40}?向[^。]{0,30}?大会(?:[^。]{0,4}?作[^。]{0,10}?工作报告|报告[^。]{0,16}?工作)"
)


@pytest.fixture(scope="module")
def parsed() -> dict[str, tuple[str, Report]]:
    out = {}
    for path in FILES:
        text = govreport.read_text(path)
        out[path.name] = (text, govreport.parse(text))
    return out


def _parents(report: Report) -> Iterator[tuple[tuple[Block, ...], tuple[Section, ...]]]:
    yield report.preamble, report.sections
    for _, section in report.walk():
        yield section.blocks, section.children


_ORDINAL_OPENERS = {MarkerFamily.ENUM_DI, MarkerFamily.ENUM_SHI}


def test_siblings_of_one_family_are_one_kind(parsed: dict[str, tuple[str, Report]]) -> None:
    """Under one parent, the numbered items of one family are all sections or
    all measures: ``(一)`` with one paragraph beside ``(二)``…``(六)`` with
    several is a section too (a 2005 national report lost it).  Ordinal openers
    (``第一，``) are the exception: each title line heads what is under it, so the
    1980 report's ``第二，`` over three paragraphs is a section and its ``第三，``
    over one a measure, as the hand labels of that report have them."""
    mixed = []
    for name, (_, report) in parsed.items():
        for blocks, children in _parents(report):
            measured = {
                b.marker.family for b in blocks if isinstance(b, Measure) and b.marker and b.marker.ordinal
            }
            both = measured & {c.marker.family for c in children if c.marker is not None}
            mixed += [(name, family.value) for family in both - _ORDINAL_OPENERS]
    print(f"\n{len(parsed)} files, {len(mixed)} parents with mixed siblings")
    assert not mixed


def test_no_section_titled_by_chrome(parsed: dict[str, tuple[str, Report]]) -> None:
    bad = [
        (name, s.title)
        for name, (_, r) in parsed.items()
        for _, s in r.walk()
        if NOT_A_TITLE.fullmatch(s.title)
    ]
    print(f"\n{len(parsed)} files, {len(bad)} sections titled by chrome, a label, a fragment or a digit")
    assert not bad


def _spaced(text: str) -> bool:
    """Whether blank lines set the text's paragraphs apart: at least a third
    of its lines are followed by one (a Wikisource copy, however many of its
    lines its links broke)."""
    lines = [ln.strip("\u3000 \t\r\u200b") for ln in text.split("\n")]
    present = sum(1 for ln in lines if ln)
    parted = sum(1 for a, b in itertools.pairwise(lines) if a and not b)
    return parted >= 0.3 * present > 0


def test_no_link_fragment_is_a_section(parsed: dict[str, tuple[str, Report]]) -> None:
    """Where blank lines part paragraphs, a line that touches text above and
    below is a piece of a sentence (正式明确 / 习近平 / 总书记的核心地位…, a
    Wikisource link's text on its own line), never a section's title."""
    bad = []
    for name, (text, report) in parsed.items():
        if not _spaced(text):
            continue
        for _, s in report.walk():
            if s.marker is not None:
                continue
            start, end = s.heading_span.start, s.heading_span.end
            above = text[: text.rfind("\n", 0, start) if start else 0].rsplit("\n", 1)[-1]
            below = text[end:].lstrip("\r").split("\n", 2)[1:2]
            if above.strip() and below and below[0].strip():
                bad.append((name, s.title))
    print(f"\n{len(bad)} sections titled by a line inside a paragraph of spaced text")
    assert not bad


def test_reports_that_say_what_they_are_have_a_kind(parsed: dict[str, tuple[str, Report]]) -> None:
    saying = [name for name, (text, _) in parsed.items() if SAYS_WHAT_IT_IS.search(text)]
    kindless = [name for name in saying if parsed[name][1].metadata.kind is None]
    print(f"\n{len(saying)} files say they are a work report, {len(kindless)} without a kind")
    assert len(saying) > 100  # the phrase is found: the property is not vacuous
    assert not kindless


def test_escaped_text_is_not_one_paragraph(parsed: dict[str, tuple[str, Report]]) -> None:
    escaped = [name for name, (text, _) in parsed.items() if escaped_breaks(text)]
    flat = [name for name in escaped if not parsed[name][1].sections]
    told = [
        name
        for name in escaped
        if any(d.kind is govreport.DiagnosticKind.ESCAPED_BREAKS for d in parsed[name][1].diagnostics)
    ]
    print(f"\n{len(escaped)} one-line files with written-out breaks, {len(flat)} without sections")
    assert len(escaped) >= 25  # the dataset rows are found
    assert not flat
    assert told == escaped


def test_first_item_one_opens_the_outline(parsed: dict[str, tuple[str, Report]]) -> None:
    """The first ``一、`` stands at depth 1, unless a part heading of the body
    stands above it (``2005年主要任务`` and its 一、…, after the opening
    paragraph; ``(二)`` and its 一、… in 1981): never under a line of the
    header taken for a section, before any paragraph."""
    bad = []
    counted = 0
    for name, (_, report) in parsed.items():
        path = _first_item_one(report.sections, ())
        if path is None:
            continue
        counted += 1
        if len(path) > 1 and path[0] == 0 and not report.preamble:
            bad.append(name)
    print(f"\n{counted} files with a numbered outline, {len(bad)} with 一、 under a header line")
    assert counted > 100
    assert not bad


def _first_item_one(sections: tuple[Section, ...], at: tuple[int, ...]) -> tuple[int, ...] | None:
    """Where the first 一、 is: the position of each section on its path."""
    for k, section in enumerate(sections):
        if section.marker is not None and section.marker.text.strip() == "一、":
            return (*at, k)
        found = _first_item_one(section.children, (*at, k))
        if found is not None:
            return found
    return None
