"""Other wordings for one change, asked of the model while the dialog waits.

The model runs on the model lane; the dialog stays responsive and Cancel
stops the request. Choosing a wording resolves the change with it (an
"edit" decision, undoable like any other). Only wordings that came through
the rewrite's cleaning and checks are listed (``core.rewriting.alternatives``);
each one's tooltip shows it in its sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop.core.diffing import Change
from humanize_desktop.gui.engine_manager import EngineManager
from humanize_desktop.gui.workers import Failure, Job

_CONTEXT_CHARS = 80  # of the text on either side, in a wording's tooltip


class AlternativesDialog(QDialog):
    def __init__(self, parent: QWidget | None, engines: EngineManager, change: Change, suggestion: str,
                 options) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alternatives"))
        self.change = change
        head = QLabel(self.tr("Other ways to say “%1”:").replace("%1", " ".join(change.suggestion_text.split())))
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Alternative wordings"))
        self.list.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Asking the model…"))
        self.busy.setTextVisible(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Use This Wording"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(
            lambda item, _prev: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

        start, end = change.suggestion_start, change.suggestion_end
        self._context = (suggestion[max(0, start - _CONTEXT_CHARS):start], suggestion[end:end + _CONTEXT_CHARS])

        def work(job: Job):
            from humanize_desktop.core.rewriting.document import alternatives

            return alternatives(suggestion, start, end, options, engines.engine(), n=3, cancel=job._cancel)

        self.job = engines.runner.submit(work, name="alternatives", lane="model", on_done=self._found,
                                         on_error=self._failed)
        self.finished.connect(lambda _result: self.job.cancel())

    def _found(self, _job: Job, texts: list[str]) -> None:
        self.busy.hide()
        if not texts:
            self.message.setText(self.tr("The model found no other wording that keeps the meaning."))
        before, after = self._context
        for text in texts:
            item = QListWidgetItem(text.strip())
            item.setData(Qt.ItemDataRole.UserRole, text)
            # The wording in its sentence, so the person sees how it reads in place.
            shown = " ".join((before + text + after).split())
            item.setToolTip(self.tr("In place: %1").replace("%1", "…" + shown + "…"))
            self.list.addItem(item)
        if texts:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _failed(self, _job: Job, failure: Failure) -> None:
        self.busy.hide()
        if failure.is_bug:
            raise failure.error
        self.message.setText(str(failure))

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None, engines: EngineManager, change: Change, suggestion: str,
            options) -> str | None:
        dialog = cls(parent, engines, change, suggestion, options)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
