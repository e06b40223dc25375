"""App and action icons: every size exists, loads in Qt, matches its SVG source, reads on light and dark."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from tests.integration.packaging_build import ROOT, build

ACTIONS = ROOT / "resources" / "icons" / "actions"
#: The names the editor asks for (humanize_desktop/gui/icons.py and gui/actions.py).
ACTION_NAMES = {
    "accept", "reject", "accept-all", "reject-all", "go-next", "go-previous", "humanize", "stop",
    "edit-undo", "edit-redo", "document-new", "document-open", "document-save", "check", "models",
    "find", "preferences", "edit", "alternatives", "panel", "warning", "error", "info",
}
LIGHT, DARK = QColor("#ffffff"), QColor("#2a2a2e")


def _opaque_share(image: QImage) -> float:
    pixels = [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]
    return sum(1 for a in pixels if a > 128) / len(pixels)


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        ch = [v / 255 for v in (c.red(), c.green(), c.blue())]
        ch = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_app_icon_exists_at_every_size_and_loads_as_a_qicon(qapp) -> None:
    files = build.icon_files()
    icon = QIcon()
    for size in build.APP_ICON_SIZES:
        png = files[str(size)]
        assert build.png_size(png.read_bytes()) == (size, size), png
        icon.addFile(str(png), QSize(size, size))
        image = QImage(str(png))
        assert not image.isNull() and image.width() == size
        assert 0.3 < _opaque_share(image) < 0.95  # a drawn icon, neither blank nor a full square
    assert {s.width() for s in icon.availableSizes()} == set(build.APP_ICON_SIZES)
    assert not icon.pixmap(48, 48).isNull()
    assert QIcon(str(build.APP_ICON_SVG)).pixmap(128, 128).width() == 128


@pytest.mark.parametrize("size", [32, 256])
def test_the_png_renders_are_up_to_date_with_the_svg(qapp, size: int) -> None:
    fresh = QImage.fromData(build.render_svg(build.APP_ICON_SVG, size))
    committed = QImage(str(build.icon_files()[str(size)]))
    diff = 0
    for y in range(size):
        for x in range(size):
            a, b = fresh.pixelColor(x, y), committed.pixelColor(x, y)
            diff += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) \
                + abs(a.alpha() - b.alpha())
    assert diff / (size * size * 4) < 2, "run packaging/build.py icons after editing the SVG"


def test_the_ico_and_icns_hold_png_renders() -> None:
    ico = build.icon_files()["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(build.ICO_SIZES))
    for i in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
        side = width or 256
        assert build.png_size(ico[offset:offset + length]) == (side, side)
    icns = build.icon_files()["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    at, kinds = 8, {}
    while at < len(icns):
        kind, length = icns[at:at + 4].decode(), struct.unpack(">I", icns[at + 4:at + 8])[0]
        kinds[kind] = build.png_size(icns[at + 8:at + length])
        at += length
    assert kinds == {k: (s, s) for k, s in build.ICNS_TYPES}


def test_every_action_the_editor_names_has_a_crisp_svg(qapp) -> None:
    assert ACTION_NAMES <= {p.stem for p in ACTIONS.glob("*.svg")}
    for path in sorted(ACTIONS.glob("*.svg")):
        root = ET.parse(path).getroot()
        assert root.get("viewBox") == "0 0 24 24", path.name
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), path.name
        for size in (16, 24):
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            assert _opaque_share(image) > 0.04, f"{path.name} draws almost nothing at {size} px"


def test_action_icon_colours_read_on_light_and_dark_backgrounds() -> None:
    for path in sorted(ACTIONS.glob("*.svg")):
        text = path.read_text(encoding="utf-8")
        root = ET.parse(path).getroot()
        if "currentColor" in text:
            colour = root.get("color")
            assert colour, f"{path.name} needs a default colour for currentColor"
        elif path.stem in ("warning", "error", "info"):
            continue  # filled badges: a light or dark mark on a coloured shape
        else:
            colour = root.get("stroke")
        assert re.fullmatch(r"#[0-9a-f]{6}", colour), path.name
        for background in (LIGHT, DARK):
            assert _contrast(QColor(colour), background) >= 3.0, (path.name, background.name())
