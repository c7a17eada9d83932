"""Sphinx configuration for govreport."""

from __future__ import annotations

import sys
from pathlib import Path

import govreport

sys.path.insert(0, str(Path(__file__).parent))
from conf_tables import write_tables

write_tables()

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
# The build runs offline (no intersphinx), so references into the standard
# library cannot resolve; everything of govreport's own must.
nitpick_ignore_regex = [
    ("py:class", r"(datetime|os|collections\.abc|typing|decimal|enum)\..*"),
    ("py:class", r"TypeAliasForwardRef|BinaryIO|Path"),
]
