"""The "why backprop?" race, the one implementation: stoppable, streamable, checkable, honest.

:class:`GradientRace` prepares one float64 network and batch, computes backprop's gradient
once, then yields the numerical derivative one parameter at a time (:meth:`GradientRace.entries`),
in an order that covers every parameter array from the first entries on; ``should_stop()``
ends it between any two entries. :meth:`GradientRace.timed` is the race itself — backprop
passes timed before and in between, every entry's own time and its wall time end to end
kept in a :class:`RaceTally` — streamed by the engine's race job and run whole by
:meth:`GradientRace.run` (the CLI, :func:`~backprop_viz.core.gradcheck.race`). The
extrapolation to a gradient and an epoch uses the wall time of the entries end to end
(their mean: the cost an epoch really pays, pauses included), with the spread of the
gradient's tenths, each timed end to end; the median entry is kept as a detail (issue #19:
on a loaded machine the mean was 1.7x the median). :func:`check_entries` turns the entries
done so far into exactly the per-array figures
:func:`~backprop_viz.core.gradcheck.gradient_check` reports for the same entries, and
:func:`entry_errors` gives each entry's own.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from .gradcheck import (COURSE_NUMERICAL_EPOCH_S, GradCheckResult, RaceResult, noise_floor, numerical_gradient,
                        param_check, prepare_float64)
from .network import Network

#: GradientRace orders at most this many entries of one parameter array
ORDER_CAP = 1_000_000
#: GradientRace.timed times one backprop pass after every this many numerical entries
BACKPROP_EVERY = 50
#: the gradient is timed in this many blocks (tenths), each end to end: their spread
SPREAD_BLOCKS = 10
#: the course's setting: 784-30-10 at batch 1, 60,000 samples an epoch
COURSE_ARCHITECTURE = "784-30-10"
COURSE_PARAMS = 784 * 30 + 30 + 30 * 10 + 10   # 23,860
COURSE_SAMPLES = 60_000
COURSE_EPOCH_S = COURSE_NUMERICAL_EPOCH_S[COURSE_ARCHITECTURE]   # 20 h 22 min


@dataclass(frozen=True)
class NumericalEntry:
    """One parameter's derivative both ways, and what the numerical one cost."""

    array: int          # position of the parameter array in GradientRace.names
    index: int          # flat index inside that array
    numerical: float    # (E(w + eps) − E(w − eps)) / 2 eps
    analytic: float     # backprop's value for the same entry
    seconds: float      # wall time of its two forward passes


@dataclass
class RaceTally:
    """What a race measured so far (filled by :meth:`GradientRace.timed`)."""

    entry_s: list = field(default_factory=list)     # each entry's own time (its two forward passes)
    wall_s: float = 0.0                             # the entries end to end (loop and pauses included)
    block_s: list = field(default_factory=list)     # wall time per entry of each complete block
    backprop_s: list = field(default_factory=list)  # each timed backprop pass
    _block_wall: float = 0.0
    _block_start: int = 0

    @property
    def done(self) -> int:
        return len(self.entry_s)

    @property
    def median_entry_s(self) -> float:
        return float(np.median(self.entry_s)) if self.entry_s else math.nan

    @property
    def backprop_gradient_s(self) -> float:
        """The median backprop pass: a pass takes microseconds, and one moment of other work
        on the machine would dominate a mean."""
        return float(np.median(self.backprop_s)) if self.backprop_s else math.nan


def race_result(architecture: str, n_params: int, batch_size: int, done: int, wall_s: float,
                median_entry_s: float, block_s, backprop_gradient_s: float,
                samples_per_epoch: int = COURSE_SAMPLES) -> RaceResult:
    """The extrapolations from ``done`` entries taking ``wall_s`` end to end, with the spread of
    the blocks' times per entry (``block_s``: at least two, else no spread)."""
    spread = (float(min(block_s)), float(max(block_s))) if len(block_s) >= 2 else None
    return RaceResult(architecture, n_params, batch_size, done, wall_s / done if done else math.nan,
                      backprop_gradient_s, samples_per_epoch, median_entry_s, spread)


class GradientRace:
    """The race one entry at a time, on one prepared float64 network and batch.

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
        #: entry k ends block j when k + 1 == block_ends[j]: SPREAD_BLOCKS blocks of (nearly) equal size
        self.block_ends = np.unique(np.linspace(0, self.n_entries, SPREAD_BLOCKS + 1).round().astype(np.int64))[1:]

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

    def timed(self, tally: RaceTally, stop: int | None = None, should_stop=None, backprop: bool = True,
              backprop_repeats: int = 5) -> Iterator[NumericalEntry]:
        """:meth:`entries` up to ``stop``, measured into ``tally``: first ``backprop_repeats``
        backprop passes (if ``backprop``), then each entry's own time and its wall time (from
        asking for it to receiving it: the loop's overhead and any pause of the machine
        included; the consumer's work and the backprop passes timed every
        :data:`BACKPROP_EVERY` entries left out), summed per tenth of the gradient."""
        if backprop:
            tally.backprop_s.extend(self.time_backprop(1, 0.0) for _ in range(backprop_repeats))
        ends = set(self.block_ends.tolist())
        it = self.entries(start=tally.done, stop=stop, should_stop=should_stop)
        while True:
            begin = time.perf_counter()
            entry = next(it, None)
            wall = time.perf_counter() - begin
            if entry is None:
                return
            tally.entry_s.append(entry.seconds)
            tally.wall_s += wall
            tally._block_wall += wall
            if tally.done in ends:
                tally.block_s.append(tally._block_wall / (tally.done - tally._block_start))
                tally._block_wall, tally._block_start = 0.0, tally.done
            if backprop and tally.done % BACKPROP_EVERY == 0:   # timed all along, under the same conditions
                tally.backprop_s.append(self.time_backprop(1, 0.0))
            yield entry

    def run(self, entries: int | None = None, should_stop=None,
            backprop_repeats: int = 5) -> tuple[RaceResult, GradCheckResult]:
        """Race the first ``entries`` entries (``None``: all) with :meth:`timed`."""
        tally = RaceTally()
        done = list(self.timed(tally, entries, should_stop, backprop_repeats=backprop_repeats))
        return self.result(tally), self.check(done)

    def check(self, entries) -> GradCheckResult:
        """:func:`check_entries` of ``entries`` (:class:`NumericalEntry` objects)."""
        columns = [[getattr(e, f) for e in entries] for f in ("array", "index", "numerical", "analytic")]
        return check_entries(self.names, self.sizes, *columns, self.loss, self.eps)

    def result(self, tally: RaceTally, samples_per_epoch: int = COURSE_SAMPLES) -> RaceResult:
        """The extrapolations of what ``tally`` measured."""
        return race_result(self.architecture, self.n_params, self.batch_size, tally.done, tally.wall_s,
                           tally.median_entry_s, tally.block_s, tally.backprop_gradient_s, samples_per_epoch)


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
