"""Speed-up — plain SGD on one sample as one rank-one update per layer (the BLAS ``?ger``).

With a single sample (batch 1, the lecture's setup) ``dW_l = a_{l-1}.T @ delta_l`` is an
outer product, and plain SGD's ``W ← W − lr·dW`` is the rank-one update
``W += (−lr)·a_{l-1}.T @ delta_l``. NumPy takes four passes over ``W`` for it (write ``dW``,
scale it into ``ΔW``, check ``ΔW`` is finite, add ``ΔW``); the BLAS routine ``?ger`` — in
the library NumPy itself loaded, found through threadpoolctl and called with ctypes —
takes one. For 784-100-10 that is most of a step's time. It is taken when
``‖ΔW‖² = lr²·‖a_{l-1}‖²·‖delta_l‖²`` shows that no entry can overflow (:func:`bounded`), which
is then the whole divergence check; otherwise the step takes NumPy's path and its
entry-by-entry check. ``Trainer.train_step`` (capture "off") skips ``dW`` and ``ΔW`` of the
weights altogether (``layer.dW`` and ``optimizer.updates`` keep the last traced step's). The
three phases still fill ``dW`` and ``ΔW`` for the views; both paths decide alike and update
``W`` through :func:`apply`, so they stay identical bit for bit.

Rounding: ``?ger`` rounds ``W + (−lr·a_i)·delta_j`` once per entry (a fused multiply–add
where the CPU has one) where the textbook ``W + fl(−lr·fl(a_i·delta_j))`` rounds three
times, so weights differ from :mod:`.reference` in the last bits of each step
(``tests/core/test_core_rank_one.py`` checks them to float rounding), and a traced step's
``W_after − W_before`` may differ from its ``ΔW`` in the last bit. Without a usable
``?ger`` (an unknown BLAS, a big-endian or 32-bit machine) :func:`applies` is false and
training takes the usual NumPy path.
"""

from __future__ import annotations

import ctypes
import sys
import threading

import numpy as np

from .optimizers import Optimizer

_ROW_MAJOR = 101
_NAMES = ("scipy_cblas_{}ger64_", "cblas_{}ger64_", "cblas_{}ger_64", "cblas_{}ger")
_gers: dict | None = None
_kept = threading.local()
#: squares every entry and every intermediate ``−lr·a_i`` stay below: half the largest float (a
#: margin for the rounding of the norms); float64's overflows to ∞ (then: any finite square)
_LIMITS = {np.dtype(np.float32): (float(np.finfo(np.float32).max) / 2) ** 2, np.dtype(np.float64): float("inf")}


def _load() -> dict:
    """``{dtype: cblas ?ger}`` from the BLAS NumPy loaded, each checked on a small case."""
    if sys.byteorder != "little" or sys.maxsize < 2 ** 32:
        return {}
    try:
        from threadpoolctl import threadpool_info
        libs = sorted((i for i in threadpool_info() if i.get("user_api") == "blas"),
                      key=lambda i: "numpy" not in i.get("filepath", ""))
    except Exception:   # noqa: BLE001 — no BLAS found is no speed-up, not an error
        return {}
    for info in libs:
        try:
            lib = ctypes.CDLL(info["filepath"])
        except OSError:
            continue
        found = {}
        for dtype, letter, real in ((np.dtype(np.float32), "s", ctypes.c_float),
                                    (np.dtype(np.float64), "d", ctypes.c_double)):
            fn = next((getattr(lib, n.format(letter)) for n in _NAMES if hasattr(lib, n.format(letter))), None)
            if fn is None:
                continue
            # every integer passed as 64 bits: read right by LP64 and ILP64 BLAS alike on a
            # little-endian 64-bit machine (registers, or 8-byte stack slots read from the low end)
            i64, ptr = ctypes.c_int64, ctypes.c_void_p
            fn.argtypes = [i64, i64, i64, real, ptr, i64, ptr, i64, ptr, i64]
            fn.restype = None
            if _works(fn, dtype):
                found[dtype] = fn
        if found:
            return found
    return {}


def _works(fn, dtype) -> bool:
    A = np.arange(12, dtype=dtype).reshape(3, 4)
    x, y = np.array([1, -2, 3], dtype), np.array([0.5, 1, -1, 2], dtype)
    expected = A + np.outer(x, y) * -0.25
    fn(_ROW_MAJOR, 3, 4, -0.25, x.ctypes.data, 1, y.ctypes.data, 1, A.ctypes.data, 4)
    return bool(np.array_equal(A, expected))


def gers() -> dict:
    """The ``?ger`` routines found (looked up once per process)."""
    global _gers
    if _gers is None:
        _gers = _load()
    return _gers


def ger(A: np.ndarray, alpha: float, x: np.ndarray, y: np.ndarray) -> None:
    """``A += alpha · outer(x, y)`` in place: ``A`` C-contiguous and writable ``(m, n)``,
    ``x`` ``(m,)``, ``y`` ``(n,)``, ``A``'s dtype one that :func:`gers` has."""
    m, n = A.shape
    _gers[A.dtype](_ROW_MAJOR, m, n, alpha, _address(x, A.dtype, "x"), 1, _address(y, A.dtype, "y"), 1,
                   _address(A), n)


def _address(v: np.ndarray, dtype=None, slot: str = "") -> int:
    """Where ``v``'s numbers start: its own memory when contiguous, writable and of
    ``dtype`` (ctypes asks NumPy's buffer, 4× quicker than ``v.ctypes``), else a kept copy."""
    if dtype is None or v.dtype == dtype:
        try:
            return ctypes.addressof(ctypes.c_char.from_buffer(v))
        except (TypeError, ValueError, BufferError):   # read-only or strided
            if dtype is None:
                raise
    buffers = _kept.__dict__        # (one set per thread: ctypes lets go of the GIL in the call)
    key = (slot, dtype, v.shape[0])
    kept = buffers.get(key)
    if kept is None:
        a = np.empty(v.shape[0], dtype)
        kept = buffers[key] = (a, a.ctypes.data)
    np.copyto(kept[0], v, casting="same_kind")
    return kept[1]


def applies(optimizer, network) -> bool:
    """Whether this step's update is :func:`apply`'s: plain SGD without weight decay, one
    sample, contiguous weights of a dtype the BLAS has."""
    if type(optimizer) is not Optimizer or optimizer.weight_decay:
        return False
    a = network.layers[0].a_prev
    if a is None or a.shape[0] != 1:
        return False
    found = _gers if _gers is not None else gers()
    return all(layer.bn is None and layer.W.dtype in found and layer.W.flags.c_contiguous
               and layer.W.flags.writeable for layer in network.layers)


def bounded(optimizer, network) -> bool:
    """True if ``‖ΔW‖² = lr²·‖a_prev‖²·‖delta‖²`` (and ``‖Δb‖²``) summed over the layers, and
    the intermediates ``lr²·‖a_prev‖²``, ``lr²·‖delta‖²`` and ``‖a_prev‖²·‖delta‖²`` (NumPy's
    ``dW`` on the other path), are small enough that no entry of
    ``ΔW`` nor any product ``?ger`` forms on the way can overflow. False means "not known":
    then the step takes NumPy's path, which checks every entry (:mod:`.trainer`)."""
    lr2, limit = optimizer.lr * optimizer.lr, _LIMITS[network.dtype]
    total = 0.0
    for layer in network.layers:
        a, d = layer.a_prev[0], layer.delta[0]
        aa, dd = float(np.dot(a, a)), float(np.dot(d, d))
        if not (lr2 * aa < limit and lr2 * dd < limit and aa * dd < limit):   # (False for NaN, ∞)
            return False
        total += (aa + 1.0) * dd
    return lr2 * total < limit


def fill_dW(network) -> None:
    """``dW = a_prev.T @ delta`` for every layer (for the entry-by-entry check)."""
    for layer in network.layers:
        np.dot(layer.a_prev.T, layer.delta, out=layer.dW)


def apply(optimizer, network) -> None:
    """``W += (−lr)·a_prev.T @ delta`` by ``?ger`` and ``b += −lr·db`` for every layer — the
    plain SGD step of :meth:`Optimizer.apply` for one sample (see the module docstring)."""
    lr = optimizer.lr
    k = 0
    for layer in network.layers:
        ger(layer.W, -lr, layer.a_prev[0], layer.delta[0])
        ub = optimizer.updates[k + 1]
        np.multiply(layer.db, -lr, out=ub)     # as Optimizer.compute writes it, bit for bit
        layer.b += ub
        k += 2                                 # (W, b: no batch norm, see applies)
    optimizer.t += 1
