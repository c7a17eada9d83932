"""The tables of many reports as Dask DataFrames, for a cluster.

Needs ``pip install 'govreport[dask]'``.  Files are cut into partitions of
``files_per_partition``; each partition is parsed once, by one task, into all
the tables at once (the same rows as :func:`govreport.to_rows`, the same
dtypes as :func:`govreport.to_frames`), so computing several tables together
parses every file once.  Dask schedules the tasks — on threads, processes, or a
``dask.distributed`` cluster, whichever is active; govreport has no scheduler of
its own.

The workers read the files by their paths, so on a cluster the paths must
name the same files on every worker (a shared file system).

>>> from govreport.dask import read_tables
>>> tables = read_tables("seeds/*.txt")
>>> sorted(tables)
['diagnostics', 'errors', 'measures', 'quantities', 'reports', 'sections']
>>> len(tables["reports"].compute())
5
"""

from __future__ import annotations

import glob
import operator
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from govreport._export import _TableWorker
from govreport._frames import Decimals, arrow_schema, frame, require
from govreport._rows import TABLES

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["read_tables", "to_parquet"]


def _paths(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths, (str, os.PathLike)):
        pattern = os.fspath(paths)
        found = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
        return found if found or any(c in pattern for c in "*?[") else [pattern]
    return [os.fspath(p) for p in paths]


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
) -> dict[str, dd.DataFrame]:
    """The tables of :data:`govreport.TABLES` as lazy Dask DataFrames.

    ``paths`` is a list of files or one glob pattern (``**`` descends into
    directories); a file that fails is a row of ``errors``, as in
    ``govreport export``.  Nothing is read until you compute: ``.compute()``,
    ``dask.compute(*tables.values())``, or :func:`to_parquet`.  The rows and
    their order are those of :func:`govreport.to_frames` over the same files
    (each partition has its own 0-based index).
    """
    require("dask.dataframe", "dask")
    from dask import dataframe as ddf
    from dask.delayed import delayed

    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be positive, not {files_per_partition!r}")
    files = _paths(paths)
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
) -> dict[str, str]:
    """Parse ``paths`` on the active Dask scheduler and write each table as a
    Parquet dataset, ``outdir/<table>/part.N.parquet``; return the dataset
    directories by table name.  Every file is parsed once for all tables.
    Columns have the Arrow types of ``govreport export --format parquet``.
    """
    from dask.base import compute

    tables = read_tables(paths, files_per_partition=files_per_partition, encoding=encoding)
    out = {t: os.path.join(os.fspath(outdir), t) for t in TABLES}
    writes = [
        df.to_parquet(out[t], compute=False, write_index=False, schema=arrow_schema(t))
        for t, df in tables.items()
    ]
    compute(*writes)
    return out
