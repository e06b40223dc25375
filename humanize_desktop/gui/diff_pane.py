"""One side of the review: a plain-text editor that paints the changes and findings.

``DiffPane`` is a ``QPlainTextEdit`` (fast on long documents). It never
stores highlights in the document: changed words and wavy underlines are
extra selections built only for the part of the text on screen, so a
document with tens of thousands of changes scrolls as fast as one with none.
Insertion points (text the other side adds here) and the frame around the
current change are painted on top.

The pane does no editing of its own: Qt's undo is off and Ctrl+Z goes to the
review's one history; typing reaches the review through ``ReviewSession``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from humanize_desktop.core.diffing import Change
from humanize_desktop.core.positions import Side, changes_between, span
from humanize_desktop.gui.marks import Mark, MarkList
from humanize_desktop.gui.session import ReviewSession
from humanize_desktop.gui.theme import ReviewColors, review_colors

#: Blocks this much larger than the screen are highlighted only around what is shown.
_WIDE_RANGE16 = 40000


class DiffPane(QPlainTextEdit):
    """A text pane showing one side of the review."""

    #: The person clicked a change (its id).
    change_clicked = Signal(str)
    #: The mouse rests on a change (id, rectangle in viewport coordinates), or left it ("", empty).
    change_hovered = Signal(str, QRect)
    #: Undo / redo was asked for with the keyboard ("undo" or "redo").
    history_requested = Signal(str)
    #: Local files were dropped on the pane.
    files_dropped = Signal(list)
    #: The visible part of the text moved or the highlights were rebuilt.
    view_changed = Signal()

    def __init__(self, side: Side, session: ReviewSession, document=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.session = session
        if document is not None:
            self.setDocument(document)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.setMouseTracking(True)
        self.setCenterOnScroll(False)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.document().setDocumentMargin(10)
        self.colors: ReviewColors = review_colors(self.palette())
        self.layers: dict[str, MarkList] = {}  # e.g. "checks", "humanize"
        self._all_marks: list[Mark] | None = []  # all layers merged (None: merge again when asked)
        self.hovered_id = ""
        self.menu_builder: Callable[[DiffPane, int, QMenu], None] | None = None
        self._visible: list[tuple[Change, int, int]] = []  # (change, start16, end16) on screen
        self._insertion_points: list[tuple[int, bool]] = []  # (pos16, is_current)
        self._waves: list[Mark] = []  # findings on screen
        self._block_geo: dict[int, QRectF] = {}
        self._rect_cache: dict[tuple[int, int], list[QRectF]] = {}
        self._y_cache: dict[tuple[int, int], tuple[float, float] | None] = {}
        self._range_cache: tuple[int, int] | None = None
        self._stamp: tuple = ()
        #: Per block: its lines as (start, length, y, height) within the block. Kept while
        #: the text and width stay the same (scrolling does not change them).
        self._lines: dict[int, list[tuple[int, int, float, float]]] = {}
        self._lines_key: tuple = ()
        self._shown: tuple | None = None  # what the last refresh put on screen
        self._shown_end = 0  # the last code point on screen then
        self._view_touched = True  # an edit reached the text on screen since the last refresh
        self._wave_tiles: dict[int, QPixmap] = {}
        self._hover_timer = QTimer(self, singleShot=True, interval=350)
        self._hover_timer.timeout.connect(self._emit_hover)
        self._pending_hover = ""
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        session.updated.connect(self.schedule_refresh)
        session.reset.connect(self._reset)
        session.current_changed.connect(self.schedule_refresh)
        session.edited.connect(self._on_edited)

    # ------------------------------------------------------------------ geometry

    def invalidate_geometry(self) -> None:
        """Forget cached positions (after scrolling, resizing or an edit)."""
        self._block_geo.clear()
        self._rect_cache.clear()
        self._y_cache.clear()
        self._range_cache = None
        self._stamp = self._geometry_stamp()
        if self._lines_key != self._stamp[2:]:
            self._lines.clear()
            self._lines_key = self._stamp[2:]

    def _geometry_stamp(self) -> tuple:
        return (self.firstVisibleBlock().blockNumber(), self.contentOffset().y(), self.viewport().width(),
                self.document().revision())

    def ensure_geometry(self) -> None:
        """Drop cached positions if the view moved or the text changed since they were taken."""
        if self._stamp != self._geometry_stamp():
            self.invalidate_geometry()

    def _block_geometry(self, block) -> QRectF:
        key = block.blockNumber()
        geo = self._block_geo.get(key)
        if geo is None:
            geo = self._block_geo[key] = self.blockBoundingGeometry(block).translated(self.contentOffset())
        return geo

    def _block_lines(self, block) -> list[tuple[int, int, float, float]]:
        """The block's visual lines, read from its layout once (Qt calls are what painting costs)."""
        key = block.blockNumber()
        lines = self._lines.get(key)
        if lines is None:
            layout = block.layout()
            lines = []
            for i in range(layout.lineCount() if layout is not None else 0):
                line = layout.lineAt(i)
                lines.append((line.textStart(), line.textLength(), line.y(), line.height()))
            if lines:  # a block not laid out yet is asked again next time
                self._lines[key] = lines
        return lines

    def visible_range16(self) -> tuple[int, int]:
        """UTF-16 range of the text on screen (whole blocks, capped for huge ones)."""
        if self._range_cache is None:
            self._range_cache = self._compute_visible_range16()
        return self._range_cache

    def _compute_visible_range16(self) -> tuple[int, int]:
        doc = self.document()
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, 0
        height = self.viewport().height()
        start = block.position()
        end = start
        while block.isValid():
            top = self._block_geometry(block).top()
            if top > height:
                break
            end = block.position() + block.length()
            block = block.next()
        if end - start > _WIDE_RANGE16:
            vp = self.viewport().rect()
            a = self.cursorForPosition(QPoint(0, 0)).position()
            b = self.cursorForPosition(QPoint(vp.width(), vp.height())).position()
            start, end = max(start, min(a, b) - 3000), min(end, max(a, b) + 3000)
        return start, min(end, doc.characterCount() - 1)

    def visible_range(self) -> tuple[int, int]:
        """The same range in code points."""
        st = self.session.sides[self.side]
        a, b = self.visible_range16()
        return st.from16(a), st.from16(b)

    def span_rects(self, start16: int, end16: int) -> list[QRectF]:
        """Viewport rectangles covering ``[start16, end16)``, one per visual line (cached until scrolled)."""
        key = (start16, end16)
        cached = self._rect_cache.get(key)
        if cached is None:
            cached = self._rect_cache[key] = self._span_rects(start16, end16)
        return cached

    def _span_lines(self, start16: int, end16: int):
        """(block, top of block, line index, first, last position on the line, y, height) of the
        visual lines on screen that ``[start16, end16)`` touches (an empty span: the line it sits on)."""
        block = self.document().findBlock(start16)
        height = self.viewport().height()
        while block.isValid() and block.position() <= end16:
            if block.isVisible():
                top = self._block_geometry(block).top()
                if top > height:
                    return
                bpos = block.position()
                for i, (ts, tl, y, h) in enumerate(self._block_lines(block)):
                    ls = bpos + ts
                    if ls > end16:
                        break
                    le = ls + tl
                    a, b = max(start16, ls), min(end16, le)
                    if a > b or (a == b and start16 != end16) or (start16 == end16 and not ls <= a <= le):
                        continue
                    yield block, top, i, a, b, y, h
                    if start16 == end16:
                        return
            block = block.next()

    def _span_rects(self, start16: int, end16: int) -> list[QRectF]:
        rects: list[QRectF] = []
        for block, top, i, a, b, y, h in self._span_lines(start16, end16):
            line = block.layout().lineAt(i)
            bpos = block.position()
            x1 = line.cursorToX(a - bpos)[0]
            x2 = line.cursorToX(b - bpos)[0]
            left = self._block_geometry(block).left()
            rects.append(QRectF(min(x1, x2) + left, top + y, max(abs(x2 - x1), 0.0), h))
        return rects

    def span_y(self, start16: int, end16: int) -> tuple[float, float] | None:
        """Top and bottom (viewport y) of a span, or None when it is off screen.

        Needs no horizontal positions, so it is answered from the cached line
        table: the band and the heat strips ask this for every change and
        sentence on screen at every repaint.
        """
        key = (start16, end16)
        if key in self._y_cache:
            return self._y_cache[key]
        top = bottom = None
        for _block, block_top, _i, _a, _b, y, h in self._span_lines(start16, end16):
            if top is None:
                top = block_top + y
            bottom = block_top + y + h
        found = None if top is None or bottom is None else (top, bottom)
        self._y_cache[key] = found
        return found

    def change_rects(self, change: Change) -> list[QRectF]:
        st = self.session.sides[self.side]
        s, e = span(change, self.side)
        return self.span_rects(st.to16(s), st.to16(e))

    def change_at_point(self, point: QPoint) -> Change | None:
        """The change drawn under ``point`` (viewport coordinates)."""
        self.ensure_geometry()
        pos16 = self.cursorForPosition(point).position()
        for change, s16, e16 in self._visible:
            if s16 - 1 <= pos16 <= e16 + 1:
                pt = QPointF(point)
                for r in self.span_rects(s16, e16):
                    if r.adjusted(-3, 0, 3, 0).contains(pt):
                        return change
        return None

    @property
    def marks(self) -> list[Mark]:
        """Every mark of every layer where it is now, sorted by start."""
        if self._all_marks is None:
            merged = [m for layer in self.layers.values() for m in layer.all()]
            merged.sort(key=lambda m: (m.start, m.end))
            self._all_marks = merged
        return self._all_marks

    def marks_between(self, a: int, b: int) -> list[Mark]:
        """The marks of every layer that reach into ``[a, b]``, sorted by start (cheap: no other mark moves)."""
        found = [m for layer in self.layers.values() for m in layer.window(a, b)]
        found.sort(key=lambda m: (m.start, m.end))
        return found

    def mark_at(self, pos: int, findings_only: bool = True) -> Mark | None:
        """A finding covering code point ``pos`` (or any mark, when not ``findings_only``)."""
        for m in reversed(self.marks_between(pos, pos)):
            if findings_only and m.kind in ("kept", "working"):
                continue
            if m.start <= pos <= m.end:
                return m
        return None

    def scroll_to(self, pos: int) -> None:
        """Bring code point ``pos`` on screen (roughly a third from the top)."""
        st = self.session.sides[self.side]
        pos16 = st.to16(min(pos, len(self.session.text(self.side))))
        block = self.document().findBlock(pos16)
        layout = block.layout()
        line_in_block = 0
        if layout is not None and layout.lineCount():
            line_in_block = max(0, layout.lineForTextPosition(pos16 - block.position()).lineNumber())
        target = block.firstLineNumber() + line_in_block
        lines_on_screen = max(1, self.viewport().height() // max(1, self.fontMetrics().lineSpacing()))
        first = self.firstVisibleBlock().firstLineNumber()
        if not first + 1 <= target <= first + lines_on_screen - 2:
            self.verticalScrollBar().setValue(max(0, target - lines_on_screen // 3))

    # ------------------------------------------------------------------ highlights

    def set_layer(self, name: str, marks: list[Mark]) -> None:
        """Replace one layer of marks (findings, kept paragraphs…)."""
        self.layers[name] = MarkList(marks)
        self._all_marks = None
        self.schedule_refresh()

    def set_colors(self, colors: ReviewColors) -> None:
        self.colors = colors
        self._wave_tiles.clear()
        self._shown = None  # the same spans in new colours
        self.refresh()

    def schedule_refresh(self, *_args) -> None:
        self._refresh_timer.start()

    def _on_edited(self, side: str, start: int, old_end: int, new_end: int) -> None:
        if side == self.side:
            self.invalidate_geometry()
            if self._shown is None or start <= self._shown_end:
                self._view_touched = True  # below the screen, an edit changes nothing shown
        if side == self.side:
            for layer in self.layers.values():
                layer.edit(start, old_end, new_end)  # recorded; marks move when read
            self._all_marks = None
        self.schedule_refresh()

    def _reset(self) -> None:
        self._view_touched = True
        self.schedule_refresh()

    def _scrolled(self, _value: int) -> None:
        self.refresh(moved=True)
        self._hide_hover()

    def refresh(self, moved: bool = False) -> None:
        """Rebuild the highlights for what is on screen, and repaint only if that changed.

        Most refreshes during a rewrite are for text far from the screen;
        those change nothing shown, and skipping their repaint (and the
        band's and heat strips' that follow ``view_changed``) is what keeps
        the window smooth. ``moved``: the view scrolled or was resized.
        """
        self._refresh_timer.stop()
        self.invalidate_geometry()
        st = self.session.sides[self.side]
        if st.map.length != len(self.session.text(self.side)):
            return  # mid-update; the session refreshes us when it is done
        a16, b16 = self.visible_range16()
        a, b = st.from16(a16), st.from16(b16)
        current = self.session.current_id
        visible: list[tuple[Change, int, int]] = []
        points: list[tuple[int, bool]] = []
        shaded: list[tuple[int, int, str]] = []  # (start16, end16, what): the extra selections
        outline: tuple[int, int] | None = None
        for change in changes_between(self.session.review.changes, self.side, a, b):
            s, e = span(change, self.side)
            s16, e16 = st.to16(s), st.to16(e)
            visible.append((change, s16, e16))
            strong = change.id == current or change.id == self.hovered_id
            if change.id == current:
                outline = (s16, e16)
            if s == e:
                points.append((s16, strong))
            else:
                shaded.append((s16, e16, "strong" if strong else "change"))
        waves: list[Mark] = []
        for m in self.marks_between(a, b):
            if m.kind in ("kept", "working"):
                shaded.append((st.to16(m.start), st.to16(m.end), m.kind))
            else:
                waves.append(m)  # painted on top, thicker than Qt's hairline wave
        self._visible = visible
        self._insertion_points = points
        self._waves = waves
        overlay = (tuple(points), tuple((m.start, m.end, m.kind) for m in waves), outline)
        shown = (a16, b16, tuple(shaded), overlay)
        before, self._shown, self._shown_end = self._shown, shown, b
        touched, self._view_touched = self._view_touched, False
        if shown == before and not (moved or touched):
            return
        if before is None or shown[2] != before[2]:
            self.setExtraSelections(self._selections(shaded))  # Qt repaints the shading it changed
        if moved or touched or before is None or overlay != before[3] or shown[:2] != before[:2]:
            self.viewport().update()
        self.view_changed.emit()

    def _selections(self, shaded: list[tuple[int, int, str]]) -> list[QTextEdit.ExtraSelection]:
        colors = self.colors
        draft = self.side == "draft"
        backgrounds = {"strong": colors.removed_strong if draft else colors.added_strong,
                       "change": colors.removed if draft else colors.added,
                       "kept": colors.kept, "working": colors.working}
        doc = self.document()
        selections = []
        for s16, e16, what in shaded:
            fmt = QTextCharFormat()
            fmt.setBackground(backgrounds[what])
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(s16)
            cursor.setPosition(e16, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        return selections

    def visible_findings(self) -> list[Mark]:
        """The findings underlined on screen now."""
        return list(self._waves)

    def _wave_tile(self, color: QColor) -> QPixmap:
        """One period of the wavy underline, drawn once per colour and tiled."""
        key = color.rgba()
        tile = self._wave_tiles.get(key)
        if tile is None:
            ratio = self.devicePixelRatioF()
            tile = QPixmap(int(5 * ratio), int(3 * ratio))
            tile.setDevicePixelRatio(ratio)
            tile.fill(Qt.GlobalColor.transparent)
            p = QPainter(tile)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(color, 1.2))
            p.drawPolyline([QPointF(0, 2.4), QPointF(1.25, 0.6), QPointF(2.5, 2.4), QPointF(3.75, 0.6),
                            QPointF(5, 2.4)])
            p.end()
            self._wave_tiles[key] = tile
        return tile

    def _paint_waves(self, painter: QPainter) -> None:
        st = self.session.sides[self.side]
        for m in self._waves:
            tile = self._wave_tile(self.colors.underline(m.kind))
            for r in self.span_rects(st.to16(m.start), st.to16(m.end)):
                if r.width() >= 2:
                    painter.drawTiledPixmap(QRectF(r.left(), r.bottom() - 3.0, r.width(), 3.0), tile,
                                            QPointF(r.left(), 0))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.ensure_geometry()
        super().paintEvent(event)
        if not self._visible and not self._waves:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_waves(painter)
        colors = self.colors
        marker = colors.added_strong if self.side == "draft" else colors.removed_strong
        marker = QColor(marker)
        marker.setAlpha(255)
        for pos16, strong in self._insertion_points:
            rects = self.span_rects(pos16, pos16)
            if not rects:
                continue
            r = rects[0]
            x = r.left()
            w = 3.0 if strong else 2.0
            painter.fillRect(QRectF(x - w / 2, r.top() + 1, w, r.height() - 2), marker.darker(115))
            tri = QPainterPath()
            tri.moveTo(x - 4, r.top() + 1)
            tri.lineTo(x + 4, r.top() + 1)
            tri.lineTo(x, r.top() + 6)
            tri.closeSubpath()
            painter.fillPath(tri, marker.darker(115))
        current = self.session.current_change()
        if current is not None:
            pen = QPen(colors.outline, 1.6)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for r in self.change_rects(current):
                if r.width() > 0:
                    painter.drawRoundedRect(r.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.invalidate_geometry()
        self._view_touched = True
        self.schedule_refresh()

    # ------------------------------------------------------------------ mouse and keys

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons():
            return
        # Qt shows the tooltip itself: no per-event Python handler needed.
        pos16 = self.cursorForPosition(event.position().toPoint()).position()
        mark = self.mark_at(self.session.sides[self.side].from16(pos16), findings_only=False)
        tip = mark.message if mark is not None else ""
        if self.viewport().toolTip() != tip:
            self.viewport().setToolTip(tip)
        change = self.change_at_point(event.position().toPoint())
        cid = change.id if change else ""
        if cid != self.hovered_id:
            self.hovered_id = cid
            self.refresh()
        if cid:
            if cid != self._pending_hover:
                self._pending_hover = cid
                self._hover_timer.start()
        elif self._pending_hover:
            self._pending_hover = ""
            self._hover_timer.stop()
            self.change_hovered.emit("", QRect())

    def _emit_hover(self) -> None:
        cid = self._pending_hover
        if not cid or cid != self.hovered_id:
            return
        rects = [r for change, _, _ in self._visible if change.id == cid for r in self.change_rects(change)]
        if rects:
            box = rects[0]
            for r in rects[1:]:
                box = box.united(r)
            self.change_hovered.emit(cid, box.toAlignedRect())

    def _hide_hover(self) -> None:
        self._pending_hover = ""
        self._hover_timer.stop()
        self.change_hovered.emit("", QRect())

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.hovered_id:
            self.hovered_id = ""
            self._hover_timer.stop()
            self._pending_hover = ""
            self.refresh()
            self.change_hovered.emit("", QRect())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            change = self.change_at_point(event.position().toPoint())
            if change is not None:
                self.change_clicked.emit(change.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.history_requested.emit("undo")
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.history_requested.emit("redo")
            return
        super().keyPressEvent(event)


    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            cursor = self.cursorForPosition(event.pos())
            if not self.textCursor().hasSelection():
                self.setTextCursor(cursor)
            pos16 = cursor.position()
        else:
            pos16 = self.textCursor().position()
        pos = self.session.sides[self.side].from16(pos16)
        menu = QMenu(self)
        if self.menu_builder is not None:
            self.menu_builder(self, pos, menu)
        if menu.isEmpty():
            return
        menu.exec(event.globalPos())
        menu.deleteLater()

    # ------------------------------------------------------------------ drops

    def _local_files(self, mime) -> list[str]:
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        files = self._local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
            return
        super().dropEvent(event)

    def canInsertFromMimeData(self, source) -> bool:
        return source.hasText() and super().canInsertFromMimeData(source)
