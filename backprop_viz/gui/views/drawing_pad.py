"""The drawing pad: draw a digit, see it the way the network does, and what it answers.

On the left a canvas (:mod:`.drawing_canvas`: mouse or pen, brush size, eraser, undo,
clear); in the middle the drawing after MNIST-style preprocessing
(:func:`backprop_viz.core.preprocess.preprocess`: bounding box fitted to 20×20,
anti-aliased, centred by centre of mass, stroke weight like MNIST's) — the 28×28 input
``x`` the network really gets; on the right the network's output ``a_L`` for it (class
probabilities for softmax), updated live while drawing (at most every 25 ms) from the
snapshot's frozen copy of the weights, so training can go on. "Follow the drawing" makes
the drawing the probe sample of the inside-the-network views. **Train on it** asks the
worker for one backprop step on the drawing with the chosen label; when it answers, the
bars show the prediction before (grey) and after the step and the middle panel the
gradient it produced on the first layer's weights. "Load a test digit" drops a real MNIST
test image onto the pad to show what a well-formed input looks like.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backprop_viz.core.preprocess import preprocess_details

from .answer_plot import AnswerPlot
from .common import info_button
from .drawing_canvas import DrawingCanvas, canvas_tools
from .thumbnails import gray_image, signed_image, zoomed

INFO = ("Draw a digit and watch the network read it. Your drawing is prepared the way MNIST's digits were: its "
        "bounding box is scaled to fit 20×20 pixels (keeping its shape), smoothed, and placed in a 28×28 field so "
        "its centre of mass is in the middle; very thin or thick strokes are adjusted to MNIST's stroke width. That "
        "28×28 image (middle) is the input x. The bars are the network's output a_L for it, computed from a copy of "
        "the current weights. 'Train on it' takes one backpropagation step on your drawing with the label you give: "
        "grey bars show the answer before the step, coloured bars after it. The map below the input is the gradient "
        "backpropagated to the pixels, ∂E/∂x = W₁·δ₁: blue where more ink would lower the loss. The weights' own "
        "gradient dW₁ = x·δ₁ is non-zero only for inked pixels: only their weights change.")
UPDATE_MS = 25
SIDE = 140
PLACEHOLDER = "Train on it to see\nthe gradient of\nthe step here"


class DrawingPadView(QWidget):
    digit_drawn = Signal(object)                     # preprocessed uint8 (28, 28), on every stroke update
    probe_requested = Signal(object, object, str)    # pixels, label or None, source
    train_requested = Signal(object, int)            # pixels, label

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawing_pad_view")
        self.info_text = INFO
        self.setToolTip(INFO)
        self.snapshot = None
        self.pixels = np.zeros((28, 28), np.uint8)   # the current preprocessed input
        self.details = None                           # its Preprocessed record
        self.probabilities: np.ndarray | None = None  # a_L for it
        self.before: np.ndarray | None = None        # a_L before the last "Train on it"
        self.last_update_ms = 0.0
        self.source = "your drawing"
        self._pending = None                          # (x, label, a_L before) of a train request
        self._loaded = None                           # (canvas revision, image) of a loaded test digit
        self.gradient: np.ndarray | None = None      # ∂E/∂x (28, 28) of the last "Train on it"
        self._test = (np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
        self._test_order, self._test_pos = np.zeros(0, np.int64), 0

        self.canvas = DrawingCanvas()
        self.brush, self.eraser, self.undo_button, self.clear_button = canvas_tools(self.canvas, self, brush=26)
        self.load_button = self._make(QPushButton("Load a test digit"), "pad_load_test",
                                      "Put a real MNIST test image on the pad: what the network was trained on")
        self.label_box = self._make(QComboBox(), "pad_label", "The digit you meant: the target for 'Train on it'")
        self.label_box.addItem("?", None)
        for k in range(10):
            self.label_box.addItem(str(k), k)
        self.train_button = self._make(QPushButton("Train on it"), "pad_train",
                                       "One backpropagation step on your drawing with this label (updates the weights)")
        self.follow = self._make(QCheckBox("follow the drawing"), "pad_follow",
                                 "Make the drawing the probe sample: the inside-the-network views show its forward "
                                 "pass (and, with a true label chosen, its backward pass) as you draw")
        info_panel = QLabel()
        tools = QGridLayout()
        for row, widgets in enumerate(((QLabel("brush"), self.brush, self.eraser),
                                       (self.undo_button, self.clear_button, self.load_button),
                                       (QLabel("true label"), self.label_box, self.train_button))):
            for col, w in enumerate(widgets):
                tools.addWidget(w, row, col)
        tools.addWidget(self.follow, 3, 0, 1, 2)
        tools.addWidget(info_button(INFO, info_panel), 3, 2, Qt.AlignRight)
        left = QVBoxLayout()
        left.addWidget(self.canvas)
        left.addLayout(tools)
        left.addStretch(1)

        self.input_image = self._make(QLabel(), "pad_input", "The 28×28 input x the network gets (white = ink)")
        self.input_note = self._make(QLabel(), "pad_input_note", "")
        self.gradient_image = self._make(QLabel(), "pad_gradient", "The gradient of the loss of the last 'Train on "
                                         "it' step with respect to each input pixel, ∂E/∂x = W₁·δ₁ (backpropagated "
                                         "one layer further than the weights)")
        self.gradient_image.setAlignment(Qt.AlignCenter)
        self.gradient_note = QLabel("∂E/∂x of the step: <span style='color:#2166ac'>blue</span> = more ink here "
                                    "lowers the loss, <span style='color:#b2182b'>red</span> raises it")
        middle = QVBoxLayout()
        middle.addWidget(QLabel("<b>network input x</b> (28×28)"))
        for w in (self.input_image, self.input_note, self.gradient_image, self.gradient_note):
            middle.addWidget(w)
        middle.addStretch(1)
        for image in (self.input_image, self.gradient_image):
            image.setFixedSize(SIDE, SIDE)
        for note in (self.input_note, self.gradient_note):
            note.setWordWrap(True)
            note.setFixedWidth(SIDE + 20)

        self.plot = AnswerPlot()
        self.bars, self.before_bars, self.note = self.plot.bars, self.plot.before_bars, self.plot.note
        self.caption = self._make(QLabel(), "pad_caption", "")
        self.caption.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        right.addWidget(self.caption)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(middle)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(info_panel)
        layout.addLayout(top, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(self.update_prediction)
        self.canvas.changed.connect(lambda: self._timer.isActive() or self._timer.start())
        self.canvas.stroke_started.connect(lambda: setattr(self, "source", "your drawing"))
        self.canvas.stroke_finished.connect(self.update_prediction)
        self.load_button.clicked.connect(lambda: self.load_test_digit())
        self.train_button.clicked.connect(self.train)
        self.label_box.currentIndexChanged.connect(lambda _: self._label_changed())
        self.follow.toggled.connect(lambda on: on and self._follow())
        self.clear()

    @staticmethod
    def _make(widget, name: str, tip: str):
        widget.setObjectName(name)
        if tip:
            widget.setToolTip(tip)
        return widget

    # -- inputs ----------------------------------------------------------------------------------------
    @property
    def label(self) -> int | None:
        return self.label_box.currentData()

    def set_test_digits(self, images: np.ndarray, labels: np.ndarray, seed: int = 0) -> None:
        """Real digits for "Load a test digit" (e.g. the MNIST test set), offered in a seeded random order."""
        self._test = (images, np.asarray(labels))
        self._test_order, self._test_pos = np.random.default_rng(seed).permutation(len(images)), 0
        self._update_buttons()

    def load_test_digit(self, index: int | None = None) -> int | None:
        """Put test digit ``index`` (default: the next one) on the pad and pick its label; returns the index."""
        images, labels = self._test
        if not len(images):
            return None
        if index is None:
            index = int(self._test_order[self._test_pos % len(images)])
            self._test_pos += 1
        self.source = f"test digit #{index}"
        self.label_box.blockSignals(True)
        self.label_box.setCurrentIndex(int(labels[index]) + 1)
        self.label_box.blockSignals(False)
        # an MNIST digit is preprocessed already: until the user draws on it, it is the input as is
        self._loaded = (self.canvas.revision + 1, np.array(images[index], dtype=np.uint8))
        self.canvas.set_ink(images[index])       # updates the prediction
        return index

    def _label_changed(self) -> None:
        if self.probabilities is not None:
            self._draw_bars(self.probabilities)
        self._update_buttons()
        if self.follow.isChecked():
            self._follow()

    # -- prediction -------------------------------------------------------------------------------------
    @staticmethod
    def inputs(pixels: np.ndarray, config) -> np.ndarray:
        """``pixels`` scaled the way the run scales its data: ``(1, 784)``, like the worker does."""
        from backprop_viz.data import Dataset

        ds = Dataset(pixels.reshape(1, 28, 28), np.zeros(1, np.int64), "drawing",
                     tuple(str(k) for k in range(config.n_outputs)))
        return ds.inputs(config.input_scaling, dtype=np.dtype(config.dtype))

    def update_prediction(self) -> None:
        """Preprocess the drawing, run the network on it and redraw (the live update)."""
        self._timer.stop()
        start = time.perf_counter()
        self.details = d = preprocess_details(self.canvas.ink())
        self.pixels = d.image
        loaded = self._loaded is not None and self._loaded[0] == self.canvas.revision
        if loaded:
            self.pixels = self._loaded[1]
        self.before = None
        self._reset_gradient()
        self.input_image.setPixmap(zoomed(gray_image(self.pixels), SIDE))
        if loaded:
            self.input_note.setText(f"{self.source} from the MNIST test set, used as it is (it was made by "
                                    "this same preprocessing)")
        elif d.bbox is None:
            self.input_note.setText("(blank)")
        else:
            self.input_note.setText(f"scaled ×{d.scale:.3f} to fit 20×20, centred by mass; stroke "
                                    f"{d.stroke_before:.1f} px" + (f", {d.adjusted} to {d.stroke_after:.1f} px"
                                                                   if d.adjusted else ""))
        self._predict()
        self.last_update_ms = (time.perf_counter() - start) * 1000
        self.digit_drawn.emit(self.pixels.copy())
        if self.follow.isChecked():
            self._follow()

    def _follow(self) -> None:
        if not self.canvas.is_blank():
            self.probe_requested.emit(self.pixels.copy(), self.label, self.source)

    def _predict(self) -> None:
        snap = self.snapshot
        if snap is None or snap.network is None or self.canvas.is_blank():
            self.probabilities = None
            self.plot.show_blank("draw a digit" if self.canvas.is_blank() else "waiting for the network…")
            self.caption.setText("Draw a digit 0–9 on the pad (or load a test digit): the bars show what the "
                                 "network thinks it is.")
        else:
            self.probabilities = np.asarray(snap.network.infer(self.inputs(self.pixels, snap.config))[0], float)
            self._draw_bars(self.probabilities)
        self._update_buttons()

    def _draw_bars(self, out: np.ndarray) -> None:
        label = self.label
        pred = self.plot.show_answer(out, label, self.before)
        if self.before is not None:                # the caption describes the training step
            return
        if label is None:
            self.caption.setText(f"The network reads {self.source} as a <b>{pred}</b> (blue). Choose the true "
                                 "label to check it and to train on it.")
        else:
            verdict = "right" if pred == label else f"wrong: the true label {label} is the green bar"
            self.caption.setText(f"The network reads {self.source} as a <b>{pred}</b> — {verdict}. Train on it "
                                 "takes one backprop step towards the label.")

    # -- training on the drawing ----------------------------------------------------------------------------
    def train(self) -> None:
        """Ask for one backprop step on the drawing with the chosen label (:attr:`train_requested`)."""
        label, snap = self.label, self.snapshot
        if label is None or self.canvas.is_blank() or snap is None:
            return
        before = None if self.probabilities is None else self.probabilities.copy()
        self._pending = (self.inputs(self.pixels, snap.config)[0], label, before)
        self.caption.setText(f"One backprop step on {self.source} with label {label}…")
        self.train_requested.emit(self.pixels.copy(), int(label))

    def _answers_request(self, snap) -> bool:
        """Whether ``snap`` answers the pending train request (its latest step is on exactly our sample)."""
        trace = snap.trace
        if self._pending is None or trace is None or trace.batch_size != 1 or trace.phase != "update":
            return False
        x, label, _ = self._pending
        return (trace.step == snap.global_step and trace.labels is not None and int(trace.labels[0]) == label
                and trace.x.shape[1] == x.shape[0] and np.allclose(trace.x[0], x))

    def _show_training(self, snap) -> None:
        _, label, before = self._pending
        self._pending = None
        layer = snap.trace.layers[0] if snap.trace.layers else None
        if layer is not None and layer.delta is not None and layer.W_before is not None and layer.n_in == 784:
            grad = (layer.W_before @ layer.delta[0]).reshape(28, 28)   # ∂E/∂x = W₁ δ₁
            self.gradient = grad
            self.gradient_image.setStyleSheet("")
            self.gradient_image.setPixmap(zoomed(signed_image(grad), SIDE))
        self.before = before
        self._predict()
        after = self.probabilities
        if before is None or after is None:
            self.before = None
            return
        self.caption.setText(f"One backprop step on {self.source} as a {label} (loss {snap.trace.loss:.3f}): the "
                             f"output for {label} went {before[label]:.3f} → {after[label]:.3f}, the prediction "
                             f"{int(np.argmax(before))} → {int(np.argmax(after))}. Grey bars: before the step.")

    # -- snapshots ------------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        """Use ``snapshot.network`` for the live answer; show the effect of a pending "Train on it"."""
        old, self.snapshot = self.snapshot, snapshot
        self.plot.set_output(snapshot.config.output)
        if self._answers_request(snapshot):
            self._show_training(snapshot)
        elif old is None or snapshot.network is not old.network:
            self._predict()

    def _update_buttons(self) -> None:
        drawn = not self.canvas.is_blank()
        self.train_button.setEnabled(drawn and self.label is not None and self.snapshot is not None)
        self.undo_button.setEnabled(self.canvas.can_undo)
        self.load_button.setEnabled(len(self._test[0]) > 0)

    def _reset_gradient(self) -> None:
        if self.gradient is None and self.gradient_image.text() == PLACEHOLDER:
            return
        self.gradient = None
        self.gradient_image.clear()
        self.gradient_image.setText(PLACEHOLDER)
        self.gradient_image.setStyleSheet("color: #777; border: 1px dashed #bbb;")

    def clear(self) -> None:
        """Blank pad and no network answer until the next snapshot (undo can bring the drawing back)."""
        self.snapshot, self.before, self._pending = None, None, None
        self.canvas.clear()
        self.update_prediction()
