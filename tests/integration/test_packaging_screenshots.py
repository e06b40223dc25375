"""``packaging/screenshots.py`` renders windows, dialogs and menus in another language (offscreen here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.integration.packaging_build import ROOT, build


def test_one_command_renders_the_window_a_dialog_and_a_menu_in_german(tmp_path: Path) -> None:
    assert build.main(["translations", "--quiet"]) == 0
    names = ["review", "accept-all", "menu-3"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--languages", "de",
                           "--only", *names, "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=240, env=env)
    assert proc.returncode == 0, proc.stderr
    for name in names:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull() and image.width() > 200 and image.height() > 40, name
    window = QImage(str(tmp_path / "review.png"))
    assert (window.width(), window.height()) == (1280, 800)
    listed = subprocess.run([sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--list"],
                            capture_output=True, text=True, timeout=60, env=env).stdout.split()
    assert {"preferences-general", "models-local", "alternatives", "decided", "about"} <= set(listed)
