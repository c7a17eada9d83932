"""Build hook: compile the parser's hot modules with mypyc when a wheel is built.

``pip install .`` (and ``python -m build``) compile the modules listed under
``[tool.hatch.build.targets.wheel.hooks.custom]`` in ``pyproject.toml``
through ``hatch-mypyc``; the wheel then holds both the ``.py`` sources and the
compiled extension modules, and Python imports the compiled ones.  The same
source is the pure-Python package, which is what is built instead:

- with ``GOVREPORT_PURE_PYTHON=1`` in the environment (the explicit switch);
- where no C compiler is found (``sysconfig``'s ``CC``, else ``cc``);
- for an editable install (``pip install -e .``), so that the tests and the
  interpreter run the working tree's sources;
- when compiling fails for any other reason (a warning says why), unless
  ``GOVREPORT_COMPILE=1`` asks for compiled modules or an error.

The compiled modules are written next to the sources while the wheel is built
(mypyc builds in place); they are removed again once the wheel is written, so
the working tree never imports a stale extension module.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
import sysconfig
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _c_compiler() -> str | None:
    """The C compiler setuptools would call, if it is installed."""
    cc = shlex.split(sysconfig.get_config_var("CC") or "") or ["cc"]
    return shutil.which(cc[0])


def _pure_reason(version: str) -> str | None:
    """Why this build stays pure Python, or ``None`` to compile."""
    if os.environ.get("GOVREPORT_PURE_PYTHON", "") not in ("", "0"):
        return "GOVREPORT_PURE_PYTHON is set"
    if version == "editable":
        return "an editable install runs the sources"
    if sys.implementation.name != "cpython":
        return f"mypyc needs CPython, not {sys.implementation.name}"
    if _c_compiler() is None:
        return "no C compiler found"
    return None


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """Runs hatch-mypyc's hook when compiling is wanted and possible."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._inner: Any = None
        if self.target_name != "wheel":
            return
        reason = _pure_reason(version)
        if reason is not None:
            self.app.display_info(f"govreport: pure-Python build ({reason})")
            return
        inner: Any = None
        try:
            from hatch_mypyc.plugin import MypycBuildHook

            inner = MypycBuildHook(
                self.root,
                self.config,
                self.build_config,
                self.metadata,
                self.directory,
                self.target_name,
                self.app,
            )
            inner.initialize(version, build_data)
        except Exception as exc:
            if inner is not None:
                inner.clean([version])  # no half-built extension module left in the tree
            if os.environ.get("GOVREPORT_COMPILE", "") not in ("", "0"):
                raise
            self.app.display_warning(f"govreport: compiling failed, pure-Python build instead: {exc}")
            return
        self._inner = inner
        self.app.display_info("govreport: compiled with mypyc")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_inner", None) is not None:
            # the extension modules were built in place: out of the working tree again
            self._inner.clean([version])
