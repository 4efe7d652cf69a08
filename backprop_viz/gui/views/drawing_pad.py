"""The drawing pad: draw a digit, see it the way the network does, and what it answers.

On the left a canvas (:mod:`.drawing_canvas`: mouse or pen, brush size, eraser, undo,
clear); in the middle the drawing after MNIST-style preprocessing
(:func:`backprop_viz.core.preprocess.preprocess`: bounding box fitted to 20×20,
anti-aliased, centred by centre of mass, stroke weight like MNIST's) — the 28×28 input
``x`` the network really gets; on the right the network's output ``a_L`` for it (class
probabilities for softmax), updated live while drawing (at most every 25 ms). The engine
does the preprocessing and the prediction, with its latest network, while training goes on
(:mod:`.pad_prediction`: the requests and the drawing of their answers); this module is
the widgets and their inputs. "Follow the drawing" makes
the drawing the probe sample of the inside-the-network views. **Train on it** asks the
worker for one backprop step on the drawing with the chosen label; when it answers, the
bars show the prediction before (grey) and after the step and the middle panel the
gradient it produced on the first layer's weights. "Load a test digit" drops a real MNIST
test image onto the pad to show what a well-formed input looks like. **Your own picture**
(a photo of a handwritten digit: "Open a picture…", drag and drop, or paste) goes to the
engine as the file's bytes, and the strip below (:mod:`.pad_stages`) shows each stage of
its preprocessing; *Train on it* works for it as for a drawing.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable

from .answer_plot import AnswerPlot
from .common import info_button, set_info
from .drawing_canvas import DrawingCanvas, canvas_tools, retranslate_tools
from .pad_input import PadInput
from .pad_prediction import PadPrediction
from .pad_stages import PadPictures, PadStages

INFO = QT_TRANSLATE_NOOP("DrawingPadView", "Draw a digit and watch the network read it. Your drawing is prepared the way MNIST's digits were: its "
        "bounding box is scaled to fit 20×20 pixels (keeping its shape), smoothed, and placed in a 28×28 field so "
        "its centre of mass is in the middle; very thin or thick strokes are adjusted to MNIST's stroke width. That "
        "28×28 image (middle) is the input x. The bars are the network's output a_L for it, computed from a copy of "
        "the current weights. 'Train on it' takes one backpropagation step on your drawing with the label you give: "
        "grey bars show the answer before the step, coloured bars after it. The map below the input is the gradient "
        "backpropagated to the pixels, ∂E/∂x = W₁·δ₁: blue where more ink would lower the loss. The weights' own "
        "gradient dW₁ = x·δ₁ is non-zero only for inked pixels: only their weights change.")
UPDATE_MS = 25


class DrawingPadView(PadPrediction, PadPictures, Retranslatable, QWidget):
    digit_drawn = Signal(object)                     # preprocessed uint8 (28, 28), on every stroke update
    probe_requested = Signal(object, object, str)    # pixels, label or None, source
    train_requested = Signal(object, int)            # pixels, label

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("drawing_pad_view")
        self.snapshot = None
        self._init_prediction()
        self.source = "your drawing"
        self._loaded = None                           # (canvas revision, image) of a loaded test digit
        self._picture = None                          # (canvas revision, bytes, name) of a loaded picture
        self._test = (np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
        self._test_order, self._test_pos = np.zeros(0, np.int64), 0
        self._caption = lambda: ""                    # re-worded on a language change

        self.canvas = DrawingCanvas()
        self.brush, self.eraser, self.undo_button, self.clear_button = canvas_tools(self.canvas, self, brush=26)
        self.load_button = self._make(QPushButton(), "pad_load_test")
        self.picture_button = self._make(QPushButton(), "pad_open_picture")
        self.label_box = self._make(QComboBox(), "pad_label")
        self.label_box.addItem("?", None)
        for k in range(10):
            self.label_box.addItem(str(k), k)
        self.train_button = self._make(QPushButton(), "pad_train")
        self.follow = self._make(QCheckBox(), "pad_follow")
        info_panel = QLabel()
        self.info = info_button("", info_panel)
        self.brush_name, self.label_name = QLabel(), QLabel()
        tools = QGridLayout()
        for row, widgets in enumerate(((self.brush_name, self.brush, self.eraser),
                                       (self.undo_button, self.clear_button, self.load_button),
                                       (self.label_name, self.label_box, self.train_button))):
            for col, w in enumerate(widgets):
                tools.addWidget(w, row, col)
        tools.addWidget(self.follow, 3, 0, 1, 2)
        tools.addWidget(self.info, 3, 2, Qt.AlignRight)
        tools.addWidget(self.picture_button, 4, 0, 1, 3)
        left = QVBoxLayout()
        left.addWidget(self.canvas)
        left.addLayout(tools)
        left.addStretch(1)

        self.middle = PadInput()
        self.input_image, self.input_note, self.gradient_image = (self.middle.input_image, self.middle.input_note,
                                                                  self.middle.gradient_image)

        self.plot = AnswerPlot()
        self.bars, self.before_bars, self.note = self.plot.bars, self.plot.before_bars, self.plot.note
        self.caption = self._make(QLabel(), "pad_caption")
        self.caption.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        right.addWidget(self.caption)
        top = self.arrangement = QBoxLayout(QBoxLayout.LeftToRight)   # stacked when the pad is narrow
        top.addLayout(left)
        top.addWidget(self.middle)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(info_panel)
        layout.addLayout(top, 1)
        self.stages = PadStages()
        layout.addWidget(self.stages)
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence.Paste, self, context=Qt.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_picture)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UPDATE_MS)
        self._timer.timeout.connect(self.update_prediction)
        self.canvas.changed.connect(lambda: self._timer.isActive() or self._timer.start())
        self.canvas.stroke_started.connect(lambda: setattr(self, "source", "your drawing"))
        self.canvas.stroke_finished.connect(self.update_prediction)
        self.load_button.clicked.connect(lambda: self.load_test_digit())
        self.picture_button.clicked.connect(self.open_picture)
        self.train_button.clicked.connect(self.train)
        self.label_box.currentIndexChanged.connect(lambda _: self._label_changed())
        self.follow.toggled.connect(lambda on: on and self._follow())
        self.retranslate()
        self.clear()

    def eventFilter(self, watched, event) -> bool:
        """Canvas, 28×28 input and probabilities side by side when the space shown (the dock's
        scroll area) has room for all three, else stacked: always whole, never cut off."""
        if event.type() == QEvent.Resize and watched is self.parentWidget():
            a = self.arrangement
            need = sum(a.itemAt(i).minimumSize().width() for i in range(a.count())) + 3 * a.spacing() + 8
            a.setDirection(QBoxLayout.LeftToRight if event.size().width() >= need else QBoxLayout.TopToBottom)
        return False

    def showEvent(self, event) -> None:
        if self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)
        super().showEvent(event)

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        retranslate_tools(self.brush, self.eraser, self.undo_button, self.clear_button)
        self.brush_name.setText(self.tr("brush"))
        self.label_name.setText(self.tr("true label"))
        self.load_button.setText(self.tr("Load a test digit"))
        self.load_button.setToolTip(self.tr("Put a real MNIST test image on the pad: what the network was trained on"))
        self.label_box.setToolTip(self.tr("The digit you meant: the target for 'Train on it' (? = not said)"))
        self.label_name.setToolTip(self.label_box.toolTip())
        self._retranslate_pictures()
        self.train_button.setText(self.tr("Train on it"))
        self.train_button.setToolTip(self.tr("One backpropagation step on your drawing with this label (updates the "
                                             "weights)"))
        self.follow.setText(self.tr("follow the drawing"))
        self.follow.setToolTip(self.tr("Make the drawing the probe sample: the inside-the-network views show its "
                                       "forward pass (and, with a true label chosen, its backward pass) as you draw"))
        self.caption.setText(self._caption())
        if self.probabilities is None:
            self.plot.show_blank(self._blank_text())

    def _set_caption(self, text) -> None:
        """The caption ``text()`` (a callable, so a language change can re-word it)."""
        self._caption = text
        self.caption.setText(text())

    @staticmethod
    def _make(widget, name: str):
        widget.setObjectName(name)
        return widget

    # -- inputs ----------------------------------------------------------------------------------------
    @property
    def gradient(self) -> np.ndarray | None:
        """∂E/∂x (28, 28) of the last "Train on it", or ``None``."""
        return self.middle.gradient

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

    def _follow(self) -> None:
        """Make the shown input the probe (once the engine has prepared the current drawing)."""
        if not self.canvas.is_blank() and self._drawn == self._revision:
            self.probe_requested.emit(self.pixels.copy(), self.label, self.source)

    # -- snapshots ------------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        """Use ``snapshot.network`` for the live answer; show the effect of a pending "Train on it"."""
        old, self.snapshot = self.snapshot, snapshot
        self.plot.set_output(snapshot.config.output)
        if self._answers_request(snapshot):
            self._show_training(snapshot)
        elif old is None or snapshot.network is not old.network:
            self._ask()                 # the newer network's answer

    def _update_buttons(self) -> None:
        drawn = not self.canvas.is_blank()
        self.train_button.setEnabled(drawn and self.label is not None and self.snapshot is not None
                                     and self._drawn == self._revision)   # once the engine prepared it
        self.undo_button.setEnabled(self.canvas.can_undo)
        self.load_button.setEnabled(len(self._test[0]) > 0)

    def clear(self) -> None:
        """Blank pad and no network answer until the next snapshot (undo can bring the drawing back)."""
        self.snapshot, self.before, self._pending = None, None, None
        self.canvas.clear()
        self.update_prediction()
