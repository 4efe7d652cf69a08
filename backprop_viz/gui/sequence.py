"""The course's six notebook presets, trained one after another; and the last settings.

:class:`CourseSequence` drives the window like a patient student. Asked from the
comparison's button, it first explains what it will do and asks (:meth:`~CourseSequence.ask`);
then it sets the speed to "as fast as possible", applies the first notebook preset
(sigmoid MLP), plays it for its 10 epochs, keeps the finished run in the comparison under
the preset's name (with the course's accuracy beside it), then goes on to the next
(dropout, ReLU, batch norm, He, Adam), reporting "preset k of 6" as it goes
(``progress_changed``). It watches snapshots from the window's refresh and ends when the
user presses Stop, pauses or resets; the speed chosen before comes back. ``save_last_config`` /
``load_last_config`` remember the applied hyperparameters, preset and dataset in
``QSettings`` for the next start.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

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
    progress_changed = Signal(int, int, str)   # (k, n, preset): running preset k of n; k == 0: not running

    def __init__(self, window, presets=NOTEBOOK_PRESETS):
        super().__init__(window)
        self.window = window
        self.presets = tuple(presets)
        self.queue: list[str] = []
        self.current: str | None = None
        self._run_id = None
        self._speed_before: int | None = None

    @property
    def active(self) -> bool:
        return self.current is not None

    def attach(self, view) -> None:
        """Connect the comparison ``view``: its button asks, its Stop stops, it shows the progress."""
        view.course_sequence_requested.connect(self.ask)
        view.course_sequence_stop_requested.connect(self.stop)
        self.progress_changed.connect(view.show_sequence_progress)

    def explanation(self) -> str:
        epochs = sorted({get_preset(name).config.epochs for name in self.presets})
        speed = self.window.actions_.speed
        text = self.tr("This trains the course's {0} notebook presets one after another — {1} — for {2} epochs "
                       "each, at full speed (the speed box is set to “{3}”). Each finished run is kept "
                       "in this comparison under the preset's name, with the course's accuracy beside it. Training "
                       "a preset replaces the current network.").format(
            len(self.presets), ", ".join(self.presets), "/".join(str(e) for e in epochs),
            speed.itemText(speed.count() - 1))
        snap = self.window.last_snapshot
        if snap is not None and snap.global_step > 0:
            text += " " + self.tr("The current run (step {0}) is not kept unless you keep it first.").format(
                snap.global_step)
        return text + "\n\n" + self.tr("A line under the button shows which preset is running (“preset k of "
                                        "{0}”); Stop ends the sequence at any time, and the runs finished "
                                        "so far stay kept. Start now?").format(len(self.presets))

    def ask(self) -> QMessageBox | None:
        """Explain what the sequence does and start it on Yes (non-modal; No does nothing)."""
        if self.active:
            return None
        box = QMessageBox(QMessageBox.Question,
                          self.tr("Run the {0} course presets?").format(len(self.presets)), self.explanation(),
                          QMessageBox.Yes | QMessageBox.No, self.window)
        box.setObjectName("course_sequence_box")
        box.setDefaultButton(QMessageBox.No)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: box.standardButton(button) == QMessageBox.Yes and self.start())
        box.open()
        return box

    def start(self) -> None:
        speed = self.window.actions_.speed
        self._speed_before = speed.currentIndex()
        speed.setCurrentIndex(speed.count() - 1)     # as fast as possible (the last entry)
        self.queue = list(self.presets)
        self._next()

    def stop(self) -> None:
        """Stop: pause the preset being trained and end the sequence (kept runs stay)."""
        if self.active:
            self.window.controller.send(p.Pause())
        self._finish()

    def _finish(self) -> None:
        was_active = self.active
        self.queue, self.current, self._run_id = [], None, None
        if self._speed_before is not None:
            self.window.actions_.speed.setCurrentIndex(self._speed_before)
            self._speed_before = None
        if was_active:
            self.progress_changed.emit(0, len(self.presets), "")

    def _next(self) -> None:
        if not self.queue:
            self._finish()
            return
        self.current = self.queue.pop(0)
        self._run_id = None
        self.progress_changed.emit(len(self.presets) - len(self.queue), len(self.presets), self.current)
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
            self._finish()     # the user reset or changed the network: the sequence ends
            return
        if snap.state != "paused" or snap.global_step == 0:
            return
        # paused after training (a fast run may end between two refreshes: no "playing" seen)
        if snap.epoch >= snap.config.epochs:
            self.window.keep_run(self.current)
            self._next()
        else:
            self._finish()     # paused by the user before the end
