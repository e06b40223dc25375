""""What I've Learned": every learned preference, each switchable off and forgettable.

One row per preference (``core.learning.derive``): a check box (on/off),
its kind, how many decisions it came from and its statement. Buttons forget
the selected preference (and the decisions it came from), make a suggested
protected term a protected term, pause or resume learning, and reset
everything (after a question, ``confirm_reset``, a classmethod tests
answer). Every change is saved to the store at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop.core.learning.derive import Preference
from humanize_desktop.gui.i18n import message_text

_ID_ROLE = Qt.ItemDataRole.UserRole


class LearnedDialog(QDialog):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("learnedDialog")
        self.setWindowTitle(self.tr("What I've Learned"))
        self.resize(820, 440)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("learnedList")
        self.table.setHorizontalHeaderLabels([self.tr("On"), self.tr("Kind"), self.tr("Decisions"),
                                              self.tr("What I learned")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        # Statements are sentences: wrapped in full, never cut off with "…".
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # re-wrap at the new width
        self.forget_button = QPushButton(self.tr("&Forget"))
        self.forget_button.setToolTip(self.tr("Forget this and the decisions it was learned from"))
        self.protect_button = QPushButton(self.tr("&Protect Term"))
        self.protect_button.setToolTip(self.tr("Add this word to the protected terms: it is never changed"))
        self.pause_button = QPushButton()
        self.reset_button = QPushButton(self.tr("&Reset…"))
        buttons = QHBoxLayout()
        for b in (self.forget_button, self.protect_button, self.pause_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.forget_button.clicked.connect(self.forget_selected)
        self.protect_button.clicked.connect(self.protect_selected)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.reset_button.clicked.connect(self.reset)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def _kind_name(self, kind: str) -> str:
        return {"suppressed-rule": self.tr("Rule off"), "protected-term": self.tr("Protected term"),
                "own-rule": self.tr("Own rule"), "example": self.tr("Example")}.get(kind, kind)

    def refresh(self) -> None:
        store = self.controller.store
        self.preferences = {p.id: p for p in self.controller.preferences()}
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, p in enumerate(self.preferences.values()):
            self.table.insertRow(row)
            switch = QTableWidgetItem()
            switch.setData(_ID_ROLE, p.id)
            switch.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            switch.setCheckState(Qt.CheckState.Checked if p.enabled else Qt.CheckState.Unchecked)
            count = QTableWidgetItem(str(p.decisions))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [switch, QTableWidgetItem(self._kind_name(p.kind)), count,
                     QTableWidgetItem(message_text(p.statement))]
            for column, cell in enumerate(cells):
                if column:
                    cell.setData(_ID_ROLE, p.id)
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        if store.paused:
            self.state.setText(self.tr("Learning is paused: your decisions are not learned from, and nothing "
                                       "learned is applied."))
        elif not self.preferences:
            self.state.setText(self.tr("Nothing learned yet. As you accept, reject and edit changes, what "
                                       "you keep choosing shows here. It stays on this computer."))
        else:
            self.state.setText(self.tr("Learned from your decisions on this computer. Switch off what should "
                                       "not apply, or forget it."))
        self.pause_button.setText(self.tr("Resume &Learning") if store.paused else self.tr("P&ause Learning"))
        self._update_buttons()

    def selected(self) -> Preference | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return None if item is None else self.preferences.get(item.data(_ID_ROLE))

    def _update_buttons(self) -> None:
        p = self.selected()
        self.forget_button.setEnabled(p is not None)
        self.protect_button.setEnabled(p is not None and p.kind == "protected-term" and not p.confirmed)
        self.reset_button.setEnabled(bool(self.preferences))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        self.controller.store.set_enabled(item.data(_ID_ROLE), item.checkState() == Qt.CheckState.Checked)
        self.controller.save()
        self.refresh()

    def select(self, preference_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(_ID_ROLE) == preference_id:
                self.table.selectRow(row)

    def forget_selected(self) -> None:
        p = self.selected()
        if p is not None:
            self.controller.store.forget(p.id, p.keys)
            self.controller.save()
            self.refresh()

    def protect_selected(self) -> None:
        p = self.selected()
        if p is not None and p.kind == "protected-term":
            self.controller.confirm_term(p)
            self.refresh()

    def toggle_pause(self) -> None:
        self.controller.store.paused = not self.controller.store.paused
        self.controller.save()
        self.refresh()

    def reset(self) -> None:
        if self.confirm_reset(self):
            self.controller.store.reset()
            self.controller.save()
            self.refresh()

    @classmethod
    def confirm_reset(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("LearnedDialog", "Reset What I've Learned"),
            QCoreApplication.translate("LearnedDialog",
                                       "Forget everything learned from your decisions? This cannot be undone."),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Reset
