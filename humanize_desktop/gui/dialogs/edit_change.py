"""Writing one's own version of a change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from humanize_desktop.core.diffing import Change


class EditChangeDialog(QDialog):
    """Shows both sides of a change and lets the person type the text both should get."""

    def __init__(self, parent: QWidget | None, change: Change) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Change"))
        draft = QLabel(change.draft_text.strip() or self.tr("(nothing)"), self)
        suggestion = QLabel(change.suggestion_text.strip() or self.tr("(nothing)"), self)
        for label in (draft, suggestion):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(change.suggestion_text)
        self.editor.setAccessibleName(self.tr("Your version"))
        self.editor.selectAll()
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Draft:"), draft)
        form.addRow(self.tr("Suggestion:"), suggestion)
        form.addRow(self.tr("&Your version:"), self.editor)
        form.addRow(buttons)
        self.resize(480, 260)

    def text(self) -> str:
        return self.editor.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget | None, change: Change) -> str | None:
        """The text to put on both sides, or None when cancelled."""
        dialog = cls(parent, change)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
