"""Run comparison: overlay the curves of kept runs with the current one.

The left list holds finished runs kept with *Keep this run* (named by preset or by the
user) and stored on disk by :class:`~backprop_viz.gui.run_store.RunStore`; ticked runs
are drawn over the current run's curves — smoothed training loss and evaluation
accuracy against epochs, so runs with different batch sizes line up. *Run the six
course presets* asks the window to train the notebook progression one after another
(sigmoid → dropout → ReLU → batch norm → He → Adam; the window explains and asks first);
while it runs, a line shows "preset k of 6" with a Stop button, and the table then shows
each final accuracy beside the course's number.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QBoxLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.run_store import RunStore, StoredRun, branch_curve

from .arrange import DockNote, WideLow
from .common import add_legend, info_button, plain_axes, set_info

INFO = QT_TRANSLATE_NOOP(
    "CompareView",
    "Each kept run is one line: its smoothed training loss (top) and its accuracy on the evaluation set "
    "at each epoch's end (bottom), against epochs, with the current run in black. Compare how each idea "
    "of the course — dropout, ReLU, batch norm, He initialisation, Adam — changes how fast and how far the "
    "network learns.")
COLORS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
          (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207)]


class CompareView(Retranslatable, QWidget):
    course_sequence_requested = Signal()   # run the six notebook presets one after another
    course_sequence_stop_requested = Signal()
    keep_requested = Signal(str)           # keep the current run under this name

    def __init__(self, store: RunStore | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_view")
        self.store = store or RunStore()
        self.runs: list[StoredRun] = []
        self._current = None
        self.list = QListWidget()
        self.list.setObjectName("compare_list")
        self.list.setMinimumWidth(200)
        self.empty_hint = DockNote()           # instead of an empty list and table: what fills them
        self.empty_hint.setObjectName("compare_empty_hint")
        self.empty_hint.setMinimumWidth(200)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep_run_button")
        self.delete_button = QPushButton()
        self.course_button = QPushButton()
        self.course_button.setObjectName("course_sequence_button")
        self.sequence_label = QLabel()
        self.sequence_label.setObjectName("course_sequence_progress")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("course_sequence_stop")
        self._progress = (0, 0, "")
        sequence_row = QHBoxLayout()
        sequence_row.addWidget(self.sequence_label, 1)
        sequence_row.addWidget(self.stop_button)
        self.sequence_label.hide()
        self.stop_button.hide()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("compare_table")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setTabKeyNavigation(False)    # Tab leaves the table for the next control
        self.loss_plot = pg.PlotWidget()
        self.acc_plot = pg.PlotWidget()
        self.acc_plot.setXLink(self.loss_plot)
        # no grid: these plots redraw live, and pyqtgraph re-plays grid lines with every axis paint;
        # plain axes: "epoch (x0.001)" would hide that the run is still inside its first epoch
        for plot in (self.loss_plot, self.acc_plot):
            plain_axes(plot.getPlotItem())
        self.loss_legend = add_legend(self.loss_plot, (-10, 10))
        self.current_loss = self.loss_plot.plot(pen=pg.mkPen("k", width=2))
        # thousands of minibatches, redrawn live: draw about two points per pixel column
        self.current_loss.setDownsampling(auto=True, method="peak")
        self.current_loss.setClipToView(True)
        self.current_acc = self.acc_plot.plot(pen=pg.mkPen("k", width=2), symbol="o", symbolSize=6, symbolBrush="k")
        self._items: list = []
        self.branches: tuple = ()              # the timeline's parent lines (engine LineInfo)
        self.branch_items: list = []
        self.branch_marker = None              # the branch point, a vertical line
        self.info_panel = QLabel()
        self.info_panel.setWordWrap(True)
        self.info_panel.hide()
        self.info = info_button("", self.info_panel)
        left = QVBoxLayout()
        left.addWidget(self.empty_hint, 2)
        left.addWidget(self.list, 1)
        for w in (self.keep_button, self.delete_button, self.course_button):
            left.addWidget(w)
        left.addLayout(sequence_row)
        left.addWidget(self.table, 1)
        plots = QVBoxLayout()
        head = QHBoxLayout()
        head.addStretch(1)
        head.addWidget(self.info)
        plots.addLayout(head)
        plots.addWidget(self.info_panel)
        self.plots = QBoxLayout(QBoxLayout.TopToBottom)   # side by side when the area is wide and low
        self.plots.addWidget(self.loss_plot, 1)
        self.plots.addWidget(self.acc_plot, 1)
        plots.addLayout(self.plots, 1)
        self.arrangement = WideLow(self, self.plots, legends=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(left, 1)
        layout.addLayout(plots, 3)
        self.list.itemChanged.connect(lambda _: self.redraw())
        self.list.currentItemChanged.connect(self._enable_delete)
        self.keep_button.clicked.connect(self._ask_name)
        self.delete_button.clicked.connect(self._delete)
        self.course_button.clicked.connect(self.course_sequence_requested)
        self.stop_button.clicked.connect(self.course_sequence_stop_requested)
        self.retranslate()
        self.reload()

    def fonts_changed(self) -> None:
        """Presentation mode scaled the texts: side by side only while the titles fit."""
        self.arrangement.arrange()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        self.empty_hint.setText(self.tr(
            "No runs kept yet.\n\n“Keep this run…” stores the current run's curves here under a name; "
            "“Run the six course presets” trains the course's six networks one after another and keeps each. "
            "Ticked runs are drawn beside the current one."))
        self.keep_button.setText(self.tr("Keep this run…"))
        self.keep_button.setToolTip(self.tr("Store the current run's curves under a name to compare later"))
        self.delete_button.setText(self.tr("Delete the selected run"))
        self.delete_button.setToolTip(self.tr("Remove the highlighted run from the kept runs (on disk too)"))
        self.course_button.setText(self.tr("Run the six course presets"))
        self.course_button.setToolTip(self.tr("Train mlp → … → mlp-dropout-relu-bn-he-adam one after another "
                                              "(10 epochs each, at full speed) and keep each run; asks first"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End the course presets now (the runs kept so far stay)"))
        self.stop_button.setAccessibleName(self.tr("Stop the course presets"))
        self.show_sequence_progress(*self._progress)
        self.list.setToolTip(self.tr("Kept runs: tick the ones to draw over the current run"))
        self.table.setToolTip(self.tr("Each kept run's final accuracy beside the course's number"))
        self.table.setHorizontalHeaderLabels([self.tr("run"), self.tr("accuracy"), self.tr("course")])
        self.loss_plot.setTitle(self.tr("Training loss (smoothed)"))
        self.loss_plot.setLabel("left", self.tr("loss E"))
        self.acc_plot.setTitle(self.tr("Evaluation accuracy"))
        self.acc_plot.setLabel("left", self.tr("accuracy (%)"))
        self.arrangement.arrange()   # (side by side only while the new titles fit)
        for plot in (self.loss_plot, self.acc_plot):
            plot.setLabel("bottom", self.tr("epoch"))
        self.current_loss.opts["name"] = self.tr("current run")
        self.redraw()

    def show_sequence_progress(self, k: int, n: int, preset: str) -> None:
        """ "preset k of n: name" and Stop while the course presets run (``k == 0``: they do not)."""
        self._progress = (k, n, preset)
        running = k > 0
        self.sequence_label.setText(self.tr("preset {0} of {1}: {2}").format(k, n, preset) if running else "")
        self.sequence_label.setVisible(running)
        self.stop_button.setVisible(running)
        self.course_button.setEnabled(not running)

    # -- data --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the stored runs again (ticks are kept by name)."""
        ticked = set(self.ticked_names())
        self.runs = self.store.runs()
        self.list.blockSignals(True)
        self.list.clear()
        for run in self.runs:
            item = QListWidgetItem(run.name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if run.name in ticked or not ticked else Qt.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        empty = not self.runs
        self.empty_hint.setVisible(empty)
        self.list.setVisible(not empty)
        self.table.setVisible(not empty)
        self._enable_delete()
        self._fill_table()
        self.redraw()

    def _enable_delete(self, *_) -> None:
        """Delete acts on the highlighted run: enabled only while one is."""
        self.delete_button.setEnabled(self.list.currentItem() is not None)

    def ticked_names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def keep(self, stored: StoredRun) -> None:
        self.store.add(stored)
        self.reload()

    def show_snapshot(self, snapshot) -> None:
        """The current run, drawn in black (evaluation points; the loss comes from ``set_current_losses``)."""
        per = max(snapshot.steps_per_epoch, 1)
        pts = np.asarray(snapshot.eval_points, dtype=float).reshape(-1, 3)
        key = (snapshot.run_id, len(pts))
        if key != self._current:
            self._current = key
            self.current_acc.setData(pts[:, 0] / per, 100 * pts[:, 2])

    def set_current_losses(self, steps: np.ndarray, smoothed: np.ndarray, steps_per_epoch: int) -> None:
        if len(steps):
            self.current_loss.setData(np.asarray(steps) / max(steps_per_epoch, 1), smoothed)

    def clear(self) -> None:
        self._current = None
        self.current_loss.setData([], [])
        self.current_acc.setData([], [])

    def show_branches(self, info) -> None:
        """The timeline's parent lines (a TimelineAnswer), dashed from the branch point on, which is marked."""
        for item in self.branch_items:
            self.loss_plot.removeItem(item)
            self.loss_legend.removeItem(item)
        if self.branch_marker is not None:
            self.loss_plot.removeItem(self.branch_marker)
        self.branch_items, self.branch_marker = [], None
        self.branches = tuple(info.lines) if info is not None else ()
        if not self.branches:
            return
        per = max(info.steps_per_epoch, 1)
        # each parent from where its child left it: the current run's branch point for the last
        starts = [line.branch_step for line in self.branches[1:]] + [info.branch_step]
        for k, (line, start) in enumerate(zip(self.branches, starts)):
            x, y = branch_curve(line.losses, start, per)
            color = COLORS[(k + 3) % len(COLORS)]
            item = self.loss_plot.plot(x, y, pen=pg.mkPen(color, width=1.5, style=Qt.DashLine),
                                       name=self.tr("parent line {0}").format(line.id))
            self.branch_items.append(item)
        self.branch_marker = pg.InfiniteLine(info.branch_step / per, angle=90, pen=pg.mkPen((90, 90, 90), width=1,
                                                                                          style=Qt.DotLine),
                                             label=self.tr("branch"), labelOpts={"position": 0.9})
        self.loss_plot.addItem(self.branch_marker)

    # -- drawing -----------------------------------------------------------------------------------
    def redraw(self) -> None:
        for plot_item, plot in self._items:
            plot.removeItem(plot_item)
            if plot is self.loss_plot:
                self.loss_legend.removeItem(plot_item)
        self._items = []
        ticked = set(self.ticked_names())
        for k, run in enumerate(self.runs):
            if run.name not in ticked:
                continue
            color = COLORS[k % len(COLORS)]
            loss = self.loss_plot.plot(run.loss_epochs, run.loss, pen=pg.mkPen(color, width=1.5), name=run.name)
            pts = np.asarray(run.eval_points, dtype=float).reshape(-1, 3)
            acc = self.acc_plot.plot(pts[:, 0], 100 * pts[:, 2], pen=pg.mkPen(color, width=1.5), symbol="o",
                                     symbolSize=5, symbolBrush=color)
            self._items += [(loss, self.loss_plot), (acc, self.acc_plot)]

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            acc = run.final_accuracy
            cells = [run.name, "—" if acc is None else f"{100 * acc:.2f} %",
                     "—" if run.course_accuracy is None else f"{run.course_accuracy:.1f} %"]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Keep this run"), self.tr("Name:"), text=self.suggested_name)
        if ok and name.strip():
            self.keep_requested.emit(name.strip())

    suggested_name = "run"

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.store.remove(item.text())
            self.reload()
