"""Find (Ctrl+F): a bar under the panes that searches the pane that had the focus.

Enter finds the next match, Shift+Enter the previous one, Escape closes the
bar and returns to the text. Searching wraps around the end.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from humanize_desktop.gui import icons
from humanize_desktop.gui.diff_pane import DiffPane


class FindField(QLineEdit):
    escape = Signal()
    previous = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane: DiffPane | None = None
        self.field = FindField(self)
        self.field.setPlaceholderText(self.tr("Find"))
        self.field.setAccessibleName(self.tr("Find text"))
        self.field.setClearButtonEnabled(True)
        self.case = QCheckBox(self.tr("Match &case"), self)
        self.result = QLabel(self)
        prev_button = QToolButton(self)
        prev_button.setIcon(icons.icon("go-previous"))
        prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        next_button = QToolButton(self)
        next_button.setIcon(icons.icon("go-next"))
        next_button.setToolTip(self.tr("Next match (Enter)"))
        close = QToolButton(self)
        close.setIcon(icons.icon("reject"))
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(self.case)
        layout.addWidget(self.result)
        layout.addStretch(0)
        layout.addWidget(close)
        self.field.returnPressed.connect(self.find_next)
        self.field.previous.connect(self.find_previous)
        self.field.escape.connect(self.close_bar)
        self.field.textEdited.connect(lambda _t: self.find(forward=True, from_start_of_selection=True))
        prev_button.clicked.connect(self.find_previous)
        next_button.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_for(self, pane: DiffPane) -> None:
        self.pane = pane
        selected = pane.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        if self.pane is not None:
            self.pane.setFocus()

    def find_next(self) -> bool:
        return self.find(forward=True)

    def find_previous(self) -> bool:
        return self.find(forward=False)

    def find(self, forward: bool, from_start_of_selection: bool = False) -> bool:
        pane = self.pane
        text = self.field.text()
        if pane is None or not text:
            self.result.clear()
            return False
        flags = QTextDocument.FindFlag(0)
        if not forward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        cursor = pane.textCursor()
        if from_start_of_selection:
            cursor.setPosition(cursor.selectionStart())
        found = pane.document().find(text, cursor, flags)
        if found.isNull():  # wrap around
            start = pane.textCursor()
            start.movePosition(start.MoveOperation.Start if forward else start.MoveOperation.End)
            found = pane.document().find(text, start, flags)
        if found.isNull():
            self.result.setText(self.tr("Not found"))
            return False
        self.result.clear()
        pane.setTextCursor(found)
        pane.ensureCursorVisible()
        return True
