"""Inside one layer: what the forward pass computed and the backward pass sent back, live.

Pick a layer (1 … L). *Histograms* (:mod:`.layer_histograms`) shows the distribution, in 64 fixed bins, of the
layer's pre-activations ``z``, activations ``a``, error signals ``delta`` and weight
gradient ``dW`` for the current minibatch. *Minibatch heatmaps* (:mod:`.layer_heatmaps`) shows
``a`` and ``delta`` for every sample (row) and unit (column), with colour bars; hover
reads one value. *Over time* charts, per shown step, the activation spread ``std(a)``, the
fraction of dead ReLUs (or saturated sigmoid/tanh units), the gradient norm ``‖dW‖``
and the update ratio ``‖ΔW‖/‖W‖`` against the customary 1e-3 guide (log axes), from the
controller's history of every captured step (:meth:`LayerViews.set_engine`). NaN and infinite
values (a diverging run) are left out of the histograms, with a note saying how many.
Before the first step, and while the user follows an inspected sample, histograms and heatmaps
show the probe sample's own passes (N = 1). Only the visible tab is redrawn, when its data changed;
the heatmaps and charts tabs are built when first needed (:meth:`LayerViews.build_tabs`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from backprop_viz.gui.stats_history import StatsHistory

from backprop_viz.gui import presentation
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import phase_name

from .common import info_button, layer_labels, set_info
from .focus_bar import FocusBar, following, has_arrays, network_words, sample_caption, sample_number, shown_trace
from .layer_charts import LayerCharts
from .layer_histograms import BINS, KINDS, LayerHistograms  # noqa: F401 - BINS: as the tests know it
from .layer_heatmaps import LayerHeatmaps

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
    """The arrays of layer ``i`` (0-based) to show and a caption saying where they come from:
    one trace, the minibatch's or one sample's (:func:`.focus_bar.shown_trace`)."""
    trace = shown_trace(snapshot)
    if not has_arrays(trace) or i >= len(trace.layers):
        return dict.fromkeys(KINDS), QCoreApplication.translate("LayerViews", "no data yet")
    lt = trace.layers[i]
    arrays = {"z": lt.z, "a": lt.a, "delta": lt.delta, "dW": lt.dW}
    if not trace.is_sample:
        return arrays, QCoreApplication.translate("LayerViews", "minibatch of {0} · step {1} · {2} phase done").format(
            trace.batch_size, trace.step, phase_name(trace.phase))
    what = (_origin_words(snapshot, trace) if following(snapshot) or snapshot.trace is None else
            QCoreApplication.translate("LayerViews", "probe (this step kept no arrays)"))
    return arrays, QCoreApplication.translate("LayerViews", "{0} (one sample) · {1}").format(
        sample_caption(trace), what)


def _origin_words(snapshot, trace) -> str:
    """Which network the sample went through; one loaded from a file and not trained since says so."""
    if getattr(snapshot, "loaded_from", "") and trace.step == 0:
        return QCoreApplication.translate("LayerViews", "network loaded from {0}").format(
            snapshot.loaded_from.replace("\\", "/").rsplit("/", 1)[-1])
    return network_words(trace)


#: the parts of the heatmaps and charts tabs (reading one builds both)
LAZY = ("heatmaps", "charts", "heat_plots", "heat_images", "heat_bars", "heat_notes", "heat_hover")


class LayerViews(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_views")
        self._snapshot = None
        self._run_id = None
        self._labels: list[str] = []
        self._rendered: tuple | None = None
        self._turn = -1                        # the histogram counted last while training (see _render)
        self._history = StatsHistory()         # the charts' history (the controller's, once set_engine gives it)
        self._own_history = True

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
        self._pages = [QWidget(), QWidget()]   # the heatmaps and charts, built when first needed
        for page in self._pages:
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.focus_bar = FocusBar()
        layout.addWidget(self.focus_bar)
        layout.addLayout(top)
        layout.addWidget(info_panel)
        layout.addWidget(self.tabs, 1)
        self.layer_box.currentIndexChanged.connect(self._on_layer)
        self.tabs.currentChanged.connect(lambda index: (index and self.build_tabs(), self._render()))
        self.log_counts.toggled.connect(self.histograms.show_counts)
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
        self.histograms.retranslate()
        if self._snapshot is None:
            waiting = self.tr("waiting for the network…")
            self.source.setText(waiting)
            self.histograms.draw(dict.fromkeys(KINDS), waiting)
            if self.tabs_built:
                self.heatmaps.draw(dict.fromkeys(KINDS), waiting)
        else:
            labels = layer_labels(self._snapshot.config)
            for i, text in enumerate(labels[:self.layer_box.count()]):
                self.layer_box.setItemText(i, text)
            self._labels = labels
            self._rendered = None
            if self.tabs_built:
                self.charts.dirty = True
            self.source.setText(_layer_arrays(self._snapshot, self.layer - 1)[1])
            self._render()

    # -- construction ------------------------------------------------------------------------------
    def _build_histograms(self) -> None:
        self.histograms = LayerHistograms()
        h = self.histograms
        self.hist_plots, self.hist_items, self.hist_notes = h.plots, h.items, h.notes
        self.tabs.addTab(h, "")

    @property
    def tabs_built(self) -> bool:
        return "charts" in self.__dict__

    def build_tabs(self) -> None:
        """Build the heatmaps and charts tabs (once), caught up with what the view shows."""
        if self.tabs_built:
            return
        hm = LayerHeatmaps()   # its parts, as the tests and the lead's wiring know them
        self.heat_plots, self.heat_images, self.heat_bars, self.heat_notes, self.heat_hover = (
            hm.plots, hm.images, hm.bars, hm.notes, hm.hover)
        charts = LayerCharts()
        charts.use_history(self._history)      # (with the points recorded before the charts existed)
        for page, widget in zip(self._pages, (hm, charts)):
            page.layout().addWidget(widget)
        self.heatmaps, self.charts = hm, charts
        if self._snapshot is None:
            hm.draw(dict.fromkeys(KINDS), self.source.text())
        self._rendered = None
        if presentation.active():
            presentation.apply(self.window())   # (larger texts for the new plots too)

    def __getattr__(self, name: str):
        if name in LAZY and "_pages" in self.__dict__:
            self.build_tabs()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # -- public API ----------------------------------------------------------------------------------
    @property
    def layer(self) -> int:
        """The selected layer, 1-based."""
        return self.layer_box.currentIndex() + 1

    def set_layer(self, layer: int) -> None:
        self.layer_box.setCurrentIndex(layer - 1)

    def histogram_counts(self, kind: str) -> np.ndarray:
        """The counts the ``kind`` histogram shows (empty when it shows a note instead)."""
        return self.histograms.counts(kind)

    def histogram_edges(self, kind: str) -> np.ndarray:
        return self.histograms.edges(kind)

    def heatmap_image(self, kind: str) -> np.ndarray:
        return self.heat_images[kind].image

    def chart_data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """``(steps, values)`` of a chart over time (``frac`` is dead or saturated units)."""
        return self.charts.data(key)

    def set_engine(self, controller) -> None:
        """The charts over time draw the controller's history: every captured step, even those
        trained while this view was hidden."""
        self._history, self._own_history = controller.stats, False
        if self.tabs_built:
            self.charts.use_history(controller.stats)

    def clear(self) -> None:
        self._snapshot = None
        self.focus_bar.clear()
        self._rendered = None
        self._reset_charts()
        waiting = self.tr("waiting for the network…")
        self.source.setText(waiting)
        self.histograms.draw(dict.fromkeys(KINDS), waiting)
        if self.tabs_built:
            self.heatmaps.draw(dict.fromkeys(KINDS), waiting)

    def show_snapshot(self, snapshot) -> None:
        if snapshot is self._snapshot:
            return
        if snapshot.run_id != self._run_id:
            self.clear()
            self._run_id = snapshot.run_id
        self._sync_layers(snapshot)
        if self._own_history:       # (the charts draw it; a shared history is filled by its owner)
            self._history.record(snapshot)
        self._snapshot = snapshot
        self.focus_bar.show_snapshot(snapshot)
        self._render()

    # -- data ----------------------------------------------------------------------------------------
    def _sync_layers(self, snapshot) -> None:
        labels = layer_labels(snapshot.config)
        if labels == self._labels:
            return
        self._labels = labels
        keep = self.layer_box.currentIndex()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        self.layer_box.addItems(labels)
        self.layer_box.setCurrentIndex(min(max(keep, 0), len(labels) - 1))
        self.layer_box.blockSignals(False)
        self._reset_charts()

    def _reset_charts(self) -> None:
        """Clear the charts (and forget the points, when the history is the view's own)."""
        if self._own_history:
            self._history.clear()
        if self.tabs_built:
            self.charts.reset(len(self._labels))

    def _on_layer(self, _index: int) -> None:
        if self.tabs_built:
            self.charts.dirty = True
        self._render()

    # -- drawing -------------------------------------------------------------------------------------
    def _render(self) -> None:
        s = self._snapshot
        if s is None or self.layer_box.count() == 0:
            return
        tab = self.tabs.currentIndex()
        if tab == 2:
            self.charts.draw(self.layer, s.config.output if self.layer == len(self._labels) else s.config.activation)
            return
        shown = shown_trace(s)
        key = (shown, following(s), self.layer, tab)
        last = self._rendered
        # (a pause may resend the trace last drawn one histogram at a time: then all four are drawn)
        complete = tab != 0 or self._turn < 0 or s.state == "playing"
        if last is not None and last[0] is shown and last[1:] == key[1:] and complete:
            return
        # while training, one histogram a refresh in turn (each still ~7 times a second): counting
        # dW's values is the GUI's largest refresh cost; a pause or step redraws all four at once
        turn = s.state == "playing" and last is not None and last[1:] == key[1:]
        self._rendered = key
        arrays, caption = _layer_arrays(s, self.layer - 1)
        self.source.setText(caption)
        if tab == 0:
            self._turn = (self._turn + 1) % len(KINDS) if turn else -1
            self.histograms.draw(arrays, kinds=(KINDS[self._turn],) if turn else KINDS)
        else:
            one = shown is not None and shown.is_sample
            number = sample_number(shown) if one else None
            self.heatmaps.layer = self.layer
            self.heatmaps.draw(arrays, probe=(number if number is not None else "") if one else None)
