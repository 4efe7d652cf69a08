"""The "Minibatch heatmaps" tab of the layer views: ``a`` and ``delta`` for every sample and unit.

One row per sample of the minibatch (or the single probe sample before the first step),
one column per unit of the layer; ``a`` on a sequential colour map (diverging when it
has negative values), ``delta`` on the blue–white–red map symmetric about zero, each with
its colour bar. Hovering reads one exact value; a missing array (``delta`` before the
backward phase) leaves a transparent map of the layer's shape with a note.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable

from .common import (DIVERGING, SEQUENTIAL, heatmap_plot, plot_note, set_label, set_note, set_title, symmetric_levels,
                     value_levels)

SYMBOLS = {"a": "a", "delta": "δ"}
NAMES = {"a": "a = f(z)", "delta": "δ = ∂E/∂z"}
AFTER_BACKWARD = QT_TRANSLATE_NOOP("LayerHeatmaps", "available after the backward phase\n(press Phase again, or Step)")


class LayerHeatmaps(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer = 1                 # the layer shown (for the hover text)
        self._arrays = None
        self._drawn = (None, None)     # (missing, probe) of the last draw, to re-word it
        self._hovered = None
        g = pg.GraphicsLayoutWidget()
        self.plots, self.images, self.bars, self.notes = {}, {}, {}, {}
        for r, kind in enumerate(("a", "delta")):
            p, img, bar = heatmap_plot(g, SEQUENTIAL if kind == "a" else DIVERGING, SYMBOLS[kind], (0, 1),
                                       row=r, col=0)
            self.plots[kind], self.images[kind], self.bars[kind], self.notes[kind] = p, img, bar, plot_note(p)
            p.scene().sigMouseMoved.connect(lambda pos, k=kind: self._hover(k, pos))
        self.hover = QLabel()
        self.hover.setObjectName("layer_heat_hover")
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(g, 1)
        v.addWidget(self.hover)
        self.retranslate()

    def retranslate(self) -> None:
        for p in self.plots.values():
            set_label(p, "bottom", self.tr("unit j of this layer"))
        if self._arrays is not None:
            self.draw(self._arrays, *self._drawn)
        if self._hovered is None:
            self.hover.setText(self.tr("Hover over a heatmap to read one sample's value for one unit."))
        else:
            self._hover(*self._hovered)

    def draw(self, arrays: dict, missing: str | None = None, probe: int | None = None) -> None:
        """``arrays["a"]``, ``arrays["delta"]`` (batch-first, or ``None``: ``missing`` as the note);
        ``probe``: the probe sample's index when the rows are that one sample."""
        self._arrays, self._drawn = arrays, (missing, probe)
        shape = (1, 1) if arrays["a"] is None else arrays["a"].reshape(len(arrays["a"]), -1).shape
        for kind in ("a", "delta"):
            arr = arrays[kind]
            img, bar, p = self.images[kind], self.bars[kind], self.plots[kind]
            set_title(p, self.tr("{0}  of the probe sample over units").format(NAMES[kind]) if probe is not None
                      else self.tr("{0}  over minibatch × units").format(NAMES[kind]))
            p.getAxis("left").setTicks(None if probe is None else [[(0, f"#{probe}")]])
            set_label(p, "left", self.tr("sample n") if probe is None else self.tr("probe"))
            if arr is None:   # transparent, shaped like the layer, with a note
                img.setImage(np.full(shape, np.nan, dtype=np.float32), autoLevels=False)
                img.setRect(QRectF(-0.5, -0.5, shape[1], shape[0]))
                set_note(self.notes[kind], missing or (self.tr(AFTER_BACKWARD) if kind == "delta"
                                                       else self.tr("no data")))
                continue
            arr = arr.reshape(len(arr), -1)
            if kind == "a":
                levels, signed = value_levels(arr)
                cmap = DIVERGING if signed else SEQUENTIAL
                if bar.colorMap() is not cmap:
                    bar.setColorMap(cmap)
            else:
                levels = symmetric_levels(arr)
            img.setImage(arr, autoLevels=False)
            img.setRect(QRectF(-0.5, -0.5, arr.shape[1], arr.shape[0]))   # pixel (n, j) centred on (j, n)
            bar.setLevels(levels)
            set_note(self.notes[kind], None)

    def _hover(self, kind: str, pos) -> None:
        p, arrays = self.plots[kind], self._arrays
        if arrays is None or arrays.get(kind) is None or not p.sceneBoundingRect().contains(pos):
            return
        pt = p.getViewBox().mapSceneToView(pos)
        arr = arrays[kind].reshape(len(arrays[kind]), -1)
        n, j = int(np.floor(pt.y() + 0.5)), int(np.floor(pt.x() + 0.5))
        if 0 <= n < arr.shape[0] and 0 <= j < arr.shape[1]:
            self._hovered = (kind, pos)
            self.hover.setText(self.tr("layer {0}, sample {1}, unit {2}: {3} = {4!s}").format(
                self.layer, n, j, SYMBOLS[kind], arr[n, j]))
