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


LESSONS = """\
一、过去五年的工作
回顾五年来的工作，我们有以下几点体会：
必须坚持以经济建设为中心，聚精会神搞建设，一心一意谋发展，不断解放和发展社会生产力。
必须坚持深化改革，扩大开放，破除一切妨碍发展的体制机制障碍，激发全社会创造活力和发展动力。
"""


def test_lessons_announced_are_paragraphs() -> None:
    # the list announced (以下几点体会:) is of lessons, not measures: its 必须 items stay paragraphs
    section = govreport.parse(LESSONS).sections[0]
    assert [type(b).__name__ for b in section.blocks] == ["Paragraph"] * 3


def test_a_headline_holds_no_figure() -> None:
    # a first sentence stating a figure heads nothing (national report 1980, 1981 plan)
    text = (
        "一、计划\n"
        "计划生育，人口自然增长率为1％。"
        "要继续提倡晚婚晚育，提倡一对夫妇只生育一个孩子，加强计划生育的宣传教育和技术指导工作。\n"
        "扩大出口商品生产。加强出口商品基地建设，提高出口商品质量，增加适销对路的品种，"
        "努力开拓国际市场，积极发展来料加工和补偿贸易。\n"
    )
    blocks = govreport.parse(text).sections[0].blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Measure"]


def test_an_obligation_leads_only_one_action() -> None:
    # one action with 要 is a measure; a sentence listing a year's policies is not
    one = "要有计划地安排钨、钼、锡、铝、铜等有色金属的综合利用和提高质量的工作，逐步变原料出口为产品出口。"
    many = (
        "要正确把握宏观政策取向，继续实施积极的财政政策和稳健的货币政策，实施就业优先政策，"
        "加强政策协调配合，确保经济运行在合理区间，促进经济社会持续健康发展。"
    )
    opening = (
        "国民经济的调整已经取得初步成效，但是任务还很艰巨，需要继续付出艰苦的努力。各地区都应当认真总结经验。"
    )
    blocks = govreport.parse(f"一、任务\n{opening}\n{one}\n{many}\n").sections[0].blocks
    assert [type(b).__name__ for b in blocks[1:]] == ["Measure", "Paragraph"]
