"""Run a slow function off the GUI thread and get its result back as a signal.

:func:`run_in_background` hands ``fn`` to Qt's global thread pool; when it returns,
``done(result)`` is emitted in the GUI thread, and if it raises, ``failed(message)``
(handlers given to :func:`run_in_background` are connected before the job starts).
Used for importing datasets and other one-off jobs that would otherwise freeze the
window (training has its own long-lived worker).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class Job(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, fn, job: Job):
        super().__init__()
        self.fn, self.job = fn, job

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - reported to the user
            self.job.failed.emit(str(exc))
        else:
            self.job.done.emit(result)


#: jobs not yet answered, kept alive until every handler has run
_RUNNING: set[Job] = set()


def run_in_background(fn, parent: QObject, on_done=None, on_failed=None) -> Job:
    """Start ``fn()`` in the thread pool; ``on_done(result)`` / ``on_failed(message)`` are
    connected before it starts. Connect them here: a fast job may answer before the caller
    gets to connect to the returned job's ``done``/``failed`` (a queued signal reaches only
    the connections made before it was emitted)."""
    job = Job(parent)
    _RUNNING.add(job)
    for signal, handler in ((job.done, on_done), (job.failed, on_failed)):
        if handler is not None:
            signal.connect(handler)
        signal.connect(lambda *_: QTimer.singleShot(0, lambda: _RUNNING.discard(job)))
    job.destroyed.connect(lambda *_: _RUNNING.discard(job))   # its parent went first
    QThreadPool.globalInstance().start(_Runnable(fn, job))
    return job
