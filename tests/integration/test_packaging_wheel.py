"""A wheel built from this repository is a complete program: data files, compiled translations, commands.

The wheel is built from a copy of the tracked sources (no compiled ``.qm``
files: the build must make them), installed into a fresh virtual
environment, and run from there. Nothing is downloaded: the build uses the
installed setuptools and PySide6 (``--no-build-isolation``), the install
takes the wheel alone (``--no-deps --no-index``), and the new environment
reaches this environment's packages for the dependencies through a ``.pth``
file (a directory named in a ``.pth`` file joins ``sys.path`` after the
new environment's own site-packages, so the installed copy of the app is
the one imported).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.integration.packaging_build import ROOT, build

pytestmark = pytest.mark.slow

#: What the build needs from the repository; anything else must not matter.
SOURCES = ("pyproject.toml", "README.md", "humanize_desktop", "resources", "models",
           "packaging/build.py")
DRAFT = ("# Notes\n\nIn today's fast-paced world, our team will delve into the budget and leverage "
         "a rich tapestry of ideas. The meeting is on Tuesday.\n")


def _copy_sources(dest: Path) -> None:
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=skip)
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    _copy_sources(src)
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "--no-index", "-q", "-w", str(out), str(src)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (found,) = out.glob("humanize_desktop-*.whl")
    return found


def _fresh_env(env: Path, *install: str) -> Path:
    """A new virtual environment that reaches this one's packages, with ``pip install *install`` done."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, timeout=120)
    python = env / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "dependencies.pth").write_text("".join(f"{p}\n" for p in sorted(ours)), encoding="utf-8")
    # --ignore-installed: this environment's editable install is visible through the .pth
    # file, and must be neither uninstalled nor taken for the one being installed.
    done = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                           "--no-build-isolation", "--ignore-installed", "--no-compile", *install],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return env


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _fresh_env(tmp_path_factory.mktemp("venv") / "env", str(wheel))


def _run(env: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "HUMANIZE_"))}
    clean.update(HUMANIZE_CONFIG_DIR=str(tmp_path / "config"), HUMANIZE_DATA_DIR=str(tmp_path / "data"),
                 HUMANIZE_STATE_DIR=str(tmp_path / "state"), HUMANIZE_CACHE_DIR=str(tmp_path / "cache"))
    # LanguageTool would take seconds to start; Harper and enchant check offline in process.
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "settings.toml").write_text('[grammar]\nengine = "harper"\n', encoding="utf-8")
    return subprocess.run([str(env / "bin" / args[0]), *args[1:]], capture_output=True, text=True,
                          cwd=tmp_path, env=clean, timeout=300)


def test_the_wheel_carries_resources_and_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in build.UI_LANGUAGES:
        assert f"humanize_desktop/resources/translations/humanize_{lang}.qm" in names
    assert not any(n.endswith(".ts") for n in names)
    expected = {f"humanize_desktop/{folder}/{path.name}" for path, folder in build.bundled_data()}
    assert expected <= names, sorted(expected - names)[:5]
    assert "humanize_desktop/resources/prompts/rewrite.toml" in names
    assert "humanize_desktop/models/catalog.toml" in names
    assert not any(n.startswith(("resources/", "models/", "tests/", "packaging/")) for n in names)


def test_the_installed_app_finds_its_data_inside_the_environment(venv: Path, tmp_path: Path) -> None:
    done = _run(venv, tmp_path, "python", "-c",
                "from humanize_desktop import paths; from humanize_desktop.gui import i18n; "
                "print(paths.resource('styles')); print([c for c, _ in i18n.available_languages()])")
    assert done.returncode == 0, done.stderr
    folder, languages = done.stdout.splitlines()
    assert Path(folder).is_relative_to(venv) and Path(folder).is_dir()
    assert languages == "['en', 'de', 'fr', 'es']"
    qm = Path(folder).parent / "translations" / "humanize_de.qm"
    assert qm.is_file() and qm.stat().st_size > 10_000


def test_check_runs_from_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    done = _run(venv, tmp_path, "humanize-desktop", "check", str(draft), "--json", "--no-ai-likeness")
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    tells = [f for f in report["findings"] if f["kind"] == "ai-tell"]
    # The AI-tell lexicon is a data file: without resources/ nothing would be found.
    assert any("delve" in DRAFT[f["start"]:f["end"]] for f in tells), report["findings"]
    assert report["language"] == "en"


def test_humanize_help_runs_from_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    done = _run(venv, tmp_path, "humanize-desktop", "humanize", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: humanize-desktop humanize ")
    assert "--style NAME" in done.stdout


def test_an_editable_install_compiles_the_translations_in_the_checkout(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _copy_sources(src)
    env = _fresh_env(tmp_path / "env", "-e", str(src))
    compiled = sorted(p.name for p in (src / "resources" / "translations").glob("*.qm"))
    assert compiled == [f"humanize_{lang}.qm" for lang in sorted(build.UI_LANGUAGES)]
    done = _run(env, tmp_path, "python", "-c", "from humanize_desktop import paths; print(paths.ROOT_DIR)")
    assert done.returncode == 0 and Path(done.stdout.strip()) == src, done.stderr
