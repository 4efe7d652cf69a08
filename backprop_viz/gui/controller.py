"""Owns the worker thread and is the GUI's single door to it.

:class:`TrainingController` starts a :class:`TrainingWorker` in a ``QThread``, forwards
user commands to it (thread-safe queue), and is the "latest wins" sink for snapshots:
each incoming snapshot replaces the previous one, while the minibatch losses they carry
are accumulated so curves miss none. Views read :meth:`take` from one refresh timer.
:meth:`shutdown` stops the thread within a second, even mid-training.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from backprop_viz.core.config import Config
from backprop_viz.gui.worker import TrainingWorker, default_loader


class TrainingController(QObject):
    # Re-emitted in the GUI thread (queued from the worker), so widgets and tests can
    # connect to them safely.
    snapshot_arrived = Signal(object)   # the Snapshot; views refresh from `take` on the timer
    error_occurred = Signal(str)
    diverged = Signal(str)
    state_changed = Signal(str)
    data_loaded = Signal(object)
    file_saved = Signal(str)
    file_loaded = Signal(str)

    def __init__(self, config: Config, loader=default_loader, parent=None, emit_interval: float = 1 / 30):
        super().__init__(parent)
        self.worker = TrainingWorker(config, loader, emit_interval)
        self.thread = QThread()
        self.thread.setObjectName("training-worker")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.loop)
        self.worker.snapshot_ready.connect(self._on_snapshot)
        self.worker.stopped.connect(self.thread.quit)
        self.latest = None
        self._pending_losses: list[np.ndarray] = []
        self._taken_serial = 0
        self.state = "paused"
        self.worker.state_changed.connect(self._on_state)
        self.worker.error_occurred.connect(self.error_occurred)
        self.worker.diverged.connect(self.diverged)
        self.worker.data_loaded.connect(self.data_loaded)
        self.worker.file_saved.connect(self.file_saved)
        self.worker.file_loaded.connect(self.file_loaded)

    def start(self) -> None:
        self.thread.start()

    def send(self, command: str, *args) -> None:
        self.worker.send(command, *args)

    def _on_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_snapshot(self, snapshot) -> None:
        if self.latest is not None and snapshot.run_id != self.latest.run_id:
            self._pending_losses.clear()
        self.latest = snapshot
        if len(snapshot.new_losses):
            self._pending_losses.append(snapshot.new_losses)
        self.snapshot_arrived.emit(snapshot)

    def take(self):
        """``(snapshot, losses)`` if something new arrived since the last call, else ``None``.

        ``losses`` is a ``(k, 2)`` array of (step, loss) for every minibatch since then.
        """
        if self.latest is None or self.latest.serial == self._taken_serial:
            return None
        self._taken_serial = self.latest.serial
        losses = np.concatenate(self._pending_losses) if self._pending_losses else np.zeros((0, 2))
        self._pending_losses.clear()
        return self.latest, losses

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop the worker and its thread; ``True`` if it ended within ``timeout_ms``."""
        if not self.thread.isRunning():
            return True
        self.worker.send("stop")
        self.thread.quit()
        return self.thread.wait(timeout_ms)
