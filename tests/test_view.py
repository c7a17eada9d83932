"""The report page (``govreport.render_html``, ``govreport view``,
``Report._repr_html_``), read back with the standard library's HTML parser.
The same pages in a real browser: ``test_view_browser.py``."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import govreport
from govreport._view import _CSS, _mark, _nest
from govreport.cli import main

from .browser import Element, parse_html
from .conftest import SEEDS

REAL = Path(__file__).resolve().parent / "real" / "docs"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
REAL_FILES = sorted(REAL.glob("*.txt"))[::5]

#: A report whose text is markup: none of it may become an element.
HOSTILE = (
    "<script>document.title='pwned'</script>政府工作报告\r\n\r\n"
    "一、总体要求<img src=x onerror=\"document.title='pwned'\">\r\n\r\n"
    "稳增长。地区生产总值增长6%左右</div></main><style>*{display:none}</style>&amp;&lt;。\r\n"
    "（一）控制\x00字符\x1b[31m与\ud800孤立代理\x85项\r\n"
    '<a href="https://example.com/x">link</a> "quoted" \'single\' `tick`\n'
)

#: The only elements a page may hold.
TAGS = {
    "#document", "html", "head", "meta", "title", "style", "body", "div", "span", "aside",
    "main", "nav", "h1", "h2", "dl", "dt", "dd", "ol", "ul", "li", "a", "table", "thead",
    "tbody", "tr", "th", "td", "p",
}  # fmt: skip


def page_of(text: str) -> tuple[govreport.Report, Element]:
    report = govreport.parse(text)
    return report, parse_html(govreport.render_html(report, text))


def pane_of(page: Element) -> Element:
    """The report itself (the card and the key beside it hold samples of each mark)."""
    return next(e for e in page.iter() if "src" in e.classes)


def source_of(page: Element) -> str:
    pane = page.by_id("source")
    assert pane is not None
    return pane.text()


@pytest.mark.parametrize("path", SEED_FILES + REAL_FILES, ids=lambda p: p.stem)
def test_page_holds_the_source_exactly_once(path: Path) -> None:
    text = govreport.read_text(path)
    report, page = page_of(text)
    assert source_of(page) == text
    # every section heading, measure lead and figure is an element over its own text
    headings = [e for e in pane_of(page).find_all("hd") if "cont" not in e.classes and "att" not in e.classes]
    assert [e.text() for e in headings] == [s.heading_span.slice(text) for _, s in report.walk()]
    leads = [e.text() for e in pane_of(page).find_all("lead") if "cont" not in e.classes]
    # a section's own blocks after its subsections come before them in iter_measures
    assert leads == [m.lead_span.slice(text) for m in sorted(report.measures, key=lambda m: m.span.start)]
    figures = [e for e in pane_of(page).find_all("fig") if "cont" not in e.classes]
    quantities = sorted((q for _, _, q in report.iter_quantities()), key=lambda q: q.span.start)
    assert [e.text() for e in figures] == [q.raw for q in quantities]


def test_hostile_text_is_text() -> None:
    report, page = page_of(HOSTILE)
    assert source_of(page) == HOSTILE
    elements = page.iter()
    assert {e.tag for e in elements} <= TAGS
    assert not [e.attrs for e in elements if any(k.startswith("on") or k == "src" for k in e.attrs)]
    assert all((e.attrs.get("href") or "#").startswith("#") for e in elements)
    # the characters HTML cannot carry are shown by their code points
    assert [e.attrs["data-char"] for e in pane_of(page).find_all("bad")] == ["U+0000", "U+001B", "U+D800"]
    assert report.metadata.title is not None and "<script>" in report.metadata.title
    title = next(e for e in elements if e.tag == "title")
    assert title.text() == report.metadata.title
    # a lone surrogate cannot be written as UTF-8: the page must still encode
    govreport.render_html(report, HOSTILE).encode("utf-8")


def test_page_loads_nothing() -> None:
    text = govreport.read_text(SEED_FILES[0])
    page = govreport.render_html(govreport.parse(text), text)
    head = page[: page.index("</head>")]
    assert "default-src 'none'" in head
    for loader in ("<script", "<link", "<img", "<iframe", "url(", "@import", "src="):
        assert loader not in page.replace(text, ""), loader


def test_figures_carry_what_they_were_read_as() -> None:
    text = "政府工作报告\n\n一、主要目标\n\n稳增长。全年地区生产总值约685.59亿元,同比增长5.77%。预期目标:城镇新增就业1.2万人以上。\n"
    report, page = page_of(text)
    first, second = (e for e in pane_of(page).find_all("fig") if "cont" not in e.classes)
    assert first.text() == "约685.59亿元"
    assert first.attrs["data-value"] == "68559000000"
    assert first.attrs["data-unit"] == "元"
    assert first.attrs["data-qualifier"] == "approx"
    assert first.attrs["data-change"] == "up 5.77 % (同比)"
    assert first.attrs["data-target"] == "false"
    assert first.attrs["tabindex"] == "0"
    assert "value: 68559000000 元" in (first.attrs["data-tip"] or "")
    assert second.text() == "1.2万人以上"
    assert second.attrs["data-target"] == "true" and "target" in second.classes
    assert second.attrs["data-qualifier"] == "at-least"
    assert second.attrs["data-value"] == str(Decimal("12000"))
    [measure] = report.measures
    assert [e.text() for e in pane_of(page).find_all("lead")] == [measure.lead_span.slice(text)]


def test_chrome_metadata_and_diagnostics_are_marked() -> None:
    text = (
        "首页 > 政务公开\n\n关于2023年度工作的报告\n来源:区政府办\n\n一、工作回顾\n\n（一）经济\n\n全年增长5%。\n\n"
        "（三）民生\n\n新增就业1万人。\n\n\n\n\n\n\n\n\n\n分享到:\n微信 微博\n"
    )
    report, page = page_of(text)
    assert source_of(page) == text
    kinds = {d.kind for d in report.diagnostics}
    assert govreport.DiagnosticKind.ORDINAL_GAP in kinds
    assert govreport.DiagnosticKind.BOILERPLATE in kinds
    chrome = [e.text() for e in pane_of(page).find_all("chrome")]
    assert any("分享到" in c for c in chrome)
    gaps = pane_of(page).find_all("diag")
    assert [e.attrs["data-kind"] for e in gaps] == ["ordinal-gap"]
    meta = {e.attrs["data-field"]: e.text() for e in pane_of(page).find_all("meta")}
    assert meta["source"] == "来源:区政府办"
    # the card links each fact to the element it was read from
    links = [e.attrs["href"] for e in page.iter() if e.tag == "a" and (e.attrs.get("class") == "at")]
    for href in links:
        assert page.by_id((href or "")[1:]) is not None, href


def test_outline_links_every_section() -> None:
    text = govreport.read_text(SEED_FILES[1])
    report, page = page_of(text)
    nav = next(e for e in page.iter() if e.tag == "nav")
    links = [e for e in nav.iter() if e.tag == "a"]
    assert len(links) == sum(1 for _ in report.walk()) + (1 if report.preamble else 0) + len(
        report.attachments
    )
    for a in links:
        assert page.by_id((a.attrs["href"] or "")[1:]) is not None


def test_crossing_marks_nest_and_keep_every_character() -> None:
    # a metadata line that a diagnostic runs past: the outer one is cut, not dropped
    text = "abcdefghij"
    marks = [
        _mark(0, 6, 1, "div", "meta", id="m"),
        _mark(3, 9, 6, "span", "diag", id="d"),
        _mark(4, 5, 7, "span", "x"),
    ]
    page = parse_html(f'<div id="source" class="src">{_nest(text, marks)}</div>')
    assert source_of(page) == text
    diag = pane_of(page).find_all("diag")
    assert [e.text() for e in diag] == ["def", "ghi"]
    assert "cont" in diag[1].classes and "id" not in diag[1].attrs


@given(
    st.text(
        alphabet=st.sampled_from(list("一、（）1.5%亿元增长<>&\"'\r\n \u3000\x00\x1b\ud800ab")), max_size=120
    )
)
def test_any_text_round_trips(text: str) -> None:
    _, page = page_of(text)
    assert source_of(page) == text


def test_model_only_page_and_notebook_repr() -> None:
    text = govreport.read_text(SEED_FILES[2])
    report = govreport.parse(text)
    for html in (report._repr_html_(), govreport.render_html(report)):
        page = parse_html(html)
        headings = [e.text() for e in pane_of(page).find_all("hd")]
        assert len(headings) == sum(1 for _ in report.walk()) + len(report.attachments)
        figures = [e.text() for e in pane_of(page).find_all("fig")]
        raws = [q.raw for _, _, q in report.iter_quantities()]
        assert len(figures) >= 0.9 * len(raws) and set(figures) <= set(raws)
    fragment = report._repr_html_()
    assert fragment.startswith('<div class="gr"><style>') and "<html" not in fragment
    # a notebook holds many outputs: the anchors of two reports differ
    other = govreport.parse(text)._repr_html_()
    first, again = (pane_of(parse_html(h)).find_all("hd")[0] for h in (fragment, other))
    assert first.attrs["id"] != again.attrs["id"]


def test_render_html_checks_its_arguments() -> None:
    report = govreport.parse("一、总体要求\n")
    with pytest.raises(TypeError, match="source text as a str"):
        govreport.render_html(report, b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a Report"):
        govreport.render_html("一、总体要求\n")  # type: ignore[arg-type]


def test_render_html_refuses_another_text() -> None:
    # a CRLF file read with open().read() loses its \r: every span after the
    # first line end is off by one
    text = govreport.read_text(SEED_FILES[0])
    report = govreport.parse(text.replace("\n", "\r\n"))
    with pytest.raises(ValueError, match="not the one the report was parsed from"):
        govreport.render_html(report, text)
    with pytest.raises(ValueError, match="not the one the report was parsed from"):
        govreport.render_html(report, "")


def test_cli_view_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "page.html"
    assert main(["view", str(SEED_FILES[0]), "-o", str(out)]) == 0
    text = govreport.read_text(SEED_FILES[0])
    assert source_of(parse_html(out.read_text(encoding="utf-8"))) == text
    assert main(["view", str(SEED_FILES[0]), "-o", "-"]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")


def test_cli_view_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = "一、总体要求\r\n增长5%\r\n".encode("gb18030")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["view", "-", "-o", "-"]) == 0
    assert source_of(parse_html(capsys.readouterr().out)) == "一、总体要求\r\n增长5%\r\n"


def test_cli_view_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for p in SEED_FILES[:2]:
        (src / p.name).write_bytes(p.read_bytes())
    (src / "sub" / SEED_FILES[0].name).write_bytes(SEED_FILES[0].read_bytes())
    (src / "bad.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 50)
    out = tmp_path / "out"
    assert main(["view", str(src), "-r", "-o", str(out)]) == 1
    assert "bad.txt" in capsys.readouterr().err
    pages = sorted(p.name for p in out.iterdir())
    stem = SEED_FILES[0].stem
    assert pages == sorted(["index.html", f"{stem}.html", f"{stem}-2.html", f"{SEED_FILES[1].stem}.html"])
    index = parse_html((out / "index.html").read_text(encoding="utf-8"))
    hrefs = sorted(e.attrs["href"] or "" for e in index.iter() if e.tag == "a")
    assert hrefs == sorted(
        pages[:-1] if pages[-1] == "index.html" else [p for p in pages if p != "index.html"]
    )
    rows = [e for e in index.iter() if e.tag == "tr"]
    assert len(rows) == 1 + 4  # the header, three reports and the file that failed
    assert any("bad.txt" in r.text() and "decode" in r.text() for r in rows)


def _luminance(hex_colour: str) -> float:
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_colours_have_enough_contrast() -> None:
    # WCAG AA for text (4.5:1): a rule's own text on its own background, and
    # every text colour on every light background a mark can sit on
    rules = regex.findall(r"[^{}]+\{([^{}]*)\}", _CSS)
    assert len(rules) > 20
    light, inks = {"#fff"}, set()
    for body in rules:
        decls = [d.strip().partition(":") for d in body.split(";")]
        colour = next((v for k, _, v in decls if k == "color"), None)
        backgrounds = [
            c for k, _, v in decls if k == "background" for c in regex.findall(r"#[0-9a-f]{3,6}", v)
        ]
        for bg in backgrounds:
            assert colour is None or _contrast(colour, bg) >= 4.5, (body, colour, bg)
        if colour and not backgrounds:
            inks.add(colour)
        if backgrounds and (colour is None or _luminance(colour) < 0.2):
            light.update(backgrounds)
    assert len(inks) >= 4 and len(light) >= 5
    for ink in inks:
        for bg in light:
            assert _contrast(ink, bg) >= 4.5, (ink, bg)


def test_cli_view_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["view", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "  govreport view " in out and "--encoding" in out
    for argv in (["view", str(SEED_FILES[0])], ["view", "--encoding", "no-such-codec", "x", "-o", "y"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
    assert "unknown encoding: no-such-codec" in capsys.readouterr().err


def test_cli_view_into_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # one file and an existing folder: its page and an index in the folder
    assert main(["view", str(SEED_FILES[0]), "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["index.html", f"{SEED_FILES[0].stem}.html"])
    # an output that cannot be written is a message, not a traceback
    blocked = tmp_path / "index.html" / "page.html"
    assert main(["view", str(SEED_FILES[0]), "-o", str(blocked)]) == 1
    assert capsys.readouterr().err.startswith(f"govreport: {blocked}: ")


def test_cli_view_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["view", str(missing), "-o", str(tmp_path / "page.html")]) == 1
    assert capsys.readouterr().err == f"govreport: {missing}: No such file or directory\n"
    assert not (tmp_path / "page.html").exists()
