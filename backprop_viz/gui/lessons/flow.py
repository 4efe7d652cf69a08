"""A lesson's hold on the real run: its network set up, and its one action detected.

:class:`LessonFlow` brings the engine to where a lesson starts — a reset to the lesson's
network (through the window, so the settings panel follows), its ``setup`` steps, then
single phases up to its ``setup.phase`` — and says ``ready``. Then it watches for the
lesson's action in the snapshots (a phase reached, ``count`` steps or epochs done, the
learning rate changed and a step taken, a sample followed, a reset) or in the views'
signals (the race started, a drawing probed), whether the learner used the toolbar or
the panel's button (:meth:`perform` sends the same commands), and says ``action_done``.
Positions count phases: step ``g`` completed is ``3g``, its next forward ``3g + 1``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from backprop_viz.core.trace import PHASES
from backprop_viz.engine import protocol as p

#: entries of a race started from a lesson's button: a quick look, not the full hour
RACE_ENTRIES = 300


def position(snap) -> int:
    """How far the run is, in phases: ``3 · completed steps`` plus the current step's phases."""
    inside = 0 if snap.phase in (None, "update") else PHASES.index(snap.phase) + 1
    return 3 * snap.global_step + inside


def phase_target(start: int, until: str) -> int:
    """The first position after ``start`` at which phase ``until`` has completed."""
    offset = PHASES.index(until) + 1
    target = 3 * (start // 3) + offset
    return target if target > start else target + 3


class LessonFlow(QObject):
    ready = Signal()
    action_done = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson = None
        self.state = "idle"          # idle | resetting | setup | ready | watching | done
        self.base = None
        self._old_run = None
        window.controller.snapshot_arrived.connect(self._on_snapshot)
        window.deferred.when_built("lesson_flow", self._connect_views)   # (built after the first frame)
        window.probe_view.probe_requested.connect(lambda i: self._signal("pick_sample", i))

    def _connect_views(self) -> None:
        window = self.window
        window.race_view.race_started.connect(lambda: self._signal("race"))
        window.drawing_pad.probe_requested.connect(lambda *_: self._signal("draw"))
        window.drawing_pad.train_requested.connect(lambda *_: self._signal("draw"))

    # -- setting up -----------------------------------------------------------------------------
    def start(self, lesson) -> None:
        """A fresh network of ``lesson`` brought to its starting point; ``ready`` when there."""
        self.lesson = lesson
        latest = self.window.controller.latest
        self._old_run = latest.run_id if latest is not None else None
        self.state = "resetting"
        if self.window.controller.state == "playing":
            self.window.controller.send(p.Pause())
        self.window.hyper.set_config(lesson.config, lesson.preset)   # the settings panel shows the lesson's network
        self.window.apply_config(lesson.config)

    def stop(self) -> None:
        self.state, self.lesson = "idle", None

    def _setup_target(self) -> int:
        setup = self.lesson.setup
        start = 3 * setup.steps
        return start if setup.phase is None else phase_target(start, setup.phase)

    def _on_snapshot(self, snap) -> None:
        if self.state == "resetting" and snap.run_id != self._old_run and snap.global_step == 0:
            self.state = "setup"
            target = self._setup_target()
            for _ in range(self.lesson.setup.steps):
                self.window.controller.send(p.Step())
            for _ in range(target - 3 * self.lesson.setup.steps):
                self.window.controller.send(p.Phase())
        if self.state == "setup" and position(snap) >= self._setup_target() and snap.state != "playing":
            self.state = "ready"
            self.ready.emit()
        elif self.state == "watching" and self._reached(snap):
            self._finish()

    # -- the action -------------------------------------------------------------------------------
    def watch(self) -> None:
        """From now on, the lesson's action counts (``action_done`` when it has happened)."""
        if self.state not in ("ready", "watching"):
            return
        self.base = self.window.controller.latest
        self.state = "watching"
        if self.lesson.action.name == "none":
            self._finish()

    def _finish(self) -> None:
        self.state = "done"
        self.action_done.emit()

    def _signal(self, name: str, value=None) -> None:
        action = self.lesson.action if self.lesson is not None else None
        if self.state == "watching" and action is not None and action.name == name and (
                name != "pick_sample" or value == action.arg("index")):
            self._finish()

    def _reached(self, snap) -> bool:
        action, base = self.lesson.action, self.base
        name = action.name
        if name == "phase":
            return position(snap) >= phase_target(position(base), action.arg("until", "forward"))
        if name == "step":
            return snap.global_step >= base.global_step + int(action.arg("count", 1))
        if name == "epoch":
            return snap.epoch >= base.epoch + int(action.arg("count", 1)) and snap.state == "paused"
        if name == "set_lr":
            return abs(snap.lr - float(action.arg("lr"))) < 1e-12 and snap.global_step > base.global_step
        if name == "reset":
            return snap.run_id != base.run_id
        return False

    def perform(self) -> None:
        """Take the action for the learner (the same commands as the toolbar's)."""
        if self.state != "watching":
            return
        action, w = self.lesson.action, self.window
        send, name = w.controller.send, action.name
        if name == "phase":
            latest = w.controller.latest
            for _ in range(phase_target(position(latest), action.arg("until", "forward")) - position(latest)):
                send(p.Phase())
        elif name == "step":
            for _ in range(int(action.arg("count", 1))):
                send(p.Step())
        elif name == "epoch":
            send(p.RunEpochs(int(action.arg("count", 1))))
        elif name == "pick_sample":
            send(p.ProbeIndex(int(action.arg("index", 0))))
            self._finish()
        elif name == "set_lr":
            send(p.SetLive({"lr": float(action.arg("lr"))}))
            send(p.Step())
        elif name == "reset":
            w.hyper.set_config(self.lesson.config, self.lesson.preset)
            w.apply_config(self.lesson.config)
        elif name == "race":
            w.docks["race_dock"].raise_()
            w.race_view.start(max_entries=RACE_ENTRIES)
        elif name == "draw":
            w.docks["drawing_dock"].raise_()
        elif name == "compare":
            w.docks["compare_dock"].raise_()
            self._finish()
