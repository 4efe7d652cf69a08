"""The backprop inspector — the lecture on screen, with this step's real numbers.

Choose a layer ``l``, a sample ``n`` of the minibatch, a unit ``j`` of the layer, an
input ``i`` (the weight ``i → j``) and an output unit ``k``. The page then writes out
the step for them: the forward pass ``z = Σ a_prev·w + b`` (largest terms, the sum, the
bias) and ``a = f(z)``; the output error (``(a − t)/N`` for softmax + cross-entropy,
``(a − t)·f'(z)/N`` for squared error — the engine averages the loss over the minibatch,
so every ``delta`` carries ``1/N``); the hidden error ``delta = (Σ delta_next·w)·f'(z)``;
the batch sum ``dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]``; and the update ``W − lr·dW``
(or ``W + ΔW`` for momentum and Adam). Engine values are shown as the trace holds them
(:meth:`InspectorView.values`); lines of phases not yet run say when they will appear.
The view computes nothing heavy itself: a network it has to rebuild (the initial weights
of a snapshot without one) is asked of the engine (:class:`~backprop_viz.engine.requests.InitialParams`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout, QWidget

from backprop_viz.engine.requests import InitialParams
from backprop_viz.gui.i18n import Retranslatable

from .common import info_button, layer_labels
from .focus_bar import FocusBar, following
from .inspector_page import CSS, page_html
from .inspector_terms import needs_initial_params, source_from_snapshot, terms

INFO = QT_TRANSLATE_NOOP(
    "InspectorView", "The backpropagation equations for one unit, filled in with the numbers of the current step. "
    "Forward: z = Σ a_prev·w + b, a = f(z). Backward: at the output δ = a − t (softmax + cross-entropy) or "
    "(a − t)·f′(z) (squared error), divided by the minibatch size N because the loss is the batch mean; in a "
    "hidden layer δ = (Σ δ_next·w)·f′(z); the weight gradient sums over the minibatch, "
    "dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]. Update: W_new = W − lr·dW for plain SGD (momentum and Adam compute "
    "their own step ΔW). Step one phase at a time (P) to watch the lines fill in.")


class InspectorView(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector_view")
        self.snapshot = None
        self._source = None
        self._values: dict = {}
        self._run_id = None
        self.engine = None                   # the TrainingController (set_engine)
        self._initial: tuple | None = None   # ((run_id, config), params or None while asked)
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("inspector_layer")
        self.layer_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.sample = self._spin("inspector_sample")
        self.unit = self._spin("inspector_unit")
        self.input = self._spin("inspector_input")
        self.output = self._spin("inspector_output")
        self.pick = QPushButton()
        panel = QLabel()
        row = QHBoxLayout()
        self.layer_name = QLabel()
        for label, w in ((self.layer_name, self.layer_box), (QLabel("n"), self.sample), (QLabel("j"), self.unit),
                         (QLabel("i"), self.input), (QLabel("k"), self.output)):
            row.addWidget(label)
            row.addWidget(w)
        row.addWidget(self.pick)
        row.addStretch(1)
        self.info = info_button("", panel)
        row.addWidget(self.info)
        self.caption = QLabel()
        self.caption.setObjectName("inspector_caption")
        self.caption.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("inspector_text")
        self.text.setOpenLinks(False)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.focus_bar = FocusBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.focus_bar)
        layout.addLayout(row)
        layout.addWidget(panel)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        self.layer_box.currentIndexChanged.connect(lambda _: self._on_layer())
        for box in (self.sample, self.unit, self.input, self.output):
            box.valueChanged.connect(lambda _: self._render())
        self.pick.clicked.connect(lambda: (self.pick_strongest(), self._render()))
        self.retranslate()

    def retranslate(self) -> None:
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        self.layer_name.setText(self.tr("layer"))
        self.layer_box.setToolTip(self.tr("The layer l whose unit j and weight W[i, j] are written out"))
        self.sample.setToolTip(self.tr("sample n of the minibatch (0 … N − 1)"))
        self.unit.setToolTip(self.tr("unit j of the chosen layer"))
        self.input.setToolTip(self.tr("input i of the chosen layer: the weight shown is W[i, j]"))
        self.output.setToolTip(self.tr("output unit k for the output error (the label is a good choice)"))
        self.pick.setText(self.tr("★ strongest"))
        self.pick.setToolTip(self.tr("Pick the most active unit j of sample n and its largest input term i"))
        if self.snapshot is None:
            self.caption.setText(self.tr("Waiting for the network…"))
        else:
            self.show_snapshot(self.snapshot)

    def _spin(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setKeyboardTracking(False)
        return box

    # -- public API --------------------------------------------------------------------------
    def set_engine(self, controller) -> None:
        """The :class:`~backprop_viz.gui.controller.TrainingController` to ask for initial weights."""
        self.engine = controller
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def _initial_params(self, snapshot):
        """The initial parameters of ``snapshot``'s run, once the engine sent them (asked once per run
        and config); ``None`` until then."""
        key = (snapshot.run_id, snapshot.config)
        if self._initial is not None and self._initial[0] == key:
            return self._initial[1]
        if self.engine is None:
            return None
        self._initial = (key, None)

        def answered(params) -> None:
            if self._initial is not None and self._initial[0] == key:
                self._initial = (key, params)
                if self.snapshot is not None and (self.snapshot.run_id, self.snapshot.config) == key:
                    self.show_snapshot(self.snapshot)

        def refused(message: str) -> None:
            if self._initial is not None and self._initial[0] == key:
                self._initial = None
                self.caption.setText(self.tr("The initial weights are not available: {0}").format(message))

        self.engine.request(InitialParams, config=snapshot.config, on_done=answered, on_failed=refused)
        return None

    def values(self) -> dict:
        """The numbers on screen: engine values (``z``, ``a``, ``delta_out``, ``delta_hidden``, ``dW``,
        ``dW_update``, ``W_new``) and their recomputations (``z_sum``, ``delta_out_formula``,
        ``delta_hidden_sum``, ``dW_sum``, ``W_new_sum``); absent until their phase has run."""
        return dict(self._values)

    def clear(self) -> None:
        self.snapshot, self._source, self._values, self._run_id = None, None, {}, None
        self.focus_bar.clear()
        self.caption.setText(self.tr("Waiting for the network…"))
        self.text.clear()

    def select(self, layer: int | None = None, unit: int | None = None, input_unit: int | None = None,
               sample: int | None = None, output_unit: int | None = None) -> None:
        """Choose what to inspect (e.g. from the network diagram's ``node_selected``)."""
        boxes = [self.sample, self.unit, self.input, self.output]
        for box in boxes:
            box.blockSignals(True)
        if layer is not None and layer != self.layer_box.currentIndex() + 1:
            self.layer_box.blockSignals(True)
            self.layer_box.setCurrentIndex(layer - 1)
            self.layer_box.blockSignals(False)
            self._set_ranges()
            self.pick_strongest()
        for box, value in zip(boxes, (sample, unit, input_unit, output_unit)):
            if value is not None:
                box.setValue(value)
        if layer is not None and unit is not None and layer == self.layer_box.count():
            self.output.setValue(unit)
        for box in boxes:
            box.blockSignals(False)
        self._render()

    def show_snapshot(self, snapshot) -> None:
        self.snapshot = snapshot
        initial = self._initial_params(snapshot) if needs_initial_params(snapshot) else None
        self._source = source_from_snapshot(snapshot, initial)
        labels = layer_labels(snapshot.config)
        if self.layer_box.count() == len(labels):   # the same network: only the words may have changed
            for i, text in enumerate(labels):
                if self.layer_box.itemText(i) != text:
                    self.layer_box.setItemText(i, text)
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != labels:
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(labels)
            self.layer_box.setCurrentIndex(max(len(labels) - 2, 0))   # the last hidden layer
            self.layer_box.blockSignals(False)
            self._run_id = None
        self._set_ranges()
        self.focus_bar.show_snapshot(snapshot)
        key = (snapshot.run_id, following(snapshot))   # a new run, or a sample followed / left: its strongest unit
        if self._run_id != key and self._source is not None:
            self._run_id = key
            self.pick_strongest()
        self._render()

    def pick_strongest(self) -> None:
        """Unit j = the most active of sample n; input i = its largest term a_prev·w; k = the label."""
        src = self._source
        if src is None:
            return
        x, n = self.layer_box.currentIndex(), min(self.sample.value(), src.N - 1)
        j = int(abs(src.a[x][n]).argmax())
        i = int(abs(src.a_prev[x][n] * src.W[x][:, j]).argmax())
        for box, value in ((self.unit, j), (self.input, i)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        if src.labels is not None:
            self.output.blockSignals(True)
            self.output.setValue(int(src.labels[n]))
            self.output.blockSignals(False)

    # -- rendering ---------------------------------------------------------------------------
    def _set_ranges(self) -> None:
        src, x = self._source, self.layer_box.currentIndex()
        if src is None or x < 0:
            return
        for box, top in ((self.sample, src.N), (self.unit, src.W[x].shape[1]), (self.input, src.W[x].shape[0]),
                         (self.output, src.W[-1].shape[1])):
            box.blockSignals(True)
            box.setRange(0, top - 1)
            box.blockSignals(False)

    def _on_layer(self) -> None:
        self._set_ranges()
        self.pick_strongest()
        self._render()

    def _render(self) -> None:
        src, snap = self._source, self.snapshot
        if snap is None:
            return
        if src is None and needs_initial_params(snap):
            self._values = {}
            self.caption.setText(self.tr("waiting for the engine…") if self.engine is None else "…")
            self.text.setHtml(CSS + "<p class='p'>…</p>")
            return
        if src is None:
            self._values = {}
            self.caption.setText(self.tr("This step kept no arrays; the numbers appear with the next displayed step."))
            self.text.setHtml(CSS + "<p class='p'>" + self.tr("— waiting for a step with full arrays") + "</p>")
            return
        v = terms(src, self.layer_box.currentIndex() + 1, self.sample.value(), self.unit.value(),
                  self.input.value(), self.output.value(), snap.config)
        self._values = v
        self.caption.setText(self.tr("{0} — <span style='color:#0a6b2a'><b>green</b></span>: the engine's numbers; "
                                     "<i>recomputed</i>: the formula evaluated here (equal up to float32 rounding)")
                             .format(src.what))
        self.text.setHtml(page_html(v, src, snap.config))
