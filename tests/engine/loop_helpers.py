"""An :class:`~backprop_viz.engine.loop.EngineLoop` in a thread for engine tests: its reports
land in a queue; ``wait_for`` the first one a test accepts, ``ask`` a request, ``stop``."""

from __future__ import annotations

import itertools
import queue
import threading

from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import EngineLoop

TIMEOUT = 60


class ThreadEngine:
    """An EngineLoop in a thread; its reports land in a queue."""

    def __init__(self, splits, config):
        self.reports: queue.Queue = queue.Queue()
        self.loop = EngineLoop(config, self.reports.put, loader=lambda c, d: splits)
        self.thread = threading.Thread(target=self.loop.loop, daemon=True)
        self.thread.start()
        self.tags = itertools.count(1)

    def wait_for(self, accept):
        """The first report ``accept`` takes (others are skipped)."""
        while True:
            report = self.reports.get(timeout=TIMEOUT)
            if accept(report):
                return report

    def ask(self, request_type, **fields):
        """Send a request; its Answer or Refused report."""
        tag = next(self.tags)
        self.loop.send(request_type(tag=tag, **fields))
        return self.wait_for(lambda r: isinstance(r, (p.Answer, p.Refused)) and r.tag == tag)

    def stop(self):
        self.loop.send(p.Stop())
        self.thread.join(TIMEOUT)
        assert not self.thread.is_alive()
