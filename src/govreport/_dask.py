"""The implementation of :mod:`govreport.dask`, kept apart so that the public
module's namespace holds its two functions only."""

from __future__ import annotations

import operator
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from govreport._batch import expand_paths
from govreport._export import _TableWorker
from govreport._frames import Decimals, arrow_schema, frame, require
from govreport._rows import TABLES

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["read_tables", "to_parquet"]


def _paths(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *, recursive: bool, pattern: str
) -> list[str]:
    """The files named, expanded as the command line expands its PATHs: a
    directory gives its files matching ``pattern``, a glob its matches.  A
    directory or pattern naming no file raises :class:`FileNotFoundError`,
    as it is a usage error on the command line."""
    args = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    files = []
    for path, problem in expand_paths(args, recursive=recursive, pattern=pattern):
        if problem is not None:
            raise FileNotFoundError(f"{path}: {problem}")
        files.append(path)
    return files


def _partition(paths: list[str], encoding: str | None, decimals: Decimals) -> dict[str, pd.DataFrame]:
    """Every table of a few files, as pandas DataFrames (runs on a worker)."""
    work = _TableWorker(encoding)
    collected: dict[str, list[tuple[object, ...]]] = {t: [] for t in TABLES}
    for path in paths:
        for table, rows in work(path).items():
            collected[table].extend(rows)
    return {t: frame(t, rows, decimals) for t, rows in collected.items()}


def read_tables(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    files_per_partition: int = 32,
    encoding: str | None = None,
    decimals: Literal["float", "exact"] = "float",
    recursive: bool = False,
    pattern: str = "*.txt",
) -> dict[str, dd.DataFrame]:
    """The tables of :data:`govreport.TABLES` as lazy Dask DataFrames.

    ``paths`` is one path or a list of them, each a file, a directory (its
    files matching ``pattern``; its subdirectories too with ``recursive``) or
    a glob pattern (``**`` spans directories with ``recursive``), as the
    command line takes them.  A directory or pattern naming no file raises
    :class:`FileNotFoundError`; a file that fails is a row of ``errors``, as
    in ``govreport export``.  Nothing is read until you compute: ``.compute()``,
    ``dask.compute(*tables.values())``, or :func:`to_parquet`.  The rows and
    their order are those of :func:`govreport.to_frames` over the same files
    (each partition has its own 0-based index).
    """
    require("dask.dataframe", "dask")
    from dask import dataframe as ddf
    from dask.delayed import delayed

    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be positive, not {files_per_partition!r}")
    files = _paths(paths, recursive=recursive, pattern=pattern)
    chunks = [files[k : k + files_per_partition] for k in range(0, len(files), files_per_partition)]
    parts = [
        delayed(_partition, pure=True)(
            chunk, encoding, decimals, dask_key_name=f"govreport-tables-{k}-{_token(chunk)}"
        )
        for k, chunk in enumerate(chunks)
    ]
    tables = {}
    for table in TABLES:
        meta = frame(table, [], decimals)
        pieces = [delayed(operator.getitem, pure=True)(part, table) for part in parts]
        tables[table] = (
            ddf.from_delayed(pieces, meta=meta, verify_meta=False) if pieces else ddf.from_pandas(meta)
        )
    return tables


def _token(chunk: list[str]) -> str:
    from dask.base import tokenize

    return str(tokenize(chunk))


def to_parquet(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    files_per_partition: int = 32,
    encoding: str | None = None,
    recursive: bool = False,
    pattern: str = "*.txt",
) -> dict[str, str]:
    """Parse ``paths`` on the active Dask scheduler and write each table as a
    Parquet dataset, ``outdir/<table>/part.N.parquet``; return the dataset
    directories by table name.  Every file is parsed once for all tables.
    Columns have the Arrow types of ``govreport export --format parquet``;
    ``paths``, ``recursive`` and ``pattern`` are as in :func:`read_tables`.
    """
    from dask.base import compute

    tables = read_tables(
        paths,
        files_per_partition=files_per_partition,
        encoding=encoding,
        recursive=recursive,
        pattern=pattern,
    )
    out = {t: os.path.join(os.fspath(outdir), t) for t in TABLES}
    writes = [
        df.to_parquet(out[t], compute=False, write_index=False, schema=arrow_schema(t))
        for t, df in tables.items()
    ]
    compute(*writes)
    return out
