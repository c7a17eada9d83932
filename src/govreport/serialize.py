"""JSON in and out, through one cattrs converter.

The wire format is the models' fields, enums as their values, dates as ISO
strings, and each block tagged with its ``type`` (``paragraph`` or
``measure``), under a top-level ``schema_version``.
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import decimal
import enum
import json
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn
from cattrs.strategies import configure_tagged_union

from govreport import _grammar
from govreport.errors import SchemaError
from govreport.models import Block, Measure, Paragraph, Report, Span

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

#: The version of the JSON layout, written as ``schema_version`` by :func:`to_json`;
#: bumped on any incompatible change (see the stability policy).  :func:`from_json`
#: reads this version only.
SCHEMA_VERSION = 2

#: JSON nested deeper than this is refused before it is read: real reports nest
#: sections six deep (fourteen JSON levels); without a bound, deep input would
#: exhaust the interpreter's stack.
MAX_DEPTH = 100

#: :func:`from_json` stops after this many wrong values: a file of a million
#: wrong items would otherwise take minutes and an error message of megabytes.
MAX_ERRORS = 100

#: Integers beyond 64 bits are refused: no field of a report comes near, and
#: Python would read a 5,000-digit number (slowly) or fail with a ValueError.
_INT_RANGE = range(-(2**63), 2**63)


class _Invalid(ValueError):
    """A value of the wrong JSON type or out of range; the message says which."""


class _TooMany(BaseException):
    """More than ``MAX_ERRORS`` wrong values: stops structuring at once (a
    ``BaseException``, so that no hook collects it as one more error)."""


#: Wrong values counted so far in this :func:`from_dict` call, and the first one.
_ERRORS: contextvars.ContextVar[list[str]] = contextvars.ContextVar("govreport_schema_errors")


def _count(exc: BaseException) -> None:
    seen = _ERRORS.get(None)
    if seen is None:
        return
    if isinstance(exc, _Invalid):
        seen.append(str(exc))
    elif isinstance(exc, (TypeError, AttributeError)):
        seen.append("expected an object")
    elif isinstance(exc, KeyError):
        seen.append("required field missing")
    else:
        seen.append(type(exc).__name__)
    if len(seen) > MAX_ERRORS:
        raise _TooMany


_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "an integer"}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value), "a number" if isinstance(value, float) else type(value).__name__)


def _exactly(kind: type[Any], name: str) -> Callable[[object, object], Any]:
    """Structure a JSON value only if it already is ``kind`` (cattrs would turn 5 into "5")."""

    def structure(value: object, _: object) -> Any:
        if type(value) is not kind:
            raise _Invalid(f"expected {name}, got {_json_type(value)}")
        if kind is int and value not in _INT_RANGE:
            raise _Invalid(f"expected an integer of at most 64 bits, got {len(str(value))} digits")
        return value

    return structure


def _decimal(value: object, _: object) -> Decimal:
    # finite and as str(Decimal) writes it: Decimal() also takes NaN, sNaN
    # (a report holding it cannot be compared or hashed), Infinity, 1_000
    # and 1e999999999
    if type(value) is not str:
        raise _Invalid(f"expected a decimal number as a string, got {_json_type(value)}")
    if _grammar.STRICT_DECIMAL.fullmatch(value) is None:
        raise _Invalid(f"expected a decimal number as a string, got {value[:40]!r}")
    try:
        return Decimal(value)
    except decimal.InvalidOperation:  # pragma: no cover - the pattern admits decimals only
        raise _Invalid(f"expected a decimal number as a string, got {value[:40]!r}") from None


def _date(value: object, _: object) -> _dt.date:
    if type(value) is not str:
        raise _Invalid(f"expected an ISO date string, got {_json_type(value)}")
    try:
        # YYYY-MM-DD only: fromisoformat also reads 20260101 and 2026-W01-1
        if _grammar.STRICT_DATE.fullmatch(value) is None:
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise _Invalid(f"expected an ISO date string, got {value[:40]!r}") from None


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


def _tuple_hook(t: Any, conv: cattrs.Converter) -> Callable[[object, object], tuple[Any, ...]]:
    """A JSON array into a tuple, element by element (cattrs would take a string
    as a sequence of characters); each element's error keeps its index."""
    (item, _) = typing.get_args(t)
    structure_item = conv.get_structure_hook(item)

    def structure(value: object, _: object) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Invalid(f"expected an array, got {_json_type(value)}")
        out: list[Any] = []
        errors: list[Exception] = []
        for i, element in enumerate(value):
            try:
                out.append(structure_item(element, item))
            except Exception as exc:
                _count(exc)
                # cattrs reads the index from the note (add_note is 3.11+)
                exc.__notes__ = [  # type: ignore[attr-defined]
                    *getattr(exc, "__notes__", []),
                    IterableValidationNote(f"@ index {i}", i, item),
                ]
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"While structuring {t!r}", errors, t)
        return tuple(out)

    return structure


def _span_hook(conv: cattrs.Converter) -> Callable[[object, object], Span]:
    fields = make_dict_structure_fn(Span, conv, _cattrs_forbid_extra_keys=True)

    def structure(value: object, _: object) -> Span:
        span = fields(value, Span)  # type: ignore[arg-type]
        if span.start < 0 or span.end < span.start or span.line < 1:
            raise _Invalid(f"expected 0 <= start <= end and line >= 1, got {span!r}")
        return span

    return structure


def make_converter() -> cattrs.Converter:
    """A converter between the models and JSON-ready Python values.

    Structuring is strict: every value must already have its JSON type
    (``"title": 5`` is refused, not turned into ``"5"``), and spans must be
    ranges (``0 <= start <= end``, ``line >= 1``).
    """
    conv = cattrs.Converter(forbid_extra_keys=True)
    for kind, name in ((str, "a string"), (int, "an integer"), (bool, "a boolean")):
        conv.register_structure_hook(kind, _exactly(kind, name))
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, _date)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_structure_hook_factory(_is_tuple, lambda t: _tuple_hook(t, conv))
    conv.register_structure_hook(Span, _span_hook(conv))
    configure_tagged_union(
        Block,
        conv,
        tag_name="type",
        tag_generator=lambda cls: {Paragraph: "paragraph", Measure: "measure"}[cls],
    )
    return conv


_CONVERTER = make_converter()


def to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready Python values (dicts, lists, strings, numbers),
    with ``schema_version``: what :func:`to_json` writes, before it is text.

    >>> import govreport
    >>> data = govreport.to_dict(govreport.parse("一、总体要求\\n"))
    >>> data["schema_version"], data["sections"][0]["title"], data["sections"][0]["title_span"]
    (2, '总体要求', {'start': 2, 'end': 6, 'line': 1})
    """
    return {"schema_version": SCHEMA_VERSION, **_CONVERTER.unstructure(report, Report)}


def _too_deep(data: object) -> str | None:
    """The path of the first value nested deeper than ``MAX_DEPTH``, if any."""
    stack: list[tuple[object, str, int]] = [(data, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return path
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}", depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))
    return None


def _describe(exc: BaseException, kind: Any) -> str:
    """What went wrong, in the terms of the JSON layout."""
    if isinstance(exc, _Invalid):
        return str(exc)
    if kind == Block:
        if isinstance(exc, KeyError):
            return f"expected a block of type 'paragraph' or 'measure', got type {exc.args[0]!r}"
        return "expected a block (an object with a type)"
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "expected one of " + ", ".join(repr(m.value) for m in kind)
    if isinstance(exc, KeyError):
        return "required field missing"
    if attrs.has(kind) and isinstance(exc, (TypeError, AttributeError)):
        return "expected an object"
    return cattrs.v.format_exception(exc, kind)


def from_dict(data: dict[str, Any]) -> Report:
    """Inverse of :func:`to_dict`.

    Raises :class:`~govreport.SchemaError` naming the path of every wrong
    value (``$.sections[0].title``) for anything that :func:`to_dict` would
    not have written.

    >>> import govreport
    >>> report = govreport.parse("一、总体要求\\n")
    >>> govreport.from_dict(govreport.to_dict(report)) == report
    True
    >>> data = govreport.to_dict(report)
    >>> data["sections"][0]["title"] = 5
    >>> govreport.from_dict(data)
    Traceback (most recent call last):
      ...
    govreport.errors.SchemaError: not a govreport report: $.sections[0].title: expected a string, got an integer
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object, got {_json_type(data)}", path="$")
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise SchemaError(
            f"unsupported schema_version {version!r}; this govreport reads {SCHEMA_VERSION}",
            path="$.schema_version",
        )
    deep = _too_deep(data)
    if deep is not None:
        where = deep if len(deep) <= 40 else deep[:40] + "…"
        raise SchemaError(
            f"not a govreport report: {where}: nested deeper than {MAX_DEPTH} levels", path=deep
        )
    # ``file``: the file a report came from, beside it in each line of
    # ``govreport parse --format json`` (``path`` in 0.1); not part of the report
    body = {k: v for k, v in data.items() if k not in ("schema_version", "file", "path")}
    seen: list[str] = []
    token = _ERRORS.set(seen)
    try:
        return _CONVERTER.structure(body, Report)
    except _TooMany:
        raise SchemaError(
            f"not a govreport report: more than {MAX_ERRORS} wrong values; the first: {seen[0][:200]}",
            path="$",
            errors=tuple(e[:200] for e in seen[:MAX_ERRORS]),
        ) from None
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        problems = [m.rsplit(" @ ", 1) for m in cattrs.transform_error(exc, format_exception=_describe)]
        errors = tuple(f"{where}: {what}" for what, where in problems)
        # not chained to cattrs' error group: the SchemaError carries every
        # problem, and a chained group cannot be unpickled where tracebacks are
        # pickled with their chain (Dask's distributed installs tblib for that)
        raise SchemaError(
            "not a govreport report: " + "; ".join(errors[:3]) + ("; …" if len(errors) > 3 else ""),
            path=problems[0][1],
            errors=errors[:MAX_ERRORS],
        ) from None
    finally:
        _ERRORS.reset(token)


def to_json(report: Report, *, indent: int | None = None) -> str:
    """Serialise a report to a JSON string (Chinese unescaped).

    The string always encodes as UTF-8: a lone surrogate in the text (which
    UTF-8 cannot hold) is written as its ``\\uXXXX`` escape, and reads back.

    >>> import govreport
    >>> data = govreport.to_json(govreport.parse("一、总体要求\\n"))
    >>> govreport.from_json(data) == govreport.parse("一、总体要求\\n")
    True
    """
    text = json.dumps(to_dict(report), ensure_ascii=False, indent=indent)
    # a lone surrogate (text decoded with surrogateescape, or built by hand)
    # cannot be written as UTF-8; JSON writes it as its \\uXXXX escape
    return _grammar.LONE_SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _DuplicateKey(f"duplicate key {key[:40]!r}")
    return out


def _unmark(value: object) -> object:
    """Strings with the mark after a high surrogate taken out again."""
    if isinstance(value, str):
        return _grammar.MARKED_HIGH.sub(r"\1", value)
    if isinstance(value, list):
        return [_unmark(v) for v in value]
    if isinstance(value, dict):
        return {k: _unmark(v) for k, v in value.items()}
    return value


def from_json(data: str | bytes) -> Report:
    """Read a report written by :func:`to_json`.

    Raises :class:`~govreport.SchemaError` for anything else, naming the path
    of what is wrong (see :func:`from_dict`): text that is not JSON, an
    object with a key twice, more than 100 wrong values (it
    stops there).  Two surrogates one after the other (``\\ud800\\udfff``,
    which :func:`to_json` writes for a text holding them) stay two code
    points, as in the parsed text, instead of becoming one character.

    >>> from_json("null")
    Traceback (most recent call last):
      ...
    govreport.errors.SchemaError: expected a JSON object, got null
    """
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SchemaError(f"not JSON: {exc}") from None
    if not isinstance(data, str):
        raise SchemaError(f"expected JSON text (str or bytes), got {type(data).__name__}", path="$")
    marked = _grammar.ESCAPED_PAIR.search(data) is not None
    if marked:
        # a JSON reader joins the escapes into one astral character, which
        # would shorten the text by one: a mark keeps them apart
        data = _grammar.ESCAPED_PAIR.sub(r"\1\\ufdd0", data)
    try:
        loaded = json.loads(data, object_pairs_hook=_no_duplicates)
    except RecursionError:
        raise SchemaError(f"not a govreport report: nested deeper than {MAX_DEPTH} levels") from None
    except _DuplicateKey as exc:
        raise SchemaError(f"not a govreport report: {exc}") from None
    except ValueError as exc:  # not JSON, or an integer of thousands of digits
        raise SchemaError(f"not JSON: {str(exc)[:200]}") from None
    if marked:
        try:
            loaded = _unmark(loaded)
        except RecursionError:
            raise SchemaError(f"not a govreport report: nested deeper than {MAX_DEPTH} levels") from None
    return from_dict(loaded)
