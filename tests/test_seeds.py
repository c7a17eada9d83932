"""Acceptance checks on the five seed documents (issue: parse into typed models)."""

from __future__ import annotations

import datetime as dt

from govreport import MarkerFamily, Measure, Paragraph, Report, ReportKind, Speaker


def leads(blocks: tuple[object, ...]) -> list[str]:
    return [b.lead for b in blocks if isinstance(b, Measure)]


def test_seed_000_metadata(reports: dict[str, Report]) -> None:
    meta = reports["000"].metadata
    assert meta.title == "中共上海市普陀区委常委会2015年工作报告"
    assert meta.date == dt.date(2017, 8, 9)
    assert meta.source == "普陀区地方志办公室"
    assert meta.region == "普陀区"  # the innermost name of 上海市普陀区
    assert meta.kind is ReportKind.PARTY_COMMITTEE_REPORT
    # the title names the year its committee reports on; the page date is no delivery date
    assert (meta.year, meta.review_year) == (None, 2015)


def test_seed_000_two_runs_of_six(reports: dict[str, Report]) -> None:
    sections = reports["000"].sections
    assert [s.marker.text for s in sections if s.marker] == [
        "一、",
        "二、",
        "三、",
        "四、",
        "五、",
        "六、",
    ] * 2
    assert all(s.depth == 1 for s in sections)
    assert reports["000"].diagnostics == ()


def test_seed_000_second_run_numbered_measures(reports: dict[str, Report]) -> None:
    second = reports["000"].sections[6:]
    for section in second[1:]:
        numbered = [m for m in section.measures if m.marker is not None]
        assert [m.marker.text for m in numbered] == ["1.", "2.", "3.", "4."]
        assert all(m.marker.family is MarkerFamily.ARABIC for m in numbered)
    assert second[1].measures[0].lead == "保持区域经济持续健康发展"


def test_seed_000_first_run_lead_sentence_measures(reports: dict[str, Report]) -> None:
    second_section = reports["000"].sections[1]
    assert leads(second_section.blocks) == [
        "高标准开展规划编制",
        "加大产业结构调整力度",
        "完善开放式、市场化开发机制",
    ]
    # the section's opening summary stays a paragraph
    assert isinstance(second_section.blocks[0], Paragraph)


def test_seed_001(reports: dict[str, Report]) -> None:
    report = reports["001"]
    assert report.metadata.title == "概况"
    assert report.metadata.date == dt.date(2023, 1, 17)
    assert report.metadata.authors == ("陆伟杰",)
    assert report.metadata.kind is ReportKind.YEARBOOK
    assert (report.metadata.year, report.metadata.review_year) == (None, 2021)
    assert leads(report.preamble) == [
        "严格落实规范程序,有序推进换届工作",
        "抓好党史学习教育,坚持学思悟践为民办实事",
        "贯彻“继续探索、走在前头”要求,推动基层党建高质量发展",
        "注重实绩实干导向,打造“靠谱”干部队伍",
        "深化“人靠谱(普),才无忧”内涵,以人才驱动激发普陀活力",
        "聚焦减负增能,盘活编制资源",
    ]
    last = report.preamble[-1]
    assert last.text.endswith("助力区域联动发展。")
    assert "陆伟杰" not in last.text


def test_seed_002_metadata(reports: dict[str, Report]) -> None:
    meta = reports["002"].metadata
    assert meta.title == "中共上海市普陀区委员会关于十二届市委第二轮巡视集中整改进展情况的通报"
    assert meta.date == dt.date(2024, 7, 26)
    assert meta.source == "上海普陀"
    assert meta.kind is ReportKind.RECTIFICATION_NOTICE
    assert meta.contacts is not None
    assert [(c.kind.value, c.value) for c in meta.contacts] == [
        ("phone", "021-52564588转1647"),
        ("email", "qwb_dck@shpt.gov.cn"),
        (
            "address",
            "上海市普陀区大渡河路1668号,中共上海市普陀区委办公室(信封上注明“关于巡视整改落实情况的意见建议”)",
        ),
        ("postcode", "200333"),
    ]


def test_seed_002_outline(reports: dict[str, Report]) -> None:
    report = reports["002"]
    assert [s.title for s in report.sections] == [
        "党委及主要负责人组织落实整改情况",
        "集中整改进展情况",
        "下一步工作安排",
    ]
    second = report.sections[1]
    assert [c.marker.text for c in second.children if c.marker] == ["(一)", "(二)", "(三)", "(四)", "(五)"]
    numbers = [m.marker.ordinal for c in second.children[:4] for m in c.measures if m.marker]
    assert numbers == list(range(1, 42))
    assert report.diagnostics and all(d.kind.value == "boilerplate" for d in report.diagnostics)


def test_seed_002_boilerplate_not_in_outline(reports: dict[str, Report], seeds: dict[str, str]) -> None:
    report = reports["002"]
    texts = [b.text for _, s in report.walk() for b in s.blocks] + [s.title for _, s in report.walk()]
    for junk in ("分享:", "特殊稿件右侧区域内容请使用tab按钮切换浏览", "联系电话", "邮政编码"):
        assert not any(junk in t for t in texts)
    # one diagnostic for the run of chrome lines (blank lines between)
    noted = [d.span.slice(seeds["002"]).split() for d in report.diagnostics]
    assert noted == [["分享:", "特殊稿件右侧区域内容请使用tab按钮切换浏览"]]


def test_seed_003_metadata(reports: dict[str, Report]) -> None:
    meta = reports["003"].metadata
    assert meta.title == "政府工作报告"
    assert meta.date == dt.date(2018, 1, 16)
    assert meta.meeting == "静安区第一届人民代表大会第五次会议"
    assert meta.speaker == Speaker(post="静安区区长", name="陆晓栋")
    assert meta.salutation == "各位代表"
    assert meta.region == "静安区"
    assert meta.kind is ReportKind.GOVERNMENT_WORK_REPORT
    assert (meta.year, meta.review_year) == (2018, 2017)  # delivered 2018-01-16, on 2017


def test_seed_003_outline(reports: dict[str, Report]) -> None:
    report = reports["003"]
    one, two = report.sections
    assert [c.marker.text for c in one.children if c.marker] == ["(一)", "(二)", "(三)", "(四)", "(五)"]
    assert [c.marker.text for c in two.children if c.marker] == [f"({n})" for n in "一二三四五六七"]
    assert one.children[0].measures[0].lead == "产业支撑效应日益凸显"
    (attachment,) = report.attachments
    assert attachment.title == "2018年区政府要完成的与人民生活密切相关的实事项目"
    assert [m.marker.text for m in attachment.blocks if isinstance(m, Measure) and m.marker] == [
        f"{n}、" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
    ]


def test_seed_004(reports: dict[str, Report]) -> None:
    report = reports["004"]
    meta = report.metadata
    assert meta.title == "在解放思想中凝聚共识 补齐短板 抓好落实"
    assert meta.subtitle == "区委学习讨论会侧记"
    assert meta.authors == ("郑潇萌", "杨晓梅", "朱良城")
    assert meta.kind is ReportKind.NEWS
    assert [s.title for s in report.sections] == [
        "强化服务,稳抓经济建设",
        "旧改:攻坚克难重执行",
        "明确“双十”,推进基础设施建设",
        "文明城区为杨浦百姓而建",
        "抓好党建工作,服务科创中心建设",
    ]
    assert all(s.marker is None and s.depth == 1 for s in report.sections)


def test_seed_004_page_breaks_rejoined(reports: dict[str, Report]) -> None:
    texts = [b.text for _, s in reports["004"].walk() for b in s.blocks]
    (joined,) = [t for t in texts if "育提升具有杨浦科创特色的" in t]
    assert "育提升具有杨浦科创特色的代表性产业,立足" in joined
    for a, b in [
        ("丰满", "考核维度"),
        ("区建交委将发扬", "“敢担当"),
        ("激发他们对“双十”项目", "的热忱"),
        ("切实加强文明", "施工标准化"),
        ("创建宜居、宜", "业的优良环境"),
        ("发挥卫生行业特", "点,做好"),
    ]:
        assert any(a + b in t for t in texts), (a, b)


def test_seed_004_inline_enumeration(reports: dict[str, Report]) -> None:
    (measure,) = [m for _, m in reports["004"].iter_measures() if m.marker and m.marker.text == "第一"]
    assert measure.lead == "加紧启动具备条件的地块"
    assert [i.marker.text for i in measure.items] == ["第一", "第二", "第三"]
    assert measure.items[2].text.startswith("加快在拆基地的推进和收尾")
