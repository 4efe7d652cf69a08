"""How much memory a configuration needs, checked against what the machine has — before building.

:func:`param_shapes` lists the arrays a network of ``config`` holds (``layer1/W``,
``layer1/b``, batch norm's ``gamma``, ``beta`` and running statistics) without allocating
them. :func:`estimate_bytes` adds up what training needs: the parameters, their
gradients ``dW, db``, the optimizer's state (one buffer per parameter for momentum, two
for Adam), and the activations of one batch (``z``, ``a``, ``delta`` and dropout or batch
norm caches for every layer, for the training batch or an evaluation chunk, whichever is
larger). :func:`check_memory` refuses a configuration whose estimate exceeds the memory
available (``MemAvailable`` of ``/proc/meminfo``, else ``os.sysconf``; an address-space
limit counts too) with a coded :class:`~.errors.ConfigError` that states both figures —
the CLI, the model and run readers and the engine's Reset call it, so a hostile file or an
enormous ``--hidden`` is refused instead of exhausting the machine.
"""

from __future__ import annotations

import os

from .config import Config
from .errors import ConfigError

#: evaluation runs in chunks of this many samples (see :mod:`.evaluation`)
EVAL_CHUNK = 2048
#: per layer and sample: z, a, delta, a dropout mask or batch-norm cache, and a spare
_ACTIVATION_COPIES = 5
_OPTIMIZER_BUFFERS = {"sgd": 0, "momentum": 1, "adam": 2}


def param_shapes(config: Config) -> dict[str, tuple[int, ...]]:
    """``{"layer1/W": (784, 256), "layer1/b": (256,), ...}`` as the network stores them."""
    sizes = config.sizes
    shapes = {}
    for k in range(1, len(sizes)):
        n_in, n_out = sizes[k - 1], sizes[k]
        shapes[f"layer{k}/W"] = (n_in, n_out)
        shapes[f"layer{k}/b"] = (n_out,)
        if config.batch_norm and k < len(sizes) - 1:
            for name in ("gamma", "beta", "running_mean", "running_var"):
                shapes[f"layer{k}/{name}"] = (n_out,)
    return shapes


def count_params(config: Config) -> int:
    total = 0
    for shape in param_shapes(config).values():
        n = 1
        for d in shape:
            n *= d
        total += n
    return total


def estimate_bytes(config: Config) -> int:
    """Bytes that training ``config`` needs: parameters, gradients, optimizer state, activations."""
    item = 8 if config.dtype == "float64" else 4
    params = count_params(config)
    buffers = 2 + _OPTIMIZER_BUFFERS.get(config.optimizer, 2)   # parameters, gradients, optimizer
    rows = max(config.batch_size, EVAL_CHUNK)
    activations = _ACTIVATION_COPIES * rows * sum(config.sizes)
    return (buffers * params + activations) * item


def available_bytes() -> int | None:
    """Memory this process may still use, or ``None`` when the system does not say."""
    found = None
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    found = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError, IndexError):
        pass
    if found is None:
        try:
            found = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError, AttributeError):
            found = None
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        if soft != resource.RLIM_INFINITY and soft > 0:
            found = soft if found is None else min(found, soft)
    except (ImportError, OSError, ValueError):
        pass
    return found


def format_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1000 or unit == "TB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n:,.1f} TB"   # pragma: no cover


def check_memory(config: Config, available: int | None = None) -> int:
    """Refuse ``config`` when training it would need more memory than is available.

    Returns the estimate in bytes; ``available`` overrides the machine's figure (tests).
    """
    need = estimate_bytes(config)
    have = available_bytes() if available is None else available
    if have is not None and need > have:
        raise ConfigError("hidden", "config.memory.too_large", config.architecture, format_bytes(need),
                          f"{count_params(config):,}", config.dtype, format_bytes(have))
    return need
