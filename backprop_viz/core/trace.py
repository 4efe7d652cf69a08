"""What one training step computed, layer by layer: the trace the views draw.

A :class:`StepTrace` is immutable and holds copies, so it can cross threads and be
kept while training goes on. Its ``phase`` says how far the step got: after
``forward`` only ``z``/``a`` are set, after ``backward`` also ``delta``/``dW``/``db``,
after ``update`` also ``W_after``/``b_after``/``dW_update`` (this step's ``ΔW``).
With capture ``"stats"`` the arrays are ``None`` and only the cheap per-layer
statistics in ``stats`` are filled (see :func:`forward_stats` and friends); with
``"off"`` only the loss is recorded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

PHASES = ("forward", "backward", "update")


@dataclass(frozen=True)
class LayerTrace:
    """Layer ``l`` (1-based) of one step. Arrays are batch-first, read-only copies."""

    index: int
    activation: str
    n_in: int
    n_out: int
    a_prev: np.ndarray | None = None   # (N, n_in)  input of the layer
    z: np.ndarray | None = None        # (N, n_out) a_prev @ W + b
    z_hat: np.ndarray | None = None    # (N, n_out) batch-norm output (None without BN)
    a: np.ndarray | None = None        # (N, n_out) f(z) (before dropout)
    mask: np.ndarray | None = None     # (N, n_out) inverted-dropout mask (None without)
    delta: np.ndarray | None = None    # (N, n_out) dE/dz
    dW: np.ndarray | None = None       # (n_in, n_out) a_prev.T @ delta
    db: np.ndarray | None = None       # (n_out,) Σ_n delta
    W_before: np.ndarray | None = None
    b_before: np.ndarray | None = None
    W_after: np.ndarray | None = None
    b_after: np.ndarray | None = None
    dW_update: np.ndarray | None = None  # ΔW the optimizer applied
    db_update: np.ndarray | None = None
    stats: dict = field(default_factory=dict)


@dataclass(frozen=True)
class StepTrace:
    step: int            # 1-based number of the step this trace belongs to
    epoch: int           # 0-based epoch the step belongs to
    phase: str           # last completed phase: forward | backward | update
    loss: float
    lr: float
    capture: str
    x: np.ndarray | None = None           # (N, n_in) the minibatch
    targets: np.ndarray | None = None     # (N, n_out)
    labels: np.ndarray | None = None      # (N,) when known
    indices: np.ndarray | None = None     # (N,) positions in the training set
    output: np.ndarray | None = None      # (N, n_out) a_L
    layers: tuple[LayerTrace, ...] = ()

    @property
    def batch_size(self) -> int:
        return 0 if self.x is None else len(self.x)


def frozen_copy(array: np.ndarray | None) -> np.ndarray | None:
    """A read-only copy (``None`` stays ``None``)."""
    if array is None:
        return None
    out = np.array(array, copy=True)
    out.setflags(write=False)
    return out


def _moments(prefix: str, x: np.ndarray, out: dict) -> None:
    """Mean and standard deviation in two BLAS-speed reductions (no min/max: too costly per step)."""
    n = x.size
    mean = float(x.sum()) / n
    flat = x.reshape(-1)
    var = max(float(np.dot(flat, flat)) / n - mean * mean, 0.0)
    out[f"{prefix}_mean"] = mean
    out[f"{prefix}_std"] = math.sqrt(var)


def forward_stats(layer) -> dict:
    """Mean/std of ``z`` and ``a``; dead-ReLU or saturation fractions."""
    s: dict = {}
    _moments("z", layer.z, s)
    _moments("a", layer.a, s)
    name = layer.f.name
    if name in ("relu", "leaky_relu"):
        # a unit is dead for this batch if its input is ≤ 0 for every sample
        pre = layer.z if layer.z_hat is None else layer.z_hat
        s["dead_frac"] = float((pre.max(axis=0) <= 0).mean())
    elif name in ("sigmoid", "softmax"):
        s["saturated_frac"] = float(np.count_nonzero((layer.a < 0.01) | (layer.a > 0.99))) / layer.a.size
    elif name == "tanh":
        s["saturated_frac"] = float(np.count_nonzero(np.abs(layer.a) > 0.99)) / layer.a.size
    return s


def backward_stats(layer) -> dict:
    s: dict = {}
    _moments("delta", layer.delta, s)
    flat = layer.dW.reshape(-1)
    s["grad_norm"] = math.sqrt(float(np.dot(flat, flat)))
    s["dW_rms"] = s["grad_norm"] / math.sqrt(flat.size)
    return s


def update_stats(layer, update_sq: float) -> dict:
    """``‖ΔW‖/‖W‖`` — the update ratio (healthy around 1e-3)."""
    flat = layer.W.reshape(-1)
    w_norm = math.sqrt(float(np.dot(flat, flat)))
    u_norm = math.sqrt(update_sq)
    return {"W_norm": w_norm, "update_norm": u_norm,
            "update_ratio": u_norm / w_norm if w_norm > 0 else math.inf}
