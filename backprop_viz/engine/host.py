"""The engine process: ``python -m backprop_viz.engine.host``, started by the GUI.

Training shares no interpreter lock with the GUI this way: in one process, every
redraw of the views (Python code in pyqtgraph) held the lock that training needs
between its NumPy calls, which halved training speed and made the window stutter
(``benchmarks/bench_gui.py``). The host reads an ``init`` frame (config, data loader,
snapshot interval, first run id) from stdin, then runs an
:class:`~backprop_viz.engine.loop.EngineLoop`: a reader thread turns the frames on stdin
into the loop's commands (and ``_release`` frames into free snapshot slots), and every
``out(kind, payload)`` of the loop becomes a frame on the original stdout. Stray prints
go to stderr, so they can never corrupt a frame. It imports no Qt.
"""

from __future__ import annotations

import os
import sys
import threading

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

    ring = SlotRing(init.get("slots", 3))

    def send(kind, payload):   # called by the loop's thread only (the reader thread never writes)
        try:
            write_frame(out, (kind, payload), ring if kind == "snapshot" else None)
        except (BrokenPipeError, OSError):   # the GUI is gone: nobody to train for
            engine.send("stop")

    engine = EngineLoop(init["config"], send, init["loader"], init["emit_interval"], ready=ring.has_free,
                        run_id=init.get("run_id", 0))

    def read_commands():
        while True:
            try:
                (command, args), _ = read_frame(inp)
            except (EOFError, OSError):
                engine.send("stop")
                return
            if command == "_release":
                ring.release(args[0])
            else:
                engine.send(command, *args)

    threading.Thread(target=read_commands, name="engine-commands", daemon=True).start()
    try:
        engine.loop()
    finally:
        ring.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
