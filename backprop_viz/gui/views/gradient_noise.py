"""Gradient noise: how well each minibatch's gradient agrees with a large batch's.

While this view is on screen, each shown training step is followed by a
:class:`~backprop_viz.engine.noise_requests.GradientAgreement` request (one at a time; the
newest step wins): the engine returns the cosine between that minibatch's gradient and the
gradient on a fixed reference of 2,000 training samples at the same weights. The points are
plotted over the steps, coloured by batch size, with each batch size's mean: change the batch
size while training and see that small batches point in noisier directions.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from backprop_viz.engine.noise_requests import GradientAgreement
from backprop_viz.gui.i18n import Retranslatable

from .common import add_legend, plot_note, rename_legend, set_info, set_label, set_note
from .request_pace import RequestPace
from .scaffold import captioned_plot, view_layout

INFO = QT_TRANSLATE_NOOP(
    "GradientNoiseView", "A minibatch's gradient is an estimate of the gradient over all the data. Each point compares "
    "one shown minibatch's gradient with the gradient on a fixed set of 2,000 training samples at the same weights: "
    "cosine 1 means they point the same way, 0 unrelated, below 0 the minibatch pulls the other way. Small batches "
    "scatter far below 1 (noisy steps); large batches sit closer to 1. Change the batch size in the "
    "hyperparameters (a reset) and compare the colours. Computed only while this view is on screen.")
#: colours of successive batch sizes
COLOURS = [(31, 119, 180), (214, 39, 40), (44, 160, 44), (148, 103, 189), (255, 127, 14), (23, 190, 207)]


class GradientNoiseView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gradient_noise_view")
        self.engine = None
        self.job = None
        self._asked = None
        self._snapshot = None
        self.pace = RequestPace(rest=19)   # while playing: at most ~5 % of a core (a 2,000-sample gradient)
        self.points: dict[int, list[tuple[int, float]]] = {}   # batch size -> [(step, cosine)]
        self._offset = 0          # steps of earlier runs (a reset continues the x axis)
        self._last_step = 0
        self.caption, top, panel, self.widget, self.plot = captioned_plot(self, "noise_caption")
        self.plot.setYRange(-0.2, 1.0)
        self.legend = add_legend(self.plot, (-10, -10))
        self.scatters: dict[int, pg.PlotDataItem] = {}
        self.note = plot_note(self.plot)
        view_layout(self, top, panel, (self.widget, 1))
        self.retranslate()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        set_label(self.plot, "bottom", self.tr("training step"))
        set_label(self.plot, "left", self.tr("cosine(minibatch gradient, reference gradient)"))
        self.widget.setToolTip(self.tr("Each point: one minibatch's gradient against the 2,000-sample reference"))
        for size, item in self.scatters.items():
            self._rename(size, item)
        self._describe()

    def _rename(self, size: int, item) -> None:
        rename_legend(self.legend, item, self.tr("batch {0}").format(size))

    def set_engine(self, controller) -> None:
        self.engine = controller

    def clear(self) -> None:
        """A new run: the points stay (to compare batch sizes), later steps go on to the right."""
        self._offset = self._last_step
        self._asked, self._snapshot = None, None
        self._describe()

    def show_snapshot(self, snapshot) -> None:
        self._snapshot = snapshot
        trace = snapshot.trace
        if self.engine is None or trace is None or not trace.layers or trace.layers[0].delta is None:
            return
        key = (snapshot.run_id, trace.step)
        if key == self._asked or self.job is not None or not self.pace.may_ask(snapshot.state == "playing"):
            return
        self._asked = key
        self.pace.asked()
        self.job = self.engine.request(GradientAgreement, on_done=self._on_done, on_failed=self._on_failed)

    def _on_done(self, answer) -> None:
        self.job = None
        self.pace.answered()
        if math.isfinite(answer.cosine):
            step = self._offset + answer.step
            self._last_step = max(self._last_step, step)
            self.points.setdefault(answer.batch_size, []).append((step, answer.cosine))
            self._draw(answer.batch_size)
        self._describe()
        if self._snapshot is not None and self.isVisible():
            self.show_snapshot(self._snapshot)

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.pace.answered()
        set_note(self.note, message)

    def _draw(self, size: int) -> None:
        item = self.scatters.get(size)
        if item is None:
            colour = COLOURS[len(self.scatters) % len(COLOURS)]
            item = self.plot.plot(pen=None, symbol="o", symbolSize=5, symbolPen=None, symbolBrush=colour)
            self.scatters[size] = item
            self._rename(size, item)
        data = np.asarray(self.points[size])
        item.setData(data[:, 0], data[:, 1])

    def means(self) -> dict[int, float]:
        """Mean agreement of each batch size shown."""
        return {size: float(np.mean([c for _, c in pts])) for size, pts in self.points.items()}

    def _describe(self) -> None:
        if not self.points:
            set_note(self.note, self.tr("Train (Step or Play): each shown minibatch adds a point."))
            self.caption.setText(self.tr("Agreement of each minibatch's gradient with a 2,000-sample gradient"))
            return
        set_note(self.note, None)
        parts = [self.tr("batch {0}: mean {1:.2f} over {2} steps").format(size, mean, len(self.points[size]))
                 for size, mean in sorted(self.means().items())]
        self.caption.setText(self.tr("Mean agreement — {0}").format("; ".join(parts)))
