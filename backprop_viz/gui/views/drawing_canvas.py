"""The surface the user draws a digit on, with the mouse or a pen/tablet.

:class:`DrawingCanvas` keeps the drawing in a 280×280 8-bit grey ``QImage`` (black ink on
white paper, as on screen) and hands it out as an "ink" array — 255 where fully inked, 0
on blank paper, the MNIST convention. Strokes are antialiased round-capped lines of the
chosen brush width (a pen's pressure scales the width from 40 % to 120 %); the eraser
paints paper. Every stroke can be undone (one image copy per stroke, the last 50 kept).
``changed`` is emitted on every stroke update, ``stroke_started``/``stroke_finished`` when
the button or pen goes down/up; the pad throttles its live prediction on them.
:func:`canvas_tools` makes the brush-size, eraser, undo and clear controls.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import QPushButton, QSizePolicy, QSpinBox, QWidget

from backprop_viz.gui.i18n import Retranslatable

translate = QCoreApplication.translate

SIDE = 280
UNDO_DEPTH = 50


class DrawingCanvas(Retranslatable, QWidget):
    changed = Signal()
    stroke_started = Signal()       # the user starts a stroke (not set_ink/clear/undo)
    stroke_finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawing_canvas")
        self.setFixedSize(SIDE, SIDE)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.setCursor(Qt.CrossCursor)
        self.setAttribute(Qt.WA_StaticContents)
        self.retranslate()
        self.image = QImage(SIDE, SIDE, QImage.Format_Grayscale8)
        self.image.fill(255)
        self.brush = 22.0
        self.eraser = False
        self._undo: list[QImage] = []
        self._last: QPointF | None = None
        self._blank = True
        self.revision = 0               # counts every change of the drawing

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Draw a digit here with the mouse or a pen — large and centred works best"))
        self.update()

    # -- state ------------------------------------------------------------------------------------
    def ink(self) -> np.ndarray:
        """The drawing as uint8 ``(280, 280)``: 255 = ink, 0 = paper (a copy)."""
        bits = np.frombuffer(self.image.constBits(), np.uint8).reshape(SIDE, self.image.bytesPerLine())
        return 255 - bits[:, :SIDE]

    def is_blank(self) -> bool:
        return self._blank

    def set_ink(self, ink: np.ndarray) -> None:
        """Replace the drawing by ``ink`` (uint8, 255 = ink; resized to the canvas by pixel
        replication when it divides it, e.g. a 28×28 digit becomes 10×10 blocks). Undoable."""
        ink = np.asarray(ink, dtype=np.uint8)
        if ink.shape != (SIDE, SIDE):
            k = SIDE // ink.shape[0]
            if ink.shape != (SIDE // k, SIDE // k) or SIDE % ink.shape[0]:
                raise ValueError(f"ink must be {SIDE}×{SIDE} or divide it, got {ink.shape}")
            ink = np.repeat(np.repeat(ink, k, axis=0), k, axis=1)
        self._push_undo()
        paper = np.ascontiguousarray(255 - ink)
        self.image = QImage(paper.data, SIDE, SIDE, SIDE, QImage.Format_Grayscale8).copy()
        self._blank = not ink.any()
        self.update()
        self.revision += 1
        self.changed.emit()
        self.stroke_finished.emit()

    def show_picture(self, picture: QImage) -> None:
        """Replace the drawing by ``picture`` in grey, scaled to fit and centred (undoable): a
        loaded photo as the user sees it; what the network gets is the engine's business."""
        self._push_undo()
        self.image = QImage(SIDE, SIDE, QImage.Format_Grayscale8)
        self.image.fill(255)
        scaled = picture.convertToFormat(QImage.Format_Grayscale8).scaled(
            SIDE, SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        painter = QPainter(self.image)
        painter.drawImage((SIDE - scaled.width()) // 2, (SIDE - scaled.height()) // 2, scaled)
        painter.end()
        self._blank = False
        self.update()
        self.revision += 1
        self.changed.emit()
        self.stroke_finished.emit()

    def clear(self) -> None:
        """Blank paper (undoable)."""
        if self._blank:
            return
        self._push_undo()
        self.image.fill(255)
        self._blank = True
        self.update()
        self.revision += 1
        self.changed.emit()
        self.stroke_finished.emit()

    def undo(self) -> bool:
        """Back to the drawing before the last stroke, clear or load; ``False`` if nothing to undo."""
        if not self._undo:
            return False
        self.image = self._undo.pop()
        self._blank = not self.ink().any()
        self.update()
        self.revision += 1
        self.changed.emit()
        self.stroke_finished.emit()
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def _push_undo(self) -> None:
        self._undo.append(self.image.copy())
        del self._undo[:-UNDO_DEPTH]

    # -- drawing ------------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float | None = None) -> None:
        self._push_undo()
        self._last = pos
        self.stroke_started.emit()
        self._segment(pos, pos, pressure)

    def _segment(self, a: QPointF, b: QPointF, pressure: float | None = None) -> None:
        width = self.brush if pressure is None else self.brush * (0.4 + 0.8 * pressure)   # mouse: no pressure
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255) if self.eraser else QColor(0, 0, 0), width, Qt.SolidLine,
                            Qt.RoundCap, Qt.RoundJoin))
        if a == b:
            painter.drawPoint(a)
        else:
            painter.drawLine(a, b)
        painter.end()
        was_blank = self._blank
        if not self.eraser:
            self._blank = False
        elif not self._blank:
            self._blank = not self.ink().any()
        pad = width / 2 + 2
        if was_blank != self._blank:
            self.update()   # the whole canvas: the "draw a digit here" placeholder goes (or comes back)
        else:
            self.update(QRectF(a, b).normalized().adjusted(-pad, -pad, pad, pad).toAlignedRect())
        self._last = b
        self.revision += 1
        self.changed.emit()

    def _end(self) -> None:
        if self._last is not None:
            self._last = None
            self.stroke_finished.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event) -> None:
        if self._last is not None and event.buttons() & Qt.LeftButton:
            self._segment(self._last, event.position())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            if self._last is not None and event.position() != self._last:
                self._segment(self._last, event.position())
            self._end()

    def tabletEvent(self, event) -> None:
        """Pen input: pressure-sensitive width. Accepted, so Qt sends no duplicate mouse events."""
        kind, pos, pressure = event.type(), event.position(), max(float(event.pressure()), 0.05)
        if kind == QEvent.TabletPress:
            self._begin(pos, pressure)
        elif kind == QEvent.TabletMove and self._last is not None:
            self._segment(self._last, pos, pressure)
        elif kind == QEvent.TabletRelease:
            self._end()
        event.accept()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(event.rect(), self.image, event.rect())
        painter.setPen(QPen(QColor(170, 170, 170), 1))
        painter.drawRect(0, 0, SIDE - 1, SIDE - 1)
        if self._blank:
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(self.rect(), Qt.AlignCenter, self.tr("draw a digit here"))
        painter.end()


def canvas_tools(canvas: DrawingCanvas, parent: QWidget, brush: int = 26):
    """The canvas's controls, wired to it: ``(brush width box, eraser toggle, undo, clear)``;
    Ctrl+Z undoes anywhere in ``parent``."""
    size = QSpinBox()
    size.setObjectName("pad_brush")
    size.setRange(4, 60)
    size.valueChanged.connect(lambda v: setattr(canvas, "brush", float(v)))
    size.setValue(brush)
    eraser = QPushButton()
    eraser.setObjectName("pad_eraser")
    eraser.setCheckable(True)
    eraser.toggled.connect(lambda on: setattr(canvas, "eraser", on))
    undo = QPushButton()
    undo.setObjectName("pad_undo")
    undo.clicked.connect(canvas.undo)
    clear = QPushButton()
    clear.setObjectName("pad_clear")
    clear.clicked.connect(canvas.clear)
    QShortcut(QKeySequence.Undo, parent, canvas.undo, context=Qt.WidgetWithChildrenShortcut)
    retranslate_tools(size, eraser, undo, clear)
    return size, eraser, undo, clear


def retranslate_tools(size: QSpinBox, eraser: QPushButton, undo: QPushButton, clear: QPushButton) -> None:
    """The tools' texts in the current language (the pad calls it on a language change)."""
    size.setSuffix(translate("DrawingCanvas", " px"))
    size.setToolTip(translate("DrawingCanvas", "Brush width on the 280×280 canvas (the preprocessing evens out the "
                              "stroke weight); 20–30 px draws like a thick pen"))
    eraser.setText(translate("DrawingCanvas", "Eraser"))
    eraser.setToolTip(translate("DrawingCanvas", "Paint paper instead of ink"))
    undo.setText(translate("DrawingCanvas", "Undo"))
    undo.setToolTip(translate("DrawingCanvas", "Undo the last stroke, clear or load (Ctrl+Z)"))
    clear.setText(translate("DrawingCanvas", "Clear"))
    clear.setToolTip(translate("DrawingCanvas", "Blank the pad"))
