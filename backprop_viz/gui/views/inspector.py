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
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from .common import info_button, layer_labels
from .inspector_terms import source_from_snapshot, terms

INFO = ("The backpropagation equations for one unit, filled in with the numbers of the current step. Forward: "
        "z = Σ a_prev·w + b, a = f(z). Backward: at the output δ = a − t (softmax + cross-entropy) or "
        "(a − t)·f′(z) (squared error), divided by the minibatch size N because the loss is the batch mean; in a "
        "hidden layer δ = (Σ δ_next·w)·f′(z); the weight gradient sums over the minibatch, "
        "dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]. Update: W_new = W − lr·dW for plain SGD (momentum and Adam compute "
        "their own step ΔW). Step one phase at a time (P) to watch the lines fill in.")
F_TEXT = {"sigmoid": ("σ(z) = 1/(1 + e^−z)", "a(1 − a)"), "tanh": ("tanh(z)", "1 − a²"),
          "relu": ("max(0, z)", "1 if z > 0 else 0"), "leaky_relu": ("z if z > 0 else 0.01·z", "1 if z > 0 else 0.01"),
          "identity": ("z", "1"), "softmax": ("e^z_k / Σ_m e^z_m", "—")}
CSS = ("<style>p{margin:2px 0} .h{color:#1f4e9a;font-weight:bold;margin-top:8px} .m{font-family:monospace} "
       ".e{color:#0a6b2a;font-weight:bold} .p{color:#999;font-style:italic} .n{color:#666}</style>")


def num(x, digits: int = 6) -> str:
    return "—" if x is None else f"{float(x):.{digits}g}"


def paren(x, digits: int = 6) -> str:
    s = num(x, digits)
    return f"({s})" if s.startswith("-") else s


class InspectorView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("inspector_view")
        self.info_text = INFO
        self.snapshot = None
        self._source = None
        self._values: dict = {}
        self._run_id = None
        self._cache: dict = {}
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("inspector_layer")
        self.layer_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.layer_box.setToolTip("The layer l whose unit j and weight W[i, j] are written out")
        self.sample = self._spin("inspector_sample", "sample n of the minibatch")
        self.unit = self._spin("inspector_unit", "unit j of the chosen layer")
        self.input = self._spin("inspector_input", "input i of the chosen layer: the weight shown is W[i, j]")
        self.output = self._spin("inspector_output", "output unit k for the output error")
        self.pick = QPushButton("★ strongest")
        self.pick.setToolTip("Pick the most active unit j of sample n and its largest input term i")
        panel = QLabel()
        row = QHBoxLayout()
        for label, w in (("layer", self.layer_box), ("n", self.sample), ("j", self.unit), ("i", self.input),
                         ("k", self.output)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.pick)
        row.addStretch(1)
        row.addWidget(info_button(INFO, panel))
        self.caption = QLabel("Waiting for the network…")
        self.caption.setObjectName("inspector_caption")
        self.caption.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("inspector_text")
        self.text.setOpenLinks(False)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(panel)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        self.layer_box.currentIndexChanged.connect(lambda _: self._on_layer())
        for box in (self.sample, self.unit, self.input, self.output):
            box.valueChanged.connect(lambda _: self._render())
        self.pick.clicked.connect(lambda: (self.pick_strongest(), self._render()))

    def _spin(self, name: str, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setToolTip(tip)
        box.setKeyboardTracking(False)
        return box

    # -- public API --------------------------------------------------------------------------
    def values(self) -> dict:
        """The numbers on screen: engine values (``z``, ``a``, ``delta_out``, ``delta_hidden``, ``dW``,
        ``dW_update``, ``W_new``) and their recomputations (``z_sum``, ``delta_out_formula``,
        ``delta_hidden_sum``, ``dW_sum``, ``W_new_sum``); absent until their phase has run."""
        return dict(self._values)

    def clear(self) -> None:
        self.snapshot, self._source, self._values, self._run_id = None, None, {}, None
        self.caption.setText("Waiting for the network…")
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
        self._source = source_from_snapshot(snapshot, self._cache)
        labels = layer_labels(snapshot.config)
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != labels:
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(labels)
            self.layer_box.setCurrentIndex(max(len(labels) - 2, 0))   # the last hidden layer
            self.layer_box.blockSignals(False)
            self._run_id = None
        self._set_ranges()
        if self._run_id != snapshot.run_id and self._source is not None:
            self._run_id = snapshot.run_id
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
        if src is None:
            self._values = {}
            self.caption.setText("This step kept no arrays; the numbers appear with the next displayed step.")
            self.text.setHtml(CSS + "<p class='p'>— waiting for a step with full arrays</p>")
            return
        v = terms(src, self.layer_box.currentIndex() + 1, self.sample.value(), self.unit.value(),
                  self.input.value(), self.output.value(), snap.config)
        self._values = v
        self.caption.setText(f"{src.what} — <span style='color:#0a6b2a'><b>green</b></span>: the engine's "
                             f"numbers; <i>recomputed</i>: the formula evaluated here (equal up to float32 rounding)")
        self.text.setHtml(CSS + "".join(_html(v, src, snap.config)))


def _sum_terms(items, extra: int) -> str:
    body = " + ".join(f"{paren(a, 4)}·{paren(w, 4)}" for _, a, w in items)
    return body + (f" + … ({extra} more)" if extra > 0 else "")


def _result(recomputed, name: str, engine) -> str:
    return (f"<p class='m'>&nbsp;&nbsp;= {num(recomputed)} <span class='n'>(recomputed)</span> &nbsp; "
            f"<span class='e'>{name} = {num(engine)}</span></p>")


def _update_rule(config, lr) -> str:
    if config.optimizer == "sgd":
        return f"W_new = W − lr·{'(dW + λ·W)' if config.weight_decay else 'dW'}"
    if config.optimizer == "momentum":
        return f"v ← {config.momentum:g}·v + dW,  ΔW = −{lr:g}·v,  W_new = W + ΔW"
    return (f"m ← {config.beta1:g}·m + {1 - config.beta1:g}·dW,  v ← {config.beta2:g}·v + {1 - config.beta2:g}·dW²,"
            f"  ΔW = −{lr:g}·m̂/(√v̂ + ε),  W_new = W + ΔW")


def _html(v: dict, src, config) -> list[str]:
    l, n, j, i, k, N = v["layer"], v["n"], v["j"], v["i"], v["k"], v["N"]
    L, out_act = len(src.z), src.activations[-1]
    f, fp = F_TEXT.get(v["activation"], ("f(z)", "f′(z)"))
    if config.loss == "cross_entropy":
        delta_rule = "δ_L = (a − t)/N   (softmax + cross-entropy: softmax − one-hot)"
    elif out_act == "softmax":
        delta_rule = "δ_L = a·(g − Σ_m g_m·a_m), g = (a − t)/N   (softmax + squared error)"
    else:
        delta_rule = f"δ_L = (a − t)·f′(z)/N, f′(z) = {F_TEXT.get(out_act, ('', 'f′(z)'))[1]}   (squared error)"
    arg = "z" if v["z_hat"] is None else f"ẑ) with ẑ = BN(z) = {num(v['z_hat'])}, f(ẑ"
    out = [f"<p class='h'>1 · Forward pass — layer {l}, unit j = {j}, sample n = {n}</p>",
           f"<p class='m'>z = Σ_i a_prev[i]·w[i, {j}] + b = {_sum_terms(v['z_terms'], v['n_in'] - len(v['z_terms']))}"
           f" + {paren(v['b'], 4)}</p>", _result(v["z_sum"], "z", v["z"]),
           f"<p class='m'>a = f({arg}) = {f} = <span class='e'>{num(v['a'])}</span></p>"]
    if v["mask"] is not None:
        out.append(f"<p class='m n'>dropout: the next layer sees a·m = {num(v['a'])}·{num(v['mask'])}</p>")
    heads = [f"2 · Output error — output unit k = {k}, sample n = {n}", f"3 · Hidden error — layer {l}, unit j = {j}",
             f"4 · Weight gradient dW[i = {i}, j = {j}] of layer {l} — a sum over the minibatch",
             f"5 · Update of W[{i}, {j}]"]
    if "delta_out" not in v:
        after = "after the backward phase"
        rules = [delta_rule, "δ = (Σ_m δ_next[m]·w_next[j, m])·f′(z)", "dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]",
                 _update_rule(config, src.lr)]
        for m, (head, rule) in enumerate(zip(heads, rules)):
            when = src.update_note if m == 3 else after
            out += [f"<p class='h'>{head}</p>", f"<p class='m p'>{rule} &nbsp;— {when}</p>"]
        return out
    a, t = paren(v["a_out"]), paren(v["t"])
    label = f" (label {int(src.labels[n])})" if src.labels is not None else ""
    if config.loss == "cross_entropy" and abs(v["t_sum"] - 1) < 1e-6:
        nums = f"({a} − {t})/{N}"
    elif config.loss == "cross_entropy":
        delta_rule, nums = "δ_L = (a·Σt − t)/N   (cross-entropy, targets summing to Σt)", \
            f"({a}·{v['t_sum']:.4g} − {t})/{N}"
    elif "softmax_dot" in v:
        nums = f"{a}·(({a} − {t})/{N} − {paren(v['softmax_dot'])})"
    else:
        nums = f"({a} − {t})·{paren(v['fprime_out'])}/{N}"
    out += [f"<p class='h'>{heads[0]}</p>", f"<p class='m'>{delta_rule}</p>",
            f"<p class='m'>&nbsp;&nbsp;= {nums} &nbsp;<span class='n'>t = target of sample {n}{label}</span></p>",
            _result(v["delta_out_formula"], f"δ_L[{n}, {k}]", v["delta_out"]),
            f"<p class='n'>The loss is the mean over the N = {N} sample{'s' * (N != 1)} of the minibatch, so the "
            f"engine folds 1/N into δ (with N = 1 this is the lecture's per-sample formula).</p>", f"<p class='h'>{heads[1]}</p>"]
    if l == L:
        out.append("<p class='n'>This is the output layer: its δ is the output error above. Choose a hidden "
                   "layer to see δ = (Σ δ_next·w)·f′(z).</p>")
    else:
        mask = "" if v["mask"] is None else f"·m"
        mval = "" if v["mask"] is None else f"·{num(v['mask'])}"
        out += [f"<p class='m'>δ = (Σ_m δ_next[m]·w_next[{j}, m]){mask}·f′(z), f′(z) = {fp}</p>",
                f"<p class='m'>&nbsp;&nbsp;= ({_sum_terms(v['back_terms'], v['n_next'] - len(v['back_terms']))})"
                f"{mval}·{paren(v['fprime'], 4)}</p>",
                f"<p class='m'>&nbsp;&nbsp;= ({num(v['back_sum'])}){mval}·{paren(v['fprime'])}</p>",
                _result(v["delta_hidden_sum"], f"δ[{n}, {j}]", v["delta_hidden"])]
        if v["z_hat"] is not None:
            out.append("<p class='n'>With batch norm, δ also flows through the normalisation, which mixes the "
                       "samples, so it is not recomputed here; the engine's value is shown.</p>")
    terms_ = " + ".join(f"{paren(a_, 4)}·{paren(d_, 4)}" for _, a_, d_ in v["dW_terms"])
    more = f" + … ({N - len(v['dW_terms'])} more samples)" if N > len(v["dW_terms"]) else ""
    out += [f"<p class='h'>{heads[2]}</p>",
            f"<p class='m'>dW[{i}, {j}] = Σ_n a_prev[n, {i}]·δ[n, {j}] = {terms_}{more}</p>",
            _result(v["dW_sum"], f"dW[{i}, {j}]", v["dW"]),
            f"<p class='n'>Sample n = {n} contributes {paren(v['a_prev_i'])}·{paren(v['delta_j'])}; "
            f"{v['dW_zero']} of the {N} terms are exactly 0.</p>", f"<p class='h'>{heads[3]}</p>"]
    if "W_new" not in v:
        return out + [f"<p class='m p'>{_update_rule(config, src.lr)} &nbsp;— {src.update_note}</p>"]
    W, upd, lr, wd = paren(v["W"]), paren(v["dW_update"]), src.lr, config.weight_decay
    out.append(f"<p class='m'>{_update_rule(config, lr)}</p>")
    if config.optimizer == "sgd":
        g = f"({num(v['dW'])} + {wd:g}·{W})" if wd else paren(v["dW"])
        out.append(f"<p class='m'>&nbsp;&nbsp;= {W} − {lr:g}·{g} = {W} + {paren(v['minus_lr_g'])}</p>")
    else:
        out.append(f"<p class='m'>&nbsp;&nbsp;= {W} + {upd} &nbsp;<span class='n'>(ΔW from the engine: it needs "
                   f"the optimizer's running averages)</span></p>")
    out.append(_result(v["W_new_sum"], f"W_new[{i}, {j}]", v["W_new"]))
    return out
