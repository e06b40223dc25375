"""The core's boundaries: it imports no Qt, no window code and not the settings file's module."""

from __future__ import annotations

import ast
from pathlib import Path

import humanize_desktop.core as core

FORBIDDEN = ("PySide6", "humanize_desktop.gui", "humanize_desktop.config", "humanize_desktop.app")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_no_core_module_imports_qt_the_window_or_the_settings_file() -> None:
    modules = sorted(Path(core.__file__).parent.rglob("*.py"))
    assert len(modules) > 50
    bad = [(str(m.relative_to(Path(core.__file__).parent)), name) for m in modules for name in _imports(m)
           if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)]
    assert bad == []
