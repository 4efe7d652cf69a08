"""The backprop inspector's page: the lecture's formulas written out with one step's numbers.

:func:`page_html` turns the numbers of :func:`~backprop_viz.gui.views.inspector_terms.terms`
into the inspector's HTML: forward pass, output error, hidden error, weight gradient and
update, each with its formula, the largest terms, the recomputed sum next to the engine's
value (green), and, for phases not run yet, when the line will appear. The words are
translated; the notation (``z``, ``a``, ``δ``, ``dW``, ``W``, ``f′(z)``) is the lecture's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate
F_TEXT = {"sigmoid": ("σ(z) = 1/(1 + e^−z)", "a(1 − a)"), "tanh": ("tanh(z)", "1 − a²"),
          "relu": ("max(0, z)", QT_TRANSLATE_NOOP("InspectorPage", "1 if z > 0 else 0")),
          "leaky_relu": (QT_TRANSLATE_NOOP("InspectorPage", "z if z > 0 else 0.01·z"),
                         QT_TRANSLATE_NOOP("InspectorPage", "1 if z > 0 else 0.01")),
          "identity": ("z", "1"), "softmax": ("e^z_k / Σ_m e^z_m", "—")}
CSS = ("<style>p{margin:2px 0} .h{color:#1f4e9a;font-weight:bold;margin-top:8px} .m{font-family:monospace} "
       ".e{color:#0a6b2a;font-weight:bold} .p{color:#999;font-style:italic} .n{color:#666}</style>")


def num(x, digits: int = 6) -> str:
    return "—" if x is None else f"{float(x):.{digits}g}"


def paren(x, digits: int = 6) -> str:
    s = num(x, digits)
    return f"({s})" if s.startswith("-") else s


def page_html(v: dict, src, config) -> str:
    """The whole page for the numbers ``v`` of :func:`terms` (with the style sheet)."""
    return CSS + "".join(_html(v, src, config))


def _sum_terms(items, extra: int) -> str:
    body = " + ".join(f"{paren(a, 4)}·{paren(w, 4)}" for _, a, w in items)
    return body + (translate("InspectorPage", " + … ({0} more)").format(extra) if extra > 0 else "")


def _result(recomputed, name: str, engine) -> str:
    return (f"<p class='m'>&nbsp;&nbsp;= {num(recomputed)} <span class='n'>"
            + translate("InspectorPage", "(recomputed)") + f"</span> &nbsp; <span class='e'>{name} = {num(engine)}</span></p>")


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
    f, fp = (translate("InspectorPage", text) for text in F_TEXT.get(v["activation"], ("f(z)", "f′(z)")))
    if config.loss == "cross_entropy":
        delta_rule = "δ_L = (a − t)/N   " + translate("InspectorPage", "(softmax + cross-entropy: softmax − one-hot)")
    elif out_act == "softmax":
        delta_rule = "δ_L = a·(g − Σ_m g_m·a_m), g = (a − t)/N   " + translate("InspectorPage", "(softmax + squared error)")
    else:
        fp_out = translate("InspectorPage", F_TEXT.get(out_act, ("", "f′(z)"))[1])
        delta_rule = (f"δ_L = (a − t)·f′(z)/N, f′(z) = {fp_out}   "
                      + translate("InspectorPage", "(squared error)"))
    arg = "z" if v["z_hat"] is None else translate("InspectorPage", "ẑ) with ẑ = BN(z) = {0}, f(ẑ").format(num(v["z_hat"]))
    out = ["<p class='h'>" + translate("InspectorPage", "1 · Forward pass — layer {0}, unit j = {1}, sample n = {2}")
           .format(l, j, n) + "</p>",
           f"<p class='m'>z = Σ_i a_prev[i]·w[i, {j}] + b = {_sum_terms(v['z_terms'], v['n_in'] - len(v['z_terms']))}"
           f" + {paren(v['b'], 4)}</p>", _result(v["z_sum"], "z", v["z"]),
           f"<p class='m'>a = f({arg}) = {f} = <span class='e'>{num(v['a'])}</span></p>"]
    if v["mask"] is not None:
        out.append("<p class='m n'>" + translate("InspectorPage", "dropout: the next layer sees a·m = {0}·{1}")
                   .format(num(v["a"]), num(v["mask"])) + "</p>")
    heads = [translate("InspectorPage", "2 · Output error — output unit k = {0}, sample n = {1}").format(k, n),
             translate("InspectorPage", "3 · Hidden error — layer {0}, unit j = {1}").format(l, j),
             translate("InspectorPage", "4 · Weight gradient dW[i = {0}, j = {1}] of layer {2} — a sum over the "
                       "minibatch").format(i, j, l),
             translate("InspectorPage", "5 · Update of W[{0}, {1}]").format(i, j)]
    if "delta_out" not in v:
        after = translate("InspectorPage", "after the backward phase")
        rules = [delta_rule, "δ = (Σ_m δ_next[m]·w_next[j, m])·f′(z)", "dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]",
                 _update_rule(config, src.lr)]
        for m, (head, rule) in enumerate(zip(heads, rules)):
            when = src.update_note if m == 3 else after
            out += [f"<p class='h'>{head}</p>", f"<p class='m p'>{rule} &nbsp;— {when}</p>"]
        return out
    a, t = paren(v["a_out"]), paren(v["t"])
    label = translate("InspectorPage", " (label {0})").format(int(src.labels[n])) if src.labels is not None else ""
    if config.loss == "cross_entropy" and abs(v["t_sum"] - 1) < 1e-6:
        nums = f"({a} − {t})/{N}"
    elif config.loss == "cross_entropy":
        delta_rule = "δ_L = (a·Σt − t)/N   " + translate("InspectorPage", "(cross-entropy, targets summing to Σt)")
        nums = f"({a}·{v['t_sum']:.4g} − {t})/{N}"
    elif "softmax_dot" in v:
        nums = f"{a}·(({a} − {t})/{N} − {paren(v['softmax_dot'])})"
    else:
        nums = f"({a} − {t})·{paren(v['fprime_out'])}/{N}"
    out += [f"<p class='h'>{heads[0]}</p>", f"<p class='m'>{delta_rule}</p>",
            f"<p class='m'>&nbsp;&nbsp;= {nums} &nbsp;<span class='n'>"
            + translate("InspectorPage", "t = target of sample {0}{1}").format(n, label) + "</span></p>",
            _result(v["delta_out_formula"], f"δ_L[{n}, {k}]", v["delta_out"]),
            "<p class='n'>" + (translate("InspectorPage", "The loss is the mean over the N = 1 sample of the "
                                         "minibatch, so the engine folds 1/N into δ (with N = 1 this is the "
                                         "lecture's per-sample formula).") if N == 1 else
                               translate("InspectorPage", "The loss is the mean over the N = {0} samples of the "
                                         "minibatch, so the engine folds 1/N into δ (with N = 1 this is the "
                                         "lecture's per-sample formula).").format(N)) + "</p>",
            f"<p class='h'>{heads[1]}</p>"]
    if l == L:
        out.append("<p class='n'>" + translate("InspectorPage", "This is the output layer: its δ is the output error "
                                               "above. Choose a hidden layer to see δ = (Σ δ_next·w)·f′(z).") + "</p>")
    else:
        mask = "" if v["mask"] is None else "·m"
        mval = "" if v["mask"] is None else f"·{num(v['mask'])}"
        out += [f"<p class='m'>δ = (Σ_m δ_next[m]·w_next[{j}, m]){mask}·f′(z), f′(z) = {fp}</p>",
                f"<p class='m'>&nbsp;&nbsp;= ({_sum_terms(v['back_terms'], v['n_next'] - len(v['back_terms']))})"
                f"{mval}·{paren(v['fprime'], 4)}</p>",
                f"<p class='m'>&nbsp;&nbsp;= ({num(v['back_sum'])}){mval}·{paren(v['fprime'])}</p>",
                _result(v["delta_hidden_sum"], f"δ[{n}, {j}]", v["delta_hidden"])]
        if v["z_hat"] is not None:
            out.append("<p class='n'>" + translate("InspectorPage", "With batch norm, δ also flows through the "
                                                   "normalisation, which mixes the samples, so it is not recomputed "
                                                   "here; the engine's value is shown.") + "</p>")
    terms_ = " + ".join(f"{paren(a_, 4)}·{paren(d_, 4)}" for _, a_, d_ in v["dW_terms"])
    more = translate("InspectorPage", " + … ({0} more samples)").format(N - len(v["dW_terms"])) \
        if N > len(v["dW_terms"]) else ""
    out += [f"<p class='h'>{heads[2]}</p>",
            f"<p class='m'>dW[{i}, {j}] = Σ_n a_prev[n, {i}]·δ[n, {j}] = {terms_}{more}</p>",
            _result(v["dW_sum"], f"dW[{i}, {j}]", v["dW"]),
            "<p class='n'>" + translate("InspectorPage", "Sample n = {0} contributes {1}·{2}; {3} of the {4} terms "
                                        "are exactly 0.").format(n, paren(v["a_prev_i"]), paren(v["delta_j"]),
                                                                 v["dW_zero"], N) + "</p>",
            f"<p class='h'>{heads[3]}</p>"]
    if "W_new" not in v:
        return out + [f"<p class='m p'>{_update_rule(config, src.lr)} &nbsp;— {src.update_note}</p>"]
    W, upd, lr, wd = paren(v["W"]), paren(v["dW_update"]), src.lr, config.weight_decay
    out.append(f"<p class='m'>{_update_rule(config, lr)}</p>")
    if config.optimizer == "sgd":
        g = f"({num(v['dW'])} + {wd:g}·{W})" if wd else paren(v["dW"])
        out.append(f"<p class='m'>&nbsp;&nbsp;= {W} − {lr:g}·{g} = {W} + {paren(v['minus_lr_g'])}</p>")
    else:
        out.append(f"<p class='m'>&nbsp;&nbsp;= {W} + {upd} &nbsp;<span class='n'>"
                   + translate("InspectorPage", "(ΔW from the engine: it needs the optimizer's running averages)")
                   + "</span></p>")
    out.append(_result(v["W_new_sum"], f"W_new[{i}, {j}]", v["W_new"]))
    return out
