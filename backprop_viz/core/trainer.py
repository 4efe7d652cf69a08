"""One training step in three phases — forward, backward, update — with its trace.

:class:`Trainer` drives a :class:`~backprop_viz.core.network.Network` and an optimizer
over minibatches handed to it. The phases can be called one at a time (an interface
may stop between them) or together with :meth:`Trainer.step`. After each phase,
:attr:`Trainer.trace` describes the step so far at the chosen capture level:
``"full"`` (copies of every array), ``"stats"`` (cheap per-layer statistics) or
``"off"`` (loss only, for plain training). The step itself is the lecture's; read
:mod:`backprop_viz.core.reference` (``forward``, ``backward``, ``sgd_update``) first.

Speed-up — the lean capture-off path: with ``"off"``, :meth:`Trainer.step` takes
:meth:`Trainer.train_step`, a second copy of the three phases without their per-phase
bookkeeping (phase checks, trace dictionaries, per-parameter ‖ΔW‖²). It makes the very
same network and optimizer calls, so the numbers are bit for bit those of the three
phases (``tests/core/test_core_fastpath.py``) and capture may be switched on for any step
without changing where training goes. Both paths are tested against
``reference.forward``/``reference.backward`` and the reference optimizers in
``tests/core/test_core_reference.py``.

A NaN/Inf loss or update raises :class:`DivergenceError` before any parameter changes
(and before the optimizer's velocity or moments change), so the network always holds
its last finite parameters.
"""

from __future__ import annotations

import math

import numpy as np

from . import rank_one
from .config import CAPTURES
from .errors import ConfigError, DivergenceError
from .network import Network
from .optimizers import Optimizer
from .trace import LayerTrace, StepTrace, backward_stats, forward_stats, frozen_copy, update_stats


class PhaseError(RuntimeError):
    """A phase was called out of order (e.g. backward before forward)."""


class Trainer:
    def __init__(self, network: Network, optimizer: Optimizer, capture: str = "stats"):
        self.network = network
        self.optimizer = optimizer
        self.capture = capture
        self.phase: str | None = None   # last completed phase of the current step
        self.step_count = 0             # completed updates
        self.epoch = 0                  # set by the caller (Run) for the trace
        self.loss = math.nan
        self._batch: dict = {}
        self._layers: list[dict] = []

    @property
    def capture(self) -> str:
        return self._capture

    @capture.setter
    def capture(self, value: str) -> None:
        if value not in CAPTURES:
            raise ConfigError("capture", "config.choice.unknown", repr(value), ", ".join(CAPTURES))
        self._capture = value

    # -- the three phases ------------------------------------------------------------------
    def forward(self, x: np.ndarray, t: np.ndarray, labels: np.ndarray | None = None,
                indices: np.ndarray | None = None) -> float:
        """Phase 1: ``z = a_prev @ W + b``, ``a = f(z)`` for every layer, then the loss."""
        if self.phase not in (None, "update"):
            raise PhaseError(f"forward called after {self.phase}; finish the step first")
        net = self.network
        t = np.asarray(t, dtype=net.dtype)
        net.forward(x, training=True)
        loss = net.compute_loss(t)
        if not math.isfinite(loss):
            self.phase = None
            raise DivergenceError.loss(self.step_count + 1, loss)
        self.loss, self.phase = loss, "forward"
        self._t = t
        capture = self._capture
        self._batch = {}
        self._layers = [{} for _ in net.layers]
        if capture == "full":
            self._batch = {"x": frozen_copy(net.layers[0].a_prev), "targets": frozen_copy(t),
                           "labels": frozen_copy(labels), "indices": frozen_copy(indices),
                           "output": frozen_copy(net.a_out)}
            prev = self._batch["x"]
            for layer, d in zip(net.layers, self._layers):
                d.update(a_prev=prev, z=frozen_copy(layer.z), z_hat=frozen_copy(layer.z_hat),
                         a=frozen_copy(layer.a), mask=frozen_copy(layer.mask),
                         W_before=frozen_copy(layer.W), b_before=frozen_copy(layer.b))
                prev = d["a"] if layer.mask is None else frozen_copy(layer.out)
        if capture != "off":
            for layer, d in zip(net.layers, self._layers):
                d["stats"] = forward_stats(layer)
        return loss

    def backward(self) -> None:
        """Phase 2: ``delta_L = dE/dz_L``, ``delta_l = (delta_{l+1} @ W_{l+1}.T) * f'(z_l)``,
        ``dW_l = a_{l-1}.T @ delta_l``, ``db_l = Σ delta_l``."""
        if self.phase != "forward":
            raise PhaseError(f"backward needs a forward pass first (last phase: {self.phase})")
        self.network.backward(self._t)
        self.phase = "backward"
        if self._capture == "full":
            for layer, d in zip(self.network.layers, self._layers):
                d.update(delta=frozen_copy(layer.delta), dW=frozen_copy(layer.dW), db=frozen_copy(layer.db))
        if self._capture != "off":
            for layer, d in zip(self.network.layers, self._layers):
                d["stats"] = {**d["stats"], **backward_stats(layer)}

    def update(self) -> None:
        """Phase 3: the optimizer's ``ΔW`` (``W ← W − lr·dW`` for plain SGD), if finite."""
        if self.phase != "backward":
            raise PhaseError(f"update needs a backward pass first (last phase: {self.phase})")
        opt = self.optimizer
        opt.compute()
        capture = self._capture
        squares = None if capture == "off" else opt.update_squares()   # ‖ΔW‖² per parameter
        if not opt.updates_finite(squares):
            self.phase = None
            raise DivergenceError.update(self.step_count + 1)
        net = self.network
        rank_one.apply(opt, net) if rank_one.applies(opt, net) and rank_one.bounded(opt, net) else opt.apply()
        self.step_count += 1
        self.phase = "update"
        if capture == "off":
            return
        # updates are ordered like network.param_triples(): W then b (then BN) per layer
        k = 0
        for layer, d in zip(self.network.layers, self._layers):
            if capture == "full":
                d.update(W_after=frozen_copy(layer.W), b_after=frozen_copy(layer.b),
                         dW_update=frozen_copy(opt.updates[k]), db_update=frozen_copy(opt.updates[k + 1]))
            d["stats"] = {**d["stats"], **update_stats(layer, squares[k])}
            k += len(layer.params())

    @property
    def batch_size(self) -> int:
        """Samples in the current minibatch (0 before the first forward pass)."""
        return 0 if self.phase is None else len(self._t)

    def step(self, x, t, labels=None, indices=None) -> float:
        """All three phases on one minibatch; returns the loss (before the update).

        With capture ``"off"`` this is :meth:`train_step` (same numbers, less bookkeeping)."""
        if self._capture == "off" and self.phase in (None, "update"):
            return self.train_step(x, t)
        loss = self.forward(x, t, labels, indices)
        self.backward()
        self.update()
        return loss

    def train_step(self, x, t) -> float:
        """One plain training step — forward, loss, backward, update — without a trace.

        Speed-up (see the module docstring): the lean path for capture ``"off"``, a second
        copy of :meth:`forward`, :meth:`backward` and :meth:`update` making the very same
        network and optimizer calls, so the numbers are identical bit for bit, minus their
        per-phase bookkeeping. Divergence is caught exactly as there. With one sample and
        plain SGD the weights' ``dW`` and ``ΔW`` are not written (:mod:`.rank_one`). Reference:
        ``reference.train_step``. Returns the loss (before the update).
        """
        if self.phase not in (None, "update"):
            raise PhaseError(f"a new step cannot start after {self.phase}; finish the step first")
        net, opt = self.network, self.optimizer
        self.phase = None
        t = np.asarray(t, dtype=net.dtype)
        net.forward(x, training=True)
        loss = net.compute_loss(t)
        if not math.isfinite(loss):
            raise DivergenceError.loss(self.step_count + 1, loss)
        self.loss, self._t = loss, t
        one = rank_one.applies(opt, net)       # one sample, plain SGD: see .rank_one
        net.backward(t, fill_dW=not one)
        if one and rank_one.bounded(opt, net):
            rank_one.apply(opt, net)
        else:
            if one:
                rank_one.fill_dW(net)
            opt.compute()
            if not opt.updates_finite():
                raise DivergenceError.update(self.step_count + 1)
            opt.apply()
        self._batch, self._layers = {}, [{} for _ in net.layers]
        self.step_count += 1
        self.phase = "update"
        return loss

    # -- the trace -------------------------------------------------------------------------
    @property
    def trace(self) -> StepTrace | None:
        """The current step as far as it got (``None`` before the first forward pass)."""
        if self.phase is None:
            return None
        step = self.step_count if self.phase == "update" else self.step_count + 1
        layers = tuple(
            LayerTrace(index=layer.index, activation=layer.f.name, n_in=layer.n_in, n_out=layer.n_out, **d)
            for layer, d in zip(self.network.layers, self._layers))
        return StepTrace(step=step, epoch=self.epoch, phase=self.phase, loss=self.loss,
                         lr=self.optimizer.lr, capture=self._capture, layers=layers, **self._batch)
