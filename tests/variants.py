"""Rewrite a document the ways real files arrive (DESIGN §6), for tests that
check the outline does not change."""

from __future__ import annotations

from govreport._layout import ends_sentence
from govreport._text import display_width, fold

WIDE_SPACE = "\u3000"


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def cr(text: str) -> str:
    return text.replace("\n", "\r")


def indented(text: str, prefix: str = WIDE_SPACE * 2) -> str:
    """Indent every non-blank line (U+3000, NBSP, tabs and spaces all occur)."""
    return "\n".join(prefix + line if line.strip() else line for line in text.split("\n"))


_TO_FULL = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}


def fullwidth(text: str) -> str:
    """Every ASCII character in its full-width form (old scans, some CMSs)."""
    return text.translate(_TO_FULL)


def halfwidth(text: str) -> str:
    """The opposite direction: fold full-width forms to ASCII."""
    return fold(text)


def wrapped(text: str, width: int = 72) -> str:
    """Hard-wrap every line at ``width`` display columns, as PDF text extraction
    does.  A paragraph's first line keeps a two-character indent; a line that
    continues one a page break cut (seed 004) does not."""
    out: list[str] = []
    previous = ""
    for line in text.split("\n"):
        body = line.strip()
        if not body:
            out.append("")
            continue
        # a body line cut by a page (long, no final stop) goes on; header
        # lines (title, meeting) are shorter and are centred, so indented
        continues = len(previous) > 60 and not ends_sentence(fold(previous))
        previous = body
        current = "" if continues else WIDE_SPACE * 2
        for ch in body:
            if display_width(current + ch) > width:
                out.append(current)
                current = ""
            current += ch
        out.append(current)
    return "\n".join(out)
