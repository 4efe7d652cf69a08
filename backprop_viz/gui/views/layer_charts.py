"""Per-layer training-health charts over time, for the "Over time" tab of the layer views.

They draw, per layer, the statistics the trainer computes on each captured step
(``LayerTrace.stats``): the activation spread ``a_std``, the fraction of dead ReLUs
``dead_frac`` (or saturated sigmoid/tanh/softmax units ``saturated_frac``), the gradient
norm ``grad_norm = ‖dW‖`` and the update ratio ``update_ratio = ‖ΔW‖/‖W‖``, from a
:class:`~backprop_viz.gui.stats_history.StatsHistory` — in the app the controller's, which
records every snapshot whether or not this tab is on screen (standing alone, the charts keep
their own from the snapshots they are shown). Stretches without statistics are drawn as gaps
(NaN points, ``connect="finite"``). Four plots show one layer's series; the gradient norm and
update ratio use log axes with plain ``1e-3``-style tick labels (:class:`LogAxis`), the
latter with the customary dashed 1e-3 guide.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.stats_history import StatsHistory

from .common import plain_axes, plot_note, set_label, set_note, set_title

#: chart key → (title, y label, log y)
CHARTS = {"a_std": (QT_TRANSLATE_NOOP("LayerCharts", "activation spread std(a)"), "std(a)", False),
          "frac": (QT_TRANSLATE_NOOP("LayerCharts", "dead / saturated units"),
                   QT_TRANSLATE_NOOP("LayerCharts", "fraction"), False),
          "grad_norm": (QT_TRANSLATE_NOOP("LayerCharts", "gradient norm ‖dW‖"),
                        QT_TRANSLATE_NOOP("LayerCharts", "‖dW‖ (log)"), True),
          "update_ratio": (QT_TRANSLATE_NOOP("LayerCharts", "update ratio ‖ΔW‖/‖W‖"),
                           QT_TRANSLATE_NOOP("LayerCharts", "ratio (log)"), True)}
EMPTY_NOTE = QT_TRANSLATE_NOOP("LayerCharts", "one point per shown step:\nappears once training runs")


def log_label(exponent: float) -> str:
    """A log axis' tick label: ``1e-3``, ``3e-4``, ``0.1``, ``1``, ``10`` (plain digits near 1)."""
    value = 10.0 ** exponent
    if 1e-2 <= value < 1e3:
        return f"{value:.3g}"
    mantissa, power = f"{value:.1e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')}e{int(power)}"


class LogAxis(pg.AxisItem):
    """A log-mode axis whose labels read ``1e-3`` (pyqtgraph's ``10⁻³`` superscripts are too small
    to read at chart size): decades only when the view spans more than one, else 1-2-5 steps."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 - pyqtgraph's name
        lo, hi = int(np.floor(minVal)), int(np.ceil(maxVal))
        decades = [float(v) for v in range(lo, hi + 1) if minVal <= v <= maxVal]
        minor = [v + np.log10(m) for v in range(lo, hi) for m in (2, 5) if minVal <= v + np.log10(m) <= maxVal]
        if len(decades) >= 2:
            step = max(1, int(np.ceil(len(decades) / max(size / 40.0, 1.0))))   # ~40 px per label
            return [(1.0, decades[::step]), (None, minor)] if step == 1 else [(float(step), decades[::step])]
        return [(None, decades + minor)] if decades + minor else stdTicks

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [log_label(v + np.log10(scale)) for v in values]


class LayerCharts(Retranslatable, pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plots, self.items, self.notes = {}, {}, {}
        self.history = StatsHistory()      # its own, until use_history() hands it the controller's
        self._own_history = True
        self._shown: dict[str, tuple[np.ndarray, np.ndarray]] = {}   # raw (step, value) on screen
        self._drawn: tuple | None = None   # (layer, activation, history version) last drawn
        self.dirty = True
        first = None
        for k, (key, (title, ylabel, log)) in enumerate(CHARTS.items()):
            p = self.addPlot(row=k // 2, col=k % 2, axisItems={"left": LogAxis("left")} if log else None)
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
            self.draw(*self._drawn[:2])

    def use_history(self, history: StatsHistory) -> None:
        """Draw from ``history``, which someone else fills (the controller, from every snapshot)."""
        self.history, self._own_history = history, False
        self.dirty = True

    def reset(self, n_layers: int = 0) -> None:
        """Clear the charts (and forget the points, when the history is their own)."""
        if self._own_history:
            self.history.clear()
        self._shown = {}
        self._drawn = None
        self.dirty = True
        for key, item in self.items.items():
            item.setData([], [])
            set_note(self.notes[key], self.tr(EMPTY_NOTE))

    def record(self, snapshot) -> None:
        """Add the stats of ``snapshot``'s trace to an own history (a shared one is filled by its owner)."""
        if self._own_history:
            self.history.record(snapshot)

    def data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """``(steps, values)`` a chart shows (``frac``: dead or saturated units)."""
        return self._shown.get(key, (np.zeros(0), np.zeros(0)))

    def draw(self, layer: int, activation: str) -> None:
        """Show layer ``layer``'s (1-based) series, if anything changed."""
        drawn = (layer, activation, self.history.run_id, self.history.version)
        if not self.dirty and drawn == self._drawn:
            return
        self.dirty = False
        self._drawn = drawn
        h = self.history
        dead = "dead_frac" in h.keys(layer) or activation in ("relu", "leaky_relu")
        set_title(self.plots["frac"], self.tr("dead ReLUs (z ≤ 0 for the whole batch)") if dead
                  else self.tr("saturated {0} units").format(activation))
        for key in CHARTS:
            x, y = h.series(layer, ("dead_frac" if dead else "saturated_frac") if key == "frac" else key)
            self._shown[key] = (x, y)
            if CHARTS[key][2]:   # log axis: no zeros, no infinities
                y = np.where(np.isfinite(y) & (y > 0), y, np.nan)
            self.items[key].setData(x, y, connect="finite")
            if len(x):
                set_note(self.notes[key], None)
            elif key == "frac" and activation not in ("relu", "leaky_relu", "sigmoid", "tanh", "softmax"):
                set_note(self.notes[key], self.tr("not measured for {0} units").format(activation))
            else:
                set_note(self.notes[key], self.tr(EMPTY_NOTE))
