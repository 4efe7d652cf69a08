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
once per architecture and only updated afterwards (:mod:`.diagram_drawing`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QWidget

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import source_text

from .diagram_drawing import (BOTTOM, BRUSHES, DX, EDGE_NEG, EDGE_POS, LUT, MAX_EDGES,  # noqa: F401  (importable
                              MAX_UNITS, TOP, DiagramDrawing)                         # from here too)
from .focus_bar import FocusBar
from .network_detail import NodeDetail, current_weights, legend_html
from .scaffold import add_info, fixed_plot, labelled, name_boxes, named, view_layout

INFO = QT_TRANSLATE_NOOP("NetworkDiagram", "The network as columns: the input image on the left, then every layer l. A node is one unit; its colour "
        "is its activation a = f(z) for the probe sample (forward mode) or its error δ = ∂E/∂z (backward mode), "
        "red positive, blue negative, white zero, scaled per layer. Wide layers show 16 of their units. Lines are "
        "the strongest terms: forward a_prev·w, the pieces of z = Σ a_prev·w + b; backward a_prev·δ, the sample's "
        "weight gradient dW. Click a node to see its z, a, δ, bias and incoming weights.")


def _weights(snapshot, trace, cache: dict):
    """Per layer ``(W, b)``: the ones the sample's pass used, else the snapshot's current ones."""
    if trace.layers and trace.layers[0].W_before is not None:
        return [(lt.W_before, lt.b_before) for lt in trace.layers]
    return current_weights(snapshot, cache)


class NetworkDiagram(Retranslatable, DiagramDrawing, QWidget):
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

        self.mode = named(QComboBox(), "diagram_mode")
        self.mode.addItems(["", "", ""])
        self.units = QComboBox()
        self.units.addItems(["", ""])
        self.edges = QComboBox()
        self.edges.addItems(["", ""])
        for box_ in (self.mode, self.units, self.edges):
            box_.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box_.setMinimumContentsLength(7)
            box_.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        controls = QHBoxLayout()
        self.names = labelled(controls, (self.mode, self.units, self.edges))
        panel = add_info(self, controls)

        self.plot = named(pg.PlotWidget(), "diagram_plot")
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        fixed_plot(self.plot, menu=False)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.vb = self.plot.getViewBox()
        self.vb.sigResized.connect(lambda _: self._fit())
        self.legend = named(QLabel(), "diagram_legend")
        self.legend.setWordWrap(True)

        self.detail = NodeDetail()
        left = QWidget()
        view_layout(left, controls, panel, (self.plot, 1), self.legend, margin=0)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.focus_bar = FocusBar()
        view_layout(self, self.focus_bar, (split, 1))
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
        name_boxes(self.names, (self.tr("colour"), self.tr("units"), self.tr("lines")),
                   (self.mode, self.units, self.edges))
        if self.snapshot is not None and self._sizes:
            self._build(self._sizes)       # the column titles are words; the selection stays
            self.show_snapshot(self.snapshot)

    # -- the public API ----------------------------------------------------------------------
    def clear(self) -> None:
        self.snapshot, self.selected, self._sizes = None, None, ()
        self.focus_bar.clear()
        self._shown, self._values = [], []
        self.vb.clear()
        self.detail.show_unit(None)

    def backward_mode(self) -> bool:
        i = self.mode.currentIndex()
        probe = self.snapshot.probe if self.snapshot is not None else None
        has_delta = probe is not None and bool(probe.layers) and probe.layers[-1].delta is not None
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
        self.focus_bar.show_snapshot(snapshot)
        back = self.backward_mode()
        values = [np.asarray(lt.delta if back else lt.a).reshape(-1) for lt in probe.layers]
        acts = [np.asarray(probe.x).reshape(-1)] + [np.asarray(lt.a).reshape(-1) for lt in probe.layers]
        self._values = values
        x = acts[0]
        self.image.setImage(x.reshape(self._img_shape), autoLevels=False,
                            levels=(float(x.min()), max(float(x.max()), float(x.min()) + 1e-6)))
        self._shown = [self._choose(l, values[l - 1]) for l in range(1, L + 1)]
        for l in range(1, L + 1):
            self._draw_column(l, values[l - 1], back, L)
        weights = _weights(snapshot, probe, self._init_cache)
        for l in range(1, L + 1):
            self._draw_edges(l, weights, acts, probe, back)
        sl, su = self.selected
        pos = self.node_position(sl, su)
        self.ring.setData([pos.x()], [pos.y()]) if pos is not None else self.ring.setData([], [])
        self.legend.setText(legend_html(back, self.edges.currentIndex() == 1, source_text(probe.source), probe.label,
                                        MAX_EDGES))
        W = weights[sl - 1] if weights is not None else None
        self.detail.show_unit(sl, su, sizes, probe, W, snapshot.config)
        self._fit()

