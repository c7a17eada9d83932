"""PDF → report text, with pypdf (``govreport[pdf]``).

pypdf (BSD licence, pure Python) keeps every numbered heading of the
statistical bulletins on its own line; pypdfium2 reads the same characters
10–20 times faster but glues ten of eleven bulletin headings onto the end
of the line before (``…坚实。 一、综 合``), and a heading that is not at a
line's start is lost to the outline.  Correct lines first.
"""

from __future__ import annotations

import io
from typing import Any

from govreport._formats._clean import pages_to_text
from govreport.errors import FormatError

#: Fewer visible characters than this per page on average: no text layer
#: (a scanned report; its pages carry at most a page number).
MIN_CHARS_PER_PAGE = 20


def _pypdf(path: str | None) -> Any:
    try:
        import pypdf
    except ImportError:
        raise FormatError(
            "reading PDF needs pypdf: pip install 'govreport[pdf]'",
            format="pdf",
            problem="missing-extra",
            path=path,
        ) from None
    return pypdf


def pdf_pages(data: bytes, *, path: str | None = None) -> tuple[list[list[str]], str]:
    """Each page's text lines, as pypdf extracts them, and the document's
    ``/Title`` (often empty or a file name)."""
    pypdf = _pypdf(path)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            # files with an owner password only open with the empty user password
            raise FormatError(
                "the PDF is protected by a password", format="pdf", problem="encrypted", path=path
            )
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
        info = reader.metadata
        title = str(info.get("/Title") or "") if info else ""
    except FormatError:
        raise
    except pypdf.errors.FileNotDecryptedError as exc:
        raise FormatError(str(exc), format="pdf", problem="encrypted", path=path) from None
    except pypdf.errors.DependencyError as exc:  # AES needs the cryptography package
        raise FormatError(str(exc), format="pdf", problem="encrypted", path=path) from None
    except Exception as exc:  # pypdf raises many types on damaged files
        raise FormatError(f"{type(exc).__name__}: {exc}", format="pdf", problem="broken", path=path) from None
    visible = sum(len("".join(line.split())) for page in pages for line in page)
    if visible < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise FormatError(
            f"no text layer ({visible} characters on {len(pages)} page{'s' if len(pages) != 1 else ''}): scanned pages need OCR first",
            format="pdf",
            problem="no-text",
            path=path,
        )
    return pages, title


def pdf_text(data: bytes, *, path: str | None = None) -> str:
    """The report text of a PDF."""
    pages, title = pdf_pages(data, path=path)
    return pages_to_text(pages, title=title)
