"""The central area: the two panes, their headers, the band between them.

``ReviewView`` lays out draft | band | suggestion with a header over each
pane (title, legend, AI-likeness total), keeps the panes scrolled together,
shows the per-change popup (accept, reject, edit, alternatives) when the
mouse rests on a change, and covers the suggestion pane with a short
explanation until there is a suggestion to show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from humanize_desktop.core.positions import map_position
from humanize_desktop.gui import icons
from humanize_desktop.gui.band import ConnectorBand
from humanize_desktop.gui.diff_pane import DiffPane
from humanize_desktop.gui.find_bar import FindBar
from humanize_desktop.gui.scroll_sync import ScrollSync
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.theme import review_colors


class PaneHeader(QWidget):
    """Title, a legend swatch and a slot for the pane's AI-likeness total."""

    def __init__(self, title: str, legend: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.swatch = QLabel(self)
        self.legend = QLabel(legend, self)
        self.score = QLabel(self)
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.swatch)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        layout.addWidget(self.score)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_swatch(self, color) -> None:
        self.swatch.setPixmap(icons.colored_dot(color, 12))


class ChangePopup(QFrame):
    """Buttons for the change under the mouse."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.change_id = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip in (
                ("accept", self.tr("Accept"), self.tr("Take the suggestion into the draft (Alt+Left)")),
                ("reject", self.tr("Reject"), self.tr("Keep the draft's text (Alt+Right)")),
                ("edit", self.tr("Edit…"), self.tr("Write your own version of this change (F2)")),
                ("alternatives", self.tr("Alternatives…"), self.tr("Ask the model for other wordings"))):
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setIcon(icons.icon(name))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setAutoRaise(True)
            b.setAccessibleName(text)
            layout.addWidget(b)
            self.buttons[name] = b
        self.hide()

    def enterEvent(self, event) -> None:
        parent = self.parent()
        if isinstance(parent, ReviewView):
            parent._popup_timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        parent = self.parent()
        if isinstance(parent, ReviewView):
            parent._popup_timer.start()
        super().leaveEvent(event)


class EmptySuggestion(QFrame):
    """What the suggestion pane shows before there is a suggestion."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.button = QPushButton(icons.icon("humanize"), self.tr("Humanize"), self)
        self.button.setAccessibleName(self.tr("Humanize the draft"))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(3)
        self.set_has_draft(False)

    def set_has_draft(self, has_draft: bool, busy: bool = False, progress: str = "") -> None:
        """``progress``: what humanizing is doing now (the same words as the progress bar)."""
        self.button.setVisible(not busy)
        if busy:
            self.message.setText((progress or self.tr("Humanizing…")) + "\n"
                                 + self.tr("The suggestion appears here paragraph by paragraph."))
            return
        if has_draft:
            self.message.setText(self.tr("No suggestion yet.\nHumanize the draft to get a rewrite "
                                         "you can review change by change."))
        else:
            self.message.setText(self.tr("Type or paste your draft on the left, or open a file "
                                         "(Ctrl+O) or drop it here.\nThen humanize it to get a rewrite "
                                         "you can review change by change."))
        self.button.setEnabled(has_draft)


class InfoBar(QWidget):
    """A message across the top of the panes (an engine that failed, say), with optional buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.frame = QFrame(self)
        self.frame.setObjectName("infoBar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 2)
        outer.addWidget(self.frame)
        self.icon = QLabel(self)
        self.kind = ""  # "error" or "info": what the shown message is
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(4)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        close.setAccessibleName(self.tr("Close message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self.frame)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "error", actions: tuple = ()) -> None:
        """``actions``: (label, callable) pairs shown as buttons."""
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for label, slot in actions:
            b = QPushButton(label, self)
            b.clicked.connect(slot)
            self.buttons.addWidget(b)
        self.kind = kind
        self.icon.setPixmap(icons.icon("error" if kind == "error" else "info").pixmap(20, 20))
        self.text.setText(text)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        if kind == "error":
            bg, border = ("#4a2427", "#8c3a40") if dark else ("#fde7e9", "#e8a3a9")
        else:
            bg, border = ("#3d3520", "#7a6630") if dark else ("#fff4ce", "#e6cf7a")
        self.frame.setStyleSheet(f"#infoBar {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}")
        self.show()


class ReviewView(QWidget):
    """Draft pane | link band | suggestion pane, with headers and popups."""

    accept_requested = Signal(str)
    reject_requested = Signal(str)
    edit_requested = Signal(str)
    alternatives_requested = Signal(str)
    change_selected = Signal(str)

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.draft = DiffPane("draft", session, session.sides["draft"].document, self)
        self.suggestion = DiffPane("suggestion", session, session.sides["suggestion"].document, self)
        self.draft.setObjectName("draftPane")
        self.suggestion.setObjectName("suggestionPane")
        self.draft.setAccessibleName(self.tr("Draft"))
        self.draft.setAccessibleDescription(self.tr("Your working text. Removed or replaced words are shaded."))
        self.suggestion.setAccessibleName(self.tr("Suggestion"))
        self.suggestion.setAccessibleDescription(self.tr("The model's rewrite. Added or replaced words are shaded."))
        self.draft.setPlaceholderText(self.tr("Type or paste your draft here, or open a file with Ctrl+O."))
        self.band = ConnectorBand(session, self.draft, self.suggestion, self)
        self.sync = ScrollSync(session, self.draft, self.suggestion)
        self.draft_header = PaneHeader(self.tr("Draft"), self.tr("removed or replaced"), self)
        self.suggestion_header = PaneHeader(self.tr("Suggestion"), self.tr("added or replacing"), self)
        self.pending = QLabel(self)
        self.pending.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pending.setObjectName("pendingBadge")
        self.pending.setMinimumWidth(34)
        self.pending.setAccessibleName(self.tr("Pending changes"))

        self.info = InfoBar(self)
        self.find_bar = FindBar(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.info)
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        outer.addWidget(self.find_bar)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.draft_header, 0, 0, 1, 2)
        grid.addWidget(self.pending, 0, 2)
        grid.addWidget(self.suggestion_header, 0, 3, 1, 2)
        grid.addWidget(self.draft, 1, 1)
        grid.addWidget(self.band, 1, 2)
        grid.addWidget(self.suggestion, 1, 3)
        self._grid = grid
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(1, 1)

        self.empty = EmptySuggestion(self.suggestion)
        self.popup = ChangePopup(self)
        #: Whether "Alternatives…" can work now (the main window knows the engine).
        self.can_offer_alternatives = lambda: False
        self._popup_timer = QTimer(self, singleShot=True, interval=450)
        self._popup_timer.timeout.connect(self._hide_popup)
        for name, signal in (("accept", self.accept_requested), ("reject", self.reject_requested),
                             ("edit", self.edit_requested), ("alternatives", self.alternatives_requested)):
            self.popup.buttons[name].clicked.connect(
                lambda _checked=False, s=signal: self._popup_action(s))
        for pane in (self.draft, self.suggestion):
            pane.change_hovered.connect(lambda cid, rect, pane=pane: self._hovered(pane, cid, rect))
            pane.change_clicked.connect(self.change_selected)
            pane.installEventFilter(self)
        self.band.accept_clicked.connect(self.accept_requested)
        self.band.reject_clicked.connect(self.reject_requested)
        self.band.change_clicked.connect(self.change_selected)
        session.updated.connect(self._session_changed)
        session.reset.connect(self._session_changed)
        self.draft.textChanged.connect(self._update_empty)
        self.apply_colors()
        self._session_changed()

    def set_gutters(self, left: QWidget, right: QWidget) -> None:
        """Put ``left`` beside the draft and ``right`` beside the suggestion (the heat strips)."""
        self._grid.addWidget(left, 1, 0)
        self._grid.addWidget(right, 1, 4)

    # ------------------------------------------------------------------ state

    def panes(self) -> tuple[DiffPane, DiffPane]:
        return self.draft, self.suggestion

    def pane(self, side: str) -> DiffPane:
        return self.draft if side == "draft" else self.suggestion

    def show_place(self, start: int, end: int) -> None:
        """Select ``start``..``end`` of the draft, and the same text in the suggestion, and scroll to it.

        For text that is no change any more (a decided one): outside the pending
        changes both texts agree, so the place maps across.
        """
        review = self.session.review
        self.session.set_current("")
        a, b = min(start, len(review.draft)), min(end, len(review.draft))
        places = {"draft": (a, b),
                  "suggestion": (map_position(review.changes, "draft", a, inside="start"),
                                 map_position(review.changes, "draft", b, inside="end", at_insertion="after"))}
        for pane in self.panes():
            side = self.session.sides[pane.side]
            s, e = places[pane.side]
            cursor = pane.textCursor()
            cursor.setPosition(side.to16(s))
            cursor.setPosition(side.to16(e), cursor.MoveMode.KeepAnchor)
            pane.setTextCursor(cursor)
        self.sync.enabled = False
        try:
            for pane in self.panes():
                pane.scroll_to(places[pane.side][0])
        finally:
            self.sync.enabled = True

    def apply_colors(self, palette: QPalette | None = None) -> None:
        palette = palette or QApplication.palette()
        colors = review_colors(palette)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.pending.setStyleSheet(
            f"#pendingBadge {{ background: {highlight.name()}; color: white; border-radius: 9px;"
            f" padding: 1px 7px; margin: 5px 6px; font-weight: bold; }}")
        for pane in self.panes():
            pane.set_colors(colors)
        self.draft_header.set_swatch(colors.removed_strong)
        self.suggestion_header.set_swatch(colors.added_strong)
        self.band.update()

    def set_busy(self, busy: bool) -> None:
        """While humanizing, the texts are not typed into (decisions still work)."""
        self._busy = busy
        self._session_changed()

    def _update_read_only(self) -> None:
        busy = getattr(self, "_busy", False)
        self.draft.setReadOnly(busy)
        self.suggestion.setReadOnly(busy or not self.session.has_suggestion)

    def show_progress(self, text: str) -> None:
        """Humanizing says what it is doing; the empty suggestion pane repeats it until text arrives."""
        self._progress = text
        self._update_empty()

    def _update_empty(self) -> None:
        show = not self.session.has_suggestion
        self.empty.setVisible(show)
        if show:
            self.empty.set_has_draft(bool(self.session.review.draft.strip()), getattr(self, "_busy", False),
                                     getattr(self, "_progress", ""))
            self.empty.setGeometry(self.suggestion.rect())
            self.empty.raise_()

    def _session_changed(self, *_args) -> None:
        review = self.session.review
        n = review.pending_count if self.session.has_suggestion else 0
        busy = getattr(self, "_busy", False)
        done = "…" if busy else "✓"  # no tick while the model is still writing
        self.pending.setText(str(n) if n else (done if self.session.has_suggestion else ""))
        self.pending.setVisible(self.session.has_suggestion)
        self.pending.setToolTip(self.tr("Pending changes: %1").replace("%1", str(n)))
        self.pending.setAccessibleDescription(self.pending.toolTip())
        self._update_empty()
        self._update_read_only()
        self._hide_popup()
        self.band.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_colors(self.palette())  # the desktop switched between light and dark

    def eventFilter(self, obj, event) -> bool:
        if obj is self.suggestion and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.suggestion.rect())
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ popup

    def _hovered(self, pane: DiffPane, change_id: str, rect: QRect) -> None:
        if not change_id:
            if self.popup.isVisible() and not self.popup.underMouse():
                self._popup_timer.start()
            return
        self._popup_timer.stop()
        self.popup.change_id = change_id
        self.popup.buttons["alternatives"].setEnabled(self.alternatives_available())
        self.popup.adjustSize()
        anchor = pane.viewport().mapTo(self, rect.bottomLeft() + QPoint(0, 4))
        if anchor.y() + self.popup.height() > self.height():
            anchor = pane.viewport().mapTo(self, rect.topLeft() - QPoint(0, self.popup.height() + 4))
        x = max(0, min(anchor.x(), self.width() - self.popup.width()))
        self.popup.move(x, max(0, anchor.y()))
        self.popup.show()
        self.popup.raise_()

    def alternatives_available(self) -> bool:
        return self.can_offer_alternatives()

    def _popup_action(self, signal) -> None:
        cid = self.popup.change_id
        self._hide_popup()
        if cid:
            signal.emit(cid)

    def _hide_popup(self) -> None:
        self._popup_timer.stop()
        self.popup.hide()
