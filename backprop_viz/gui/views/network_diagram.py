"""The network diagram: layers as columns of nodes, live for the probe sample.

The input column is the probe's 28×28 image; each layer is a column of nodes — all
outputs, and for wide layers the 16 most active units (or an even spread) with a
"+N more" marker. Node colour is the probe's activation ``a`` (forward mode) or its
error ``delta`` (backward mode — automatic while a step waits after its backward
phase), on a blue–white–red scale normalised per layer (each column's maximum is
printed under it). Edges are the strongest terms between shown nodes: ``a_prev·w`` (what
feeds ``z``) forward, ``a_prev·delta`` (the sample's ``dW``) backward, or simply ``|w|``;
red positive, blue negative, thicker larger. Clicking a node emits
``node_selected(layer, unit)`` and fills the detail panel (``z``, ``a``, ``delta``,
bias, incoming weights — a 28×28 image for the first layer). Graphics items are built
once per architecture and only updated afterwards.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (QComboBox, QGraphicsLineItem, QHBoxLayout, QLabel, QSizePolicy, QSplitter,
                               QVBoxLayout, QWidget)

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import source_text

from .common import DIVERGING, info_button, symmetric_levels
from .network_detail import NodeDetail, current_weights, legend_html

MAX_UNITS = 16
MAX_EDGES = 24          # per pair of columns
DX, TOP, BOTTOM = 3.0, 0.4, 9.6
LUT = DIVERGING.getLookupTable(0.0, 1.0, 256, alpha=False)
BRUSHES = [QBrush(QColor(*map(int, c))) for c in LUT]
EDGE_POS, EDGE_NEG = QColor(200, 30, 30), QColor(30, 80, 210)
INFO = QT_TRANSLATE_NOOP("NetworkDiagram", "The network as columns: the input image on the left, then every layer l. A node is one unit; its colour "
        "is its activation a = f(z) for the probe sample (forward mode) or its error δ = ∂E/∂z (backward mode), "
        "red positive, blue negative, white zero, scaled per layer. Wide layers show 16 of their units. Lines are "
        "the strongest terms: forward a_prev·w, the pieces of z = Σ a_prev·w + b; backward a_prev·δ, the sample's "
        "weight gradient dW. Click a node to see its z, a, δ, bias and incoming weights.")


def _source(snapshot) -> str:
    return source_text(getattr(snapshot, "probe_source", "") or f"{snapshot.eval_name} sample #{snapshot.probe_index}")


class NetworkDiagram(Retranslatable, QWidget):
    node_selected = Signal(int, int)   # layer (1-based), unit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("network_diagram")
        self.selected: tuple[int, int] | None = None
        self.snapshot = None
        self._sizes: tuple[int, ...] = ()
        self._shown: list[np.ndarray] = []        # per layer: the units drawn
        self._values: list[np.ndarray] = []       # per layer: the value of every unit (probe)
        self._init_cache: dict = {}
        self._node_size = 17.0

        self.mode = QComboBox()
        self.mode.setObjectName("diagram_mode")
        self.mode.addItems(["", "", ""])
        self.units = QComboBox()
        self.units.addItems(["", ""])
        self.edges = QComboBox()
        self.edges.addItems(["", ""])
        for box_ in (self.mode, self.units, self.edges):
            box_.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box_.setMinimumContentsLength(7)
            box_.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        panel = QLabel()
        controls = QHBoxLayout()
        self.names = [QLabel() for _ in range(3)]
        for label, box in zip(self.names, (self.mode, self.units, self.edges)):
            controls.addWidget(label)
            controls.addWidget(box)
        self.info = info_button("", panel)
        controls.addWidget(self.info)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("diagram_plot")
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setMouseEnabled(False, False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.vb = self.plot.getViewBox()
        self.vb.sigResized.connect(lambda _: self._fit())
        self.legend = QLabel()
        self.legend.setObjectName("diagram_legend")
        self.legend.setWordWrap(True)

        self.detail = NodeDetail()
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(controls)
        box.addWidget(panel)
        box.addWidget(self.plot, 1)
        box.addWidget(self.legend)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        for box_ in (self.mode, self.units, self.edges):
            box_.currentIndexChanged.connect(lambda _: self.snapshot and self.show_snapshot(self.snapshot))
        self.retranslate()

    def retranslate(self) -> None:
        """Controls, then the diagram's own labels (rebuilt) in the current language."""
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        for box, items in ((self.mode, (self.tr("auto"), self.tr("a (forward)"), self.tr("δ (backward)"))),
                           (self.units, (self.tr("most active"), self.tr("evenly spaced"))),
                           (self.edges, (self.tr("terms a·w / a·δ"), self.tr("weights |w|")))):
            for i, text in enumerate(items):
                box.setItemText(i, text)
        self.mode.setToolTip(self.tr("What the node colours show: the activation a, or the error δ. Auto shows δ "
                                     "while a step waits after its backward phase, a otherwise."))
        self.units.setToolTip(self.tr("Which 16 units of a wide layer are drawn"))
        self.edges.setToolTip(self.tr("Which connections are drawn, the 24 largest per pair of columns: the terms "
                                      "a_prev·w (forward) or a_prev·δ (backward), or simply the weights"))
        for label, text, box in zip(self.names, (self.tr("colour"), self.tr("units"), self.tr("lines")),
                                    (self.mode, self.units, self.edges)):
            label.setText(text)
            label.setToolTip(box.toolTip())
        if self.snapshot is not None and self._sizes:
            self._build(self._sizes)       # the column titles are words; the selection stays
            self.show_snapshot(self.snapshot)

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
        self._text(0, TOP - 0.9, self.tr("input x\n{0} values").format(n), bold=True)
        self.nodes, self.unit_labels, self.more, self.scale = [], [], [], []
        for l in range(1, L + 1):
            x, k = l * DX, min(sizes[l], MAX_UNITS)
            name = self.tr("output") if l == L else self.tr("layer {0}").format(l)
            self._text(x, TOP - 0.9, self.tr("{0}\n{1} units").format(name, sizes[l]), bold=True)
            scatter = pg.ScatterPlotItem(size=17, pen=pg.mkPen(60, 60, 60, 200), hoverable=True,
                                         hoverPen=pg.mkPen("k", width=2), tip=None)
            scatter.setZValue(5)
            scatter.sigClicked.connect(self._clicked)
            self.vb.addItem(scatter)
            self.nodes.append(scatter)
            self.unit_labels.append([self._text(x + 0.35, 0, "", anchor=(0, 0.5), size=7, fill=(255, 255, 255, 190))
                                     for _ in range(k)])
            more = self.tr("+{0} more").format(sizes[l] - k) if sizes[l] > k else ""
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

    # -- the public API ----------------------------------------------------------------------
    def clear(self) -> None:
        self.snapshot, self.selected, self._sizes = None, None, ()
        self._shown, self._values = [], []
        self.vb.clear()
        self.detail.show_unit(None)

    def backward_mode(self) -> bool:
        i = self.mode.currentIndex()
        probe = self.snapshot.probe if self.snapshot is not None else None
        has_delta = probe is not None and probe.delta is not None
        return has_delta and (i == 2 or (i == 0 and self.snapshot.phase == "backward"))

    def node_position(self, layer: int, unit: int) -> QPointF | None:
        """Where unit ``unit`` of layer ``layer`` is drawn, in view (data) coordinates."""
        shown = list(self._shown[layer - 1]) if 0 < layer <= len(self._shown) else []
        if unit not in shown:
            return None
        return QPointF(layer * DX, self._y(len(shown), shown.index(unit)))

    def node_color(self, layer: int, unit: int) -> QColor | None:
        """The fill colour of a drawn node (``None`` when the unit is not drawn)."""
        pos = self.node_position(layer, unit)
        if pos is None:
            return None
        return self.nodes[layer - 1].points()[list(self._shown[layer - 1]).index(unit)].brush().color()

    def node_value(self, layer: int, unit: int) -> float:
        """The value the node's colour shows (probe ``a`` or ``delta``)."""
        return float(self._values[layer - 1][unit])

    def select(self, layer: int, unit: int) -> None:
        self.selected = (layer, unit)
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)
        self.node_selected.emit(layer, unit)

    def show_snapshot(self, snapshot) -> None:
        probe = snapshot.probe
        if probe is None:
            return
        sizes = snapshot.config.sizes
        if sizes != self._sizes:
            self._build(sizes)
            self.selected = None
        self.snapshot = snapshot
        L = len(sizes) - 1
        if self.selected is None:
            self.selected = (L, int(probe.label) if probe.label is not None else 0)
        back = self.backward_mode()
        values = [np.asarray(v).reshape(-1) for v in (probe.delta if back else probe.a)]
        acts = [np.asarray(probe.x).reshape(-1)] + [np.asarray(a).reshape(-1) for a in probe.a]
        self._values = values
        x = acts[0]
        self.image.setImage(x.reshape(self._img_shape), autoLevels=False,
                            levels=(float(x.min()), max(float(x.max()), float(x.min()) + 1e-6)))
        self._shown = [self._choose(l, values[l - 1]) for l in range(1, L + 1)]
        for l in range(1, L + 1):
            self._draw_column(l, values[l - 1], back, L)
        weights = current_weights(snapshot, self._init_cache)
        for l in range(1, L + 1):
            self._draw_edges(l, weights, acts, probe, back)
        sl, su = self.selected
        pos = self.node_position(sl, su)
        self.ring.setData([pos.x()], [pos.y()]) if pos is not None else self.ring.setData([], [])
        self.legend.setText(legend_html(back, self.edges.currentIndex() == 1, _source(snapshot), probe.label,
                                        MAX_EDGES))
        W = weights[sl - 1] if weights is not None else None
        self.detail.show_unit(sl, su, sizes, probe, W, snapshot.config)
        self._fit()

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
            terms = np.outer(acts[l - 1][src], np.asarray(probe.delta[l - 1]).reshape(-1)[dst])
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
