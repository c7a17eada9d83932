"""Wrapped, CRLF, CR, indented and full/half-width variants of the seeds parse
to the same outline, measures and metadata as the seeds themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import govreport
from govreport import Report
from govreport._text import display_width, fold
from tests import variants

from .conftest import seed_text

SEEDS = ["000", "001", "002", "003", "004"]


def signature(report: Report) -> list[tuple[object, ...]]:
    """What must not change: metadata, section paths and titles, measure leads,
    and the whitespace-free text of every block."""
    meta = report.metadata
    out: list[tuple[object, ...]] = [
        ("meta", fold(meta.title or ""), meta.date, meta.speaker, meta.authors, meta.kind, meta.year)
    ]
    out += [("section", tuple(map(fold, path)), fold(s.title)) for path, s in report.walk()]
    out += [("measure", tuple(map(fold, path)), fold(m.lead)) for path, m in report.iter_measures()]
    blocks = list(report.preamble) + [b for _, s in report.walk() for b in s.blocks]
    out += [("text", "".join(fold(b.text).split())) for b in blocks]
    return out


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": variants.crlf,
    "cr": variants.cr,
    "indented-u3000": variants.indented,
    "indented-nbsp": lambda t: variants.indented(t, "\u00a0\u00a0"),
    "indented-tab": lambda t: variants.indented(t, "\t"),
    "fullwidth": variants.fullwidth,
    "halfwidth": variants.halfwidth,
    "wrapped-72": variants.wrapped,
    "wrapped-60": lambda t: variants.wrapped(t, 60),
    "wrapped-crlf": lambda t: variants.crlf(variants.wrapped(t)),
}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_parses_the_same(seed: str, variant: str) -> None:
    text = seed_text(seed)
    changed = VARIANTS[variant](text)
    assert signature(govreport.parse(changed)) == signature(govreport.parse(text))


def test_wrapped_really_wraps() -> None:
    text = variants.wrapped(seed_text("003"))
    assert max(display_width(line) for line in text.split("\n")) == 72
    assert text.count("\n") > 3 * seed_text("003").count("\n")


NATIONAL = Path(__file__).parent / "fixtures" / "national_style.txt"


@pytest.mark.parametrize("width", [36, 40, 50, 60, 72, 80])
def test_wrapped_at_any_width(width: int) -> None:
    """Text written for these tests in the style of a national report (full-width
    punctuation, 一是 enumerations, —— bullets, a long meeting line), hard-wrapped."""
    text = NATIONAL.read_text(encoding="utf-8")
    assert signature(govreport.parse(variants.wrapped(text, width))) == signature(govreport.parse(text))


def test_national_style_outline() -> None:
    report = govreport.parse(NATIONAL.read_text(encoding="utf-8"))
    meta = report.metadata
    assert (meta.meeting, meta.speaker and meta.speaker.name, meta.salutation) == (
        "第十四届全国人民代表大会第二次会议",
        "李强",
        "各位代表",
    )
    section = report.find("三、", "(二)")
    assert section is not None
    assert [m.lead for m in section.measures] == ["加强教育强国建设", "加快推动高水平科技自立自强"]
    targets = [(q.name, q.raw) for _, _, q in report.iter_quantities() if q.is_target]
    assert targets[:2] == [("国内生产总值", "5%左右"), ("城镇新增就业", "1200万人以上")]
