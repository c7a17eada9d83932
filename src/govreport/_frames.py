"""The tables as pandas DataFrames and Arrow tables (optional extras).

One mapping from :class:`~govreport._rows.Column` types to pandas and Arrow
types serves :func:`to_frames`, :func:`read_frames`, the Parquet writer and
:mod:`govreport.dask`, so every route gives the same dtypes:

=========  ==================  ==========================================
column     pandas              Arrow / Parquet
=========  ==================  ==========================================
str        ``string``          ``string``
int        ``Int64``           ``int64``
bool       ``boolean``         ``bool``
decimal    ``Float64``         ``float64``
           (``object`` of
           ``Decimal`` with
           ``decimals="exact"``)
date       ``datetime64[ns]``  ``date32``
=========  ==================  ==========================================

All pandas dtypes are the nullable ones, so a missing value is ``<NA>``
(``NaT`` for dates) and an integer column stays integer.  An empty string
reads as missing, as CSV cannot tell them apart.
"""

from __future__ import annotations

import csv
import datetime as _dt
import importlib
import json
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Literal

from govreport._batch import ParseResult, rows_of
from govreport._rows import TABLES, TARGET_COLUMNS, Column, ColumnType, Row
from govreport.models import Report

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "arrow_schema",
    "arrow_table",
    "columns_frame",
    "frame",
    "read_frames",
    "require",
    "targets_frame",
    "to_frames",
]

Decimals = Literal["float", "exact"]


def require(module: str, extra: str) -> ModuleType:
    """Import an optional dependency, or say which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        raise ImportError(
            f"this needs {top}, which is not installed: pip install 'govreport[{extra}]'"
        ) from exc


def _check(decimals: str) -> None:
    if decimals not in ("float", "exact"):
        raise ValueError(f"decimals must be 'float' or 'exact', not {decimals!r}")


_PANDAS = {"str": "string", "int": "Int64", "bool": "boolean", "decimal": "Float64", "date": "datetime64[ns]"}


def _series(values: Sequence[object], kind: ColumnType, decimals: Decimals) -> pd.Series:
    pandas = require("pandas", "pandas")
    if kind == "str":
        values = [v if v != "" else None for v in values]
    elif kind == "decimal":
        if decimals == "exact":
            return pandas.Series(list(values), dtype=object)
        values = [float(v) if v is not None else None for v in values]  # type: ignore[arg-type]
    elif kind == "date":
        return pandas.Series(pandas.to_datetime(list(values))).astype("datetime64[ns]")
    return pandas.Series(pandas.array(list(values), dtype=_PANDAS[kind]))


def frame(
    table: str, rows: Sequence[Sequence[object]], decimals: Literal["float", "exact"] = "float"
) -> pd.DataFrame:
    """A DataFrame of ``table`` from rows given as tuples in column order."""
    return columns_frame(TABLES[table], rows, decimals)


def columns_frame(
    columns: Sequence[Column], rows: Sequence[Sequence[object]], decimals: Decimals = "float"
) -> pd.DataFrame:
    """A DataFrame of ``columns``, typed by their :class:`Column` type, from
    rows given as tuples in column order."""
    _check(decimals)
    pandas = require("pandas", "pandas")
    data = {c.name: _series([row[k] for row in rows], c.type, decimals) for k, c in enumerate(columns)}
    return pandas.DataFrame(data, columns=[c.name for c in columns])


def targets_frame(rows: Sequence[Row], decimals: Decimals = "float") -> pd.DataFrame:
    """The rows of :func:`govreport.targets` as a DataFrame with the dtypes of
    :func:`to_frames` (no ``Decimal`` objects unless ``decimals="exact"``)."""
    names = [c.name for c in TARGET_COLUMNS]
    return columns_frame(TARGET_COLUMNS, [tuple(row.get(n) for n in names) for row in rows], decimals)


def to_frames(
    reports: Iterable[Report | ParseResult], *, decimals: Literal["float", "exact"] = "float"
) -> dict[str, pd.DataFrame]:
    """The tables of :data:`~govreport.TABLES` as pandas DataFrames, one per
    table, for reports or :func:`~govreport.parse_many` results (failed
    results go to ``errors``).  Needs ``pip install 'govreport[pandas]'``.

    Decimal columns are ``Float64`` (pandas' nullable float) by default, which
    is what arithmetic and plotting want; ``decimals="exact"`` keeps them as
    :class:`~decimal.Decimal` objects (``object`` dtype).  Dates are
    ``datetime64[ns]``, enumerations strings, and every column nullable.

    >>> import govreport
    >>> frames = govreport.to_frames([govreport.parse("一、总体要求\\n全年增长5%。\\n")])
    >>> frames["quantities"][["section_path", "raw", "value", "is_target"]]
      section_path raw  value  is_target
    0           一、  5%    5.0      False
    >>> str(frames["quantities"]["value"].dtype), str(frames["reports"]["date"].dtype)
    ('Float64', 'datetime64[ns]')
    """
    _check(decimals)
    collected: dict[str, list[tuple[object, ...]]] = {t: [] for t in TABLES}
    for item in reports:
        for table, rows in rows_of(item).items():
            names = [c.name for c in TABLES[table]]
            collected[table].extend(tuple(row[n] for n in names) for row in rows)
    return {t: frame(t, rows, decimals) for t, rows in collected.items()}


# --- reading what export wrote ----------------------------------------------


def _from_text(kind: ColumnType, text: object) -> object:
    if text is None or text == "":
        return None
    if isinstance(text, float) and kind == "decimal":  # Parquet stores decimals as float64
        return Decimal(repr(text))
    if not isinstance(text, str):  # JSON numbers and booleans, Parquet values
        return text
    if kind == "int":
        return int(text)
    if kind == "bool":
        return text == "true"
    if kind == "decimal":
        return Decimal(text)
    if kind == "date":
        return _dt.date.fromisoformat(text)
    return text


def _read_table(path: Path, table: str) -> list[tuple[object, ...]]:
    kinds = [c.type for c in TABLES[table]]
    names = [c.name for c in TABLES[table]]
    if path.suffix == ".parquet":
        pq = require("pyarrow.parquet", "parquet")
        data = pq.read_table(path, columns=names).to_pydict()
        return list(zip(*(data[n] for n in names), strict=True)) if data[names[0]] else []
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            if header != names:
                raise ValueError(f"{path}: columns {header} are not those of the {table} table")
            return [tuple(_from_text(k, v) for k, v in zip(kinds, row, strict=True)) for row in reader]
    with path.open(encoding="utf-8") as fh:
        records = (json.loads(line) for line in fh if line.strip())
        return [tuple(_from_text(k, r.get(n)) for k, n in zip(kinds, names, strict=True)) for r in records]


def read_frames(
    directory: str | os.PathLike[str],
    *,
    decimals: Literal["float", "exact"] = "float",
    format: Literal["csv", "jsonl", "parquet"] | None = None,
) -> dict[str, pd.DataFrame]:
    """Read the tables ``govreport export`` wrote to ``directory`` as the same
    DataFrames, with the same dtypes, as :func:`to_frames` gives.  Needs
    ``govreport[pandas]`` (and ``govreport[parquet]`` for Parquet).

    ``format`` is ``"csv"``, ``"jsonl"`` or ``"parquet"``; without it the
    format is found by extension, and a directory holding tables in several
    formats raises :class:`ValueError` rather than pick one.  A table
    missing from the directory raises :class:`FileNotFoundError`.
    """
    _check(decimals)
    root = Path(directory)
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such directory of tables")
    formats = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}
    chosen: str
    if format is None:
        present = [f for f, ext in formats.items() if any((root / f"{t}{ext}").is_file() for t in TABLES)]
        if len(present) > 1:
            raise ValueError(
                f"{root}: holds tables in several formats ({', '.join(present)}); "
                f"pass format={present[0]!r} or another"
            )
        chosen = present[0] if present else "csv"
    elif format in formats:
        chosen = format
    else:
        raise ValueError(f"format must be one of {', '.join(formats)}, not {format!r}")
    out = {}
    for table in TABLES:
        path = root / f"{table}{formats[chosen]}"
        if not path.is_file():
            raise FileNotFoundError(f"{root}: no {path.name}")
        out[table] = frame(table, _read_table(path, table), decimals)
    return out


# --- Arrow ------------------------------------------------------------------


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` (decimals as ``float64``, dates as ``date32``)."""
    pa_ = require("pyarrow", "parquet")
    types = {"str": pa_.string(), "int": pa_.int64(), "bool": pa_.bool_(), "decimal": pa_.float64(),
             "date": pa_.date32()}  # fmt: skip
    return pa_.schema([(c.name, types[c.type]) for c in TABLES[table]])


def arrow_table(table: str, rows: Sequence[Sequence[object]]) -> pa.Table:
    """An Arrow table of ``table`` from rows given as tuples in column order."""
    pa_ = require("pyarrow", "parquet")
    schema = arrow_schema(table)
    arrays = []
    for k, column in enumerate(TABLES[table]):
        values = [row[k] for row in rows]
        if column.type == "decimal":
            values = [float(v) if v is not None else None for v in values]  # type: ignore[arg-type]
        arrays.append(pa_.array(values, type=schema.field(k).type))
    return pa_.Table.from_arrays(arrays, schema=schema)
