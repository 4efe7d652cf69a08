"""Inside one layer: what the forward pass computed and the backward pass sent back, live.

Pick a layer (1 … L). *Histograms* shows the distribution, in 64 fixed bins, of the
layer's pre-activations ``z``, activations ``a``, error signals ``delta`` and weight
gradient ``dW`` for the current minibatch. *Minibatch heatmaps* (:mod:`.layer_heatmaps`) shows
``a`` and ``delta`` for every sample (row) and unit (column), with colour bars; hover
reads one value. *Over time* charts, per shown step, the activation spread ``std(a)``, the
fraction of dead ReLUs (or saturated sigmoid/tanh units), the gradient norm ``‖dW‖``
and the update ratio ``‖ΔW‖/‖W‖`` against the customary 1e-3 guide (log axes).
Before the first step the views show the freshly initialised network on the probe
sample. Only the visible tab is redrawn, and only when its data changed.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import phase_name

from .common import (follow_range, info_button, layer_labels, light, plain_axes, plot_note, set_info, set_label,
                     set_note, set_title)
from .layer_charts import LayerCharts
from .layer_heatmaps import LayerHeatmaps

BINS = 64
KINDS = ("z", "a", "delta", "dW")
HIST_TITLES = {"z": QT_TRANSLATE_NOOP("LayerViews", "z = a_prev·W + b   (pre-activation)"),
               "a": QT_TRANSLATE_NOOP("LayerViews", "a = f(z)   (activation)"),
               "delta": QT_TRANSLATE_NOOP("LayerViews", "δ = ∂E/∂z   (error signal)"),
               "dW": QT_TRANSLATE_NOOP("LayerViews", "dW = a_prevᵀ·δ   (weight gradient)")}
HIST_COLORS = {"z": (31, 119, 180), "a": (44, 160, 44), "delta": (214, 39, 40), "dW": (148, 103, 189)}
SYMBOLS = {"z": "z", "a": "a", "delta": "δ", "dW": "dW"}   # the lecture's notation, in every language
AFTER_BACKWARD = QT_TRANSLATE_NOOP("LayerViews", "available after the backward phase\n(press Phase again, or Step)")
INFO = QT_TRANSLATE_NOOP(
    "LayerViews", "One layer l of the network, for the current minibatch of N samples. Forward pass: "
    "z = a_prev·W + b, a = f(z). Backward pass: δ = ∂E/∂z, E being the mean loss over the N samples — at a "
    "softmax + cross-entropy output δ = (a − t)/N, in a hidden layer δ = (δ_next·W_nextᵀ) ⊙ f′(z) — and the "
    "weight gradient dW = a_prevᵀ·δ, a sum over the samples. Histograms: how the values spread (64 bins). "
    "Heatmaps: one row per sample, one column per unit. Over time: a healthy layer keeps std(a) roughly "
    "steady, few dead ReLUs (dead: z ≤ 0 for every sample of the batch) and an update ratio ‖ΔW‖/‖W‖ near "
    "1e-3 (dashed line): far below, learning crawls; far above, it is unstable. Before the first step you "
    "see the untrained network on the probe sample.")


def _layer_arrays(snapshot, i: int) -> tuple[dict, str]:
    """The arrays of layer ``i`` (0-based) to show and a caption saying where they come from."""
    trace = snapshot.trace
    if trace is not None and i < len(trace.layers) and trace.layers[i].z is not None:
        lt = trace.layers[i]
        return ({"z": lt.z, "a": lt.a, "delta": lt.delta, "dW": lt.dW},
                QCoreApplication.translate("LayerViews", "minibatch of {0} · step {1} · {2} phase done").format(
                    trace.batch_size, trace.step, phase_name(trace.phase)))
    probe = snapshot.probe
    if probe is None or i >= len(probe.z):
        return dict.fromkeys(KINDS), QCoreApplication.translate("LayerViews", "no data yet")
    delta = probe.delta[i] if probe.delta is not None else None
    dW = probe.dW[i] if probe.dW is not None else None   # the engine's probe carries dW with delta
    what = (QCoreApplication.translate("LayerViews", "untrained network") if trace is None else
            QCoreApplication.translate("LayerViews", "probe (this step kept no arrays)"))
    return ({"z": probe.z[i], "a": probe.a[i], "delta": delta, "dW": dW},
            QCoreApplication.translate("LayerViews", "probe sample #{0} (one sample) · {1}").format(
                snapshot.probe_index, what))


class LayerViews(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_views")
        self._snapshot = None
        self._run_id = None
        self._labels: list[str] = []
        self._rendered: tuple | None = None

        self.layer_box = QComboBox()
        self.layer_box.setObjectName("layer_select")
        self.layer_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.source = QLabel()
        self.source.setObjectName("layer_source")
        self.log_counts = QCheckBox()
        self.log_counts.setObjectName("log_counts")
        self.layer_name = QLabel()
        info_panel = QLabel()
        self.info = info_button("", info_panel)
        top = QHBoxLayout()
        top.addWidget(self.layer_name)
        top.addWidget(self.layer_box)
        top.addWidget(self.source, 1)
        top.addWidget(self.log_counts)
        top.addWidget(self.info)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("layer_tabs")
        self._build_histograms()
        self._build_heatmaps()
        self._build_charts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(info_panel)
        layout.addWidget(self.tabs, 1)
        self.layer_box.currentIndexChanged.connect(self._on_layer)
        self.tabs.currentChanged.connect(lambda _: self._render())
        self.log_counts.toggled.connect(self._show_counts)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        """Static texts, then everything drawn from the snapshot again in the current language."""
        set_info(self, self.tr(INFO))
        self.layer_name.setText(self.tr("layer"))
        self.layer_box.setToolTip(self.tr("Which layer to look inside (layer 1 gets the pixels, layer L is the "
                                          "output)"))
        self.log_counts.setText(self.tr("log counts"))
        self.log_counts.setToolTip(self.tr("Histogram heights as log₁₀(1 + count): rare values stay visible next "
                                           "to a tall spike (e.g. the many exact zeros of ReLU units)"))
        for k, text in enumerate((self.tr("Histograms"), self.tr("Minibatch heatmaps"), self.tr("Over time"))):
            self.tabs.setTabText(k, text)
        for kind, p in self.hist_plots.items():
            set_title(p, self.tr(HIST_TITLES[kind]))
            set_label(p, "bottom", self.tr("value of {0}").format(SYMBOLS[kind]))
            p.setToolTip(self.tr("Histogram of every value of {0} in this layer, 64 equal-width bins.")
                         .format(SYMBOLS[kind]))
        self._show_counts()
        if self._snapshot is None:
            waiting = self.tr("waiting for the network…")
            self.source.setText(waiting)
            self._draw_histograms(dict.fromkeys(KINDS), waiting)
            self.heatmaps.draw(dict.fromkeys(KINDS), waiting)
        else:
            labels = layer_labels(self._snapshot.config)
            for i, text in enumerate(labels[:self.layer_box.count()]):
                self.layer_box.setItemText(i, text)
            self._labels = labels
            self._rendered = None
            self.charts.dirty = True
            self.source.setText(_layer_arrays(self._snapshot, self.layer - 1)[1])
            self._render()

    # -- construction ------------------------------------------------------------------------------
    def _build_histograms(self) -> None:
        g = pg.GraphicsLayoutWidget()
        self.hist_plots, self.hist_items, self.hist_notes, self._hist = {}, {}, {}, {}
        for k, kind in enumerate(KINDS):
            p = g.addPlot(row=k // 2, col=k % 2)
            plain_axes(p)
            p.setMouseEnabled(False, False)
            color = HIST_COLORS[kind]
            item = p.plot(np.array([0.0, 1.0]), np.array([0.0]), stepMode="center", fillLevel=0,
                          brush=light(color), pen=pg.mkPen(color, width=1))
            self.hist_plots[kind], self.hist_items[kind], self.hist_notes[kind] = p, item, plot_note(p)
        self.tabs.addTab(g, "")

    def _build_heatmaps(self) -> None:
        self.heatmaps = LayerHeatmaps()
        hm = self.heatmaps   # its parts, as the tests and the lead's wiring know them
        self.heat_plots, self.heat_images, self.heat_bars, self.heat_notes, self.heat_hover = (
            hm.plots, hm.images, hm.bars, hm.notes, hm.hover)
        self.tabs.addTab(hm, "")

    def _build_charts(self) -> None:
        self.charts = LayerCharts()
        self.tabs.addTab(self.charts, "")

    # -- public API ----------------------------------------------------------------------------------
    @property
    def layer(self) -> int:
        """The selected layer, 1-based."""
        return self.layer_box.currentIndex() + 1

    def set_layer(self, layer: int) -> None:
        self.layer_box.setCurrentIndex(layer - 1)

    def histogram_counts(self, kind: str) -> np.ndarray:
        """The counts the ``kind`` histogram shows (empty when it shows a note instead)."""
        return self._hist.get(kind, (None, np.zeros(0)))[1]

    def histogram_edges(self, kind: str) -> np.ndarray:
        return self._hist.get(kind, (np.zeros(0), None))[0]

    def heatmap_image(self, kind: str) -> np.ndarray:
        return self.heat_images[kind].image

    def chart_data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """``(steps, values)`` of a chart over time (``frac`` is dead or saturated units)."""
        return self.charts.data(key)

    def clear(self) -> None:
        self._snapshot = None
        self._rendered = None
        self.charts.reset(len(self._labels))
        waiting = self.tr("waiting for the network…")
        self.source.setText(waiting)
        self._draw_histograms(dict.fromkeys(KINDS), waiting)
        self.heatmaps.draw(dict.fromkeys(KINDS), waiting)

    def show_snapshot(self, snapshot) -> None:
        if snapshot is self._snapshot:
            return
        if snapshot.run_id != self._run_id:
            self.clear()
            self._run_id = snapshot.run_id
        self._sync_layers(snapshot)
        self.charts.record(snapshot.trace, self.layer)
        self._snapshot = snapshot
        self._render()

    # -- data ----------------------------------------------------------------------------------------
    def _sync_layers(self, snapshot) -> None:
        labels = layer_labels(snapshot.config)
        if labels == self._labels:
            return
        self._labels = labels
        keep = self.layer_box.currentIndex()
        L = len(labels)
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems(labels)
        self.layer_box.setCurrentIndex(min(max(keep, 0), L - 1))
        self.layer_box.blockSignals(False)
        self.charts.reset(L)

    def _on_layer(self, _index: int) -> None:
        self.charts.dirty = True
        self._render()

    # -- drawing -------------------------------------------------------------------------------------
    def _render(self) -> None:
        s = self._snapshot
        if s is None or self.layer_box.count() == 0:
            return
        tab = self.tabs.currentIndex()
        if tab == 2:
            c = s.config
            self.charts.draw(self.layer, c.output if self.layer == len(self._labels) else c.activation)
            return
        key = (s.trace, s.probe, self.layer, tab)
        last = self._rendered
        if last is not None and last[0] is s.trace and last[1] is s.probe and last[2:] == key[2:]:
            return
        self._rendered = key
        arrays, caption = _layer_arrays(s, self.layer - 1)
        self.source.setText(caption)
        if tab == 0:
            self._draw_histograms(arrays)
        else:
            from_probe = s.trace is None or s.trace.layers[self.layer - 1].z is None
            self.heatmaps.layer = self.layer
            self.heatmaps.draw(arrays, probe=s.probe_index if from_probe else None)

    def _draw_histograms(self, arrays: dict, missing: str | None = None) -> None:
        for kind in KINDS:
            arr = arrays[kind]
            if arr is None:
                self._hist.pop(kind, None)
                set_note(self.hist_notes[kind], missing or (self.tr(AFTER_BACKWARD) if kind in ("delta", "dW")
                                                            else self.tr("no data")))
            else:
                counts, edges = np.histogram(arr, bins=BINS)
                self._hist[kind] = (edges, counts)
                set_note(self.hist_notes[kind], None)
        self._show_counts()

    def _show_counts(self) -> None:
        log = self.log_counts.isChecked()
        for kind in KINDS:
            set_label(self.hist_plots[kind], "left", self.tr("log₁₀(1 + count)") if log else self.tr("count"))
            if kind not in self._hist:
                self.hist_items[kind].setData([], [])
                continue
            edges, counts = self._hist[kind]
            heights = np.log10(1.0 + counts) if log else counts
            self.hist_items[kind].setData(edges, heights, stepMode="center")
            follow_range(self.hist_plots[kind], (edges[0], edges[-1]), (0.0, float(heights.max())))
