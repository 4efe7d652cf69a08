"""How the network diagram draws: its graphics items, built once per architecture, then updated.

:class:`DiagramDrawing` is the drawing half of
:class:`~backprop_viz.gui.views.network_diagram.NetworkDiagram` (which mixes it in and owns
the controls): the input image, a column of at most :data:`MAX_UNITS` nodes per layer
(the most active units, or an even spread, always with the selected one) coloured on the
blue–white–red scale normalised per layer, and a pool of :data:`MAX_EDGES` lines per pair
of columns for the strongest terms ``a_prev·w`` (forward), ``a_prev·delta`` (backward) or
weights ``|w|``. Node size follows the space a node has on screen. Its words belong to
the ``NetworkDiagram`` translation context.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from .common import DIVERGING, symmetric_levels

translate = QCoreApplication.translate
MAX_UNITS = 16
MAX_EDGES = 24          # per pair of columns
DX, TOP, BOTTOM = 3.0, 0.4, 9.6
LUT = DIVERGING.getLookupTable(0.0, 1.0, 256, alpha=False)
BRUSHES = [QBrush(QColor(*map(int, c))) for c in LUT]
EDGE_POS, EDGE_NEG = QColor(200, 30, 30), QColor(30, 80, 210)


class DiagramDrawing:
    """Mixed into the diagram widget, which provides ``vb`` (its view box), ``units`` and
    ``edges`` (the option boxes), ``selected`` and ``select(layer, unit)``."""

    # -- structure (once per architecture) -----------------------------------------------------
    def _build(self, sizes: tuple[int, ...]) -> None:
        self.vb.clear()
        self._sizes = sizes
        L = len(sizes) - 1
        n = sizes[0]
        side = math.isqrt(n)
        self._img_shape = (side, side) if side * side == n else (n, 1)
        h = 3.2
        w = h * self._img_shape[1] / self._img_shape[0]
        self._img_rect = (-w / 2, 5 - h / 2, w, h)
        self.image = pg.ImageItem(np.zeros(self._img_shape), levels=(0, 1))
        self.image.setRect(*self._img_rect)
        self.vb.addItem(self.image)
        self.headers = [self._text(0, TOP - 0.9, translate("NetworkDiagram", "input x\n{0} values").format(n),
                                   bold=True)]
        self.nodes, self.unit_labels, self.more, self.scale = [], [], [], []
        for l in range(1, L + 1):
            x, k = l * DX, min(sizes[l], MAX_UNITS)
            name = (translate("NetworkDiagram", "output") if l == L
                    else translate("NetworkDiagram", "layer {0}").format(l))
            self.headers.append(self._text(x, TOP - 0.9, translate("NetworkDiagram", "{0}\n{1} units").format(
                name, sizes[l]), bold=True))
            scatter = pg.ScatterPlotItem(size=17, pen=pg.mkPen(60, 60, 60, 200), hoverable=True,
                                         hoverPen=pg.mkPen("k", width=2), tip=None)
            scatter.setZValue(5)
            scatter.sigClicked.connect(self._clicked)
            self.vb.addItem(scatter)
            self.nodes.append(scatter)
            self.unit_labels.append([self._text(x + 0.35, 0, "", anchor=(0, 0.5), size=7, fill=(255, 255, 255, 190))
                                     for _ in range(k)])
            more = translate("NetworkDiagram", "+{0} more").format(sizes[l] - k) if sizes[l] > k else ""
            self.more.append(self._text(x, BOTTOM + 0.45, more, size=8))
            self.scale.append(self._text(x, BOTTOM + 0.95, "", size=7, color=(90, 90, 90)))
        self.ring = pg.ScatterPlotItem(size=25, pen=pg.mkPen((255, 170, 0), width=3), brush=None)
        self.ring.setZValue(6)
        self.vb.addItem(self.ring)
        self.lines = []
        for _ in range(L):
            pool = [QGraphicsLineItem() for _ in range(MAX_EDGES)]
            for item in pool:
                item.setZValue(1)
                item.hide()
                self.vb.addItem(item, ignoreBounds=True)
            self.lines.append(pool)
        self.vb.setRange(xRange=(-2.0, L * DX + 1.2), yRange=(TOP - 1.5, BOTTOM + 1.2), padding=0)
        self._node_size = 17.0
        self.fonts_changed()

    def fonts_changed(self) -> None:
        """The diagram never gets so small that its column headers overlap: each column is at
        least as far from the next as its widest header line is wide (at the current font)."""
        if not getattr(self, "headers", None):
            return
        widest = max(QFontMetrics(h.textItem.font()).horizontalAdvance(line)
                     for h in self.headers for line in h.textItem.toPlainText().split("\n"))
        per_unit = (widest + 12) / DX
        L = len(self._sizes) - 1
        width, height = per_unit * (L * DX + 3.2), per_unit * (BOTTOM - TOP + 2.7)
        self.plot.setMinimumSize(int(width), int(height))
        self.plot._readable_base = self.plot.minimumSize()

    def _text(self, x, y, text, anchor=(0.5, 0.5), size=9, bold=False, color=(20, 20, 20), fill=None) -> pg.TextItem:
        item = pg.TextItem(text, color=color, anchor=anchor, fill=fill)
        font = item.textItem.font()
        font.setPointSize(size)
        font.setBold(bold)
        item.setFont(font)
        item.setPos(x, y)
        item.setZValue(7)
        self.vb.addItem(item, ignoreBounds=True)
        return item

    def _fit(self) -> None:
        """Node size and unit labels follow the space a node has on screen (docks can be small)."""
        if not self._sizes:
            return
        spacing = (BOTTOM - TOP) / (MAX_UNITS - 1) / max(self.vb.viewPixelSize()[1], 1e-9)
        size = float(np.clip(0.8 * spacing, 6, 17))
        if size != self._node_size:
            self._node_size = size
            for scatter in self.nodes:
                scatter.setSize(size)
            self.ring.setSize(size + 8)
            for labels in self.unit_labels[:-1]:
                for label in labels:
                    label.setVisible(spacing >= 12)

    # -- drawing -----------------------------------------------------------------------------
    def _choose(self, l: int, v: np.ndarray) -> np.ndarray:
        n = len(v)
        if n <= MAX_UNITS:
            return np.arange(n)
        if self.units.currentIndex() == 1:
            units = np.unique(np.linspace(0, n - 1, MAX_UNITS).round().astype(int))
        else:
            units = np.argpartition(-np.abs(v), MAX_UNITS - 1)[:MAX_UNITS]
        if self.selected is not None and self.selected[0] == l and self.selected[1] not in units:
            units = np.append(units[np.argsort(-np.abs(v[units]))][:-1], self.selected[1])
        return np.sort(units)

    @staticmethod
    def _y(k: int, i: int) -> float:
        return (TOP + BOTTOM) / 2 if k == 1 else TOP + (BOTTOM - TOP) * i / (k - 1)

    def _draw_column(self, l: int, v: np.ndarray, back: bool, L: int) -> None:
        shown = self._shown[l - 1]
        lo, hi = symmetric_levels(v)
        idx = np.clip(((v[shown] / hi + 1) * 127.5).astype(int), 0, 255)
        ys = [self._y(len(shown), i) for i in range(len(shown))]
        self.nodes[l - 1].setData(x=[l * DX] * len(shown), y=ys, brush=[BRUSHES[i] for i in idx],
                                  data=[(l, int(u)) for u in shown])
        for label, u, y, val in zip(self.unit_labels[l - 1], shown, ys, v[shown]):
            text = (f"{u}: {val:.2g}" if back else f"{u}: {val:.2f}") if l == L else f"#{u}"
            if label.textItem.toPlainText() != text:
                label.setText(text)
            label.setPos(l * DX + 0.35, y)
        self.scale[l - 1].setText(f"max |{'δ' if back else 'a'}| {hi:.3g}")   # notation, the same in every language

    def _draw_edges(self, l: int, weights, acts, probe, back: bool) -> None:
        pool = self.lines[l - 1]
        if weights is None:
            for item in pool:
                item.hide()
            return
        W = weights[l - 1][0]
        src = np.arange(W.shape[0]) if l == 1 else self._shown[l - 2]
        dst = self._shown[l - 1]
        sub = W[np.ix_(src, dst)]
        if self.edges.currentIndex() == 1:
            terms = sub
        elif back:
            terms = np.outer(acts[l - 1][src], np.asarray(probe.layers[l - 1].delta).reshape(-1)[dst])
        else:
            terms = acts[l - 1][src, None] * sub
        flat = np.abs(terms).reshape(-1)
        k = min(MAX_EDGES, flat.size)
        top = np.argpartition(-flat, k - 1)[:k]
        m = float(flat[top].max()) if k else 0.0
        for item, t in zip(pool, top):
            i, j = divmod(int(t), len(dst))
            if m <= 0 or flat[t] <= 0:
                item.hide()
                continue
            item.setLine(*self._source_xy(l, i, len(src), src), l * DX, self._y(len(dst), j))
            pen = QPen(EDGE_POS if terms.flat[t] > 0 else EDGE_NEG)
            pen.setCosmetic(True)
            pen.setWidthF(0.6 + 3.4 * flat[t] / m)
            item.setPen(pen)
            item.show()
        for item in pool[k:]:
            item.hide()

    def _source_xy(self, l: int, i: int, k: int, src) -> tuple[float, float]:
        if l > 1:
            return (l - 1) * DX, self._y(k, i)
        x0, y0, w, h = self._img_rect
        rows, cols = self._img_shape
        r, c = divmod(int(src[i]), cols)
        return x0 + (c + 0.5) * w / cols, y0 + (r + 0.5) * h / rows

    def _clicked(self, item, points, ev) -> None:
        if len(points):
            layer, unit = points[0].data()
            self.select(layer, unit)
