"""The "why backprop?" race as an engine request: streamed, stoppable between any two entries.

The GUI sends a :class:`Race` (the course's setting with some hidden layers, or the network
the engine shows) and receives :class:`RaceProgress` reports through the workbench's
``progress`` at most every ``emit_interval`` seconds, each with the counters so far and the
entries computed since the previous one, and a last one when the gradient is complete or
the race was cancelled; the answer is the final :class:`~backprop_viz.core.gradcheck.RaceResult`.
The race itself is :meth:`~backprop_viz.core.gradrace.GradientRace.timed` (the one race
implementation, shared with the CLI) on a float64 copy of the network and real training
samples of the engine's own splits (with the agreement of the entries so far, as the
gradient check computes it, every :data:`AGREEMENT_INTERVAL`), with one BLAS thread: it times a few backprop passes,
measures the course's setting (784-30-10 at batch 1) for :data:`CALIBRATION_S` unless that
is what is raced, then computes the numerical derivative one parameter at a time, checking
``cancelled()`` before every entry. A long request: it runs on a thread of its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

from backprop_viz.core.config import Config
from backprop_viz.core.gradcheck import GradCheckResult, RaceResult
from backprop_viz.core.gradrace import (COURSE_ARCHITECTURE, COURSE_EPOCH_S, COURSE_PARAMS, COURSE_SAMPLES,
                                        GradientRace, RaceTally, check_entries, race_result)
from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.core.threads import blas_threads
from backprop_viz.engine.protocol import Request
from backprop_viz.engine.requests import training_batch
from backprop_viz.engine.workbench import handles

__all__ = ["COURSE_ARCHITECTURE", "COURSE_EPOCH_S", "COURSE_PARAMS", "COURSE_SAMPLES", "CALIBRATION_S",
           "EMIT_INTERVAL", "Race", "RaceProgress", "course_config"]

EMIT_INTERVAL = 0.05        # at most 20 progress reports a second
AGREEMENT_INTERVAL = 0.5    # seconds between agreement figures (of every entry so far) while racing
CALIBRATION_S = 0.2         # time spent measuring the course's setting when racing another one


def course_config(hidden: tuple[int, ...] = (30,)) -> Config:
    """The lecture's numerical-derivative setup (sigmoid, squared error, batch 1) with ``hidden``."""
    return get_preset("lecture-numerical").config.replace(hidden=tuple(hidden))


@dataclass(frozen=True)
class Race(Request):
    """Race numerical differentiation against backprop: the course's setup with ``hidden``
    layers, or (``current``) the network the engine shows, on ``batch_size`` training samples."""

    current: bool = False
    hidden: tuple[int, ...] = (30,)
    batch_size: int = 1
    seed: int = 0
    max_entries: int | None = None      # stop after this many entries (None: the whole gradient)
    calibrate_course: bool = True       # measure 784-30-10 at batch 1 when racing another setting
    emit_interval: float = EMIT_INTERVAL
    long: ClassVar[bool] = True


@dataclass(frozen=True)
class RaceProgress:
    """One report of the race; ``new_*`` are the entries since the previous report."""

    state: str                          # "running" | "finished" | "stopped"
    architecture: str
    names: tuple[str, ...]              # parameter arrays, e.g. ("W1", "b1", "W2", "b2")
    shapes: tuple[tuple[int, ...], ...]
    layers: tuple[int, ...]             # layer l of each array
    loss: float                         # E at the raced parameters (sets the noise floors)
    eps: float
    batch_size: int
    done: int                           # numerical entries computed
    total: int                          # parameters (entries of one gradient)
    elapsed_s: float                    # wall time since the numerical side started
    numerical_s: float                  # the entries' own times, summed
    entry_s: float                      # median time of one entry (a detail); nan before the first
    backprop_gradient_s: float          # median time of one forward + one backward pass
    course_entry_s: float | None        # median entry time of 784-30-10 at batch 1 (None: not measured)
    wall_s: float = float("nan")        # the entries' wall time end to end: the extrapolations' basis
    block_s: tuple[float, ...] = ()     # wall time per entry of each complete tenth of the gradient
    course_result: RaceResult | None = None   # the course's setting measured beside (None: not measured)
    check: GradCheckResult | None = None      # agreement of every entry so far (every AGREEMENT_INTERVAL; in the last)
    new_arrays: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    new_indices: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    new_numerical: np.ndarray = field(default_factory=lambda: np.zeros(0))
    new_analytic: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def result(self) -> RaceResult:
        """The extrapolations: gradient = wall time per entry × total, epoch = gradient × 60,000 /
        batch, their range over the tenths timed, the ratio."""
        return race_result(self.architecture, self.total, self.batch_size, self.done, self.wall_s, self.entry_s,
                           self.block_s, self.backprop_gradient_s, COURSE_SAMPLES)

    @property
    def own_course(self) -> bool:
        """The race is on the course's setting (784-30-10 at batch 1) itself."""
        return self.architecture == COURSE_ARCHITECTURE and self.batch_size == 1

    @property
    def course(self) -> RaceResult | None:
        """The course's setting on this machine: this race's result if it is that, else the measurement beside."""
        if self.own_course:
            return self.result if self.done else None
        return self.course_result

    @property
    def course_epoch_s(self) -> float | None:
        """One epoch of the course's setting on this machine: wall time per entry × 23,860 × 60,000."""
        course = self.course
        return None if course is None else course.numerical_epoch_s


def _frozen(values, dtype) -> np.ndarray:
    array = np.asarray(values, dtype=dtype)
    array.setflags(write=False)
    return array


def _samples(bench, config: Config, n: int, course: bool):
    """``n`` training samples of the engine's splits (for the course's setup on a dataset with
    other than its 10 classes, the bundled MNIST ones: the course's data)."""
    if bench.splits is None:
        raise RuntimeError("the data are still loading: start the race again in a moment")
    train = bench.splits.train
    if course and train.n_classes != config.n_outputs:
        from backprop_viz.data import load_bundled_mnist

        train = load_bundled_mnist().train
    return training_batch(train, config, n)


def _check(request: Race) -> None:
    if not 1 <= int(request.batch_size) <= 60_000:
        raise ValueError(f"the batch size must be a whole number from 1 to 60,000, got {request.batch_size}")
    if request.max_entries is not None and request.max_entries < 1:
        raise ValueError(f"the number of entries must be at least 1, got {request.max_entries}")
    if not request.current and (not request.hidden or min(request.hidden) < 1):
        raise ValueError(f"the hidden layers must have at least one unit each, got {request.hidden}")


@handles(Race)
def _race(request: Race, bench, progress, cancelled) -> RaceResult:
    _check(request)
    if request.current:
        snap = bench.snapshot
        if snap is None or snap.network is None:
            raise RuntimeError("no network yet: the engine is still starting")
        network, config = snap.network, snap.config
    else:
        config = course_config(request.hidden)
        network = Network.from_config(config)
    # as the CLI race: one BLAS thread is fastest for batch-1 passes (through the engine's own
    # owner of the count when there is one: training's count is set on another thread)
    owner = getattr(getattr(bench, "engine", None), "blas", None)
    with owner.use(1) if owner is not None else blas_threads(1):
        return _run(request, network, config, bench, progress, cancelled)


def _run(request: Race, network, config: Config, bench, progress, cancelled) -> RaceResult:
    x, t = _samples(bench, config, request.batch_size, not request.current)
    race = GradientRace(network, x, t, seed=request.seed)
    tally = RaceTally()
    tally.backprop_s.extend(race.time_backprop(1, 0.0) for _ in range(5))
    own_course = race.architecture == COURSE_ARCHITECTURE and race.batch_size == 1
    course = None
    if not own_course and request.calibrate_course and not cancelled():
        course = _calibrate(bench, cancelled)
    limit = race.n_entries if request.max_entries is None else min(request.max_entries, race.n_entries)
    chunk: list = []
    parts: list = []                    # every entry so far, for the agreement figures
    start = checked = time.perf_counter()

    def report(state: str) -> None:
        nonlocal checked
        entries = np.array(chunk, dtype=np.float64).reshape(-1, 4)
        chunk.clear()
        parts.append(entries)
        check = None
        if state != "running" or time.perf_counter() - checked >= AGREEMENT_INTERVAL:
            checked = time.perf_counter()
            every = np.concatenate(parts)
            parts[:] = [every]
            check = check_entries(race.names, race.sizes, every[:, 0].astype(np.int32), every[:, 1].astype(np.int64),
                                  every[:, 2], every[:, 3], race.loss, race.eps)
        median, done = tally.median_entry_s, tally.done
        course_entry = (median if done else None) if own_course else (None if course is None else
                                                                      course.median_entry_s)
        progress(RaceProgress(
            state, race.architecture, race.names, race.shapes, race.layers, float(race.loss), race.eps,
            race.batch_size, done, race.n_params, time.perf_counter() - start, float(np.sum(tally.entry_s)),
            median, tally.backprop_gradient_s, course_entry,
            wall_s=tally.wall_s, block_s=tuple(tally.block_s), course_result=course, check=check,
            new_arrays=_frozen(entries[:, 0], np.int32), new_indices=_frozen(entries[:, 1], np.int64),
            new_numerical=_frozen(entries[:, 2], np.float64), new_analytic=_frozen(entries[:, 3], np.float64)))

    report("running")
    last = time.perf_counter()
    for entry in race.timed(tally, limit, cancelled, backprop_repeats=0):
        chunk.append((entry.array, entry.index, entry.numerical, entry.analytic))
        now = time.perf_counter()
        if now - last >= request.emit_interval:
            last = now
            report("running")
    report("finished" if tally.done >= limit else "stopped")
    return race.result(tally)


def _calibrate(bench, cancelled) -> RaceResult | None:
    """The course's setting (784-30-10 at batch 1) measured for :data:`CALIBRATION_S`, entry by entry."""
    config = course_config()
    x, t = _samples(bench, config, 1, True)
    race = GradientRace(Network.from_config(config), x, t)
    tally = RaceTally()
    for _ in race.timed(tally, should_stop=cancelled, backprop=False):
        if tally.done >= 50 and tally.wall_s >= CALIBRATION_S:
            break
    return race.result(tally) if tally.done else None
