"""The engine in a thread of the GUI process: a QObject whose ``loop`` runs an
:class:`~backprop_viz.engine.loop.EngineLoop` inside a ``QThread``.

The app normally hosts the engine in its own process (:mod:`.engine_process`), which
shares no interpreter lock with the GUI; this in-process twin serves data loaders that
cannot cross to another process (any Python callable) and ``BACKPROP_VIZ_ENGINE=thread``.
Both expose the same signals and :meth:`send`. The worker never touches widgets: the
loop's reports become queued signals carrying immutable snapshots, worded in the user's
language here (:mod:`.engine_texts`). At most ``IN_FLIGHT`` live snapshots wait for the
GUI's next refresh at any time (:meth:`consumed`), so a busy GUI slows the snapshots, never
the training.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from backprop_viz.core.config import Config
from backprop_viz.engine.loop import EngineLoop, default_loader
from backprop_viz.gui.engine_texts import error_text, worded

#: live snapshots allowed to wait for the GUI at once
IN_FLIGHT = 2


class EngineSignals(QObject):
    """The signals both engine hosts emit (queued to the GUI thread)."""

    snapshot_ready = Signal(object)   # Snapshot
    data_loaded = Signal(object)      # the Splits the run trains on
    error_occurred = Signal(str)
    diverged = Signal(str)
    state_changed = Signal(str)       # "paused" | "playing" | "stepping"
    stopped = Signal()
    file_saved = Signal(str)          # a run file was written (path)
    file_loaded = Signal(str)         # a run or model file was loaded (path)

    def report(self, kind: str, payload) -> None:
        """Turn one of the engine loop's reports into its signal."""
        if kind == "snapshot":
            self.snapshot_ready.emit(worded(payload))
        elif kind == "state":
            self.state_changed.emit(payload)
        elif kind == "data":
            self.data_loaded.emit(payload)
        elif kind == "error":
            self.error_occurred.emit(error_text(payload))
        elif kind == "diverged":
            self.diverged.emit(payload)
        elif kind == "saved":
            self.file_saved.emit(payload)
        elif kind == "loaded":
            self.file_loaded.emit(payload)
        elif kind == "stopped":
            self.stopped.emit()


class TrainingWorker(EngineSignals):
    def __init__(self, config: Config, loader=default_loader, emit_interval: float = 1 / 30):
        super().__init__()
        self._waiting = 0
        self._lock = threading.Lock()
        self.engine = EngineLoop(config, self._report, loader, emit_interval, ready=self._ready)

    @property
    def run(self):
        """The engine's run (this process's own: only in this in-thread mode)."""
        return self.engine.run

    def send(self, command: str, *args) -> None:
        """Queue a command for the engine (thread-safe)."""
        self.engine.send(command, *args)

    def consumed(self, count: int) -> None:
        """A refresh took in the latest of ``count`` snapshots: room for as many live ones."""
        with self._lock:
            self._waiting = max(0, self._waiting - count)

    def _ready(self) -> bool:
        with self._lock:
            return self._waiting < IN_FLIGHT

    def _report(self, kind: str, payload) -> None:
        if kind == "snapshot":
            with self._lock:
                self._waiting += 1
        self.report(kind, payload)

    @Slot()
    def loop(self) -> None:
        self.engine.loop()

    def kill(self) -> None:
        """Nothing to kill in a thread (the loop ends at its next check for commands)."""
