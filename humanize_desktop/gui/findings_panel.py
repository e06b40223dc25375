"""The side panel's findings: grammar, spelling, AI-tells, encoding, readability, fairness, kept paragraphs.

A summary on top (language, readability, AI-likeness and tone before and
after), then the findings grouped by kind, each a click (or Return) away
from its place in the text. Findings the rewrite introduced are listed
with the suggestion's; those the draft already had, with the draft's.
The "Show" menu hides groups from the list (the underlines stay): for a
person who wants to look at one kind of finding at a time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMenu, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from humanize_desktop.core import segmentation
from humanize_desktop.core.checks.findings import (
    AI_TELL, ENCODING, FAIRNESS_KINDS, GRAMMAR, INCLUSIVE, LOCALE, READABILITY, REGISTER, SPELLING, Finding,
)
from humanize_desktop.gui import icons
from humanize_desktop.gui.i18n import finding_text
from humanize_desktop.gui.menu_button import MenuButton
from humanize_desktop.gui.theme import review_colors

PlaceRole = Qt.ItemDataRole.UserRole + 1
_MAX_ROWS = 400  # per group: beyond this the underlines still show every finding
#: The groups, in the order the list shows them.
GROUP_ORDER = ("introduced", "tone", GRAMMAR, SPELLING, INCLUSIVE, REGISTER, LOCALE, AI_TELL, ENCODING, READABILITY, "kept")


class FindingsTree(QTreeWidget):
    place_activated = Signal(str, int, int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(item)
            return
        super().keyPressEvent(event)

    def _activate(self, item: QTreeWidgetItem) -> None:
        place = item.data(0, PlaceRole)
        if place:
            self.place_activated.emit(*place)


class FindingsPanel(QWidget):
    """Findings of both texts, grouped by kind."""

    place_activated = Signal(str, int, int)  # side, start, end
    #: The panel came on screen (it is rebuilt only while visible).
    shown = Signal()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 6, 8, 4)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tree = FindingsTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.tree.setWordWrap(False)
        self.tree.itemClicked.connect(lambda item, _col: self.tree._activate(item))
        self.tree.itemActivated.connect(lambda item, _col: self.tree._activate(item))
        self.tree.place_activated.connect(self.place_activated)
        self.filter = MenuButton(self)
        self.filter.setText(self.tr("Show"))
        self.filter.setToolTip(self.tr("Choose which kinds of finding the list shows"))
        self.filter.setAutoRaise(True)
        self.filter_menu = QMenu(self.filter)
        self.filter.setMenu(self.filter_menu)
        self.kind_actions = {}
        for kind, name in self.group_names().items():
            action = self.filter_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda _on: self._refilter())
            self.kind_actions[kind] = action
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 4, 0)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.count = 0
        self._collapsed: set[str] = set()  # groups the person folded away
        self._shown_args: tuple | None = None  # what show_findings last showed, for the filter

    def hidden_kinds(self) -> set[str]:
        """The groups the "Show" menu leaves out of the list."""
        return {kind for kind, action in self.kind_actions.items() if not action.isChecked()}

    def set_kind_shown(self, kind: str, shown: bool) -> None:
        self.kind_actions[kind].setChecked(shown)

    def _refilter(self) -> None:
        if self._shown_args is not None:
            self.show_findings(*self._shown_args)

    def group_names(self) -> dict[str, str]:
        names = {GRAMMAR: self.tr("Grammar"), SPELLING: self.tr("Spelling"), AI_TELL: self.tr("AI-tells"),
                 ENCODING: self.tr("Encoding"), READABILITY: self.tr("Readability"),
                 INCLUSIVE: self.tr("Inclusive language"), REGISTER: self.tr("Register"),
                 LOCALE: self.tr("Locale conventions"),
                 "introduced": self.tr("Introduced by the rewrite"),
                 "tone": self.tr("Tone changed by the rewrite"), "kept": self.tr("Paragraphs kept as drafted")}
        return {kind: names[kind] for kind in GROUP_ORDER}

    def show_findings(self, draft_text: str, draft: list[Finding], suggestion_text: str,
                      suggestion: list[Finding], kept: list[tuple[int, int, str]], summary: str,
                      tone: list[tuple[int, int, str]] = ()) -> None:
        """Rebuild the list. ``kept`` and ``tone`` (flips): (start, end, reason) in the suggestion."""
        self._shown_args = (draft_text, draft, suggestion_text, suggestion, kept, summary, tone)
        names = self.group_names()
        hidden = self.hidden_kinds()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            kind = top.data(0, PlaceRole + 1)
            if kind:
                (self._collapsed.add if not top.isExpanded() else self._collapsed.discard)(kind)
        self.tree.clear()
        colors = review_colors(self.palette())
        groups: dict[str, list[tuple[str, str, int, int, str]]] = {}
        for f in draft:
            groups.setdefault(f.kind, []).append(("draft", finding_text(f), f.start, f.end, draft_text[f.start:f.end]))
        for f in suggestion:
            if f.origin == "introduced":
                groups.setdefault("introduced", []).append(
                    ("suggestion", finding_text(f), f.start, f.end, suggestion_text[f.start:f.end]))
        for start, end, reason in kept:
            groups.setdefault("kept", []).append(("suggestion", reason, start, end,
                                                  suggestion_text[start:end]))
        for start, end, warning in tone:
            groups.setdefault("tone", []).append(("suggestion", warning, start, end, suggestion_text[start:end]))
        self.count = 0
        for kind in GROUP_ORDER:
            rows = groups.get(kind)
            if not rows or kind in hidden:
                continue
            top = QTreeWidgetItem([f"{names[kind]} ({len(rows)})"])
            top.setData(0, PlaceRole + 1, kind)
            top.setIcon(0, icons.icon("warning" if kind in ("introduced", "tone", GRAMMAR, SPELLING) else "info"))
            color = colors.underline(kind if kind in (GRAMMAR, SPELLING, *FAIRNESS_KINDS) else "style")
            top.setForeground(0, color)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            if len(rows) > _MAX_ROWS:
                more = QTreeWidgetItem([self.tr("… and %1 more (see the underlines in the text)")
                                        .replace("%1", str(len(rows) - _MAX_ROWS))])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            else:
                more = None
            for side, message, start, end, text in rows[:_MAX_ROWS]:
                excerpt = segmentation.excerpt(text, 40)
                where = self.tr("draft") if side == "draft" else self.tr("suggestion")
                item = QTreeWidgetItem([f"“{excerpt}” — {message}"])
                item.setToolTip(0, f"{message}\n({where})")
                item.setData(0, PlaceRole, (side, start, end))
                top.addChild(item)
                self.count += 1
            if more is not None:
                top.addChild(more)
            top.setExpanded(kind not in self._collapsed)
        if not self.count:
            hidden_rows = sum(len(rows) for kind, rows in groups.items() if kind in hidden)
            empty = QTreeWidgetItem([self.tr("Nothing to report.") if not hidden_rows else
                                     self.tr("The findings are hidden; choose them under Show.")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(empty)
        self.summary.setText(summary)
