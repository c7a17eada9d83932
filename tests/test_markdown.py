"""``govreport parse --format markdown``: parsing the Markdown gives back the
outline and the header facts (the promise of :func:`render_markdown`)."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from govreport._render import render_markdown

from .conftest import ROOT, SEEDS

REAL = Path(__file__).parent / "real" / "docs"
CORPUS = ROOT.parent / "shared" / "corpus"
_FACTS = ("title", "subtitle", "date", "source", "meeting", "speaker", "authors", "salutation")


def _shape(report: govreport.Report) -> tuple[object, ...]:
    """What a Markdown rendering keeps: every section's path and title, each
    attachment's label and title, and the header facts."""
    return (
        [(path, s.title) for path, s in report.walk()],
        [(a.label, a.title) for a in report.attachments],
        [getattr(report.metadata, name) for name in _FACTS],
    )


def _round_trips(report: govreport.Report) -> bool:
    return _shape(govreport.parse(render_markdown(report))) == _shape(report)


#: Reports whose Markdown rendering does not parse back the same yet, with
#: the reason (strict: a fix turns the expected failure into a failure).
NOT_ROUND_TRIPPED: dict[str, str] = {
    "cpc-congress-03.txt": "a footnote mark 1 alone on its line inside a sentence: the rendering splits the "
    "sentence and a short line of it reads back as a heading",
}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=[pytest.mark.xfail(strict=True, reason=NOT_ROUND_TRIPPED[p.stem])])
        if p.stem in NOT_ROUND_TRIPPED
        else p
        for p in sorted(SEEDS.glob("*.txt")) + sorted(REAL.glob("*.txt"))
    ],
    ids=lambda p: p.stem,
)
def test_markdown_round_trip(path: Path) -> None:
    report = govreport.parse_file(path)
    assert _shape(govreport.parse(render_markdown(report))) == _shape(report)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus ../shared/corpus is not checked out")
def test_markdown_round_trip_whole_corpus() -> None:
    # 28 of 92 seeds and corpus reports differed before issue 11
    differ = [p.name for p in sorted(CORPUS.glob("*.txt")) if not _round_trips(govreport.parse_file(p))]
    assert differ == [name for name in NOT_ROUND_TRIPPED if name.endswith(".txt")]


def test_seed_003_attachment_survives_markdown() -> None:
    report = govreport.parse_file(SEEDS / "003_fb16f82d61c4a2eb.txt")
    markdown = render_markdown(report)
    assert "\n## 附件 2018年区政府要完成的与人民生活密切相关的实事项目\n" in markdown
    (again,) = govreport.parse(markdown).attachments
    assert (again.label, again.title) == ("附件", "2018年区政府要完成的与人民生活密切相关的实事项目")


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a 【…】 marker is its own title: not 【概况】概况
        (
            "杨浦年鉴\n\n【概况】\n\n全区常住人口八十五万人,比上年增加一万二千人,人口结构持续优化。\n",
            "## 【概况】",
        ),
        # the heading's own body opens with a marker: kept on the heading line,
        # or it would read back as a heading 1.
        ("一、总体要求。1.坚持稳中求进\n（一）指导思想\n", "## 一、总体要求。1.坚持稳中求进"),
    ],
    ids=["bracket", "marker-after-title"],
)
def test_markdown_headings_read_back(text: str, heading: str) -> None:
    report = govreport.parse(text)
    markdown = render_markdown(report)
    assert heading in markdown.splitlines()
    assert _round_trips(report)


def test_untitled_report_stays_untitled() -> None:
    report = govreport.parse("一、去年\n\n去年,这里没有任何组织,也不可能找到能做组织工作的人。\n")
    assert report.metadata.title is None
    again = govreport.parse(render_markdown(report))
    assert again.metadata.title is None and [s.title for s in again.sections] == ["去年"]


def test_short_lines_of_markdown_are_not_guessed_headings() -> None:
    # a short paragraph before a long one reads as a subheading in plain text,
    # but a Markdown document marks its headings with #
    text = "## 一、工作回顾\n\n党的十八届六中全会\n\n正式明确了核心地位,体现了党和人民的根本利益,具有重大而深远的意义。\n"
    assert [s.title for s in govreport.parse(text).sections] == ["工作回顾"]
    plain = text.replace("## ", "")
    assert [s.title for _, s in govreport.parse(plain).walk()] == ["工作回顾", "党的十八届六中全会"]
