"""The documentation covers the public API and the README's set-up."""

from __future__ import annotations

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
    assert "[project.urls]" in pyproject and "Programming Language :: Python :: 3.10" in pyproject
