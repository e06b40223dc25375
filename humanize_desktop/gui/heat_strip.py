"""AI-likeness as a picture: a strip beside a pane, one coloured band per sentence.

Calm green for sentences that read like a person's, through yellow to red
for sentences that read machine-made. Without a model the heat comes from
AI-tell phrases (``checking.tell_heat``); once the model has scored the text
(F7 with a model loaded) the model's per-sentence signal is blended in.
Hovering a band says why; clicking it puts the caret on the sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from humanize_desktop.gui.diff_pane import DiffPane
from humanize_desktop.gui.marks import Mark, MarkList

STRIP_WIDTH = 9


def blend(tells: list[tuple[int, int, float]], model: list[tuple[int, int, float]]) -> list[Mark]:
    """One heat value per sentence: the model's signal (when there is one) with the phrases'."""
    model_by_start = {s: h for s, _e, h in model}
    out = []
    for start, end, heat in tells:
        m = model_by_start.get(start)
        value = heat if m is None else max(heat, 0.65 * m + 0.35 * heat)
        out.append(Mark(start, end, "heat", "", value))
    return out


def average_heat(marks: list[Mark]) -> float | None:
    """Length-weighted mean heat of a text (None when nothing was measured)."""
    total = sum(m.end - m.start for m in marks)
    if not total:
        return None
    return sum((m.end - m.start) * float(m.payload) for m in marks) / total


class HeatStrip(QWidget):
    sentence_clicked = Signal(int)  # start of the sentence (code points)

    def __init__(self, pane: DiffPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self._marks = MarkList()
        self.model_measured = False
        self.setFixedWidth(STRIP_WIDTH)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("AI-likeness by sentence"))
        pane.view_changed.connect(self.update)
        pane.session.edited.connect(self._edited)

    def sizeHint(self) -> QSize:
        return QSize(STRIP_WIDTH, 100)

    @property
    def marks(self) -> list[Mark]:
        """Every sentence's heat, where the sentence is now."""
        return self._marks.all()

    def set_heat(self, marks: list[Mark], model_measured: bool) -> None:
        self._marks = MarkList(marks)
        self.model_measured = model_measured
        self.update()

    def _edited(self, side: str, start: int, old_end: int, new_end: int) -> None:
        if side == self.pane.side and self._marks:
            self._marks.edit(start, old_end, new_end)  # the pane's view_changed repaints the strip

    def _offset(self) -> float:
        return self.pane.viewport().mapToGlobal(QPoint(0, 0)).y() - self.mapToGlobal(QPoint(0, 0)).y()

    def _visible(self) -> list[tuple[Mark, float, float]]:
        if not self._marks or not self.isVisible():
            return []
        a, b = self.pane.visible_range()
        st = self.pane.session.sides[self.pane.side]
        if st.map.length != len(self.pane.session.text(self.pane.side)):
            return []
        offset = self._offset()
        out = []
        for m in self._marks.window(a, b):
            ys = self.pane.span_y(st.to16(m.start), st.to16(max(m.start, m.end - 1)))
            if ys is not None:
                out.append((m, ys[0] + offset, ys[1] + offset))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        self.pane.ensure_geometry()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        colors = self.pane.colors
        for m, top, bottom in self._visible():
            painter.fillRect(QRectF(1, top + 1, self.width() - 2, max(2.0, bottom - top - 2)),
                             colors.heat(float(m.payload)))
        painter.end()

    def _mark_at(self, y: float) -> Mark | None:
        for m, top, bottom in self._visible():
            if top <= y <= bottom:
                return m
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        m = self._mark_at(event.position().y())
        if m is None:
            QToolTip.hideText()
            return
        heat = float(m.payload)
        level = (self.tr("reads like a person wrote it") if heat < 0.3 else
                 self.tr("has some machine-like habits") if heat < 0.6 else self.tr("reads machine-made"))
        source = (self.tr("model and phrases") if self.model_measured else
                  self.tr("phrases only; press F7 with a model loaded for the model's view"))
        QToolTip.showText(event.globalPosition().toPoint(),
                          self.tr("This sentence %1 (%2; from %3). A signal, not a verdict.")
                          .replace("%1", level).replace("%2", f"{heat:.2f}").replace("%3", source), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            m = self._mark_at(event.position().y())
            if m is not None:
                self.sentence_clicked.emit(m.start)
