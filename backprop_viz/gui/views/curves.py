"""Training curves: every minibatch's loss (raw and EMA-smoothed) and evaluation results.

The top plot shows the loss ``E`` of every minibatch against the step number, with an
exponential moving average (bias-corrected, like TensorBoard's) whose strength the
slider sets; evaluation loss on the test/validation set is drawn as markers at each
epoch's end. The bottom plot shows evaluation accuracy. Hovering shows the step and
values under the cursor (cleared with the curves on a reset); right-click → Export saves PNG,
SVG or CSV (pyqtgraph). Data arrive in batches (:meth:`append_losses`), kept as float32 chunks,
drawn from a bounded min/max copy (:mod:`backprop_viz.core.history`: small in hour-long runs);
plot items are made once, axes move rarely, a lone point is a dot, legends list what has points.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget

from backprop_viz.core.history import Decimated, LossHistory, StepRuns, ema
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import split_name

from .arrange import WideLow
from .common import (accuracy_range, add_legend, curves_y_bounds, follow_range, info_button, legend_entry,
                     rename_legend)

INFO = QT_TRANSLATE_NOOP(
    "CurvesView", "How training is going. Top: the loss E of every minibatch (grey) — the mean over its N samples, "
    "e.g. E = −(1/N)·Σ t·log a for softmax + cross-entropy — and its moving average (blue, the smoothing slider sets "
    "how strongly it averages: s = α·s + (1 − α)·E). Minibatch losses are noisy; the trend is what counts. Red dots: "
    "the loss on the whole test (or validation) set at each epoch's end. Bottom: the share of that set classified "
    "correctly. Orange triangles: the same on a fixed subset of 1,000 samples every K steps. Hover to read values; "
    "right-click → Export saves PNG, SVG or CSV.")


class CurvesView(Retranslatable, QWidget):
    eval_every_changed = Signal(int)   # K: evaluate on a fixed subset every K steps (0 = off)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("curves_view")
        self._new_history()
        self._acc_state = (0.0, 0)
        self._eval, self._subset = np.zeros((0, 3)), np.zeros((0, 3))   # (step, loss, accuracy) rows
        self._subset_named: bool | None = None   # whether the legends list the subset (None: not yet)
        self._dirty: set[str] = set()     # what changed since the last refresh: "losses", "evals"
        self._eval_name = "test"
        self._hovered = None

        self.loss_plot = pg.PlotWidget()
        self.loss_legend = add_legend(self.loss_plot, (-10, 10), colCount=2)   # (low: over the curve less)
        self.loss_legend.setLabelTextSize("8pt")
        self.raw_curve = self.loss_plot.plot(pen=pg.mkPen((150, 150, 160), width=1), name="minibatch loss")
        self.smooth_curve = self.loss_plot.plot(pen=pg.mkPen((31, 119, 180), width=2), name="smoothed (EMA)")
        self.eval_loss_curve = self.loss_plot.plot(pen=pg.mkPen((214, 39, 40), width=1, style=Qt.DashLine),
                                                   symbol="o", symbolSize=7, symbolBrush=(214, 39, 40),
                                                   name="test loss")
        self.subset_loss_curve = self.loss_plot.plot(pen=None, symbol="t", symbolSize=6,
                                                     symbolBrush=(255, 127, 14), name="subset loss")
        for item in (self.raw_curve, self.smooth_curve):
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)

        self.acc_plot = pg.PlotWidget()
        self.acc_plot.setXLink(self.loss_plot)
        # The x range grows in steps (not every frame), so axes are re-rendered rarely.
        self.loss_plot.disableAutoRange(axis="x")
        self._x_max = 0.0
        self.acc_curve = self.acc_plot.plot(pen=pg.mkPen((44, 160, 44), width=2), symbol="o", symbolSize=7,
                                            symbolBrush=(44, 160, 44), name="test accuracy")
        self.acc_legend = add_legend(self.acc_plot, (-10, -10))
        self.acc_legend.setLabelTextSize("8pt")
        self.acc_legend.addItem(self.acc_curve, "")   # named in retranslate()
        self.subset_acc_curve = self.acc_plot.plot(pen=pg.mkPen((255, 127, 14), width=1), symbol="t",
                                                   symbolSize=6, symbolBrush=(255, 127, 14),
                                                   name="subset accuracy")

        self.smoothing = QSlider(Qt.Horizontal)
        self.smoothing.setObjectName("smoothing_slider")
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(90)
        self.smoothing.setMinimumWidth(90)   # never collapses when the window is narrow
        self.smoothing_label = QLabel()
        self.log_scale = QCheckBox()
        self.log_scale.setObjectName("log_scale")
        self.eval_every = QSpinBox()
        self.eval_every.setObjectName("eval_every")
        self.eval_every.setRange(0, 100000)
        self.eval_every.setSingleStep(50)
        self.hover_label = QLabel()
        self.hover_label.setObjectName("hover_label")
        self.smoothing_name, self.evaluate_name = QLabel(), QLabel()
        info_panel = QLabel()
        self.info = info_button("", info_panel)
        controls = QHBoxLayout()
        controls.addWidget(self.smoothing_name)
        controls.addWidget(self.smoothing, 1)
        controls.addWidget(self.smoothing_label)
        controls.addWidget(self.log_scale)
        controls.addWidget(self.evaluate_name)
        controls.addWidget(self.eval_every)
        controls.addWidget(self.info)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(info_panel)
        self.plots = QBoxLayout(QBoxLayout.TopToBottom)   # side by side when the area is wide and low
        self.plots.addWidget(self.loss_plot, 3)
        self.plots.addWidget(self.acc_plot, 2)
        layout.addLayout(self.plots, 1)
        self.arrangement = WideLow(self, self.plots)
        layout.addLayout(controls)
        layout.addWidget(self.hover_label)

        self.smoothing.valueChanged.connect(self._resmooth)
        self.eval_every.valueChanged.connect(self.eval_every_changed)
        self.log_scale.toggled.connect(self._set_log)
        self.loss_plot.scene().sigMouseMoved.connect(lambda pos: self._hover(self.loss_plot, pos))
        self.acc_plot.scene().sigMouseMoved.connect(lambda pos: self._hover(self.acc_plot, pos))
        self.retranslate()
        self._resmooth()

    def retranslate(self) -> None:
        """Every text in the current language (plot titles, axes, legends, controls)."""
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        self.loss_plot.setTitle(self.tr("Loss per minibatch"))
        self.loss_plot.setLabel("left", self.tr("loss E"))
        for plot in (self.loss_plot, self.acc_plot):
            plot.setLabel("bottom", self.tr("step (minibatch)"))
        self.acc_plot.setLabel("left", self.tr("accuracy (%)"))
        rename_legend(self.loss_legend, self.raw_curve, self.tr("minibatch loss"))
        rename_legend(self.loss_legend, self.smooth_curve, self.tr("smoothed (EMA)"))
        self._name_evaluations()
        self.smoothing.setToolTip(self.tr("How strongly the blue curve averages recent minibatches "
                                          "(0 = no smoothing, 0.99 = very smooth). Noisy minibatch losses are normal."))
        self.smoothing_name.setText(self.tr("smoothing"))
        self.smoothing_name.setToolTip(self.smoothing.toolTip())
        self.log_scale.setText(self.tr("log scale"))
        self.log_scale.setToolTip(self.tr("Show the loss on a logarithmic axis: late, small improvements become "
                                          "visible."))
        self.evaluate_name.setText(self.tr("  evaluate"))
        self.eval_every.setSpecialValueText(self.tr("epoch ends only"))
        self.eval_every.setPrefix(self.tr("every "))
        self.eval_every.setSuffix(self.tr(" steps"))
        self.eval_every.setToolTip(self.tr("Also evaluate on a fixed subset of 1,000 evaluation samples every K "
                                           "steps (orange triangles). 0 = only at the end of each epoch; 200–500 "
                                           "shows the test accuracy rising within the first epoch."))
        self.evaluate_name.setToolTip(self.eval_every.toolTip())
        if self._hovered is None:
            self.hover_label.setText(self.tr("Hover over a plot to read its values."))
        else:
            self._hover(*self._hovered)

    def _name_evaluations(self) -> None:
        name = split_name(self._eval_name)
        rename_legend(self.loss_legend, self.eval_loss_curve, self.tr("{0} loss").format(name))
        # (short: the title names the set, and a narrow plot's legend would cover its points)
        rename_legend(self.acc_legend, self.acc_curve, self.tr("at epoch ends"))
        self.acc_plot.setTitle(self.tr("Accuracy on the {0} set").format(name))
        self._name_subset(force=True)

    def _name_subset(self, force: bool = False) -> None:
        """The subset's legend entries while it has points; then the plots are arranged again."""
        shown = len(self._subset) > 0
        if not force and shown == self._subset_named:
            return
        self._subset_named = shown
        legend_entry(self.loss_legend, self.subset_loss_curve, self.tr("subset loss"), shown)
        legend_entry(self.acc_legend, self.subset_acc_curve, self.tr("subset accuracy"), shown)
        self.arrangement.arrange()

    def fonts_changed(self) -> None:   # presentation mode scaled the texts: side by side while they fit
        self.arrangement.arrange()

    # -- data -------------------------------------------------------------------------------------
    @property
    def alpha(self) -> float:
        return self.smoothing.value() / 100.0

    @property
    def losses(self) -> np.ndarray:
        """``(n, 2)``: step and loss of every minibatch received so far."""
        return np.column_stack([self._steps.array().astype(float), self._losses.array().astype(float)])

    @property
    def smoothed(self) -> np.ndarray:
        return self._smooth.array().astype(float)

    def display_smoothed(self) -> tuple[np.ndarray, np.ndarray]:
        """``(steps, smoothed)`` decimated to a few thousand points (what the plot draws)."""
        return self._smooth_shown.last()

    def _new_history(self) -> None:
        """Every loss compactly (float32 chunks, the steps as runs) and a bounded copy to draw."""
        self._steps, self._losses, self._smooth = StepRuns(), LossHistory(), LossHistory()
        self._raw_shown, self._smooth_shown = Decimated(), Decimated()

    def clear(self) -> None:
        self._new_history()
        self._acc_state = (0.0, 0)
        self._eval, self._subset = np.zeros((0, 3)), np.zeros((0, 3))   # (step, loss, accuracy) rows
        self._x_max = 0.0
        self._dirty = {"losses", "evals"}
        self._hovered = None
        self.hover_label.setText(self.tr("Hover over a plot to read its values."))

    def append_losses(self, step_loss: np.ndarray) -> None:
        if not len(step_loss):
            return
        self._steps.extend(step_loss[:, 0])
        self._losses.extend(step_loss[:, 1])
        smooth, s, n = ema(step_loss[:, 1], self.alpha, *self._acc_state)
        self._acc_state = (s, n)
        self._smooth.extend(smooth)
        self._raw_shown.extend(step_loss[:, 0], step_loss[:, 1])
        self._smooth_shown.extend(step_loss[:, 0], smooth)
        self._dirty.add("losses")

    def set_evaluations(self, points, name: str = "test") -> None:
        """``points``: ``((step, loss, accuracy), ...)`` — all evaluations so far."""
        arr = np.asarray(points, dtype=float).reshape(-1, 3)
        if arr.shape != self._eval.shape or not np.array_equal(arr, self._eval):
            self._eval = arr
            self._dirty.add("evals")
        if name != self._eval_name:
            self._eval_name = name
            self._name_evaluations()

    def set_subset_evaluations(self, points) -> None:
        """``points``: ``((step, loss, accuracy), ...)`` on the fixed evaluation subset."""
        arr = np.asarray(points, dtype=float).reshape(-1, 3)
        if arr.shape != self._subset.shape:
            self._subset = arr
            self._dirty.add("evals")

    def refresh(self) -> None:
        """Push the data into the plot items (called from the window's refresh timer)."""
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, set()
        if "losses" in dirty:
            lone = len(self._steps) == 1     # one point: no line to draw, so a dot
            if lone != (self.raw_curve.opts["symbol"] is not None):
                self.raw_curve.setSymbol("o" if lone else None)
                self.raw_curve.setSymbolSize(7)
                self.raw_curve.setSymbolBrush((31, 119, 180))
                self.raw_curve.setSymbolPen(None)
            self.raw_curve.setData(*self._raw_shown.envelope())
            self.smooth_curve.setData(*self._smooth_shown.last())
        if "evals" in dirty:   # (evaluations change a few times an epoch: their items are left alone otherwise)
            self.eval_loss_curve.setData(self._eval[:, 0], self._eval[:, 1])
            self.acc_curve.setData(self._eval[:, 0], 100 * self._eval[:, 2])
            self.subset_loss_curve.setData(self._subset[:, 0], self._subset[:, 1])
            self.subset_acc_curve.setData(self._subset[:, 0], 100 * self._subset[:, 2])
            self._name_subset()
            self.acc_plot.setYRange(*accuracy_range(self._eval[:, 2], self._subset[:, 2]), padding=0)
        self._follow_loss()
        last = max(float(self._steps[-1]) if len(self._steps) else 0.0, self._eval[-1, 0] if len(self._eval) else 0.0)
        if last >= self._x_max or self._x_max == 0.0:
            self._x_max = max(50.0, last * 1.25)
            self.loss_plot.setXRange(0, self._x_max, padding=0.02)

    def _follow_loss(self) -> None:
        """The loss axis moves only when its curves leave it or fill too little of it (not at every point)."""
        items = (self.raw_curve, self.smooth_curve, self.eval_loss_curve, self.subset_loss_curve)
        if (bounds := curves_y_bounds(items, self.log_scale.isChecked())) is not None:
            follow_range(self.loss_plot.getPlotItem(), y=bounds, shrink=0.6, lead=0.2)

    def _set_log(self, on: bool) -> None:
        self.loss_plot.setLogMode(False, on)   # (which turns auto-range on: the x axis keeps its own range)
        self.loss_plot.setXRange(0, max(self._x_max, 50.0), padding=0.02)   # (and auto-range off)
        self._follow_loss()

    def _resmooth(self) -> None:
        self.smoothing_label.setText(f"{self.alpha:.2f}")
        smooth, s, n = ema(self._losses.array(), self.alpha)
        self._acc_state = (s, n)
        self._smooth = LossHistory(smooth)
        self._smooth_shown = Decimated()
        self._smooth_shown.extend(self._steps.array(), smooth)
        self._dirty.add("losses")
        self.refresh()

    def _hover(self, plot: pg.PlotWidget, pos) -> None:
        if not plot.sceneBoundingRect().contains(pos) or not len(self._steps) and not len(self._eval):
            return
        self._hovered = (plot, pos)
        x = plot.plotItem.vb.mapSceneToView(pos).x()
        parts = []
        if len(self._steps):
            i = min(self._steps.searchsorted(x), len(self._steps) - 1)
            parts.append(self.tr("step {0}: loss {1:.4f}, smoothed {2:.4f}").format(
                int(self._steps[i]), self._losses[i], self._smooth[i]))
        if len(self._eval):
            j = int(np.argmin(np.abs(self._eval[:, 0] - x)))
            step, loss, acc = self._eval[j]
            parts.append(self.tr("evaluation at step {0}: loss {1:.4f}, accuracy {2:.2f} %").format(
                int(step), loss, 100 * acc))
        self.hover_label.setText("   ·   ".join(parts))
