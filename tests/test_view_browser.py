"""Report pages (``govreport view``) in a real headless browser: Debian's
``chromium``, which ``.ci/run`` installs.  What the browser built from each
page holds every section title and figure and the whole source text; markup in
a report runs nothing; a screenshot shows the page."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport
from govreport.cli import main

from .browser import Element, chromium, dump_dom, page_requests, parse_html, png_pixels, screenshot
from .conftest import SEEDS
from .test_view import HOSTILE, pane_of

pytestmark = pytest.mark.skipif(
    chromium() is None, reason="no chromium executable (Debian: apt-get install chromium)"
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: A spread of the development corpus: national, provincial, CPC, old and new.
SAMPLE = sorted(CORPUS.glob("*.txt"))[::17] if CORPUS.is_dir() else []
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and the corpus sample through ``govreport view``: a folder of pages."""
    out = tmp_path_factory.mktemp("pages")
    assert main(["view", *map(str, SEED_FILES + SAMPLE), "-o", str(out)]) == 0
    return out


def rendered(page: Path) -> Element:
    return parse_html(dump_dom(page))


def check_page(source: Path, page: Path) -> None:
    text = govreport.read_text(source)
    report = govreport.parse(text)
    dom = rendered(page)
    pane = dom.by_id("source")
    assert pane is not None
    # the browser's DOM, serialised, keeps each character (\r included)
    assert pane.text() == text
    titles = [e.text() for e in pane.find_all("hd") if "cont" not in e.classes and "att" not in e.classes]
    assert titles == [s.heading_span.slice(text) for _, s in report.walk()]
    for _, s in report.walk():
        assert any(s.title in t for t in titles), s.title
    figures = {e.attrs["id"]: e for e in pane.find_all("fig") if "cont" not in e.classes}
    quantities = [q for _, _, q in report.iter_quantities()]
    assert len(figures) == len(quantities)
    for n, q in enumerate(quantities):
        e = figures[f"q{n}"]
        assert e.text() == q.raw
        assert e.attrs["tabindex"] == "0"
        assert e.attrs["data-target"] == str(q.is_target).lower()
        assert e.attrs.get("data-unit") == q.unit
    title = next(e for e in dom.iter() if e.tag == "title")
    assert title.text() == (report.metadata.title or "(untitled report)")
    assert not [e for e in dom.iter() if e.tag in ("script", "img", "iframe", "link", "object")]


@pytest.mark.parametrize("source", SEED_FILES, ids=lambda p: p.stem)
def test_seed_pages_render(pages: Path, source: Path) -> None:
    check_page(source, pages / f"{source.stem}.html")


@pytest.mark.skipif(not SAMPLE, reason=f"development corpus not found at {CORPUS}")
@pytest.mark.parametrize("source", SAMPLE, ids=lambda p: p.stem)
def test_corpus_pages_render(pages: Path, source: Path) -> None:
    check_page(source, pages / f"{source.stem}.html")


def test_index_links_every_page(pages: Path) -> None:
    dom = rendered(pages / "index.html")
    links = sorted(e.attrs["href"] or "" for e in dom.iter() if e.tag == "a")
    assert links == sorted(p.name for p in pages.glob("*.html") if p.name != "index.html")


def test_markup_in_a_report_runs_nothing(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    report = govreport.parse(HOSTILE)
    page.write_text(govreport.render_html(report, HOSTILE), encoding="utf-8")
    dom = rendered(page)
    title = next(e for e in dom.iter() if e.tag == "title")
    # the script would have set the title to 'pwned'; the onerror handler too
    assert title.text() == report.metadata.title != "pwned"
    assert "<script>document.title='pwned'</script>" in pane_of(dom).text()
    assert not [e for e in dom.iter() if e.tag in ("script", "img", "a") and e in pane_of(dom).iter()]


def test_pages_load_nothing(pages: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.html"
    hostile.write_text(govreport.render_html(govreport.parse(HOSTILE), HOSTILE), encoding="utf-8")
    assert page_requests(pages / f"{SEED_FILES[3].stem}.html") == []
    assert page_requests(hostile) == []
    # the log does show what a page asks for: an image on a closed port
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/x.png">', encoding="utf-8")
    assert page_requests(control) == ["http://127.0.0.1:9/x.png"]


@pytest.mark.parametrize("width", [1000, 390])
def test_screenshot_is_not_blank(pages: Path, tmp_path: Path, width: int) -> None:
    png = screenshot(pages / f"{SEED_FILES[3].stem}.html", tmp_path / "shot.png", width=width, height=700)
    w, h, colours = png_pixels(png)
    assert (w, h) == (width, 700)
    # text, borders and backgrounds: far more than the one colour of a blank page
    assert len(colours) > 50, len(colours)
