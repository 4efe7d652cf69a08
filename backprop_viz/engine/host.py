"""The engine process: ``python -m backprop_viz.engine.host``, started by the GUI.

Training shares no interpreter lock with the GUI this way: in one process, every
redraw of the views (Python code in pyqtgraph) held the lock that training needs
between its NumPy calls, which halved training speed and made the window stutter
(``benchmarks/bench_gui.py``). The host reads an ``init`` frame (config, data loader,
snapshot interval, first run id) from stdin, then runs an
:class:`~backprop_viz.engine.loop.EngineLoop`: a reader thread turns the frames on stdin
into the loop's commands (``_release`` frees a snapshot slot, ``_consumed`` makes room
for another live snapshot), and every
``out(kind, payload)`` of the loop becomes a frame on the original stdout. Stray prints
go to stderr, so they can never corrupt a frame. It imports no Qt.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback

from backprop_viz.engine.frames import SlotRing, read_frame, write_frame


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

    # slots carry the arrays (handed back by the GUI once copied out: "_release"); a separate
    # count bounds the live snapshots the GUI has not taken in yet ("_consumed")
    ring = SlotRing(count=2, reserve=1)
    waiting = [0]
    lock = threading.Lock()

    def send(kind, payload):   # called by the loop's thread only (the reader thread never writes)
        if kind == "snapshot":
            with lock:
                waiting[0] += 1
        try:
            write_frame(out, (kind, payload), ring if kind == "snapshot" else None)
        except (BrokenPipeError, OSError):   # the GUI is gone: nobody to train for
            engine.send("stop")

    def ready() -> bool:
        with lock:
            return waiting[0] < init.get("in_flight", 3) and ring.has_free()

    engine = EngineLoop(init["config"], send, init["loader"], init["emit_interval"], ready=ready,
                        run_id=init.get("run_id", 0), serial=init.get("serial", 0))

    def read_commands():
        while True:
            try:
                (command, args), _ = read_frame(inp)
                if command == "_release":
                    ring.release(args[0])
                elif command == "_consumed":
                    with lock:
                        waiting[0] = max(0, waiting[0] - args[0])
                else:
                    engine.send(command, *args)
            except Exception as exc:  # noqa: BLE001 - EOF (the GUI is gone) or a frame out of step: end
                if not isinstance(exc, (EOFError, OSError)):
                    traceback.print_exc()
                engine.send("stop")
                return

    threading.Thread(target=read_commands, name="engine-commands", daemon=True).start()
    try:
        engine.loop()
    finally:
        ring.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
