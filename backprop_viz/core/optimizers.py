"""Parameter updates: SGD, SGD with momentum, Adam — with L2 weight decay.

Every optimizer works on ``(name, parameter, gradient)`` triples and splits a step in
two: :meth:`Optimizer.compute` writes this step's change ``ΔW`` of every parameter into
``updates`` (so views can show it and divergence can be caught *before* anything is
changed), then :meth:`Optimizer.apply` adds it. The formulas follow PyTorch, so the
course notebooks' settings mean the same here (``g = dW + wd·W``):

* ``sgd``:       ``ΔW = −lr · g``
* ``momentum``:  ``v = μ·v + g``,  ``ΔW = −lr · v``
* ``adam``:      ``m = β1·m + (1−β1)·g``, ``v = β2·v + (1−β2)·g²``,
  ``ΔW = −lr · m̂ / (√v̂ + ε)`` with bias corrections ``m̂ = m/(1−β1^t)``, ``v̂ = v/(1−β2^t)``.

The learning rate (``lr``) may be changed between any two steps. ``compute`` writes the
new velocity or moments into spare buffers that ``apply`` adopts, so a step refused
between the two (a NaN/Inf update) leaves the optimizer exactly as it was.

The textbook form, one array at a time, is ``sgd_update``, ``momentum_update`` and
``adam_update`` in :mod:`backprop_viz.core.reference`; read those first. The speed-ups
below change no formula, and ``tests/core/test_core_reference.py`` checks parameters,
velocity and moments after several steps against the reference.

Speed-up — address checks (:func:`_tiled_base`): when the parameters and gradients are
consecutive views of one flat buffer (a :class:`~backprop_viz.core.network.Network`'s
are), found by comparing each view's base and memory address, each formula runs once
over the whole flat buffer — about ten NumPy calls per step for Adam, however many
layers — instead of once per array. Anything else falls back to one pass per array.

Speed-up — rescaled Adam moments (:class:`Adam`): ``M = m/(1−β1)`` and ``V = v/(1−β2)``
are stored instead of ``m`` and ``v``, so the moment updates lose a multiplication each
and the bias corrections fold into two scalars; :meth:`Adam.moments` gives back the
textbook ``m`` and ``v``.

Speed-up — subnormal flush: moment buffers are flushed of float32 subnormals every
``FLUSH_EVERY`` steps: unflushed, the moments of input pixels that are almost always
zero decay into subnormals after ~800 steps and halve throughput.
"""

from __future__ import annotations

import math

import numpy as np

FLUSH_EVERY = 100
_TINY = 1e-30


def _flush(buffers) -> None:
    for buf in buffers:
        np.putmask(buf, np.abs(buf) < _TINY, 0)


def _tiled_base(arrays) -> np.ndarray | None:
    """The 1-D array that ``arrays`` are consecutive views of, in order, or ``None``.

    Speed-up (the address check in the module docstring): same base, C-contiguous, and
    each view starting where the previous one ends. Reference: ``reference.sgd_update``
    and friends, applied array by array; tested in ``tests/core/test_core_reference.py``."""
    base = arrays[0].base if arrays else None
    if base is None or base.ndim != 1 or base.size != sum(a.size for a in arrays):
        return None
    address = base.__array_interface__["data"][0]
    for a in arrays:
        if a.base is not base or not a.flags.c_contiguous or a.__array_interface__["data"][0] != address:
            return None
        address += a.nbytes
    return base


def _zeros_like_all(arrays) -> list[np.ndarray]:
    """Zeroed arrays shaped like ``arrays``, all views into one new flat buffer."""
    sizes = [a.size for a in arrays]
    flat = np.zeros(sum(sizes), dtype=arrays[0].dtype if arrays else np.float64)
    views, start = [], 0
    for a, n in zip(arrays, sizes):
        views.append(flat[start:start + n].reshape(a.shape))
        start += n
    return views


class Optimizer:
    name = "sgd"

    def __init__(self, triples, lr: float, weight_decay: float = 0.0):
        self.triples = list(triples)
        self.lr = float(lr)
        self.weight_decay = float(weight_decay)
        self.t = 0  # number of updates applied
        params = [p for _, p, _ in self.triples]
        grads = [g for _, _, g in self.triples]
        self.updates = _zeros_like_all(params)   # this step's ΔW, one array per parameter
        self._updates_1d = [u.reshape(-1) for u in self.updates]
        self._scratch = _zeros_like_all(params)
        # What the formulas run over: the flat buffers themselves when parameters and
        # gradients tile them (see the module docstring), else one entry per parameter.
        flat_p, flat_g = _tiled_base(params), _tiled_base(grads)
        self._flat = flat_p is not None and flat_g is not None
        self._params = [flat_p] if self._flat else params
        self._grads = [flat_g] if self._flat else grads

    def _spans(self, views: list[np.ndarray]) -> list[np.ndarray]:
        """One of this optimizer's buffers (per-parameter views of one flat array) split
        like ``self._params``: the whole flat array, or the views."""
        return [views[0].base] if self._flat else views

    def _grads_with_decay(self):
        """Yield ``(k, param, g)`` per span with weight decay folded in (``g = dW + wd·W``)."""
        scratch = self._spans(self._scratch)
        for k, (p, g) in enumerate(zip(self._params, self._grads)):
            if self.weight_decay:
                g = np.add(g, self.weight_decay * p, out=scratch[k])
            yield k, p, g

    def compute(self) -> None:
        """Write this step's ``ΔW`` of every parameter into ``self.updates``."""
        updates = self._spans(self.updates)
        for k, p, g in self._grads_with_decay():
            np.multiply(g, -self.lr, out=updates[k])

    def update_squares(self) -> list[float]:
        """``‖ΔW‖²`` of every parameter's update, in ``triples`` order (BLAS dots)."""
        return [float(np.dot(u, u)) for u in self._updates_1d]

    def updates_finite(self, squares: list[float] | None = None) -> bool:
        """Whether every entry of every ``ΔW`` is finite: ``Σ‖ΔW‖²`` is — one BLAS dot over
        the flat update buffer, or the sum of ``squares`` if given. Only if that sum
        overflows is every entry tested (huge but finite updates are not divergence)."""
        if squares is None:
            squares = [float(np.dot(u, u)) for u in self._spans(self._updates_1d)]
        return math.isfinite(sum(squares)) or all(np.isfinite(u).all() for u in self.updates)

    def apply(self) -> None:
        """Add ``ΔW`` to every parameter and adopt the state ``compute`` prepared."""
        for p, u in zip(self._params, self._spans(self.updates)):
            p += u
        self._adopt_state()
        self.t += 1
        if self.t % FLUSH_EVERY == 0:
            _flush(span for buffers in self._state_lists() for span in self._spans(buffers))

    def _adopt_state(self) -> None:
        """Make the velocity/moments ``compute`` wrote into spare buffers current."""

    def _state_lists(self) -> list[list[np.ndarray]]:
        return []

    def state_buffers(self) -> list[np.ndarray]:
        return [b for buffers in self._state_lists() for b in buffers]

    def state(self) -> dict:
        """Optimizer state (for saving runs): step count and moment buffers (copies)."""
        return {"t": self.t, "buffers": [b.copy() for b in self.state_buffers()]}

    def load_state(self, state: dict) -> None:
        self.t = int(state["t"])
        for dst, src in zip(self.state_buffers(), state["buffers"]):
            dst[...] = src

    def describe(self) -> str:
        """The update rule with current numbers, for the UI."""
        return f"W ← W − {self.lr:g}·dW"


class Momentum(Optimizer):
    name = "momentum"

    def __init__(self, triples, lr, momentum: float = 0.9, weight_decay: float = 0.0):
        super().__init__(triples, lr, weight_decay)
        self.momentum = float(momentum)
        params = [p for _, p, _ in self.triples]
        self.velocity = _zeros_like_all(params)
        self._velocity_next = _zeros_like_all(params)

    def compute(self):
        velocity, v_next = self._spans(self.velocity), self._spans(self._velocity_next)
        updates = self._spans(self.updates)
        for k, p, g in self._grads_with_decay():
            v = np.multiply(velocity[k], self.momentum, out=v_next[k])   # v ← μ·v + g
            v += g
            np.multiply(v, -self.lr, out=updates[k])

    def _adopt_state(self):
        self.velocity, self._velocity_next = self._velocity_next, self.velocity

    def _state_lists(self):
        return [self.velocity]

    def describe(self):
        return f"v ← {self.momentum:g}·v + dW,  W ← W − {self.lr:g}·v"


class Adam(Optimizer):
    name = "adam"

    def __init__(self, triples, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
        super().__init__(triples, lr, weight_decay)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        # Speed-up: stored rescaled to save passes: M = m/(1−β1), V = v/(1−β2), so that
        # M ← β1·M + g and V ← β2·V + g² (two or three passes instead of four).
        # Reference: reference.adam_update (Kingma & Ba); tested in test_core_reference.py.
        params = [p for _, p, _ in self.triples]
        self.M, self._M_next = _zeros_like_all(params), _zeros_like_all(params)
        self.V, self._V_next = _zeros_like_all(params), _zeros_like_all(params)

    def compute(self):
        t = self.t + 1
        b1, b2 = self.beta1, self.beta2
        bc1, bc2 = 1 - b1 ** t, 1 - b2 ** t
        # ΔW = −lr/bc1·m / (√v/√bc2 + ε) with m = (1−β1)M, v = (1−β2)V:
        #    = −step · M / (√V + eps_V)
        c = math.sqrt((1 - b2) / bc2)
        step = self.lr * (1 - b1) / bc1 / c
        eps_v = self.eps / c
        M, V, M_next, V_next = (self._spans(b) for b in (self.M, self.V, self._M_next, self._V_next))
        updates = self._spans(self.updates)
        for k, p, g in self._grads_with_decay():
            m = np.multiply(M[k], b1, out=M_next[k])   # M ← β1·M + g
            m += g
            u = np.multiply(g, g, out=updates[k])      # (ΔW's buffer doubles as scratch)
            v = np.multiply(V[k], b2, out=V_next[k])   # V ← β2·V + g²
            v += u
            np.sqrt(v, out=u)                          # ΔW = −step · M / (√V + eps_V)
            u += eps_v
            np.divide(m, u, out=u)
            u *= -step

    def _adopt_state(self):
        self.M, self._M_next = self._M_next, self.M
        self.V, self._V_next = self._V_next, self.V

    def _state_lists(self):
        return [self.M, self.V]

    def moments(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Adam's ``(m, v)`` for parameter ``i`` in the textbook scaling (copies)."""
        return self.M[i] * (1 - self.beta1), self.V[i] * (1 - self.beta2)

    def describe(self):
        return (f"m ← {self.beta1:g}·m + {1 - self.beta1:g}·dW,  v ← {self.beta2:g}·v + "
                f"{1 - self.beta2:g}·dW²,  W ← W − {self.lr:g}·m̂/(√v̂ + {self.eps:g})")


def make_optimizer(config, triples) -> Optimizer:
    """The optimizer ``config.optimizer`` names, over ``triples``."""
    if config.optimizer == "adam":
        return Adam(triples, config.lr, config.beta1, config.beta2, config.eps, config.weight_decay)
    if config.optimizer == "momentum":
        return Momentum(triples, config.lr, config.momentum, config.weight_decay)
    return Optimizer(triples, config.lr, config.weight_decay)
