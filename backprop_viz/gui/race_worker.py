"""The GUI's end of the "why backprop?" race: the engine computes it, this relays it.

:class:`RaceRunner` sends a :class:`~backprop_viz.engine.race_job.Race` request through the
engine's controller (:meth:`~backprop_viz.gui.controller.TrainingController.request`) and
re-emits its :class:`~backprop_viz.engine.race_job.RaceProgress` reports, its failure and
its end in the GUI thread — only those of the latest race: a race replaced by a new one is
cancelled and its reports still on their way are dropped. :meth:`RaceRunner.stop` cancels
the request; the engine stops it before its next entry. No NumPy work happens here.
:func:`sample_batch` (the first training samples scaled for a configuration) stays for
the gradient-check view and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from backprop_viz.core.config import Config
from backprop_viz.engine.race_job import (CALIBRATION_S, COURSE_ARCHITECTURE, COURSE_EPOCH_S, COURSE_PARAMS,
                                          COURSE_SAMPLES, EMIT_INTERVAL, Race, RaceProgress, course_config)

__all__ = ["CALIBRATION_S", "COURSE_ARCHITECTURE", "COURSE_EPOCH_S", "COURSE_PARAMS", "COURSE_SAMPLES",
           "EMIT_INTERVAL", "RaceProgress", "RaceRunner", "course_config", "sample_batch"]


def sample_batch(config: Config, n: int, dataset=None) -> tuple[np.ndarray, np.ndarray]:
    """The first ``n`` training samples scaled as ``config`` says, float64: ``dataset`` (a
    :class:`~backprop_viz.data.Dataset`) or else the bundled MNIST training set."""
    from backprop_viz.engine.requests import training_batch

    if dataset is None:
        from backprop_viz.data import load_bundled_mnist

        dataset = load_bundled_mnist().train
    return training_batch(dataset, config, n)


@dataclass
class RaceHandle:
    """One race sent to the engine: ``ended`` once its answer (or refusal) arrived."""

    number: int
    pending: object = None
    ended: bool = False


class RaceRunner(QObject):
    """Starts, stops and relays races on the engine (:meth:`set_engine` first)."""

    progress = Signal(object)   # RaceProgress
    failed = Signal(str)
    finished = Signal()         # the race has ended in the engine (complete, stopped or failed)

    def __init__(self, parent=None, emit_interval: float = EMIT_INTERVAL):
        super().__init__(parent)
        self.emit_interval = emit_interval
        self.engine = None
        self.race: RaceHandle | None = None
        self.number = 0

    def set_engine(self, controller) -> None:
        self.engine = controller

    def start(self, **fields) -> None:
        """Race with ``fields`` of :class:`~backprop_viz.engine.race_job.Race`; a race still
        running is cancelled first (and its reports dropped)."""
        self.stop()
        self.number += 1
        race = self.race = RaceHandle(self.number)
        if self.engine is None:
            race.ended = True
            self.failed.emit(self.tr("the engine has not started yet"))
            self.finished.emit()
            return
        fields.setdefault("emit_interval", self.emit_interval)
        race.pending = self.engine.request(
            Race, on_done=lambda _result: self._ended(race), on_failed=lambda reason: self._ended(race, reason),
            on_progress=lambda value: self._on_progress(race, value), **fields)

    def stop(self) -> None:
        """Ask the race to stop; the engine does before its next entry."""
        if self.race is not None and not self.race.ended and self.race.pending is not None:
            self.race.pending.cancel()

    def is_running(self) -> bool:
        """A race was sent and its end has not arrived (nor was it let go by :meth:`shutdown`)."""
        return self.race is not None and not self.race.ended

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Cancel the race and let it go (the window is closing): the engine ends it within one
        entry, and shutting the engine down ends it in any case. ``True``: nothing is left to wait for."""
        self.stop()
        if self.race is not None:
            self.race.ended = True
        return True

    # -- in the GUI thread -----------------------------------------------------------------------------
    def _on_progress(self, race: RaceHandle, value: RaceProgress) -> None:
        if race is self.race and not race.ended:
            self.progress.emit(value)

    def _ended(self, race: RaceHandle, reason: str | None = None) -> None:
        current = race is self.race and not race.ended
        race.ended = True
        if current:
            if reason is not None:
                self.failed.emit(reason)
            self.finished.emit()
