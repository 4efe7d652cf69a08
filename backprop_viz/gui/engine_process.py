"""The engine in its own process, relayed by a QObject living in a ``QThread``.

:class:`ProcessEngine` starts ``python -m backprop_viz.engine.host`` at once (so the
engine imports NumPy and loads MNIST while the window is being built), sends it
commands as frames on its stdin, and its ``loop`` (run in the controller's QThread)
turns the frames coming back into the same signals as the in-thread
:class:`~.worker.TrainingWorker`. Training thus never waits for the GUI's interpreter
lock, nor the GUI for training's. Snapshots arrive through shared-memory slots; the
slot goes back to the engine when the GUI has taken the snapshot in (:meth:`consumed`),
which bounds the snapshots in flight. If the engine process dies (killed, out of
memory), the user is told and a fresh engine starts with the last configuration.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, Slot

from backprop_viz.core.config import Config
from backprop_viz.engine.frames import SlotReader, read_frame, write_frame
from backprop_viz.engine.loop import default_loader
from backprop_viz.gui.worker import IN_FLIGHT, EngineSignals

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: run ids of a restarted engine start this far above the previous engine's
RUN_ID_STRIDE = 1_000_000


class ProcessEngine(EngineSignals):
    def __init__(self, config: Config, loader=default_loader, emit_interval: float = 1 / 30):
        super().__init__()
        # the configuration a restarted engine starts from: the latest snapshot's
        self._config, self._loader, self._emit_interval = config, loader, emit_interval
        self._write_lock = threading.Lock()
        self._stopping = False
        self._generation = 0
        self._slots: dict[int, int] = {}   # snapshot serial -> slot to hand back
        self._heard = False                # has this engine process sent anything yet?
        self.process: subprocess.Popen | None = None
        self._spawn(config)

    def _spawn(self, config: Config) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "backprop_viz.engine.host"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        init = {"config": config, "loader": self._loader, "emit_interval": self._emit_interval,
                "run_id": self._generation * RUN_ID_STRIDE, "slots": IN_FLIGHT}
        self._write(init)

    def _write(self, obj) -> None:
        with self._write_lock:
            try:
                write_frame(self.process.stdin, obj)
            except (BrokenPipeError, OSError, ValueError):   # the engine is gone: the relay reports it
                pass

    # -- called from the GUI thread ------------------------------------------------------------
    def send(self, command: str, *args) -> None:
        """Send a command to the engine (thread-safe)."""
        if command == "stop":
            self._stopping = True
        self._write((command, args))

    def consumed(self, snapshot) -> None:
        """The GUI has taken ``snapshot`` in: its slot can carry the next one."""
        slot = self._slots.pop(snapshot.serial, None)
        if slot is not None:
            self._write(("_release", (slot,)))

    def kill(self) -> None:
        """Stop the engine process now (used when it does not stop in time)."""
        self._stopping = True
        if self.process is not None and self.process.poll() is None:
            self.process.kill()

    # -- the relay (runs in the controller's QThread) ----------------------------------------------
    @Slot()
    def loop(self) -> None:
        slots = SlotReader()
        try:
            while True:
                try:
                    (kind, payload), slot = read_frame(self.process.stdout, slots)
                except (EOFError, OSError):
                    if self._stopping or not self._restart():
                        break
                    slots.close()
                    continue
                self._heard = True
                if kind == "snapshot":
                    if slot is not None:
                        self._slots[payload.serial] = slot
                    self._config = payload.config
                elif kind == "stopped":
                    break
                self.report(kind, payload)
        finally:
            slots.close()
            if self.process is not None:
                try:
                    self.process.wait(timeout=1.0)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
                for stream in (self.process.stdin, self.process.stdout):
                    stream.close()
            self.stopped.emit()

    def _restart(self) -> bool:
        """The engine process ended on its own: say so and start a fresh one (``False`` when
        it cannot even start)."""
        code = self.process.wait()
        log.error("engine process ended with exit code %s", code)
        for stream in (self.process.stdin, self.process.stdout):
            stream.close()
        self._slots.clear()
        if not self._heard:   # it died before saying anything: starting it again would too
            self.error_occurred.emit(translate(
                "ProcessEngine", "The training engine could not start (exit code {0}); see the log for details.").format(code))
            return False
        self._heard = False
        self.error_occurred.emit(translate(
            "ProcessEngine", "The training engine stopped unexpectedly (exit code {0}). A fresh engine "
            "has been started with the last settings; the network starts again from its initialisation.").format(code))
        self._generation += 1
        try:
            self._spawn(self._config)
        except OSError as exc:
            self.error_occurred.emit(f"{type(exc).__name__}: {exc}")
            return False
        return True
