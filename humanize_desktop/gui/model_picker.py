"""The model picker in the tool bar: which model humanizes, and whether it is loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from humanize_desktop.gui import icons
from humanize_desktop.gui.engine_manager import BUSY, ERROR, IDLE, LOADING, READY, EngineManager

_STATE_COLORS = {IDLE: QColor(150, 150, 150), LOADING: QColor(220, 160, 0), READY: QColor(40, 160, 70),
                 BUSY: QColor(40, 120, 220), ERROR: QColor(210, 50, 50)}


class ModelPicker(QWidget):
    manage_requested = Signal()

    def __init__(self, engines: EngineManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engines = engines
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Model"))
        self.combo.setMinimumContentsLength(26)  # "SmolLM2-135M-Instruct.Q4_1" whole
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dot = QLabel(self)
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Model state"))
        self.manage = QToolButton(self)
        self.manage.setIcon(icons.icon("models"))
        self.manage.setToolTip(self.tr("Manage models…"))
        self.manage.setAccessibleName(self.tr("Manage models"))
        self.manage.setAutoRaise(True)
        self.manage.clicked.connect(self.manage_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        label = QLabel(self.tr("&Model:"), self)
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.dot)
        layout.addWidget(self.state)
        layout.addWidget(self.manage)
        self.combo.activated.connect(self._chosen)
        engines.models_changed.connect(self._fill)
        engines.changed.connect(self._show_state)
        self._fill()
        self._show_state()

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        choices = self.engines.choices()
        if not choices:
            self.combo.addItem(self.engines.model_label or self.tr("Looking for models…"), "")
        for choice in choices:
            self.combo.addItem(choice.label, choice.key)
            i = self.combo.count() - 1
            tip = choice.problem or choice.detail
            self.combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
            if not choice.usable:
                item = self.combo.model().item(i)
                if item is not None:
                    item.setEnabled(False)
        current = self.engines.current_key()
        i = self.combo.findData(current)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        elif self.engines.model_label:
            self.combo.insertItem(0, self.engines.model_label, current)
            self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key:
            self.engines.select(str(key))

    def _show_state(self) -> None:
        e = self.engines
        texts = {IDLE: self.tr("not loaded"), LOADING: self.tr("loading…"), READY: self.tr("ready"),
                 BUSY: self.tr("working"), ERROR: self.tr("unavailable")}
        self.dot.setPixmap(icons.colored_dot(_STATE_COLORS.get(e.state, QColor("gray")), 10))
        self.state.setText(texts.get(e.state, e.state))
        tip = e.message or ""
        if e.state == IDLE:
            tip = self.tr("The model loads when you first humanize.")
        self.state.setToolTip(tip)
        self.dot.setToolTip(tip)
        if e.model_label and self.combo.count() and not self.combo.currentData():
            self.combo.setItemText(self.combo.currentIndex(), e.model_label)

    @staticmethod
    def short_name(path: str) -> str:
        return Path(path).stem if path else ""
