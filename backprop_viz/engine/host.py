"""The engine process: ``python -m backprop_viz.engine.host``, started by the GUI.

Training shares no interpreter lock with the GUI this way: in one process, every
redraw of the views (Python code in pyqtgraph) held the lock that training needs
between its NumPy calls, which halved training speed and made the window stutter
(``benchmarks/bench_gui.py``). The host reads an ``init`` frame (config, data loader,
snapshot interval, first run id and serial) from stdin, then runs an
:class:`~backprop_viz.engine.loop.EngineLoop`: a reader thread hands the typed commands
(:mod:`.protocol`) on stdin to the loop (a :class:`~.frames.ReleaseSlot` frees a snapshot
slot), and every report of the loop and its workbench becomes a frame on the original
stdout. Stray prints
go to stderr, so they can never corrupt a frame. It imports no Qt. Told to stop (or when the
GUI is gone) it ends within :data:`EXIT_GRACE` seconds even in the middle of a long training
step or request: a watchdog ends the process then, and the process never waits for its
other threads on the way out.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback

from backprop_viz.engine.frames import ReleaseSlot, SlotRing, read_frame, write_frame

#: seconds a stopping engine has to finish on its own before the process ends regardless
EXIT_GRACE = 0.25


def _exit_soon() -> None:
    """End the process in :data:`EXIT_GRACE` seconds, whatever the loop is doing."""
    timer = threading.Timer(EXIT_GRACE, lambda: os._exit(0))
    timer.daemon = True
    timer.start()


def main() -> int:
    # unbuffered ends: no buffer lock for the reader thread to hold when the process exits
    inp = os.fdopen(os.dup(sys.stdin.fileno()), "rb", buffering=0)
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    try:
        init, _ = read_frame(inp)
    except EOFError:
        return 0
    from backprop_viz.engine.loop import EngineLoop
    from backprop_viz.engine.protocol import Stop

    ring = SlotRing(count=3)   # snapshots' arrays; the GUI hands each slot back once copied out

    def send(report):   # called by the loop's and the workbench's threads
        try:
            with write_lock:
                write_frame(out, report, ring if isinstance(report, Snapshot) else None)
        except (BrokenPipeError, OSError):   # the GUI is gone: nobody to train for
            engine.send(Stop())

    from backprop_viz.engine.snapshot import Snapshot

    write_lock = threading.Lock()
    engine = EngineLoop(init["config"], send, init["loader"], init["emit_interval"],
                        run_id=init.get("run_id", 0), serial=init.get("serial", 0))

    def read_commands():
        while True:
            try:
                command, _ = read_frame(inp)
                if isinstance(command, ReleaseSlot):
                    ring.release(command.slot)
                else:
                    engine.send(command)
                    if isinstance(command, Stop):
                        _exit_soon()
            except Exception as exc:  # noqa: BLE001 - EOF (the GUI is gone) or a frame out of step: end
                if not isinstance(exc, (EOFError, OSError)):
                    traceback.print_exc()
                engine.send(Stop())
                _exit_soon()
                return

    threading.Thread(target=read_commands, name="engine-commands", daemon=True).start()
    try:
        engine.loop()
    finally:
        ring.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    os._exit(code)   # never wait for a thread still in a long request or step
