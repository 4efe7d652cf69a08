"""The network's answer for one input as bars: ``a_L`` per class, optionally before and after.

Blue marks the predicted class, green the true label when one is known. After a training
step on the input, :meth:`AnswerPlot.show_answer` with ``before`` draws the answer before the
step as grey bars beside the new ones, so the change is visible at a glance. For softmax
outputs the bars are class probabilities; for sigmoid outputs, activations in 0..1.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from backprop_viz.gui.i18n import Retranslatable

from .common import plot_note, set_label, set_note, set_title

BAR, PREDICTED, LABEL, BEFORE = (150, 165, 200), (31, 119, 180), (44, 160, 44), (200, 200, 200)


class AnswerPlot(Retranslatable, pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pad_plot")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setYRange(0, 1, padding=0.02)
        self.setXRange(-0.6, 9.6, padding=0)
        self.showGrid(y=True, alpha=0.2)
        self.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        self.before_bars = pg.BarGraphItem(x=np.arange(10) - 0.2, height=np.zeros(10), width=0.38, brush=BEFORE,
                                           pen=pg.mkPen(150, 150, 150))
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=BAR)
        self.addItem(self.before_bars)
        self.addItem(self.bars)
        self.note = plot_note(self.getPlotItem())
        self.output = None
        self._last = None            # the last show_answer call, to re-word its title
        self.set_output("softmax")
        self.retranslate()

    def retranslate(self) -> None:
        set_label(self.getPlotItem(), "bottom", self.tr("class"))
        output, self.output = self.output, None
        self.set_output(output)
        self.setToolTip(self.tr("The network's output a_L for the input, one bar per class: blue the prediction, "
                                "green the true label, grey the answer before the last training step"))
        if self._last is None:
            set_title(self.getPlotItem(), self.tr("the network's answer"))
        else:
            self._title(*self._last)

    def set_output(self, output: str) -> None:
        """The output activation: names the y axis."""
        if output != self.output:
            self.output = output
            set_label(self.getPlotItem(), "left", self.tr("probability (softmax a_L)") if output == "softmax" else
                      self.tr("output a_L ({0})").format(output))

    def show_blank(self, note: str) -> None:
        self.bars.setOpts(x=np.arange(10), height=np.zeros(10), width=0.7, brushes=[pg.mkBrush(BAR)] * 10)
        self.before_bars.hide()
        set_note(self.note, note)
        self._last = None
        set_title(self.getPlotItem(), self.tr("the network's answer"))

    def show_answer(self, out: np.ndarray, label: int | None = None, before: np.ndarray | None = None) -> int:
        """Bars for ``out`` (grey ``before`` bars beside them if given); returns the predicted class."""
        n, pred, paired = len(out), int(np.argmax(out)), before is not None
        brushes = [pg.mkBrush(LABEL if k == label else PREDICTED if k == pred else BAR) for k in range(n)]
        self.bars.setOpts(x=np.arange(n) + (0.2 if paired else 0.0), height=out, width=0.38 if paired else 0.7,
                          brushes=brushes)
        self.before_bars.setVisible(paired)
        if paired:
            self.before_bars.setOpts(x=np.arange(n) - 0.2, height=before)
        set_note(self.note, None)
        self._last = (pred, float(out[pred]))
        self._title(*self._last)
        return pred

    def _title(self, pred: int, value: float) -> None:
        title = (self.tr("prediction: {0}   (probability {1:.2f})") if self.output == "softmax" else
                 self.tr("prediction: {0}   (a_L {1:.2f})"))
        set_title(self.getPlotItem(), title.format(pred, value))
