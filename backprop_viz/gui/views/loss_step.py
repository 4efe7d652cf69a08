"""Loss along the step: the gradient's first-order prediction against the real loss curve.

After every training step it shows (the engine computes it: a
:class:`~backprop_viz.engine.analysis_requests.LossAlongStep` request, one at a time and only
while this view is on screen) the loss ``E(θ + s·ΔW)`` on that step's minibatch along the
update ``ΔW`` the optimizer really applied, from ``s = 0`` (before the step) to a few times
the step, the tangent ``E(0) + s·Σ dW·ΔW`` the gradient predicts, a marker at ``s = 1`` where
the chosen learning rate landed, and the same curve on a fixed evaluation subset. For
momentum and Adam the slice follows the optimizer's actual ``ΔW``, and the caption says so.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QWidget

from backprop_viz.engine.analysis_requests import LossAlongStep
from backprop_viz.gui.i18n import Retranslatable

from .common import (
    add_legend,
    plot_note,
    rename_legend,
    set_info,
    set_label,
    set_note,
    set_title,
)
from .request_pace import RequestPace
from .scaffold import captioned_plot, named, view_layout

INFO = QT_TRANSLATE_NOOP(
    "LossStepView", "The gradient is a prediction: moving all weights by s·ΔW should change the loss by about "
    "s·Σ dW·ΔW (the dashed tangent). The solid curve is the real loss E on this step's minibatch along the update "
    "ΔW the optimizer applied: s = 0 is before the step, s = 1 (the marker) is where the learning rate landed, "
    "s = 2 would be twice the step. The green curve is the same on a fixed evaluation subset. Where the curve "
    "bends away from the tangent the first-order prediction breaks; a too-large lr lands past the valley's "
    "bottom (E at s = 1 higher than its minimum, or even above E at s = 0). For plain SGD ΔW = −lr·dW; for "
    "momentum and Adam the line is sliced along the optimizer's actual ΔW.")


class LossStepView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("loss_step_view")
        self.engine = None
        self.job = None
        self.answer = None
        self._asked = None          # (run_id, step) last asked for
        self._snapshot = None
        self.pace = RequestPace()   # while playing: at most ~10 % of a core of the engine
        self.caption, top, panel, self.widget, self.plot = captioned_plot(self, "loss_step_caption")
        self.legend = add_legend(self.plot, (-10, 10))
        self.batch_curve = self.plot.plot(pen=pg.mkPen((31, 119, 180), width=2), name="E")
        self.tangent = self.plot.plot(pen=pg.mkPen((120, 120, 120), width=1.5, style=Qt.DashLine), name="tangent")
        self.eval_curve = self.plot.plot(pen=pg.mkPen((44, 160, 44), width=2), name="eval")
        self.lr_line = pg.InfiniteLine(1.0, angle=90, pen=pg.mkPen((214, 39, 40), width=1, style=Qt.DotLine))
        self.plot.addItem(self.lr_line)
        self.marker = self.plot.plot(pen=None, symbol="o", symbolSize=10, symbolBrush=(214, 39, 40), name="lr")
        self.note = plot_note(self.plot)
        self.numbers = named(QLabel(), "loss_step_numbers")
        self.numbers.setWordWrap(True)
        view_layout(self, top, panel, (self.widget, 1), self.numbers)
        self.retranslate()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        set_label(self.plot, "bottom", self.tr("s: multiples of the step ΔW (s = 1: where lr landed)"))
        set_label(self.plot, "left", self.tr("loss E"))
        names = ((self.batch_curve, self.tr("E on the step's minibatch")),
                 (self.tangent, self.tr("tangent E(0) + s·Σ dW·ΔW")),
                 (self.eval_curve, self.tr("E on an evaluation subset")),
                 (self.marker, self.tr("the step taken (s = 1)")))
        for item, name in names:
            rename_legend(self.legend, item, name)
        self.widget.setToolTip(self.tr("The real loss along the update (solid) against the gradient's straight-line "
                                       "prediction (dashed)"))
        self._show(self.answer)

    def set_engine(self, controller) -> None:
        self.engine = controller

    def clear(self) -> None:
        self.answer, self._asked, self._snapshot = None, None, None
        for item in (self.batch_curve, self.tangent, self.eval_curve, self.marker):
            item.setData([], [])
        self._show(None)

    def show_snapshot(self, snapshot) -> None:
        """Ask for the slice of a new step (only one request at a time; the newest step wins)."""
        self._snapshot = snapshot
        trace = snapshot.trace
        if self.engine is None or trace is None or trace.phase != "update":
            if self.answer is None:
                self._show(None)
            return
        key = (snapshot.run_id, trace.step)
        if key == self._asked or self.job is not None or not self.pace.may_ask(snapshot.state == "playing"):
            return
        self._asked = key
        self.pace.asked()
        self.job = self.engine.request(LossAlongStep, points=61, on_done=self._on_done, on_failed=self._on_failed)

    def _on_done(self, answer) -> None:
        self.job = None
        self.pace.answered()
        self.answer = answer
        self.batch_curve.setData(answer.s, answer.minibatch)
        self.tangent.setData(answer.s, answer.tangent)
        self.eval_curve.setData(answer.s, answer.evaluation)
        k = int(abs(answer.s - 1.0).argmin())
        self.marker.setData([answer.s[k]], [answer.minibatch[k]])
        self.plot.enableAutoRange()
        self._show(answer)
        if self._snapshot is not None and self.isVisible():
            self.show_snapshot(self._snapshot)   # a newer step may have arrived meanwhile

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.pace.answered()
        set_note(self.note, message)

    def _show(self, answer) -> None:
        if answer is None:
            set_note(self.note, self.tr("Take a training step (Step, or Play): the loss along it appears here."))
            self.caption.setText(self.tr("The loss along the last update ΔW"))
            self.numbers.setText("")
            return
        set_note(self.note, None)
        sliced = (self.tr("ΔW = −lr·dW (plain SGD)") if answer.optimizer == "sgd" else
                  self.tr("sliced along the optimizer's actual ΔW ({0}), not along −dW").format(answer.optimizer))
        self.caption.setText(self.tr("Step {0}, lr = {1:g}: {2}").format(answer.step, answer.lr, sliced))
        set_title(self.plot, self.tr("E(θ + s·ΔW) of step {0}").format(answer.step))
        k = int(abs(answer.s - 1.0).argmin())
        low = int(answer.minibatch.argmin())
        e0, e1 = float(answer.minibatch[0]), float(answer.minibatch[k])
        self.numbers.setText(self.tr(
            "E before the step {0:.4f} → after {1:.4f} (the tangent predicted {2:.4f}). The minibatch's lowest E "
            "on this line is {3:.4f} at s = {4:.2f}{5}. Evaluation subset ({6}): {7:.4f} → {8:.4f}.").format(
            e0, e1, float(answer.tangent[k]), float(answer.minibatch[low]), float(answer.s[low]),
            self.tr(" — the step overshot the valley") if answer.s[low] < 0.6 and e1 > answer.minibatch[low] + 1e-9
            else "", answer.split, float(answer.evaluation[0]), float(answer.evaluation[k])))
