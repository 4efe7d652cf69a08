"""The engine in its own process, relayed by a QObject living in a ``QThread``.

:class:`ProcessEngine` starts ``python -m backprop_viz.engine.host`` at once (so the
engine imports NumPy and loads MNIST while the window is being built), sends it
typed commands (:mod:`backprop_viz.engine.protocol`) as frames on its stdin, and its
``loop`` (run in the controller's QThread) turns the reports coming back into the same
signals as the in-thread :class:`~.worker.TrainingWorker`. Training thus never waits for
the GUI's interpreter lock, nor the GUI for training's. Snapshots arrive through
shared-memory slots, handed back as soon as their arrays are copied out. If the engine
process dies (killed, out of memory), the user is told and a fresh engine starts with the
last configuration; its run ids and serials continue above the last ones seen.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, Slot

from backprop_viz.core.config import Config
from backprop_viz.data import remove_share_files
from backprop_viz.engine import protocol as p
from backprop_viz.engine.frames import ReleaseSlot, SlotReader, read_frame, remove_slot_files, write_frame
from backprop_viz.engine.loop import default_loader
from backprop_viz.engine.snapshot import Snapshot
from backprop_viz.gui.worker import EngineSignals

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ProcessEngine(EngineSignals):
    def __init__(self, config: Config, loader=default_loader, emit_interval: float = 1 / 30):
        super().__init__()
        # the configuration a restarted engine starts from: the latest snapshot's
        self._config, self._loader, self._emit_interval = config, loader, emit_interval
        # guards `process` and every write to it: a command can never slip in before a new
        # engine's init frame, nor go to a pipe that is being closed
        self._lock = threading.Lock()
        self._stopping = False
        self._last = (0, 0)                # (run_id, serial) of the last snapshot: a new engine goes on above
        self._heard = False                # has this engine process sent anything yet?
        self.process: subprocess.Popen | None = None
        with self._lock:
            self._spawn(config)

    def _spawn(self, config: Config) -> None:
        """Start an engine process and send its init frame (call with the lock held)."""
        self.process = subprocess.Popen([sys.executable, "-m", "backprop_viz.engine.host"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        init = {"config": config, "loader": self._loader, "emit_interval": self._emit_interval,
                "run_id": self._last[0], "serial": self._last[1]}
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
    def send(self, command: p.Command) -> None:
        """Send a command to the engine (thread-safe)."""
        with self._lock:
            if isinstance(command, p.Stop):
                self._stopping = True
            self._write_locked(command)

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
                    report, slot = read_frame(self.process.stdout, slots)
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
                    self._write(ReleaseSlot(slot))
                self._heard = True
                if isinstance(report, Snapshot):
                    self._config, self._last = report.config, (report.run_id, report.serial)
                elif isinstance(report, p.Stopped):
                    break
                self.report(report)
        finally:
            slots.close()
            self._end_process()
            for stream in (self.process.stdin, self.process.stdout):
                stream.close()
            self.stopped.emit()

    def _end_process(self, timeout: float = 1.0) -> int:
        """Wait up to ``timeout`` for the engine process to end, then kill it; its exit code.
        Slot and dataset share files it leaves behind are removed."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        remove_slot_files(self.process.pid)
        remove_share_files(self.process.pid)
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
            try:
                self._spawn(self._config)
            except OSError as exc:
                self.error_occurred.emit(f"{type(exc).__name__}: {exc}")
                return False
        self.restarted.emit()
        self.error_occurred.emit(translate(
            "ProcessEngine", "The training engine stopped unexpectedly (exit code {0}). A fresh engine "
            "has been started with the last settings; the network starts again from its initialisation.").format(code))
        return True
