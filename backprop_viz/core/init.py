"""Weight initialisations, all drawn from a seeded ``numpy.random.Generator``.

``W`` has shape ``(n_in, n_out)`` (batch-first: ``z = a_prev @ W + b``); biases start
at zero. ``scale`` overrides the default standard deviation (normal schemes) or limit
(uniform schemes) where given.

* ``normal``: N(0, 0.01²) — the classic "small random numbers".
* ``uniform``: U(−1/√n_in, 1/√n_in) — PyTorch's ``nn.Linear`` default.
* ``xavier_normal`` / ``xavier_uniform`` (Glorot): std √(2/(n_in+n_out)), limit √(6/(n_in+n_out)).
* ``he_normal`` / ``he_uniform`` (Kaiming, fan-in): std √(2/n_in) — the lecture's
  ``randn / √(n_in/2)`` — and limit √(6/n_in) (``nn.init.kaiming_uniform_``).
"""

from __future__ import annotations

import numpy as np


def init_weights(scheme: str, n_in: int, n_out: int, rng: np.random.Generator,
                 dtype=np.float32, scale: float | None = None) -> np.ndarray:
    """Return a fresh ``(n_in, n_out)`` weight matrix for ``scheme``."""
    if scheme.endswith("normal"):
        std = {"normal": 0.01,
               "xavier_normal": np.sqrt(2.0 / (n_in + n_out)),
               "he_normal": np.sqrt(2.0 / n_in)}[scheme]
        W = rng.standard_normal((n_in, n_out)) * (std if scale is None else scale)
    else:
        limit = {"uniform": 1.0 / np.sqrt(n_in),
                 "xavier_uniform": np.sqrt(6.0 / (n_in + n_out)),
                 "he_uniform": np.sqrt(6.0 / n_in)}[scheme]
        limit = limit if scale is None else scale
        W = rng.uniform(-limit, limit, size=(n_in, n_out))
    return W.astype(dtype)
