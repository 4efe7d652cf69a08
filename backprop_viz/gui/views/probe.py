"""The probe sample: one test image and the network's answer for it, live.

Above, the 28×28 input ``x`` the network sees; below, the output layer's activations
``a_L`` — the class probabilities for softmax — as bars, the true label's bar in
green. Before any training this shows the freshly initialised network's guess, which
is close to uniform: a newcomer sees at once what "untrained" means. ◀ / ▶ pick
another test sample (the worker computes its forward pass in evaluation mode).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

BAR = (120, 140, 200)
TRUE = (44, 160, 44)
WRONG = (214, 39, 40)


class ProbeView(QWidget):
    probe_requested = Signal(int)   # index into the evaluation set

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("probe_view")
        self.index = 0
        self.image_plot = pg.PlotWidget()
        self.image_plot.setTitle("input x (28×28)")
        self.image_plot.setAspectLocked(True)
        self.image_plot.invertY(True)
        self.image_plot.hideAxis("left")
        self.image_plot.hideAxis("bottom")
        self.image_plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(np.zeros((28, 28)), levels=(0, 1))
        self.image_plot.addItem(self.image)
        self.image_plot.setMinimumSize(150, 150)

        self.bar_plot = pg.PlotWidget()
        self.bar_plot.setTitle("output a_L")
        self.bar_plot.setLabel("bottom", "class")
        self.bar_plot.setLabel("left", "activation a_L")
        self.bar_plot.setYRange(0, 1, padding=0.02)
        self.bar_plot.setMouseEnabled(False, False)
        self.bar_plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=BAR)
        self.bar_plot.addItem(self.bars)

        self.caption = QLabel("Loading MNIST…")
        self.caption.setObjectName("probe_caption")
        self.caption.setWordWrap(True)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip("Previous test sample")
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip("Next test sample")
        self.index_box = QSpinBox()
        self.index_box.setRange(0, 9999)
        self.index_box.setToolTip("Index of the probe sample in the test (or validation) set")
        nav = QHBoxLayout()
        nav.addWidget(QLabel("probe sample"))
        nav.addWidget(self.prev_button)
        nav.addWidget(self.index_box)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        plots = QVBoxLayout()
        plots.addWidget(self.image_plot, 2)
        plots.addWidget(self.bar_plot, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(plots, 1)
        layout.addWidget(self.caption)
        layout.addLayout(nav)
        self.prev_button.clicked.connect(lambda: self.probe_requested.emit(self.index - 1))
        self.next_button.clicked.connect(lambda: self.probe_requested.emit(self.index + 1))
        self.index_box.editingFinished.connect(lambda: self.probe_requested.emit(self.index_box.value()))

    def set_eval_size(self, n: int) -> None:
        self.index_box.setMaximum(max(n - 1, 0))

    def show_probe(self, probe, index: int, eval_name: str = "test") -> None:
        """Display a :class:`~backprop_viz.core.probe.ProbeTrace`."""
        self.index = index
        self.index_box.blockSignals(True)
        self.index_box.setValue(index)
        self.index_box.blockSignals(False)
        x = probe.x.reshape(28, 28) if probe.x.size == 784 else probe.x.reshape(1, -1)
        lo, hi = float(x.min()), float(x.max())
        self.image.setImage(x, autoLevels=False, levels=(lo, hi if hi > lo else lo + 1))
        out = np.asarray(probe.output, dtype=float)
        n = len(out)
        pred = int(np.argmax(out))
        brushes = [pg.mkBrush(TRUE if k == probe.label else WRONG if k == pred else BAR) for k in range(n)]
        self.bars.setOpts(x=np.arange(n), height=out, brushes=brushes)
        y_range = (min(0.0, float(out.min())), max(1.0, float(out.max())))
        if y_range != getattr(self, "_y_range", None):  # re-render the axis only when it changes
            self._y_range = y_range
            self.bar_plot.setYRange(*y_range, padding=0.02)
        verdict = "right" if pred == probe.label else "wrong"
        loss = f", loss E = {probe.loss:.4f}" if probe.loss is not None else ""
        self.caption.setText(f"{eval_name} sample #{index}: label {probe.label} → predicted {pred} "
                             f"(a_L = {out[pred]:.3f}, {verdict}){loss}")
