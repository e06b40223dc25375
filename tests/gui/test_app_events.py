"""What the desktop sends the application object: files opened from the macOS Finder.

macOS hands a file the person double-clicked (or dropped on the Dock icon)
to the running app as a ``QFileOpenEvent`` on the application object, not as
a command-line argument. The test runs the app's own ``Application`` in a
child process (the test session's QApplication is pytest-qt's), posts such
events before and after the window exists, and reads back what the window
opened.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, os, sys, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from humanize_desktop import config, paths
tmp = Path(sys.argv[1])
paths.init(config_dir=tmp / "config", data_dir=tmp / "data", state_dir=tmp / "state", cache_dir=tmp / "cache")
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from humanize_desktop.app import Application, create_application

app = create_application(["humanize-desktop"])
out = {"ours": isinstance(app, Application)}
QCoreApplication.postEvent(app, QFileOpenEvent(sys.argv[2]))  # before any window: kept for it
app.processEvents()
out["waiting"] = list(app.files_to_open)

from humanize_desktop.gui.main_window import MainWindow

window = MainWindow(config.Settings())
window.show()

def wait_for(name):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and window.document_name() != name:
        app.processEvents()
        time.sleep(0.01)
    return window.session.review.draft

app.set_window(window)
out["first"] = wait_for(Path(sys.argv[2]).name)
QCoreApplication.postEvent(app, QFileOpenEvent(QUrl.fromLocalFile(sys.argv[3])))  # while running
out["second"] = wait_for(Path(sys.argv[3]).name)
out["title"] = window.windowTitle()
window.close()
print(json.dumps(out))
"""


def test_files_opened_from_the_finder_open_in_the_window(tmp_path: Path) -> None:
    first = tmp_path / "first note.txt"
    first.write_text("Opened from the Finder before the window was up.\n", encoding="utf-8")
    second = tmp_path / "zweite Notiz.md"
    second.write_text("# Später\n\nDann noch eine Datei, während das Fenster offen ist.\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "user"), str(first), str(second)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["ours"] and out["waiting"] == [str(first)]
    assert out["first"] == first.read_text(encoding="utf-8")
    assert out["second"] == second.read_text(encoding="utf-8")
    assert out["title"].startswith("zweite Notiz.md")
