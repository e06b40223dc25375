"""The question before Accept All takes flagged changes: all of them, all but the flagged ones, or none.

A flag says a check found something the person should look at (a number
or name that changed, a negation, Markdown structure, an error the rewrite
brought in). Accepting them unseen is how a broken link slips in, so Accept
All asks first whenever flagged changes are among the pending ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

_SHOWN = 20  # flagged changes named in the details; the rest are counted


class AcceptAllQuestion:
    """``ask()`` is a classmethod so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, pending: int, flagged: list[str]) -> str:
        """'all', 'unflagged' or 'cancel'. ``flagged``: one line per flagged change."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("AcceptAllQuestion", "Accept All Changes"))
        box.setText(QCoreApplication.translate(
            "AcceptAllQuestion", "Flagged: %1 of the %2 pending changes. Accept those too?")
            .replace("%1", str(len(flagged))).replace("%2", str(pending)))
        box.setInformativeText(QCoreApplication.translate(
            "AcceptAllQuestion", "A flag means a check found something to look at first: a fact or negation "
            "that changed, Markdown structure, or an error the rewrite brought in. Flagged changes you leave "
            "stay pending."))
        details = "\n".join(f"• {line}" for line in flagged[:_SHOWN])
        if len(flagged) > _SHOWN:
            details += "\n" + QCoreApplication.translate("AcceptAllQuestion", "…and %1 more.").replace(
                "%1", str(len(flagged) - _SHOWN))
        box.setDetailedText(details)
        unflagged = box.addButton(QCoreApplication.translate("AcceptAllQuestion", "Accept All but &Flagged"),
                                  QMessageBox.ButtonRole.AcceptRole)
        everything = box.addButton(QCoreApplication.translate("AcceptAllQuestion", "Accept &All"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(unflagged)
        box.exec()
        clicked = box.clickedButton()
        if clicked is unflagged:
            return "unflagged"
        if clicked is everything:
            return "all"
        return "cancel"
