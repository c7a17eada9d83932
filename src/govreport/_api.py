"""File-level entry points."""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from govreport._formats import extract_text, sniff
from govreport._pipeline import parse
from govreport._quantities import extract
from govreport._text import decode
from govreport.models import Quantity, Report

#: The largest file :func:`read_text` reads, in bytes: a report is a few
#: hundred kilobytes; a file much larger (or a device that never ends) would
#: only exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _read_file(path: str) -> bytes:
    """The bytes of a regular file; a FIFO, device, socket or directory is
    refused before it is read (a FIFO would block, ``/dev/zero`` never end)."""
    _regular(os.stat(path).st_mode, path)  # a socket cannot even be opened
    # O_NONBLOCK: opening a FIFO with no writer would wait forever, should
    # one replace the file after the check
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as fh:
        _regular(os.fstat(fd).st_mode, path)
        return _bounded(fh.read(MAX_FILE_BYTES + 1), path)


def _regular(mode: int, path: str) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a file")
        raise OSError(errno.EINVAL, f"not a regular file ({kind})", path)


def _bounded(data: bytes, path: str | None) -> bytes:
    if len(data) > MAX_FILE_BYTES:
        raise OSError(errno.EFBIG, f"larger than {MAX_FILE_BYTES} bytes", path)
    return data


#: Anything :func:`parse_file` reads: a path, raw bytes, or a binary file object.
Source = str | os.PathLike[str] | bytes | bytearray | BinaryIO


def read_text(source: Source, *, encoding: str | None = None) -> str:
    """Read and decode a report the way :func:`parse_file` does, and return
    the text: the string that the spans of ``parse_file``'s report index.

    ``parse_file(source)`` is ``parse(read_text(source))``; call this when you
    need the text as well (to slice spans, show context, or parse it again).
    Decoding is by BOM (UTF-8, UTF-16 LE/BE), else UTF-8, else GB18030, else
    Big5, passing over a GB18030 or Big5 decoding that reads as mojibake;
    ``encoding`` overrides it.  Line ends are kept as they are.  Only regular
    files are read, of at most 64 MiB: a FIFO, a
    device or a larger file raises :class:`OSError` saying so.

    A PDF, Word (.docx) or HTML file, told by its content rather than its
    name, becomes the report text it holds: one paragraph or heading per
    line, page numbers, running headers and web navigation left out, tables
    as ``| … |`` rows (see :doc:`/howto/formats`).  Reading PDF needs
    ``pip install 'govreport[pdf]'``; a file that cannot be read raises
    :class:`~govreport.FormatError`.

    >>> import govreport
    >>> data = "政府工作报告\\r\\n一、总体要求\\r\\n".encode("gb18030")
    >>> text = govreport.read_text(data)
    >>> text
    '政府工作报告\\r\\n一、总体要求\\r\\n'
    >>> section = govreport.parse_file(data).sections[0]
    >>> section.span.slice(text), section.title_span.slice(text)
    ('一、总体要求', '总体要求')
    """
    path: str | None = None
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        data = _read_file(path)
    elif hasattr(source, "read"):
        path = getattr(source, "name", None)
        path = path if isinstance(path, str) else None
        data = source.read(MAX_FILE_BYTES + 1)
        if not isinstance(data, bytes):
            raise TypeError("parse_file() needs a binary file object (open(..., 'rb'))")
        data = _bounded(data, path)
    else:
        raise TypeError(f"parse_file() takes a path, bytes or a binary file, not {type(source).__name__}")
    fmt = sniff(data)
    if fmt != "text":
        return extract_text(data, fmt, path=path, encoding=encoding)
    return decode(data, encoding=encoding, path=path)


def parse_file(source: Source, *, encoding: str | None = None) -> Report:
    """Decode and parse a report file.

    ``source`` is a path, ``bytes``, or a binary file object.  Without
    ``encoding`` the bytes are decoded by BOM (UTF-8, UTF-16 LE/BE), else as
    UTF-8, else as GB18030, else as Big5 (a decoding into mojibake does not
    count).  PDF, Word and HTML files are read as :func:`read_text` says.
    Raises :class:`~govreport.DecodeError` (naming the file and the
    encodings tried) when decoding fails, :class:`~govreport.FormatError`
    for a PDF, Word or HTML file that cannot be read; a missing file raises the usual
    :class:`OSError`.  The spans of the report index the decoded text, which
    :func:`read_text` returns: ``parse_file(x) == parse(read_text(x))``.

    >>> parse_file("一、总体要求".encode("gb18030")).sections[0].title
    '总体要求'
    """
    return parse(read_text(source, encoding=encoding))


def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Every figure in ``text`` (any text, not only reports), in order, with
    spans into ``text``.

    >>> [(q.raw, q.value, q.unit) for q in extract_quantities("全年完成税收总收入685.59亿元,同比增长5.77%")]
    [('685.59亿元', Decimal('68559000000'), '元')]
    >>> extract_quantities("全年完成税收总收入685.59亿元,同比增长5.77%")[0].change.amount
    Decimal('5.77')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities() takes a str, not {type(text).__name__}")
    return extract(text)
