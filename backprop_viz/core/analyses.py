"""The gradient as a prediction the learner can test: five analyses of one network and batch.

A gradient predicts how the loss moves when parameters move: along a direction ``d`` the
loss changes by about ``s · Σ dW·d`` (:func:`loss_slice` draws the real curve), one weight
moved by ``Δw`` changes it by about ``dW[i, j]·Δw`` (:func:`weight_edit_effect` measures
the real change), ``dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]`` is a sum over the samples
(:func:`sample_contributions` gives the terms), carried one layer further backprop gives
``dE/dx`` (:func:`input_gradient`), and two batches agree on where to go as far as their
gradients point the same way (:func:`gradient_agreement`). ``E`` is the network's own loss,
the mean over the batch. Every function works on a private copy (:meth:`Network.frozen`),
so the network passed in — parameters, batch-norm running statistics, caches, random
generator — is unchanged bit for bit when it returns. Passes are in **training mode** by
default: batch norm uses the batch's statistics (so it needs N ≥ 2) and dropout uses one
mask per call, drawn once from ``seed`` (or given as ``masks``, e.g. a step's own) and
reused for every evaluation. ``training=False`` is **evaluation mode**: no dropout, batch
norm as the fixed affine map of its running statistics (as :func:`~.probe.probe` does).
"""

from __future__ import annotations

import numpy as np

from .network import Network
from .probe import _AffineNorm

__all__ = ["gradient_agreement", "input_gradient", "loss_slice", "sample_contributions", "weight_edit_effect"]


# -- the private copy --------------------------------------------------------------------------
def _working_copy(network: Network, x, *, training: bool, masks, seed: int) -> tuple[Network, np.ndarray]:
    """A copy of ``network`` with its passes fixed as the module docstring says, and ``x``
    ``(N, n_in)`` in its dtype. In evaluation mode the copy's layers behave the same
    whichever ``training`` flag their forward pass gets."""
    net = network.frozen()           # own W, b, batch norm and random generator
    for layer in net.layers:         # own gradient buffers (a snapshot's copy has none) and no old mask
        layer.dW, layer.db, layer.fixed_mask = np.zeros_like(layer.W), np.zeros_like(layer.b), None
    x = np.asarray(x, dtype=net.dtype)
    if x.ndim != 2 or x.shape[1] != net.sizes[0]:
        raise ValueError(f"x must be shaped (N, {net.sizes[0]}) for this network, not {x.shape}")
    if not training:
        for layer in net.layers:
            layer.p_drop = 0.0
            if layer.bn is not None:
                layer.bn = _AffineNorm(layer.bn)
        return net, x
    if len(x) < 2 and any(layer.bn is not None for layer in net.layers):
        raise ValueError("batch norm in training mode needs at least 2 samples (batch statistics); "
                         "use training=False for a single sample")
    if masks is None:                # draw every dropout mask once, then keep it
        net.rng = np.random.default_rng(seed)
        net.forward(x, training=True)
        masks = [layer.mask for layer in net.layers]
    if len(masks) != len(net.layers):
        raise ValueError(f"expected one dropout mask (or None) per layer: {len(net.layers)}, got {len(masks)}")
    for layer, mask in zip(net.layers, masks):
        if layer.p_drop > 0 and mask is None:
            raise ValueError(f"layer {layer.index} has dropout: its mask is needed")
        if mask is not None and np.shape(mask) != (len(x), layer.n_out):
            raise ValueError(f"layer {layer.index}: a dropout mask shaped {(len(x), layer.n_out)} is needed, "
                             f"not {np.shape(mask)}")
        layer.fixed_mask = None if layer.p_drop == 0 else np.asarray(mask, dtype=net.dtype)
    return net, x


def _targets(net: Network, x: np.ndarray, t) -> np.ndarray:
    t = np.asarray(t, dtype=net.dtype)
    if t.shape != (len(x), net.sizes[-1]):
        raise ValueError(f"t must be shaped {(len(x), net.sizes[-1])} like the network's output, not {t.shape}")
    return t


def _loss(net: Network, x: np.ndarray, t: np.ndarray) -> float:
    """``E`` of the copy on ``(x, t)`` (its mode is fixed by :func:`_working_copy`)."""
    net.forward(x, training=True)
    return float(net.compute_loss(t))


def _layer(net: Network, layer: int, i: int, j: int):
    """Layer ``layer`` (1-based) after checking that ``W[i, j]`` exists."""
    if not 1 <= int(layer) <= len(net.layers):
        raise ValueError(f"layer must be 1 to {len(net.layers)} (the lecture counts from 1), not {layer}")
    lay = net.layers[int(layer) - 1]
    if not (0 <= int(i) < lay.n_in and 0 <= int(j) < lay.n_out):
        raise ValueError(f"W{layer} is {lay.n_in}×{lay.n_out}: W[{i}, {j}] does not exist")
    return lay


def _flat_gradient(net: Network, x: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Every parameter's gradient, concatenated in :meth:`Network.param_triples` order (float64)."""
    net.forward(x, training=True)
    net.backward(t)
    return np.concatenate([g.ravel() for _, _, g in net.param_triples()]).astype(np.float64)


# -- the five analyses -------------------------------------------------------------------------
def loss_slice(network: Network, x, t, direction, ts, *, training: bool = True, masks=None,
               seed: int = 0) -> np.ndarray:
    """``E(θ + s·direction)`` for each ``s`` in ``ts``: the loss along a straight line.

    ``θ`` are the network's parameters (``W``, ``b``, and ``gamma``, ``beta`` with batch norm);
    ``direction`` is a list shaped like :meth:`Network.get_params` (one dict per layer, the same
    keys and shapes; ``running_mean``/``running_var`` may be present and are not moved: they are
    statistics, not parameters). ``x``: ``(N, n_in)``, ``t``: ``(N, n_out)``, ``ts``: ``(S,)`` →
    ``(S,)`` float64. At ``s = 0`` this is ``E``; its slope there is ``Σ dW·direction`` (for
    ``direction = −g``, ``−‖g‖²``). Training mode by default, ``training=False`` evaluation mode.
    """
    net, x = _working_copy(network, x, training=training, masks=masks, seed=seed)
    t = _targets(net, x, t)
    ts = np.asarray(ts, dtype=np.float64)
    if ts.ndim != 1 or not np.all(np.isfinite(ts)):
        raise ValueError("ts must be a 1-D list of finite numbers")
    if not isinstance(direction, (list, tuple)) or len(direction) != len(net.layers):
        raise ValueError(f"direction must be a list of {len(net.layers)} dicts shaped like network.get_params()")
    moves = []   # (parameter of the copy, its value at s = 0, its direction)
    for layer, d in zip(net.layers, direction):
        own = {name: p for name, p, _ in layer.params()}
        if not isinstance(d, dict) or set(d) - {"running_mean", "running_var"} != set(own):
            got = sorted(d) if isinstance(d, dict) else type(d).__name__
            raise ValueError(f"direction of layer {layer.index}: expected keys {sorted(own)}, got {got}")
        for name, p in own.items():
            step = np.asarray(d[name], dtype=np.float64)
            if step.shape != p.shape:
                raise ValueError(f"direction of layer {layer.index} {name}: expected shape {p.shape}, got {step.shape}")
            moves.append((p, p.astype(np.float64), step))
    out = np.empty(len(ts))
    for k, s in enumerate(ts):
        for p, p0, step in moves:
            p[...] = p0 + s * step       # θ + s·direction, rounded once to the network's dtype
        out[k] = _loss(net, x, t)
    return out


def input_gradient(network: Network, x, t, *, training: bool = True, masks=None, seed: int = 0) -> np.ndarray:
    """``dE/dx`` ``(N, n_in)``, shaped like ``x``: backprop carried one layer further, to the pixels.

    After the backward pass, ``dE/dx = delta_1 @ W_1.T`` — the step that ``delta_l =
    (delta_{l+1} @ W_{l+1}.T) * f'(z_l)`` would take, without an ``f'`` (the input has no
    activation). ``E`` is the batch mean, so each row carries a factor ``1/N``. Training mode
    by default; for one sample with batch norm use ``training=False`` (evaluation mode).
    """
    net, x = _working_copy(network, x, training=training, masks=masks, seed=seed)
    t = _targets(net, x, t)
    net.forward(x, training=True)
    net.backward(t)
    first = net.layers[0]
    return first.delta @ first.W.T


def sample_contributions(network: Network, x, t, layer: int, i: int, j: int, *, training: bool = True,
                         masks=None, seed: int = 0) -> np.ndarray:
    """Sample ``n``'s term ``a_prev[n, i] · delta[n, j]`` of ``dW[i, j]`` of layer ``layer`` (1-based).

    ``dW_l = a_{l-1}.T @ delta_l`` is a sum over the batch, so the result ``(N,)`` adds up to
    ``dW[i, j]``: positive terms push ``W[i, j]`` down at the update ``W −= lr·dW``, negative
    ones up. ``a_prev`` is what the layer saw (after the previous layer's dropout). Training
    mode by default, ``training=False`` evaluation mode.
    """
    net, x = _working_copy(network, x, training=training, masks=masks, seed=seed)
    lay = _layer(net, layer, i, j)
    t = _targets(net, x, t)
    net.forward(x, training=True)
    net.backward(t)
    return lay.a_prev[:, int(i)] * lay.delta[:, int(j)]


def gradient_agreement(network: Network, x, t, x_ref, t_ref, *, training: bool = True, seed: int = 0) -> float:
    """Cosine similarity ``g·g_ref / (‖g‖·‖g_ref‖)`` of the gradient ``g`` on ``(x, t)`` and
    ``g_ref`` on the reference batch ``(x_ref, t_ref)``, all parameters concatenated.

    1: the batch points exactly where the reference does; 0: unrelated; −1: opposite. NaN when
    either gradient is zero. Each batch gets its own dropout masks, drawn from ``seed``.
    Training mode by default, ``training=False`` evaluation mode.
    """
    net, x = _working_copy(network, x, training=training, masks=None, seed=seed)
    g = _flat_gradient(net, x, _targets(net, x, t))
    net, x_ref = _working_copy(network, x_ref, training=training, masks=None, seed=seed)
    g_ref = _flat_gradient(net, x_ref, _targets(net, x_ref, t_ref))
    norms = float(np.linalg.norm(g) * np.linalg.norm(g_ref))
    return float(np.dot(g, g_ref) / norms) if norms > 0 else float("nan")


def weight_edit_effect(network: Network, x, t, layer: int, i: int, j: int, delta_w: float, *,
                       training: bool = True, masks=None, seed: int = 0) -> tuple[float, float]:
    """``(predicted, actual)`` change of ``E`` when ``W[i, j]`` of layer ``layer`` (1-based) moves by ``delta_w``.

    ``predicted = dW[i, j] · delta_w`` (first order, from one backward pass);
    ``actual = E(W[i, j] + delta_w) − E(W)``, both losses with the same dropout mask. The two
    agree for small edits; the gap is the curvature the gradient cannot see. Training mode
    by default, ``training=False`` evaluation mode.
    """
    net, x = _working_copy(network, x, training=training, masks=masks, seed=seed)
    lay = _layer(net, layer, i, j)
    t = _targets(net, x, t)
    delta_w = float(delta_w)
    if not np.isfinite(delta_w):
        raise ValueError(f"delta_w must be a finite number, not {delta_w}")
    before = _loss(net, x, t)
    net.backward(t)
    predicted = float(lay.dW[int(i), int(j)]) * delta_w
    lay.W[int(i), int(j)] += delta_w
    return predicted, _loss(net, x, t) - before
