"""Small building blocks shared by the layer and weight views.

Colour maps (a diverging map for signed values such as weights, ``delta`` and ``dW``,
with levels symmetric about zero, and a sequential one for non-negative activations),
block downsampling of large matrices for display that keeps each block's
largest-magnitude value (so single extreme weights stay visible), a matrix plot with its
colour bar, a note drawn over a plot ("available after the backward phase"), the ⓘ
button that shows a view's "what am I seeing" text, and a growing time series keyed by
step that never holds a step twice.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStyle, QToolButton

from backprop_viz.gui import presentation
from backprop_viz.gui.i18n import Retranslatable

#: blue – white – red (ColorBrewer RdBu), white exactly at the centre
DIVERGING = pg.ColorMap([0.0, 0.25, 0.5, 0.75, 1.0],
                        [(5, 48, 97), (67, 147, 195), (247, 247, 247), (214, 96, 77), (103, 0, 31)], name="RdBu")
SEQUENTIAL = pg.colormap.get("viridis")
#: matrices with more elements are block-downsampled for display (784×256 stays exact)
DOWNSAMPLE_ABOVE = 300_000
#: longest side of a downsampled display image
DISPLAY_MAX = 512


def symmetric_levels(array: np.ndarray) -> tuple[float, float]:
    """``(−m, m)`` with ``m = max|array|`` (``(−1, 1)`` for an all-zero or empty array)."""
    if array.size == 0:
        return -1.0, 1.0
    m = max(-float(np.min(array)), float(np.max(array)))
    if not math.isfinite(m) or m <= 0:
        m = 1.0
    return -m, m


def value_levels(array: np.ndarray) -> tuple[tuple[float, float], bool]:
    """Levels and whether the diverging map fits: symmetric for signed data, ``(0, max)`` else."""
    lo = float(np.min(array)) if array.size else 0.0
    if lo < 0:
        return symmetric_levels(array), True
    hi = float(np.max(array)) if array.size else 1.0
    return (0.0, hi if hi > 0 and math.isfinite(hi) else 1.0), False


def downsample_factors(shape: tuple[int, int]) -> tuple[int, int]:
    """Block sizes ``(rows, cols)`` for displaying a matrix of ``shape`` (``(1, 1)``: as is)."""
    if shape[0] * shape[1] <= DOWNSAMPLE_ABOVE:
        return 1, 1
    return max(1, math.ceil(shape[0] / DISPLAY_MAX)), max(1, math.ceil(shape[1] / DISPLAY_MAX))


def block_extreme(array: np.ndarray, fr: int, fc: int) -> np.ndarray:
    """Each ``fr × fc`` block replaced by its value of largest magnitude (sign kept);
    edges are padded with zeros, so ``max|·|`` of the result equals that of ``array``.
    Strided pairwise maxima (``fr + fc`` passes): far faster than a 4-D reduction."""
    if fr == 1 and fc == 1:
        return array
    r, c = array.shape
    R, C = math.ceil(r / fr), math.ceil(c / fc)
    if (R * fr, C * fc) != (r, c):
        padded = np.zeros((R * fr, C * fc), dtype=array.dtype)
        padded[:r, :c] = array
        array = padded

    def reduce(op):
        out = array[:, 0::fc]
        for k in range(1, fc):
            out = op(out, array[:, k::fc])
        rows = out[0::fr]
        for k in range(1, fr):
            rows = op(rows, out[k::fr])
        return rows

    hi, lo = reduce(np.maximum), reduce(np.minimum)
    return np.where(hi >= -lo, hi, lo)


def plain_axes(plot: pg.PlotItem) -> None:
    """Tick labels with their real values (no "(x0.001)" SI-prefix scaling a student would miss)."""
    for name in ("left", "bottom"):
        plot.getAxis(name).enableAutoSIPrefix(False)


def heatmap_plot(layout: pg.GraphicsLayout, colormap=DIVERGING, bar_label: str = "", levels=(-1, 1),
                 **where) -> tuple[pg.PlotItem, pg.ImageItem, pg.ColorBarItem]:
    """A matrix plot in ``layout`` (``where``: ``row=``/``col=``/``title=`` for ``addPlot``): rows
    downwards, plain tick labels, an image at ``levels`` and a fixed colour bar on its right."""
    plot = layout.addPlot(**where)
    plain_axes(plot)
    plot.invertY(True)
    image = pg.ImageItem(np.zeros((1, 1)), levels=levels)
    plot.addItem(image)
    bar = pg.ColorBarItem(colorMap=colormap, interactive=False, width=14, label=bar_label, colorMapMenu=False)
    bar.setImageItem(image, insert_in=plot)
    return plot, image, bar


def set_label(plot: pg.PlotItem, axis: str, text: str) -> None:
    """``plot.setLabel`` only when the text changes (re-rendering a label costs ~0.2 ms)."""
    item = plot.getAxis(axis)
    if item.labelText != text or not item.label.isVisible():
        plot.setLabel(axis, text)


def set_title(plot: pg.PlotItem, text: str) -> None:
    if plot.titleLabel.text != text:
        plot.setTitle(text)


def add_legend(plot, offset, **options):
    """``plot``'s legend at ``offset``, on a mostly opaque white ground: readable where it lies
    over a curve (a long run's loss reaches under it)."""
    return plot.addLegend(offset=offset, brush=(255, 255, 255, 215), **options)


def rename_legend(legend, item, name: str) -> None:
    """Re-label ``item``'s entry in a pyqtgraph legend (and its own name); an item made
    without a name gets its entry here (pyqtgraph only lists items named when made)."""
    item.opts["name"] = name
    for sample, label in legend.items:
        if sample.item is item:
            if label.text != name:
                label.setText(name)
            return
    legend.addItem(item, name)


def legend_entry(legend, item, name: str, shown: bool) -> None:
    """``item``'s entry named ``name`` while ``shown`` (its curve has data): none takes room otherwise."""
    listed = any(sample.item is item for sample, _ in legend.items)
    item.opts["name"] = name
    if shown:
        rename_legend(legend, item, name)
        if not listed:   # (in presentation mode's size, like the entries already there)
            presentation.scale_new(*(label for sample, label in legend.items if sample.item is item))
    elif listed:
        legend.removeItem(item)


def plot_note(plot: pg.PlotItem) -> pg.TextItem:
    """A hidden text box pinned to the top-left of ``plot``'s view (moves with nothing)."""
    note = pg.TextItem("", color=(90, 90, 90), fill=pg.mkBrush(255, 255, 240, 230),
                       border=pg.mkPen(200, 200, 170))
    note.setParentItem(plot.getViewBox())
    note.setPos(6, 6)
    note.setZValue(100)
    note.hide()
    return note


def set_note(note: pg.TextItem, text: str | None) -> None:
    """Show ``text`` in ``note``, or hide it for ``None``/empty text."""
    if text:
        note.setText(text)
        note.show()
    else:
        note.hide()


class InfoButton(Retranslatable, QToolButton):
    """The ⓘ button of a view: its tooltip is the view's "what am I seeing" text; a click
    shows or hides that text in ``panel`` (a word-wrapped label under the view's controls)."""

    def __init__(self, info_text: str, panel: QLabel):
        super().__init__()
        self.panel = panel
        panel.setWordWrap(True)
        panel.setStyleSheet("QLabel { background: #eef4ff; border: 1px solid #c9d8f0; padding: 4px; }")
        panel.hide()
        self.setIcon(self.style().standardIcon(QStyle.SP_MessageBoxInformation))
        self.setText("ⓘ")   # shown only where the style has no icon
        self.setToolButtonStyle(Qt.ToolButtonIconOnly)
        self.setObjectName("info_button")
        self.setCheckable(True)
        self.toggled.connect(panel.setVisible)
        self.set_text(info_text)
        self.retranslate()

    def set_text(self, info_text: str) -> None:
        """The (translated) text to show; the owning view calls it when the language changes."""
        self.panel.setText(info_text)
        self.setToolTip(info_text)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("What am I seeing?"))


def set_info(view, info_text: str) -> None:
    """A view's "what am I seeing" note, in the current language: its ``info_text``, its ⓘ
    button's tooltip and panel, and the view's own tooltip (``view.info`` is the button)."""
    view.info_text = info_text
    view.info.set_text(info_text)
    view.setToolTip(info_text)


def info_button(info_text: str, panel: QLabel) -> InfoButton:
    """An ⓘ button: tooltip ``info_text``; clicking shows or hides ``panel`` (word-wrapped)."""
    return InfoButton(info_text, panel)


class Series:
    """``(step, value)`` points in step order; a repeated step overwrites its point."""

    def __init__(self):
        self._x = np.zeros(64)
        self._y = np.zeros(64)
        self.n = 0

    def add(self, step: float, value: float) -> bool:
        """Add or overwrite; returns whether anything changed. Older steps are ignored."""
        n = self.n
        if n and step == self._x[n - 1]:
            if self._y[n - 1] == value:
                return False
            self._y[n - 1] = value
            return True
        if n and step < self._x[n - 1]:
            return False
        if n == len(self._x):
            self._x = np.concatenate([self._x, np.zeros(n)])
            self._y = np.concatenate([self._y, np.zeros(n)])
        self._x[n], self._y[n] = step, value
        self.n = n + 1
        return True

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x[:self.n].copy(), self._y[:self.n].copy()


def layer_labels(config) -> list[str]:
    """``layer l · hidden · 784→256 · relu`` for every layer of ``config`` (1-based)."""
    sizes = config.sizes
    L = len(sizes) - 1
    hidden, output = (QCoreApplication.translate("Common", "layer {0} · hidden · {1}→{2} · {3}"),
                      QCoreApplication.translate("Common", "layer {0} · output · {1}→{2} · {3}"))
    return [(output if l == L else hidden).format(l, sizes[l - 1], sizes[l], config.output if l == L
                                                  else config.activation) for l in range(1, L + 1)]


def follow_range(plot: pg.PlotItem, x=None, y=None, shrink: float = 0.7, pad: float = 0.05, lead: float = 0.0) -> None:
    """Keep ``plot``'s view on the data bounds ``x``/``y`` = ``(lo, hi)``, but move it only when
    the data leave it or fill less than ``shrink`` of it. Live plots that auto-ranged on every
    refresh re-rendered their axes every time; this re-renders them now and then. A side the data
    left gets ``lead`` of the span more room (data that move on a while need no new axis each step)."""
    vb = plot.getViewBox()
    if vb.autoRangeEnabled()[0] or vb.autoRangeEnabled()[1]:
        vb.disableAutoRange()
    current = vb.viewRange()
    new = {}
    for axis, bounds, (v0, v1) in (("x", x, current[0]), ("y", y, current[1])):
        if bounds is None or not (np.isfinite(bounds[0]) and np.isfinite(bounds[1])):
            continue
        lo, hi = float(bounds[0]), float(bounds[1])
        span = max(hi - lo, abs(hi) * 1e-6, 1e-12)
        if lo < v0 or hi > v1 or span < shrink * (v1 - v0):
            new[axis] = (lo - (pad + lead * (lo < v0)) * span, hi + (pad + lead * (hi > v1)) * span)
    if new:
        vb.setRange(xRange=new.get("x"), yRange=new.get("y"), padding=0)


def curves_y_bounds(items, log: bool = False) -> tuple[float, float] | None:
    """The ``(lo, hi)`` of the y data of ``items`` (plot data items), in view coordinates: log10 of
    the positive values on a log axis; ``None`` when there is nothing finite. Never narrower than a
    tenth of the top (0.1 in log10 units): one point gets a readable axis, not a sliver of 1e-7."""
    ys = [y for y in (item.getOriginalDataset()[1] for item in items) if y is not None and len(y)]
    if not ys:
        return None
    y = np.concatenate(ys)
    y = y[np.isfinite(y) & (y > 0)] if log else y[np.isfinite(y)]
    y = np.log10(y) if log else y
    if not len(y):
        return None
    lo, hi = float(y.min()), float(y.max())
    least = 0.1 if log else max(0.1 * abs(hi), 1e-3)
    return (lo, hi) if hi - lo >= least else ((lo + hi - least) / 2, (lo + hi + least) / 2)


def accuracy_range(*accuracies) -> tuple[float, float]:
    """The accuracy axis (%) for these fractions: 0–100 % before two points exist, else the data and
    a band of 40 % of their span below them for the legend (bottom right: accuracy rises)."""
    values = 100 * np.concatenate([np.asarray(a, float).ravel() for a in accuracies])
    values = values[np.isfinite(values)]
    if len(values) < 2:
        return -2.0, 102.0
    lo, hi = float(values.min()), float(values.max())
    span = max(hi - lo, 1.0)
    return max(lo - 0.4 * span, -2.0), min(hi + 0.08 * span, 102.0)


def light(color, amount: float = 0.55) -> tuple[int, int, int]:
    """``color`` mixed with white, opaque: fills look as with transparency, but paint faster."""
    return tuple(round(c + (255 - c) * amount) for c in color[:3])
