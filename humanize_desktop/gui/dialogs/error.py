"""Telling the person that something went wrong inside the app (a bug).

The message says the work is safe (it was autosaved first), offers the
technical details to copy into a bug report, and lets them carry on or quit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, summary: str, details: str, saved_to: str | None) -> str:
        """'continue' or 'quit'."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something Went Wrong"))
        box.setText(QCoreApplication.translate("ErrorDialog", "Humanize Desktop ran into a problem it did not "
                                                              "expect:\n%1").replace("%1", summary))
        if saved_to:
            box.setInformativeText(QCoreApplication.translate(
                "ErrorDialog", "Your work is safe: it was saved to %1 and will be offered back if the app "
                               "has to close.").replace("%1", saved_to))
        else:
            box.setInformativeText(QCoreApplication.translate("ErrorDialog",
                                                              "Save your work now, then restart the app."))
        box.setDetailedText(details)
        cont = box.addButton(QCoreApplication.translate("ErrorDialog", "&Continue"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("ErrorDialog", "&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(cont)
        box.exec()
        return "continue" if box.clickedButton() is cont else "quit"
