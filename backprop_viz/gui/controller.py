"""Owns the training engine and is the GUI's single door to it.

:class:`TrainingController` starts the engine — in its own process
(:class:`~.engine_process.ProcessEngine`, the default) or in a thread of this one
(:class:`~.worker.TrainingWorker`, for data loaders that cannot cross processes or with
``BACKPROP_VIZ_ENGINE=thread``) — with its relay or loop running in a ``QThread``. It
forwards typed commands (:mod:`backprop_viz.engine.protocol`, thread-safe), hands
:meth:`request` answers back to whoever asked (a :class:`PendingRequest`), and is the
"latest wins" sink for snapshots: each incoming snapshot replaces the previous one, while
the minibatch losses they carry are accumulated so curves miss none, as are the per-layer
statistics of every captured step (:attr:`stats`, a :class:`~.stats_history.StatsHistory`:
the charts over time miss none either, whether or not they are on screen); when a refresh takes
the latest, the engine hears its serial (:class:`~backprop_viz.engine.protocol.Taken`), so it
builds live snapshots about as often as the views show them. Views read :meth:`take` from
one refresh timer. :attr:`engine_status` says whether an engine runs (``running``,
``starting`` after one died, ``down`` while waiting to try again; ``engine_status_changed``),
:meth:`restart_engine` starts one now, and :meth:`shutdown` stops the engine within a second,
even in the middle of a long step (it does not wait for the step: the process is killed).
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from backprop_viz.core.config import Config
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import default_loader
from backprop_viz.gui.stats_history import StatsHistory

log = logging.getLogger(__name__)


def engine_kind(loader, requested: str | None = None) -> str:
    """``"process"`` unless ``thread`` is asked for (argument or ``BACKPROP_VIZ_ENGINE``) or
    ``loader`` cannot be sent to another process (e.g. a lambda)."""
    kind = requested or os.environ.get("BACKPROP_VIZ_ENGINE", "process")
    if kind == "process":
        try:
            pickle.dumps(loader)
        except Exception:  # noqa: BLE001 - any callable that does not pickle stays in-process
            log.info("data loader %r cannot cross processes: the engine runs in a thread", loader)
            return "thread"
    return "thread" if kind == "thread" else "process"


class PendingRequest(QObject):
    """A request sent to the engine: ``done(answer)``, ``failed(reason)``, ``progress(part)``
    arrive in the GUI thread; :meth:`cancel` asks the engine to stop it."""

    done = Signal(object)
    failed = Signal(str)
    progress = Signal(object)

    def __init__(self, controller: "TrainingController", tag: int):
        super().__init__(controller)
        self.controller, self.tag = controller, tag
        self.finished = False

    def cancel(self) -> None:
        if not self.finished:
            self.controller.send(p.Cancel(self.tag))


class TrainingController(QObject):
    # Re-emitted in the GUI thread (queued from the engine's thread), so widgets and tests
    # can connect to them safely.
    snapshot_arrived = Signal(object)   # the Snapshot; views refresh from `take` on the timer
    error_occurred = Signal(str)
    diverged = Signal(str)
    state_changed = Signal(str)
    data_loaded = Signal(object)
    file_saved = Signal(str)
    file_loaded = Signal(str)
    engine_status_changed = Signal(str)   # "running" | "starting" | "down"
    engine_lost = Signal(str)             # an engine died: what happened and what comes next, in words

    def __init__(self, config: Config, loader=default_loader, parent=None, emit_interval: float = 1 / 30,
                 engine: str | None = None):
        super().__init__(parent)
        self.engine = engine_kind(loader, engine)
        if self.engine == "process":
            from backprop_viz.gui.engine_process import ProcessEngine

            self.worker = ProcessEngine(config, loader, emit_interval)
        else:
            from backprop_viz.gui.worker import TrainingWorker

            self.worker = TrainingWorker(config, loader, emit_interval)
        self.thread = QThread()
        self.thread.setObjectName("training-worker")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.loop)
        self.worker.snapshot_ready.connect(self._on_snapshot)
        self.worker.stopped.connect(self.thread.quit)
        self.latest = None
        self._pending_losses: list[np.ndarray] = []
        self.stats = StatsHistory()   # per-layer statistics of every captured step of the run
        self._taken = (0, 0)   # (run_id, serial) of the snapshot taken last
        self._tags = itertools.count(1)
        self._requests: dict[int, PendingRequest] = {}
        self.worker.request_answered.connect(self._on_answer)
        self.worker.request_refused.connect(self._on_refused)
        self.worker.request_progress.connect(self._on_progress)
        self.worker.request_dropped.connect(self._on_dropped)
        self.worker.restarted.connect(self._fail_pending)
        self.state = "paused"
        self.worker.state_changed.connect(self._on_state)
        self.worker.error_occurred.connect(self.error_occurred)
        self.worker.diverged.connect(self.diverged)
        self.worker.data_loaded.connect(self.data_loaded)
        self.worker.file_saved.connect(self.file_saved)
        self.worker.file_loaded.connect(self.file_loaded)
        self.engine_status = "running"
        self.next_attempt = 0.0     # seconds until the next attempt, when the engine is down
        if self.engine == "process":
            self.worker.engine_status.connect(self._on_engine_status)
            self.worker.engine_lost.connect(self.engine_lost)

    def start(self) -> None:
        self.thread.start()

    def send(self, command: p.Command) -> None:
        """Send a typed command to the engine (thread-safe)."""
        self.worker.send(command)

    def request(self, request_type, on_done=None, on_failed=None, on_progress=None, **fields) -> PendingRequest:
        """Ask the engine for a computation (a :class:`~backprop_viz.engine.protocol.Request`
        type and its fields); the handlers are connected before it is sent."""
        pending = PendingRequest(self, next(self._tags))
        for signal, handler in ((pending.done, on_done), (pending.failed, on_failed), (pending.progress, on_progress)):
            if handler is not None:
                signal.connect(handler)
        self._requests[pending.tag] = pending
        self.worker.send(request_type(tag=pending.tag, **fields))
        return pending

    def _finish(self, tag: int):
        pending = self._requests.pop(tag, None)
        if pending is not None:
            pending.finished = True
        return pending

    def _on_answer(self, tag: int, value) -> None:
        pending = self._finish(tag)
        if pending is not None:
            pending.done.emit(value)
            pending.deleteLater()

    def _on_refused(self, tag: int, reason: str) -> None:
        pending = self._finish(tag)
        if pending is not None:
            pending.failed.emit(reason)
            pending.deleteLater()

    def _on_dropped(self, tag: int) -> None:
        pending = self._finish(tag)
        if pending is not None:
            pending.deleteLater()

    def _fail_pending(self) -> None:
        """The engine that was to answer died: nothing pending will be answered."""
        for tag in list(self._requests):
            self._on_refused(tag, self.tr("the training engine stopped and was restarted; try again"))

    def _on_progress(self, tag: int, value) -> None:
        pending = self._requests.get(tag)
        if pending is not None:
            pending.progress.emit(value)

    def _on_engine_status(self, status: str, wait: float) -> None:
        self.engine_status, self.next_attempt = status, wait
        if status != "running":
            self._on_state("paused")    # whatever the dead engine did, nothing trains now
        self.engine_status_changed.emit(status)

    def restart_engine(self) -> None:
        """Start a fresh engine now (skipping a back-off wait); nothing to do for a thread engine."""
        if self.engine == "process":
            self.worker.restart_now()

    def _on_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_snapshot(self, snapshot) -> None:
        if self.latest is not None and snapshot.run_id != self.latest.run_id:
            self._pending_losses.clear()
        self.latest = snapshot
        self.stats.record(snapshot)
        if len(snapshot.new_losses):
            self._pending_losses.append(snapshot.new_losses)
        self.snapshot_arrived.emit(snapshot)

    def take(self):
        """``(snapshot, losses)`` if something new arrived since the last call, else ``None``.

        ``losses`` is a ``(k, 2)`` array of (step, loss) for every minibatch since then.
        """
        if self.latest is None or (self.latest.run_id, self.latest.serial) == self._taken:
            return None
        self._taken = (self.latest.run_id, self.latest.serial)
        # the engine builds live snapshots only while few wait here: it follows the refresh rate
        self.worker.send(p.Taken(self.latest.serial))
        losses = np.concatenate(self._pending_losses) if self._pending_losses else np.zeros((0, 2))
        self._pending_losses.clear()
        return self.latest, losses

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the engine and its thread; ``True`` if it ended within ``timeout_ms`` (else the
        engine process is killed)."""
        if not self.thread.isRunning():
            self.worker.kill()
            return True
        self.worker.send(p.Stop())
        self.thread.quit()   # takes effect when the loop returns (a queued quit could not reach us while we wait)
        # a moment to stop cleanly; an engine in a long step is killed rather than waited for
        if self.thread.wait(max(timeout_ms * 2 // 5, 1)):
            return True
        self.worker.kill()
        return self.thread.wait(max(timeout_ms - timeout_ms * 2 // 5, 1))
