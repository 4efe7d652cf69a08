"""Layer ``l`` of the network: Linear → (BatchNorm) → activation → (Dropout).

This is the placement of the course notebooks. In the lecture's notation

    z_l = a_{l-1} @ W_l + b_l            (N, n_out) = (N, n_in) @ (n_in, n_out) + (n_out,)
    a_l = f(z_l)                          — or f(BN(z_l)) with batch norm
    delta_l = dE/dz_l                     (N, n_out)
    dW_l = a_{l-1}.T @ delta_l            (n_in, n_out)
    db_l = Σ_n delta_l[n]                 (n_out,)

Arrays are batch-first, so the lecture's column-vector ``W·a`` is ``a @ W`` here and
``W`` has shape ``(n_in, n_out)``. The cache keeps exactly what backward and the views
need: ``a_prev, z, z_hat`` (batch-norm output, else ``None``), ``a``, the dropout
``mask`` and ``out`` (what the next layer sees). Gradient buffers are allocated once;
a :class:`~backprop_viz.core.network.Network` rebinds ``W``/``b`` and ``dW``/``db`` to
views of its flat parameter and gradient buffers (values unchanged).

Reference: the same layer without batch norm, dropout, caches or in-place arithmetic is
one loop iteration of ``forward``/``backward`` in :mod:`backprop_viz.core.reference`;
``tests/core/test_core_reference.py`` checks every layer's ``z``, ``a``, ``delta``, ``dW``,
``db`` against it. Speed-ups here: ``z += b`` and the activations' in-place ``backprop``
(no temporaries), ``dW``/``db`` written straight into the flat gradient buffer with
``out=``, and ``np.dot`` for the batch-1 outer product (see :meth:`DenseLayer.backward`).

Speed-up — unlit pixels skipped (first layer only, ``sparse_input``): about 81 % of MNIST
pixels are 0 under the ``unit`` scaling, and in a minibatch of 64 about 37 % of the 784
pixels are 0 in *every* sample. Their rows of ``W`` add nothing to ``z = a_prev @ W``
(each term is ``0·W``) and their rows of ``dW = a_prev.T @ delta`` are sums of ``0·delta``,
i.e. exactly 0. So when at most :data:`SPARSE_MAX_FRACTION` of the columns of ``a_prev``
are lit, ``z = a_prev[:, lit] @ W[lit]`` and ``dW[lit] = a_prev[:, lit].T @ delta`` with the
other rows of ``dW`` set to 0. Equality, tested in ``tests/core/test_core_sparse_input.py``:
``dW`` (and so ``db``, ``delta`` and the update that follow from the same ``z``) is
bit-identical to the dense product on OpenBLAS (the same sums over the batch, in the same
order); ``z`` equals the dense product only *to float rounding* — BLAS blocks a shorter
sum differently (in float32 about a quarter of the entries come out bit-identical, the rest
differ in the last bit or so). Not used at batch 1, where a 784×n GEMV on cached ``W`` costs
less than gathering the lit rows (measured 4 µs against 6 µs for 784-100, with the lecture's
scaling no pixel is 0 anyway: 0 maps to 0.01), nor where inputs are dense (``standard``
scaling, large batches). Measured at batch 64, 784-256: forward 274 → 206 µs, ``dW``
276 → 219 µs. Skipped terms are ``0·W`` with ``W`` finite (a non-finite ``W`` is caught as
divergence before it is ever stored).
"""

from __future__ import annotations

import numpy as np

from .activations import Activation

#: the first layer skips unlit input columns when at most this fraction of them is lit
#: (measured at batch 64: 63 % lit, a 25 % saving; the gathers cost about 15 % of the GEMM)
SPARSE_MAX_FRACTION = 0.75


class BatchNorm:
    """``z_hat = gamma · (z − mu) / sqrt(var + eps) + beta`` over the batch axis.

    Training uses the batch's mean/variance and updates running estimates
    (``running = (1 − momentum)·running + momentum·batch``, unbiased variance, as PyTorch);
    evaluation uses the running estimates.
    """

    def __init__(self, n: int, dtype, momentum: float = 0.1, eps: float = 1e-5):
        self.gamma = np.ones(n, dtype)
        self.beta = np.zeros(n, dtype)
        self.dgamma = np.zeros(n, dtype)
        self.dbeta = np.zeros(n, dtype)
        self.running_mean = np.zeros(n, dtype)
        self.running_var = np.ones(n, dtype)
        self.momentum, self.eps = momentum, eps
        self.x_hat = self.inv_std = None

    def forward(self, z: np.ndarray, training: bool) -> np.ndarray:
        """``(N, n) → (N, n)``; caches the normalised ``x_hat`` and ``1/std`` in training."""
        if not training:
            return (z - self.running_mean) / np.sqrt(self.running_var + self.eps) * self.gamma + self.beta
        n = len(z)
        mu = z.mean(axis=0)
        x_hat = z - mu
        var = np.einsum("ij,ij->j", x_hat, x_hat) / n
        inv_std = 1.0 / np.sqrt(var + self.eps)
        x_hat *= inv_std
        self.x_hat, self.inv_std = x_hat, inv_std.astype(z.dtype)
        m = self.momentum
        self.running_mean *= 1 - m
        self.running_mean += m * mu
        self.running_var *= 1 - m
        self.running_var += m * var * (n / max(n - 1, 1))
        return x_hat * self.gamma + self.beta

    def backward(self, d_out: np.ndarray) -> np.ndarray:
        """Given ``dE/dz_hat`` ``(N, n)``, fill ``dgamma``/``dbeta`` and return ``dE/dz``."""
        x_hat, n = self.x_hat, len(d_out)
        np.einsum("ij,ij->j", d_out, x_hat, out=self.dgamma)
        np.sum(d_out, axis=0, out=self.dbeta)
        d_xhat = d_out * self.gamma
        # dz = (1/std)/N · (N·d_xhat − Σ d_xhat − x_hat·Σ(d_xhat·x_hat))
        sum_d = d_xhat.sum(axis=0)
        sum_dx = np.einsum("ij,ij->j", d_xhat, x_hat)
        d_xhat *= n
        d_xhat -= sum_d
        d_xhat -= x_hat * sum_dx
        d_xhat *= self.inv_std / n
        return d_xhat


class DenseLayer:
    """One fully connected layer with its activation (and optional batch norm / dropout)."""

    def __init__(self, index: int, W: np.ndarray, activation: Activation, *,
                 batch_norm: bool = False, dropout: float = 0.0):
        self.index = index  # 1-based, as the lecture counts layers
        self.W = W
        self.b = np.zeros(W.shape[1], W.dtype)
        self.dW = np.zeros_like(W)
        self.db = np.zeros_like(self.b)
        self.f = activation
        self.bn = BatchNorm(W.shape[1], W.dtype) if batch_norm else None
        self.p_drop = dropout
        #: set to an ``(N, n_out)`` array to reuse one dropout mask (gradient checks)
        self.fixed_mask: np.ndarray | None = None
        self.a_prev = self.z = self.z_hat = self.a = self.mask = self.out = None
        self.delta: np.ndarray | None = None
        #: skip all-zero columns of ``a_prev`` (set by Network for the layer that sees the inputs)
        self.sparse_input = False
        self.lit: tuple[np.ndarray, np.ndarray] | None = None   # (lit columns, a_prev[:, lit])

    @property
    def n_in(self) -> int:
        return self.W.shape[0]

    @property
    def n_out(self) -> int:
        return self.W.shape[1]

    def params(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """``(name, parameter, gradient)`` triples, in a fixed order."""
        triples = [("W", self.W, self.dW), ("b", self.b, self.db)]
        if self.bn is not None:
            triples += [("gamma", self.bn.gamma, self.bn.dgamma), ("beta", self.bn.beta, self.bn.dbeta)]
        return triples

    def forward(self, a_prev: np.ndarray, training: bool, rng: np.random.Generator) -> np.ndarray:
        """``z = a_prev @ W + b``; ``a = f(z)`` (or ``f(BN(z))``); dropout on ``a`` in training.

        ``a_prev``: ``(N, n_in)`` → returns ``out``: ``(N, n_out)``.
        """
        lit = self._lit_columns(a_prev) if self.sparse_input and len(a_prev) > 1 else None
        z = a_prev @ self.W if lit is None else lit[1] @ self.W[lit[0]]
        z += self.b
        z_hat = self.bn.forward(z, training) if self.bn is not None else None
        a = self.f.f(z if z_hat is None else z_hat)
        out, mask = a, None
        if training and self.p_drop > 0:
            mask = self.fixed_mask
            if mask is None:
                # inverted dropout: keep with prob 1−p and scale by 1/(1−p), so eval needs no change
                mask = (rng.random(a.shape, dtype=np.float32) >= self.p_drop).astype(a.dtype)
                mask *= 1.0 / (1.0 - self.p_drop)
            out = a * mask
        self.a_prev, self.z, self.z_hat, self.a, self.mask, self.out = a_prev, z, z_hat, a, mask, out
        self.lit = lit
        return out

    def _lit_columns(self, a_prev: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
        """``(lit, a_prev[:, lit])`` — the columns non-zero in some sample — when few enough
        are lit to pay for the gathers (see the module docstring), else ``None``."""
        if len(a_prev) < 2:
            return None
        used = a_prev.any(axis=0)
        if np.count_nonzero(used) > SPARSE_MAX_FRACTION * len(used):
            return None
        lit = np.flatnonzero(used)
        return lit, a_prev[:, lit]

    def backward(self, grad_out: np.ndarray | None, *, delta: np.ndarray | None = None,
                 need_grad_in: bool = True, fill_dW: bool = True) -> np.ndarray | None:
        """Backward pass of layer l.

        Hidden layers get ``grad_out = delta_{l+1} @ W_{l+1}.T`` ``(N, n_out)`` and compute
        ``delta_l = grad_out * f'(z_l)`` (through dropout and batch norm when present); the
        output layer gets ``delta`` directly from the loss. Fills ``dW = a_prev.T @ delta``
        and ``db = Σ_n delta`` and returns ``delta @ W.T`` ``(N, n_in)`` for layer l−1
        (``None`` when ``need_grad_in`` is false, e.g. for the input layer). ``fill_dW=False``
        leaves ``dW`` as it was (the rank-one SGD update needs only ``a_prev`` and ``delta``).
        """
        if delta is None:
            g = grad_out * self.mask if self.mask is not None else grad_out
            g = self.f.backprop(g, self.z if self.z_hat is None else self.z_hat, self.a)
            delta = self.bn.backward(g) if self.bn is not None else g
        self.delta = delta
        # np.dot, not np.matmul: for a single sample (batch 1, the lecture's setup) matmul
        # skips BLAS and is ~8× slower at this outer product; for larger batches both call GEMM
        if fill_dW and self.lit is None:
            np.dot(self.a_prev.T, delta, out=self.dW)
        elif fill_dW:   # unlit rows: a sum of 0·delta, exactly 0 (module docstring)
            self.dW.fill(0)
            self.dW[self.lit[0]] = self.lit[1].T @ delta
        if len(delta) == 1:              # (the one-row sum, bit for bit: −0.0 becomes +0.0 as there)
            np.add(delta[0], 0.0, out=self.db)
        else:
            np.add.reduce(delta, axis=0, out=self.db)
        return delta @ self.W.T if need_grad_in else None

    def infer(self, a_prev: np.ndarray) -> np.ndarray:
        """Evaluation-mode forward that leaves the cache alone (no dropout, running BN stats)."""
        z = a_prev @ self.W
        z += self.b
        if self.bn is not None:
            z = self.bn.forward(z, training=False)
        return self.f.f(z)
