"""Input gradient: backprop carried one layer further, to the pixels — and "make it a …".

For the probe sample (a test sample, an inspected image or the drawing: whatever the probe
shows) the engine computes ``dE/dx`` (an
:class:`~backprop_viz.engine.analysis_requests.InputGradient` request, once per new network
or probe and only while this view is on screen); the view shows it as a 28×28 map, blue
where more ink would lower the loss and red where it would raise it, on one colour scale
symmetric about zero with its bar. "Make it a …" (:class:`~.analysis_requests.MakeItA`)
takes gradient steps on the input, not the weights, toward a chosen digit until the network
answers it, and shows the result, the change and how few pixels it needed.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from backprop_viz.engine.analysis_requests import InputGradient, MakeItA
from backprop_viz.gui.i18n import Retranslatable

from .common import (
    heatmap_plot,
    plot_note,
    set_info,
    set_note,
    set_title,
    symmetric_levels,
)
from .scaffold import add_info, named, set_texts, view_layout

INFO = QT_TRANSLATE_NOOP(
    "InputGradientView", "Backprop does not stop at W1: one more step, dE/dx = delta_1 @ W1.T, gives how the loss E "
    "changes with every input pixel. Blue pixels lower the loss when they get brighter (more ink there makes the "
    "right answer more likely), red ones raise it; white does not matter. The colour scale is symmetric (±max). The "
    "sample is the probe: a test sample, an image inspected in the dataset or evaluation view, or your drawing. "
    "'Make it a …' walks the input (not the weights) down the gradient of the loss for another digit until the "
    "network answers that digit: often a few faint strokes suffice, because backprop reaches the input too.")


class InputGradientView(Retranslatable, QWidget):
    made = Signal(object)   # the MadeIt answer shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("input_gradient_view")
        self.engine = None
        self.job = None
        self.make_job = None
        self.answer = None
        self.made_answer = None
        self._asked = None
        self._snapshot = None
        top = QHBoxLayout()
        self.caption = named(QLabel(), "input_gradient_caption")
        self.caption.setWordWrap(True)
        top.addWidget(self.caption, 1)
        self.target = named(QComboBox(), "make_it_target")
        self.target.addItems([str(k) for k in range(10)])
        self.target.setCurrentIndex(3)
        self.make_button = named(QPushButton(), "make_it_run")
        top.addWidget(self.make_button)
        top.addWidget(self.target)
        panel = add_info(self, top)
        g = pg.GraphicsLayoutWidget()
        self.plot, self.image, self.bar = heatmap_plot(g, bar_label="dE/dx", row=0, col=0)
        self.made_plot, self.made_image, self.made_bar = heatmap_plot(g, colormap=pg.colormap.get("CET-L1"),
                                                                      levels=(0, 255), row=0, col=1)
        self.change_plot, self.change_image, self.change_bar = heatmap_plot(g, row=0, col=2)
        for plot in (self.plot, self.made_plot, self.change_plot):
            plot.setAspectLocked(True)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
        self.note = plot_note(self.plot)
        self.made_note = plot_note(self.made_plot)
        self.result = named(QLabel(), "make_it_result")
        self.result.setWordWrap(True)
        self.graphics = g
        view_layout(self, top, panel, (g, 1), self.result)
        self.make_button.clicked.connect(lambda: self.make_it())
        self.retranslate()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        set_texts(self.make_button, self.tr("Make it a"), self.tr("Gradient steps on the input, not the weights, "
                                                                  "until the network answers the chosen digit"))
        self.target.setToolTip(self.tr("The digit the input should be turned into"))
        set_title(self.plot, self.tr("dE/dx (blue lowers E, red raises it)"))
        set_title(self.made_plot, self.tr("after 'make it a …'"))
        set_title(self.change_plot, self.tr("the change (pixels)"))
        self.graphics.setToolTip(self.tr("Left: the gradient of the loss with respect to every input pixel. Middle "
                                         "and right: the image 'make it a …' reached and what it changed"))
        self._show_gradient(self.answer)
        self._show_made(self.made_answer)

    def set_engine(self, controller) -> None:
        self.engine = controller

    def clear(self) -> None:
        self.answer, self.made_answer, self._asked, self._snapshot = None, None, None, None
        for image in (self.image, self.made_image, self.change_image):
            image.setImage(np.full((28, 28), np.nan, np.float32), autoLevels=False)
        self._show_gradient(None)
        self._show_made(None)

    def show_snapshot(self, snapshot) -> None:
        self._snapshot = snapshot
        probe = snapshot.probe
        if self.engine is None or probe is None:
            return
        key = (snapshot.run_id, snapshot.global_step, snapshot.probe_source, probe.label)
        if key == self._asked or self.job is not None:
            return
        self._asked = key
        self.job = self.engine.request(InputGradient, on_done=self._on_gradient, on_failed=self._on_failed)

    def _on_gradient(self, answer) -> None:
        self.job, self.answer = None, answer
        self._show_gradient(answer)
        if self._snapshot is not None and self.isVisible():
            self.show_snapshot(self._snapshot)

    def _on_failed(self, message: str) -> None:
        self.job = None
        set_note(self.note, message)

    def _show_gradient(self, a) -> None:
        if a is None:
            set_note(self.note, self.tr("waiting for the network…"))
            self.caption.setText(self.tr("dE/dx of the probe sample"))
            return
        if a.gradient.size != 784:
            set_note(self.note, self.tr("the inputs are not a 28×28 image"))
            return
        set_note(self.note, None)
        g = a.gradient.reshape(28, 28)
        self.image.setImage(g, autoLevels=False)   # row-major (configure_pyqtgraph): rows downwards
        self.bar.setLevels(symmetric_levels(g))
        target = (self.tr("its own answer {0} (no label known)") if a.own_answer else self.tr("label {0}")).format(
            a.label)
        self.caption.setText(self.tr("{0} · loss against {1}: E = {2:.4f} · network answers {3} · step {4}").format(
            a.source, target, a.loss, int(np.argmax(a.probabilities)), a.global_step))

    def make_it(self, target: int | None = None):
        """Ask the engine to turn the probe into digit ``target`` (default: the chosen one)."""
        if self.engine is None or self.make_job is not None:
            return None
        target = self.target.currentIndex() if target is None else int(target)
        self.target.setCurrentIndex(target)
        self.make_button.setEnabled(False)
        self.result.setText(self.tr("Taking gradient steps on the input toward {0}…").format(target))
        self.make_job = self.engine.request(MakeItA, target=target, on_done=self._on_made,
                                            on_failed=self._on_make_failed)
        return self.make_job

    def _on_made(self, m) -> None:
        self.make_job, self.made_answer = None, m
        self.make_button.setEnabled(True)
        self._show_made(m)
        self.made.emit(m)

    def _on_make_failed(self, message: str) -> None:
        self.make_job = None
        self.make_button.setEnabled(True)
        self.result.setText(self.tr("'Make it a …' could not run: {0}").format(message))

    def _show_made(self, m) -> None:
        if m is None:
            set_note(self.made_note, self.tr("choose a digit and press\n'Make it a'"))
            self.result.setText(self.tr("'Make it a …' changes the input, not the weights."))
            return
        set_note(self.made_note, None)
        self.made_image.setImage(m.pixels[-1].astype(np.float32), autoLevels=False)
        change = m.change.astype(np.float32)
        self.change_image.setImage(change, autoLevels=False)
        self.change_bar.setLevels(symmetric_levels(change))
        before, after = int(np.argmax(m.probabilities[0])), int(np.argmax(m.probabilities[-1]))
        words = (self.tr("The network now answers {0} (it said {1}): {2} gradient steps on the input changed {3} of "
                         "784 pixels, most by a little.") if m.reached else
                 self.tr("Not reached: after {2} steps the network answers {0} (it said {1}); {3} of 784 pixels "
                         "changed."))
        self.result.setText(words.format(after, before, m.steps, m.pixels_changed) +
                            self.tr(" P({0}) went from {1:.1%} to {2:.1%}.").format(
                                m.target, float(m.probabilities[0][m.target]), float(m.probabilities[-1][m.target])))
