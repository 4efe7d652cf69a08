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

The learning rate (``lr``) may be changed between any two steps. Moment buffers are
flushed of float32 subnormals every ``FLUSH_EVERY`` steps: unflushed, the moments of
always-zero input pixels decay into subnormals after ~800 steps and halve throughput.
"""

from __future__ import annotations

import numpy as np

FLUSH_EVERY = 100
_TINY = 1e-30


def _flush(buffers) -> None:
    for buf in buffers:
        np.putmask(buf, np.abs(buf) < _TINY, 0)


class Optimizer:
    name = "sgd"

    def __init__(self, triples, lr: float, weight_decay: float = 0.0):
        self.triples = list(triples)
        self.lr = float(lr)
        self.weight_decay = float(weight_decay)
        self.t = 0  # number of updates applied
        self.updates = [np.zeros_like(p) for _, p, _ in self.triples]
        self._scratch = [np.empty_like(p) for _, p, _ in self.triples]

    def _grads(self):
        """Yield ``(index, param, g)`` with weight decay folded in (``g = dW + wd·W``)."""
        for i, (_, p, g) in enumerate(self.triples):
            if self.weight_decay:
                g = np.add(g, self.weight_decay * p, out=self._scratch[i])
            yield i, p, g

    def compute(self) -> None:
        """Write this step's ``ΔW`` of every parameter into ``self.updates``."""
        for i, p, g in self._grads():
            np.multiply(g, -self.lr, out=self.updates[i])

    def apply(self) -> None:
        for (_, p, _), upd in zip(self.triples, self.updates):
            p += upd
        self.t += 1
        if self.t % FLUSH_EVERY == 0:
            _flush(self.state_buffers())

    def state_buffers(self) -> list[np.ndarray]:
        return []

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
        self.velocity = [np.zeros_like(p) for _, p, _ in self.triples]

    def compute(self):
        for i, p, g in self._grads():
            v = self.velocity[i]
            v *= self.momentum
            v += g
            np.multiply(v, -self.lr, out=self.updates[i])

    def state_buffers(self):
        return self.velocity

    def describe(self):
        return f"v ← {self.momentum:g}·v + dW,  W ← W − {self.lr:g}·v"


class Adam(Optimizer):
    name = "adam"

    def __init__(self, triples, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
        super().__init__(triples, lr, weight_decay)
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        # Stored unnormalised to save passes: M = m/(1−β1), V = v/(1−β2), so that
        # M ← β1·M + g and V ← β2·V + g² (two or three passes instead of four).
        self.M = [np.zeros_like(p) for _, p, _ in self.triples]
        self.V = [np.zeros_like(p) for _, p, _ in self.triples]
        self._sq = [np.empty_like(p) for _, p, _ in self.triples]

    def compute(self):
        t = self.t + 1
        b1, b2 = self.beta1, self.beta2
        bc1, bc2 = 1 - b1 ** t, 1 - b2 ** t
        # ΔW = −lr/bc1·m / (√v/√bc2 + ε) with m = (1−β1)M, v = (1−β2)V:
        #    = −step · M / (√V + eps_V)
        c = np.sqrt((1 - b2) / bc2)
        step = self.lr * (1 - b1) / bc1 / c
        eps_v = self.eps / c
        for i, p, g in self._grads():
            M, V, sq, upd = self.M[i], self.V[i], self._sq[i], self.updates[i]
            M *= b1
            M += g
            np.multiply(g, g, out=sq)
            V *= b2
            V += sq
            np.sqrt(V, out=sq)
            sq += eps_v
            np.divide(M, sq, out=upd)
            upd *= -step

    def state_buffers(self):
        return self.M + self.V

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
