"""A one-line text progress bar on stderr, redrawn at most 10 times a second.

Only drawn when stderr is a terminal (so logs and pipes stay clean); ``finish``
clears the line so the caller can print the epoch's summary in its place.
"""

from __future__ import annotations

import sys
import time


class ProgressBar:
    def __init__(self, total: int, enabled: bool = True, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.total, self.width = max(total, 1), width
        self.enabled = enabled and getattr(self.stream, "isatty", lambda: False)()
        self.label, self._last, self._t0 = "", 0.0, 0.0

    def start(self, label: str) -> None:
        self.label, self._t0, self._last = label, time.perf_counter(), 0.0

    def update(self, done: int, loss: float) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._last < 0.1 and done < self.total:
            return
        self._last = now
        frac = min(done / self.total, 1.0)
        filled = int(frac * self.width)
        rate = done / (now - self._t0) if now > self._t0 else 0.0
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (self.width - filled)}] "
                          f"{done}/{self.total}  loss {loss:.4f}  {rate:,.0f} steps/s ")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
