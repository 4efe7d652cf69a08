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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QTabWidget,
                               QVBoxLayout, QWidget)

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import phase_name

from .common import (DIVERGING, set_info, block_extreme, downsample_factors, info_button, layer_labels, plain_axes, plot_note,
                     set_label, set_note, set_title, symmetric_levels)

MODES = {"W": "W", "dW": "dW", "dW_update": "ΔW"}
#: above this many units the tiles are shown at half resolution (hover stays exact)
TILE_POOL_ABOVE = 400
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


def tile_grid(W: np.ndarray, side: int, pool: int = 1) -> np.ndarray:
    """Columns of ``W`` (``side²`` × n) as ``side × side`` tiles in a near-square grid with
    ``pool`` zero (white) pixels between tiles, each tile divided by its own max|value|.
    ``pool=2`` averages 2×2 pixels (tiles and gaps stay aligned) for grids of many units."""
    n = W.shape[1]
    cols = math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    scale = np.abs(W).max(axis=0)
    scale[scale == 0] = 1
    period = side + pool
    grid = np.zeros((rows * cols, period, period), dtype=np.float32)
    grid[:n, :side, :side] = (W / scale).T.reshape(n, side, side)
    grid = grid.reshape(rows, cols, period, period).transpose(0, 2, 1, 3).reshape(rows * period, cols * period)
    grid = grid[:-pool, :-pool]
    if pool == 2:
        grid = (grid[0::2, 0::2] + grid[1::2, 0::2] + grid[0::2, 1::2] + grid[1::2, 1::2]) * 0.25
    return grid


def _image_plot(g: pg.GraphicsLayoutWidget, title: str, bar_label: str):
    p = g.addPlot(title=title)
    plain_axes(p)
    p.invertY(True)
    img = pg.ImageItem(np.zeros((1, 1)), levels=(-1, 1))
    p.addItem(img)
    bar = pg.ColorBarItem(colorMap=DIVERGING, interactive=False, width=14, label=bar_label, colorMapMenu=False)
    bar.setImageItem(img, insert_in=p)
    return p, img, bar


class WeightsView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weights_view")
        self.mode = "W"
        self._snapshot = None
        self._labels: list[str] = []
        self._full: np.ndarray | None = None       # matrix behind the heatmap, full resolution
        self._tiles_src: np.ndarray | None = None  # layer-1 matrix behind the tiles
        self._rendered: tuple | None = None
        self.factors = (1, 1)
        self._tile_period = 29
        self._hovered: tuple | None = None          # (tiles?, indices…) last hovered, refreshed live

        self.layer_box = QComboBox()
        self.layer_box.setObjectName("weights_layer_select")
        self.layer_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.mode_group = QButtonGroup(self)
        self.layer_name = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.layer_name)
        top.addWidget(self.layer_box)
        for key, text in MODES.items():
            button = QRadioButton(text)
            button.setObjectName(f"weights_mode_{key}")
            button.setChecked(key == "W")
            self.mode_group.addButton(button)
            button.toggled.connect(lambda on, k=key: on and self.set_mode(k))
            top.addWidget(button)
        self.caption = QLabel()
        self.caption.setObjectName("weights_caption")
        top.addWidget(self.caption, 1)
        info_panel = QLabel()
        self.info = info_button("", info_panel)
        top.addWidget(self.info)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("weights_tabs")
        g = pg.GraphicsLayoutWidget()
        self.plot, self.image, self.bar = _image_plot(g, "", "W")
        self.note = plot_note(self.plot)
        self.tabs.addTab(g, "")
        g2 = pg.GraphicsLayoutWidget()
        self.tile_plot, self.tile_image, self.tile_bar = _image_plot(g2, "", "")
        self.tile_plot.setAspectLocked(True)
        self.tile_plot.hideAxis("left")
        self.tile_plot.hideAxis("bottom")
        self.tile_note = plot_note(self.tile_plot)
        self.tile_bar.setLevels((-1, 1))
        self.tabs.addTab(g2, "")
        self.hover_label = QLabel()
        self.hover_label.setObjectName("weights_hover")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(info_panel)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hover_label)
        self.layer_box.currentIndexChanged.connect(lambda _: self._render())
        self.tabs.currentChanged.connect(lambda _: self._render())
        self.plot.scene().sigMouseMoved.connect(self._hover)
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
        self.tile_bar.getAxis("left").setLabel(self.tr("value / max|value| of the tile"))
        set_title(self.tile_plot, self.tr("layer-1 units"))
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
        a = self._tiles_src
        side = int(math.isqrt(a.shape[0])) if a is not None else 0
        if a is None or not (0 <= unit < a.shape[1] and 0 <= y < side and 0 <= x < side):
            return ""
        return self.tr("layer 1 · unit {unit}, pixel (row {y}, col {x}): {name}[{i}, {unit}] = {value!s}").format(
            unit=unit, y=y, x=x, name=MODES[self.mode], i=y * side + x, value=a[y * side + x, unit])

    def clear(self) -> None:
        self._snapshot, self._rendered, self._full, self._tiles_src = None, None, None, None
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
            self._draw_tiles(arr)
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
            set_note(self.note, self.tr(MISSING[self.mode]) if self.mode in MISSING else self.tr("no weights yet"))
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

    def _draw_tiles(self, arr: np.ndarray | None) -> None:
        self._tiles_src = arr
        name = MODES[self.mode]
        side = math.isqrt(arr.shape[0]) if arr is not None else 0
        if arr is None or side * side != arr.shape[0]:
            self.tile_image.setImage(np.full((1, 1), np.nan, dtype=np.float32), autoLevels=False)
            missing = self.tr(MISSING[self.mode]) if self.mode in MISSING else self.tr("no weights yet")
            set_note(self.tile_note, missing if arr is None
                     else self.tr("layer 1 has {0} inputs: not a square image").format(arr.shape[0]))
            return
        set_note(self.tile_note, None)
        pool = 2 if arr.shape[1] > TILE_POOL_ABOVE else 1
        self._tile_period = side + pool
        cols = math.ceil(math.sqrt(arr.shape[1]))
        extent = cols * self._tile_period - pool
        self.tile_image.setImage(tile_grid(arr, side, pool), autoLevels=False)
        self.tile_image.setRect(QRectF(-0.5, -0.5, extent, extent))   # full-resolution pixel coordinates
        self.tile_bar.setLevels((-1, 1))
        title = (self.tr("{0} into each of the {1} layer-1 units ({2}×{2} tiles, ½ resolution)") if pool == 2 else
                 self.tr("{0} into each of the {1} layer-1 units ({2}×{2} tiles)"))
        set_title(self.tile_plot, title.format(name, arr.shape[1], side))

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
        a = self._tiles_src
        if a is None or not self.tile_plot.sceneBoundingRect().contains(pos):
            return
        pt = self.tile_plot.getViewBox().mapSceneToView(pos)
        period = self._tile_period
        x, y = int(math.floor(pt.x() + 0.5)), int(math.floor(pt.y() + 0.5))
        cols = math.ceil(math.sqrt(a.shape[1]))
        if x < 0 or y < 0 or x // period >= cols:
            return
        where = ((y // period) * cols + x // period, y % period, x % period)
        text = self.tile_hover_text(*where)
        if text:
            self.hover_label.setText(text)
            self._hovered = (True, *where)
