"""The band between the two panes that pairs each change's two sides.

Like Meld's link map: for every change on screen in either pane, a curved
ribbon joins the lines it occupies in the draft to the lines it occupies
in the suggestion. The current (or hovered) change carries two buttons in
the band: accept (take the suggestion into the draft) and reject.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from humanize_desktop.core.diffing import Change
from humanize_desktop.core.positions import changes_between, span
from humanize_desktop.gui.diff_pane import DiffPane
from humanize_desktop.gui.session import ReviewSession

BAND_WIDTH = 54
_BUTTON = 18


class ConnectorBand(QWidget):
    """Ribbons between the draft pane (left) and the suggestion pane (right)."""

    accept_clicked = Signal(str)
    reject_clicked = Signal(str)
    change_clicked = Signal(str)

    def __init__(self, session: ReviewSession, left: DiffPane, right: DiffPane,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.left = left
        self.right = right
        self.setFixedWidth(BAND_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Change links"))
        self._hovered = ""
        self._shapes: list[tuple[Change, QPainterPath, float]] = []  # (change, ribbon, mid y)
        for pane in (left, right):
            pane.view_changed.connect(self.update)
        session.current_changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(BAND_WIDTH, 100)

    def _y_offset(self, pane: DiffPane) -> float:
        return pane.viewport().mapTo(self.window(), QPoint(0, 0)).y() - self.mapTo(self.window(), QPoint(0, 0)).y()

    def _visible_changes(self) -> list[Change]:
        if not self.session.has_suggestion:
            return []
        review = self.session.review
        la, lb = self.left.visible_range()
        ra, rb = self.right.visible_range()
        seen: dict[str, Change] = {}
        for c in changes_between(review.changes, "draft", la, lb) + \
                changes_between(review.changes, "suggestion", ra, rb):
            seen.setdefault(c.id, c)
        return sorted(seen.values(), key=lambda c: (c.draft_start, c.suggestion_start))

    def _side_y(self, pane: DiffPane, change: Change, offset: float) -> tuple[float, float]:
        st = self.session.sides[pane.side]
        s, e = span(change, pane.side)
        ys = pane.span_y(st.to16(s), st.to16(e))
        if ys is None:
            # Off screen on this side: point the ribbon above or below the pane.
            first, _ = pane.visible_range()
            y = -4.0 if s < first else pane.viewport().height() + 4.0
            return y + offset, y + offset
        top, bottom = ys
        if s == e:
            top = bottom = top + 1
        return top + offset, bottom + offset

    def paintEvent(self, event: QPaintEvent) -> None:
        for pane in (self.left, self.right):
            pane.ensure_geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        colors = self.left.colors
        w = float(self.width())
        lo, ro = self._y_offset(self.left), self._y_offset(self.right)
        current = self.session.current_id
        self._shapes = []
        # One path per colour, drawn at once: every painter call from Python has to win
        # back the interpreter lock from the worker threads, so dozens of ribbons drawn
        # one by one made this small strip one of the slowest things to paint.
        groups: dict[tuple[str, bool], QPainterPath] = {}
        for change in self._visible_changes():
            l0, l1 = self._side_y(self.left, change, lo)
            r0, r1 = self._side_y(self.right, change, ro)
            path = QPainterPath()
            path.moveTo(0, l0)
            path.cubicTo(w * 0.5, l0, w * 0.5, r0, w, r0)
            path.lineTo(w, r1)
            path.cubicTo(w * 0.5, r1, w * 0.5, l1, 0, l1)
            path.closeSubpath()
            strong = change.id in (current, self._hovered)
            key = (change.kind, strong)
            group = groups.get(key)
            if group is None:
                group = groups[key] = QPainterPath()
                group.setFillRule(Qt.FillRule.WindingFill)
            group.addPath(path)
            self._shapes.append((change, path, (l0 + l1 + r0 + r1) / 4))
        for (kind, strong), group in sorted(groups.items(), key=lambda kv: kv[0][1]):  # strong ones on top
            color = QColor(colors.band(kind))
            if strong:
                color.setAlpha(min(255, color.alpha() + 80))
            painter.setPen(QPen(color.darker(140 if not colors.dark else 80), 1.2 if strong else 0.8))
            painter.setBrush(color)
            painter.drawPath(group)
        for change, _path, mid in self._shapes:
            if change.id in (current, self._hovered):
                self._draw_buttons(painter, mid)
        painter.end()

    def _button_rects(self, mid: float) -> tuple[QRectF, QRectF]:
        x = (self.width() - 2 * _BUTTON - 4) / 2
        accept = QRectF(x, mid - _BUTTON / 2, _BUTTON, _BUTTON)
        reject = QRectF(x + _BUTTON + 4, mid - _BUTTON / 2, _BUTTON, _BUTTON)
        return accept, reject

    def _draw_buttons(self, painter: QPainter, mid: float) -> None:
        accept, reject = self._button_rects(mid)
        base = self.palette().base().color()
        text = self.palette().text().color()
        for rect, kind in ((accept, "accept"), (reject, "reject")):
            painter.setPen(QPen(text, 1))
            painter.setBrush(base)
            painter.drawEllipse(rect)
            c = rect.center()
            pen = QPen(QColor(30, 140, 60) if kind == "accept" else QColor(200, 50, 50), 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            if kind == "accept":
                painter.drawPolyline([QPointF(c.x() - 4, c.y()), QPointF(c.x() - 1, c.y() + 3),
                                      QPointF(c.x() + 4, c.y() - 3)])
            else:
                painter.drawLine(QPointF(c.x() - 3, c.y() - 3), QPointF(c.x() + 3, c.y() + 3))
                painter.drawLine(QPointF(c.x() + 3, c.y() - 3), QPointF(c.x() - 3, c.y() + 3))

    def _hit(self, pos: QPointF) -> tuple[Change | None, str]:
        current = self.session.current_id
        for change, _path, mid in self._shapes:
            if change.id in (current, self._hovered):
                accept, reject = self._button_rects(mid)
                if accept.contains(pos):
                    return change, "accept"
                if reject.contains(pos):
                    return change, "reject"
        for change, path, _mid in reversed(self._shapes):
            if path.contains(pos):
                return change, "select"
        return None, ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        change, what = self._hit(event.position())
        hovered = change.id if change else ""
        tips = {"accept": self.tr("Accept this change"), "reject": self.tr("Reject this change"),
                "select": self.tr("Show this change")}
        self.setToolTip(tips.get(what, ""))
        self.setCursor(Qt.CursorShape.PointingHandCursor if change else Qt.CursorShape.ArrowCursor)
        if hovered != self._hovered and what == "select":
            self._hovered = hovered
            self.update()

    def leaveEvent(self, event) -> None:
        if self._hovered:
            self._hovered = ""
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        change, what = self._hit(event.position())
        if change is None:
            return
        if what == "accept":
            self.accept_clicked.emit(change.id)
        elif what == "reject":
            self.reject_clicked.emit(change.id)
        else:
            self.change_clicked.emit(change.id)
