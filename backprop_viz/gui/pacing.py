"""Paces the window's refresh timer so the GUI thread never starves training.

Views are redrawn from the latest snapshot at most ``max_hz`` times a second. Redrawing
(our Python code and pyqtgraph's painting) runs in the GUI thread; a GUI thread that
redraws all the time answers the user late, and with the engine in a thread of the same
process it also holds the interpreter lock that training needs between its NumPy calls
(which slowed training several-fold). :class:`RefreshPacer` measures the
GUI thread's own CPU time (``time.thread_time``) between ticks and lengthens the timer
interval while that share is above ``budget`` (shortening it again when clearly below), between
``1/max_hz`` and ``max_interval``. When nothing new arrives the timer costs nothing.
"""

from __future__ import annotations

import time


class RefreshPacer:
    def __init__(self, timer, max_hz: float = 30.0, budget: float = 0.25, max_interval: float = 0.5):
        self.timer = timer
        self.min_interval = 1.0 / max_hz
        self.budget = budget
        self.max_interval = max_interval
        self.interval = self.min_interval
        self._cpu = time.thread_time()
        self._wall = time.perf_counter()
        timer.setInterval(round(self.interval * 1000))

    @property
    def hz(self) -> float:
        return 1.0 / self.interval

    def reset(self) -> None:
        """Back to the fastest rate (e.g. when training pauses and every step should show at once)."""
        self.interval = self.min_interval
        self.timer.setInterval(round(self.interval * 1000))

    def tick(self) -> None:
        """Call once per timer tick from the GUI thread: adapts the interval to the measured load."""
        cpu, wall = time.thread_time(), time.perf_counter()
        spent, elapsed = cpu - self._cpu, wall - self._wall
        self._cpu, self._wall = cpu, wall
        if elapsed <= 0:
            return
        share = spent / elapsed
        if share > self.budget:
            self.interval = min(self.interval * 1.25, self.max_interval)
        elif share < self.budget * 0.8:   # a narrow band: settle near the budget, not far below it
            self.interval = max(self.interval / 1.1, self.min_interval)
        else:
            return
        self.timer.setInterval(round(self.interval * 1000))
