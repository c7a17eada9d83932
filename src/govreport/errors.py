"""Exceptions.  Every error govreport raises derives from
:class:`GovReportError`; each carries its context as attributes and pickles."""

from __future__ import annotations

__all__ = ["DecodeError", "FormatError", "GovReportError", "SchemaError"]


class GovReportError(Exception):
    """Base class of every govreport error."""


class DecodeError(GovReportError, ValueError):
    """Bytes that could not be turned into text.

    ``path`` names the file (``None`` for in-memory bytes) and ``encodings``
    the encodings tried, in order.
    """

    def __init__(self, reason: str, *, path: str | None = None, encodings: tuple[str, ...] = ()):
        self.reason = reason
        self.path = path
        self.encodings = tuple(encodings)
        where = path if path is not None else "<bytes>"
        super().__init__(f"{where}: cannot decode ({reason}); tried {', '.join(self.encodings)}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_decode_error, (self.reason, self.path, self.encodings))


def _rebuild_decode_error(reason: str, path: str | None, encodings: tuple[str, ...]) -> DecodeError:
    return DecodeError(reason, path=path, encodings=encodings)


class SchemaError(GovReportError, ValueError):
    """JSON that is not a govreport report of a supported ``schema_version``.

    ``path`` is where the (first) problem is, as a JSON path
    (``$.sections[0].title``; ``None`` when the text is not JSON at all), and
    ``errors`` lists every problem found as ``"path: what"``.

    >>> import govreport
    >>> try:
    ...     govreport.from_json('{"schema_version": 2, "metadata": {"title": 5}}')
    ... except govreport.SchemaError as err:
    ...     print(err.path, err.errors)
    $.metadata.title ('$.metadata.title: expected a string, got an integer',)
    """

    def __init__(self, message: str, *, path: str | None = None, errors: tuple[str, ...] = ()):
        self.path = path
        self.errors = tuple(errors)
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_schema_error, (str(self), self.path, self.errors))


def _rebuild_schema_error(message: str, path: str | None, errors: tuple[str, ...]) -> SchemaError:
    return SchemaError(message, path=path, errors=errors)


class FormatError(GovReportError, ValueError):
    """A PDF, Word or HTML file whose text cannot be read.

    ``path`` names the file (``None`` for in-memory bytes), ``format`` is
    ``"pdf"``, ``"docx"`` or ``"html"``, and ``problem`` says what is wrong,
    one of:

    - ``"missing-extra"``: the optional extra that reads the format is not
      installed (the message names it: ``pip install 'govreport[pdf]'``);
    - ``"encrypted"``: a PDF protected by a password;
    - ``"no-text"``: a PDF without a text layer (scanned pages: OCR it first);
    - ``"broken"``: a damaged file or package that cannot be opened.

    >>> import govreport
    >>> try:
    ...     govreport.read_text(b"PK\\x03\\x04 word/document.xml, cut short")
    ... except govreport.FormatError as err:
    ...     print(err.format, err.problem)
    docx broken
    """

    def __init__(self, reason: str, *, format: str, problem: str, path: str | None = None):
        self.reason = reason
        self.format = format
        self.problem = problem
        self.path = path
        where = path if path is not None else "<bytes>"
        super().__init__(f"{where}: cannot read {format} ({problem}): {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_format_error, (self.reason, self.format, self.problem, self.path))


def _rebuild_format_error(reason: str, format: str, problem: str, path: str | None) -> FormatError:
    return FormatError(reason, format=format, problem=problem, path=path)
