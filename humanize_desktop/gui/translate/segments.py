"""The segment grid's Qt side: a table model over a ``BilingualReview``, a filter by QA finding,
and a delegate that paints the word-level diff between target and suggestion.

Rows are units; columns are the unit id, source, target, suggestion (the
target with the suggestion's changes shown as struck-out and inserted
words, from ``core.diffing`` through the unit's review) and the kinds of
its QA findings.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QRectF, QSize, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from humanize_desktop.core.bilingual.review import BilingualReview
from humanize_desktop.gui.i18n import message_text

ID, SOURCE, TARGET, SUGGESTION, QA = range(5)
# The diff of a row as HTML, for the delegate.
DIFF_ROLE = Qt.ItemDataRole.UserRole + 1
# The kinds of a row's visible findings (a list of str), for the filter.
KINDS_ROLE = Qt.ItemDataRole.UserRole + 2


def qa_kind_name(kind: str) -> str:
    """A QA finding's kind (``core.bilingual.qafinding.QA_KINDS``) in the interface language."""
    names = {
        "number": QCoreApplication.translate("SegmentModel", "number"),
        "date": QCoreApplication.translate("SegmentModel", "date"),
        "url": QCoreApplication.translate("SegmentModel", "URL"),
        "tag": QCoreApplication.translate("SegmentModel", "tag"),
        "placeholder": QCoreApplication.translate("SegmentModel", "placeholder"),
        "term": QCoreApplication.translate("SegmentModel", "term"),
        "untranslated": QCoreApplication.translate("SegmentModel", "untranslated"),
        "language": QCoreApplication.translate("SegmentModel", "language"),
        "inconsistent": QCoreApplication.translate("SegmentModel", "inconsistent"),
        "punctuation": QCoreApplication.translate("SegmentModel", "punctuation"),
        "spacing": QCoreApplication.translate("SegmentModel", "spacing"),
        "length": QCoreApplication.translate("SegmentModel", "length"),
        "grammar": QCoreApplication.translate("SegmentModel", "grammar"),
        "spelling": QCoreApplication.translate("SegmentModel", "spelling"),
    }
    return names.get(kind, kind)  # a kind added to the core later shows by its id until it gets a name


def diff_html(review: BilingualReview, index: int) -> str:
    """The target with the pending changes of its suggestion: deletions struck out, insertions marked."""
    target = review.target(index)
    parts: list[str] = []
    pos = 0
    for change in review.changes(index):
        parts.append(html.escape(target[pos:change.draft_start]))
        if change.draft_text:
            parts.append(f"<s style='background:#ffd7d5'>{html.escape(change.draft_text)}</s>")
        if change.suggestion_text:
            parts.append(f"<span style='background:#ccf0d4'>{html.escape(change.suggestion_text)}</span>")
        pos = change.draft_end
    parts.append(html.escape(target[pos:]))
    return "".join(parts)


class SegmentModel(QAbstractTableModel):
    def __init__(self, review: BilingualReview, parent=None) -> None:
        super().__init__(parent)
        self.review = review
        self.headers = [self.tr("Unit"), self.tr("Source"), self.tr("Target"), self.tr("Suggestion"), self.tr("QA")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.review.file.units)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        unit = self.review.file.units[row]
        if role == KINDS_ROLE:
            return [f.kind for f in self.review.visible_findings(row)]
        if role == DIFF_ROLE and column == SUGGESTION:
            return diff_html(self.review, row) if self.review.changes(row) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == QA:
            return "\n".join(message_text(f.message) for f in self.review.visible_findings(row)) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ID:
            return unit.id
        if column == SOURCE:
            return unit.source
        if column == TARGET:
            return self.review.target(row)
        if column == SUGGESTION:
            return self.review.suggestion(row) or ""
        return ", ".join(dict.fromkeys(qa_kind_name(f.kind) for f in self.review.visible_findings(row)))

    def unit_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def all_changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class SegmentFilter(QSortFilterProxyModel):
    """Rows with a finding of ``kind`` ("" every row, "*" rows with any finding)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = ""

    def set_kind(self, kind: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.kind = kind
            self.endFilterChange()
        else:
            self.kind = kind
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self.kind:
            return True
        kinds = self.sourceModel().data(self.sourceModel().index(source_row, QA, source_parent), KINDS_ROLE) or []
        return bool(kinds) if self.kind == "*" else self.kind in kinds


class DiffDelegate(QStyledItemDelegate):
    """Paints a row's suggestion as its word-level diff (rich text) where it has one."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(max(10, option.rect.width()))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        text = index.data(DIFF_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        doc = self._document(option, text)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        text = index.data(DIFF_ROLE)
        if not text:
            return super().sizeHint(option, index)
        doc = self._document(option, text)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
