"""Weight matrices as heatmaps: W, its gradient dW, and this step's change ΔW.

*Matrix* shows layer l's ``W`` (rows: the ``n_in`` inputs from layer l−1, columns:
the ``n_out`` units of layer l) in a blue–white–red map symmetric about zero
(levels ±max|value|, colour bar on the right). The toggle switches to the gradient
``dW = a_prevᵀ·δ`` of the current minibatch or to ``ΔW``, what the optimizer actually
added this step (``−lr·dW`` for plain SGD). *Layer-1 units* tiles every first-layer
unit's 784 incoming weights as a 28×28 image — the pattern that unit looks for in a
digit — each tile scaled to its own ±max. Matrices above 300 000 entries are shown
block-downsampled (each block's largest-magnitude value); hovering always reads the
exact entry of the full-resolution array.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QTabWidget, QWidget

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import phase_name

from .common import (block_extreme, downsample_factors, heatmap_plot, layer_labels, plot_note, set_info, set_label,
                     set_note, set_title, symmetric_levels)
from .scaffold import add_info, named, view_layout
from .weight_tiles import TILE_POOL_ABOVE, TileGrid, tile_grid  # noqa: F401  (importable from here too)

MODES = {"W": "W", "dW": "dW", "dW_update": "ΔW"}
MISSING = {"dW": QT_TRANSLATE_NOOP("WeightsView", "dW is available after the backward phase\n(press Phase or Step)"),
           "dW_update": QT_TRANSLATE_NOOP("WeightsView",
                                          "ΔW is available after the update phase\n(press Phase or Step)")}
MODE_TIPS = {"W": QT_TRANSLATE_NOOP("WeightsView", "the weights themselves"),
             "dW": QT_TRANSLATE_NOOP("WeightsView", "the gradient ∂E/∂W of this minibatch"),
             "dW_update": QT_TRANSLATE_NOOP("WeightsView", "the change the optimizer applied this step")}
INFO = QT_TRANSLATE_NOOP("WeightsView", "Every weight W[i, j] connects input i (a pixel for layer 1, else a unit of layer l−1) to unit j "
        "of layer l: z_j = Σ_i a_prev,i·W[i, j] + b_j. Blue is negative, red positive, white zero; the colour "
        "bar is symmetric (±max|value|). Toggle dW to see the gradient ∂E/∂W = a_prevᵀ·δ summed over the "
        "minibatch, or ΔW to see what the optimizer changed this step (W_new = W − lr·dW for plain SGD; "
        "momentum/Adam reshape it). 'Layer-1 units' shows each first-layer unit's 784 weights as a 28×28 "
        "image: after some training they look like stroke detectors. Hover to read an exact value.")


class WeightsView(Retranslatable, QWidget):
    weight_selected = Signal(int, int, int)   # a click on a matrix cell: (layer, i, j)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weights_view")
        self.mode = "W"
        self._snapshot = None
        self._labels: list[str] = []
        self._full: np.ndarray | None = None       # matrix behind the heatmap, full resolution
        self._rendered: tuple | None = None
        self.factors = (1, 1)
        self._hovered: tuple | None = None          # (tiles?, indices…) last hovered, refreshed live

        self.layer_box = named(QComboBox(), "weights_layer_select")
        self.layer_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.mode_group = QButtonGroup(self)
        self.layer_name = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.layer_name)
        top.addWidget(self.layer_box)
        for key, text in MODES.items():
            button = named(QRadioButton(text), f"weights_mode_{key}")
            button.setChecked(key == "W")
            self.mode_group.addButton(button)
            button.toggled.connect(lambda on, k=key: on and self.set_mode(k))
            top.addWidget(button)
        self.caption = named(QLabel(), "weights_caption")
        top.addWidget(self.caption, 1)
        info_panel = add_info(self, top)

        self.tabs = named(QTabWidget(), "weights_tabs")
        g = pg.GraphicsLayoutWidget()
        self.plot, self.image, self.bar = heatmap_plot(g, bar_label="W", title="")
        self.note = plot_note(self.plot)
        self.tabs.addTab(g, "")
        self.tiles = TileGrid()
        self.tile_plot, self.tile_image, self.tile_bar, self.tile_note = (
            self.tiles.plot, self.tiles.image, self.tiles.bar, self.tiles.note)
        self.tabs.addTab(self.tiles.widget, "")
        self.hover_label = named(QLabel(), "weights_hover")
        view_layout(self, top, info_panel, (self.tabs, 1), self.hover_label)
        self.layer_box.currentIndexChanged.connect(lambda _: self._render())
        self.tabs.currentChanged.connect(lambda _: self._render())
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._click)
        self.tile_plot.scene().sigMouseMoved.connect(self._hover_tiles)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        """Static texts, then the matrix, tiles and captions drawn again in the current language."""
        set_info(self, self.tr(INFO))
        self.layer_name.setText(self.tr("layer"))
        self.layer_box.setToolTip(self.tr("Which layer's weight matrix to show"))
        for button in self.mode_group.buttons():
            button.setToolTip(self.tr(MODE_TIPS[button.objectName().removeprefix("weights_mode_")]))
        self.tabs.setTabText(0, self.tr("Matrix"))
        self.tabs.setTabText(1, self.tr("Layer-1 units as 28×28 images"))
        self.tiles.retranslate()
        if self._hovered is None:
            self.hover_label.setText(self.tr("Hover over the heatmap to read one weight exactly "
                                             "(always the full-resolution value)."))
        if self._snapshot is None:
            self.clear()
            return
        for i, text in enumerate(layer_labels(self._snapshot.config)[:self.layer_box.count()]):
            self.layer_box.setItemText(i, text)
        self._rendered = None
        self._render()

    # -- public API ----------------------------------------------------------------------------------
    @property
    def layer(self) -> int:
        return self.layer_box.currentIndex() + 1

    def set_layer(self, layer: int) -> None:
        self.layer_box.setCurrentIndex(layer - 1)

    def set_mode(self, mode: str) -> None:
        """``"W"``, ``"dW"`` or ``"dW_update"`` (ΔW)."""
        self.mode = mode
        for button in self.mode_group.buttons():
            if button.objectName() == f"weights_mode_{mode}" and not button.isChecked():
                button.setChecked(True)
        self._render()

    def displayed_image(self) -> np.ndarray:
        """The array the matrix heatmap shows (downsampled for large matrices)."""
        return self.image.image

    def displayed_tiles(self) -> np.ndarray:
        return self.tile_image.image

    def hover_text(self, row: int, col: int) -> str:
        """What hovering over entry ``[row, col]`` of the shown matrix displays (exact value)."""
        a = self._full
        if a is None or not (0 <= row < a.shape[0] and 0 <= col < a.shape[1]):
            return ""
        l, name = self.layer, MODES[self.mode]
        source = self.tr("input pixel {0} (row {1}, col {2})").format(row, row // 28, row % 28) \
            if l == 1 and a.shape[0] == 784 else self.tr("unit {0} of layer {1}").format(row, l - 1)
        return self.tr("layer {l} · {name}[{row}, {col}] = {value!s}   (from {source} to unit {col} of layer {l})").format(
            l=l, name=name, row=row, col=col, value=a[row, col], source=source)

    def tile_hover_text(self, unit: int, y: int, x: int) -> str:
        return self.tiles.hover_text(unit, y, x, MODES[self.mode])

    def clear(self) -> None:
        self._snapshot, self._rendered, self._full, self.tiles.source = None, None, None, None
        set_label(self.plot, "bottom", self.tr("column j: unit of layer l"))
        set_label(self.plot, "left", self.tr("row i: input of layer l"))
        set_title(self.plot, self.tr("{0} of layer {1}").format(MODES[self.mode], 1))
        waiting = self.tr("waiting for the network…")
        for img, note in ((self.image, self.note), (self.tile_image, self.tile_note)):
            img.setImage(np.full((1, 1), np.nan, dtype=np.float32), autoLevels=False)
            set_note(note, waiting)
        self.caption.setText(waiting)

    def show_snapshot(self, snapshot) -> None:
        if snapshot is self._snapshot:
            return
        labels = layer_labels(snapshot.config)
        if labels != self._labels:
            keep = self.layer_box.currentIndex()
            self._labels = labels
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(labels)
            self.layer_box.setCurrentIndex(min(max(keep, 0), len(labels) - 1))
            self.layer_box.blockSignals(False)
        self._snapshot = snapshot
        self._render()

    # -- data and drawing ----------------------------------------------------------------------------
    def _array(self, i: int) -> tuple[np.ndarray | None, str]:
        """Layer ``i``'s (0-based) matrix for the current mode and a caption."""
        s = self._snapshot
        trace = s.trace if s.trace is not None and i < len(s.trace.layers) else None
        if self.mode == "W":
            if s.weights is not None and i < len(s.weights):
                return s.weights[i], self.tr("W after step {0}").format(s.global_step)
            if trace is not None and trace.layers[i].W_before is not None:
                lt = trace.layers[i]
                return (lt.W_before, self.tr("W before step {0}").format(trace.step)) if lt.W_after is None \
                    else (lt.W_after, self.tr("W after step {0}").format(trace.step))
            return None, self.tr("no weights in this snapshot")
        lt = trace.layers[i] if trace is not None else None
        arr = getattr(lt, self.mode) if lt is not None else None
        if arr is not None:
            what = (self.tr("gradient dW of step {0} ({1} phase done)") if self.mode == "dW"
                    else self.tr("change ΔW in step {0} ({1} phase done)"))
            return arr, what.format(trace.step, phase_name(trace.phase))
        return arr, (self.tr("before the first step") if trace is None else
                     self.tr("step {0}: {1} phase done").format(trace.step, phase_name(trace.phase)))

    def _missing(self) -> str:
        """The note where the current mode's matrix does not exist yet."""
        return self.tr(MISSING[self.mode]) if self.mode in MISSING else self.tr("no weights yet")

    def _render(self) -> None:
        s = self._snapshot
        if s is None or not self._labels:
            return
        tiles = self.tabs.currentIndex() == 1
        i = 0 if tiles else self.layer - 1
        arr, caption = self._array(i)
        key = (arr, i, self.mode, tiles)
        last = self._rendered
        if arr is not None and last is not None and last[0] is arr and last[1:] == key[1:]:
            return
        self._rendered = key
        self.caption.setText(caption)
        if tiles:
            self.tiles.draw(arr, MODES[self.mode], self._missing())
        else:
            self._draw_matrix(arr, i)
        if self._hovered is not None and self._hovered[0] == tiles:   # keep the hover value live
            text = (self.tile_hover_text if tiles else self.hover_text)(*self._hovered[1:])
            if text:
                self.hover_label.setText(text)

    def _draw_matrix(self, arr: np.ndarray | None, i: int) -> None:
        self._full = arr
        name, l = MODES[self.mode], i + 1
        set_label(self.plot, "bottom", self.tr("column j: unit of layer {0}").format(l))
        set_label(self.plot, "left", self.tr("row i: input pixel") if l == 1 else
                  self.tr("row i: unit of layer {0}").format(l - 1))
        if self.bar.getAxis("left").labelText != name:
            self.bar.getAxis("left").setLabel(name)
        if arr is None:   # transparent, spanning the matrix's rows and columns, with a note
            sizes = self._snapshot.config.sizes
            self.image.setImage(np.full((1, 1), np.nan, dtype=np.float32), autoLevels=False)
            self.image.setRect(QRectF(-0.5, -0.5, sizes[l], sizes[l - 1]))
            set_title(self.plot, self.tr("{0} of layer {1}: {2} × {3}").format(name, l, sizes[l - 1], sizes[l]))
            set_note(self.note, self._missing())
            return
        set_note(self.note, None)
        self.factors = downsample_factors(arr.shape)
        shown = block_extreme(arr, *self.factors)
        self.image.setImage(shown, autoLevels=False)
        fr, fc = self.factors   # entry [i, j] centred on (j, i), also when downsampled (edge padding)
        self.image.setRect(QRectF(-0.5, -0.5, shown.shape[1] * fc, shown.shape[0] * fr))
        self.bar.setLevels(symmetric_levels(arr))
        ds = "" if self.factors == (1, 1) else self.tr("  (display {0}×{1}-downsampled)").format(fr, fc)
        set_title(self.plot, self.tr("{0} of layer {1}: {2} × {3}").format(name, l, *arr.shape) + ds)

    def _hover(self, pos) -> None:
        if self._full is None or not self.plot.sceneBoundingRect().contains(pos):
            return
        pt = self.plot.getViewBox().mapSceneToView(pos)
        where = (int(math.floor(pt.y() + 0.5)), int(math.floor(pt.x() + 0.5)))
        text = self.hover_text(*where)
        if text:
            self.hover_label.setText(text)
            self._hovered = (False, *where)

    def _hover_tiles(self, pos) -> None:
        where = self.tiles.index_at(pos)
        text = self.tile_hover_text(*where) if where is not None else ""
        if text:
            self.hover_label.setText(text)
            self._hovered = (True, *where)

    def _click(self, event) -> None:
        """A click on a matrix cell selects that weight (for the edit and who-pushed views)."""
        pos = event.scenePos()
        if self._full is None or not self.plot.sceneBoundingRect().contains(pos):
            return
        pt = self.plot.getViewBox().mapSceneToView(pos)
        i, j = int(math.floor(pt.y() + 0.5)), int(math.floor(pt.x() + 0.5))
        if 0 <= i < self._full.shape[0] and 0 <= j < self._full.shape[1]:
            self.weight_selected.emit(self.layer, i, j)
