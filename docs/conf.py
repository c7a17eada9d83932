"""Sphinx configuration for govreport."""

from __future__ import annotations

import sys
from pathlib import Path

import govreport

sys.path.insert(0, str(Path(__file__).parent))
from conf_tables import write_schema, write_table_schema, write_tables

write_tables()
write_schema()
write_table_schema()

project = "govreport"
author = "govreport developers"
copyright = "2026, govreport developers"
version = release = govreport.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence"]
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = False
html_theme = "furo"
html_title = f"govreport {release}"
exclude_patterns = ["_build", "_generated"]

# Doctests in the tutorial and how-tos run from the repository root, so that
# their paths (seeds/…) are those a reader has after cloning; every page
# imports what it uses, so that each example can be pasted on its own.
# Examples in docstrings are run by pytest (--doctest-modules), not here.
doctest_test_doctest_blocks = ""
_ROOT = Path(__file__).resolve().parent.parent
doctest_global_setup = f"""
import importlib.util
import os
HAVE_PANDAS = importlib.util.find_spec("pandas") is not None and importlib.util.find_spec("pyarrow") is not None
os.chdir({str(_ROOT)!r})
"""
# The build runs offline (no intersphinx), so references into the standard
# library cannot resolve; everything of govreport's own must.
nitpick_ignore_regex = [
    ("py:class", r"(datetime|os|collections\.abc|typing|decimal|enum)\..*"),
    ("py:class", r"TypeAliasForwardRef|BinaryIO|Path"),
    # optional extras, documented by their own projects
    ("py:class", r"(pd|pandas|dd|dask|pa|pyarrow)\..*"),
]
