"""Offering back the work a crashed or killed window left behind."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from humanize_desktop.gui.autosave import Recoverable


class RecoveryDialog:
    """Asks whether to restore left-behind work."""

    @classmethod
    def ask(cls, parent: QWidget | None, item: Recoverable) -> str:
        """'restore', 'discard' or 'later' (keep it and ask again next time)."""
        when = _dt.datetime.fromtimestamp(item.saved_at).strftime("%Y-%m-%d %H:%M:%S")
        name = item.name
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("RecoveryDialog", "Restore Unsaved Work?"))
        untitled = QCoreApplication.translate("RecoveryDialog", "an untitled document")
        box.setText(QCoreApplication.translate("RecoveryDialog", "Humanize Desktop did not close properly. Your "
                                                                 "work on “%1” was saved automatically at %2.")
                    .replace("%1", name or untitled).replace("%2", when))
        box.setInformativeText(QCoreApplication.translate("RecoveryDialog",
                                                          "Restore it exactly as it was, or discard it?"))
        restore = box.addButton(QCoreApplication.translate("RecoveryDialog", "&Restore"),
                                QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("RecoveryDialog", "&Discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(QCoreApplication.translate("RecoveryDialog", "Ask &Later"),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        if clicked is restore:
            return "restore"
        if clicked is discard:
            return "discard"
        return "later"
