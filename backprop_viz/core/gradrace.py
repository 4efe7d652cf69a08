"""The "why backprop?" race one entry at a time: stoppable, streamable, checkable.

:class:`GradientRace` prepares one float64 network and batch (as :func:`race` does),
computes backprop's gradient once, then yields the numerical derivative one parameter at
a time (:meth:`GradientRace.entries`), each entry timed on its own, in an order that
covers every parameter array from the first entries on; ``should_stop()`` ends it
between any two entries. A GUI worker streams the entries; :meth:`GradientRace.run` is
the same loop for the CLI and tests. :func:`check_entries` turns the entries done so far
into exactly the per-array figures :func:`~backprop_viz.core.gradcheck.gradient_check`
reports for the same entries, and :func:`entry_errors` gives each entry's own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .gradcheck import (GradCheckResult, RaceResult, noise_floor, numerical_gradient, param_check,
                        prepare_float64)
from .network import Network

#: GradientRace orders at most this many entries of one parameter array
ORDER_CAP = 1_000_000
#: GradientRace.run times one backprop pass after every this many numerical entries
BACKPROP_EVERY = 50


@dataclass(frozen=True)
class NumericalEntry:
    """One parameter's derivative both ways, and what the numerical one cost."""

    array: int          # position of the parameter array in GradientRace.names
    index: int          # flat index inside that array
    numerical: float    # (E(w + eps) − E(w − eps)) / 2 eps
    analytic: float     # backprop's value for the same entry
    seconds: float      # wall time of its two forward passes


class GradientRace:
    """:func:`race` one entry at a time, on one prepared float64 network and batch.

    Backprop's gradient is computed once at construction (``analytic``, ``loss``);
    :meth:`entries` then yields :class:`NumericalEntry` objects in :attr:`order` — a
    random permutation of every parameter, interleaved across the arrays so that each
    array (even a 10-entry bias) is covered from the first entries on — and stops
    between any two entries when ``should_stop()`` is true. The network passed in is
    not modified.
    """

    def __init__(self, network: Network, x, t, eps: float = 1e-5, seed: int = 0):
        self.net = prepare_float64(network, x)
        self.x, self.t = np.asarray(x, np.float64), np.asarray(t, np.float64)
        self.eps = eps
        self.loss, grads = self.net.loss_and_gradients(self.x, self.t)
        triples = self.net.param_triples()
        self.names = tuple(name for name, _, _ in triples)
        self.shapes = tuple(p.shape for _, p, _ in triples)
        self.sizes = tuple(p.size for _, p, _ in triples)
        self.layers = tuple(layer.index for layer in self.net.layers for _ in layer.params())
        self._params = [p.reshape(-1) for _, p, _ in triples]
        self.analytic = tuple(g[name].reshape(-1).copy() for g, layer in zip(grads, self.net.layers)
                              for name, _, _ in layer.params())
        self.architecture = "-".join(map(str, self.net.sizes))
        self.n_params = int(sum(self.sizes))
        self.batch_size = len(self.x)
        rng = np.random.default_rng(seed)
        # the r-th entry of array a's random order gets the sort key r + a random fraction:
        # sorting interleaves the arrays; a huge array is represented by ORDER_CAP entries
        keys, arrays, flat = [], [], []
        for a, n in enumerate(self.sizes):
            m = min(n, ORDER_CAP)
            keys.append(np.arange(m) + rng.random(m))
            arrays.append(np.full(m, a, np.int32))
            flat.append(rng.choice(n, m, replace=False))
        by_key = np.argsort(np.concatenate(keys), kind="stable")
        self.order = (np.concatenate(arrays)[by_key], np.concatenate(flat)[by_key])
        #: entries :meth:`entries` can yield (``n_params`` unless an array exceeds ORDER_CAP)
        self.n_entries = len(by_key)

    def entries(self, start: int = 0, stop: int | None = None, should_stop=None) -> Iterator[NumericalEntry]:
        """Entries ``start … stop − 1`` of :attr:`order`, each timed on its own."""
        arrays, flat = self.order
        for k in range(start, self.n_entries if stop is None else min(stop, self.n_entries)):
            if should_stop is not None and should_stop():
                return
            a, i = int(arrays[k]), int(flat[k])
            begin = time.perf_counter()
            value = numerical_gradient(self.net, self.x, self.t, self._params[a], (i,), self.eps)[0]
            seconds = time.perf_counter() - begin
            yield NumericalEntry(a, i, float(value), float(self.analytic[a][i]), seconds)

    def time_backprop(self, min_repeats: int = 3, min_seconds: float = 0.05, should_stop=None) -> float:
        """Mean wall time of one forward + loss + backward pass (at least ``min_repeats``
        passes and ``min_seconds``; fewer when ``should_stop()`` turns true)."""
        total, n = 0.0, 0
        while n < min_repeats or total < min_seconds:
            if n and should_stop is not None and should_stop():
                break
            begin = time.perf_counter()
            self.net.forward(self.x, training=True)
            self.net.compute_loss(self.t)
            self.net.backward(self.t)
            total += time.perf_counter() - begin
            n += 1
        return total / n

    def run(self, entries: int | None = None, should_stop=None) -> tuple[RaceResult, GradCheckResult]:
        """Compute the first ``entries`` entries (``None``: all), timing one backprop pass
        every :data:`BACKPROP_EVERY` entries, so both sides run under the same conditions.
        Both times are medians: a pass takes microseconds, and one moment of other work on
        the machine would dominate a mean."""
        backprop = [self.time_backprop(1, 0.0) for _ in range(5)]
        done = []
        for entry in self.entries(stop=entries, should_stop=should_stop):
            done.append(entry)
            if len(done) % BACKPROP_EVERY == 0:
                backprop.append(self.time_backprop(1, 0.0))
        per_entry = float(np.median([e.seconds for e in done])) if done else math.nan
        return self.result(len(done), per_entry, float(np.median(backprop))), self.check(done)

    def check(self, entries) -> GradCheckResult:
        """:func:`check_entries` of ``entries`` (:class:`NumericalEntry` objects)."""
        columns = [[getattr(e, f) for e in entries] for f in ("array", "index", "numerical", "analytic")]
        return check_entries(self.names, self.sizes, *columns, self.loss, self.eps)

    def result(self, entries_done: int, numerical_entry_s: float, backprop_gradient_s: float,
               samples_per_epoch: int = 60_000) -> RaceResult:
        """The extrapolations from the time of one entry and of one backprop pass."""
        return RaceResult(self.architecture, self.n_params, self.batch_size, entries_done, numerical_entry_s,
                          backprop_gradient_s, samples_per_epoch)


def check_entries(names, sizes, arrays, indices, numerical, analytic, loss: float, eps: float) -> GradCheckResult:
    """The gradient check's per-array figures for entries computed one by one (``arrays``:
    position in ``names`` of each entry, ``indices``: its flat index). Entries are sorted
    by index within an array, as :func:`gradient_check` checks them; arrays without
    entries are left out."""
    arrays, indices = np.asarray(arrays), np.asarray(indices, dtype=np.int64)
    numerical, analytic = np.asarray(numerical, np.float64), np.asarray(analytic, np.float64)
    checks = []
    for a, (name, n) in enumerate(zip(names, sizes)):
        pick = np.flatnonzero(arrays == a)
        if len(pick):
            pick = pick[np.argsort(indices[pick], kind="stable")]
            checks.append(param_check(name, n, indices[pick], numerical[pick], analytic[pick], loss, eps))
    return GradCheckResult(tuple(checks), eps, float(loss))


def entry_errors(numerical, analytic, loss: float, eps: float) -> np.ndarray:
    """Each entry's own relative error, :func:`relative_error` of one entry (same floor)."""
    numerical, analytic = np.asarray(numerical, np.float64), np.asarray(analytic, np.float64)
    return np.abs(numerical - analytic) / np.maximum(np.abs(numerical) + np.abs(analytic), noise_floor(loss, eps, 1))
