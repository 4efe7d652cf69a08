"""Agreement of the numerical derivative with backprop: per-array table, scatter, worst entries.

Shared by the race view (fed as entries arrive) and the gradient-check view (fed the
engine's :func:`~backprop_viz.core.gradcheck.gradient_check` result). It always shows
a :class:`~backprop_viz.core.gradcheck.GradCheckResult` as is: one table row per
parameter array (``W1``, ``b1``, …) with its relative error
``‖num − bp‖ / max(‖num‖ + ‖bp‖, floor)`` and pass/fail against 1e-6; a scatter of
every checked entry's numerical value against backprop's, coloured by layer, on the
``y = x`` diagonal (at most :data:`MAX_POINTS` points, strided, the worst and the
extremes always kept); and the entries that disagree most, by their own relative error.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from backprop_viz.core.gradcheck import PASS_THRESHOLD, GradCheckResult
from backprop_viz.core.gradrace import entry_errors

from backprop_viz.gui.i18n import Retranslatable

from .common import add_legend, plain_axes, plot_note, rename_legend, set_label, set_note, set_title

MAX_POINTS = 1500
THRESHOLD_TEXT = f"1e{round(math.log10(PASS_THRESHOLD))}"   # "1e-6"
N_WORST = 8
LAYER_COLORS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
                (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]
PASS_COLOR, FAIL_COLOR = QColor(220, 245, 220), QColor(253, 226, 226)
ARRAY_COLUMNS = (QT_TRANSLATE_NOOP("AgreementPanel", "array  (shape)"),
                 QT_TRANSLATE_NOOP("AgreementPanel", "entries checked"),
                 QT_TRANSLATE_NOOP("AgreementPanel", "relative error"), "max |num − bp|",
                 QT_TRANSLATE_NOOP("AgreementPanel", "verdict"))
WORST_COLUMNS = (QT_TRANSLATE_NOOP("AgreementPanel", "entry"), QT_TRANSLATE_NOOP("AgreementPanel", "numerical"),
                 QT_TRANSLATE_NOOP("AgreementPanel", "backprop"), "|num − bp|",
                 QT_TRANSLATE_NOOP("AgreementPanel", "rel. error"))


def entry_label(name: str, shape: tuple[int, ...], index: int) -> str:
    """``W1[412, 7]`` for flat index 412·30 + 7 of a (784, 30) array; ``b2[3]``."""
    return f"{name}[{', '.join(str(int(i)) for i in np.unravel_index(int(index), shape))}]"


def arrays_of(network) -> tuple[list[str], list[tuple], list[int]]:
    """Names, shapes and layers of ``network``'s parameter arrays, in the engine's order."""
    triples = network.param_triples()
    layers = [layer.index for layer in network.layers for _ in layer.params()]
    return [name for name, _, _ in triples], [p.shape for _, p, _ in triples], layers


def _table(columns, object_name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.NoSelection)
    table.setTabKeyNavigation(False)   # Tab leaves the table for the next control
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    return table


def _item(text: str, align=Qt.AlignRight | Qt.AlignVCenter) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align)
    return item


class AgreementPanel(Retranslatable, QWidget):
    """``set_arrays(names, shapes, layers)`` once per network, then ``show_result(result)``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agreement_panel")
        self.result: GradCheckResult | None = None
        self.worst: list[tuple[str, float, float, float, float]] = []   # (entry, num, bp, |diff|, rel)
        self.names: tuple[str, ...] = ()
        self.shapes: tuple = ()
        self.layers: tuple = ()
        self._default_waiting = True
        self.table = _table(ARRAY_COLUMNS, "agreement_table")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.worst_table = _table(WORST_COLUMNS, "agreement_worst")
        self.worst_table.horizontalHeader().setStretchLastSection(False)
        self.worst_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("agreement_scatter")
        plain_axes(self.plot.getPlotItem())
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = add_legend(self.plot, (8, 8), labelTextSize="8pt")
        self.diagonal = self.plot.plot(pen=pg.mkPen((120, 120, 120), width=1, style=Qt.DashLine),
                                       name="y = x (perfect agreement)")
        self.scatters: list[pg.ScatterPlotItem] = []
        self.note = plot_note(self.plot.getPlotItem())
        self.note.setPos(30, 110)
        self.caption = QLabel()
        self.caption.setObjectName("agreement_caption")
        self.caption.setWordWrap(True)
        self.worst_label = QLabel()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.caption)
        left.addWidget(self.table, 3)
        left.addWidget(self.worst_label)
        left.addWidget(self.worst_table, 2)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(left, 5)
        box.addWidget(self.plot, 4)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, titles and tooltips; a shown result is written out again in the current language."""
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in ARRAY_COLUMNS])
        self.worst_table.setHorizontalHeaderLabels([self.tr(c) for c in WORST_COLUMNS])
        self.table.setToolTip(self.tr("Relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) of each parameter array's "
                                      "checked entries; an array passes below {0}.").format(THRESHOLD_TEXT))
        self.worst_table.setToolTip(self.tr(
            "The entries whose numerical and backprop values differ most, relative to their size. “+n alike”: n more "
            "entries have exactly the same two values (e.g. the weights from blank pixels into one unit all get the "
            "same gradient)."))
        set_title(self.plot.getPlotItem(), self.tr("numerical vs backprop, one point per entry"))
        set_label(self.plot.getPlotItem(), "bottom", self.tr("backprop ∂E/∂w"))
        set_label(self.plot.getPlotItem(), "left", self.tr("numerical ∂E/∂w (central difference)"))
        rename_legend(self.legend, self.diagonal, self.tr("y = x (perfect agreement)"))
        for layer, item in zip(sorted(set(self.layers)), self.scatters):
            rename_legend(self.legend, item, self.tr("layer {0}").format(layer))
        self.worst_label.setText(self.tr("Largest disagreements (each entry's own relative error):"))
        if self.result is not None:
            self.show_result(self.result)
        else:
            self._fill_table()
            if self._default_waiting:
                self.set_waiting(self.tr("No entries yet."))

    # -- data --------------------------------------------------------------------------------------
    def set_arrays(self, names, shapes, layers) -> None:
        """The parameter arrays of the network being checked (rows show "—" until checked)."""
        self.names, self.shapes, self.layers = tuple(names), tuple(map(tuple, shapes)), tuple(layers)
        self.result, self.worst = None, []
        for item in self.scatters:
            self.plot.removeItem(item)
            self.legend.removeItem(item)
        self.scatters = []
        for layer in sorted(set(self.layers)):
            color = LAYER_COLORS[(layer - 1) % len(LAYER_COLORS)]
            item = pg.ScatterPlotItem(size=5, pen=None, brush=pg.mkBrush(*color, 170),
                                      name=self.tr("layer {0}").format(layer))
            self.plot.addItem(item)
            self.scatters.append(item)
        self.diagonal.setData([], [])
        self._fill_table()
        self.worst_table.setRowCount(0)
        self.set_waiting(self.tr("No entries yet."))

    def set_waiting(self, text: str, note: str | None = None) -> None:
        """Before any result: ``text`` as the caption, ``note`` over the empty scatter."""
        self._default_waiting = note is None and text == self.tr("No entries yet.")
        self.caption.setText(text)
        set_note(self.note, note if note is not None else self.tr("No entries yet."))

    def clear(self) -> None:
        self.set_arrays((), (), ())

    def show_result(self, result: GradCheckResult) -> None:
        """Show ``result`` (the engine's figures, unchanged)."""
        self.result = result
        self._fill_table()
        checks = result.params
        if not checks:
            return
        set_note(self.note, None)
        arrays = [self.names.index(p.name) for p in checks]
        num = np.concatenate([p.numerical for p in checks])
        ana = np.concatenate([p.analytic for p in checks])
        owner = np.concatenate([np.full(p.n_checked, a) for a, p in zip(arrays, checks)])
        flat = np.concatenate([p.indices for p in checks])
        errors = entry_errors(num, ana, result.loss, result.eps) if math.isfinite(result.loss) else np.abs(num - ana)
        worst = self._worst(num, ana, errors, owner, flat)
        self._fill_worst()
        shown = np.zeros(len(num), bool)
        shown[::max(1, math.ceil(len(num) / MAX_POINTS))] = True
        shown[worst] = True
        shown[[num.argmin(), num.argmax(), ana.argmin(), ana.argmax()]] = True   # the full range, as the diagonal
        layer_of = np.asarray(self.layers)[owner]
        for layer, item in zip(sorted(set(self.layers)), self.scatters):
            pick = shown & (layer_of == layer)
            item.setData(ana[pick], num[pick])
        lo, hi = float(min(num.min(), ana.min())), float(max(num.max(), ana.max()))
        pad = 0.05 * (hi - lo) if hi > lo else 1e-6
        self.diagonal.setData([lo - pad, hi + pad], [lo - pad, hi + pad])
        n = int(sum(p.n_checked for p in checks))
        verdict = (self.tr("all checked arrays pass") if result.passed else
                   self.tr("%n array(s) FAIL", "", sum(not p.passed for p in checks)))
        self.caption.setText(self.tr("{0:,} entries checked · largest relative error {1:.1e} (pass below {2}): {3}")
                             .format(n, result.max_rel_error, THRESHOLD_TEXT, verdict)
                             + (self.tr(" · scatter shows {0:,} of them").format(int(shown.sum()))
                                if shown.sum() < n else ""))

    def _worst(self, num, ana, errors, owner, flat) -> np.ndarray:
        """Fill :attr:`worst` with the N_WORST worst entries of distinct values (many share
        one: every blank pixel's weight into a unit gets the same gradient); returns them."""
        ranked = np.argsort(-errors, kind="stable")
        keys = np.stack([num[ranked], ana[ranked], owner[ranked].astype(float)], axis=1)
        _, first, counts = np.unique(keys, axis=0, return_index=True, return_counts=True)
        pick = np.argsort(first)[:N_WORST]
        chosen = ranked[first[pick]]
        self.worst = []
        for k, same in zip(chosen, counts[pick]):
            label = entry_label(self.names[owner[k]], self.shapes[owner[k]], flat[k])
            alike = self.tr(" (+{0:,} alike)").format(same - 1) if same > 1 else ""
            self.worst.append((label + alike, float(num[k]), float(ana[k]), float(abs(num[k] - ana[k])),
                               float(errors[k])))
        return chosen

    # -- tables ------------------------------------------------------------------------------------
    def row_texts(self) -> list[list[str]]:
        """The array table as text, row by row (for tests and export)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def _fill_table(self) -> None:
        checks = {p.name: p for p in self.result.params} if self.result is not None else {}
        if self.table.rowCount() != len(self.names):  # as tall as its rows (up to 10), the rest for the worst list
            self.table.setRowCount(len(self.names))
            rows = max(1, min(len(self.names), 10))
            self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + 4 +
                                        rows * self.table.verticalHeader().defaultSectionSize())
        for r, (name, shape, layer) in enumerate(zip(self.names, self.shapes, self.layers)):
            p = checks.get(name)
            size = int(np.prod(shape))
            cells = [f"{name}  ({'×'.join(map(str, shape))})", f"{p.n_checked:,} / {size:,}" if p else f"0 / {size:,}",
                     f"{p.rel_error:.2e}" if p else "—", f"{p.max_abs_error:.1e}" if p else "—",
                     (self.tr("pass ✔") if p.passed else self.tr("FAIL ✘")) if p else "—"]
            for c, text in enumerate(cells):
                item = _item(text, Qt.AlignLeft | Qt.AlignVCenter if c in (0, 4) else Qt.AlignRight | Qt.AlignVCenter)
                item.setToolTip(self.tr("{0}: parameter array of layer {1}, shape {2}").format(name, layer, shape))
                if p and c == 4:
                    item.setBackground(PASS_COLOR if p.passed else FAIL_COLOR)
                self.table.setItem(r, c, item)

    def _fill_worst(self) -> None:
        self.worst_table.setRowCount(len(self.worst))
        for r, (label, num, ana, diff, rel) in enumerate(self.worst):
            for c, text in enumerate((label, f"{num:.6g}", f"{ana:.6g}", f"{diff:.1e}", f"{rel:.1e}")):
                self.worst_table.setItem(r, c, _item(text, Qt.AlignLeft | Qt.AlignVCenter if c == 0 else
                                                     Qt.AlignRight | Qt.AlignVCenter))
