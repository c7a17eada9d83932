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
>>> tables = read_tables("seeds")
>>> sorted(tables)
['diagnostics', 'errors', 'measures', 'quantities', 'reports', 'sections']
>>> len(tables["reports"].compute())
5
"""

from govreport._dask import read_tables, to_parquet

__all__ = ["read_tables", "to_parquet"]
