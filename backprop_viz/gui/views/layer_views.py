"""Inside one layer: what the forward pass computed and the backward pass sent back, live.

Pick a layer (1 … L). *Histograms* shows the distribution, in 64 fixed bins, of the
layer's pre-activations ``z``, activations ``a``, error signals ``delta`` and weight
gradient ``dW`` for the current minibatch. *Minibatch heatmaps* shows ``a`` and
``delta`` for every sample (row) and unit (column), with colour bars; hover reads one
value. *Over time* charts, per shown step, the activation spread ``std(a)``, the
fraction of dead ReLUs (or saturated sigmoid/tanh units), the gradient norm ``‖dW‖``
and the update ratio ``‖ΔW‖/‖W‖`` against the customary 1e-3 guide (log axes).
Before the first step the views show the freshly initialised network on the probe
sample. Only the visible tab is redrawn, and only when its data changed.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from .common import (DIVERGING, SEQUENTIAL, info_button, layer_labels, plain_axes, plot_note, set_label,
                     set_note, set_title, symmetric_levels, value_levels)
from .layer_charts import LayerCharts

BINS = 64
KINDS = ("z", "a", "delta", "dW")
HIST_TITLES = {"z": "z = a_prev·W + b   (pre-activation)", "a": "a = f(z)   (activation)",
               "delta": "δ = ∂E/∂z   (error signal)", "dW": "dW = a_prevᵀ·δ   (weight gradient)"}
HIST_COLORS = {"z": (31, 119, 180), "a": (44, 160, 44), "delta": (214, 39, 40), "dW": (148, 103, 189)}
AFTER_BACKWARD = "available after the backward phase\n(press Phase again, or Step)"
INFO = ("One layer l of the network, for the current minibatch of N samples. Forward pass: z = a_prev·W + b, "
        "a = f(z). Backward pass: δ = ∂E/∂z, E being the mean loss over the N samples — at a softmax + "
        "cross-entropy output δ = (a − t)/N, in a hidden layer δ = (δ_next·W_nextᵀ) ⊙ f′(z) — and the weight "
        "gradient dW = a_prevᵀ·δ, a sum over the samples. Histograms: how the values spread (64 bins). "
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
                f"minibatch of {trace.batch_size} · step {trace.step} · {trace.phase} phase done")
    probe = snapshot.probe
    if probe is None or i >= len(probe.z):
        return dict.fromkeys(KINDS), "no data yet"
    delta = probe.delta[i] if probe.delta is not None else None
    dW = probe.dW[i] if probe.dW is not None else None
    if dW is None and delta is not None:
        a_prev = probe.x if i == 0 else probe.a[i - 1]
        dW = a_prev.reshape(-1, 1) @ delta.reshape(1, -1)
    what = "untrained network" if trace is None else "probe (this step kept no arrays)"
    return ({"z": probe.z[i], "a": probe.a[i], "delta": delta, "dW": dW},
            f"probe sample #{snapshot.probe_index} (one sample) · {what}")


class LayerViews(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("layer_views")
        self.info_text = INFO
        self._snapshot = None
        self._run_id = None
        self._labels: list[str] = []
        self._rendered: tuple | None = None
        self._heat_arrays = None

        self.layer_box = QComboBox()
        self.layer_box.setObjectName("layer_select")
        self.layer_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.layer_box.setToolTip("Which layer to look inside (layer 1 gets the pixels, layer L is the output)")
        self.source = QLabel("waiting for the network…")
        self.source.setObjectName("layer_source")
        self.log_counts = QCheckBox("log counts")
        self.log_counts.setObjectName("log_counts")
        self.log_counts.setToolTip("Histogram heights as log₁₀(1 + count): rare values stay visible next to "
                                   "a tall spike (e.g. the many exact zeros of ReLU units)")
        info_panel = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel("layer"))
        top.addWidget(self.layer_box)
        top.addWidget(self.source, 1)
        top.addWidget(self.log_counts)
        top.addWidget(info_button(INFO, info_panel))

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
        self.setToolTip(INFO)
        self.layer_box.currentIndexChanged.connect(self._on_layer)
        self.tabs.currentChanged.connect(lambda _: self._render())
        self.log_counts.toggled.connect(self._show_counts)
        self.clear()

    # -- construction ------------------------------------------------------------------------------
    def _build_histograms(self) -> None:
        g = pg.GraphicsLayoutWidget()
        self.hist_plots, self.hist_items, self.hist_notes, self._hist = {}, {}, {}, {}
        for k, kind in enumerate(KINDS):
            p = g.addPlot(row=k // 2, col=k % 2, title=HIST_TITLES[kind])
            plain_axes(p)
            p.setLabel("bottom", f"value of {'δ' if kind == 'delta' else kind}")
            p.setLabel("left", "count")
            p.showGrid(x=True, y=True, alpha=0.2)
            p.setMouseEnabled(False, False)
            color = HIST_COLORS[kind]
            item = p.plot(np.array([0.0, 1.0]), np.array([0.0]), stepMode="center", fillLevel=0,
                          brush=(*color, 110), pen=pg.mkPen(color, width=1))
            p.setToolTip(f"Histogram of every value of {kind} in this layer, 64 equal-width bins.")
            self.hist_plots[kind], self.hist_items[kind], self.hist_notes[kind] = p, item, plot_note(p)
        self.tabs.addTab(g, "Histograms")

    def _build_heatmaps(self) -> None:
        box = QWidget()
        g = pg.GraphicsLayoutWidget()
        self.heat_plots, self.heat_images, self.heat_bars, self.heat_notes = {}, {}, {}, {}
        for r, kind in enumerate(("a", "delta")):
            p = g.addPlot(row=r, col=0)
            plain_axes(p)
            p.setLabel("bottom", "unit j of this layer")
            p.setLabel("left", "sample n")
            p.invertY(True)
            img = pg.ImageItem(np.zeros((1, 1)), levels=(0, 1))
            p.addItem(img)
            bar = pg.ColorBarItem(colorMap=SEQUENTIAL if kind == "a" else DIVERGING, interactive=False,
                                  width=14, label=kind if kind == "a" else "δ", colorMapMenu=False)
            bar.setImageItem(img, insert_in=p)
            self.heat_plots[kind], self.heat_images[kind], self.heat_bars[kind] = p, img, bar
            self.heat_notes[kind] = plot_note(p)
            p.scene().sigMouseMoved.connect(lambda pos, k=kind: self._hover(k, pos))
        self.heat_hover = QLabel("Hover over a heatmap to read one sample's value for one unit.")
        self.heat_hover.setObjectName("layer_heat_hover")
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(g, 1)
        v.addWidget(self.heat_hover)
        self.tabs.addTab(box, "Minibatch heatmaps")

    def _build_charts(self) -> None:
        self.charts = LayerCharts()
        self.tabs.addTab(self.charts, "Over time")

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
        self._heat_arrays = None
        self.charts.reset(len(self._labels))
        self.source.setText("waiting for the network…")
        self._draw_histograms(dict.fromkeys(KINDS), "waiting for the network…")
        self._draw_heatmaps(dict.fromkeys(KINDS), "waiting for the network…")

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
            self._draw_heatmaps(arrays, probe=s.probe_index if from_probe else None)

    def _draw_histograms(self, arrays: dict, missing: str | None = None) -> None:
        for kind in KINDS:
            arr = arrays[kind]
            if arr is None:
                self._hist.pop(kind, None)
                set_note(self.hist_notes[kind], missing or (AFTER_BACKWARD if kind in ("delta", "dW") else "no data"))
            else:
                counts, edges = np.histogram(arr, bins=BINS)
                self._hist[kind] = (edges, counts)
                set_note(self.hist_notes[kind], None)
        self._show_counts()

    def _show_counts(self) -> None:
        log = self.log_counts.isChecked()
        for kind in KINDS:
            if kind not in self._hist:
                self.hist_items[kind].setData([], [])
                continue
            edges, counts = self._hist[kind]
            self.hist_items[kind].setData(edges, np.log10(1.0 + counts) if log else counts, stepMode="center")
            set_label(self.hist_plots[kind], "left", "log₁₀(1 + count)" if log else "count")

    def _draw_heatmaps(self, arrays: dict, missing: str | None = None, probe: int | None = None) -> None:
        shape = (1, 1) if arrays["a"] is None else arrays["a"].reshape(len(arrays["a"]), -1).shape
        for kind in ("a", "delta"):
            arr = arrays[kind]
            img, bar, p = self.heat_images[kind], self.heat_bars[kind], self.heat_plots[kind]
            name = "a = f(z)" if kind == "a" else "δ = ∂E/∂z"
            set_title(p, f"{name}  of the probe sample over units" if probe is not None
                      else f"{name}  over minibatch × units")
            p.getAxis("left").setTicks(None if probe is None else [[(0, f"#{probe}")]])
            set_label(p, "left", "sample n" if probe is None else "probe")
            if arr is None:   # transparent, shaped like the layer, with a note
                img.setImage(np.full(shape, np.nan, dtype=np.float32), autoLevels=False)
                img.setRect(QRectF(-0.5, -0.5, shape[1], shape[0]))
                set_note(self.heat_notes[kind], missing or (AFTER_BACKWARD if kind == "delta" else "no data"))
                continue
            arr = arr.reshape(len(arr), -1)
            if kind == "a":
                levels, signed = value_levels(arr)
                cmap = DIVERGING if signed else SEQUENTIAL
                if bar.colorMap() is not cmap:
                    bar.setColorMap(cmap)
            else:
                levels = symmetric_levels(arr)
            img.setImage(arr, autoLevels=False)
            img.setRect(QRectF(-0.5, -0.5, arr.shape[1], arr.shape[0]))   # pixel (n, j) centred on (j, n)
            bar.setLevels(levels)
            set_note(self.heat_notes[kind], None)
        self._heat_arrays = arrays

    def _hover(self, kind: str, pos) -> None:
        p = self.heat_plots[kind]
        arrays = self._heat_arrays
        if arrays is None or arrays.get(kind) is None or not p.sceneBoundingRect().contains(pos):
            return
        pt = p.getViewBox().mapSceneToView(pos)
        arr = arrays[kind].reshape(len(arrays[kind]), -1)
        n, j = int(np.floor(pt.y() + 0.5)), int(np.floor(pt.x() + 0.5))
        if 0 <= n < arr.shape[0] and 0 <= j < arr.shape[1]:
            name = "a" if kind == "a" else "δ"
            self.heat_hover.setText(f"layer {self.layer}, sample {n}, unit {j}: {name} = {arr[n, j]!s}")
