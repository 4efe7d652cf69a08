"""Losses ``E`` and the output error ``delta_L = dE/dz_L``.

Convention (both losses): the loss of a minibatch is the **mean over its N samples** of
the per-sample loss, so ``delta_L`` carries a factor ``1/N`` and every later
``dW = a_prev.T @ delta`` is directly the gradient of that mean; with N = 1 this is the
lecture's per-sample formula.

* squared error: ``E = (1/N) Σ_n ½ Σ_k (a_nk − t_nk)²`` ⇒ ``delta_L = (a − t)·f'(z_L) / N``
* softmax cross-entropy: ``E = −(1/N) Σ_n Σ_k t_nk log softmax(z_n)_k`` ⇒
  ``delta_L = (softmax(z) − t) / N`` for targets that sum to one (the general form,
  ``(softmax(z)·Σ_k t_k − t) / N``, is used so the lecture's 0.01/0.99 targets work too).
"""

from __future__ import annotations

import numpy as np

from .activations import Activation


class SquaredError:
    name = "squared_error"
    formula = "E = ½ Σ_k (a_k − t_k)²   (mean over the batch)"
    delta_formula = "delta_L = (a − t) · f'(z_L)"

    def loss(self, z: np.ndarray, a: np.ndarray, t: np.ndarray) -> float:
        diff = a - t
        return 0.5 * float(np.vdot(diff, diff)) / len(a)

    def delta(self, z: np.ndarray, a: np.ndarray, t: np.ndarray, f: Activation) -> np.ndarray:
        """``(a − t)·f'(z) / N`` — shape ``(N, n_out)``."""
        grad = a - t
        if len(a) > 1:                  # (·1/1 changes no bit: skipped for one sample)
            grad *= 1.0 / len(a)
        return f.backprop(grad, z, a)


class CrossEntropy:
    name = "cross_entropy"
    formula = "E = −Σ_k t_k log a_k,  a = softmax(z)   (mean over the batch)"
    delta_formula = "delta_L = a − t   (softmax − one-hot)"

    def loss(self, z: np.ndarray, a: np.ndarray, t: np.ndarray) -> float:
        # log softmax via log-sum-exp, never log(0).
        shifted = z - z.max(axis=1, keepdims=True)
        log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return -float(np.vdot(t, shifted - log_sum)) / len(z)

    def delta(self, z: np.ndarray, a: np.ndarray, t: np.ndarray, f: Activation) -> np.ndarray:
        """``(a·Σt − t) / N`` — shape ``(N, n_out)``; equals ``(a − t)/N`` for one-hot t."""
        t_sum = t.sum(axis=1, keepdims=True)
        grad = a * t_sum
        grad -= t
        grad *= 1.0 / len(a)
        return grad


def get_loss(name: str):
    return {"squared_error": SquaredError, "cross_entropy": CrossEntropy}[name]()
