"""The "Histograms" tab of the layer views: how one layer's ``z``, ``a``, ``delta`` and ``dW`` spread.

Four plots, one per array, each the distribution of every value in 64 equal-width bins
(plot items made once, fed with ``setData``); heights are counts or ``log₁₀(1 + count)``.
The counts are ``np.histogram``'s, counted faster (:mod:`backprop_viz.core.histogram`). NaN and
infinite values (a diverging run) are counted out, never handed to the counting (which would
raise), and a note on the plot says how many were left out. Its texts keep the "LayerViews"
translation context they had before this tab had a module of its own.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backprop_viz.core.histogram import histogram

from .common import follow_range, light, plain_axes, plot_note, set_label, set_note, set_title

BINS = 64
KINDS = ("z", "a", "delta", "dW")
HIST_TITLES = {"z": QT_TRANSLATE_NOOP("LayerViews", "z = a_prev·W + b   (pre-activation)"),
               "a": QT_TRANSLATE_NOOP("LayerViews", "a = f(z)   (activation)"),
               "delta": QT_TRANSLATE_NOOP("LayerViews", "δ = ∂E/∂z   (error signal)"),
               "dW": QT_TRANSLATE_NOOP("LayerViews", "dW = a_prevᵀ·δ   (weight gradient)")}
HIST_COLORS = {"z": (31, 119, 180), "a": (44, 160, 44), "delta": (214, 39, 40), "dW": (148, 103, 189)}
SYMBOLS = {"z": "z", "a": "a", "delta": "δ", "dW": "dW"}   # the lecture's notation, in every language
AFTER_BACKWARD = QT_TRANSLATE_NOOP("LayerViews", "available after the backward phase\n(press Phase again, or Step)")


translate = QCoreApplication.translate


class LayerHistograms(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plots, self.items, self.notes = {}, {}, {}
        self._hist: dict[str, tuple[np.ndarray, np.ndarray]] = {}   # kind → (edges, counts)
        self.log = False
        for k, kind in enumerate(KINDS):
            p = self.addPlot(row=k // 2, col=k % 2)
            plain_axes(p)
            p.setMouseEnabled(False, False)
            color = HIST_COLORS[kind]
            item = p.plot(np.array([0.0, 1.0]), np.array([0.0]), stepMode="center", fillLevel=0,
                          brush=light(color), pen=pg.mkPen(color, width=1))
            self.plots[kind], self.items[kind], self.notes[kind] = p, item, plot_note(p)

    def retranslate(self) -> None:
        for kind, p in self.plots.items():
            set_title(p, translate("LayerViews", HIST_TITLES[kind]))
            set_label(p, "bottom", translate("LayerViews", "value of {0}").format(SYMBOLS[kind]))
            p.setToolTip(translate("LayerViews", "Histogram of every value of {0} in this layer, 64 equal-width "
                                                 "bins.").format(SYMBOLS[kind]))
        self.show_counts(self.log)

    def counts(self, kind: str) -> np.ndarray:
        """The counts the ``kind`` histogram shows (empty when it shows a note instead)."""
        return self._hist.get(kind, (None, np.zeros(0)))[1]

    def edges(self, kind: str) -> np.ndarray:
        return self._hist.get(kind, (np.zeros(0), None))[0]

    def draw(self, arrays: dict, missing: str | None = None, kinds=KINDS) -> None:
        """``arrays``: kind → array or ``None`` (then a note: ``missing``, or why it is absent).
        Only ``kinds`` are counted and redrawn (while training, one a refresh: see LayerViews)."""
        for kind in kinds:
            arr = arrays[kind]
            if arr is None:
                self._hist.pop(kind, None)
                why = (translate("LayerViews", AFTER_BACKWARD) if kind in ("delta", "dW")
                       else translate("LayerViews", "no data"))
                set_note(self.notes[kind], missing or why)
                continue
            finite = np.isfinite(arr)
            bad = int(arr.size - np.count_nonzero(finite))
            values = arr[finite] if bad else arr
            if values.size == 0:
                self._hist.pop(kind, None)
                set_note(self.notes[kind], translate("LayerViews", "every value is NaN or infinite"))
                continue
            counts, edges = histogram(values, BINS)   # (np.histogram's counts, faster: core/histogram.py)
            self._hist[kind] = (edges, counts)
            set_note(self.notes[kind],
                     translate("LayerViews", "NaN or infinite values left out: {0}").format(bad) if bad else None)
        self.show_counts(self.log, kinds)

    def show_counts(self, log: bool, kinds=KINDS) -> None:
        """Heights as counts, or as ``log₁₀(1 + count)`` for ``log`` (of ``kinds``)."""
        self.log = bool(log)
        for kind in kinds:
            set_label(self.plots[kind], "left", translate("LayerViews", "log₁₀(1 + count)") if self.log
                      else translate("LayerViews", "count"))
            if kind not in self._hist:
                self.items[kind].setData([], [])
                continue
            edges, counts = self._hist[kind]
            heights = np.log10(1.0 + counts) if self.log else counts
            self.items[kind].setData(edges, heights, stepMode="center")
            follow_range(self.plots[kind], (edges[0], edges[-1]), (0.0, float(heights.max())), shrink=0.6, lead=0.2)
