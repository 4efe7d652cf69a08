"""What one training step — or one sample — computed, layer by layer: the trace the views draw.

A :class:`StepTrace` is immutable and holds copies, so it can cross threads and be
kept while training goes on. Its ``phase`` says how far the step got: after
``forward`` only ``z``/``a`` are set, after ``backward`` also ``delta``/``dW``/``db``,
after ``update`` also ``W_after``/``b_after``/``dW_update`` (this step's ``ΔW``).
The same type holds one sample's own forward and backward pass (N = 1, never an update;
:func:`backprop_viz.core.probe.probe`): its ``source`` says where the sample came from.
With capture ``"stats"`` the arrays are ``None`` and only the cheap per-layer
statistics in ``stats`` are filled (see :func:`forward_stats` and friends); with
``"off"`` only the loss is recorded.

Speed-up — sums as BLAS products: the statistics are computed every step, so their sums
are written as dot products (``Σx = x·1``, ``Σx² = x·x``, column sums as ``1 @ a``),
several times faster than ``np.sum``/``np.std`` on these arrays. They are the plain
mean, standard deviation and norm of the reference's ``z``, ``a``, ``delta`` and ``dW``
(:mod:`backprop_viz.core.reference`), as ``tests/core/test_core_reference.py`` checks.
"""

from __future__ import annotations

import functools
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
    """A minibatch step (``source`` empty) or one sample's passes (``source`` set, N = 1)."""

    step: int            # minibatch: 1-based number of its step; one sample: the network after step k
    epoch: int           # 0-based epoch the step belongs to
    phase: str           # last completed phase: forward | backward | update
    loss: float | None   # None only for a sample without a label (forward pass only)
    lr: float
    capture: str
    x: np.ndarray | None = None           # (N, n_in) the minibatch
    targets: np.ndarray | None = None     # (N, n_out)
    labels: np.ndarray | None = None      # (N,) when known
    indices: np.ndarray | None = None     # (N,) positions in the training set
    output: np.ndarray | None = None      # (N, n_out) a_L
    layers: tuple[LayerTrace, ...] = ()
    source: str = ""     # one sample: where it came from ("test sample #3", "train image #30", "your drawing")

    @property
    def batch_size(self) -> int:
        return 0 if self.x is None else len(self.x)

    @property
    def is_sample(self) -> bool:
        """One sample's own passes (not a training step)."""
        return bool(self.source)

    @property
    def label(self) -> int | None:
        """The label when N = 1 (``None`` when unknown or N > 1)."""
        return int(self.labels[0]) if self.labels is not None and len(self.labels) == 1 else None


def frozen_copy(array: np.ndarray | None) -> np.ndarray | None:
    """A read-only copy (``None`` stays ``None``)."""
    if array is None:
        return None
    out = np.array(array, copy=True)
    out.setflags(write=False)
    return out


@functools.lru_cache(maxsize=64)
def _ones(n: int, dtype: str) -> np.ndarray:
    """A read-only vector of ``n`` ones, for sums as BLAS dot products."""
    ones = np.ones(n, dtype)
    ones.setflags(write=False)
    return ones


def _sums(x: np.ndarray, total: float | None = None) -> tuple[float, float, int]:
    """``(Σx, Σx², size)``, each sum one BLAS dot product — several times faster than
    ``np.sum``/``np.std`` on these arrays (the speed-up in the module docstring; equal to
    ``x.sum()``, ``(x**2).sum()``). ``total`` is ``Σx`` if the caller has it."""
    flat = x.reshape(-1)
    if total is None:
        total = float(np.dot(flat, _ones(flat.size, flat.dtype.char)))
    return total, float(np.dot(flat, flat)), flat.size


def _mean_std(total: float, squares: float, n: int) -> tuple[float, float]:
    """Mean and standard deviation from ``Σx``, ``Σx²`` and ``n`` (``var = E[x²] − E[x]²``)."""
    mean = total / n
    return mean, math.sqrt(max(squares / n - mean * mean, 0.0))


def forward_stats(layer) -> dict:
    """Mean/std of ``z`` and ``a`` (no min/max: too costly per step); the fraction of dead
    ReLUs or of saturated sigmoid/tanh/softmax outputs."""
    z, a = layer.z, layer.a
    name = layer.f.name
    a_total = None
    if name == "relu":
        # A unit is dead for this batch if its input is ≤ 0 for every sample, i.e. its
        # activations (all ≥ 0) sum to 0 over the batch: one BLAS matrix-vector product,
        # whose entries also add up to Σa.
        column_sums = _ones(len(a), a.dtype.char) @ a
        extra = {"dead_frac": 1.0 - np.count_nonzero(column_sums) / column_sums.size}
        a_total = float(column_sums.sum())
    elif name == "leaky_relu":
        pre = z if layer.z_hat is None else layer.z_hat
        extra = {"dead_frac": 1.0 - np.count_nonzero(pre.max(axis=0) > 0) / a.shape[1]}
    elif name in ("sigmoid", "softmax"):
        extra = {"saturated_frac": (np.count_nonzero(a < 0.01) + np.count_nonzero(a > 0.99)) / a.size}
    elif name == "tanh":
        extra = {"saturated_frac": np.count_nonzero(np.abs(a) > 0.99) / a.size}
    else:
        extra = {}
    z_mean, z_std = _mean_std(*_sums(z))
    a_mean, a_std = _mean_std(*_sums(a, a_total))
    return {"z_mean": z_mean, "z_std": z_std, "a_mean": a_mean, "a_std": a_std, **extra}


def backward_stats(layer) -> dict:
    """Mean/std of ``delta``; ``‖dW‖`` (the gradient norm) and its root mean square."""
    delta_mean, delta_std = _mean_std(*_sums(layer.delta))
    flat = layer.dW.reshape(-1)
    grad_norm = math.sqrt(float(np.dot(flat, flat)))
    return {"delta_mean": delta_mean, "delta_std": delta_std, "grad_norm": grad_norm,
            "dW_rms": grad_norm / math.sqrt(flat.size)}


def update_stats(layer, update_sq: float) -> dict:
    """``‖ΔW‖/‖W‖`` — the update ratio (healthy around 1e-3). ``update_sq`` is ``‖ΔW‖²``,
    which the trainer already has from its divergence check."""
    flat = layer.W.reshape(-1)
    w_norm = math.sqrt(float(np.dot(flat, flat)))
    u_norm = math.sqrt(update_sq)
    return {"W_norm": w_norm, "update_norm": u_norm,
            "update_ratio": u_norm / w_norm if w_norm > 0 else math.inf}
