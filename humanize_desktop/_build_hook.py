"""setuptools build hook: a built Humanize Desktop carries its data files and compiled translations.

Everything about the project is in ``pyproject.toml``, which names this
class as its ``build_py`` command (``[tool.setuptools] cmdclass``; it lives
inside the package because the repository's top level is fixed). The repository keeps ``resources/`` and ``models/`` at its
top level, but a wheel cannot install top-level folders beside
site-packages, so the wheel gets them inside the package
(``humanize_desktop/resources``, ``humanize_desktop/models``), where
``humanize_desktop.paths`` looks first. The ``.ts`` translations are compiled
to ``.qm`` with ``pyside6-lrelease`` from PySide6, which is therefore a build
requirement. Which files go in is decided by ``packaging/build.py``
(``bundled_data``, ``compile_translations``), as for the frozen build.

An editable install (``pip install -e .``) runs from the checkout, so it
compiles the translations in place instead.

Offline builds (CI, tests) use the already-installed PySide6 and setuptools:
``pip wheel --no-deps --no-build-isolation .`` (built from the checkout: there is
no MANIFEST.in, so a source distribution lacks the data files).
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "humanize_desktop"


def _build_script():
    # Loaded by path: "packaging" is also the name of a library setuptools imports.
    spec = importlib.util.spec_from_file_location("humanize_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithData(build_py):
    """``build_py`` that also puts the data files and compiled translations into the package."""

    def run(self) -> None:
        super().run()
        build = _build_script()
        if self.editable_mode:
            build.compile_translations()
            return
        target = Path(self.build_lib) / PACKAGE
        for source, folder in build.bundled_data():
            dest = target / folder / source.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
        built = build.compile_translations(target / "resources" / "translations", only_stale=False)
        if len(built) < len(build.UI_LANGUAGES):
            raise SystemExit(f"only {len(built)} translations compiled, expected {len(build.UI_LANGUAGES)}")

