"""The numbers behind the backprop inspector (Qt only for translating captions): one step's formulas for one unit.

:func:`source_from_snapshot` gives the arrays the inspector reads from one trace — the
current minibatch's, or the probe sample's own passes (N = 1) while the user follows it or
before the first step — with the weights it used (for a trace without them, before the
first step: the freshly initialised weights, which the inspector asks the engine for, see
:func:`needs_initial_params`). :func:`terms` then picks
out, for layer ``l``, sample ``n``, unit ``j``, input ``i`` and output unit ``k``, the
engine's values (``z``, ``a``, output and hidden ``delta``, ``dW``, ``ΔW``, ``W_new``,
taken from the arrays unchanged) next to the same quantities recomputed from the
formulas (sums in float64, so they agree with the engine within float32 rounding), and
the largest terms of each sum for display.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from backprop_viz.core.activations import get_activation
from backprop_viz.gui.texts import phase_name

from .focus_bar import following, has_arrays, network_words, sample_caption, shown_trace

translate = QCoreApplication.translate

TOP_TERMS = 4


@dataclass
class Source:
    """Per layer (0-based lists): the arrays of one step, batch-first."""

    what: str                  # a caption: where the numbers come from
    phase: str                 # forward | backward | update
    N: int
    a_prev: list
    z: list
    z_hat: list
    a: list
    mask: list
    delta: list
    dW: list
    W: list                    # the weights the forward pass used
    b: list
    W_after: list
    dW_update: list
    activations: list[str]
    targets: np.ndarray | None
    labels: np.ndarray | None
    lr: float
    update_note: str = ""      # what the update line says until it is filled (default: after the update phase)

    def __post_init__(self):
        if not self.update_note:
            self.update_note = translate("InspectorTerms", "after the update phase")


def needs_initial_params(snapshot) -> bool:
    """Whether :func:`source_from_snapshot` needs the freshly initialised parameters (a trace
    without its weights before the first step, in a snapshot without the network)."""
    trace = shown_trace(snapshot)
    return (has_arrays(trace) and trace.layers[0].W_before is None and snapshot.global_step == 0
            and getattr(snapshot, "network", None) is None)


def source_from_snapshot(snapshot, initial_params: list | None = None) -> Source | None:
    """The arrays to inspect — one trace, the minibatch's or one sample's
    (:func:`.focus_bar.shown_trace`); ``None`` when the snapshot has none (or, see
    :func:`needs_initial_params`, until ``initial_params`` are given)."""
    trace = shown_trace(snapshot)
    if not has_arrays(trace):
        return None
    L = trace.layers
    W, b = [x.W_before for x in L], [x.b_before for x in L]
    if W[0] is None:   # a trace without its weights: the snapshot's network, or the initial ones
        network = getattr(snapshot, "network", None)
        params = ([{"W": layer.W, "b": layer.b} for layer in network.layers] if network is not None else
                  initial_params if snapshot.global_step == 0 else None)
        if params is None:
            return None
        W, b = [p["W"] for p in params], [p["b"] for p in params]
    if not trace.is_sample:
        what = translate("InspectorTerms", "minibatch of {0} · step {1} · {2} phase done").format(
            trace.batch_size, trace.step, phase_name(trace.phase))
        note = ""
    else:
        if trace.step == 0:
            when = translate("InspectorTerms", "untrained network, no step yet")
        elif following(snapshot):
            when = network_words(trace)
        else:
            when = translate("InspectorTerms", "network after step {0} (the last step kept no arrays)").format(
                trace.step)
        what = translate("InspectorTerms", "{0} (N = 1) · {1}").format(sample_caption(trace), when)
        note = (translate("InspectorTerms", "after the first training step") if trace.step == 0 else
                translate("InspectorTerms", "shown for training steps, not for one sample"))
    return Source(what, trace.phase, trace.batch_size, [x.a_prev for x in L], [x.z for x in L],
                  [x.z_hat for x in L], [x.a for x in L], [x.mask for x in L], [x.delta for x in L],
                  [x.dW for x in L], W, b, [x.W_after for x in L], [x.dW_update for x in L],
                  [x.activation for x in L], trace.targets, trace.labels, trace.lr, note)


def initial_params(snapshot, cache: dict) -> list[dict]:
    """The freshly initialised parameters of ``snapshot.config`` rebuilt here from its seed, cached
    in ``cache`` per run and config. Only for views not yet moved to the engine's
    :class:`~backprop_viz.engine.requests.InitialParams` (the inspector asks the engine)."""
    key = (snapshot.run_id, snapshot.config)
    if cache.get("key") != key:
        from backprop_viz.core.network import Network
        cache.update(key=key, params=Network.from_config(snapshot.config).get_params())
    return cache["params"]


def _top(products: np.ndarray, left: np.ndarray, right: np.ndarray, k: int = TOP_TERMS) -> list:
    """The ``k`` largest ``|left·right|`` terms as ``(index, left, right)``, largest first."""
    k = min(k, len(products))
    idx = np.argpartition(-np.abs(products), k - 1)[:k] if k else np.zeros(0, int)
    idx = idx[np.argsort(-np.abs(products[idx]))]
    return [(int(i), float(left[i]), float(right[i])) for i in idx]


def derivative(name: str, z: float, a: float) -> float:
    """``f'(z)`` as the engine computes it (from ``z`` and ``a``)."""
    return float(get_activation(name).df(np.array([[z]]), np.array([[a]]))[0, 0])


def terms(src: Source, l: int, n: int, j: int, i: int, k: int, config) -> dict:
    """Every number of the inspector for layer ``l`` (1-based), sample ``n``, unit ``j``,
    input ``i`` (weight ``i → j``) and output unit ``k``. Missing phases give no keys."""
    x = l - 1
    L = len(src.z)
    f64 = np.float64
    W, b, a_prev = src.W[x], src.b[x], src.a_prev[x]
    prod = a_prev[n].astype(f64) * W[:, j].astype(f64)
    v = {"layer": l, "n": n, "j": j, "i": i, "k": k, "N": src.N, "activation": src.activations[x],
         "z": src.z[x][n, j], "a": src.a[x][n, j], "b": b[j], "z_terms": _top(prod, a_prev[n], W[:, j]),
         "z_sum": float(prod.sum()) + float(b[j]), "n_in": len(prod)}
    pre = src.z_hat[x] if src.z_hat[x] is not None else src.z[x]
    v["z_hat"] = None if src.z_hat[x] is None else src.z_hat[x][n, j]
    v["mask"] = None if src.mask[x] is None else src.mask[x][n, j]
    v["a_formula"] = float(get_activation(src.activations[x]).f(pre[n:n + 1].astype(f64))[0, j])
    if src.delta[-1] is None:
        return v
    # output error of unit k
    zo, ao, t = src.z[-1][n], src.a[-1][n], src.targets[n]
    v.update(t=t[k], a_out=ao[k], z_out=zo[k], delta_out=src.delta[-1][n, k], t_sum=float(t.sum()))
    ao64, t64 = ao.astype(f64), t.astype(f64)
    if config.loss == "cross_entropy":
        v["delta_out_formula"] = (ao64[k] * t64.sum() - t64[k]) / src.N
    else:
        g = (ao64 - t64) / src.N
        if src.activations[-1] == "softmax":
            v["softmax_dot"] = float(g @ ao64)
            v["delta_out_formula"] = ao64[k] * (g[k] - v["softmax_dot"])
        else:
            v["fprime_out"] = derivative(src.activations[-1], float(zo[k]), float(ao[k]))
            v["delta_out_formula"] = g[k] * v["fprime_out"]
    # hidden error of unit j (layer l < L)
    if l < L:
        d_next, W_next = src.delta[l][n], src.W[l][j]
        back = d_next.astype(f64) * W_next.astype(f64)
        v.update(delta_hidden=src.delta[x][n, j], back_terms=_top(back, d_next, W_next), back_sum=float(back.sum()),
                 n_next=len(back), fprime=derivative(src.activations[x], float(pre[n, j]), float(src.a[x][n, j])))
        g = v["back_sum"] * (float(v["mask"]) if v["mask"] is not None else 1.0)
        v["delta_hidden_sum"] = None if src.z_hat[x] is not None else g * v["fprime"]
    # dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]
    col_a, col_d = a_prev[:, i].astype(f64), src.delta[x][:, j].astype(f64)
    batch = col_a * col_d
    dW = src.dW[x][i, j] if src.dW[x] is not None else a_prev[:, i] @ src.delta[x][:, j]
    v.update(dW=dW, dW_sum=float(batch.sum()), delta_j=src.delta[x][n, j], a_prev_i=a_prev[n, i],
             dW_terms=[(m, float(a_prev[m, i]), float(src.delta[x][m, j])) for m in range(min(3, src.N))],
             dW_zero=int(np.count_nonzero(batch == 0)), W=W[i, j])
    # update
    if src.W_after[x] is not None:
        upd = src.dW_update[x][i, j]
        v.update(dW_update=upd, W_new=src.W_after[x][i, j], W_new_sum=W[i, j] + upd)
        if config.optimizer == "sgd":
            g = dW + config.weight_decay * W[i, j] if config.weight_decay else dW
            v["minus_lr_g"] = g * -src.lr
    return v
