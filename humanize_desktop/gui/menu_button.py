"""A tool button that opens its menu on click, with room for the menu's arrow.

Qt draws the small arrow of an instant-popup button in the button's
bottom-right corner but only widens split buttons for it, so on a text
button the arrow sat on the label's last letter ("Instructions", "Show",
and longer in German).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QStyleOptionToolButton, QToolButton, QWidget


class MenuButton(QToolButton):
    """A text button that drops its menu down on click (``InstantPopup``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        # The label stays centred, so the full arrow width leaves half of it on either side.
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
