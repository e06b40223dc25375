"""Light and dark looks: the application palette and the colours of the review.

The window follows the system palette unless the person picks "light" or
"dark" in the preferences. Every colour the review paints (removed and added
words, the bands that pair them, underlines, the AI-likeness heat) comes
from ``ReviewColors``, derived from the palette in use, so the two looks stay
legible without a second set of code paths.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from humanize_desktop.core.checks.findings import FAIRNESS_KINDS

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class ReviewColors:
    dark: bool
    removed: QColor  # draft side of a change
    removed_strong: QColor  # ... when it is the current change
    added: QColor  # suggestion side of a change
    added_strong: QColor
    band_replace: QColor
    band_insert: QColor
    band_delete: QColor
    outline: QColor  # frame around the current change
    spelling: QColor
    grammar: QColor
    style: QColor  # AI-tells, readability
    fairness: QColor  # inclusive language, register, locale conventions
    kept: QColor  # a paragraph the guards kept unchanged
    working: QColor  # the paragraph the model is rewriting now
    muted_text: QColor

    def band(self, kind: str) -> QColor:
        return {"insert": self.band_insert, "delete": self.band_delete}.get(kind, self.band_replace)

    def underline(self, finding_kind: str) -> QColor:
        if finding_kind == "spelling":
            return self.spelling
        if finding_kind == "grammar":
            return self.grammar
        if finding_kind in FAIRNESS_KINDS:
            return self.fairness
        return self.style

    def heat(self, score: float) -> QColor:
        """A calm-to-hot colour for an AI-likeness score in 0..1."""
        score = min(1.0, max(0.0, score))
        hue = int(130 - 130 * score)  # green -> yellow -> red
        c = QColor.fromHsv(hue, 150 if self.dark else 170, 190 if self.dark else 235)
        c.setAlpha(110 + int(120 * score))
        return c


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def review_colors(palette: QPalette | None = None) -> ReviewColors:
    palette = palette or QGuiApplication.palette()
    if is_dark(palette):
        return ReviewColors(
            dark=True,
            removed=QColor(140, 45, 50, 150), removed_strong=QColor(190, 60, 66, 210),
            added=QColor(38, 115, 60, 150), added_strong=QColor(48, 150, 78, 215),
            band_replace=QColor(70, 110, 170, 120), band_insert=QColor(48, 130, 72, 120),
            band_delete=QColor(160, 60, 64, 120),
            outline=palette.color(QPalette.ColorRole.Highlight).lighter(130),
            spelling=QColor(255, 100, 110), grammar=QColor(120, 170, 255), style=QColor(230, 170, 60),
            fairness=QColor(200, 140, 255), kept=QColor(200, 160, 60, 70), working=QColor(90, 140, 230, 60),
            muted_text=palette.color(QPalette.ColorRole.PlaceholderText),
        )
    return ReviewColors(
        dark=False,
        removed=QColor(255, 205, 203), removed_strong=QColor(255, 160, 156),
        added=QColor(200, 240, 208), added_strong=QColor(140, 222, 160),
        band_replace=QColor(120, 160, 220, 95), band_insert=QColor(90, 180, 110, 95),
        band_delete=QColor(220, 110, 110, 95),
        outline=palette.color(QPalette.ColorRole.Highlight),
        spelling=QColor(215, 30, 60), grammar=QColor(25, 105, 225), style=QColor(200, 130, 0),
        fairness=QColor(135, 70, 200), kept=QColor(240, 200, 90, 80), working=QColor(60, 120, 230, 38),
        muted_text=palette.color(QPalette.ColorRole.PlaceholderText),
    )


def segmented_style(palette: QPalette) -> str:
    """A style sheet for a row of checkable tool buttons: the checked one filled with the highlight.

    The styles' own "checked" look is a slightly darker button, which the dark
    palette makes indistinguishable from the others. Buttons may set the
    property ``segment`` to ``first``, ``middle`` or ``last`` to join up.
    """
    text = palette.color(QPalette.ColorRole.ButtonText)
    border = f"rgba({text.red()}, {text.green()}, {text.blue()}, 90)"
    button = palette.color(QPalette.ColorRole.Button).name()
    hover = palette.color(QPalette.ColorRole.Button).lighter(115 if is_dark(palette) else 95).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    on_highlight = palette.color(QPalette.ColorRole.HighlightedText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    return (
        f"QToolButton {{ background: {button}; color: {text.name()}; border: 1px solid {border};"
        f" padding: 3px 10px; border-radius: 0; }}"
        f"QToolButton[segment=\"first\"] {{ border-top-left-radius: 4px; border-bottom-left-radius: 4px; }}"
        f"QToolButton[segment=\"last\"] {{ border-top-right-radius: 4px; border-bottom-right-radius: 4px; }}"
        f"QToolButton[segment=\"middle\"], QToolButton[segment=\"last\"] {{ border-left: none; }}"
        f"QToolButton:hover {{ background: {hover}; }}"
        f"QToolButton:checked {{ background: {highlight}; color: {on_highlight}; border-color: {highlight};"
        f" font-weight: bold; }}"
        f"QToolButton:disabled {{ color: {disabled}; }}"
        f"QToolButton:checked:disabled {{ color: {on_highlight}; }}"
    )


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(32, 33, 36), QColor(41, 42, 45), QColor(230, 230, 230)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(46, 47, 51),
        QPalette.ColorRole.ToolTipBase: QColor(55, 56, 60),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 155),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(52, 53, 57),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Light: QColor(70, 71, 75),
        QPalette.ColorRole.Midlight: QColor(60, 61, 65),
        QPalette.ColorRole.Mid: QColor(48, 49, 53),
        QPalette.ColorRole.Dark: QColor(25, 25, 28),
        QPalette.ColorRole.Shadow: QColor(10, 10, 10),
        QPalette.ColorRole.Highlight: QColor(60, 120, 215),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(120, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(180, 140, 255),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(125, 125, 128))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: QColor(242, 242, 244),
        QPalette.ColorRole.WindowText: QColor(28, 28, 30),
        QPalette.ColorRole.Base: QColor(255, 255, 255),
        QPalette.ColorRole.AlternateBase: QColor(246, 246, 248),
        QPalette.ColorRole.ToolTipBase: QColor(255, 255, 240),
        QPalette.ColorRole.ToolTipText: QColor(28, 28, 30),
        QPalette.ColorRole.PlaceholderText: QColor(125, 125, 130),
        QPalette.ColorRole.Text: QColor(28, 28, 30),
        QPalette.ColorRole.Button: QColor(236, 236, 239),
        QPalette.ColorRole.ButtonText: QColor(28, 28, 30),
        QPalette.ColorRole.Highlight: QColor(48, 110, 210),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(30, 90, 200),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    return p


_system_palette: QPalette | None = None
_system_style: str | None = None


def apply_theme(name: str) -> None:
    """Switch the whole application to ``name`` ("system", "light" or "dark")."""
    global _system_palette, _system_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    hints = app.styleHints()
    if name == "dark":
        app.setStyle("Fusion")
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(_dark_palette())
    elif name == "light":
        app.setStyle("Fusion")
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(_light_palette())
    else:
        hints.unsetColorScheme()
        if _system_style:
            app.setStyle(_system_style)
        app.setPalette(_system_palette)
