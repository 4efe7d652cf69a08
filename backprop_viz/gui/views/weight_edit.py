"""Edit a weight: test the gradient's prediction ``ΔE ≈ dW[i, j]·Δw`` on the real network.

Pick ``W[i, j]`` (the spin boxes, or a click on a Weights heatmap cell), then type a new
value or drag the slider (± a few times the layer's largest weight around the current value)
and apply: the engine (an :class:`~backprop_viz.engine.edit_requests.EditWeight` request,
only while paused) computes on copies, then writes the weight on its own loop thread and
sends a snapshot showing it. The view shows the predicted against the actual change of the
loss on the last minibatch and on the probe, the probe's output before and after, and up to
20 evaluation digits whose answer flipped; Undo (:class:`~.edit_requests.UndoEdit`) writes
the exact old value back.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSlider,
    QWidget,
)

from backprop_viz.engine.edit_requests import EditWeight, UndoEdit
from backprop_viz.gui.i18n import Retranslatable

from .common import plain_axes, set_info, set_label
from .scaffold import add_info, fixed_plot, named, set_texts, view_layout
from .thumbnails import ThumbnailDelegate, ThumbnailModel, make_grid
from .weight_picker import WeightPicker

SLIDER_STEPS = 1000
INFO = QT_TRANSLATE_NOOP(
    "WeightEditView", "The gradient predicts what a change does: moving W[i, j] by Δw changes the loss E by about "
    "dW[i, j]·Δw. Pick a weight (or click a cell of the Weights heatmap), type a new value or drag the slider, and "
    "press Apply (training must be paused). The engine changes that one weight of the real network and reports the "
    "predicted and the actual ΔE on the last minibatch and on the probe sample: they agree for small edits and part "
    "where the loss curves. The bars show the probe's output a_L before (grey) and after (blue); the thumbnails "
    "are test digits whose answer the edit flipped. Undo restores the exact old weight.")


class WeightEditView(Retranslatable, QWidget):
    edited = Signal(object)    # the EditAnswer shown
    undone = Signal(object)    # the Undone answer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weight_edit_view")
        self.engine = None
        self.job = None
        self.answer = None
        self.splits = None
        self._snapshot = None
        self._status = None      # (callable → text) of the last outcome
        top = QHBoxLayout()
        self.picker = WeightPicker("edit")
        top.addWidget(self.picker)
        self.current = named(QLabel(), "edit_current")
        top.addWidget(self.current, 1)
        panel = add_info(self, top)
        row = QHBoxLayout()
        self.value_box = named(QDoubleSpinBox(), "edit_value")
        self.value_box.setDecimals(5)
        self.value_box.setRange(-1e6, 1e6)
        self.value_box.setSingleStep(0.01)
        self.slider = named(QSlider(Qt.Horizontal), "edit_slider")
        self.slider.setRange(-SLIDER_STEPS, SLIDER_STEPS)
        self.apply_button = named(QPushButton(), "edit_apply")
        self.undo_button = named(QPushButton(), "edit_undo")
        for w, stretch in ((self.value_box, 0), (self.slider, 1), (self.apply_button, 0), (self.undo_button, 0)):
            row.addWidget(w, stretch)
        self.result = named(QLabel(), "edit_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.RichText)
        bottom = QHBoxLayout()
        self.outputs = pg.PlotWidget()
        self.outputs.setMinimumWidth(220)
        plot = self.outputs.getPlotItem()
        plain_axes(plot)
        fixed_plot(plot)
        self.before_bars = pg.BarGraphItem(x=np.arange(10) - 0.2, height=np.zeros(10), width=0.4, brush=(170, 170, 170))
        self.after_bars = pg.BarGraphItem(x=np.arange(10) + 0.2, height=np.zeros(10), width=0.4, brush=(31, 119, 180))
        plot.addItem(self.before_bars)
        plot.addItem(self.after_bars)
        plot.setYRange(0, 1)
        self.flips = named(QListView(), "edit_flips")
        self.flip_model = ThumbnailModel(self)
        make_grid(self.flips, self.flip_model, ThumbnailDelegate(zoom=2))
        bottom.addWidget(self.outputs, 1)
        bottom.addWidget(self.flips, 2)
        view_layout(self, top, panel, row, self.result, (bottom, 1))
        self.picker.weight_changed.connect(self._picked)
        self.slider.valueChanged.connect(self._slid)
        self.slider.sliderReleased.connect(self.apply)
        self.apply_button.clicked.connect(lambda: self.apply())
        self.undo_button.clicked.connect(lambda: self.undo())
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        self.value_box.setToolTip(self.tr("The new value of W[i, j]; press Apply (or Enter)"))
        self.slider.setToolTip(self.tr("Drag to move W[i, j] by up to ±2·max|W| of the layer; released, it is applied"))
        set_texts(self.apply_button, self.tr("Apply"), self.tr("Set W[i, j] to the new value in the real network "
                                                              "(training must be paused)"))
        set_texts(self.undo_button, self.tr("Undo"), self.tr("Restore the exact weight before the last edit"))
        self.outputs.setToolTip(self.tr("The probe's output a_L before (grey) and after (blue) the edit"))
        set_label(self.outputs.getPlotItem(), "bottom", self.tr("output unit (digit)"))
        self.flips.setToolTip(self.tr("Test digits whose predicted class the edit changed (before → after)"))
        self._describe()
        self.result.setText(self._status() if self._status else self.tr(
            "Pick a weight, type or drag a new value, then Apply. Pause training first."))

    # -- inputs ----------------------------------------------------------------------------------
    def set_engine(self, controller) -> None:
        self.engine = controller
        self._enable()

    def set_dataset(self, splits) -> None:
        """The splits the engine trains on (the flipped digits' thumbnails)."""
        self.splits = splits

    def select(self, layer: int, i: int, j: int) -> None:
        """Choose ``W[i, j]`` of ``layer`` (e.g. a click on the Weights heatmap)."""
        self.picker.select(layer, i, j)

    def clear(self) -> None:
        self._snapshot, self.answer, self._status = None, None, None
        self.flip_model.set_data(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
        self.retranslate()
        self._enable()

    def show_snapshot(self, snapshot) -> None:
        self._snapshot = snapshot
        self.picker.set_sizes(snapshot.config.sizes)
        self._describe()
        self._enable()

    def _weight_value(self) -> float | None:
        s = self._snapshot
        if s is None or s.weights is None:
            return None
        layer, i, j = self.picker.weight
        W = s.weights[layer - 1]
        return float(W[i, j]) if i < W.shape[0] and j < W.shape[1] else None

    def _describe(self) -> None:
        value = self._weight_value()
        layer, i, j = self.picker.weight
        self.current.setText(self.tr("now W{0}[{1}, {2}] = {3:.6g}").format(layer, i, j, value)
                             if value is not None else self.tr("waiting for the network…"))

    def _picked(self) -> None:
        value = self._weight_value()
        if value is not None:
            self.value_box.setValue(value)
            self.slider.blockSignals(True)
            self.slider.setValue(0)
            self.slider.blockSignals(False)
        self._describe()

    def _slid(self, position: int) -> None:
        value, s = self._weight_value(), self._snapshot
        if value is None:
            return
        layer = self.picker.weight[0]
        top = float(np.abs(s.weights[layer - 1]).max()) or 1.0
        self.value_box.setValue(value + 2 * top * position / SLIDER_STEPS)

    def _enable(self) -> None:
        ok = (self.engine is not None and self._snapshot is not None and self._snapshot.state == "paused"
              and self.job is None)
        for w in (self.apply_button, self.undo_button, self.slider, self.value_box):
            w.setEnabled(ok)

    # -- the engine's answers -------------------------------------------------------------------
    def apply(self, value: float | None = None):
        """Ask the engine to set the chosen weight to ``value`` (default: the value box's)."""
        if self.engine is None or self.job is not None:
            return None
        layer, i, j = self.picker.weight
        value = self.value_box.value() if value is None else float(value)
        self.job = self.engine.request(EditWeight, layer=layer, i=i, j=j, value=value,
                                       on_done=self._on_edited, on_failed=self._on_failed)
        self._enable()
        return self.job

    def undo(self):
        if self.engine is None or self.job is not None:
            return None
        self.job = self.engine.request(UndoEdit, on_done=self._on_undone, on_failed=self._on_failed)
        self._enable()
        return self.job

    def _on_edited(self, a) -> None:
        self.job, self.answer = None, a
        self.slider.blockSignals(True)
        self.slider.setValue(0)
        self.slider.blockSignals(False)

        def text():
            lines = [self.tr("<b>W{0}[{1}, {2}]: {3:.6g} → {4:.6g}</b> (Δw = {5:+.4g})").format(
                a.layer, a.i, a.j, a.old, a.new, a.new - a.old)]
            for name, pair in ((self.tr("last minibatch"), a.minibatch), (self.tr("probe sample"), a.probe)):
                if pair is not None:
                    lines.append(self.tr("ΔE on the {0}: predicted dW·Δw = {1:+.3e}, actual {2:+.3e}").format(
                        name, *pair))
            lines.append(self.tr("probe's answer {0} → {1}; {2} of the {3} {4} digits changed their answer").format(
                int(a.probe_before.argmax()), int(a.probe_after.argmax()), a.n_flips, self._eval_size(a.split), a.split))
            return "<br>".join(lines)
        self._status = text
        self.result.setText(text())
        n = len(a.probe_before)
        self.before_bars.setOpts(x=np.arange(n) - 0.2, height=a.probe_before)
        self.after_bars.setOpts(x=np.arange(n) + 0.2, height=a.probe_after)
        self._show_flips(a)
        self._enable()
        self.edited.emit(a)

    def _eval_size(self, split: str):
        data = self._split(split)
        return len(data) if data is not None else "?"

    def _split(self, split: str):
        if self.splits is None:
            return None
        return self.splits.validation if split == "validation" and self.splits.validation is not None \
            else self.splits.test

    def _show_flips(self, a) -> None:
        data = self._split(a.split)
        if data is None or not len(a.flips):
            self.flip_model.set_data(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
            return
        images = np.asarray(data.images[np.asarray(a.flips)]).reshape(-1, 28, 28)
        before, after = list(a.flips_before), list(a.flips_after)
        self.flip_model.set_data(images, np.asarray(data.labels)[np.asarray(a.flips)],
                                 caption=lambda k: f"{before[k]}→{after[k]}")

    def _on_undone(self, u) -> None:
        self.job = None
        self._status = lambda: self.tr("Undone: W{0}[{1}, {2}] = {3:.6g} again ({4} more edits to undo)").format(
            u.layer, u.i, u.j, u.value, u.edits)
        self.result.setText(self._status())
        self.value_box.setValue(u.value)
        self._enable()
        self.undone.emit(u)

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._status = lambda: self.tr("Not done: {0}").format(message)
        self.result.setText(self._status())
        self._enable()
