"""The "why backprop?" race, run off the GUI thread and stoppable between any two entries.

:class:`RaceRunner` (lives in the GUI thread) starts a :class:`RaceWorker` in its own
``QThread`` for each race. The worker never touches widgets: with one BLAS thread (as the
CLI race) it takes a float64 copy of the network and a batch of real samples
(:class:`~backprop_viz.core.gradrace.GradientRace`), times a few backprop passes, measures
the course's setting (784-30-10 at batch 1) for 0.1 s unless that is the network raced,
then computes the numerical derivative one parameter at a time, timing one more backprop
pass every 50 entries; reported times are medians. It emits an immutable
:class:`RaceProgress` at most every ``emit_interval`` seconds (20 per second) with the
counters and the entries computed since the previous one, and a last one when the
gradient is complete or the race was stopped. :meth:`RaceRunner.stop` sets a
``threading.Event`` the worker checks before every entry, so the thread ends within one
entry's time (~1 ms measured; ~10–25 ms while it is still setting up).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from backprop_viz.core.config import Config
from backprop_viz.core.gradcheck import COURSE_NUMERICAL_EPOCH_S, RaceResult
from backprop_viz.core.gradrace import BACKPROP_EVERY, GradientRace
from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.core.threads import blas_threads

log = logging.getLogger(__name__)

EMIT_INTERVAL = 0.05                       # at most 20 progress signals a second
COURSE_ARCHITECTURE = "784-30-10"
COURSE_PARAMS = 784 * 30 + 30 + 30 * 10 + 10   # 23,860
COURSE_SAMPLES = 60_000
COURSE_EPOCH_S = COURSE_NUMERICAL_EPOCH_S[COURSE_ARCHITECTURE]   # 20 h 22 min
CALIBRATION_S = 0.1                        # time spent measuring the course's setting when racing another net


def course_config(hidden: tuple[int, ...] = (30,)) -> Config:
    """The lecture's numerical-derivative setup (sigmoid, squared error, batch 1) with ``hidden``."""
    return get_preset("lecture-numerical").config.replace(hidden=tuple(hidden))


def sample_batch(config: Config, n: int, dataset=None) -> tuple[np.ndarray, np.ndarray]:
    """The first ``n`` training samples scaled as ``config`` says, float64: ``dataset`` (a
    :class:`~backprop_viz.data.Dataset`) or else the bundled MNIST training set."""
    if dataset is None:
        from backprop_viz.data import load_bundled_mnist

        dataset = load_bundled_mnist().train
    n = min(int(n), len(dataset))
    sub = dataset.subset(np.arange(n))
    x = sub.inputs(config.input_scaling, np.float64)
    if x.shape[1] != config.n_inputs:
        raise ValueError(f"the samples have {x.shape[1]} inputs but the network expects {config.n_inputs}")
    return x, sub.one_hot(config.target_off, config.target_on, np.float64)


@dataclass(frozen=True)
class RaceSpec:
    """What to race: ``network`` (not modified) on ``batch_size`` samples scaled per ``config``."""

    network: Network
    config: Config
    batch_size: int = 1
    dataset: object = None              # None: the bundled MNIST training set
    seed: int = 0
    max_entries: int | None = None      # stop after this many entries (None: the whole gradient)
    calibrate_course: bool = True       # measure 784-30-10 at batch 1 when racing another setting


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
    entry_s: float                      # median time of one entry (two forward passes); nan before the first
    backprop_gradient_s: float          # median time of one forward + one backward pass
    course_entry_s: float | None        # median entry time of 784-30-10 at batch 1 (None: not measured)
    new_arrays: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    new_indices: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    new_numerical: np.ndarray = field(default_factory=lambda: np.zeros(0))
    new_analytic: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def result(self) -> RaceResult:
        """The extrapolations: gradient = entry_s × total, epoch = gradient × 60,000 / batch, ratio."""
        return RaceResult(self.architecture, self.total, self.batch_size, self.done, self.entry_s,
                          self.backprop_gradient_s, COURSE_SAMPLES)

    @property
    def course_epoch_s(self) -> float | None:
        """One epoch of the course's setting on this machine: per entry × 23,860 × 60,000."""
        return None if self.course_entry_s is None else self.course_entry_s * COURSE_PARAMS * COURSE_SAMPLES


def _frozen(values, dtype) -> np.ndarray:
    array = np.asarray(values, dtype=dtype)
    array.setflags(write=False)
    return array


class RaceWorker(QObject):
    """Runs one race in its thread; every signal carries the race's number."""

    progress = Signal(int, object)   # race number, RaceProgress
    failed = Signal(int, str)
    done = Signal(int)               # always the last signal

    def __init__(self, spec: RaceSpec, stop_event: threading.Event, emit_interval: float = EMIT_INTERVAL,
                 number: int = 0):
        super().__init__()
        self.spec, self._stop, self.emit_interval, self.number = spec, stop_event, emit_interval, number

    @Slot()
    def run(self) -> None:
        try:
            with blas_threads(1):  # as the CLI race: one BLAS thread is fastest for batch-1 passes
                self._race()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            log.error("race failure:\n%s", traceback.format_exc())
            self.failed.emit(self.number, f"{type(exc).__name__}: {exc}")
        finally:
            self.done.emit(self.number)

    def _race(self) -> None:
        spec, stop = self.spec, self._stop.is_set
        x, t = sample_batch(spec.config, spec.batch_size, spec.dataset)
        race = GradientRace(spec.network, x, t, seed=spec.seed)
        backprop = [race.time_backprop(1, 0.0) for _ in range(5)]
        own_course = race.architecture == COURSE_ARCHITECTURE and race.batch_size == 1
        course_entry = None if own_course or not spec.calibrate_course else self._calibrate()
        limit = race.n_entries if spec.max_entries is None else min(spec.max_entries, race.n_entries)
        times = np.empty(limit)
        chunk: list = []
        done = 0
        start = time.perf_counter()

        def emit(state: str) -> None:
            entries = np.array(chunk, dtype=np.float64).reshape(-1, 4)
            chunk.clear()
            entry_s = float(np.median(times[:done])) if done else float("nan")
            self.progress.emit(self.number, RaceProgress(
                state, race.architecture, race.names, race.shapes, race.layers, float(race.loss), race.eps,
                race.batch_size, done, race.n_params, time.perf_counter() - start, float(times[:done].sum()),
                entry_s, float(np.median(backprop)), entry_s if own_course and done else course_entry,
                _frozen(entries[:, 0], np.int32), _frozen(entries[:, 1], np.int64),
                _frozen(entries[:, 2], np.float64), _frozen(entries[:, 3], np.float64)))

        emit("running")
        last = time.perf_counter()
        for entry in race.entries(stop=limit, should_stop=stop):
            chunk.append((entry.array, entry.index, entry.numerical, entry.analytic))
            times[done] = entry.seconds
            done += 1
            if done % BACKPROP_EVERY == 0:  # backprop is timed all along, under the same conditions
                backprop.append(race.time_backprop(1, 0.0))
            now = time.perf_counter()
            if now - last >= self.emit_interval:
                last = now
                emit("running")
        emit("finished" if done >= limit else "stopped")

    def _calibrate(self) -> float | None:
        """Median time of one numerical entry of 784-30-10 at batch 1, measured for CALIBRATION_S."""
        config = course_config()
        x, t = sample_batch(config, 1)
        race = GradientRace(Network.from_config(config), x, t)
        times: list[float] = []
        total = 0.0
        for entry in race.entries(should_stop=self._stop.is_set):
            times.append(entry.seconds)
            total += entry.seconds
            if len(times) >= 50 and total >= CALIBRATION_S:
                break
        return float(np.median(times)) if times else None


#: every race thread with its worker, until it has ended: Python must never destroy a
#: running QThread (e.g. when a view is deleted mid-race); pruned at each start
_threads: list = []


class RaceRunner(QObject):
    """Owns the race thread: :meth:`start`, :meth:`stop` (returns at once), :meth:`shutdown` (waits).

    Signals reach the GUI thread only from the latest race: a report of a race replaced
    by a new one, still queued, is dropped."""

    progress = Signal(object)   # RaceProgress
    failed = Signal(str)
    finished = Signal()         # the race has ended (complete, stopped or failed) and its thread with it

    def __init__(self, parent=None, emit_interval: float = EMIT_INTERVAL):
        super().__init__(parent)
        self.emit_interval = emit_interval
        self.thread: QThread | None = None
        self.worker: RaceWorker | None = None
        self.number = 0
        self._stop = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:  # never leave a race running into interpreter shutdown
            app.aboutToQuit.connect(self.shutdown)

    def start(self, spec: RaceSpec) -> None:
        """Race ``spec``; a race still running is stopped first."""
        self.shutdown()
        _threads[:] = [pair for pair in _threads if not pair[0].isFinished()]
        self.number += 1
        self._stop = threading.Event()
        thread, worker = QThread(), RaceWorker(spec, self._stop, self.emit_interval, self.number)
        thread.setObjectName("race-worker")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(thread.quit, Qt.DirectConnection)  # quit from the worker thread itself
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_done)
        self.thread, self.worker = thread, worker
        _threads.append((thread, worker))
        thread.start()

    def stop(self) -> None:
        """Ask the race to stop; it does before its next entry."""
        self._stop.set()

    def is_running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop and wait for the thread; ``True`` if it has ended."""
        self.stop()
        return self.thread is None or self.thread.wait(timeout_ms)

    # -- in the GUI thread (queued from the worker) ---------------------------------------------------
    def _on_progress(self, number: int, progress: RaceProgress) -> None:
        if number == self.number:
            self.progress.emit(progress)

    def _on_failed(self, number: int, message: str) -> None:
        if number == self.number:
            self.failed.emit(message)

    def _on_done(self, number: int) -> None:
        if number == self.number:
            self.thread.wait(1000)  # it quits right after `done`
            self.finished.emit()
