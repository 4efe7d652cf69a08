"""Who pushed this weight? The minibatch's samples sorted by their share of ``dW[i, j]``.

``dW_l = a_{l-1}.T @ delta_l`` is a sum over the minibatch: sample ``n`` adds
``a_prev[n, i]·delta[n, j]`` to ``dW[i, j]``. For the chosen weight (or, with "whole unit",
unit ``j``'s incoming weights: each sample's ``Σ_i |a_prev[n, i]·delta[n, j]|``) the engine (a
:class:`~backprop_viz.engine.analysis_requests.WhoPushed` request, once per new step and only
while this view is on screen) returns every sample's term; the view shows the samples as
thumbnails in two rows — "pushes the weight up" (negative terms: ``W −= lr·dW`` raises it)
and "pushes it down" (positive terms) — largest first, and the sum next to the step's ``dW``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QWidget

from backprop_viz.engine.analysis_requests import WhoPushed
from backprop_viz.gui.i18n import Retranslatable

from .common import set_info
from .scaffold import add_info, named, view_layout
from .thumbnails import ThumbnailDelegate, ThumbnailModel, make_grid
from .weight_picker import WeightPicker

INFO = QT_TRANSLATE_NOOP(
    "WhoPushedView", "The gradient of one weight is a sum over the minibatch: dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]. "
    "Each sample n votes with its own term. The update W −= lr·dW moves the weight against the sum, so samples with "
    "a negative term push the weight up and samples with a positive term push it down. The thumbnails are the last "
    "minibatch's samples sorted by how hard they push (largest first, the term under each); the line above checks "
    "that the terms add up to the step's dW. With 'whole unit j' each sample's Σ_i |a_prev[n, i]·delta[n, j]| over "
    "all of the unit's incoming weights is shown instead (how much that sample moved the unit at all).")


def _pixels(x: np.ndarray) -> np.ndarray:
    """The minibatch's scaled inputs as 0–255 grey images for display (28×28 only)."""
    x = np.asarray(x, np.float64)
    lo, hi = float(x.min()), float(x.max())
    return np.clip((x - lo) / ((hi - lo) or 1.0) * 255, 0, 255).astype(np.uint8).reshape(len(x), 28, 28)


class WhoPushedView(Retranslatable, QWidget):
    answered = Signal(object)   # the WhoPushedAnswer shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("who_pushed_view")
        self.engine = None
        self.job = None
        self.answer = None
        self._asked = None
        self._snapshot = None
        self._pending = False      # the choice changed while a request was under way
        top = QHBoxLayout()
        self.picker = WeightPicker("pushed", unit_box=True)
        top.addWidget(self.picker)
        top.addStretch(1)
        panel = add_info(self, top)
        self.summary = named(QLabel(), "pushed_summary")
        self.summary.setWordWrap(True)
        self.up_label, self.down_label = named(QLabel(), "pushed_up_label"), named(QLabel(), "pushed_down_label")
        self.up, self.down = named(QListView(), "pushed_up"), named(QListView(), "pushed_down")
        self.up_model, self.down_model = ThumbnailModel(self), ThumbnailModel(self)
        for view, model in ((self.up, self.up_model), (self.down, self.down_model)):
            make_grid(view, model, ThumbnailDelegate(zoom=2))
        view_layout(self, top, panel, self.summary, self.up_label, (self.up, 1), self.down_label, (self.down, 1))
        self.picker.weight_changed.connect(self._ask)
        self.retranslate()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        self.up.setToolTip(self.tr("Samples whose term is negative: the update raises the weight because of them"))
        self.down.setToolTip(self.tr("Samples whose term is positive: the update lowers the weight because of them"))
        self._show(self.answer)

    def set_engine(self, controller) -> None:
        self.engine = controller

    def select(self, layer: int, i: int | None, j: int) -> None:
        """Choose ``W[i, j]`` of ``layer`` (``i=None``: the whole unit ``j``)."""
        self.picker.select(layer, i, j)

    def clear(self) -> None:
        self.answer, self._asked, self._snapshot = None, None, None
        for model in (self.up_model, self.down_model):
            model.set_data(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
        self._show(None)

    def show_snapshot(self, snapshot) -> None:
        self._snapshot = snapshot
        self.picker.set_sizes(snapshot.config.sizes)
        self._ask()

    def _ask(self) -> None:
        s = self._snapshot
        if self.engine is None or s is None or s.trace is None or s.trace.layers[0].delta is None:
            if self.answer is None:
                self._show(None)
            return
        key = (s.run_id, s.trace.step, self.picker.weight)
        if key == self._asked:
            return
        if self.job is not None:
            self._pending = True
            return
        self._asked = key
        layer, i, j = self.picker.weight
        self.job = self.engine.request(WhoPushed, layer=layer, i=i, j=j, on_done=self._on_done,
                                       on_failed=self._on_failed)

    def _on_done(self, answer) -> None:
        self.job, self.answer = None, answer
        s = self._snapshot
        x = s.trace.x if s is not None and s.trace is not None and s.trace.step == answer.step else None
        if x is not None and x.shape[1] == 784 and len(x) == len(answer.contributions):
            images, terms = _pixels(x), answer.contributions
            labels = answer.labels if answer.labels is not None else np.zeros(len(x), np.int64)
            order = answer.order
            ups = [int(n) for n in order[::-1] if terms[n] < 0]          # most negative first
            downs = [int(n) for n in order if terms[n] > 0]               # most positive first
            caption = lambda n: f"{terms[n]:+.2g}"
            if answer.i is None:
                ups, downs = [], [int(n) for n in order]
            self.up_model.set_data(images, labels, rows=ups, caption=caption)
            self.down_model.set_data(images, labels, rows=downs, caption=caption)
        self._show(answer)
        self.answered.emit(answer)
        if self._pending:
            self._pending = False
            self._ask()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.summary.setText(message)

    def _show(self, a) -> None:
        if a is None:
            self.summary.setText(self.tr("Take a training step: the last minibatch's samples appear here, sorted by "
                                         "how they pushed the chosen weight."))
            self.up_label.setText(self.tr("pushes the weight up"))
            self.down_label.setText(self.tr("pushes it down"))
            return
        if a.i is None:
            self.summary.setText(self.tr("Step {0}, unit {1} of layer {2}: each sample's Σ_i |a_prev,i·delta_j| "
                                         "(total {3:.4g}).").format(a.step, a.j, a.layer, a.total))
            self.up_label.setText(self.tr("(a whole unit has no direction: every sample below, largest first)"))
            self.down_label.setText(self.tr("moved unit {0} the most").format(a.j))
            return
        ups = int((a.contributions < 0).sum())
        self.summary.setText(self.tr("Step {0}, W{1}[{2}, {3}]: Σ of the {4} samples' terms = {5:.6g} = dW[{2}, {3}] "
                                     "= {6:.6g}").format(a.step, a.layer, a.i, a.j, len(a.contributions), a.total, a.dW))
        self.up_label.setText(self.tr("pushes the weight up ({0} samples, negative terms)").format(ups))
        self.down_label.setText(self.tr("pushes it down ({0} samples, positive terms)").format(
            int((a.contributions > 0).sum())))
