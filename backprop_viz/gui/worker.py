"""The engine's reports as Qt signals, and the engine in a thread of the GUI process.

:class:`EngineSignals` is what both engine hosts share: one table turns each typed report
of :mod:`backprop_viz.engine.protocol` into its queued signal, worded in the user's
language here (:mod:`.engine_texts`). :class:`TrainingWorker` runs an
:class:`~backprop_viz.engine.loop.EngineLoop` inside a ``QThread``; the app normally hosts
the engine in its own process (:mod:`.engine_process`), which shares no interpreter lock
with the GUI, and this in-process twin serves data loaders that cannot cross to another
process (any Python callable) and ``BACKPROP_VIZ_ENGINE=thread``. Both expose the same
signals and :meth:`send`; neither touches widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from backprop_viz.core.config import Config
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import EngineLoop, default_loader
from backprop_viz.engine.snapshot import Snapshot
from backprop_viz.gui.engine_texts import error_text, message_text, worded


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
    request_progress = Signal(int, object)   # tag, partial answer
    request_answered = Signal(int, object)   # tag, answer
    request_refused = Signal(int, str)       # tag, the reason in words
    request_dropped = Signal(int)            # tag: superseded by a newer request, no answer comes
    restarted = Signal()                     # a fresh engine replaced one that died

    def report(self, report) -> None:
        """Turn one of the engine's typed reports into its signal."""
        route = _ROUTES.get(type(report))
        if route is not None:
            route(self, report)


_ROUTES = {
    Snapshot: lambda s, r: s.snapshot_ready.emit(worded(r)),
    p.StateChanged: lambda s, r: s.state_changed.emit(r.state),
    p.DataLoaded: lambda s, r: s.data_loaded.emit(r.splits),
    p.Failed: lambda s, r: s.error_occurred.emit(error_text(r.error, r.message)),
    p.Diverged: lambda s, r: s.diverged.emit(message_text(r.message)),
    p.Saved: lambda s, r: s.file_saved.emit(r.path),
    p.Loaded: lambda s, r: s.file_loaded.emit(r.path),
    p.Stopped: lambda s, r: s.stopped.emit(),
    p.Progress: lambda s, r: s.request_progress.emit(r.tag, r.value),
    p.Answer: lambda s, r: s.request_answered.emit(r.tag, r.value),
    p.Refused: lambda s, r: s.request_refused.emit(r.tag, error_text(r.error, r.message)),
    p.Superseded: lambda s, r: s.request_dropped.emit(r.tag),
}


class TrainingWorker(EngineSignals):
    def __init__(self, config: Config, loader=default_loader, emit_interval: float = 1 / 30):
        super().__init__()
        self.engine = EngineLoop(config, self.report, loader, emit_interval)

    @property
    def run(self):
        """The engine's run (this process's own: only in this in-thread mode)."""
        return self.engine.run

    def send(self, command: p.Command) -> None:
        """Queue a command for the engine (thread-safe)."""
        self.engine.send(command)

    @Slot()
    def loop(self) -> None:
        self.engine.loop()

    def kill(self) -> None:
        """Nothing to kill in a thread (the loop ends at its next check for commands)."""
