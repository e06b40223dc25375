"""The Linux desktop integration: entry, AppStream metadata and MIME type pass the official validators.

``desktop-file-validate`` and ``appstreamcli`` are installed by
``packaging/bootstrap.sh``; the files are checked where they are kept and
after ``build.py desktop`` installed them under a prefix, and a broken copy
must be caught.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.integration.packaging_build import ROOT, build

needs_validators = pytest.mark.skipif(
    not (shutil.which("desktop-file-validate") and shutil.which("appstreamcli")),
    reason="desktop-file-utils and appstream are not installed (packaging/bootstrap.sh installs them)")


@needs_validators
def test_the_checked_in_files_pass_the_official_validators() -> None:
    assert build.validate_files(build.DESKTOP_FILE, build.METAINFO_FILE, build.MIME_FILE) == []
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "validate"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@needs_validators
def test_a_broken_desktop_entry_or_metainfo_is_caught(tmp_path: Path) -> None:
    desktop = tmp_path / build.DESKTOP_FILE.name
    desktop.write_text(build.DESKTOP_FILE.read_text(encoding="utf-8").replace("Type=Application\n", "")
                       + "Frobnicate=yes\n", encoding="utf-8")
    metainfo = tmp_path / build.METAINFO_FILE.name
    metainfo.write_text(build.METAINFO_FILE.read_text(encoding="utf-8")
                        .replace("<metadata_license>CC0-1.0</metadata_license>", ""), encoding="utf-8")
    problems = build.validate_files(desktop, metainfo, build.MIME_FILE)
    assert any(p.startswith("desktop-file-validate rejects") and "Frobnicate" in p for p in problems)
    assert any(p.startswith("appstreamcli rejects") and "metadata-license-missing" in p for p in problems)


def test_one_app_id_everywhere() -> None:
    entry = dict(line.split("=", 1) for line in build.DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
                 if "=" in line and not line.startswith("#"))
    assert entry["Icon"] == build.DESKTOP_ID
    assert entry["Exec"].split()[0] == "humanize-desktop" == entry["TryExec"]
    assert "application/x-humanize-review" in entry["MimeType"].split(";")
    component = ET.parse(build.METAINFO_FILE).getroot()
    assert component.findtext("id") == build.DESKTOP_ID
    assert component.findtext("launchable") == f"{build.DESKTOP_ID}.desktop"
    assert component.findtext("provides/binary") == "humanize-desktop"
    iss = (ROOT / "packaging" / "windows" / "humanize-desktop.iss").read_text(encoding="utf-8")
    assert f'AppUserModelID: "{build.DESKTOP_ID}"' in iss
    spec = (ROOT / "packaging" / "humanize-desktop.spec").read_text(encoding="utf-8")
    assert "build.DESKTOP_ID" in spec


def test_the_metainfo_release_matches_the_package_version() -> None:
    from humanize_desktop import __version__

    releases = ET.parse(build.METAINFO_FILE).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == __version__


@needs_validators
def test_desktop_installs_a_valid_tree_under_a_prefix(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "desktop", "--prefix",
                           str(tmp_path), "--exec", "/opt/humanize-desktop/humanize-desktop", "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    share = tmp_path / "share"
    desktop = share / "applications" / f"{build.DESKTOP_ID}.desktop"
    assert "Exec=/opt/humanize-desktop/humanize-desktop %f" in desktop.read_text(encoding="utf-8")
    assert (share / "metainfo" / f"{build.DESKTOP_ID}.metainfo.xml").is_file()
    assert (share / "mime" / "packages" / f"{build.DESKTOP_ID}.xml").is_file()
    for size in build.APP_ICON_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{build.DESKTOP_ID}.png"
        assert build.png_size(png.read_bytes()) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{build.DESKTOP_ID}.svg").is_file()


def test_the_mime_type_claims_humanize_files() -> None:
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = ET.parse(build.MIME_FILE).getroot().find(f"{ns}mime-type")
    assert mime is not None and mime.get("type") == "application/x-humanize-review"
    assert mime.find(f"{ns}glob").get("pattern") == "*.humanize"
    assert mime.find(f"{ns}sub-class-of").get("type") == "application/json"


def test_the_running_app_announces_the_desktop_id(qapp) -> None:
    """Wayland docks match the window to the desktop entry (name, icon) by this id."""
    from humanize_desktop import app

    assert app.DESKTOP_ID == build.DESKTOP_ID
    assert app.create_application().desktopFileName() == build.DESKTOP_ID
