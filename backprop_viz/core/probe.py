"""One sample through the network, without touching training state.

The views that show a single sample (the probe, and every per-sample view while the user
follows one) need its forward pass in evaluation mode — every layer's ``z`` and ``a`` —
and, given its label, the backward pass it would produce: its own ``delta``, ``dW`` and
``db`` for that one sample, *without* updating the weights or disturbing the minibatch
caches. :func:`probe` computes both on a frozen copy of the parameters, on the engine's
side, and returns them as the one trace type the views draw, a
:class:`~backprop_viz.core.trace.StepTrace` with N = 1 (so no view has to form ``dW``).
"""

from __future__ import annotations

import numpy as np

from .network import Network
from .trace import LayerTrace, StepTrace, frozen_copy


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


def _read_only(array: np.ndarray) -> np.ndarray:
    """``array`` itself when already read-only (a frozen network's shared weights), else a read-only copy."""
    return array if not array.flags.writeable else frozen_copy(array)


def probe(network: Network, x: np.ndarray, target: np.ndarray | None = None, label: int | None = None, *,
          source: str = "sample", step: int = 0, epoch: int = 0, lr: float = 0.0,
          frozen: bool = False, gradients: bool = True) -> StepTrace:
    """Forward (and, with a ``target``, backward) pass of one sample ``x`` ``(n_in,)`` or ``(1, n_in)``.

    Returns a :class:`~backprop_viz.core.trace.StepTrace` with N = 1: per layer ``a_prev``, ``z``,
    ``a`` and the weights used (``W_before``, ``b_before``); with a ``target`` also the sample's
    own ``delta``, ``dW = a_prevᵀ·delta`` and ``db`` and the loss (phase ``"backward"``; without,
    ``"forward"``). ``source`` says where the sample came from, ``step``/``epoch`` which network
    it went through (the one after step ``step``). Uses an evaluation-mode copy of ``network``
    (no dropout, running batch-norm statistics), so training state is untouched.
    ``frozen=True`` says ``network`` is itself a copy that will not change, so its weights are
    shared instead of copied again. ``gradients`` is accepted for older callers and ignored:
    the trace always carries the sample's ``dW`` and ``db`` (the views show them, never compute them).
    """
    net = network.frozen(share_weights=frozen, gradients=False)
    for layer in net.layers:   # its own gradient buffers (backward writes every entry)
        layer.dW, layer.db = np.empty_like(layer.W), np.empty_like(layer.b)
        if layer.bn is not None:
            layer.bn = _AffineNorm(layer.bn)
    x = np.asarray(x, dtype=net.dtype).reshape(1, -1)
    # evaluation mode for every layer, with caches (forward(training=False) keeps them)
    net.forward(x, training=False)
    t = loss = None
    if target is not None:
        t = np.asarray(target, dtype=net.dtype).reshape(1, -1)
        loss = net.compute_loss(t)
        net.backward(t)
    back = t is not None
    layers, a_prev = [], frozen_copy(x)
    for layer in net.layers:   # each layer's a_prev is the previous layer's a: one array, shared
        a = frozen_copy(layer.a)
        layers.append(LayerTrace(
            index=layer.index, activation=layer.f.name, n_in=layer.n_in, n_out=layer.n_out, a_prev=a_prev,
            z=frozen_copy(layer.z), z_hat=frozen_copy(layer.z_hat), a=a,
            delta=frozen_copy(layer.delta) if back else None, dW=frozen_copy(layer.dW) if back else None,
            db=frozen_copy(layer.db) if back else None, W_before=_read_only(layer.W), b_before=_read_only(layer.b)))
        a_prev = a
    layers = tuple(layers)
    return StepTrace(step=step, epoch=epoch, phase="forward" if t is None else "backward",
                     loss=None if loss is None else float(loss), lr=lr, capture="full", x=layers[0].a_prev,
                     targets=frozen_copy(t), labels=None if label is None else frozen_copy(np.array([int(label)])),
                     output=layers[-1].a, layers=layers, source=source)
