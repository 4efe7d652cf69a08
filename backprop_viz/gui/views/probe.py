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
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import source_text

from .common import info_button

BAR = (120, 140, 200)
TRUE = (44, 160, 44)
WRONG = (214, 39, 40)


INFO = QT_TRANSLATE_NOOP(
    "ProbeView", "One test image followed through training. Top: the input x the network sees (28×28 pixels, "
    "scaled). Bottom: the output layer's activations a_L = f(z_L), one bar per class — for a softmax output the "
    "probabilities p_k = e^z_k / Σ_m e^z_m, which sum to 1. Green: the true label; red: a wrong prediction "
    "(the largest a_L). An untrained network answers nearly uniformly (about 0.1 everywhere); watch the green "
    "bar grow as training goes on. ◀ / ▶ or the index box pick another sample.")


class ProbeView(Retranslatable, QWidget):
    probe_requested = Signal(int)   # index into the evaluation set

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("probe_view")
        self.index = 0
        self._shown = None   # (probe, index, eval_name) on screen
        self.image_plot = pg.PlotWidget()
        self.image_plot.setAspectLocked(True)
        self.image_plot.invertY(True)
        self.image_plot.hideAxis("left")
        self.image_plot.hideAxis("bottom")
        self.image_plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(np.zeros((28, 28)), levels=(0, 1))
        self.image_plot.addItem(self.image)
        self.image_plot.setMinimumSize(150, 150)

        self.bar_plot = pg.PlotWidget()
        self.bar_plot.setYRange(0, 1, padding=0.02)
        self.bar_plot.setMouseEnabled(False, False)
        self.bar_plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=BAR)
        self.bar_plot.addItem(self.bars)

        self.caption = QLabel()
        self.caption.setObjectName("probe_caption")
        self.caption.setWordWrap(True)
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.index_box = QSpinBox()
        self.index_box.setRange(0, 9999)
        self.sample_name = QLabel()
        info_panel = QLabel()
        self.info = info_button("", info_panel)
        nav = QHBoxLayout()
        nav.addWidget(self.sample_name)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.index_box)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.info)
        plots = QVBoxLayout()
        plots.addWidget(self.image_plot, 2)
        plots.addWidget(self.bar_plot, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(info_panel)
        layout.addLayout(plots, 1)
        layout.addWidget(self.caption)
        layout.addLayout(nav)
        self.prev_button.clicked.connect(lambda: self.probe_requested.emit(self.index - 1))
        self.next_button.clicked.connect(lambda: self.probe_requested.emit(self.index + 1))
        self.index_box.editingFinished.connect(lambda: self.probe_requested.emit(self.index_box.value()))
        self.retranslate()

    def retranslate(self) -> None:
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        self.image_plot.setTitle(self.tr("input x (28×28)"))
        self.bar_plot.setTitle(self.tr("output a_L"))
        self.bar_plot.setLabel("bottom", self.tr("class"))
        self.bar_plot.setLabel("left", self.tr("activation a_L"))
        self.prev_button.setToolTip(self.tr("Previous test sample"))
        self.next_button.setToolTip(self.tr("Next test sample"))
        self.index_box.setToolTip(self.tr("Index of the probe sample in the test (or validation) set; any of "
                                          "0 … {0} works").format(self.index_box.maximum()))
        self.sample_name.setText(self.tr("probe sample"))
        if self._shown is None:
            self.caption.setText(self.tr("Loading MNIST…"))
        else:
            self.show_probe(*self._shown)

    def set_eval_size(self, n: int) -> None:
        self.index_box.setMaximum(max(n - 1, 0))
        self.retranslate()

    def show_probe(self, probe, index: int, eval_name: str = "test") -> None:
        """Display the probe sample's trace (a :class:`~backprop_viz.core.trace.StepTrace` with N = 1),
        captioned with where the sample came from (its ``source``); ``index`` is the evaluation
        sample the arrows step from."""
        self._shown = (probe, index, eval_name)
        self.index = index
        self.index_box.blockSignals(True)
        self.index_box.setValue(index)
        self.index_box.blockSignals(False)
        x = probe.x.reshape(28, 28) if probe.x.size == 784 else probe.x.reshape(1, -1)
        lo, hi = float(x.min()), float(x.max())
        self.image.setImage(x, autoLevels=False, levels=(lo, hi if hi > lo else lo + 1))
        out = np.asarray(probe.output, dtype=float).reshape(-1)
        n = len(out)
        pred = int(np.argmax(out))
        brushes = [pg.mkBrush(TRUE if k == probe.label else WRONG if k == pred else BAR) for k in range(n)]
        self.bars.setOpts(x=np.arange(n), height=out, brushes=brushes)
        y_range = (min(0.0, float(out.min())), max(1.0, float(out.max())))
        if y_range != getattr(self, "_y_range", None):  # re-render the axis only when it changes
            self._y_range = y_range
            self.bar_plot.setYRange(*y_range, padding=0.02)
        verdict = self.tr("right") if pred == probe.label else self.tr("wrong")
        loss = self.tr(", loss E = {0:.4f}").format(probe.loss) if probe.loss is not None else ""
        self.caption.setText(self.tr("{source}: label {label} → predicted {pred} (a_L = {a:.3f}, {verdict}){loss}")
                             .format(source=source_text(probe.source or f"{eval_name} sample #{index}"), label=probe.label,
                                     pred=pred, a=out[pred], verdict=verdict, loss=loss))
