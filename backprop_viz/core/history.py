"""Compact, append-only histories of per-step numbers: a run's minibatch losses, a plot's points.

A training session at full speed adds hundreds of losses a second; kept as a Python list of
floats each cost about 40 bytes (a pointer, a float object, the list's spare room), so a long
session grew without bound. :class:`LossHistory` keeps them as float32 in fixed-size NumPy
chunks — 4 bytes a step, no copy of the old values when it grows — and still reads like the
list it replaces: ``append``, ``len``, indexing and slicing (slices are NumPy arrays),
iteration, ``==`` with a list, and ``np.asarray``; :class:`StepRuns` keeps the steps beside
them as runs of consecutive numbers. :class:`Decimated` keeps a bounded copy for
display: each bucket of ``k`` points becomes its minimum, maximum and last value, and when the
buckets fill up, neighbours merge and ``k`` doubles, so the shape of a long curve (its spikes
included) is drawn from a few thousand points however long the run.
"""

from __future__ import annotations

import numpy as np

#: values per chunk of a :class:`LossHistory` (256 KB of float32)
CHUNK = 1 << 16


class LossHistory:
    """An append-only sequence of float32 values, stored in chunks of :data:`CHUNK`."""

    def __init__(self, values=(), dtype=np.float32):
        self.dtype = np.dtype(dtype)
        self._full: list[np.ndarray] = []          # complete chunks
        self._tail = np.empty(CHUNK, self.dtype)   # the chunk being filled
        self._n_tail = 0
        self.extend(values)

    def append(self, value: float) -> None:
        self._tail[self._n_tail] = value
        self._n_tail += 1
        if self._n_tail == CHUNK:
            self._full.append(self._tail)
            self._tail, self._n_tail = np.empty(CHUNK, self.dtype), 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=self.dtype).reshape(-1)
        while len(values):
            take = min(CHUNK - self._n_tail, len(values))
            self._tail[self._n_tail:self._n_tail + take] = values[:take]
            self._n_tail += take
            values = values[take:]
            if self._n_tail == CHUNK:
                self._full.append(self._tail)
                self._tail, self._n_tail = np.empty(CHUNK, self.dtype), 0

    def __len__(self) -> int:
        return len(self._full) * CHUNK + self._n_tail

    @property
    def nbytes(self) -> int:
        return (len(self._full) + 1) * CHUNK * self.dtype.itemsize

    def _chunks(self, start: int = 0):
        """``(offset, array)`` of the stored values from ``start`` on."""
        for k, chunk in enumerate(self._full + [self._tail[:self._n_tail]]):
            lo = k * CHUNK
            if lo + len(chunk) > start:
                yield lo, chunk[max(start - lo, 0):]

    def array(self, start: int = 0) -> np.ndarray:
        """The values from ``start`` on, as one fresh array."""
        parts = [c for _, c in self._chunks(max(start, 0))]
        return np.concatenate(parts) if parts else np.zeros(0, self.dtype)

    def __getitem__(self, key):
        n = len(self)
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step == 1:
                return self.array(start)[:max(stop - start, 0)].copy() if start < n else np.zeros(0, self.dtype)
            return self.array()[key]
        i = int(key) + n if int(key) < 0 else int(key)
        if not 0 <= i < n:
            raise IndexError("history index out of range")
        return float(self._full[i // CHUNK][i % CHUNK] if i // CHUNK < len(self._full) else self._tail[i % CHUNK])

    def __iter__(self):
        for _, chunk in self._chunks():
            yield from (float(v) for v in chunk)

    def __array__(self, dtype=None, copy=None):
        out = self.array()
        return out if dtype is None else out.astype(dtype, copy=False)

    def __eq__(self, other) -> bool:
        if isinstance(other, (LossHistory, list, tuple, np.ndarray)):
            mine, theirs = self.array(), np.asarray(other, dtype=np.float64).reshape(-1)
            return len(mine) == len(theirs) and bool(np.array_equal(mine.astype(np.float64), theirs))
        return NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"LossHistory(n={len(self)})"


class StepRuns:
    """An append-only sequence of step numbers, kept as runs of consecutive integers.

    A curve's x values are nearly always 1, 2, 3, … (a break only where a run was rewound), so
    they cost 16 bytes a run instead of 4 a step. Reads like :class:`LossHistory`: ``extend``,
    ``len``, indexing and ``array``; :meth:`searchsorted` finds a step without building the
    array (the curves' hover readout asks at every mouse move)."""

    def __init__(self, steps=()):
        self._starts = LossHistory(dtype=np.int64)   # index at which each run starts
        self._firsts = LossHistory(dtype=np.int64)   # the first step of each run
        self._n = 0
        self.extend(steps)

    def extend(self, steps) -> None:
        steps = np.asarray(steps, dtype=np.int64).reshape(-1)
        if not len(steps):
            return
        starts = np.flatnonzero(np.diff(steps) != 1) + 1
        if not (self._n and steps[0] == self[-1] + 1):    # (else the last run goes on)
            starts = np.concatenate([[0], starts])
        self._starts.extend(self._n + starts)
        self._firsts.extend(steps[starts])
        self._n += len(steps)

    def __len__(self) -> int:
        return self._n

    def _run_of(self, i: int) -> int:
        return int(np.searchsorted(self._starts.array(), i, side="right")) - 1

    def __getitem__(self, key) -> int:
        i = int(key) + self._n if int(key) < 0 else int(key)
        if not 0 <= i < self._n:
            raise IndexError("step index out of range")
        k = self._run_of(i)
        return int(self._firsts[k]) + i - int(self._starts[k])

    def array(self) -> np.ndarray:
        """Every step, as one fresh int64 array."""
        starts, firsts = self._starts.array(), self._firsts.array()
        lengths = np.diff(np.append(starts, self._n))
        return np.repeat(firsts - starts, lengths) + np.arange(self._n)

    def searchsorted(self, x: float) -> int:
        """Like ``np.searchsorted(self.array(), x)`` for increasing steps: the index of the first
        step ≥ ``x``."""
        starts, firsts = self._starts.array(), self._firsts.array()
        k = int(np.searchsorted(firsts, x, side="right")) - 1
        if k < 0:
            return 0
        length = (int(starts[k + 1]) if k + 1 < len(starts) else self._n) - int(starts[k])
        offset = max(int(np.ceil(x - firsts[k])), 0)
        return int(starts[k]) + min(offset, length)


class Decimated:
    """A bounded display copy of a growing ``(x, y)`` series: at most ``capacity`` buckets of
    ``k`` points, each kept as its first x, minimum, maximum and last y (NaN-aware)."""

    def __init__(self, capacity: int = 4096):
        self.capacity = capacity
        self.clear()

    def clear(self) -> None:
        self.k = 1                                        # points per bucket
        self._x = np.zeros(self.capacity, np.float64)
        self._lo = np.zeros(self.capacity, np.float32)
        self._hi = np.zeros(self.capacity, np.float32)
        self._last = np.zeros(self.capacity, np.float32)
        self._fill = 0                                    # points in the last bucket
        self.n = 0                                        # buckets

    def extend(self, x, y) -> None:
        x = np.asarray(x, np.float64).reshape(-1)
        y = np.asarray(y, np.float32).reshape(-1)
        while len(x):
            if self.n and self._fill < self.k:          # top up the last bucket
                b, take = self.n - 1, min(self.k - self._fill, len(x))
                self._lo[b] = np.fmin(self._lo[b], np.fmin.reduce(y[:take]))
                self._hi[b] = np.fmax(self._hi[b], np.fmax.reduce(y[:take]))
                self._last[b] = y[take - 1]
                self._fill += take
                x, y = x[take:], y[take:]
                continue
            if self.n == self.capacity:
                self._merge()
                continue
            k, room = self.k, self.capacity - self.n
            take = min(len(x), room * k)
            m = -(-take // k)                            # new buckets
            pad = np.full(m * k, np.nan, np.float32)
            pad[:take] = y[:take]
            groups = pad.reshape(m, k)
            b = self.n
            self._x[b:b + m] = x[:take:k]
            self._lo[b:b + m] = np.fmin.reduce(groups, axis=1)
            self._hi[b:b + m] = np.fmax.reduce(groups, axis=1)
            ends = np.minimum(np.arange(1, m + 1) * k, take) - 1
            self._last[b:b + m] = y[ends]
            self.n, self._fill = b + m, take - (m - 1) * k
            x, y = x[take:], y[take:]

    def _merge(self) -> None:
        """Neighbouring buckets become one: half as many, twice as wide."""
        n = self.n - self.n % 2
        for arr, how in ((self._x, "first"), (self._lo, "min"), (self._hi, "max"), (self._last, "last")):
            pairs = arr[:n].reshape(-1, 2)
            merged = {"first": pairs[:, 0], "min": np.fmin(pairs[:, 0], pairs[:, 1]),
                      "max": np.fmax(pairs[:, 0], pairs[:, 1]), "last": pairs[:, 1]}[how].copy()
            odd = arr[n] if self.n % 2 else None
            arr[:len(merged)] = merged
            if odd is not None:
                arr[len(merged)] = odd
        if self.n % 2 == 0:   # the new last bucket holds a full old one and the last one
            self._fill += self.k
        self.n = n // 2 + self.n % 2
        self.k *= 2

    def envelope(self) -> tuple[np.ndarray, np.ndarray]:
        """``(x, y)`` tracing every bucket's minimum then maximum: a curve with the spikes."""
        n = self.n
        if self.k == 1:
            return self._x[:n].copy(), self._last[:n].astype(np.float64)
        x = np.repeat(self._x[:n], 2)
        y = np.column_stack([self._lo[:n], self._hi[:n]]).reshape(-1).astype(np.float64)
        return x, y

    def last(self) -> tuple[np.ndarray, np.ndarray]:
        """``(x, y)``: every bucket's last value (for a smoothed curve)."""
        return self._x[:self.n].copy(), self._last[:self.n].astype(np.float64)


#: block length of :func:`linear_recurrence` (one small matrix product per block)
_BLOCK = 64


def linear_recurrence(u: np.ndarray, a: float, s0: float = 0.0) -> np.ndarray:
    """``s_k = a·s_{k−1} + u_k`` for every k (``s_{−1} = s0``), without a Python loop per value.

    Speed-up over the plain loop (kept below 2·``_BLOCK`` values, and in the tests as the
    reference): in blocks of ``_BLOCK`` values each block's response from a zero start is one
    matrix product with ``L[k, i] = a^(k−i)`` (i ≤ k); the blocks' end values obey the same
    recurrence with ``a^_BLOCK`` (solved the same way), and each block then adds
    ``a^(k+1)·`` its start. Equal to the loop to float rounding; 2 million values take tens
    of milliseconds instead of seconds.
    """
    u = np.asarray(u, np.float64)
    n = len(u)
    # (a NaN or inf would spread backwards through its block's product: such input takes the loop)
    if n < 2 * _BLOCK or not np.isfinite(u).all():
        out, s = np.empty(n), s0
        for k, x in enumerate(u):
            s = a * s + x
            out[k] = s
        return out
    blocks = np.zeros(-(-n // _BLOCK) * _BLOCK)
    blocks[:n] = u
    blocks = blocks.reshape(-1, _BLOCK)
    k = np.arange(_BLOCK)
    lag = k[:, None] - k[None, :]
    L = np.where(lag >= 0, float(a) ** np.maximum(lag, 0), 0.0)
    zero_start = blocks @ L.T                                   # each block from s = 0
    ends = linear_recurrence(zero_start[:, -1], float(a) ** _BLOCK, s0)
    starts = np.concatenate([[s0], ends[:-1]])
    return (zero_start + starts[:, None] * float(a) ** (k + 1)).reshape(-1)[:n]


def ema(values: np.ndarray, alpha: float, start: float = 0.0, count: int = 0) -> tuple[np.ndarray, float, int]:
    """Bias-corrected exponential moving average of ``values`` continuing from the raw
    accumulator ``start`` after ``count`` points: ``s = α·s + (1−α)·x``, shown as
    ``s / (1 − α^n)``. Returns ``(smoothed, accumulator, count)`` (see :func:`linear_recurrence`)."""
    values = np.asarray(values, np.float64)
    if not len(values):
        return np.empty(0), start, count
    s = linear_recurrence((1 - alpha) * values, alpha, start)
    n = count + len(values)
    shown = s
    if 0 < alpha < 1:
        # 1 − α^n is exactly 1.0 once α^n < 1e-18: only the first points need dividing
        fade = int(np.ceil(np.log(1e-18) / np.log(alpha)))
        head = max(0, min(n, fade) - count)
        if head:
            shown = s.copy()
            shown[:head] /= 1 - np.power(float(alpha), np.arange(count + 1, count + head + 1, dtype=np.float64))
    return shown, float(s[-1]), n
