"""The timeline bar drives the app: keys and the slider rewind the engine and every view shows
the step; Branch from here trains a branch that Compare overlays beside its parent."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p


def steps(qtbot, window, n: int) -> None:
    target = window.last_snapshot.global_step + n
    for _ in range(n):
        window.controller.send(p.Step())
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == target, timeout=20000)


def shown(qtbot, window, step: int) -> None:
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == step and window.last_snapshot.note is not None
                    and window.last_snapshot.note.code == "timeline.rewound", timeout=20000)


def test_keys_and_slider_rewind_and_every_view_shows_that_step(qtbot, make_window):
    window = make_window(get_preset("fast").config.replace(hidden=(32,)))
    bar = window.timeline
    steps(qtbot, window, 12)
    qtbot.waitUntil(lambda: bar.end == 12 and bar.slider.maximum() == 12)
    losses = window.curves.losses.copy()
    refreshed = window.refresh_count
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key_BracketLeft)            # [ : one step back
    shown(qtbot, window, 11)
    snap = window.last_snapshot
    assert snap.trace.step == 11 and snap.trace.layers[0].dW is not None   # recomputed in full
    assert bar.slider.value() == 11 and "step 11 of 12" in bar.position.text()
    assert window.refresh_count > refreshed and window.last_snapshot is snap   # the views were refreshed with it
    qtbot.waitUntil(lambda: window.layer_views._snapshot is snap)   # Layers draws the rewound step
    assert window.layer_views._snapshot.trace.step == 11
    qtbot.waitUntil(lambda: len(window.curves.losses) == 11)
    np.testing.assert_array_equal(window.curves.losses, losses[:11])      # the curves up to that step
    sent = []
    bar.rewind_sent.connect(sent.append)
    bar.slider.setSliderDown(True)                          # a drag: the handle moves through 9 … 4
    for value in (9, 8, 6, 5, 4):
        bar.slider.setSliderPosition(value)
    bar.slider.setSliderDown(False)                         # let go at step 4
    shown(qtbot, window, 4)
    assert sent[-1] == 4 and len(sent) < 5                  # not one Rewind per position
    qtbot.keyClick(window, Qt.Key_BracketRight)           # ] : one step on
    shown(qtbot, window, 5)
    bar.move_by("epoch")                                    # Shift+] : one epoch on, clamped to the end
    shown(qtbot, window, 12)
    np.testing.assert_array_equal(window.curves.losses, losses)   # the same run, bit for bit


def test_branch_from_here_trains_a_branch_and_compare_overlays_its_parent(qtbot, make_window):
    window = make_window(get_preset("fast").config.replace(hidden=(32,)))
    bar = window.timeline
    steps(qtbot, window, 10)
    bar.go_to(6)
    shown(qtbot, window, 6)
    dialog = bar.open_branch_dialog()
    assert dialog.lr.value() == window.last_snapshot.config.lr
    dialog.lr.setValue(0.01)
    dialog.accept()
    qtbot.waitUntil(lambda: window.last_snapshot.config.lr == 0.01 and window.last_snapshot.global_step > 8,
                    timeout=20000)
    window.controller.send(p.Pause())
    qtbot.waitUntil(lambda: window.last_snapshot.state == "paused", timeout=20000)
    qtbot.waitUntil(lambda: bar.info is not None and bar.info.parent == 0, timeout=20000)
    assert bar.info.branch_step == 6 and len(bar.info.lines) == 1
    assert "branch at 6" in bar.position.text()
    compare = window.compare
    compare.show_branches(bar.info)
    per = bar.info.steps_per_epoch
    assert [line.id for line in compare.branches] == [0]
    assert compare.branch_marker.value() == 6 / per                # the branch point, marked
    (parent,) = compare.branch_items
    x, _ = parent.getData()
    assert x[0] == 7 / per and x[-1] == 10 / per                     # the parent from the branch point on


def test_export_a_clip_of_a_view_with_progress_and_cancel(qtbot, make_window, tmp_path):
    from PIL import Image

    window = make_window(get_preset("fast").config.replace(hidden=(32,)))
    bar = window.timeline
    steps(qtbot, window, 8)
    qtbot.waitUntil(lambda: bar.end == 8)
    dialog = bar.open_clip_dialog()
    dialog.view.setCurrentIndex(dialog.view.findData("weights_dock"))
    dialog.first.setValue(2)
    dialog.last.setValue(8)
    dialog.every.setValue(2)
    assert dialog.steps() == [2, 4, 6, 8]
    path = tmp_path / "clip.gif"
    exporter = dialog.export(str(path))
    with qtbot.waitSignal(exporter.finished, timeout=30000) as done:
        pass
    assert done.args == [str(path)] and dialog.progress.wasCanceled() is False
    with Image.open(path) as gif:
        assert gif.n_frames == 4 and gif.size[0] > 100
    # cancelled after the first frame: nothing written
    dialog.first.setValue(1)
    dialog.every.setValue(1)
    other = tmp_path / "cancelled.gif"
    exporter = dialog.export(str(other))
    cancel = dialog.progress.findChild(QPushButton)        # the progress dialog's Cancel button
    exporter.progress.connect(lambda done, _: done == 1 and qtbot.mouseClick(cancel, Qt.LeftButton))
    with qtbot.waitSignal(exporter.finished, timeout=30000) as done:
        pass
    assert done.args == [""] and not other.exists() and len(exporter.frames) == 1
