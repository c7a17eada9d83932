"""The documentation covers the public API and the README's set-up."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import govreport

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_every_public_name_is_in_the_reference() -> None:
    reference = (DOCS / "reference" / "api.md").read_text(encoding="utf-8")
    missing = [name for name in govreport.__all__ if f"govreport.{name}\n" not in reference]
    assert missing == []


def test_readme_commands_are_the_ci_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in (
        "pip install . && govreport parse seeds/003_fb16f82d61c4a2eb.txt",
        'pip install -e ".[test]" && python -m pytest',
    ):
        assert command in readme and command in ci


def test_license_is_shipped() -> None:
    # issue 11: MIT, named in the metadata and shipped in sdist and wheel
    # (hatchling puts license-files in both)
    assert (
        (ROOT / "LICENSE")
        .read_text(encoding="utf-8")
        .startswith("MIT License\n\nCopyright (c) 2026 govreport developers\n")
    )
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"\nlicense-files = ["LICENSE"]\n' in pyproject
    assert "Programming Language :: Python :: 3.10" in pyproject
    # no placeholder addresses: the metadata names no URL until one is published
    assert "\n[project.urls]" not in pyproject and "<repository URL>" not in pyproject


# --- the docs speak of the library only ------------------------------------------

#: Words of the project's process, which a user of the library does not have:
#: design-note sections, issue numbers, paths outside the repository.
PROCESS_WORDS = re.compile(r"DESIGN(?:\.md)?\s*§|\b[Ii]ssues? #?\d+|\.\./shared|/work/")
#: Where a contributor needs the development corpora beside the repository, the
#: contributing guide and the changelog may name them; nothing else may.
PATHS_ALLOWED = re.compile(r"\.\./shared")
CONTRIBUTOR_PAGES = {"contributing.md", "changelog.md"}


def _user_texts() -> list[tuple[str, str]]:
    """(where, text) of the README, every docs page, and every docstring and
    ``#:`` attribute comment of the package."""
    texts = [("README.md", (ROOT / "README.md").read_text(encoding="utf-8"))]
    texts += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted(DOCS.rglob("*.md"))]
    texts += [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted(DOCS.glob("*.py"))]
    for path in sorted((ROOT / "src" / "govreport").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc:
                    texts.append((f"{where}: docstring of {getattr(node, 'name', 'the module')}", doc))
        for k, line in enumerate(source.splitlines(), 1):
            if line.lstrip().startswith("#:"):
                texts.append((f"{where}:{k}", line))
    return texts


def test_docs_and_docstrings_speak_of_the_library_only() -> None:
    found = []
    for where, text in _user_texts():
        contributor = Path(where.split(":")[0]).name in CONTRIBUTOR_PAGES
        for m in PROCESS_WORDS.finditer(text):
            if contributor and PATHS_ALLOWED.fullmatch(m[0]):
                continue
            found.append(f"{where}: {m[0]!r}")
    assert found == []


def test_the_process_words_test_can_fail() -> None:
    for text in ("see DESIGN §5", "(issue 13)", "issue #8", "walk ../shared/corpus", "Issues 12"):
        assert PROCESS_WORDS.search(text), text
    for text in ("DESIGN of the outline", "an issue with 13 figures", "shared/corpus"):
        assert not PROCESS_WORDS.search(text), text


def test_doctests_have_nothing_predefined() -> None:
    # a pasted example must run: the doctest build predefines no name an
    # example could use (only HAVE_PANDAS, for skipif, and the working directory)
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    setup = conf.split("doctest_global_setup = ", 1)[1].split('"""', 2)[1]
    assert "SEEDS" not in conf and "import govreport" not in setup and "Path" not in setup
