"""The drawing pad's answers: what the engine makes of the drawing, and of a training step on it.

:class:`PadPrediction` is the half of :class:`~.drawing_pad.DrawingPadView` that talks to
the engine. Each change of the drawing (at most every 25 ms while drawing) sends a
:class:`~backprop_viz.engine.requests.Classify` request — the canvas ink, or a loaded test
digit's pixels as they are — and the engine preprocesses it MNIST-style and runs its
latest network on it; one request is under way at a time (a newer drawing waits and is
sent when the answer arrives), and an answer for an older drawing is not drawn. The
answer fills the middle panel (the 28×28 input ``x`` and how it was prepared) and the
bars (the output ``a_L``); a new network (a snapshot) asks again. *Train on it* is
answered by a snapshot whose step is one sample with our label: its first layer's
backward pass gives the pixel gradient, and the next answer shows before and after.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication

from backprop_viz.engine.requests import Classify
from backprop_viz.gui.texts import source_text

translate = QCoreApplication.translate   # the texts belong to DrawingPadView's catalogue context


class PadPrediction:
    """Mixin: needs ``canvas``, ``middle``, ``plot``, ``snapshot``, ``label``, ``source``,
    ``_loaded``, ``_set_caption``, ``_update_buttons``, ``_follow``, ``follow`` and ``digit_drawn``."""

    def _init_prediction(self) -> None:
        self.engine = None                            # the TrainingController (set_engine)
        self.pixels = np.zeros((28, 28), np.uint8)   # the current preprocessed input (from the engine)
        self.details = None                           # its Preprocessed record (None: given as is, or blank)
        self.probabilities: np.ndarray | None = None  # a_L for it
        self.before: np.ndarray | None = None        # a_L before the last "Train on it"
        self.last_update_ms = 0.0                     # last drawing change → its answer drawn
        self._revision = 0                            # of the input: answers for older ones are dropped
        self._drawn = -1                              # the revision whose input is shown
        self._asking = None                           # the Classify request under way
        self._again = False                           # ask again when it answers
        self._changed_at = time.perf_counter()
        self._pending = None                          # (label, a_L before, step) of a train request
        self._trained = None                          # (label, a_L before, loss, source, step) awaiting "after"

    def set_engine(self, controller) -> None:
        """The :class:`~backprop_viz.gui.controller.TrainingController` that reads the drawings."""
        self.engine = controller
        self.update_prediction()

    # -- asking ------------------------------------------------------------------------------------------
    def update_prediction(self) -> None:
        """The drawing changed: ask the engine to preprocess and classify it (the live update)."""
        self._timer.stop()
        self._revision += 1
        self._changed_at = time.perf_counter()
        self.before, self._trained = None, None
        self.middle.reset_gradient()
        self._update_buttons()               # undo, train: they follow the canvas at once
        if self.canvas.is_blank():           # nothing to prepare: the input is all zeros
            self._show_input(np.zeros((28, 28), np.uint8), None, lambda: translate("DrawingPadView", "(blank)"))
            self.probabilities = None
            self._show_probabilities()
            return
        self._ask()

    def _ask(self) -> None:
        if self.engine is None or self.canvas.is_blank():
            self._show_probabilities()
            return
        if self._asking is not None:
            self._again = True
            return
        revision, started = self._revision, self._changed_at
        loaded = self._loaded[1] if self._loaded is not None and self._loaded[0] == self.canvas.revision else None
        picture = self._picture if self._picture is not None and self._picture[0] == self.canvas.revision else None
        fields = ({"pixels": loaded} if loaded is not None else
                  {"image": picture[1], "name": picture[2]} if picture is not None else {"ink": self.canvas.ink()})
        source = self.source
        self._asking = self.engine.request(
            Classify, on_done=lambda answer: self._answered(revision, started, loaded is not None, source, answer),
            on_failed=lambda message: self._refused(revision, message), **fields)

    def _settled(self) -> None:
        self._asking = None
        if self._again:
            self._again = False
            self._ask()

    def _refused(self, revision: int, message: str) -> None:
        if revision == self._revision:
            self.probabilities = None
            self.plot.show_blank(translate("DrawingPadView", "no answer: {0}").format(message))
        self._settled()

    def _answered(self, revision: int, started: float, loaded: bool, source: str, answer) -> None:
        """A :class:`~backprop_viz.engine.requests.Classified` for drawing ``revision``."""
        if revision == self._revision and not self.canvas.is_blank():
            new_input = revision != self._drawn
            if new_input:
                d = answer.details
                if loaded:
                    note = lambda: translate("DrawingPadView", "{0} from the MNIST test set, used as it is (it was made by this "  # noqa: E731
                                           "same preprocessing)").format(source_text(source))
                elif answer.stages is not None and d.bbox is None:
                    note = lambda: translate("DrawingPadView", "no digit found in the picture")  # noqa: E731
                elif d is None or d.bbox is None:
                    note = lambda: translate("DrawingPadView", "(blank)")  # noqa: E731
                else:
                    note = lambda: self._preprocessing_note(d)  # noqa: E731
                self._show_input(answer.pixels, d, note)
                self._drawn = revision
                if answer.stages is not None:
                    self.stages.show_stages(answer.stages)
                else:
                    self.stages.hide()
            self.probabilities = None if self.snapshot is None else answer.probabilities
            if self._trained is not None and self.probabilities is not None and answer.global_step >= self._trained[4]:
                self._show_after(*self._trained[:4])
            else:
                self._show_probabilities()
            self.last_update_ms = (time.perf_counter() - started) * 1000
            if new_input:
                self.digit_drawn.emit(self.pixels.copy())
                if self.follow.isChecked():
                    self._follow()
        self._settled()

    # -- drawing the answer ---------------------------------------------------------------------------------
    def _show_input(self, pixels: np.ndarray, details, note) -> None:
        self.pixels, self.details = pixels, details
        self.middle.show_input(pixels, note)

    def _preprocessing_note(self, d) -> str:
        text = translate("DrawingPadView", "scaled ×{0:.3f} to fit 20×20, centred by mass; stroke {1:.1f} px").format(d.scale,
                                                                                                d.stroke_before)
        if d.adjusted == "thickened":
            text += translate("DrawingPadView", ", thickened to {0:.1f} px").format(d.stroke_after)
        elif d.adjusted:
            text += translate("DrawingPadView", ", thinned to {0:.1f} px").format(d.stroke_after)
        return text

    def _blank_text(self) -> str:
        if self.canvas.is_blank():
            return translate("DrawingPadView", "draw a digit")
        return translate("DrawingPadView", "waiting for the engine…") if self.engine is None else translate("DrawingPadView", "waiting for the network…")

    def _show_probabilities(self) -> None:
        if self.probabilities is None:
            self.plot.show_blank(self._blank_text())
            self._set_caption(lambda: translate("DrawingPadView", "Draw a digit 0–9 on the pad (or load a test digit): the bars show "
                                              "what the network thinks it is."))
        else:
            self._draw_bars(self.probabilities)
        self._update_buttons()

    def _draw_bars(self, out: np.ndarray) -> None:
        label = self.label
        pred = self.plot.show_answer(out, label, self.before)
        if self.before is not None:                # the caption describes the training step
            return
        source = self.source
        if label is None:
            self._set_caption(lambda: translate("DrawingPadView", "The network reads {0} as a <b>{1}</b> (blue). Choose the true label "
                                              "to check it and to train on it.").format(source_text(source), pred))
        else:
            self._set_caption(lambda: translate("DrawingPadView", "The network reads {0} as a <b>{1}</b> — {2}. Train on it takes one "
                                              "backprop step towards the label.").format(
                source_text(source), pred, translate("DrawingPadView", "right") if pred == label else
                translate("DrawingPadView", "wrong: the true label {0} is the green bar").format(label)))

    # -- training on the drawing ----------------------------------------------------------------------------
    def train(self) -> None:
        """Ask for one backprop step on the drawing with the chosen label (:attr:`train_requested`)."""
        label, snap = self.label, self.snapshot
        if label is None or self.canvas.is_blank() or snap is None or self._drawn != self._revision:
            return
        before = None if self.probabilities is None else self.probabilities.copy()
        self._pending = (label, before, snap.global_step)
        source = self.source
        self._set_caption(lambda: translate("DrawingPadView", "One backprop step on {0} with label {1}…").format(source_text(source),
                                                                                               label))
        self.train_requested.emit(self.pixels.copy(), int(label))

    def _answers_request(self, snap) -> bool:
        """Whether ``snap`` answers the pending train request: its latest step, taken after the
        request, is on one sample with our label."""
        trace = snap.trace
        if self._pending is None or trace is None or trace.batch_size != 1 or trace.phase != "update":
            return False
        label, _, asked_at = self._pending
        return (trace.step == snap.global_step > asked_at and trace.labels is not None
                and int(trace.labels[0]) == label)

    def _show_training(self, snap) -> None:
        label, before, _ = self._pending
        self._pending = None
        layer = snap.trace.layers[0] if snap.trace.layers else None
        if layer is not None and layer.delta is not None and layer.W_before is not None and layer.n_in == 784:
            self.middle.show_gradient((layer.W_before @ layer.delta[0]).reshape(28, 28))   # ∂E/∂x = W₁ δ₁
        if before is not None:
            self._trained = (label, before, snap.trace.loss, self.source, snap.global_step)
        self._ask()                                   # the answer after the step

    def _show_after(self, label: int, before: np.ndarray, loss: float, source: str) -> None:
        self._trained = None
        self.before = before
        after = self.probabilities
        self._draw_bars(after)
        self._update_buttons()
        self._set_caption(lambda: translate("DrawingPadView", 
            "One backprop step on {source} as a {label} (loss {loss:.3f}): the output for {label} went {a:.3f} → "
            "{b:.3f}, the prediction {p} → {q}. Grey bars: before the step.").format(
            source=source_text(source), label=label, loss=loss, a=before[label], b=after[label],
            p=int(np.argmax(before)), q=int(np.argmax(after))))
