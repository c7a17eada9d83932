"""Word (.docx) → report text, with the standard library.

The package's ``word/document.xml`` holds every paragraph and table in
document order; reading it directly needs no extra and opens packages that
python-docx refuses (a bulletin re-saved by Mac Word names a
``word/footnotes.xml`` it does not contain: python-docx raises ``KeyError``).
Runs split mid-word are joined; empty paragraphs of a PDF→Word conversion
dropped; merged table cells given once.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from govreport import _grammar
from govreport._formats._clean import PAGE, PROSE, ROW, is_page_number, join_page_breaks, squeeze
from govreport.errors import FormatError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraph(p: ElementTree.Element) -> str:
    parts: list[str] = []

    def walk(el: ElementTree.Element) -> None:
        for child in el:
            if child.tag == _W + "t":
                parts.append(child.text or "")
            elif child.tag in (_W + "tab", _W + "br", _W + "cr"):
                parts.append(" ")
            # a text box is stored twice: as drawing (Choice) and as VML (Fallback)
            elif child.tag != _MC_FALLBACK:
                walk(child)

    walk(p)
    return "".join(parts)


def _blocks(body: ElementTree.Element) -> Iterator[tuple[str, str]]:
    for child in body:
        if child.tag == _W + "p":
            text = _paragraph(child).strip()
            if not text:
                continue
            if is_page_number(text):
                yield PAGE, text
                continue
            text = squeeze(text)
            # a table's or chart's caption and unit line belong to its rows
            if _grammar.TABLE_CAPTION.fullmatch(text) or _grammar.TABLE_UNIT.fullmatch(text):
                yield ROW, f"| {text} |"
            else:
                yield PROSE, text
        elif child.tag == _W + "tbl":
            for tr in child.iter(_W + "tr"):
                cells: list[str] = []
                for tc in tr.findall(_W + "tc"):
                    cell = squeeze(" ".join(_paragraph(p) for p in tc.iter(_W + "p")))
                    # a merged cell repeats its text in each cell it spans
                    if cell and (not cells or cells[-1] != cell):
                        cells.append(cell)
                if cells:
                    yield ROW, "| " + " | ".join(cells) + " |"
        elif child.tag == _W + "sdt":  # content controls hold paragraphs too
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _blocks(content)


def docx_text(data: bytes, *, path: str | None = None) -> str:
    """The report text of a .docx package: paragraphs and table rows in order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            xml = package.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except KeyError:
        raise FormatError(
            "the package holds no word/document.xml", format="docx", problem="broken", path=path
        ) from None
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, EOFError, ValueError) as exc:
        raise FormatError(
            f"{type(exc).__name__}: {exc}", format="docx", problem="broken", path=path
        ) from None
    body = root.find(_W + "body")
    lines = join_page_breaks(list(_blocks(body))) if body is not None else []
    return "\n".join(lines) + "\n"
