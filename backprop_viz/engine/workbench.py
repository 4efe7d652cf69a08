"""Computations the GUI asks the engine for, answered off the training loop.

The GUI never computes: evaluating the test set, classifying a drawing, a gradient check,
the numerical-vs-backprop race and the like are :class:`~.protocol.Request` commands. The
:class:`Workbench` runs them on its own thread of the engine (so training goes on between
the requests' NumPy calls), one at a time in order of arrival, except that a newer request
of a ``latest_wins`` type replaces an older one still waiting (the drawing pad asks at
every stroke; only the newest drawing matters; the older one is reported
:class:`~.protocol.Superseded`). Long requests (``long = True``, e.g. the
race) get a thread of their own so quick ones are not stuck behind them. Each request type
names its handler in :data:`HANDLERS` (filled by :mod:`.requests`): ``handler(request,
bench, progress, cancelled) -> value``; the answer is reported as
:class:`~.protocol.Answer`, a failure as :class:`~.protocol.Refused`, never a dead engine.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import traceback

from backprop_viz.engine import protocol as p
from backprop_viz.engine.protocol import message_of

log = logging.getLogger(__name__)

#: request type -> handler(request, bench, progress, cancelled) -> value
HANDLERS: dict[type, object] = {}


def handles(request_type: type):
    """Register the decorated function as the handler of ``request_type``."""
    def register(fn):
        HANDLERS[request_type] = fn
        return fn
    return register


def register_handlers() -> None:
    """Import the modules that register the handlers (in the thread that starts the engine, never
    lazily in a workbench thread: an import in a second thread of a Qt process races the
    binding's import hook)."""
    import importlib

    from backprop_viz.engine import analysis_requests, data_requests, lesson_requests, requests, timeline_commands  # noqa: F401

    for name in _USED_BY_HANDLERS:
        importlib.import_module(name)


#: modules the handlers import when first asked (kept out of the engine module's own imports)
_USED_BY_HANDLERS = ("backprop_viz.data", "backprop_viz.data.images", "backprop_viz.core.evaluation",
                     "backprop_viz.core.preprocess", "backprop_viz.core.preprocess_photo",
                     "backprop_viz.core.runfile", "backprop_viz.core.modelfile",
                     "backprop_viz.lessons.values", "backprop_viz.lessons.answers")


class Workbench:
    def __init__(self, engine, out):
        self.engine = engine          # the EngineLoop: its splits, run and latest snapshot
        self.out = out
        self._queue: queue.Queue = queue.Queue()
        self._cancelled: dict[int, threading.Event] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._jobs: set[threading.Thread] = set()   # long requests' threads still running
        register_handlers()

    # -- what handlers read --------------------------------------------------------------------
    @property
    def splits(self):
        return self.engine.splits

    @property
    def snapshot(self):
        """The last snapshot the engine sent (immutable: safe to read while training goes on)."""
        return self.engine.latest

    # -- control -------------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name="engine-workbench", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Cancel every request and wait (up to ``timeout`` seconds) for the threads to end: no
        thread of a stopped engine reports anything later."""
        with self._lock:
            for event in self._cancelled.values():
                event.set()
            jobs = list(self._jobs)
        self._queue.put(None)
        deadline = time.monotonic() + timeout
        for thread in [self._thread, *jobs]:
            if thread is not None:
                thread.join(max(deadline - time.monotonic(), 0.01))

    def submit(self, command) -> None:
        """Queue a request, or cancel one (thread-safe)."""
        if isinstance(command, p.Cancel):
            with self._lock:
                event = self._cancelled.get(command.tag)
            if event is not None:
                event.set()
            return
        with self._lock:
            self._cancelled[command.tag] = threading.Event()
        if getattr(command, "long", False):
            job = threading.Thread(target=self._job, args=(command,), name="engine-job", daemon=True)
            with self._lock:
                self._jobs.add(job)
            job.start()
        else:
            self._queue.put(command)

    def _serve(self) -> None:
        while True:
            request = self._queue.get()
            if request is None:
                return
            waiting = [request]
            while True:   # newer requests of a latest-wins type replace older waiting ones
                try:
                    waiting.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            if None in waiting:
                return
            for i, r in enumerate(waiting):
                newer = any(type(later) is type(r) for later in waiting[i + 1:])
                if newer and getattr(r, "latest_wins", False):
                    self._forget(r.tag)
                    self.out(p.Superseded(r.tag))
                    continue
                self._answer(r)

    def _job(self, request) -> None:
        try:
            self._answer(request)
        finally:
            with self._lock:
                self._jobs.discard(threading.current_thread())

    def _forget(self, tag: int) -> None:
        with self._lock:
            self._cancelled.pop(tag, None)

    def _answer(self, request) -> None:
        with self._lock:
            cancelled = self._cancelled.get(request.tag) or threading.Event()
        try:
            handler = HANDLERS[type(request)]
            value = handler(request, self, lambda v: self.out(p.Progress(request.tag, v)), cancelled.is_set)
            self.out(p.Answer(request.tag, value))
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            log.error("request %s failed:\n%s", type(request).__name__, traceback.format_exc())
            self.out(p.Refused(request.tag, type(exc).__name__, message_of(exc)))
        finally:
            self._forget(request.tag)
