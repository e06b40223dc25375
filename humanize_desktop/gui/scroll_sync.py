"""Keeping the two panes scrolled to corresponding text.

When one pane scrolls, the text at the middle of its screen is mapped
through the changes to the other side, and the other pane scrolls so that
text sits at the same height. ``QPlainTextEdit`` scrolls by visual lines,
so the mapping works on line numbers, which Qt keeps per block: no layout
of off-screen text is needed, even in a 10 MB document.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QTextCursor

from humanize_desktop.core.positions import map_position
from humanize_desktop.gui.diff_pane import DiffPane
from humanize_desktop.gui.session import ReviewSession


def _visual_line(pane: DiffPane, pos16: int) -> int:
    block = pane.document().findBlock(pos16)
    layout = block.layout()
    line = 0
    if layout is not None and layout.lineCount():
        line = max(0, layout.lineForTextPosition(pos16 - block.position()).lineNumber())
    return block.firstLineNumber() + line


class ScrollSync(QObject):
    def __init__(self, session: ReviewSession, left: DiffPane, right: DiffPane) -> None:
        super().__init__(left)
        self.session = session
        self.left, self.right = left, right
        self.enabled = True
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda _v: self.follow(left, right))
        right.verticalScrollBar().valueChanged.connect(lambda _v: self.follow(right, left))

    def follow(self, source: DiffPane, target: DiffPane) -> None:
        if self._busy or not self.enabled or not self.session.has_suggestion:
            return
        self._busy = True
        try:
            middle = source.viewport().height() // 2
            cursor: QTextCursor = source.cursorForPosition(QPoint(4, middle))
            src_side = self.session.sides[source.side]
            dst_side = self.session.sides[target.side]
            pos = src_side.from16(cursor.position())
            # Proportional inside a change, so the other pane glides through its
            # other side instead of jumping at its ends.
            other = map_position(self.session.review.changes, source.side, pos, inside="proportional",
                                 at_insertion="after")
            other = min(other, dst_side.map.length)
            lines_above = _visual_line(source, cursor.position()) - source.verticalScrollBar().value()
            target_line = _visual_line(target, dst_side.to16(other)) - lines_above
            bar = target.verticalScrollBar()
            bar.setValue(max(bar.minimum(), min(bar.maximum(), target_line)))
        finally:
            self._busy = False
