"""The network diagram's detail panel: the numbers of one selected node.

For the selected unit of layer ``l`` it shows, for the probe sample, ``z = Σ a_prev·w + b``,
``a = f(z)``, the error ``delta = ∂E/∂z`` and the bias ``b``, and below them the unit's
incoming weights ``W[:, unit]``: as a 28×28 image for the first layer (red pixels push
``z`` up, blue push it down, colours symmetric about zero), as one bar per input unit
for deeper layers. The plot switches between the two only when the kind changes.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable

translate = QCoreApplication.translate

from .common import DIVERGING, follow_range, symmetric_levels
from .inspector_terms import initial_params


def current_weights(snapshot, cache: dict):
    """Per layer ``(W, b)`` as they are now, or ``None`` when the snapshot has no weights."""
    network = getattr(snapshot, "network", None)   # the worker's frozen copy, when it sends one
    if network is not None:
        return [(layer.W, layer.b) for layer in network.layers]
    trace = snapshot.trace
    if trace is not None and trace.layers and trace.layers[0].W_before is not None:
        return [(lt.W_after, lt.b_after) if lt.W_after is not None else (lt.W_before, lt.b_before)
                for lt in trace.layers]
    if snapshot.global_step == 0:   # the freshly initialised network, rebuilt from its seed
        return [(p["W"], p["b"]) for p in initial_params(snapshot, cache)]
    return None


def legend_html(back: bool, weights_only: bool, source: str, label, edges: int) -> str:
    """The colour key under the diagram."""
    if back:
        what = translate("NetworkLegend", "error δ = ∂E/∂z")
    else:
        what = translate("NetworkLegend", "activation a = f(z)")
    if weights_only:
        lines = translate("NetworkLegend", "weights w")
    elif back:
        lines = translate("NetworkLegend", "a_prev·δ (the sample's dW)")
    else:
        lines = translate("NetworkLegend", "a_prev·w (the terms of z)")
    known = "" if label is None else translate("NetworkLegend", " (label {0})").format(label)
    return translate(
        "NetworkLegend", "<b>Nodes:</b> {what} of the probe, {source}{known} — "
        "<span style='color:#2151db'>■ negative</span> · <span style='color:#bbb'>□</span> 0 · "
        "<span style='color:#c00206'>■ positive</span>, scaled per layer (max |value| under each column). "
        "<b>Lines:</b> the {edges} largest {lines} per layer: <span style='color:#c81e1e'>red +</span>, "
        "<span style='color:#1e50d2'>blue −</span>, thicker = larger.").format(
        what=what, source=source, known=known, edges=edges, lines=lines)


def _fmt(v) -> str:
    return "—" if v is None else f"{float(v):.4g}"


class NodeDetail(Retranslatable, QWidget):
    """The selected node: its numbers and its incoming weights."""

    def __init__(self):
        super().__init__()
        self.setObjectName("node_detail")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.values = QLabel()
        self.values.setObjectName("node_values")
        self.values.setTextFormat(Qt.RichText)
        self.plot = pg.PlotWidget()
        self.plot.setMouseEnabled(False, False)
        self.plot.setMenuEnabled(False)
        self.plot.setMinimumSize(150, 150)
        self.image = pg.ImageItem(np.zeros((28, 28)))
        self.image.setColorMap(DIVERGING)
        self.bars = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=(120, 140, 200, 160), pen=(60, 80, 160))
        self.plot.addItem(self.image)
        self.plot.addItem(self.bars)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.values)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        self.setMinimumWidth(170)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.unit = None
        self._kind = None
        self._shown = (None,)
        self.setToolTip(self.tr("The selected node's numbers for the probe sample and its incoming weights"))

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The selected node's numbers for the probe sample and its incoming weights"))
        kind, self._kind = self._kind, None   # axis labels are words: set them again
        if kind is not None:
            self._set_kind(*kind)
        self.show_unit(*self._shown)

    def show_unit(self, layer, unit=None, sizes=(), probe=None, Wb=None, config=None) -> None:
        self._shown = (layer, unit, sizes, probe, Wb, config)
        self.unit = None if layer is None else (layer, unit)
        if layer is None:
            self.title.setText(self.tr("<b>Click a node</b> to see its numbers."))
            self.values.setText("")
            return
        L = len(sizes) - 1
        act = config.output if layer == L else config.activation
        title = (self.tr("<b>Layer {0} · output · {1}<br>unit {2}</b>") if layer == L else
                 self.tr("<b>Layer {0} · hidden · {1}<br>unit {2}</b>"))
        self.title.setText(title.format(layer, act, unit))
        lt = probe.layers[layer - 1]
        z, a = float(lt.z.reshape(-1)[unit]), float(lt.a.reshape(-1)[unit])
        d = lt.delta.reshape(-1)[unit] if lt.delta is not None else None
        b = Wb[1][unit] if Wb is not None else None
        rows = [("z", _fmt(z), "Σ a_prev·w + b"), ("a", _fmt(a), "f(z)"), ("δ", _fmt(d), "∂E/∂z"),
                ("b", _fmt(b), self.tr("bias"))]
        self.values.setText("<table>" + "".join(
            f"<tr><td><b>{k}</b>&nbsp;=&nbsp;</td><td style='font-family:monospace' align='right'>{v}</td>"
            f"<td style='color:#666'>&nbsp;{note}</td></tr>" for k, v, note in rows) +
            "</table><span style='color:#666'>" + self.tr("for the probe sample") + "</span>")
        if Wb is None:
            self._set_kind("bars", layer)
            self.bars.setData([], [])
            self.caption.setText(self.tr("Incoming weights appear with the next displayed step."))
            return
        w = np.asarray(Wb[0][:, unit])
        side = math.isqrt(len(w))
        lo, hi = symmetric_levels(w)
        as_image = layer == 1 and side * side == len(w)
        self._set_kind("image" if as_image else "bars", layer)
        if as_image:
            self.image.setImage(w.reshape(side, side), autoLevels=False, levels=(lo, hi))
            self.plot.setRange(xRange=(0, side), yRange=(0, side), padding=0.02)
            self.caption.setText(self.tr("Incoming weights W[:, {0}] as a {1}×{1} image: red pixels push z up, "
                                         "blue push it down (colour range ±{2:.3g}).").format(unit, side, hi))
        else:
            self.bars.setData(np.arange(len(w) + 1) - 0.5, w)
            # re-ranged only when the weights outgrow or shrink well inside the view (axes re-render then)
            follow_range(self.plot.getPlotItem(), (-0.5, len(w) - 0.5), (lo, hi))
            self.caption.setText(self.tr("Incoming weights W[:, {0}]: one bar per unit of layer {1}.").format(
                unit, layer - 1))

    def _set_kind(self, kind: str, layer: int) -> None:
        """Switch the weight plot between the 28×28 image and the bar chart (only on change)."""
        if (kind, layer) == self._kind:
            return
        self._kind = (kind, layer)
        image = kind == "image"
        self.image.setVisible(image)
        self.bars.setVisible(not image)
        self.plot.setAspectLocked(image)
        self.plot.invertY(image)
        for axis in ("left", "bottom"):
            self.plot.showAxis(axis, not image)
        if not image:
            self.plot.setLabel("bottom", self.tr("input unit i (of layer {0})").format(layer - 1))
            self.plot.setLabel("left", self.tr("weight w[i, unit]"))
