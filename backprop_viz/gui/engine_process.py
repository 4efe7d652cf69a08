"""The engine in its own process, relayed by a QObject living in a ``QThread``.

:class:`ProcessEngine` starts ``python -m backprop_viz.engine.host`` at once (so the
engine imports NumPy and loads MNIST while the window is being built), sends it
commands as frames on its stdin, and its ``loop`` (run in the controller's QThread)
turns the frames coming back into the same signals as the in-thread
:class:`~.worker.TrainingWorker`. Training thus never waits for the GUI's interpreter
lock, nor the GUI for training's. Snapshots arrive through shared-memory slots, handed
back as soon as their arrays are copied out; the GUI's :meth:`consumed` tells the engine
how many snapshots a refresh took in, which bounds the snapshots in flight. If the engine process
dies (killed, out of memory), the user is told and a fresh engine starts with the last
configuration.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, Slot

from backprop_viz.core.config import Config
from backprop_viz.engine.frames import SlotReader, read_frame, remove_slot_files, write_frame
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
        # guards `process` and every write to it: a command can never slip in before a new
        # engine's init frame, nor go to a pipe that is being closed
        self._lock = threading.Lock()
        self._stopping = False
        self._generation = 0
        self._heard = False                # has this engine process sent anything yet?
        self.process: subprocess.Popen | None = None
        with self._lock:
            self._spawn(config)

    def _spawn(self, config: Config) -> None:
        """Start an engine process and send its init frame (call with the lock held)."""
        self.process = subprocess.Popen([sys.executable, "-m", "backprop_viz.engine.host"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        init = {"config": config, "loader": self._loader, "emit_interval": self._emit_interval,
                "run_id": self._generation * RUN_ID_STRIDE, "serial": self._generation * RUN_ID_STRIDE,
                "in_flight": IN_FLIGHT}
        self._write_locked(init)

    def _write_locked(self, obj) -> None:
        try:
            write_frame(self.process.stdin, obj)
        except (BrokenPipeError, OSError, ValueError):   # the engine is gone: the relay reports it
            pass

    def _write(self, obj) -> None:
        with self._lock:
            self._write_locked(obj)

    # -- called from the GUI thread ------------------------------------------------------------
    def send(self, command: str, *args) -> None:
        """Send a command to the engine (thread-safe)."""
        with self._lock:
            if command == "stop":
                self._stopping = True
            self._write_locked((command, args))

    def consumed(self, count: int) -> None:
        """A refresh took in the latest of ``count`` snapshots: room for as many live ones."""
        self._write(("_consumed", (count,)))

    def kill(self) -> None:
        """Stop the engine process now (used when it does not stop in time)."""
        with self._lock:
            self._stopping = True
            process = self.process
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    # -- the relay (runs in the controller's QThread) ----------------------------------------------
    @Slot()
    def loop(self) -> None:
        slots = SlotReader()
        try:
            while True:
                try:
                    (kind, payload), slot = read_frame(self.process.stdout, slots)
                except EOFError:
                    if not self._restart():
                        break
                    slots.close()
                    continue
                except Exception as exc:  # noqa: BLE001 - a frame we cannot read (e.g. no memory to map a slot)
                    log.error("engine frame unreadable: %s", exc)
                    self.error_occurred.emit(f"{type(exc).__name__}: {exc}")
                    self.process.kill()   # the stream is out of step now: end it, and restart on the EOF
                    continue
                if slot is not None:      # the arrays are copied out: the slot can carry the next frame
                    self._write(("_release", (slot,)))
                self._heard = True
                if kind == "snapshot":
                    self._config = payload.config
                elif kind == "stopped":
                    break
                self.report(kind, payload)
        finally:
            slots.close()
            self._end_process()
            for stream in (self.process.stdin, self.process.stdout):
                stream.close()
            self.stopped.emit()

    def _end_process(self, timeout: float = 1.0) -> int:
        """Wait up to ``timeout`` for the engine process to end, then kill it; its exit code.
        Slot files it had not handed over yet are removed."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        remove_slot_files(self.process.pid)
        return code

    def _restart(self) -> bool:
        """The engine's output ended: unless we are stopping, say so and start a fresh engine
        (``False`` when stopping, or when it cannot even start)."""
        code = self._end_process()
        with self._lock:
            if self._stopping:
                return False
            log.error("engine process ended with exit code %s", code)
            for stream in (self.process.stdin, self.process.stdout):
                stream.close()
            if not self._heard:   # it died before saying anything: starting it again would too
                self.error_occurred.emit(translate(
                    "ProcessEngine", "The training engine could not start (exit code {0}); see the log for details.").format(code))
                return False
            self._heard = False
            self._generation += 1
            try:
                self._spawn(self._config)
            except OSError as exc:
                self.error_occurred.emit(f"{type(exc).__name__}: {exc}")
                return False
        self.error_occurred.emit(translate(
            "ProcessEngine", "The training engine stopped unexpectedly (exit code {0}). A fresh engine "
            "has been started with the last settings; the network starts again from its initialisation.").format(code))
        return True
