"""Run a slow function off the GUI thread and get its result back as a signal.

:func:`run_in_background` hands ``fn`` to Qt's global thread pool; when it returns,
``done(result)`` is emitted in the GUI thread, and if it raises, ``failed(message)``.
Used for importing datasets and other one-off jobs that would otherwise freeze the
window (training has its own long-lived worker).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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


def run_in_background(fn, parent: QObject) -> Job:
    """Start ``fn()`` in the thread pool; connect to the returned job's ``done``/``failed``."""
    job = Job(parent)
    QThreadPool.globalInstance().start(_Runnable(fn, job))
    return job
