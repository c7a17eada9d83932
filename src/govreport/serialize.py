"""JSON in and out, through one cattrs converter.

The wire format is the models' fields, enums as their values, dates as ISO
strings, and each block tagged with its ``type`` (``paragraph`` or
``measure``), under a top-level ``schema_version``.
"""

from __future__ import annotations

import datetime as _dt
import json
from decimal import Decimal
from typing import Any

import cattrs
from cattrs.strategies import configure_tagged_union

from govreport.errors import SchemaError
from govreport.models import Block, Measure, Paragraph, Report

__all__ = ["SCHEMA_VERSION", "from_json", "make_converter", "to_json"]

#: Bumped on any incompatible change to the JSON layout (see the stability policy).
SCHEMA_VERSION = 1


def make_converter() -> cattrs.Converter:
    """A converter between the models and JSON-ready Python values."""
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, lambda v, _: _dt.date.fromisoformat(v))
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(v))
    configure_tagged_union(
        Block,
        conv,
        tag_name="type",
        tag_generator=lambda cls: {Paragraph: "paragraph", Measure: "measure"}[cls],
    )
    return conv


_CONVERTER = make_converter()


def to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready Python values, with ``schema_version``."""
    return {"schema_version": SCHEMA_VERSION, **_CONVERTER.unstructure(report, Report)}


def from_dict(data: dict[str, Any]) -> Report:
    """Inverse of :func:`to_dict`."""
    if not isinstance(data, dict):
        raise SchemaError(f"expected a JSON object, got {type(data).__name__}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise SchemaError(f"unsupported schema_version {version!r}; this govreport reads {SCHEMA_VERSION}")
    # ``path``: the file a report came from, beside it in ``govreport parse
    # --format json`` of several files; not part of the report
    body = {k: v for k, v in data.items() if k not in ("schema_version", "path")}
    try:
        return _CONVERTER.structure(body, Report)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise SchemaError(f"not a govreport report: {exc}") from exc


def to_json(report: Report, *, indent: int | None = None) -> str:
    """Serialise a report to a JSON string (UTF-8 text, Chinese unescaped).

    >>> import govreport
    >>> data = govreport.to_json(govreport.parse("一、总体要求\\n"))
    >>> govreport.from_json(data) == govreport.parse("一、总体要求\\n")
    True
    """
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)


def from_json(data: str | bytes) -> Report:
    """Read a report written by :func:`to_json`.

    Raises :class:`~govreport.SchemaError` for anything else.
    """
    try:
        loaded = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SchemaError(f"not JSON: {exc}") from exc
    return from_dict(loaded)
