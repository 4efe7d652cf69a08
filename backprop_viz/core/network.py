"""The multilayer perceptron: a stack of :class:`DenseLayer` and a loss.

Public API for scripting experiments::

    from backprop_viz.core import Config, Network
    net = Network.from_config(Config(hidden=(100,), activation="sigmoid", output="sigmoid",
                                     loss="squared_error", init="he_normal"))
    loss, grads = net.loss_and_gradients(x, t)   # x: (N, 784), t: (N, 10)
    params = net.get_params()                      # [{"W": ..., "b": ...}, ...] copies
    net.set_params(params)

``forward`` / ``backward`` are the two halves of a step (the optimizer does the
update); ``infer`` is evaluation mode and never touches the training caches.

Read :mod:`backprop_viz.core.reference` first: the same forward and backward pass as
plain loops in the lecture's notation. Two speed-ups live here; both are tested against
the reference in ``tests/core/test_core_reference.py``.

Speed-up — flat parameter and gradient buffers: all parameters live in one flat array
(``W1, b1, W2, b2, …`` in :meth:`param_triples` order) and all gradients in another; each
layer's ``W``, ``b``, ``dW``, ``db`` is a reshaped *view* into them (:meth:`_pack_parameters`).
Nothing changes for the formulas, but an optimizer can then update every parameter with
a handful of NumPy calls instead of a handful per array. Reference: the per-layer lists
``W[l]``, ``dW[l]`` of ``reference.forward``/``reference.backward``.

Speed-up — :meth:`evaluate` runs its own forward pass, chunk by chunk, without the
training caches, and computes the output layer inline so ``z_L`` is at hand for the
loss (log-sum-exp for cross-entropy). Reference: ``reference.forward`` + ``reference.loss``.
"""

from __future__ import annotations

import copy

import numpy as np

from .activations import get_activation
from .config import Config
from .init import init_weights
from .layers import DenseLayer
from .losses import get_loss


class Network:
    def __init__(self, layers: list[DenseLayer], loss, rng: np.random.Generator, config: Config | None = None):
        self.layers = layers
        self.loss = loss
        self.rng = rng  # used for dropout masks
        self.config = config
        self.a_out: np.ndarray | None = None
        if layers:
            layers[0].sparse_input = True   # it sees the inputs: skip unlit pixels (see layers.py)
        self._pack_parameters()

    def _pack_parameters(self) -> None:
        """Copy every parameter into one flat buffer and every gradient into another, and
        rebind the layers' arrays to views of them (the speed-up in the module docstring;
        the optimizers detect the tiling and run over the flat buffers)."""
        slots = []  # (object, parameter attribute, gradient attribute), in param_triples order
        for layer in self.layers:
            slots += [(layer, "W", "dW"), (layer, "b", "db")]
            if layer.bn is not None:
                slots += [(layer.bn, "gamma", "dgamma"), (layer.bn, "beta", "dbeta")]
        for column in (1, 2):
            arrays = [getattr(slot[0], slot[column]) for slot in slots]
            flat = np.empty(sum(a.size for a in arrays), dtype=self.dtype)
            start = 0
            for slot, a in zip(slots, arrays):
                view = flat[start:start + a.size].reshape(a.shape)
                view[...] = a
                setattr(slot[0], slot[column], view)
                start += a.size

    @classmethod
    def from_config(cls, config: Config) -> "Network":
        """Build the network ``config`` describes, initialised from ``config.seed``."""
        dtype = np.dtype(config.dtype)
        rng = np.random.default_rng(config.seed)
        sizes = config.sizes
        layers = []
        for l in range(1, len(sizes)):
            last = l == len(sizes) - 1
            W = init_weights(config.init, sizes[l - 1], sizes[l], rng, dtype, config.init_scale)
            layers.append(DenseLayer(
                l, W, get_activation(config.output if last else config.activation),
                batch_norm=config.batch_norm and not last,
                dropout=0.0 if last else config.dropout))
        return cls(layers, get_loss(config.loss), np.random.default_rng([config.seed, 1]), config)

    @classmethod
    def build(cls, sizes, **options) -> "Network":
        """Shortcut: ``Network.build([784, 100, 10], activation="sigmoid", ...)``."""
        sizes = list(sizes)
        return cls.from_config(Config(n_inputs=sizes[0], hidden=tuple(sizes[1:-1]), n_outputs=sizes[-1], **options))

    # -- structure -------------------------------------------------------------------------
    @property
    def sizes(self) -> tuple[int, ...]:
        return (self.layers[0].n_in, *(layer.n_out for layer in self.layers))

    @property
    def dtype(self) -> np.dtype:
        return self.layers[0].W.dtype

    @property
    def n_params(self) -> int:
        return sum(p.size for layer in self.layers for _, p, _ in layer.params())

    def param_triples(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """``(name, parameter, gradient)`` for every parameter, named like ``W1``, ``b2``."""
        return [(f"{name}{layer.index}", p, g) for layer in self.layers for name, p, g in layer.params()]

    # -- passes ----------------------------------------------------------------------------
    def forward(self, x: np.ndarray, training: bool = True) -> np.ndarray:
        """Forward pass caching every layer's ``z`` and ``a``. ``x``: ``(N, n_in)`` → ``a_L``: ``(N, n_out)``."""
        a = np.asarray(x, dtype=self.dtype)
        for layer in self.layers:
            a = layer.forward(a, training, self.rng)
        self.a_out = a
        return a

    def compute_loss(self, t: np.ndarray) -> float:
        """Mean loss of the last forward pass against targets ``t`` ``(N, n_out)``."""
        out = self.layers[-1]
        return self.loss.loss(out.z, out.a, t)

    def backward(self, t: np.ndarray, fill_dW: bool = True) -> None:
        """Backward pass: ``delta_L = dE/dz_L`` from the loss, then for l = L−1 … 1
        ``delta_l = (delta_{l+1} @ W_{l+1}.T) * f'(z_l)``; fills every ``dW``/``db``
        (every ``db`` only, with ``fill_dW=False``: see :mod:`.rank_one`)."""
        out = self.layers[-1]
        t = np.asarray(t, dtype=self.dtype)
        delta_L = self.loss.delta(out.z, out.a, t, out.f)
        grad = out.backward(None, delta=delta_L, need_grad_in=len(self.layers) > 1, fill_dW=fill_dW)
        for i in range(len(self.layers) - 2, -1, -1):
            grad = self.layers[i].backward(grad, need_grad_in=i > 0, fill_dW=fill_dW)

    def loss_and_gradients(self, x: np.ndarray, t: np.ndarray, training: bool = True):
        """Return ``(loss, grads)`` with ``grads`` like :meth:`get_params` (copies)."""
        self.forward(x, training)
        loss = self.compute_loss(np.asarray(t, dtype=self.dtype))
        self.backward(t)
        grads = [{name: g.copy() for name, _, g in layer.params()} for layer in self.layers]
        return loss, grads

    def infer(self, x: np.ndarray) -> np.ndarray:
        """Evaluation-mode output ``a_L`` ``(N, n_out)``; leaves training caches untouched."""
        a = np.asarray(x, dtype=self.dtype)
        for layer in self.layers:
            a = layer.infer(a)
        return a

    def predict(self, x: np.ndarray, batch_size: int = 2048) -> np.ndarray:
        """Class predictions ``(N,)`` in evaluation mode, in chunks to bound memory."""
        return np.concatenate([self.infer(x[i:i + batch_size]).argmax(axis=1)
                               for i in range(0, len(x), batch_size)]) if len(x) else np.zeros(0, int)

    def evaluate(self, x: np.ndarray, t: np.ndarray, labels: np.ndarray, batch_size: int = 2048, progress=None):
        """``(mean loss, accuracy)`` over a dataset in evaluation mode; ``progress(k)`` (if
        given) is called after each chunk with its ``k`` samples.

        Speed-up: its own forward (see the module docstring) in chunks of ``batch_size``,
        leaving the training caches alone. Reference: ``reference.forward``/``reference.loss``;
        tested in ``tests/core/test_core_reference.py``."""
        total, correct = 0.0, 0
        out = self.layers[-1]
        for i in range(0, len(x), batch_size):
            xb, tb = x[i:i + batch_size], np.asarray(t[i:i + batch_size], dtype=self.dtype)
            a_prev = np.asarray(xb, dtype=self.dtype)
            for layer in self.layers[:-1]:
                a_prev = layer.infer(a_prev)
            z = a_prev @ out.W + out.b
            a = out.f.f(z)
            total += self.loss.loss(z, a, tb) * len(xb)
            correct += int((a.argmax(axis=1) == labels[i:i + batch_size]).sum())
            if progress is not None:
                progress(len(xb))
        return total / max(len(x), 1), correct / max(len(x), 1)

    # -- parameters ------------------------------------------------------------------------
    def get_params(self) -> list[dict[str, np.ndarray]]:
        """Copies of every layer's parameters (and batch-norm running statistics)."""
        result = []
        for layer in self.layers:
            d = {name: p.copy() for name, p, _ in layer.params()}
            if layer.bn is not None:
                d["running_mean"] = layer.bn.running_mean.copy()
                d["running_var"] = layer.bn.running_var.copy()
            result.append(d)
        return result

    def set_params(self, params: list[dict[str, np.ndarray]]) -> None:
        """Copy ``params`` (as from :meth:`get_params`) in; shapes must match exactly."""
        if len(params) != len(self.layers):
            raise ValueError(f"expected parameters for {len(self.layers)} layers, got {len(params)}")
        targets = []
        for layer, d in zip(self.layers, params):
            own = {name: p for name, p, _ in layer.params()}
            if layer.bn is not None:
                own.update(running_mean=layer.bn.running_mean, running_var=layer.bn.running_var)
            if set(d) != set(own):
                raise ValueError(f"layer {layer.index}: expected {sorted(own)}, got {sorted(d)}")
            for name, value in d.items():
                value = np.asarray(value)
                if value.shape != own[name].shape:
                    raise ValueError(f"layer {layer.index} {name}: expected shape {own[name].shape}, got {value.shape}")
                targets.append((own[name], value))
        for dst, src in targets:
            dst[...] = src

    def frozen(self, share_weights: bool = False, gradients: bool = True) -> "Network":
        """An independent copy for inference while this one keeps training.

        ``share_weights``: reuse ``W``/``b`` instead of copying them — only for a network
        that will not change any more (e.g. one that is itself a frozen copy); caches,
        gradient buffers and batch norm are still the clone's own. ``gradients=False``: no
        gradient buffers (``dW``/``db`` are ``None``; a snapshot's copy, which never trains).
        """
        clone = copy.copy(self)
        clone.layers = []
        for layer in self.layers:
            c = copy.copy(layer)
            if not share_weights:
                c.W, c.b = layer.W.copy(), layer.b.copy()
            # own gradient buffers too: a backward pass on the copy (the probe view) must
            # not write into the training network's dW/db
            c.dW, c.db = (np.zeros_like(layer.W), np.zeros_like(layer.b)) if gradients else (None, None)
            c.bn = copy.deepcopy(layer.bn)
            if c.bn is not None:
                c.bn.x_hat = c.bn.inv_std = None
            c.a_prev = c.z = c.z_hat = c.a = c.mask = c.out = c.delta = c.lit = None
            clone.layers.append(c)
        clone.rng = np.random.default_rng(0)
        return clone

    def astype(self, dtype) -> "Network":
        """A copy of this network in another float dtype (e.g. float64 for gradient checks)."""
        clone = copy.deepcopy(self)
        for layer in clone.layers:
            layer.W, layer.b = layer.W.astype(dtype), layer.b.astype(dtype)
            layer.dW, layer.db = np.zeros_like(layer.W), np.zeros_like(layer.b)
            if layer.bn is not None:
                for attr in ("gamma", "beta", "dgamma", "dbeta", "running_mean", "running_var"):
                    setattr(layer.bn, attr, getattr(layer.bn, attr).astype(dtype))
        clone._pack_parameters()
        return clone
