"""Wrapped, CRLF, CR, indented and full/half-width variants of the seeds parse
to the same outline, measures and metadata as the seeds themselves."""

from __future__ import annotations

from collections.abc import Callable

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
