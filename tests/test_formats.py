"""PDF, Word and HTML input: the same typed report as from the text.

Two kinds of files: the real published files in ``../shared/formats``
(skipped when absent: their licences keep them out of the repository), and
files these tests write themselves from a seed, so that the parse of each
format can be compared with the parse of the seed's text.
"""

from __future__ import annotations

import io
import subprocess
import zipfile
from html import escape
from pathlib import Path

import pytest

import govreport
from govreport._formats import sniff
from govreport._formats._clean import is_page_number, pages_to_text, squeeze

FORMATS = Path(__file__).resolve().parents[2] / "shared" / "formats"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_fb16f82d61c4a2eb.txt"
real = pytest.mark.skipif(not FORMATS.is_dir(), reason=f"published files not found at {FORMATS}")


def outline(report: govreport.Report) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []

    def walk(sections: tuple[govreport.Section, ...]) -> None:
        for s in sections:
            out.append((s.depth, s.marker.text if s.marker else "", s.title))
            walk(s.children)

    walk(report.sections)
    return out


def figures(report: govreport.Report) -> list[tuple[object, object]]:
    found = []
    for q in govreport.extract_quantities("\n".join(_texts(report))):
        found.append((q.value, q.unit))
    return sorted(found, key=repr)


def _texts(report: govreport.Report) -> list[str]:
    out: list[str] = []

    def walk(sections: tuple[govreport.Section, ...]) -> None:
        for s in sections:
            out.extend(b.text for b in s.blocks)
            walk(s.children)

    walk(report.sections)
    return out


def body_text(report: govreport.Report, text: str) -> str:
    return "".join(text[s.span.start : s.span.end] for s in report.sections)


# --- telling formats by content ----------------------------------------------


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"%PDF-1.4\n%\xe2\xe3", "pdf"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "docx"),
        (b"PK\x03\x04 xl/workbook.xml", "text"),
        (b"\xef\xbb\xbf<!DOCTYPE html>\n<html>", "html"),
        (b"<!-- saved page -->\n<HTML><HEAD>", "html"),
        ("<p>一、总体要求</p>".encode(), "text"),
        ("一、总体要求\n".encode("gb18030"), "text"),
    ],
)
def test_sniff_by_content(data: bytes, fmt: str) -> None:
    assert sniff(data) == fmt


def test_file_name_does_not_decide(tmp_path: Path) -> None:
    page = "<html><head><title>关于加强管理的通知_某某网</title></head><body><p>一、总体要求</p><p>全年增长5%。</p></body></html>"
    path = tmp_path / "report.txt"
    path.write_text(page, encoding="utf-8")
    text = govreport.read_text(path)
    assert "<" not in text
    assert govreport.parse_file(path).sections[0].title == "总体要求"


# --- layout extraction leaves ------------------------------------------------


def test_squeeze_keeps_figures_and_names_whole() -> None:
    # Beijing and Zhoukou PDFs as pypdf reads them
    assert squeeze("全市地区生产总值增长 5.2%、约 4.4 万亿元") == "全市地区生产总值增长5.2%、约4.4万亿元"
    assert squeeze("周 口 市 统 计 局") == "周口市统计局"
    assert squeeze("一、综 合") == "一、综合"
    assert squeeze("2023 年周口市国民经济和社会发展统计公报") == "2023年周口市国民经济和社会发展统计公报"
    # a space between phrases of a title is the title's own
    assert squeeze("在解放思想中凝聚共识 补齐短板 抓好落实") == "在解放思想中凝聚共识 补齐短板 抓好落实"
    assert squeeze("实现地区生产总值[2]18500.81亿元") == "实现地区生产总值18500.81亿元"
    # a reference list keeps its marks
    assert squeeze("[1] 本公报中数据均为初步统计数。") == "[1] 本公报中数据均为初步统计数。"


def test_pages_drop_running_headers_join_wraps_and_report_page_numbers() -> None:
    body = "全年全市地区生产总值同比增长百分之四点八，第一产业增加值增长二点零，第二产业增加值"
    pages = [
        ["- 1 -", "2023 年周口市国民经济和社会发展统计公报", "一、综 合", body, "增长 6.0%。"],
        ["- 2 -", "二、农 业", body, "增长 1.2%。", "周口市统计局 2"],
        ["三、工 业", body, "增长 2.2%。", "周口市统计局 3", "— 3 —"],
        ["－4－", "四、投 资", body, "增长 3.2%。", "周口市统计局 4"],
    ]
    text = pages_to_text(pages)
    lines = text.splitlines()
    assert lines[:4] == ["- 1 -", "2023年周口市国民经济和社会发展统计公报", "一、综合", body + "增长6.0%。"]
    # the running footer is out; page numbers are lines of their own
    assert "统计局" not in text
    assert [ln for ln in lines if is_page_number(ln)] == ["- 1 -", "- 2 -", "— 3 —", "－4－"]
    report = govreport.parse(text)
    assert [s.title for s in report.sections] == ["综合", "农业", "工业", "投资"]
    chrome = [d for d in report.diagnostics if d.kind is govreport.DiagnosticKind.BOILERPLATE]
    # the two page numbers on either side of a page break are one run of chrome
    assert [d.span.slice(text) for d in chrome] == ["- 1 -", "- 2 -", "— 3 —\n－4－"]
    assert not any(is_page_number(ln) for b in _texts(report) for ln in b.splitlines())


def test_page_number_inside_a_paragraph_moves_after_it() -> None:
    start = "截至2021年底，全国注册登记提供住宿的各类民政服务机构共计4.3万个，其中注册登记为事业单位的2.5万个，注册登"
    pages = [
        ["一、综合", start * 1, start, "—3—"],
        ["记为民办非企业单位的1.8万个。", "二、行政区划"],
    ]
    lines = pages_to_text(pages).splitlines()
    assert lines == ["一、综合", start + start + "记为民办非企业单位的1.8万个。", "—3—", "二、行政区划"]


def test_table_rows_are_rows_not_headings_or_measures() -> None:
    pages = [
        [
            "一、综 合",
            "年末全市常住人口 866.60 万人。",
            "表 2 2023 年周口市居民消费价格指数",
            "类 别 指 数（以上年为 100）",
            "居民消费价格指数 100.0",
            "一、食品烟酒 99.2",
            "二、衣着 101.3",
            "二、农 业",
            "全年粮食产量增长 1.2%。",
        ]
    ]
    text = pages_to_text(pages)
    assert "| 一、食品烟酒 | 99.2 |" in text.splitlines()
    report = govreport.parse(text)
    assert [(s.marker and s.marker.text, s.title) for s in report.sections] == [
        ("一、", "综合"),
        ("二、", "农业"),
    ]
    rows = [b for b in report.sections[0].blocks if b.text.startswith("|")]
    assert rows and all(isinstance(b, govreport.Paragraph) for b in rows)


def test_web_page_body_header_and_inline_numbers() -> None:
    page = """<!DOCTYPE html><html><head><meta charset="utf-8">
    <title>关于十起典型问题的通报--中央纪委国家监委网站</title></head><body>
    <nav class="nav"><a href="/">首页</a><a href="/a">要闻</a><a href="/b">审查调查</a></nav>
    <div class="crumb"><a href="/">首页</a> &gt; 头条</div>
    <div class="article"><h2 class="tit">关于十起典型问题的通报</h2>
    <div class="daty"><em>来源：中央纪委国家监委网站</em><em>发布时间： 2022-09-05 18:00</em>
    <div class="share_box">分享</div></div>
    <div class="content"><p>日前，中央纪委国家监委对<span>10</span>起违反中央八项规定精神典型问题进行公开通报。</p>
    <p>一、某市原副市长张某违规收受礼金问题。</p><p>2021年，张某收受礼金共计<span>32</span>万元。</p></div></div>
    <div class="related"><ul><li><a href="/x">相关新闻一则很长的标题在这里</a></li><li><a href="/y">另一则相关新闻</a></li></ul></div>
    <footer>主办单位：中央纪委国家监委网站 京ICP备12345678号</footer></body></html>"""
    text = govreport.read_text(page.encode())
    assert "对10起违反中央八项规定精神典型问题" in text
    for chrome in ("要闻", "头条", "分享", "相关新闻", "ICP"):
        assert chrome not in text
    report = govreport.parse(text)
    assert report.metadata.title == "关于十起典型问题的通报"
    assert report.metadata.source == "中央纪委国家监委网站"
    assert str(report.metadata.date or report.metadata.publication_date) == "2022-09-05"


def test_web_page_in_a_form_with_unclosed_paragraphs_and_gbk() -> None:
    # an ASP.NET page: the whole page in one <form>, paragraphs left open,
    # GBK bytes, a title attribute holding markup, the date in a <span>
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <meta name="ArticleTitle" content="&lt;p&gt;2024年某县政府工作报告&lt;/p&gt;">
    <title>2024年某县政府工作报告 - 某县人民政府</title><body><form id="form1" method="post">
    <div class="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开</a></li>
    <li><a href="/hdjl">互动交流</a></li></ul></div>
    <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
    <div class="detail"><div class="detail-title"><h1>2024年某县政府工作报告</h1>
    <div class="info">日期：<span>2024年01月15日</span> 来源：<span>县政府办公室</span></div></div>
    <div id="zoom"><p>各位代表：<p>现在，我代表县人民政府，向大会报告工作，请予审议。
    <p>一、2023年工作回顾<p>全县地区生产总值增长<span>6.5</span>%，达到<b>325.6</b>亿元。
    <p>二、2024年主要目标<p>地区生产总值增长6%左右。</div></div>
    <div class="share"><a href="#">微信</a><a href="#">微博</a></div></form>
    <div class="footer">版权所有：某县人民政府 <a href="#">网站地图</a></div></body></html>"""
    text = govreport.read_text(page.encode("gbk"))
    report = govreport.parse(text)
    assert report.metadata.title == "2024年某县政府工作报告"
    assert str(report.metadata.date or report.metadata.publication_date) == "2024-01-15"
    assert report.metadata.source == "县政府办公室"
    assert [s.title for s in report.sections] == ["2023年工作回顾", "2024年主要目标"]
    assert "全县地区生产总值增长6.5%，达到325.6亿元。" in text
    for chrome in ("网站首页", "互动交流", "当前位置", "微博", "网站地图"):
        assert chrome not in text


def test_word_paragraphs_and_tables_in_document_order() -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def p(*runs: str) -> str:
        return "<w:p>" + "".join(f"<w:r><w:t>{r}</w:t></w:r>" for r in runs) + "</w:p>"

    def tc(text: str) -> str:
        return f"<w:tc>{p(text)}</w:tc>"

    body = (
        p("一、综合")
        + p("全年地区生产总值", "增长4.5%。")
        + "<w:p/>"
        + p("—1—")
        + p("表1  2024年主要产品产量")
        # a merged cell: the label repeated in the cells it spans
        + "<w:tbl><w:tr>" + tc("指标") + tc("指标") + tc("产量") + "</w:tr>"
        + "<w:tr>" + tc("一、粮食") + tc("万吨") + tc("100.29") + "</w:tr></w:tbl>"
        + f"<w:sdt><w:sdtContent>{p('二、农业')}{p('全年粮食产量增长1.0%。')}</w:sdtContent></w:sdt>"
    )  # fmt: skip
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    text = govreport.read_text(buf.getvalue())
    assert text.splitlines() == [
        "一、综合",
        "全年地区生产总值增长4.5%。",
        "—1—",
        "| 表1  2024年主要产品产量 |",
        "| 指标 | 产量 |",
        "| 一、粮食 | 万吨 | 100.29 |",
        "二、农业",
        "全年粮食产量增长1.0%。",
    ]
    report = govreport.parse(text)
    assert [s.title for s in report.sections] == ["综合", "农业"]


def test_word_text_box_is_read_once() -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>一、综合</w:t></w:r></w:p></w:txbxContent>"
    # a PDF→Word conversion: the heading in a text box, stored as drawing and as VML
    body = (
        f"<w:p><w:r><mc:AlternateContent><mc:Choice>{box}</mc:Choice>"
        f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:r><w:t>全年地区生产总值增长4.5%。</w:t></w:r></w:p>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{w}" xmlns:mc="{mc}"><w:body>{body}</w:body></w:document>',
        )
    assert govreport.read_text(buf.getvalue()).splitlines() == ["一、综合", "全年地区生产总值增长4.5%。"]


# --- errors ------------------------------------------------------------------


def test_broken_docx_is_a_format_error() -> None:
    with pytest.raises(govreport.FormatError) as info:
        govreport.read_text(b"PK\x03\x04 word/document.xml truncated")
    assert (info.value.format, info.value.problem) == ("docx", "broken")
    assert "cannot read docx (broken)" in str(info.value)


def test_docx_package_without_document_is_broken() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/styles.xml", "<styles/>")
    with pytest.raises(govreport.FormatError, match=r"no word/document\.xml"):
        govreport.read_text(buf.getvalue())


def test_broken_pdf_is_a_format_error() -> None:
    pytest.importorskip("pypdf")
    with pytest.raises(govreport.FormatError) as info:
        govreport.read_text(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    assert info.value.format == "pdf" and info.value.problem in ("broken", "no-text")


def _pdf(lines: list[str], *, password: str | None = None) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    font = _cjk_font()
    pdf = fpdf.FPDF()
    if password is not None:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.add_font("cjk", fname=font, collection_font_number=0)
    pdf.set_font("cjk", size=12)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 7, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _cjk_font() -> str:
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        out = ""
    fonts = sorted(line.split(":")[0] for line in out.splitlines() if line.strip())
    fonts = [f for f in fonts if f.endswith((".ttf", ".ttc", ".otf"))]
    if not fonts:
        pytest.skip("no CJK font on this machine (apt-get install fonts-wqy-microhei)")
    return fonts[0]


def test_encrypted_pdf_is_a_format_error() -> None:
    pytest.importorskip("pypdf")
    data = _pdf(["一、总体要求", "全年增长5%。"], password="secret")
    with pytest.raises(govreport.FormatError) as info:
        govreport.read_text(data)
    assert info.value.problem == "encrypted"


def test_pdf_without_text_layer_is_a_format_error() -> None:
    pytest.importorskip("pypdf")
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100, style="F")  # a scanned page: pictures, no text
    with pytest.raises(govreport.FormatError) as info:
        govreport.read_text(bytes(pdf.output()))
    assert info.value.problem == "no-text"
    assert "OCR" in str(info.value)


def test_format_error_pickles() -> None:
    import pickle

    err = govreport.FormatError("x", format="pdf", problem="encrypted", path="a.pdf")
    back = pickle.loads(pickle.dumps(err))
    assert (back.format, back.problem, back.path, str(back)) == ("pdf", "encrypted", "a.pdf", str(err))


# --- a seed rendered to each format parses as its text -------------------------


SEEDS = sorted(SEED.parent.glob("*.txt"))


@pytest.fixture(scope="module")
def seed() -> tuple[str, govreport.Report]:
    text = SEED.read_text(encoding="utf-8")
    return text, govreport.parse(text)


@pytest.mark.parametrize("render", ["docx", "html"])
@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_every_seed_as_word_and_web_page(path: Path, render: str) -> None:
    text = path.read_text(encoding="utf-8")
    expected = govreport.parse(text)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    got = govreport.parse(govreport.read_text((_docx if render == "docx" else _html)(lines)))
    assert outline(got) == outline(expected)
    assert got.metadata.title == expected.metadata.title
    assert figures(got) == figures(expected)


def _docx(lines: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    # runs split mid-word and empty paragraphs, as a PDF→Word conversion leaves them
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(ln[:3])}</w:t></w:r><w:r><w:t>{escape(ln[3:])}</w:t></w:r></w:p><w:p/>'
        for ln in lines
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{paras}</w:body></w:document>')
    return buf.getvalue()


def _html(lines: list[str]) -> bytes:
    title, *rest = lines
    body = "".join(f"<p>{escape(ln)}</p>" for ln in rest)
    nav = "".join(f'<li><a href="/{i}">栏目{i}</a></li>' for i in range(12))
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}_静安区人民政府</title></head><body>"
        f'<ul class="menu">{nav}</ul><div class="main"><h1>{escape(title)}</h1>'
        f'<div class="article-body">{body}</div></div><div class="footer">版权所有 静安区人民政府</div></body></html>'
    ).encode()


@pytest.mark.parametrize("render", [_docx, _html, _pdf], ids=["docx", "html", "pdf"])
def test_seed_in_each_format_parses_as_its_text(render, seed) -> None:  # type: ignore[no-untyped-def]
    text, expected = seed
    if render is _pdf:
        pytest.importorskip("pypdf")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    got_text = govreport.read_text(render(lines))
    got = govreport.parse(got_text)
    assert outline(got) == outline(expected)
    assert got.metadata.title == expected.metadata.title
    assert figures(got) == figures(expected)


# --- the real published files ------------------------------------------------


@real
@pytest.mark.parametrize(
    "name", sorted(p.name for p in FORMATS.glob("*.*") if p.suffix != ".md") if FORMATS.is_dir() else []
)
def test_every_published_file_parses(name: str) -> None:
    if name.endswith(".pdf"):
        pytest.importorskip("pypdf")
    text = govreport.read_text(FORMATS / name)
    report = govreport.parse_file(FORMATS / name)
    assert report == govreport.parse(text)
    assert len(text) > 1000 and "<" not in text
    # page numbers out of every block
    for block in _texts(report):
        assert not any(is_page_number(ln) for ln in block.splitlines())


@real
def test_beijing_pdf_outline() -> None:
    pytest.importorskip("pypdf")
    report = govreport.parse_file(FORMATS / "pdf_beijing2024.pdf")
    top = [(s.marker and s.marker.text, s.title) for s in report.sections]
    assert top == [("一、", "2023年工作回顾"), ("二、", "2024年重点任务")]
    tasks = report.sections[1].children
    assert [s.marker.text for s in tasks if s.marker] == [f"（{n}）" for n in "一二三四五六七八九十"] + [
        "（十一）"
    ]
    assert tasks[0].title == "持续提升首都功能，推动京津冀协同发展取得新的更大进展"
    # the text layer is kept: 17,675 characters extracted, spaces and breaks aside
    raw = pytest.importorskip("pypdf").PdfReader(FORMATS / "pdf_beijing2024.pdf")
    layer = "".join("".join(p.extract_text().split()) for p in raw.pages)
    kept = "".join(govreport.read_text(FORMATS / "pdf_beijing2024.pdf").split())
    assert len(kept) >= 0.9 * len(layer)
    assert "全市地区生产总值增长5.2%、约4.4万亿元" in kept


@real
def test_whole_bulletin_pdf() -> None:
    pytest.importorskip("pypdf")
    path = FORMATS / "pdf_zhoukou_tjgb2023.pdf"
    report = govreport.parse_file(path)
    assert report.metadata.title == "2023年周口市国民经济和社会发展统计公报"
    assert [s.title for s in report.sections] == [
        "综合", "农业", "工业和建筑业", "固定资产投资", "交通和邮电", "国内贸易和对外经济",
        "财政和金融", "教育和科学技术", "文化旅游、卫生健康和体育", "人民生活和社会保障",
        "环境保护和安全生产",
    ]  # fmt: skip
    text = govreport.read_text(path)
    assert "初步核算，全年全市地区生产总值同比增长4.8%。分产业看，第一产业增加值增长2.0%，" in text
    # the 13 page numbers (- 1 - … - 13 -) are chrome, reported, in no block
    chrome = [
        d.span.slice(text) for d in report.diagnostics if d.kind is govreport.DiagnosticKind.BOILERPLATE
    ]
    assert [ln for run in chrome for ln in run.splitlines()] == [f"- {n} -" for n in range(1, 14)]
    assert "| 一、食品烟酒 | 99.2 |" in text.splitlines()
    first = report.sections[0].blocks[0]
    assert [(q.name, q.raw) for q in first.quantities][:2] == [
        ("地区生产总值", "4.8%"),
        ("第一产业增加值", "2.0%"),
    ]


@real
def test_disclosure_report_pdf_title_and_parts() -> None:
    pytest.importorskip("pypdf")
    report = govreport.parse_file(FORMATS / "pdf_hongze_xxgk2023.pdf")
    # the title is printed on two lines; the file's /Title spells it whole
    assert report.metadata.title == "洪泽区人民政府2023年政府信息公开工作年度报告"
    assert [(s.marker and s.marker.text, s.title) for s in report.sections] == [
        ("一、", "总体情况"),
        ("二、", "主动公开政府信息情况"),
        ("三、", "收到和处理政府信息公开申请情况"),
        ("四、", "政府信息公开行政复议、行政诉讼情况"),
        ("五、", "存在的主要问题及改进情况"),
        ("六、", "其他需要报告的事项"),
    ]
    text = govreport.read_text(FORMATS / "pdf_hongze_xxgk2023.pdf")
    # the table's rows, the label turned on its side among them
    assert "| 三、本年度办理结果 |" in text.splitlines()
    assert "| 1.本机关不掌握相关政府信息 | 10 | 0 | 0 | 0 | 0 | 0 | 10 |" in text.splitlines()


@real
def test_mac_resaved_docx_reads_like_the_original() -> None:
    original = govreport.read_text(FORMATS / "docx_mca_tjgb2021.docx")
    assert govreport.read_text(FORMATS / "docx_mca_tjgb2021_macresave.docx") == original
    report = govreport.parse(original)
    assert report.metadata.title == "2021年民政事业发展统计公报"
    assert [s.title for s in report.sections] == ["综合", "行政区划", "社会工作", "成员组织和其他社会服务"]
    # the page numbers the PDF→Word conversion kept as paragraphs (—1— … —18—) are chrome
    assert not any(is_page_number(ln) for b in _texts(report) for ln in b.splitlines())
    assert "—1—" in [d.span.slice(original) for d in report.diagnostics]
    # a paragraph cut by a page break is whole again
    assert "其中注册登记为事业单位的1.8万个，注册登记为民办非企业单位的1.8万个。" in original


@real
@pytest.mark.parametrize(
    ("name", "title", "date"),
    [
        (
            "html_ccdi_t20220905_215850.html",
            "中央纪委国家监委公开通报十起违反中央八项规定精神典型问题",
            "2022-09-05",
        ),
        (
            "html_ccdi_t20230129_243305.html",
            "中央纪委国家监委公开通报十起粮食购销领域违纪违法典型案例",
            "2023-01-29",
        ),
        (
            "html_ccdi_t20230427_261287.html",
            "中央纪委国家监委公开通报青海省6名党员领导干部严重违反中央八项规定精神问题",
            "2023-04-27",
        ),
    ],
)
def test_ccdi_pages(name: str, title: str, date: str) -> None:
    text = govreport.read_text(FORMATS / name)
    report = govreport.parse(text)
    assert report.metadata.title == title
    assert report.metadata.source == "中央纪委国家监委网站"
    assert str(report.metadata.date) == date
    for nav in ("首页", "分享", "ICP备"):
        assert nav not in text


@real
def test_magazine_page_body_is_the_second_content_element() -> None:
    text = govreport.read_text(FORMATS / "html_ccdi_t20240204_326880.html")
    report = govreport.parse(text)
    assert report.metadata.title == "从月报数据看纠治“四风”形与势"
    assert text.startswith(
        "从月报数据看纠治“四风”形与势\n——解读2023年全国查处违反中央八项规定精神问题月报数据\n"
    )
    assert [s.marker.text for s in report.sections if s.marker] == ["1.", "2.", "3.", "4.", "5."]
    # the table of contents in the sidebar is not the body
    assert "春节民俗的历史演变及礼仪教化" not in text


# --- the command line --------------------------------------------------------


def test_cli_reads_a_web_page_and_a_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govreport.cli import main

    lines = [
        "关于做好2024年工作的报告",
        "一、总体要求",
        "全年地区生产总值增长5%左右。",
        "二、重点任务",
        "新增就业1.2万人。",
    ]
    (tmp_path / "a.html").write_bytes(_html(lines))
    (tmp_path / "b.docx").write_bytes(_docx(lines))
    assert main(["parse", str(tmp_path / "a.html"), str(tmp_path / "b.docx")]) == 0
    out = capsys.readouterr().out
    assert out.count("一、 总体要求") == 2 and out.count("二、 重点任务") == 2
    assert main(["quantities", str(tmp_path / "b.docx")]) == 0
    assert "1.2万人" in capsys.readouterr().out


def test_cli_reports_an_unreadable_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govreport.cli import main

    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 word/document.xml, cut short")
    assert main(["parse", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"govreport: {bad}: cannot read docx (broken): ")
    assert "\n" not in err
