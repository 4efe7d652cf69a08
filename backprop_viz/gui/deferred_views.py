"""Views that are not on screen at start are built after the first frame, not before it.

The main window builds the panels a newcomer sees first (curves, hyperparameters, probe,
Layers) before it is shown; every other view gets its dock at once — title, place in its tab
group, so a saved layout restores and the View menu lists it — holding an empty placeholder.
:class:`DeferredViews` builds those views later (issue #19: "paint the window first"): one per
turn of the event loop once the first snapshot has been drawn (:meth:`start`), so input stays
live between them, or all at once the moment anything needs one — its dock shown (a tab
clicked, a saved layout), or code reading the window's attribute (``MainWindow.__getattr__``
calls :meth:`build_all`). Wiring that joins several views waits for all of them
(:meth:`when_built`). A view built late catches up with the latest snapshot if it is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from backprop_viz.gui import presentation
from backprop_viz.gui.window_docks import DOCK_MIN, add_dock, on_screen, scrolled


class DeferredViews:
    """The window's snapshot views: those built (:attr:`views`, fed by each refresh) and
    those still waiting for their turn."""

    def __init__(self, window):
        self.window = window
        self.views: dict = {}                  # dock name -> view, built so far (in adding order)
        self._pending: dict = {}               # attribute -> (dock name, factory)
        self._hooks: dict = {}                 # key -> callable, run once every view exists
        self._tasks: list = []                 # other lazy parts to build in the background (callables)
        self._closed = False
        self._timer = QTimer(window)
        self._timer.setInterval(0)             # one view per turn of the event loop
        self._timer.timeout.connect(self._build_next)

    # -- adding --------------------------------------------------------------------------------
    def add_now(self, attr: str, name: str, view, area=Qt.BottomDockWidgetArea, tab_with: str | None = None):
        """Add ``view`` (built already) as dock ``name`` and window attribute ``attr``."""
        self._dock(name, QWidget(), area, tab_with)
        return self._install(attr, name, view)

    def add_later(self, attr: str, name: str, factory, area=Qt.BottomDockWidgetArea, tab_with: str | None = None):
        """Add dock ``name`` now; its view (``factory()``) is built later, or when needed."""
        dock = self._dock(name, QWidget(), area, tab_with)
        self._pending[attr] = (name, factory)
        # (connected first: the view exists before any other reaction to the dock being shown)
        dock.visibilityChanged.connect(lambda visible: visible and self.build_all())

    def add_task(self, build) -> None:
        """Call ``build`` in the background too (a lazy part of a built view, e.g. its hidden tabs)."""
        self._tasks.append(build)

    def _dock(self, name, placeholder, area, tab_with):
        placeholder.setMinimumSize(*DOCK_MIN)   # as the view's scroll area will be: the layout does not move
        dock = add_dock(self.window, name, placeholder, area, scroll=False)
        if tab_with is not None:
            self.window.tabifyDockWidget(self.window.docks[tab_with], dock)
        return dock

    def _install(self, attr: str, name: str, view):
        window, dock = self.window, self.window.docks[name]
        placeholder = dock.widget()
        dock.setWidget(scrolled(view))
        placeholder.deleteLater()
        self.views[name] = view
        setattr(window, attr, view)
        if hasattr(view, "set_engine"):       # a view that asks the engine for computations
            view.set_engine(window.controller)
        # refreshed while on screen, and catches up when shown again
        dock.visibilityChanged.connect(
            lambda visible: visible and window.last_snapshot is not None and view.show_snapshot(window.last_snapshot))
        dock.visibilityChanged.connect(lambda visible: visible and presentation.active() and presentation.apply(window))
        return view

    # -- building ------------------------------------------------------------------------------
    @property
    def pending(self) -> list[str]:
        """The window attributes whose views are not built yet."""
        return list(self._pending)

    @property
    def idle(self) -> bool:
        """Is everything built (views and background tasks)?"""
        return not self._pending and not self._tasks

    def get(self, attr: str):
        """The view ``attr`` if it is built, else ``None`` (never builds it)."""
        return self.window.__dict__.get(attr)

    def start(self) -> None:
        """Build the waiting views in the background, one per turn of the event loop."""
        if (self._pending or self._tasks) and not self._closed and not self._timer.isActive():
            self._timer.start()

    def _build_next(self) -> None:
        if self._pending:
            self._build(next(iter(self._pending)))
            if not self._pending:
                self._finish()
        elif self._tasks:
            self._tasks.pop(0)()
        else:
            self._timer.stop()

    def build_all(self) -> None:
        """Build every waiting view now (something needs one), then the wiring that joins them."""
        if self._pending:
            while self._pending:
                self._build(next(iter(self._pending)))
            self._finish()

    def stop(self) -> None:
        """The window is closing: nothing more is built in the background (a view read later still is)."""
        self._timer.stop()
        self._tasks.clear()
        self._closed = True

    def _build(self, attr: str) -> None:
        name, factory = self._pending.pop(attr)
        view = self._install(attr, name, factory())
        window = self.window
        if presentation.active():
            presentation.apply(window)
        if window.last_snapshot is not None and on_screen(view):
            view.show_snapshot(window.last_snapshot)

    def _finish(self) -> None:
        hooks, self._hooks = self._hooks, {}
        for hook in hooks.values():
            hook()

    def when_built(self, key: str, hook) -> None:
        """Run ``hook`` once every view exists: now if they do, else after the last is built
        (a later hook with the same ``key`` replaces a waiting one: the latest data wins)."""
        if self._pending:
            self._hooks[key] = hook
        else:
            hook()
