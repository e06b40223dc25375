"""The side panel's list of pending changes, with their fidelity flags, and of decided ones.

Each row shows what the draft says, what the suggestion says instead, and
what a check flagged about the change (a number that changed, an error it
introduces, Markdown structure it alters). Clicking a row shows the change
in both panes; Return accepts it, Delete rejects it. Rows have one height,
so lists of thousands of changes stay fast. A filter above the list
switches to the changes already decided (``gui.decided``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop.core import segmentation
from humanize_desktop.core.diffing import Change
from humanize_desktop.gui.decided import DecidedModel, DecisionRole
from humanize_desktop.gui.i18n import message_text
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.theme import review_colors, segmented_style

ChangeRole = Qt.ItemDataRole.UserRole + 1
FlagsRole = Qt.ItemDataRole.UserRole + 2
#: What the flags of a change are, cheaply (for the row picture cache): no words, no translation.
FlagsKeyRole = Qt.ItemDataRole.UserRole + 3
#: "Rule: …" / "Model: …": where the change came from and why, in the interface language ("" if unknown).
ReasonRole = Qt.ItemDataRole.UserRole + 4
#: Row pictures kept by the delegate (a screenful is about 20).
_ROW_CACHE = 400

def _one_line(text: str, limit: int = 160) -> str:
    if not text.strip():
        return "¶" if "\n" in text else "␣" if text else ""
    return segmentation.excerpt(text, limit)


class ChangesModel(QAbstractListModel):
    """The review's pending changes, in text order."""

    def __init__(self, session: ReviewSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.change_flags: dict[str, list] = {}  # change id -> [Flag] from the fidelity checks
        self._ids: list[str] = []  # the rows the view knows about
        self._flag_names: dict[str, str] | None = None
        session.updated.connect(self._updated)
        session.reset.connect(self.refresh)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def _current_ids(self) -> list[str]:
        return [c.id for c in self.session.review.changes] if self.session.has_suggestion else []

    def change(self, row: int) -> Change | None:
        changes = self.session.review.changes
        if not 0 <= row < len(self._ids) or row >= len(changes):
            return None
        change = changes[row]
        return change if change.id == self._ids[row] else None

    def row_of(self, change_id: str) -> int:
        try:
            return self._ids.index(change_id)
        except ValueError:
            return -1

    def flag_names(self) -> dict[str, str]:
        if self._flag_names is None:
            self._flag_names = self._make_flag_names()
        return self._flag_names

    def _make_flag_names(self) -> dict[str, str]:
        fact = self.tr("Fact changed")
        names = {k: fact for k in ("number", "date", "amount", "percentage", "unit", "name", "url", "email",
                                   "citation", "quotation")}
        names.update({"negation": self.tr("Negation"), "modal": self.tr("Certainty changed"),
                      "protected-term": self.tr("Protected term"), "structure": self.tr("Structure changed"),
                      "drift": self.tr("Meaning drift"), "introduced-error": self.tr("Error introduced"),
                      "tone": self.tr("Tone")})
        return names

    def structure_names(self) -> dict[str, str]:
        """Markdown structure kinds (``core.markdown``) in the window's language."""
        return {"heading": self.tr("heading"), "list": self.tr("list"), "quote": self.tr("quotation"),
                "rule": self.tr("horizontal rule"), "emphasis": self.tr("emphasis"), "link": self.tr("link"),
                "code": self.tr("code"), "code-block": self.tr("code block"), "table": self.tr("table")}

    def flag_lines(self, change: Change, flags: list | None = None) -> list[str]:
        """What was flagged about ``change``: its ``flags``, by default those the list shows."""
        names = self.flag_names()
        flags = self.change_flags.get(change.id, []) if flags is None else flags
        lines = [f"{names.get(flag.kind, flag.kind)}: {message_text(flag.message or flag.detail)}"
                 for flag in flags]
        if change.structure and not any(f.kind == "structure" for f in flags):
            names = self.structure_names()
            kinds = ", ".join(sorted(names.get(k, k) for k in change.structure))
            lines.append(self.tr("Structure changed: %1").replace("%1", kinds))
        return lines

    def reason_line(self, change: Change) -> str:
        """Where the change came from and why ("" when the suggestion was not humanized here)."""
        explanation = self.session.document.explanations.get(change.id)
        if explanation is None:
            return ""
        source = {"rule": self.tr("Rule"), "model": self.tr("Model"),
                  "cleaning": self.tr("Clean-up")}.get(explanation.source, explanation.source)
        return self.tr("%1: %2").replace("%1", source).replace("%2", message_text(explanation.reason))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        change = self.change(index.row()) if index.isValid() else None
        if change is None:
            return None
        if role == ChangeRole:
            return change
        if role == FlagsRole:
            return self.flag_lines(change)
        if role == ReasonRole:
            return self.reason_line(change)
        if role == FlagsKeyRole:
            flags = self.change_flags.get(change.id, ())
            return tuple((f.kind, f.detail) for f in flags), change.structure
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            old, new = _one_line(change.draft_text), _one_line(change.suggestion_text)
            if change.kind == "insert":
                text = self.tr("Add “%s”") % new
            elif change.kind == "delete":
                text = self.tr("Remove “%s”") % old
            else:
                text = self.tr("“%1” to “%2”").replace("%1", old).replace("%2", new)
            flags = self.flag_lines(change)
            reason = self.reason_line(change)
            return text + ("; " + reason if reason else "") + ("; " + "; ".join(flags) if flags else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            flags = self.flag_lines(change)
            reason = self.reason_line(change)
            tip = self.tr("Draft: %1\nSuggestion: %2").replace("%1", change.draft_text.strip() or "—") \
                .replace("%2", change.suggestion_text.strip() or "—")
            return tip + ("\n" + reason if reason else "") + ("\n" + "\n".join(flags) if flags else "")
        return None

    def refresh(self, *_args) -> None:
        self.beginResetModel()
        self._ids = self._current_ids()
        self.endResetModel()

    def _updated(self, update) -> None:
        """Remove and insert just the rows that changed, so the view keeps its place and stays fast."""
        new_ids = self._current_ids()
        if len(update.removed) + len(update.added) > 200 or (not update.removed and not update.added
                                                             and new_ids != self._ids):
            self.refresh()
            return
        reused = set(update.removed) & set(update.added)  # same id, new content
        gone = set(update.removed) - set(update.added)
        for row in sorted((i for i, cid in enumerate(self._ids) if cid in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        known = set(self._ids)
        for row, cid in enumerate(new_ids):
            if cid not in known:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, cid)
                self.endInsertRows()
        if self._ids != new_ids:  # ids reused in a new order: start over
            self.refresh()
            return
        # Only rows whose change was redone need repainting: repainting every row after
        # each decision or streamed paragraph was one of the window's slowest paints.
        for row, cid in enumerate(self._ids) if reused else ():
            if cid in reused:
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_flags(self, flags: dict[str, list]) -> None:
        self.change_flags = flags
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))


class ChangeDelegate(QStyledItemDelegate):
    """Draws a change as "old → new" with its flags on a second line."""

    _colors = None
    _colors_key = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pictures: dict[tuple, QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.lineSpacing() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        change: Change | None = index.data(ChangeRole)
        if change is None:
            return super().paint(painter, option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        # The row's picture is drawn once and reused: a row takes some twenty painter calls,
        # and the list repaints all its rows whenever a change comes or goes.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        reason = index.data(ReasonRole) or ""
        key = (change.id, change.kind, change.draft_text, change.suggestion_text, index.data(FlagsKeyRole),
               reason, selected, option.rect.width(), option.rect.height(), option.palette.cacheKey(), option.font.key(),
               ratio)
        picture = self._pictures.pop(key, None)
        if picture is None:
            picture = QPixmap(int(option.rect.width() * ratio), int(option.rect.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(0, 0, option.rect.width(), option.rect.height())
            row_painter = QPainter(picture)
            row_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint_row(row_painter, at_origin, change, index.data(FlagsRole) or [], selected, reason)
            row_painter.end()
            if len(self._pictures) >= _ROW_CACHE:
                del self._pictures[next(iter(self._pictures))]  # the least recently drawn
        self._pictures[key] = picture
        painter.drawPixmap(option.rect.topLeft(), picture)

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, change: Change, flags: list[str],
                   selected: bool, reason: str = "") -> None:
        key = option.palette.cacheKey()
        if self._colors_key != key:
            self._colors, self._colors_key = review_colors(option.palette), key
        colors = self._colors
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = option.palette.color(role)
        rect = option.rect.adjusted(10, 5, -8, -5)
        painter.fillRect(QRect(option.rect.left(), option.rect.top() + 4, 3, option.rect.height() - 8),
                         colors.band(change.kind).darker(120))
        fm = QFontMetrics(option.font)
        y = rect.top()
        x = rect.left()
        right = rect.right()

        def chip(text: str, bg: QColor, strike: bool, limit: int) -> None:
            nonlocal x
            if x >= right:
                return
            font = QFont(option.font)
            font.setStrikeOut(strike)
            painter.setFont(font)
            fmx = QFontMetrics(font)
            width = min(fmx.horizontalAdvance(text) + 10, right - x, limit)
            shown = fmx.elidedText(text, Qt.TextElideMode.ElideRight, width - 6)
            painter.fillRect(QRect(x, y, width, fm.lineSpacing() + 2), bg)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))  # chips keep their own background
            painter.drawText(QRect(x + 4, y + 1, width - 8, fm.lineSpacing()), Qt.AlignmentFlag.AlignVCenter, shown)
            x += width + 6

        old, new = _one_line(change.draft_text, 80), _one_line(change.suggestion_text, 80)
        avail = right - x
        if change.kind == "replace":
            # Share the row: a short side gives the long one what it does not need.
            half = (avail - 26) // 2
            need_old = fm.horizontalAdvance(old) + 10
            need_new = fm.horizontalAdvance(new) + 10
            old_limit = need_old if need_old <= half else max(half, avail - 26 - need_new)
            chip(old, colors.removed, True, old_limit)
            painter.setFont(option.font)
            painter.setPen(text_color)
            painter.drawText(QRect(x, y, 16, fm.lineSpacing() + 2), Qt.AlignmentFlag.AlignCenter, "→")
            x += 20
            chip(new, colors.added, False, right - x)
        elif change.kind == "delete":
            chip(old, colors.removed, True, avail)
        else:
            chip(new, colors.added, False, avail)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.88))
        painter.setFont(small)
        sfm = QFontMetrics(small)
        kind_name = {"insert": self.tr("Addition"), "delete": self.tr("Removal"),
                     "replace": self.tr("Replacement")}[change.kind]
        line2 = (reason or kind_name) + ("  ·  ⚠ " + "  ·  ".join(flags) if flags else "")
        muted = text_color if selected else (colors.style if flags else option.palette.color(
            QPalette.ColorRole.PlaceholderText))
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), y + fm.lineSpacing() + 5, rect.width(), sfm.lineSpacing()),
                         Qt.AlignmentFlag.AlignVCenter,
                         sfm.elidedText(line2, Qt.TextElideMode.ElideRight, rect.width()))


class ChangesView(QListView):
    accept_requested = Signal(str)
    reject_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        change = self.currentIndex().data(ChangeRole) if self.currentIndex().isValid() else None
        if change is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers():
            self.accept_requested.emit(change.id)
            return
        if change is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and not event.modifiers():
            self.reject_requested.emit(change.id)
            return
        super().keyPressEvent(event)


class ChangesPanel(QWidget):
    """Pending | Decided filter, a heading with the count, and the list."""

    change_selected = Signal(str)
    #: A decided change was clicked: its place in the draft (start, end).
    place_selected = Signal(int, int)

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ChangesModel(session, self)
        self.view = ChangesView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChangeDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(False)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Pending changes"))
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.decided = DecidedModel(session, self)
        self.decided_view = QListView(self)
        self.decided_view.setModel(self.decided)
        self.decided_view.setAccessibleName(self.tr("Decided changes"))
        self.decided_view.setFrameShape(QListView.Shape.NoFrame)
        self.decided_view.setWordWrap(True)  # a long wording wraps instead of scrolling sideways
        self.decided_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decided_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.decided_view.setSpacing(2)
        self.decided_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.decided_view.clicked.connect(self._decision_clicked)
        self.decided_view.activated.connect(self._decision_clicked)
        self.pending_button = QToolButton(self)
        self.decided_button = QToolButton(self)
        self.filter = QButtonGroup(self)
        for i, b in enumerate((self.pending_button, self.decided_button)):
            b.setCheckable(True)
            b.setProperty("segment", ("first", "last")[i])
            self.filter.addButton(b, i)
        self.pending_button.setChecked(True)
        self.pending_button.setToolTip(self.tr("Changes still to decide"))
        self.decided_button.setToolTip(self.tr("Changes you accepted, rejected or reworded; click one to see "
                                               "it in the text"))
        self.filter.idToggled.connect(self._filter_toggled)
        row = QHBoxLayout()
        row.setContentsMargins(8, 6, 8, 0)
        row.setSpacing(0)
        row.addWidget(self.pending_button)
        row.addWidget(self.decided_button)
        row.addStretch(1)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.view)
        self.lists.addWidget(self.decided_view)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 6, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.lists)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.apply_colors()
        session.current_changed.connect(self.select_change)
        session.updated.connect(self._update_summary)
        session.reset.connect(self._update_summary)
        self._busy = False
        self._update_summary()

    def set_busy(self, busy: bool) -> None:
        """While the model writes, an unchanged suggestion only means it has not got far yet."""
        self._busy = busy
        self._update_summary()

    def _clicked(self, index: QModelIndex) -> None:
        change = index.data(ChangeRole)
        if change is not None:
            self.change_selected.emit(change.id)

    def _decision_clicked(self, index: QModelIndex) -> None:
        value = index.data(DecisionRole)
        if value is not None and value[1] is not None:
            self.place_selected.emit(*value[1])

    def show_decided(self, decided: bool) -> None:
        (self.decided_button if decided else self.pending_button).setChecked(True)

    def _filter_toggled(self, button_id: int, checked: bool) -> None:
        if not checked:
            return
        decided = button_id == 1
        self.decided.set_active(decided)
        self.lists.setCurrentIndex(1 if decided else 0)
        self._update_summary()

    def apply_colors(self) -> None:
        """The filter's look for the current palette (a checked segment must stand out in dark mode too)."""
        style = segmented_style(self.palette())
        for b in self.filter.buttons():
            b.setStyleSheet(style)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.apply_colors()

    def _update_summary(self, *_args) -> None:
        review = self.session.review
        pending = review.pending_count if self.session.has_suggestion else 0
        self.pending_button.setText(self.tr("Pending (%1)").replace("%1", str(pending)))
        self.decided_button.setText(self.tr("Decided (%1)").replace("%1", str(len(review.decisions))))
        if self.decided_button.isChecked():
            self.summary.setText(self.tr("Decisions made: %1. Click one to see where it is in the text.")
                                 .replace("%1", str(len(review.decisions))) if review.decisions else
                                 self.tr("Nothing decided yet. Accepted, rejected and reworded changes "
                                         "are listed here."))
            return
        if self._busy and (review.pending_count == 0 or not self.session.has_suggestion):
            self.summary.setText(self.tr("Humanizing… Changes appear here as paragraphs are rewritten."))
        elif not self.session.has_suggestion:
            self.summary.setText(self.tr("No suggestion yet. Humanize the draft to see changes here."))
        elif self._busy:
            self.summary.setText(self.tr("Humanizing… Pending changes so far: %1")
                                 .replace("%1", str(review.pending_count)))
        elif review.pending_count == 0 and not review.decisions:
            self.summary.setText(self.tr("No differences: the suggestion says the same as the draft."))
        elif review.pending_count == 0:
            decided = len(review.decisions)
            self.summary.setText(self.tr("All changes decided. Decisions made: %1.").replace("%1", str(decided)))
        else:
            self.summary.setText(self.tr("Pending changes: %1").replace("%1", str(review.pending_count)))
        self.select_change(self.session.current_id)

    def select_change(self, change_id: str) -> None:
        row = self.model.row_of(change_id) if change_id else -1
        if row < 0:
            self.view.clearSelection()
            return
        index = self.model.index(row)
        if self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
