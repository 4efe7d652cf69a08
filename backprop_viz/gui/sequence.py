"""The course's six notebook presets, trained one after another; and the last settings.

:class:`CourseSequence` drives the window like a patient student: it applies the first
notebook preset (sigmoid MLP), plays it for its 10 epochs, keeps the finished run in the
comparison under the preset's name (with the course's accuracy beside it), then goes
on to the next (dropout, ReLU, batch norm, He, Adam). It watches snapshots from the
window's refresh and stops when the user pauses or resets. ``save_last_config`` /
``load_last_config`` remember the applied hyperparameters, preset and dataset in
``QSettings`` for the next start.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject

from backprop_viz.core.config import Config
from backprop_viz.core.errors import ConfigError
from backprop_viz.core.presets import NOTEBOOK_PRESETS, get_preset
from backprop_viz.engine import protocol as p

LAST_KEY = "config/last"


def save_last_config(settings, config: Config, preset: str | None, dataset: str | None) -> None:
    settings.setValue(LAST_KEY, json.dumps({"config": config.to_dict(), "preset": preset, "dataset": dataset}))


def load_last_config(settings) -> tuple[Config | None, str | None, str | None]:
    """``(config, preset, dataset)`` saved at the last close, or ``(None, None, None)``."""
    try:
        saved = json.loads(settings.value(LAST_KEY) or "null")
        return Config.from_dict(saved["config"]), saved.get("preset"), saved.get("dataset")
    except (TypeError, ValueError, KeyError, ConfigError):
        return None, None, None


class CourseSequence(QObject):
    def __init__(self, window, presets=NOTEBOOK_PRESETS):
        super().__init__(window)
        self.window = window
        self.presets = tuple(presets)
        self.queue: list[str] = []
        self.current: str | None = None
        self._run_id = None

    @property
    def active(self) -> bool:
        return self.current is not None

    def start(self) -> None:
        self.queue = list(self.presets)
        self._next()

    def stop(self) -> None:
        self.queue, self.current, self._run_id = [], None, None

    def _next(self) -> None:
        if not self.queue:
            self.stop()
            return
        self.current = self.queue.pop(0)
        self._run_id = None
        config = get_preset(self.current).config
        self.window.hyper.set_config(config, self.current)
        self.window.apply_config(config)

    def check(self, snap) -> None:
        """Called with every refreshed snapshot: start, follow and finish each preset's run."""
        if not self.active:
            return
        if self._run_id is None:
            if snap.config == get_preset(self.current).config and snap.global_step == 0:
                self._run_id = snap.run_id
                self.window.controller.send(p.Play())
            return
        if snap.run_id != self._run_id:
            self.stop()        # the user reset or changed the network: the sequence ends
            return
        if snap.state != "paused" or snap.global_step == 0:
            return
        # paused after training (a fast run may end between two refreshes: no "playing" seen)
        if snap.epoch >= snap.config.epochs:
            self.window.keep_run(self.current)
            self._next()
        else:
            self.stop()        # paused by the user before the end
