"""The frozen app (PyInstaller's one-folder build) works on its own: CLI, bundled model, window.

``packaging/build.py freeze`` builds it from the checked-in spec into a
temporary folder, and ``build.py smoke`` drives the result as a person
would: ``--version``, ``models --json`` (the bundled SmolLM2 found inside
the bundle), ``check``, ``humanize`` (llama.cpp in the frozen child
process) and the editor window on a private Xvfb display, screenshotted.
Freezing takes minutes of CPU: it is the slowest test of the suite and runs
once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.packaging_build import ROOT, build

pytestmark = [pytest.mark.slow, pytest.mark.model]


@pytest.mark.timeout(2400)
def test_the_frozen_app_passes_the_smoke_test(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.fail("Xvfb and xdotool are needed (packaging/bootstrap.sh installs them)")
    script = ROOT / "packaging" / "build.py"
    dist = tmp_path / "dist"
    done = subprocess.run([sys.executable, str(script), "freeze", "--dist", str(dist), "--work", str(tmp_path / "work")],
                          capture_output=True, text=True, timeout=2000)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    program = build.frozen_program(dist)
    assert program.is_file()
    bundled = program.parent / "_internal" if (program.parent / "_internal").is_dir() else program.parent
    for lang in build.UI_LANGUAGES:
        assert (bundled / "resources" / "translations" / f"humanize_{lang}.qm").is_file()
    done = subprocess.run([sys.executable, str(script), "smoke", "--program", str(program),
                           "--out", str(tmp_path / "screens")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and "smoke test passed" in done.stdout, (done.stdout + done.stderr)[-4000:]
    assert (tmp_path / "screens" / "frozen-app.png").stat().st_size > 10_000
