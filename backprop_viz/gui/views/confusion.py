"""The confusion matrix as a clickable heat map with the counts written in.

Row = true label, column = the network's prediction, one cell per pair. Correct answers
lie on the diagonal, coloured green by the share of their row; mistakes are red by the
square root of their count relative to the largest mistake, so a handful of confusions
stands out next to a thousand correct answers. Every cell shows its count (100 text
items created once). Clicking a cell emits :attr:`ConfusionPlot.cell_clicked` with its
(true, predicted) pair; the chosen cell gets a frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsRectItem

from backprop_viz.gui.i18n import Retranslatable

from .common import plot_note, set_label, set_note, set_title

N = 10


def confusion_colors(confusion: np.ndarray) -> np.ndarray:
    """RGBA ``(C, C, 4)`` uint8: diagonal green by the row's share, mistakes red by √(count / largest mistake)."""
    c = np.asarray(confusion, dtype=np.float64)
    n = len(c)
    rows = np.maximum(c.sum(axis=1), 1)
    off = c * (1 - np.eye(n))
    red = np.sqrt(off / max(off.max(), 1.0))
    green = np.diag(c) / rows
    white = np.array([255.0, 255.0, 255.0])
    rgba = np.full((n, n, 4), 255.0)
    rgba[..., :3] = white - red[..., None] * (white - np.array([203.0, 24.0, 29.0]))
    idx = np.arange(n)
    rgba[idx, idx, :3] = white - green[:, None] * (white - np.array([35.0, 139.0, 69.0]))
    return rgba.astype(np.uint8)


class ConfusionPlot(Retranslatable, pg.PlotWidget):
    cell_clicked = Signal(int, int)      # true label, predicted label

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("evaluation_matrix")
        self.n = 0
        m = self.getPlotItem()
        m.setMouseEnabled(False, False)
        m.hideButtons()
        m.invertY(True)
        m.setAspectLocked(True)
        ticks = [[(k, str(k)) for k in range(N)]]
        m.getAxis("left").setTicks(ticks)
        m.getAxis("bottom").setTicks(ticks)
        self.image = pg.ImageItem(np.full((N, N, 4), 255, np.uint8))
        self.image.setRect(QRectF(-0.5, -0.5, N, N))
        m.addItem(self.image)
        self.texts = []
        for r in range(N):
            for c in range(N):
                t = pg.TextItem("", color=(40, 40, 40), anchor=(0.5, 0.5))
                t.setPos(c, r)
                m.addItem(t)
                self.texts.append(t)
        self.highlight = QGraphicsRectItem(QRectF(-0.5, -0.5, 1, 1))
        self.highlight.setPen(pg.mkPen((20, 20, 20), width=3))
        m.addItem(self.highlight)
        m.setRange(xRange=(-0.5, N - 0.5), yRange=(-0.5, N - 0.5), padding=0.02)
        self.note = plot_note(m)
        self.scene().sigMouseClicked.connect(self._clicked)
        self.show_counts(None)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        """Room for a four-digit count ("1122") in every cell, at the texts' current font."""
        cell = QFontMetrics(self.texts[0].textItem.font()).horizontalAdvance("8888") + 8
        return QSize(N * cell + 70, N * cell + 80)

    def fonts_changed(self) -> None:
        self.updateGeometry()

    def retranslate(self) -> None:
        m = self.getPlotItem()
        set_label(m, "left", self.tr("true label"))
        set_label(m, "bottom", self.tr("predicted label"))
        set_title(m, self.tr("confusion matrix — click a cell"))
        self.setToolTip(self.tr("Row = true label, column = the network's answer; click a cell to see its images "
                                "in the dataset browser"))
        if self.n == 0:
            set_note(self.note, self.tr("appears after the first evaluation"))

    def show_counts(self, confusion: np.ndarray | None) -> None:
        """Draw ``confusion`` (C×C counts, C ≤ 10), or an empty matrix with a note for ``None``."""
        self.highlight.hide()
        if confusion is None:
            self.n = 0
            self.image.setImage(np.full((N, N, 4), 255, np.uint8), autoLevels=False)
            for t in self.texts:
                t.setText("")
            set_note(self.note, self.tr("appears after the first evaluation"))
            return
        conf = np.asarray(confusion)[:N, :N]
        self.n = len(conf)
        self.image.setImage(confusion_colors(conf), autoLevels=False)
        self.image.setRect(QRectF(-0.5, -0.5, self.n, self.n))
        share = np.diag(conf) / np.maximum(conf.sum(axis=1), 1)
        for r in range(N):
            for c in range(N):
                v = int(conf[r, c]) if r < self.n and c < self.n else 0
                t = self.texts[r * N + c]
                t.setText(str(v) if v else "")
                t.setColor((255, 255, 255) if r == c and r < self.n and share[r] > 0.6 else (40, 40, 40))
        set_note(self.note, None)

    def cell_at(self, scene_pos) -> tuple[int, int] | None:
        """``(true, predicted)`` of the cell under a scene position, or ``None``."""
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        col, row = int(np.floor(p.x() + 0.5)), int(np.floor(p.y() + 0.5))
        return (row, col) if 0 <= row < self.n and 0 <= col < self.n else None

    def mark(self, true_label: int, predicted_label: int) -> None:
        self.highlight.setRect(QRectF(predicted_label - 0.5, true_label - 0.5, 1, 1))
        self.highlight.show()

    def _clicked(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.cell_clicked.emit(*cell)
