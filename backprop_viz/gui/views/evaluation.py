"""Evaluation: how good the network is on the test (or validation) set, and where it errs.

The accuracy on the whole evaluation set; the confusion matrix — row = true label,
column = the network's prediction, each cell the number of images, correct answers on
the green diagonal, mistakes in red (click a cell: :attr:`EvaluationView.cell_selected`
carries those images' indices, e.g. for the dataset browser; :mod:`.confusion`); the per-class accuracy
(how many of each digit are recognised); and a gallery of the misclassified images with
true label → prediction and the network's confidence, sortable (a click inspects one). The engine computes it
(an :class:`~backprop_viz.engine.requests.Evaluate` request: :func:`backprop_viz.core.evaluation.evaluate`
on its latest snapshot's frozen weights) whenever an epoch ends (or the run is reset) and on
demand; this view only draws the answer.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QPushButton, QSplitter, QVBoxLayout, QWidget

from backprop_viz.engine.requests import Evaluate
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import duration, split_name

from .common import info_button, plain_axes, plot_note, set_info, set_label, set_note, set_title
from .confusion import ConfusionPlot
from .thumbnails import ThumbnailDelegate, ThumbnailModel, make_grid

INFO = QT_TRANSLATE_NOOP("EvaluationView", "How well the network does on images it never trained on. Accuracy: the share of the evaluation set it "
        "classifies right. Confusion matrix: row = the true digit, column = the network's answer; each cell counts "
        "images — the diagonal (green) is right, everything else (red) a mistake, e.g. row 4, column 9 = fours "
        "taken for nines. Click a cell to see those images in the dataset browser. Per-class accuracy: the share "
        "of each digit recognised. The gallery lists every mistake with true label → prediction and the "
        "network's confidence (its output a_L for the predicted class): confident mistakes are the interesting "
        "ones. Re-computed at the end of every epoch, or press Evaluate now.")
ORDERS = ((QT_TRANSLATE_NOOP("EvaluationView", "most confident first"), "confident"),
          (QT_TRANSLATE_NOOP("EvaluationView", "least confident first"), "unsure"),
          (QT_TRANSLATE_NOOP("EvaluationView", "by index"), "index"))


class EvaluationView(Retranslatable, QWidget):
    cell_selected = Signal(int, int, object)          # true label, predicted label, indices into the split
    inspect_requested = Signal(object, object, str)   # pixels, label, source (a click in the gallery)
    evaluated = Signal(object)                        # the Evaluation, once shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("evaluation_view")
        self.dataset = None
        self.split_name = "test"
        self.snapshot = None
        self.engine = None            # the TrainingController that computes (set_engine)
        self.result = None            # the Evaluation shown
        self.result_key = None        # (run_id, epoch, global_step) it belongs to
        self._job = None
        self._queued = False
        self._run_id = None
        self._epoch = None
        self._status = lambda: ""

        self.evaluate_button = QPushButton()
        self.evaluate_button.setObjectName("evaluation_run")
        self.accuracy_label = QLabel()
        self.accuracy_label.setObjectName("evaluation_accuracy")
        self.status = QLabel()
        self.status.setObjectName("evaluation_status")
        info_panel = QLabel()
        self.info = info_button("", info_panel)
        top = QHBoxLayout()
        top.addWidget(self.evaluate_button)
        top.addWidget(self.accuracy_label)
        top.addWidget(self.status, 1)
        top.addWidget(self.info)

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
        p.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        p.showGrid(y=True, alpha=0.25)
        self.class_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush=(35, 139, 69))
        p.addItem(self.class_bars)
        self.class_note = plot_note(p)

        self.order_box = QComboBox()
        self.order_box.setObjectName("evaluation_order")
        for text, key in ORDERS:
            self.order_box.addItem(text, key)
        self.gallery_label = QLabel()
        self.gallery_label.setObjectName("evaluation_gallery_label")
        self.model = ThumbnailModel(self)
        self.gallery = QListView()
        self.gallery.setObjectName("evaluation_gallery")
        make_grid(self.gallery, self.model, ThumbnailDelegate(zoom=2, parent=self.gallery))
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
        self.gallery.clicked.connect(self._inspect)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        set_info(self, self.tr(INFO))
        self.evaluate_button.setText(self.tr("Evaluate now"))
        self.evaluate_button.setToolTip(self.tr("Evaluate the current weights on the whole set (off the GUI "
                                                "thread); it also runs at every epoch's end"))
        p = self.class_plot.getPlotItem()
        set_label(p, "left", self.tr("accuracy (%)"))
        set_label(p, "bottom", self.tr("true class"))
        set_title(p, self.tr("per-class accuracy"))
        for i, (text, _) in enumerate(ORDERS):
            self.order_box.setItemText(i, self.tr(text))
        self.order_box.setToolTip(self.tr("The order of the mistakes: the most confident ones are the most "
                                          "instructive"))
        self.gallery.setToolTip(self.tr("true label → prediction (confidence). Click a mistake to follow it "
                                        "through the network: the probe, Layers, the Backprop inspector and the "
                                        "Network diagram show its own forward and backward pass."))
        self.status.setText(self._status())
        if self.result is not None:
            self._display(self.result, self.result_key)
        else:
            self.accuracy_label.setText("<b style='font-size:14pt'>" + self.tr("accuracy —") + "</b>")
            if self.class_note.isVisible():
                set_note(self.class_note, self.tr("appears after the first evaluation"))
            self._show_gallery()

    def _set_status(self, text) -> None:
        """Show ``text()`` as the status (a callable, so a language change can re-word it)."""
        self._status = text
        self.status.setText(text())
    # -- inputs -------------------------------------------------------------------------------------
    def set_engine(self, controller) -> None:
        """The :class:`~backprop_viz.gui.controller.TrainingController` that evaluates."""
        self.engine = controller
        if self.result is None:
            self.clear()
            self.refresh()

    def set_split(self, dataset, name: str = "test") -> None:
        """The evaluation split ``dataset`` (a :class:`~backprop_viz.data.Dataset`), called ``name``:
        its images fill the gallery (the engine evaluates its own copy of the same split)."""
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
        """Ask the engine to evaluate its latest weights (queued if an evaluation is under way)."""
        snap, ds = self.snapshot, self.dataset
        if snap is None or snap.network is None or ds is None or self.engine is None:
            return
        if self._job is not None:
            self._queued = True
            return
        n = len(ds)
        self._set_status(lambda: self.tr("evaluating {0:,} {1} images…").format(n, split_name(self.split_name)))
        self._job = self.engine.request(Evaluate, on_done=self._done, on_failed=self._failed)

    def _finish_job(self) -> None:
        self._job = None
        if self._queued:
            self._queued = False
            self.refresh()

    def _failed(self, message: str) -> None:
        self._set_status(lambda: self.tr("evaluation failed: {0}").format(message))
        self._finish_job()

    def _done(self, answer) -> None:
        """An :class:`~backprop_viz.engine.requests.EvaluationAnswer`; one of an older run is dropped."""
        if self.snapshot is not None and answer.run_id == self.snapshot.run_id and self.dataset is not None:
            self.show_evaluation(answer.evaluation, (answer.run_id, answer.epoch, answer.global_step))
        elif not self._queued:       # of another run than the one shown: keep what is shown
            if self.result is not None:
                self._display(self.result, self.result_key)
            else:
                self._set_status(lambda: self.tr("waiting for the network…"))
        self._finish_job()

    # -- display --------------------------------------------------------------------------------------
    def show_evaluation(self, ev, key=None) -> None:
        """Show an :class:`~backprop_viz.core.evaluation.Evaluation` (normally from :meth:`refresh`)."""
        self._display(ev, key)
        self.evaluated.emit(ev)

    def _display(self, ev, key) -> None:
        self.result, self.result_key = ev, key
        self.accuracy_label.setText("<b style='font-size:14pt'>" + self.tr("accuracy {0:.2f} %").format(
            100 * ev.accuracy) + "</b>")
        when = self.tr("after epoch {0} (step {1:,})").format(key[1], key[2]) if key else ""
        self._set_status(lambda: self.tr("on the {0} set: {1:,} of {2:,} right {3} · computed in {4}").format(
            split_name(self.split_name), ev.correct, ev.n, when, duration(ev.seconds)))
        self.matrix_plot.show_counts(ev.confusion)
        acc = 100 * np.nan_to_num(ev.per_class_accuracy[:10])
        self.class_bars.setOpts(height=acc)
        low = max(0.0, np.floor((acc.min() - 5) / 10) * 10) if len(acc) else 0.0
        self.class_plot.setYRange(low, 100, padding=0.02)
        set_note(self.class_note, None)
        self._show_gallery()

    def _show_gallery(self) -> None:
        ev, ds = self.result, self.dataset
        if ev is None or ds is None:
            self.model.set_data(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64))
            self.gallery_label.setText(self.tr("misclassified images: none yet"))
            return
        rows = ev.misclassified(self.order_box.currentData())
        pred, conf, names = ev.predictions, ev.confidences, ds.class_names

        def caption(i: int) -> str:
            return f"{names[int(ev.labels[i])]}→{names[int(pred[i])]} {conf[i]:.2f}"

        self.model.set_data(ds.images, ds.labels, rows, caption=caption, names=names)
        self.gallery_label.setText(self.tr("<b>{0:,}</b> mistakes: true→predicted, confidence · click one to inspect it").format(len(rows)))

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
        self.accuracy_label.setText("<b style='font-size:14pt'>" + self.tr("accuracy —") + "</b>")
        self._set_status(lambda: self.tr("waiting for the engine…") if self.engine is None
                         else self.tr("waiting for the network…") if self.dataset is not None
                         else self.tr("waiting for the data…"))
        self.matrix_plot.show_counts(None)
        self.class_bars.setOpts(height=np.zeros(10))
        self.class_plot.setYRange(0, 100, padding=0.02)
        set_note(self.class_note, self.tr("appears after the first evaluation"))
        self._show_gallery()
