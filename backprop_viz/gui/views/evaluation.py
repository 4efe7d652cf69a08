"""Evaluation: how good the network is on the test (or validation) set, and where it errs.

The accuracy on the whole evaluation set; the confusion matrix — row = true label,
column = the network's prediction, each cell the number of images, correct answers on
the green diagonal, mistakes in red (click a cell: :attr:`EvaluationView.cell_selected`
carries those images' indices, e.g. for the dataset browser; :mod:`.confusion`); the per-class accuracy
(how many of each digit are recognised); and a gallery of the misclassified images with
true label → prediction and the network's confidence, sortable. Computed with
:func:`backprop_viz.core.evaluation.evaluate` off the GUI thread on the snapshot's frozen
weights, whenever an epoch ends (or the run is reset) and on demand.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSplitter, QVBoxLayout, QWidget

from backprop_viz.core.evaluation import evaluate
from backprop_viz.gui.background import run_in_background

from .common import info_button, plain_axes, plot_note, set_note, set_title
from .confusion import ConfusionPlot
from .thumbnails import ThumbnailDelegate, ThumbnailModel, make_grid

INFO = ("How well the network does on images it never trained on. Accuracy: the share of the evaluation set it "
        "classifies right. Confusion matrix: row = the true digit, column = the network's answer; each cell counts "
        "images — the diagonal (green) is right, everything else (red) a mistake, e.g. row 4, column 9 = fours "
        "taken for nines. Click a cell to see those images in the dataset browser. Per-class accuracy: the share "
        "of each digit recognised. The gallery lists every mistake with true label → prediction and the "
        "network's confidence (its output a_L for the predicted class): confident mistakes are the interesting "
        "ones. Re-computed at the end of every epoch, or press Evaluate now.")
ORDERS = (("most confident first", "confident"), ("least confident first", "unsure"), ("by index", "index"))


class EvaluationView(QWidget):
    cell_selected = Signal(int, int, object)          # true label, predicted label, indices into the split
    inspect_requested = Signal(object, object, str)   # pixels, label, source (double-click in the gallery)
    evaluated = Signal(object)                        # the Evaluation, once shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("evaluation_view")
        self.info_text = INFO
        self.setToolTip(INFO)
        self.dataset = None
        self.split_name = "test"
        self.snapshot = None
        self.result = None            # the Evaluation shown
        self.result_key = None        # (run_id, epoch, global_step) it belongs to
        self._job = None
        self._queued = False
        self._run_id = None
        self._epoch = None

        self.evaluate_button = QPushButton("Evaluate now")
        self.evaluate_button.setObjectName("evaluation_run")
        self.evaluate_button.setToolTip("Evaluate the current weights on the whole set (off the GUI thread)")
        self.accuracy_label = QLabel("accuracy —")
        self.accuracy_label.setObjectName("evaluation_accuracy")
        self.status = QLabel("no data yet")
        self.status.setObjectName("evaluation_status")
        info_panel = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.evaluate_button)
        top.addWidget(self.accuracy_label)
        top.addWidget(self.status, 1)
        top.addWidget(info_button(INFO, info_panel))

        self.matrix_plot = ConfusionPlot()
        self.matrix_plot.cell_clicked.connect(self.select_cell)
        self.cell_texts, self.highlight, self.matrix_note = (self.matrix_plot.texts, self.matrix_plot.highlight,
                                                             self.matrix_plot.note)

        self.class_plot = pg.PlotWidget()
        self.class_plot.setObjectName("evaluation_per_class")
        p = self.class_plot.getPlotItem()
        plain_axes(p)
        p.setMouseEnabled(False, False)
        p.hideButtons()
        p.setLabel("left", "accuracy (%)")
        p.setLabel("bottom", "true class")
        p.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        p.showGrid(y=True, alpha=0.25)
        set_title(p, "per-class accuracy")
        self.class_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=(35, 139, 69))
        p.addItem(self.class_bars)
        self.class_note = plot_note(p)

        self.order_box = QComboBox()
        self.order_box.setObjectName("evaluation_order")
        for text, key in ORDERS:
            self.order_box.addItem(text, key)
        self.gallery_label = QLabel("misclassified images")
        self.gallery_label.setObjectName("evaluation_gallery_label")
        self.model = ThumbnailModel(self)
        self.gallery = QListView()
        self.gallery.setObjectName("evaluation_gallery")
        make_grid(self.gallery, self.model, ThumbnailDelegate(zoom=2, parent=self.gallery))
        self.gallery.setToolTip("true label → prediction (confidence). Double-click to inspect it in the network.")
        gallery_box = QWidget()
        g = QVBoxLayout(gallery_box)
        g.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.gallery_label, 1)
        head.addWidget(self.order_box)
        g.addLayout(head)
        g.addWidget(self.gallery, 1)

        right = QSplitter(Qt.Vertical)
        right.addWidget(self.class_plot)
        right.addWidget(gallery_box)
        right.setSizes([220, 380])
        main = QSplitter(Qt.Horizontal)
        main.addWidget(self.matrix_plot)
        main.addWidget(right)
        main.setSizes([470, 430])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(info_panel)
        layout.addWidget(main, 1)

        self.evaluate_button.clicked.connect(self.refresh)
        self.order_box.currentIndexChanged.connect(lambda _: self._show_gallery())
        self.gallery.doubleClicked.connect(self._inspect)
        self.clear()

    # -- inputs -------------------------------------------------------------------------------------
    def set_split(self, dataset, name: str = "test") -> None:
        """Evaluate on ``dataset`` (a :class:`~backprop_viz.data.Dataset`), called ``name``."""
        self.dataset, self.split_name = dataset, name
        self.clear()
        self.refresh()

    def show_snapshot(self, snapshot) -> None:
        """Re-evaluate when the run was reset or an epoch ended (cheap otherwise)."""
        self.snapshot = snapshot
        if snapshot.run_id != self._run_id:
            self._run_id = snapshot.run_id
            self.clear()
        if snapshot.epoch != self._epoch:
            self._epoch = snapshot.epoch
            self.refresh()

    def refresh(self) -> None:
        """Evaluate the latest snapshot's weights in the background (queued if one is running)."""
        snap, ds = self.snapshot, self.dataset
        if snap is None or snap.network is None or ds is None:
            return
        if self._job is not None:
            self._queued = True
            return
        net, config = snap.network, snap.config
        key = (snap.run_id, snap.epoch, snap.global_step, id(ds))
        self.status.setText(f"evaluating {len(ds):,} {self.split_name} images…")

        def work():
            x = ds.inputs(config.input_scaling, dtype=np.dtype(config.dtype))
            return key, evaluate(net, x, ds.labels)

        self._job = run_in_background(work, self)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)

    def _finish_job(self) -> None:
        self._job.deleteLater()
        self._job = None
        if self._queued:
            self._queued = False
            self.refresh()

    def _failed(self, message: str) -> None:
        self.status.setText(f"evaluation failed: {message}")
        self._finish_job()

    def _done(self, result) -> None:
        key, ev = result
        current = self.snapshot is not None and key[0] == self.snapshot.run_id and key[3] == id(self.dataset)
        if current:
            self.show_evaluation(ev, key)
        self._finish_job()

    # -- display --------------------------------------------------------------------------------------
    def show_evaluation(self, ev, key=None) -> None:
        """Show an :class:`~backprop_viz.core.evaluation.Evaluation` (normally from :meth:`refresh`)."""
        self.result, self.result_key = ev, key
        self.accuracy_label.setText(f"<b style='font-size:14pt'>accuracy {100 * ev.accuracy:.2f} %</b>")
        when = f"after epoch {key[1]} (step {key[2]:,})" if key else ""
        self.status.setText(f"on the {self.split_name} set: {ev.correct:,} of {ev.n:,} right {when} · "
                            f"computed in {ev.seconds:.2f} s")
        self.matrix_plot.show_counts(ev.confusion)
        acc = 100 * np.nan_to_num(ev.per_class_accuracy[:10])
        self.class_bars.setOpts(height=acc)
        low = max(0.0, np.floor((acc.min() - 5) / 10) * 10) if len(acc) else 0.0
        self.class_plot.setYRange(low, 100, padding=0.02)
        set_note(self.class_note, None)
        self._show_gallery()
        self.evaluated.emit(ev)

    def _show_gallery(self) -> None:
        ev, ds = self.result, self.dataset
        if ev is None or ds is None:
            self.model.set_data(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
            self.gallery_label.setText("misclassified images: none yet")
            return
        rows = ev.misclassified(self.order_box.currentData())
        pred, conf, names = ev.predictions, ev.confidences, ds.class_names

        def caption(i: int) -> str:
            return f"{names[int(ev.labels[i])]}→{names[int(pred[i])]} {conf[i]:.2f}"

        self.model.set_data(ds.images, ds.labels, rows, caption=caption, names=names)
        self.gallery_label.setText(f"<b>{len(rows):,}</b> mistakes: true→predicted, confidence")

    def gallery_indices(self) -> np.ndarray:
        """Indices of the images in the gallery, in display order."""
        return self.model.rows.copy()

    def select_cell(self, true_label: int, predicted_label: int) -> None:
        """Frame a cell and emit :attr:`cell_selected` with its images' indices."""
        if self.result is None:
            return
        self.matrix_plot.mark(true_label, predicted_label)
        self.cell_selected.emit(true_label, predicted_label, self.result.cell(true_label, predicted_label))

    def _inspect(self, index) -> None:
        i = int(self.model.rows[index.row()])
        ds = self.dataset
        self.inspect_requested.emit(np.array(ds.images[i]), int(ds.labels[i]), f"{self.split_name} image #{i}")

    def clear(self) -> None:
        """Forget the shown evaluation (e.g. after a reset)."""
        self.result, self.result_key = None, None
        self._epoch = None
        self.accuracy_label.setText("<b style='font-size:14pt'>accuracy —</b>")
        self.status.setText("waiting for the network…" if self.dataset is not None else "waiting for the data…")
        self.matrix_plot.show_counts(None)
        self.class_bars.setOpts(height=np.zeros(10))
        self.class_plot.setYRange(0, 100, padding=0.02)
        set_note(self.class_note, "appears after the first evaluation")
        self._show_gallery()
