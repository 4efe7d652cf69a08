"""Activation functions ``a = f(z)`` and their derivatives ``f'(z)``.

Each activation is a small object with ``f(z)`` and ``df(z, a)``; ``df`` receives both
the pre-activation ``z`` and the activation ``a`` because for sigmoid and tanh the
derivative is cheapest from ``a`` (``a(1-a)``, ``1-a^2``). All functions work on
batch-first arrays ``(N, units)`` and keep the dtype. Softmax is an output-only
activation: its derivative is folded into the loss (see :mod:`losses`).
"""

from __future__ import annotations

import numpy as np


class Activation:
    name = "identity"
    #: a short formula for the UI
    formula = "f(z) = z"

    def f(self, z: np.ndarray) -> np.ndarray:
        return z.copy()

    def df(self, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        return np.ones_like(z)

    def backprop(self, grad_a: np.ndarray, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        """Return ``grad_a * f'(z)``; may overwrite ``grad_a`` (it is a temporary)."""
        return grad_a

    def __repr__(self) -> str:
        return self.name


class Identity(Activation):
    pass


class Sigmoid(Activation):
    name = "sigmoid"
    formula = "f(z) = 1 / (1 + e^-z),  f'(z) = a(1 - a)"

    def f(self, z):
        # 1/(1+e^-z) written with tanh: identical value, no overflow for large |z|.
        a = np.multiply(z, 0.5)
        np.tanh(a, out=a)
        a *= 0.5
        a += 0.5
        return a

    def df(self, z, a):
        return a * (1 - a)

    def backprop(self, grad_a, z, a):
        grad_a *= a
        grad_a *= 1 - a
        return grad_a


class Tanh(Activation):
    name = "tanh"
    formula = "f(z) = tanh(z),  f'(z) = 1 - a^2"

    def f(self, z):
        return np.tanh(z)

    def df(self, z, a):
        return 1 - a * a

    def backprop(self, grad_a, z, a):
        grad_a *= 1 - a * a
        return grad_a


class ReLU(Activation):
    name = "relu"
    formula = "f(z) = max(0, z),  f'(z) = 1 if z > 0 else 0"

    def f(self, z):
        return np.maximum(z, 0)

    def df(self, z, a):
        return (z > 0).astype(z.dtype)

    def backprop(self, grad_a, z, a):
        grad_a *= z > 0
        return grad_a


class LeakyReLU(Activation):
    name = "leaky_relu"

    def __init__(self, slope: float = 0.01):
        self.slope = slope
        self.formula = f"f(z) = z if z > 0 else {slope}·z"

    def f(self, z):
        return np.where(z > 0, z, z * self.slope)

    def df(self, z, a):
        return np.where(z > 0, 1, self.slope).astype(z.dtype)

    def backprop(self, grad_a, z, a):
        grad_a *= np.where(z > 0, 1, self.slope).astype(z.dtype, copy=False)
        return grad_a


class Softmax(Activation):
    """Output-only: ``a_k = e^{z_k} / sum_j e^{z_j}`` (row-wise, max-shifted for stability)."""

    name = "softmax"
    formula = "a_k = e^{z_k} / Σ_j e^{z_j}"

    def f(self, z):
        a = z - z.max(axis=1, keepdims=True)
        np.exp(a, out=a)
        a /= a.sum(axis=1, keepdims=True)
        return a

    def df(self, z, a):  # diagonal of the Jacobian, for display only
        return a * (1 - a)

    def backprop(self, grad_a, z, a):
        # Full Jacobian-vector product: a_i (g_i - sum_j g_j a_j).
        dot = np.einsum("nk,nk->n", grad_a, a)[:, None]
        return a * (grad_a - dot)


HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "identity")
OUTPUT_ACTIVATIONS = ("softmax", "sigmoid", "identity", "tanh")

_CLASSES = {"sigmoid": Sigmoid, "tanh": Tanh, "relu": ReLU, "leaky_relu": LeakyReLU,
            "identity": Identity, "softmax": Softmax}


def get_activation(name: str) -> Activation:
    """Return a fresh activation object for ``name`` (one of the names above)."""
    return _CLASSES[name]()
