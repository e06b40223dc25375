"""The side panel's "Decided" list: every decision made so far, and where its text is now.

Like tracked changes in a word processor, a decided change does not just
vanish: it is listed with what was decided (accepted, rejected, your own
wording), in the order of its place in the draft, and a click shows that
place in both panes (``Review.decision_places`` follows it through later
typing). Decisions loaded from a review file are listed after the others,
in the order they were made, without a place.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from humanize_desktop.core import segmentation
from humanize_desktop.core.review import Decision, DecisionRecord
from humanize_desktop.gui import icons
from humanize_desktop.gui.session import ReviewSession

#: The row's (DecisionRecord, place in the draft or None).
DecisionRole = Qt.ItemDataRole.UserRole + 10

_ICONS = {Decision.ACCEPTED: "accept", Decision.REJECTED: "reject", Decision.EDITED: "edit"}


class DecidedModel(QAbstractListModel):
    """The review's decisions; rebuilt only while shown (``set_active``)."""

    def __init__(self, session: ReviewSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple[DecisionRecord, tuple[int, int] | None]] = []
        self._active = False
        self._dirty = True
        session.updated.connect(self._changed)
        session.reset.connect(self._changed)

    def set_active(self, active: bool) -> None:
        self._active = active
        if active and self._dirty:
            self.refresh()

    def _changed(self, *_args) -> None:
        self._dirty = True
        if self._active:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        review = self.session.review
        pairs = list(zip(review.decisions, review.decision_places()))
        placed = sorted((p for p in pairs if p[1] is not None), key=lambda p: p[1])
        self.beginResetModel()
        self._rows = placed + [p for p in pairs if p[1] is None]
        self.endResetModel()

    def count(self) -> int:
        return len(self.session.review.decisions)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def decision_name(self, decision: Decision) -> str:
        return {Decision.ACCEPTED: self.tr("Accepted"), Decision.REJECTED: self.tr("Rejected"),
                Decision.EDITED: self.tr("Your wording")}[decision]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, place = self._rows[index.row()]
        c = record.change
        if role == DecisionRole:
            return record, place
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(_ICONS[record.decision])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            old, new = _quoted(c.draft_text), _quoted(c.suggestion_text)
            if c.kind == "insert":
                what = self.tr("add %1").replace("%1", new)
            elif c.kind == "delete":
                what = self.tr("remove %1").replace("%1", old)
            else:
                what = self.tr("%1 → %2").replace("%1", old).replace("%2", new)
            if record.decision is Decision.EDITED:
                what = self.tr("%1 → %2, instead of %3").replace("%1", old).replace(
                    "%2", _quoted(record.text)).replace("%3", new)
            return f"{self.decision_name(record.decision)}: {what}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Draft: %1\nSuggestion: %2\nNow: %3").replace("%1", c.draft_text.strip() or "—") \
                .replace("%2", c.suggestion_text.strip() or "—").replace("%3", record.text.strip() or "—")
            if place is None:
                tip += "\n" + self.tr("Decided before this review was opened; its place is not known.")
            return tip
        return None


def _quoted(text: str) -> str:
    """A side of a change in quotes; nothing at all as an empty pair."""
    return f"“{segmentation.excerpt(text, 40)}”" if text.strip() else "“”"
