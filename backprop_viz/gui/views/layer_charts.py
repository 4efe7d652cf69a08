"""Per-layer training-health charts over time, for the "Over time" tab of the layer views.

For every layer it keeps, keyed by step, the statistics the trainer computes on each
shown step (``LayerTrace.stats``): the activation spread ``a_std``, the fraction of dead
ReLUs ``dead_frac`` (or saturated sigmoid/tanh/softmax units ``saturated_frac``), the
gradient norm ``grad_norm = ‖dW‖`` and the update ratio ``update_ratio = ‖ΔW‖/‖W‖``. A
step seen again (the same trace in a later snapshot, or its later phases) overwrites
its point, never duplicates it. Four plots show one layer's series; the gradient norm
and update ratio use log axes, the latter with the customary dashed 1e-3 guide.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from backprop_viz.gui.i18n import Retranslatable

from .common import Series, plain_axes, plot_note, set_label, set_note, set_title

#: chart key → (title, y label, log y)
CHARTS = {"a_std": (QT_TRANSLATE_NOOP("LayerCharts", "activation spread std(a)"), "std(a)", False),
          "frac": (QT_TRANSLATE_NOOP("LayerCharts", "dead / saturated units"),
                   QT_TRANSLATE_NOOP("LayerCharts", "fraction"), False),
          "grad_norm": (QT_TRANSLATE_NOOP("LayerCharts", "gradient norm ‖dW‖"),
                        QT_TRANSLATE_NOOP("LayerCharts", "‖dW‖ (log)"), True),
          "update_ratio": (QT_TRANSLATE_NOOP("LayerCharts", "update ratio ‖ΔW‖/‖W‖"),
                           QT_TRANSLATE_NOOP("LayerCharts", "ratio (log)"), True)}
STAT_KEYS = ("a_std", "dead_frac", "saturated_frac", "grad_norm", "update_ratio")
EMPTY_NOTE = QT_TRANSLATE_NOOP("LayerCharts", "one point per shown step:\nappears once training runs")


class LayerCharts(Retranslatable, pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plots, self.items, self.notes = {}, {}, {}
        self._history: list[dict[str, Series]] = []
        self._shown: dict[str, tuple[np.ndarray, np.ndarray]] = {}   # raw (step, value) on screen
        self._drawn: tuple | None = None   # (layer, activation) last drawn
        self.dirty = True
        first = None
        for k, (key, (title, ylabel, log)) in enumerate(CHARTS.items()):
            p = self.addPlot(row=k // 2, col=k % 2)
            plain_axes(p)
            if log:
                p.setLogMode(False, True)
            if first is None:
                first = p
            else:
                p.setXLink(first)
            self.items[key] = p.plot(pen=pg.mkPen((31, 119, 180), width=2), connect="finite")
            self.plots[key], self.notes[key] = p, plot_note(p)
        self.guide = pg.InfiniteLine(pos=-3, angle=0, pen=pg.mkPen((214, 39, 40), width=1, style=Qt.DashLine),
                                     label="1e-3", labelOpts={"position": 0.05, "color": (214, 39, 40)})
        self.plots["update_ratio"].addItem(self.guide)   # counts for auto-range: the guide stays in view
        self.plots["frac"].setYRange(0, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for key, (title, ylabel, _) in CHARTS.items():
            p = self.plots[key]
            set_title(p, self.tr(title))
            set_label(p, "bottom", self.tr("step"))
            set_label(p, "left", self.tr(ylabel))
        self.plots["a_std"].setToolTip(self.tr("std(a): how widely this layer's activations spread over the "
                                               "minibatch; a healthy layer keeps it roughly steady"))
        self.plots["frac"].setToolTip(self.tr("The share of units that no longer pass a gradient: dead ReLUs "
                                              "(z ≤ 0 for every sample) or saturated sigmoid/tanh units (f′(z) ≈ 0)"))
        self.plots["grad_norm"].setToolTip(self.tr("‖dW‖ = √(Σ dW²) of this layer: vanishing gradients sink "
                                                   "towards 0, exploding ones shoot up"))
        self.plots["update_ratio"].setToolTip(self.tr("‖ΔW‖/‖W‖: how much of the weights one step changes. "
                                                      "Around 1e-3 is customary; far below, learning crawls"))
        for key, note in self.notes.items():
            if note.isVisible():
                set_note(note, self.tr(EMPTY_NOTE))
        if self._drawn is not None:
            self.dirty = True
            self.draw(*self._drawn)

    def reset(self, n_layers: int) -> None:
        """Forget every point; expect ``n_layers`` layers."""
        self._history = [{} for _ in range(n_layers)]
        self._shown = {}
        self.dirty = True
        for key, item in self.items.items():
            item.setData([], [])
            set_note(self.notes[key], self.tr(EMPTY_NOTE))

    def record(self, trace, selected: int) -> None:
        """Add the stats of every layer of ``trace`` at ``trace.step`` (``selected``: 1-based
        layer on screen, whose charts become dirty if a value changed)."""
        if trace is None:
            return
        for i, lt in enumerate(trace.layers[:len(self._history)]):
            series = self._history[i]
            for key in STAT_KEYS:
                if key in lt.stats:
                    changed = series.setdefault(key, Series()).add(trace.step, float(lt.stats[key]))
                    if changed and i == selected - 1:
                        self.dirty = True

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """``(steps, values)`` a chart shows (``frac``: dead or saturated units)."""
        return self._shown.get(key, (np.zeros(0), np.zeros(0)))

    def draw(self, layer: int, activation: str) -> None:
        """Show layer ``layer``'s (1-based) series, if anything changed."""
        if not self.dirty or not self._history:
            return
        self.dirty = False
        self._drawn = (layer, activation)
        hist = self._history[layer - 1]
        dead = "dead_frac" in hist or activation in ("relu", "leaky_relu")
        set_title(self.plots["frac"], self.tr("dead ReLUs (z ≤ 0 for the whole batch)") if dead
                  else self.tr("saturated {0} units").format(activation))
        for key in CHARTS:
            series = hist.get(("dead_frac" if dead else "saturated_frac") if key == "frac" else key)
            x, y = series.data() if series is not None else (np.zeros(0), np.zeros(0))
            self._shown[key] = (x, y)
            if CHARTS[key][2]:   # log axis: no zeros, no infinities
                y = np.where(np.isfinite(y) & (y > 0), y, np.nan)
            self.items[key].setData(x, y)
            if len(x):
                set_note(self.notes[key], None)
            elif key == "frac" and activation not in ("relu", "leaky_relu", "sigmoid", "tanh", "softmax"):
                set_note(self.notes[key], self.tr("not measured for {0} units").format(activation))
            else:
                set_note(self.notes[key], self.tr(EMPTY_NOTE))
