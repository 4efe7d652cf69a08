"""The drawing pad's middle column: the input the network really gets, and the gradient of a step on it.

:class:`PadInput` shows the drawing after MNIST-style preprocessing — the 28×28 input
``x`` (white ink on black) — with a note on what the preprocessing did, and below it,
after "Train on it", the gradient of that step's loss with respect to every input pixel,
``∂E/∂x = W₁·δ₁``, on the blue–white–red scale (blue: more ink here lowers the loss).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable

from .thumbnails import gray_image, signed_image, zoomed

SIDE = 140
PLACEHOLDER = QT_TRANSLATE_NOOP("PadInput", "Train on it to see\nthe gradient of\nthe step here")


class PadInput(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.gradient: np.ndarray | None = None      # ∂E/∂x (28, 28) of the last "Train on it"
        self._note = lambda: ""                       # re-worded on a language change
        self.title = QLabel()
        self.input_image = QLabel()
        self.input_image.setObjectName("pad_input")
        self.input_note = QLabel()
        self.input_note.setObjectName("pad_input_note")
        self.gradient_image = QLabel()
        self.gradient_image.setObjectName("pad_gradient")
        self.gradient_image.setAlignment(Qt.AlignCenter)
        self.gradient_note = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.input_image, self.input_note, self.gradient_image, self.gradient_note):
            layout.addWidget(w)
        layout.addStretch(1)
        for image in (self.input_image, self.gradient_image):
            image.setFixedSize(SIDE, SIDE)
        for note in (self.input_note, self.gradient_note):
            note.setWordWrap(True)
            note.setFixedWidth(SIDE + 20)
        self.retranslate()
        self.reset_gradient()

    def retranslate(self) -> None:
        self.title.setText(self.tr("<b>network input x</b> (28×28)"))
        self.input_image.setToolTip(self.tr("The 28×28 input x the network gets (white = ink)"))
        self.gradient_image.setToolTip(self.tr("The gradient of the loss of the last 'Train on it' step with respect "
                                               "to each input pixel, ∂E/∂x = W₁·δ₁ (backpropagated one layer further "
                                               "than the weights)"))
        self.gradient_note.setText(self.tr("∂E/∂x of the step: <span style='color:#2166ac'>blue</span> = more ink "
                                           "here lowers the loss, <span style='color:#b2182b'>red</span> raises it"))
        if self.gradient is None:
            self.gradient_image.setText(self.tr(PLACEHOLDER))
        self.input_note.setText(self._note())

    def show_input(self, pixels: np.ndarray, note) -> None:
        """The 28×28 uint8 input and ``note()``, a callable giving the note in the current language."""
        self.input_image.setPixmap(zoomed(gray_image(pixels), SIDE))
        self._note = note
        self.input_note.setText(note())

    def show_gradient(self, grad: np.ndarray) -> None:
        self.gradient = grad
        self.gradient_image.setStyleSheet("")
        self.gradient_image.setPixmap(zoomed(signed_image(grad), SIDE))

    def reset_gradient(self) -> None:
        placeholder = self.tr(PLACEHOLDER)
        if self.gradient is None and self.gradient_image.text() == placeholder:
            return
        self.gradient = None
        self.gradient_image.clear()
        self.gradient_image.setText(placeholder)
        self.gradient_image.setStyleSheet("color: #777; border: 1px dashed #bbb;")
