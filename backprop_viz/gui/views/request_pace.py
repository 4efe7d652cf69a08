"""How often a live analysis view may ask the engine while training plays.

A view that asks the engine for a computation at every refresh would take CPU from
training on a small machine. :class:`RequestPace` lets the next request go only after a
rest of ``rest`` times as long as the last one took (from asking to answer), so a view on
screen uses at most about ``1 / (rest + 1)`` of one core of the engine; while paused or
stepping by hand every request goes at once (each shown step gets its answer).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer


class RequestPace:
    def __init__(self, rest: float = 9.0):
        self.rest = rest
        self._clock = QElapsedTimer()
        self._clock.start()
        self._asked_at = 0
        self._free_at = 0          # ms on the clock after which the next request may go while playing

    def may_ask(self, playing: bool) -> bool:
        return not playing or self._clock.elapsed() >= self._free_at

    def asked(self) -> None:
        self._asked_at = self._clock.elapsed()

    def answered(self) -> None:
        now = self._clock.elapsed()
        self._free_at = now + self.rest * max(now - self._asked_at, 1)
