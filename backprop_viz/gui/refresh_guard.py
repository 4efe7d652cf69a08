"""Keeps one failing view from stopping the main window's refresh.

The window's refresh shows each snapshot in many views; if one of them raises (say, on a NaN
it did not expect from a diverging run), :class:`RefreshGuard` logs the traceback, names the
panel and its error once in the notice bar, and lets the refresh go on, so the other views and
the status bar still update. A panel that draws again without error is forgiven: its next
failure is reported again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


class RefreshGuard:
    def __init__(self, notice):
        self.notice = notice
        self.failing: dict[str, str] = {}   # panel key → its error, while it keeps failing

    def call(self, key: str, title, fn, *args) -> bool:
        """``fn(*args)``; on an exception, log it and tell the user which panel (``title()``, in the
        current language) failed. Returns whether ``fn`` succeeded."""
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - one view must not stop the others
            log.exception("the %s panel failed to show a snapshot", key)
            if key not in self.failing:
                error = f"{type(exc).__name__}: {exc}"
                self.notice.show_notice(lambda: QCoreApplication.translate(
                    "MainWindow", "The {0} panel could not show this step ({1}); the other panels go on.").format(
                    title(), error), "warning")
            self.failing[key] = str(exc)
            return False
        self.failing.pop(key, None)
        return True
