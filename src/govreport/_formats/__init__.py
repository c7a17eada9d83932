"""Published formats: a PDF, Word file or web page becomes report text.

This is the one place that knows about formats.  :func:`sniff` tells the
format from the bytes (magic bytes and markup, not the file name), and
:func:`extract_text` turns a PDF, .docx or HTML file into the same kind of
plain text a report arrives as: one paragraph or heading per line, page
numbers and running headers left out, hard-wrapped lines joined, the spaces
that justification leaves inside Han runs removed, tables as ``| … |`` rows.
Everything after it (the parse, the spans) sees only that text.
"""

from __future__ import annotations

import regex

from govreport._formats._docx import docx_text
from govreport._formats._html import html_text
from govreport._formats._pdf import pdf_text

__all__ = ["extract_text", "sniff"]

# Markup at the start of a text file (after a BOM, spaces, comments):
# <!DOCTYPE html>, <html>, <head>, <meta …>, <?xml …?><html …>
_MARKUP = regex.compile(
    rb"(?:\xef\xbb\xbf)?\s*+(?:<!--.*?-->\s*+|<\?xml[^>]*+>\s*+)*+<(?:!doctype\s++html|html|head|meta|body|title)\b",
    regex.IGNORECASE | regex.DOTALL,
)


def sniff(data: bytes) -> str:
    """The format of ``data``: ``"pdf"``, ``"docx"``, ``"html"`` or ``"text"``.

    >>> sniff(b"%PDF-1.7 ..."), sniff(b"<!DOCTYPE html><html>"), sniff("一、总体要求".encode())
    ('pdf', 'html', 'text')
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\n\r \xef\xbb\xbf")[:5] == b"%PDF-":
        return "pdf"
    # a .docx is a ZIP package whose member names (stored in clear) include
    # word/document.xml; any other ZIP (an .xlsx, an archive) is not a report
    if data[:4] == b"PK\x03\x04" and b"word/" in data:
        return "docx"
    if _MARKUP.match(head):
        return "html"
    return "text"


def extract_text(data: bytes, fmt: str, *, path: str | None = None, encoding: str | None = None) -> str:
    """The report text of a file already sniffed as ``fmt`` (not ``"text"``)."""
    if fmt == "pdf":
        return pdf_text(data, path=path)
    if fmt == "docx":
        return docx_text(data, path=path)
    return html_text(data, path=path, encoding=encoding)
