"""Measures on real reports against hand-labelled lines (issue 10).

``tests/real/lines/<stem>.tsv`` classifies every non-empty line of
``tests/real/docs/<stem>.txt`` as heading, measure, bullet, paragraph,
continuation, metadata or boilerplate, with the lead of each measure and
bullet (columns: line, class, lead, opt, note).  The labels were decided by
reading the text, never from the parser; a line marked ``opt=?`` is truly
ambiguous (the note says why) and counts neither way.

A measure-like line is one where a measure or a bullet starts; the library's
measures are compared by the line their span starts on.  Run with ``-s`` to
see the numbers; set ``GOVREPORT_MEASURES_DIFF=1`` to print every miss, extra
and wrong lead too.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import NamedTuple

import pytest

import govreport
from govreport import Measure

REAL = Path(__file__).parent / "real"
LABELS = sorted((REAL / "lines").glob("*.tsv"))

PRECISION, RECALL, LEADS = 0.92, 0.92, 0.95


class Score(NamedTuple):
    labelled: int
    found: int
    agree: int
    leads_right: int
    wrong: list[str]


def _score(path: Path) -> Score:
    with path.open(encoding="utf-8", newline="") as f:
        rows = {int(r["line"]): r for r in csv.DictReader(f, delimiter="\t")}
    optional = {n for n, r in rows.items() if r["opt"].strip() == "?"}
    labelled = {n for n, r in rows.items() if r["class"] in ("measure", "bullet")} - optional
    report = govreport.parse_file(REAL / "docs" / f"{path.stem}.txt")
    found: dict[int, Measure] = {}
    for _, measure in report.iter_measures():
        found.setdefault(measure.span.line, measure)
    made = set(found) - optional
    agree = labelled & made
    wrong = [f"{path.stem}:{n} missed {rows[n]['lead']!r}" for n in sorted(labelled - made)]
    wrong += [
        f"{path.stem}:{n} extra {found[n].lead!r} ({rows.get(n, {}).get('class')})"
        for n in sorted(made - labelled)
    ]
    leads_right = 0
    for n in sorted(agree):
        if found[n].lead == rows[n]["lead"]:
            leads_right += 1
        else:
            wrong.append(f"{path.stem}:{n} lead {found[n].lead!r} != {rows[n]['lead']!r}")
    return Score(len(labelled), len(made), len(agree), leads_right, wrong)


def test_labelled_set_is_whole() -> None:
    # the issue asks for 6 documents: 2 national of different decades, 3 provincial, 1 CPC congress
    stems = [p.stem for p in LABELS]
    assert len(stems) >= 6
    assert sum(s.startswith("national-") for s in stems) >= 2
    assert sum(s.startswith("provincial-") for s in stems) >= 3
    assert sum(s.startswith("cpc-") for s in stems) >= 1
    for path in LABELS:
        text = (REAL / "docs" / f"{path.stem}.txt").read_text(encoding="utf-8")
        with path.open(encoding="utf-8", newline="") as f:
            numbers = [int(r["line"]) for r in csv.DictReader(f, delimiter="\t")]
        # every non-empty line has its label, and only those
        assert numbers == [n for n, line in enumerate(text.split("\n"), 1) if line.strip()], path.stem


def test_measures_against_labels() -> None:
    scores = [_score(p) for p in LABELS]
    labelled = sum(s.labelled for s in scores)
    found = sum(s.found for s in scores)
    agree = sum(s.agree for s in scores)
    leads = sum(s.leads_right for s in scores)
    precision, recall, lead_share = agree / found, agree / labelled, leads / agree
    for path, s in zip(LABELS, scores, strict=True):
        print(f"{path.stem}: labelled {s.labelled}, found {s.found}, agree {s.agree}, leads {s.leads_right}")
    print(
        f"measures: precision {precision:.3f} ({agree}/{found}), recall {recall:.3f} ({agree}/{labelled}), "
        f"leads exact {lead_share:.3f} ({leads}/{agree})"
    )
    if os.environ.get("GOVREPORT_MEASURES_DIFF"):
        print("\n".join(w for s in scores for w in s.wrong))
    assert precision >= PRECISION
    assert recall >= RECALL
    assert lead_share >= LEADS


SEPARATE_LINES = """\
一、主要任务
（一）聚力促进更高水平开放
推动自由贸易港政策红利加速释放。
加紧推进封关政策落地见效,加强增量政策与存量政策联动,加快形成一批制度集成创新成果。
"""


def test_a_lead_alone_and_its_detail_are_one_measure() -> None:
    (measure,) = govreport.parse(SEPARATE_LINES).sections[0].children[0].measures
    assert measure.lead == "推动自由贸易港政策红利加速释放"
    assert measure.text == SEPARATE_LINES.split("\n", 2)[2].rstrip("\n")
    assert "\n" in measure.text  # two paragraphs, one line break between them
    assert measure.span.slice(SEPARATE_LINES) == measure.text
    assert (measure.span.line, measure.lead_span.slice(SEPARATE_LINES)) == (3, measure.lead)


def test_a_numbered_item_and_its_paragraph_are_one_measure() -> None:
    text = "一、回顾\n1.针对网络安全意识不足问题。\n召开网信工作会议,系统部署网络安全工作,开展网络安全宣传周活动。\n"
    (measure,) = govreport.parse(text).sections[0].measures
    assert (measure.marker and measure.marker.text, measure.lead) == ("1.", "针对网络安全意识不足问题")
    assert (
        measure.text
        == "针对网络安全意识不足问题。\n召开网信工作会议,系统部署网络安全工作,开展网络安全宣传周活动。"
    )
    assert measure.span.slice(text) == "1." + measure.text


def test_no_measure_spans_page_chrome() -> None:
    # issue 8: a footer between a numbered item and a paragraph stays out of the measure
    text = (
        "一、回顾\n1.针对网络安全意识不足问题。\n分享:\n"
        "召开网信工作会议,系统部署网络安全工作,开展网络安全宣传周活动,全面提升网络安全防护能力。\n"
    )
    section = govreport.parse(text).sections[0]
    assert section.blocks[0].text == "针对网络安全意识不足问题。"
    assert all("分享" not in b.text for b in section.blocks)


@pytest.mark.parametrize("path", LABELS, ids=[p.stem for p in LABELS])
def test_labelled_documents_are_corpus_copies(path: Path) -> None:
    assert (REAL / "docs" / f"{path.stem}.txt").is_file()
