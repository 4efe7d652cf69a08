"""The CLI's progress bars, drawn by tqdm on stderr.

Only drawn when the stream is a terminal (so logs, pipes and ``--json`` output stay
clean) and redrawn at most 10 times a second. :class:`ProgressBar` is ``train``'s bar per
epoch (``start`` a label, ``update`` with the steps done and the loss, ``finish`` clears
the line so the epoch's summary is printed in its place); :func:`progress_bar` is a
plain counting bar (``update(n)``, ``write(line)`` above it, ``close``) for long imports
and predictions. tqdm (one pure-Python package, no dependencies) replaces the
hand-drawn bar and adds the rate and the time left.
"""

from __future__ import annotations

import sys

from tqdm import tqdm


def _is_terminal(stream) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)())


def progress_bar(total: int | None, label: str, unit: str = "it", enabled: bool = True, stream=None) -> tqdm:
    """A tqdm bar on ``stream`` (stderr), silent unless ``enabled`` and a terminal;
    its ``write`` prints a line above the bar (or on stdout when the bar is silent)."""
    stream = stream or sys.stderr
    return tqdm(total=total, desc=label, unit=unit, file=stream, leave=False, mininterval=0.1,
                disable=not (enabled and _is_terminal(stream)), dynamic_ncols=True)


class ProgressBar:
    """One bar per epoch: ``start(label)``, ``update(done, loss)``, ``finish()``."""

    def __init__(self, total: int, enabled: bool = True, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.total, self.width = max(total, 1), width
        self.enabled = enabled and _is_terminal(self.stream)
        self.label, self._bar = "", None

    def start(self, label: str) -> None:
        self.finish()
        self.label = label
        if self.enabled:
            self._bar = tqdm(total=self.total, desc=label, unit="step", file=self.stream, leave=False,
                             mininterval=0.1, ncols=self.width + 60,
                             bar_format="{desc} |{bar}| {n_fmt}/{total_fmt}{postfix}  {rate_fmt} {remaining}")

    def update(self, done: int, loss: float) -> None:
        bar = self._bar
        if bar is None:
            return
        bar.set_postfix_str(f"loss {loss:.4f}", refresh=False)
        bar.update(done - bar.n)
        if done >= self.total:
            bar.refresh()                          # the last step is always drawn

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()                      # leave=False: the line is cleared
            self._bar = None
