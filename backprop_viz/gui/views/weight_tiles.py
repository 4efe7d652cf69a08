"""The weights view's *Layer-1 units* tab: every first-layer unit's incoming weights as an image.

Each column of layer 1's ``W`` (or ``dW``, ``ΔW``) holds the 784 weights from the pixels
into one unit; :func:`tile_grid` lays them out as 28×28 tiles in a near-square grid, each
scaled to its own ±max so a unit's pattern shows whatever its size. Above
:data:`TILE_POOL_ABOVE` units the grid is drawn at half resolution; hovering
(:meth:`TileGrid.index_at`, :meth:`TileGrid.hover_text`) always reads the exact entry of
the full-resolution matrix. Its words belong to the ``WeightsView`` translation context.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF

from .common import heatmap_plot, plot_note, set_note, set_title

translate = QCoreApplication.translate
#: above this many units the tiles are shown at half resolution (hover stays exact)
TILE_POOL_ABOVE = 400


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


class TileGrid:
    """The tab's plot (``widget``), the matrix behind it (``source``) and its hover lookup."""

    def __init__(self):
        self.widget = pg.GraphicsLayoutWidget()
        self.plot, self.image, self.bar = heatmap_plot(self.widget, title="")
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.note = plot_note(self.plot)
        self.bar.setLevels((-1, 1))
        self.source: np.ndarray | None = None   # layer-1 matrix behind the tiles
        self.period = 29

    def retranslate(self) -> None:
        self.bar.getAxis("left").setLabel(translate("WeightsView", "value / max|value| of the tile"))
        set_title(self.plot, translate("WeightsView", "layer-1 units"))

    def draw(self, arr: np.ndarray | None, name: str, missing: str) -> None:
        """Tile ``arr`` (named ``name``: W, dW or ΔW), or show ``missing`` when there is none."""
        self.source = arr
        side = math.isqrt(arr.shape[0]) if arr is not None else 0
        if arr is None or side * side != arr.shape[0]:
            self.image.setImage(np.full((1, 1), np.nan, dtype=np.float32), autoLevels=False)
            set_note(self.note, missing if arr is None else translate(
                "WeightsView", "layer 1 has {0} inputs: not a square image").format(arr.shape[0]))
            return
        set_note(self.note, None)
        pool = 2 if arr.shape[1] > TILE_POOL_ABOVE else 1
        self.period = side + pool
        cols = math.ceil(math.sqrt(arr.shape[1]))
        extent = cols * self.period - pool
        self.image.setImage(tile_grid(arr, side, pool), autoLevels=False)
        self.image.setRect(QRectF(-0.5, -0.5, extent, extent))   # full-resolution pixel coordinates
        self.bar.setLevels((-1, 1))
        title = (translate("WeightsView", "{0} into each of the {1} layer-1 units ({2}×{2} tiles, ½ resolution)")
                 if pool == 2 else
                 translate("WeightsView", "{0} into each of the {1} layer-1 units ({2}×{2} tiles)"))
        set_title(self.plot, title.format(name, arr.shape[1], side))

    def index_at(self, pos) -> tuple[int, int, int] | None:
        """``(unit, row, col)`` of the tile pixel under scene position ``pos`` (``None``: none)."""
        a = self.source
        if a is None or not self.plot.sceneBoundingRect().contains(pos):
            return None
        pt = self.plot.getViewBox().mapSceneToView(pos)
        period = self.period
        x, y = int(math.floor(pt.x() + 0.5)), int(math.floor(pt.y() + 0.5))
        cols = math.ceil(math.sqrt(a.shape[1]))
        if x < 0 or y < 0 or x // period >= cols:
            return None
        return (y // period) * cols + x // period, y % period, x % period

    def hover_text(self, unit: int, y: int, x: int, name: str) -> str:
        """The exact entry of ``source`` for pixel ``(y, x)`` of ``unit``'s tile ("" outside)."""
        a = self.source
        side = int(math.isqrt(a.shape[0])) if a is not None else 0
        if a is None or not (0 <= unit < a.shape[1] and 0 <= y < side and 0 <= x < side):
            return ""
        return translate(
            "WeightsView", "layer 1 · unit {unit}, pixel (row {y}, col {x}): {name}[{i}, {unit}] = {value!s}").format(
            unit=unit, y=y, x=x, name=name, i=y * side + x, value=a[y * side + x, unit])
