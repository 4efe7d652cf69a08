"""One sample through the network, without touching training state.

The views that show a single sample (the probe) need its forward pass in evaluation
mode — every layer's ``z`` and ``a`` — and, given its label, the backward pass it would
produce: its own ``delta``, ``dW`` and ``db`` for that one sample, *without* updating
the weights or disturbing the minibatch caches. :func:`probe` computes both on a frozen
copy of the parameters, on the engine's side: a probe with ``delta`` always carries its
``dW = a_prevᵀ·delta`` too, so no view has to form it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import Network
from .trace import frozen_copy


class _AffineNorm:
    """Batch norm in evaluation mode, ``z_hat = gamma·(z − running_mean)/√(running_var + eps) + beta``,
    with its backward pass: batch statistics over a single sample are meaningless, so the
    probe's gradient goes through this fixed affine map instead."""

    def __init__(self, bn):
        self.gamma, self.beta = bn.gamma, bn.beta
        self.running_mean, self.running_var, self.eps = bn.running_mean, bn.running_var, bn.eps
        self.inv_std = 1.0 / np.sqrt(bn.running_var + bn.eps)
        self.dgamma, self.dbeta = np.zeros_like(bn.gamma), np.zeros_like(bn.beta)
        self.x_hat = None

    def forward(self, z, training):
        self.x_hat = (z - self.running_mean) * self.inv_std
        return self.x_hat * self.gamma + self.beta

    def backward(self, d_out):
        self.dgamma[...] = (d_out * self.x_hat).sum(axis=0)
        self.dbeta[...] = d_out.sum(axis=0)
        return d_out * (self.gamma * self.inv_std)


@dataclass(frozen=True)
class ProbeTrace:
    """Per layer (index 0 = layer 1): ``z``, ``a``, and with a target ``delta``, ``dW``, ``db``
    (all three or none)."""

    x: np.ndarray                      # (1, n_in)
    z: tuple[np.ndarray, ...]          # each (1, n_out)
    a: tuple[np.ndarray, ...]
    output: np.ndarray                 # (n_out,) a_L of the sample
    label: int | None = None
    loss: float | None = None
    delta: tuple[np.ndarray, ...] | None = None
    dW: tuple[np.ndarray, ...] | None = None
    db: tuple[np.ndarray, ...] | None = None


def probe(network: Network, x: np.ndarray, target: np.ndarray | None = None,
          label: int | None = None, gradients: bool = True, frozen: bool = False) -> ProbeTrace:
    """Forward (and optionally backward) pass of one sample ``x`` ``(n_in,)`` or ``(1, n_in)``.

    Uses an evaluation-mode copy of ``network`` (no dropout, running batch-norm
    statistics), so training state is untouched. ``frozen=True`` says ``network`` is itself
    a copy that will not change, so its weights are shared instead of copied again.
    With a ``target`` the backward pass gives ``delta``, ``dW`` and ``db`` of every layer;
    ``gradients`` is accepted for older callers and ignored (``dW`` always comes with ``delta``).
    """
    net = network.frozen(share_weights=frozen)
    for layer in net.layers:
        if layer.bn is not None:
            layer.bn = _AffineNorm(layer.bn)
    x = np.asarray(x, dtype=net.dtype).reshape(1, -1)
    # evaluation mode for every layer, with caches (forward(training=False) keeps them)
    net.forward(x, training=False)
    zs = tuple(frozen_copy(layer.z) for layer in net.layers)
    acts = tuple(frozen_copy(layer.a) for layer in net.layers)
    output = frozen_copy(net.layers[-1].a[0])
    if target is None:
        return ProbeTrace(frozen_copy(x), zs, acts, output, label)
    t = np.asarray(target, dtype=net.dtype).reshape(1, -1)
    loss = net.compute_loss(t)
    net.backward(t)
    deltas = tuple(frozen_copy(layer.delta) for layer in net.layers)
    dW = tuple(frozen_copy(layer.dW) for layer in net.layers)
    db = tuple(frozen_copy(layer.db) for layer in net.layers)
    return ProbeTrace(frozen_copy(x), zs, acts, output, label, loss, deltas, dW, db)
