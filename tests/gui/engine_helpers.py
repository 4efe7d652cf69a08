"""A real engine for view tests: a TrainingController with the engine in a thread of the test
process (so monkeypatched core functions reach it), trained with real Step commands."""

from __future__ import annotations

from backprop_viz.engine import protocol as p
from backprop_viz.gui.controller import TrainingController


def start_engine(qtbot, config, splits, timeout: int = 30000) -> TrainingController:
    """A started thread engine training ``config`` on ``splits``, its first snapshot arrived.
    The caller shuts it down (``controller.shutdown()``)."""
    controller = TrainingController(config, loader=lambda c, d: splits, engine="thread")
    controller.start()
    qtbot.waitUntil(lambda: controller.latest is not None, timeout=timeout)
    return controller


def steps(qtbot, controller, n: int, timeout: int = 30000):
    """Train ``n`` full-trace minibatches; the snapshot after them."""
    target = controller.latest.global_step + n
    for _ in range(n):
        controller.send(p.Step())
    qtbot.waitUntil(lambda: controller.latest.global_step == target, timeout=timeout)
    return controller.latest


def to_epoch_end(qtbot, controller, timeout: int = 60000):
    """Train to the end of the current epoch; the paused snapshot there."""
    epoch = controller.latest.epoch + 1
    controller.send(p.RunEpochs(1))
    qtbot.waitUntil(lambda: controller.latest.epoch == epoch and controller.latest.state == "paused",
                    timeout=timeout)
    return controller.latest


def reset(qtbot, controller, timeout: int = 30000):
    """A reset: the first snapshot of the new run."""
    run_id = controller.latest.run_id
    controller.send(p.Reset())
    qtbot.waitUntil(lambda: controller.latest.run_id != run_id, timeout=timeout)
    return controller.latest
