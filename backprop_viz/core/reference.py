"""Backpropagation exactly as the lecture writes it: read this module first.

A plain multilayer perceptron in the lecture's notation, batch-first (one sample per
row, ``(N, features)``), with no speed-ups at all: a loop over the layers, new arrays
for every result, nothing cached or updated in place. Every list is numbered like the
lecture's layers: ``W[l]``, ``b[l]``, ``z[l]``, ``a[l]``, ``delta[l]``, ``dW[l]``,
``db[l]`` for ``l = 1 … L``, with ``a[0] = x`` the input (the other lists hold ``None``
at index 0). Losses are the mean over the batch, as in :mod:`losses`, so ``delta_L``
carries a factor ``1/N``; with ``N = 1`` every formula is the lecture's per-sample one.

The engine (:class:`~backprop_viz.core.network.Network`, the
:class:`~backprop_viz.core.trainer.Trainer` and the optimizers) computes the same numbers
faster; each speed-up is named where it lives, and ``tests/core/test_core_reference.py``
checks the engine against this module (and this module against finite differences).
Batch norm and dropout are left out here on purpose: they are the engine's alone.
"""

from __future__ import annotations

import numpy as np


def sigmoid(z):
    """``f(z) = 1 / (1 + e^-z)`` (the engine writes it ``½ + ½·tanh(z/2)``: same value, no overflow)."""
    return 1 / (1 + np.exp(-z))


def relu(z):
    """``f(z) = max(0, z)``."""
    return np.maximum(z, 0)


def softmax(z):
    """``a_k = e^{z_k} / Σ_j e^{z_j}`` per row (shifted by the row's max: same value, no overflow)."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


#: name → (f, f'), both functions of z; names as in :mod:`activations`
ACTIVATIONS = {
    "sigmoid": (sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z))),
    "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
    "relu": (relu, lambda z: (z > 0).astype(z.dtype)),
}


LOSSES = ("squared_error", "cross_entropy")


def _check_loss(kind: str) -> None:
    if kind not in LOSSES:
        raise ValueError(f"unknown loss {kind!r}; the reference knows {' and '.join(LOSSES)}")


def _f(name: str):
    if name == "softmax":
        return softmax, None   # output only; its f' is folded into the cross-entropy delta
    if name not in ACTIVATIONS:
        raise ValueError(f"unknown activation {name!r}; the reference knows "
                         f"{', '.join(ACTIVATIONS)} and softmax (output only)")
    return ACTIVATIONS[name]


def from_params(params):
    """``(W, b)`` lists numbered from 1 from ``Network.get_params()``-style dicts (copied):
    ``W[l]``: ``(n_{l-1}, n_l)``, ``b[l]``: ``(n_l,)``."""
    W = [None] + [np.array(p["W"]) for p in params]
    b = [None] + [np.array(p["b"]) for p in params]
    return W, b


def forward(W, b, x, hidden="sigmoid", output="sigmoid"):
    """Forward pass: for l = 1 … L

        z_l = a_{l-1} @ W_l + b_l      (N, n_l) = (N, n_{l-1}) @ (n_{l-1}, n_l) + (n_l,)
        a_l = f(z_l)                   f = ``hidden`` for l < L, ``output`` for l = L

    ``x``: ``(N, n_0)``. Returns the lists ``z`` and ``a`` (``a[0] = x``).
    """
    L = len(W) - 1
    _f(output)
    if _f(hidden)[1] is None:   # (an unknown name is refused even where it is unused)
        raise ValueError("softmax is an output activation; pick sigmoid, tanh or relu for hidden layers")
    if np.shape(x)[-1:] != W[1].shape[:1]:
        raise ValueError(f"x has shape {np.shape(x)}; expected (N, {W[1].shape[0]})")
    z, a = [None], [np.asarray(x)]
    for l in range(1, L + 1):
        f, _ = _f(output if l == L else hidden)
        z.append(a[l - 1] @ W[l] + b[l])
        a.append(f(z[l]))
    return z, a


def loss(a_L, t, kind="squared_error"):
    """The mean loss over the batch of ``N`` samples (``a_L``, ``t``: ``(N, n_L)``):

        squared error:  E = (1/N) Σ_n ½ Σ_k (a_nk − t_nk)²
        cross-entropy:  E = −(1/N) Σ_n Σ_k t_nk log a_nk      (a = softmax(z_L))

    (The engine takes ``log a`` as ``z − log Σ e^z``, so it never meets ``log 0``.)
    """
    _check_loss(kind)
    N = len(a_L)
    if kind == "squared_error":
        return float(np.sum(0.5 * (a_L - t) ** 2) / N)
    return float(-np.sum(t * np.log(a_L)) / N)


def output_delta(z_L, a_L, t, output="sigmoid", kind="squared_error"):
    """``delta_L = dE/dz_L``, shape ``(N, n_L)``:

        squared error:              delta_L = (a_L − t) · f'(z_L) / N
        softmax + cross-entropy:    delta_L = (a_L − t) / N     (each row of t sums to one)

    (For targets that do not sum to one the engine uses the general ``(a·Σ_k t_k − t) / N``.)
    """
    _check_loss(kind)
    N = len(a_L)
    if kind == "cross_entropy":
        if output != "softmax":
            raise ValueError("the cross-entropy delta a − t needs a softmax output layer")
        return (a_L - t) / N
    if output == "softmax":
        raise ValueError("the reference pairs a softmax output with the cross_entropy loss only")
    _, df = _f(output)
    return (a_L - t) * df(z_L) / N


def backward(W, z, a, t, hidden="sigmoid", output="sigmoid", kind="squared_error"):
    """Backward pass, from the output layer down: ``delta_L`` from :func:`output_delta`, then
    for l = L−1 … 1

        delta_l = (delta_{l+1} @ W_{l+1}.T) * f'(z_l)   (N, n_l)

    and for every layer

        dW_l = a_{l-1}.T @ delta_l                      (n_{l-1}, n_l)
        db_l = Σ_n delta_l[n]                           (n_l,)

    ``z``, ``a`` as from :func:`forward`; ``t``: ``(N, n_L)``. Returns ``delta, dW, db``.
    """
    L = len(W) - 1
    delta, dW, db = [None] * (L + 1), [None] * (L + 1), [None] * (L + 1)
    delta[L] = output_delta(z[L], a[L], t, output, kind)
    _, df = _f(hidden)
    for l in range(L - 1, 0, -1):
        delta[l] = (delta[l + 1] @ W[l + 1].T) * df(z[l])
    for l in range(1, L + 1):
        dW[l] = a[l - 1].T @ delta[l]
        db[l] = delta[l].sum(axis=0)
    return delta, dW, db


# -- updates: one parameter array p (any W_l or b_l) with its gradient g (dW_l or db_l) -----
# ``weight_decay`` (L2) adds wd·p to the gradient first, as the engine (and PyTorch) do.

def sgd_update(p, g, lr, weight_decay=0.0):
    """Gradient descent: ``W ← W − lr · dW``. Returns the new ``W``."""
    g = g + weight_decay * p
    return p - lr * g


def momentum_update(p, g, v, lr, mu=0.9, weight_decay=0.0):
    """SGD with momentum (PyTorch's form): ``v ← μ·v + dW``, ``W ← W − lr · v``.
    Start with ``v = 0``. Returns ``(W, v)``."""
    g = g + weight_decay * p
    v = mu * v + g
    return p - lr * v, v


def adam_update(p, g, m, v, t, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    """Adam (Kingma & Ba 2015, Algorithm 1) at step ``t = 1, 2, …`` with ``m = v = 0`` at first:

        m ← β1·m + (1 − β1)·dW         v ← β2·v + (1 − β2)·dW²
        m̂ = m / (1 − β1^t)             v̂ = v / (1 − β2^t)
        W ← W − lr · m̂ / (√v̂ + ε)

    Returns ``(W, m, v)``.
    """
    g = g + weight_decay * p
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return p - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def train_step(W, b, x, t, lr, hidden="sigmoid", output="sigmoid", kind="squared_error"):
    """One step of plain SGD on a minibatch: forward, loss, backward, update.
    Returns ``(E, W_new, b_new)`` (E before the update)."""
    z, a = forward(W, b, x, hidden, output)
    E = loss(a[-1], t, kind)
    _, dW, db = backward(W, z, a, t, hidden, output, kind)
    W_new = [None] + [sgd_update(W[l], dW[l], lr) for l in range(1, len(W))]
    b_new = [None] + [sgd_update(b[l], db[l], lr) for l in range(1, len(b))]
    return E, W_new, b_new
