"""Action icons: our SVGs from ``resources/icons/actions`` when present, else Qt's own.

SVG icons stay crisp at any device-pixel ratio. Icons are drawn in one
colour; in a dark theme they are re-tinted with the palette's text colour
so they stay visible.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from humanize_desktop import paths

#: Our icon name -> the Qt standard icon used when no SVG is bundled.
_FALLBACK = {
    "document-new": QStyle.StandardPixmap.SP_FileIcon,
    "document-open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "document-save": QStyle.StandardPixmap.SP_DialogSaveButton,
    "edit-undo": QStyle.StandardPixmap.SP_ArrowBack,
    "edit-redo": QStyle.StandardPixmap.SP_ArrowForward,
    "go-next": QStyle.StandardPixmap.SP_ArrowDown,
    "go-previous": QStyle.StandardPixmap.SP_ArrowUp,
    "accept": QStyle.StandardPixmap.SP_DialogApplyButton,
    "reject": QStyle.StandardPixmap.SP_DialogDiscardButton,
    "accept-all": QStyle.StandardPixmap.SP_DialogYesToAllButton,
    "reject-all": QStyle.StandardPixmap.SP_DialogNoToAllButton,
    "humanize": QStyle.StandardPixmap.SP_MediaPlay,
    "stop": QStyle.StandardPixmap.SP_MediaStop,
    "check": QStyle.StandardPixmap.SP_DialogYesButton,
    "preferences": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "models": QStyle.StandardPixmap.SP_DriveHDIcon,
    "find": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "edit": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "alternatives": QStyle.StandardPixmap.SP_FileDialogListView,
    "panel": QStyle.StandardPixmap.SP_FileDialogInfoView,
}
#: Names the icon helper might use for the same picture.
_ALIASES = {
    "accept": ("accept", "dialog-ok-apply", "checkmark"),
    "reject": ("reject", "dialog-cancel", "window-close"),
    "humanize": ("humanize", "media-playback-start"),
    "stop": ("stop", "process-stop", "media-playback-stop"),
    "check": ("check", "tools-check-spelling"),
    "preferences": ("preferences", "preferences-system"),
    "find": ("find", "edit-find"),
    "models": ("models", "model"),
}


def _svg_path(name: str):
    folder = paths.resource("icons", "actions")
    for candidate in _ALIASES.get(name, (name,)):
        p = folder / f"{candidate}.svg"
        if p.is_file():
            return p
    return None


def _tinted_file(path, color) -> str:
    """A copy of the SVG with ``currentColor`` set to ``color``, in the cache folder (drawn crisp at any size)."""
    folder = paths.dirs().cache / "icons"
    target = folder / f"{path.stem}-{color.name(QColor.NameFormat.HexArgb).lstrip('#')}.svg"
    if not target.is_file():
        data = path.read_text(encoding="utf-8").replace("currentColor", color.name())
        if color.alpha() < 255:
            data = data.replace("<svg ", f'<svg opacity="{color.alphaF():.2f}" ', 1)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(data, encoding="utf-8")
        except OSError:
            return str(path)
    return str(target)


@lru_cache(maxsize=256)
def _icon(name: str, text_rgb: int, disabled_rgba: int) -> QIcon:
    path = _svg_path(name)
    if path is not None:
        data = path.read_text(encoding="utf-8", errors="replace")
        if "currentColor" in data:
            # Drawn in the text colour, with a faint copy for disabled actions.
            icon = QIcon()
            icon.addFile(_tinted_file(path, QColor.fromRgb(text_rgb)), QSize(), QIcon.Mode.Normal)
            icon.addFile(_tinted_file(path, QColor.fromRgba(disabled_rgba)), QSize(), QIcon.Mode.Disabled)
            return icon
        return QIcon(str(path))
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    app = QApplication.instance()
    if isinstance(app, QApplication) and name in _FALLBACK:
        return app.style().standardIcon(_FALLBACK[name])
    return QIcon()


def icon(name: str) -> QIcon:
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    disabled = QColor(text)
    disabled.setAlpha(80)
    return _icon(name, text.rgb(), disabled.rgba())


def clear_cache() -> None:
    """Forget drawn icons (after a theme switch)."""
    _icon.cache_clear()


def colored_dot(color, size: int = 12) -> QPixmap:
    """A small filled rounded square, for legends."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    p.drawRoundedRect(0, 0, size, size, 3, 3)
    p.end()
    return pm
