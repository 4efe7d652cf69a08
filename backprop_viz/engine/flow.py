"""Flow control of live snapshots: the one place that decides whether the engine builds one.

While training runs, the engine builds a full snapshot only when the GUI is ready to show
it; otherwise the step trains without capture and the next one is tried. "Ready" means
fewer than ``limit`` snapshots sent but not yet taken by a refresh: every snapshot has a
serial that grows by one, the engine notes the last one it sent (:meth:`sent`) and the GUI
says which one its refresh took (:class:`~.protocol.Taken`, applied by :meth:`taken`).
A slow GUI thus delays snapshots, never training, and the engine builds about one snapshot
per refresh. The same object serves an engine in its own process (the ``Taken`` command
arrives on the pipe) and one in a thread of the GUI process. Thread-safe.
"""

from __future__ import annotations

import threading

#: live snapshots allowed to wait for the GUI at once
IN_FLIGHT = 2


class SnapshotFlow:
    def __init__(self, limit: int = IN_FLIGHT):
        self.limit = limit
        self._lock = threading.Lock()
        self._sent = 0      # serial of the last snapshot sent (serials only grow, across resets too)
        self._taken = 0     # ... and of the last one a refresh took

    def sent(self, serial: int) -> None:
        with self._lock:
            self._sent = max(self._sent, serial)

    def taken(self, serial: int) -> None:
        with self._lock:
            self._taken = max(self._taken, serial)

    def waiting(self) -> int:
        """Snapshots sent and not yet taken."""
        with self._lock:
            return max(0, self._sent - self._taken)

    def ready(self) -> bool:
        """May the engine build a live snapshot now?"""
        return self.waiting() < self.limit
