"""The engine in its own process, relayed by a QObject living in a ``QThread``.

:class:`ProcessEngine` starts ``python -m backprop_viz.engine.host`` at once (so the
engine imports NumPy and loads MNIST while the window is being built), sends it
typed commands (:mod:`backprop_viz.engine.protocol`) as frames on its stdin, and its
``loop`` (run in the controller's QThread) turns the reports coming back into the same
signals as the in-thread :class:`~.worker.TrainingWorker`. Training thus never waits for
the GUI's interpreter lock, nor the GUI for training's. Snapshots arrive through
shared-memory slots, handed back as soon as their arrays are copied out. If the engine
process dies (killed, out of memory), the user is told and a fresh engine starts with the
last configuration; its run ids and serials continue above the last ones seen. An engine
that dies again before saying anything is restarted with back-off (:data:`BACKOFF`, then
every last of those seconds, for ever); :attr:`status` (``engine_status``) says
honestly whether one runs, and :meth:`restart_now` skips the wait. Stopping never waits for
a long training step: the engine gets a moment to stop, then it is killed.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, Signal, Slot

from backprop_viz.core.config import Config
from backprop_viz.data import remove_share_files
from backprop_viz.engine import protocol as p
from backprop_viz.engine.frames import ReleaseSlot, SlotReader, read_frame, remove_slot_files, write_frame
from backprop_viz.engine.loop import default_loader
from backprop_viz.engine.snapshot import Snapshot
from backprop_viz.gui.worker import EngineSignals

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


#: seconds to wait before each further attempt when engines keep dying before saying anything
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0)
#: how long a stopping engine may take to end before it is killed (it may be in a long step)
STOP_GRACE = 0.3


class ProcessEngine(EngineSignals):
    #: "running" (an engine has reported), "starting" (started after a death, not heard yet) or
    #: "down" (none: waiting to try again); with the seconds until the next attempt when down
    engine_status = Signal(str, float)
    engine_lost = Signal(str)    # an engine died: what happened and what comes next, in words

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
        self._failures = 0                 # engines in a row that died before saying anything
        self._wake = threading.Event()     # ends a back-off wait early (restart now, or stop)
        self._held_reset: p.Reset | None = None   # a Reset (Apply) sent while no engine ran
        self.status = "running"
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
        """Send a command to the engine (thread-safe). While none runs, a Reset is kept for the
        next one (latest wins) and a Stop ends the waiting; other commands are dropped."""
        with self._lock:
            if isinstance(command, p.Stop):
                self._stopping = True
                self._wake.set()
            if self.status != "running" and isinstance(command, p.Reset):
                self._held_reset = command
                if command.config is not None:
                    self._config = command.config
            if self.process is not None:
                self._write_locked(command)

    def restart_now(self) -> None:
        """Start a fresh engine at once: skip the back-off wait, or replace a running engine."""
        with self._lock:
            process, waiting = self.process, self.status == "down"
        if waiting:
            self._wake.set()
        elif process is not None and process.poll() is None:
            process.kill()    # the relay sees it end and starts a fresh one at once
            self._wake.set()

    def _set_status(self, status: str, wait: float = 0.0) -> None:
        self.status = status
        self.engine_status.emit(status, wait)

    def kill(self) -> None:
        """Stop the engine process now (used when it does not stop in time)."""
        with self._lock:
            self._stopping = True
            self._wake.set()
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
                if not self._heard:
                    self._heard, self._failures = True, 0
                    if self.status != "running":
                        self._set_status("running")
                if isinstance(report, Snapshot):
                    self._config, self._last = report.config, (report.run_id, report.serial)
                elif isinstance(report, p.Stopped):
                    break
                self.report(report)
        finally:
            slots.close()
            if self.process is not None:
                self._end_process()
                self._close_streams()
            self.stopped.emit()

    def _close_streams(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:   # a frame still buffered for an engine that died before reading it
                pass

    def _end_process(self, timeout: float = 1.0) -> int:
        """Wait up to ``timeout`` for the engine process to end (:data:`STOP_GRACE` when
        stopping: it may be in a long step), then kill it; its exit code. Slot and dataset
        share files it leaves behind are removed."""
        try:
            code = self.process.wait(timeout=STOP_GRACE if self._stopping else timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        remove_slot_files(self.process.pid)
        remove_share_files(self.process.pid)
        return code

    def _restart(self) -> bool:
        """The engine's output ended: unless we are stopping, say so and start a fresh engine —
        at once after one that had run, after a back-off wait after one that died before saying
        anything (``False`` only when stopping)."""
        code = self._end_process()
        with self._lock:
            if self._stopping:
                return False
            log.error("engine process ended with exit code %s", code)
            self._close_streams()
            self.process = None
        if self._heard:
            self.engine_lost.emit(translate(
                "ProcessEngine", "The training engine stopped unexpectedly (exit code {0}). A fresh engine is "
                "starting with the last settings; the network starts again from its initialisation.").format(code))
        self._heard = False
        while True:
            if self._failures:   # it died before saying anything: wait a little longer each time
                wait = BACKOFF[min(self._failures - 1, len(BACKOFF) - 1)]
                self._set_status("down", wait)
                self.engine_lost.emit(translate(
                    "ProcessEngine", "The training engine could not start (exit code {0}). No engine is running: "
                    "the next attempt is in {1} s, or use Restart engine now.").format(code, f"{wait:g}"))
                self._wake.wait(wait)
            self._wake.clear()
            self._failures += 1
            with self._lock:
                if self._stopping:
                    return False
                try:
                    self._spawn(self._config)
                except OSError as exc:
                    log.error("engine process could not be started: %s", exc)
                    code = f"{type(exc).__name__}: {exc}"
                    continue
                if self._held_reset is not None:   # an Apply sent while none ran
                    self._write_locked(self._held_reset)
                    self._held_reset = None
            self._set_status("starting")
            self.restarted.emit()
            return True
