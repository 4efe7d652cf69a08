"""Numerical differentiation, the gradient check, and the "why backprop?" timing.

The numerical derivative of the loss ``E`` by one parameter ``w`` is the central
difference ``(E(w + ε) − E(w − ε)) / 2ε``: two forward passes *per parameter*.
Backpropagation gets every parameter's derivative from one forward and one backward
pass. :func:`gradient_check` compares the two (in float64, with dropout masks frozen
and batch norm in training mode) and :func:`race` times both on the same network and
batch and extrapolates the numerical method to a whole epoch, the course's headline
(:class:`RaceResult`); it is :class:`backprop_viz.core.gradrace.GradientRace`, the one race
implementation, which also runs one entry at a time, stoppable between any two.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .network import Network

#: the course's measurements (seconds) for one epoch of 60,000 samples at batch 1
COURSE_NUMERICAL_EPOCH_S = {"784-8-10": 7 * 3600 + 53 * 60, "784-30-10": 20 * 3600 + 22 * 60}
COURSE_BACKPROP_TRAINING_S = {"784-100-10": 28.9}
#: a layer passes when its relative error is below this (float64, central differences)
PASS_THRESHOLD = 1e-6


#: smallest floor of the relative error's denominator
REL_ERROR_FLOOR = 1e-7
#: rounding noise of one central difference, in units of ``ulp(E) / eps``: the two losses
#: ``E(w ± eps)`` are each rounded, so a derivative is only resolved to about
#: ``u·|E| / eps`` (u = 2.2e-16); measured ≤ 1 on 784-512-256-10 with batch norm, 8 for margin
ROUNDOFF_ULPS = 8


def relative_error(numerical: np.ndarray, analytic: np.ndarray, floor: float = REL_ERROR_FLOOR) -> float:
    """``‖n − a‖ / max(‖n‖ + ‖a‖, floor)``: 0 when equal, 1 when opposite, ≈1 when unrelated.

    The floor keeps a parameter whose true gradient is zero (a bias right before batch
    norm) from reporting rounding noise as a 100 % error.
    """
    denom = max(float(np.linalg.norm(numerical) + np.linalg.norm(analytic)), float(floor))
    return float(np.linalg.norm(numerical - analytic)) / denom


def noise_floor(loss: float, eps: float, n_entries: int) -> float:
    """The denominator floor at which central-difference rounding noise alone stays below
    :data:`PASS_THRESHOLD`: noise per entry ``ROUNDOFF_ULPS·u·max(|E|, 1)/eps``, times
    ``√n`` for the norm over ``n`` entries, divided by the threshold. Blocks whose gradient
    is smaller than this are judged by their absolute error, which is all central
    differences can resolve."""
    per_entry = ROUNDOFF_ULPS * float(np.finfo(np.float64).eps) * max(abs(float(loss)), 1.0) / eps
    return float(max(REL_ERROR_FLOOR, per_entry * math.sqrt(max(n_entries, 1)) / PASS_THRESHOLD))


@dataclass(frozen=True)
class ParamCheck:
    name: str               # e.g. "W1", "b2", "gamma1"
    n_checked: int
    n_total: int
    rel_error: float
    max_abs_error: float
    numerical: np.ndarray   # the checked entries
    analytic: np.ndarray
    indices: np.ndarray     # flat indices of the checked entries
    floor: float = REL_ERROR_FLOOR  # denominator floor used for rel_error (see noise_floor)

    @property
    def passed(self) -> bool:
        return self.rel_error < PASS_THRESHOLD


@dataclass(frozen=True)
class GradCheckResult:
    params: tuple[ParamCheck, ...]
    eps: float
    loss: float = math.nan  # the loss E at the checked parameters (sets the rounding-noise floors)

    @property
    def max_rel_error(self) -> float:
        return max((p.rel_error for p in self.params), default=0.0)

    @property
    def passed(self) -> bool:
        return all(p.passed for p in self.params)


def prepare_float64(network: Network, x: np.ndarray) -> Network:
    """A float64 copy of ``network`` whose dropout masks are drawn once and then fixed."""
    net = network.astype(np.float64)
    net.forward(np.asarray(x, np.float64), training=True)
    for layer in net.layers:
        layer.fixed_mask = layer.mask
    return net


def _loss_at(net: Network, x: np.ndarray, t: np.ndarray) -> float:
    net.forward(x, training=True)
    return net.compute_loss(t)


def numerical_gradient(net: Network, x, t, param: np.ndarray, flat_indices, eps: float = 1e-5,
                       should_stop=None) -> np.ndarray:
    """Central differences of the loss for ``param.flat[i]`` for each ``i``; ``should_stop()``
    (checked per entry) may end early — then the result is shorter."""
    x, t = np.asarray(x, net.dtype), np.asarray(t, net.dtype)
    flat = param.reshape(-1)  # a view: writes go into the network
    out = []
    for i in flat_indices:
        if should_stop is not None and should_stop():
            break
        old = flat[i]
        flat[i] = old + eps
        plus = _loss_at(net, x, t)
        flat[i] = old - eps
        minus = _loss_at(net, x, t)
        flat[i] = old
        out.append((plus - minus) / (2 * eps))
    return np.asarray(out, dtype=np.float64)


def param_check(name: str, n_total: int, idx, num, ana, loss: float, eps: float) -> ParamCheck:
    """One array's figures: the relative error with the rounding-noise floor for ``len(idx)`` entries."""
    floor = noise_floor(loss, eps, len(idx))
    return ParamCheck(name, len(idx), n_total, relative_error(num, ana, floor),
                      float(np.max(np.abs(num - ana))) if len(idx) else 0.0, num, ana, idx, floor)


def gradient_check(network: Network, x, t, eps: float = 1e-5, max_entries: int | None = 200,
                   seed: int = 0, indices: dict | None = None) -> GradCheckResult:
    """Compare backprop's gradient with central differences, per parameter array.

    ``max_entries`` random entries per array are checked (``None``: all of them), or,
    with ``indices`` (``{"W1": flat indices, ...}``), exactly those entries of the arrays
    named. The network passed in is not modified.
    """
    net = prepare_float64(network, x)
    x64, t64 = np.asarray(x, np.float64), np.asarray(t, np.float64)
    loss, grads = net.loss_and_gradients(x64, t64)
    analytic = {f"{name}{layer.index}": grads[k][name]
                for k, layer in enumerate(net.layers) for name, _, _ in layer.params()}
    rng = np.random.default_rng(seed)
    checks = []
    for name, param, _ in net.param_triples():
        n = param.size
        if indices is not None:
            if name not in indices:
                continue
            idx = np.sort(np.asarray(indices[name], dtype=np.int64))
        else:
            idx = np.arange(n) if max_entries is None or n <= max_entries else np.sort(
                rng.choice(n, max_entries, replace=False))
        num = numerical_gradient(net, x64, t64, param, idx, eps)
        checks.append(param_check(name, n, idx, num, analytic[name].reshape(-1)[idx], loss, eps))
    return GradCheckResult(tuple(checks), eps, float(loss))


@dataclass(frozen=True)
class RaceResult:
    """Measured cost of one gradient both ways and the extrapolations.

    ``numerical_entry_s`` is the numerical side's wall time, end to end, divided by the
    entries timed: the mean cost of an entry, with every pause the machine imposed, which
    is what an epoch really pays. ``median_entry_s`` (a detail) is the typical entry, and
    ``entry_spread_s`` the fastest and slowest block of the gradient (each timed end to
    end) per entry, when at least two blocks were timed.
    """

    architecture: str
    n_params: int
    batch_size: int
    entries_timed: int
    numerical_entry_s: float      # wall time of the entries end to end / entries (two forward passes each)
    backprop_gradient_s: float    # one forward + one backward, every parameter
    samples_per_epoch: int = 60_000
    median_entry_s: float = math.nan                    # the median entry's own time (a detail)
    entry_spread_s: tuple[float, float] | None = None   # (fastest, slowest) block, per entry

    @property
    def numerical_gradient_s(self) -> float:
        return self.numerical_entry_s * self.n_params

    @property
    def speedup(self) -> float:
        return self.numerical_gradient_s / self.backprop_gradient_s

    @property
    def gradients_per_epoch(self) -> float:
        return self.samples_per_epoch / self.batch_size

    @property
    def numerical_epoch_s(self) -> float:
        """One epoch = samples / batch gradients (the update itself is negligible)."""
        return self.numerical_gradient_s * self.gradients_per_epoch

    @property
    def numerical_epoch_spread_s(self) -> tuple[float, float] | None:
        """One epoch at the rate of the fastest and of the slowest block (``None``: under two blocks)."""
        if self.entry_spread_s is None:
            return None
        return tuple(s * self.n_params * self.gradients_per_epoch for s in self.entry_spread_s)

    @property
    def backprop_epoch_s(self) -> float:
        return self.backprop_gradient_s * self.gradients_per_epoch


def race(network: Network, x, t, entries: int = 200, repeats: int = 5, seed: int = 0) -> RaceResult:
    """Time numerical differentiation (``entries`` parameters) and backprop (``repeats`` passes
    first, then one every 50 entries) on the same float64 network and batch, as the lecture
    did: :meth:`backprop_viz.core.gradrace.GradientRace.run`, the one race implementation."""
    from .gradrace import GradientRace

    return GradientRace(network, x, t, seed=seed).run(entries, backprop_repeats=repeats)[0]


def format_duration(seconds: float) -> str:
    """``"20 h 22 min"``, ``"3 min 5 s"``, ``"28.9 s"``, ``"12.3 ms"``, ``"850 µs"``.

    The unit is chosen after rounding, so 3599.7 s reads "1 h 0 min", never "60 min 0 s".
    """
    if not math.isfinite(seconds):
        return "∞"
    if seconds >= 86400 * 2:
        return f"{seconds / 86400:.1f} days"
    if round(seconds) >= 3600:
        h, m = divmod(round(seconds / 60), 60)
        return f"{h} h {m} min"
    if round(seconds, 1) >= 60:
        m, s = divmod(round(seconds), 60)
        return f"{m} min {s} s"
    if round(seconds, 1) >= 1:
        return f"{seconds:.1f} s"
    if round(seconds * 1e3, 1) >= 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"
