"""Run comparison: kept runs are stored, listed, overlaid, and survive a new view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from backprop_viz.core.presets import get_preset
from backprop_viz.engine import protocol as p
from backprop_viz.gui.run_store import RunStore, make_stored_run
from backprop_viz.gui.views.compare import CompareView


@pytest.fixture
def store(tmp_path):
    return RunStore(tmp_path / "runs")


def _stored(name, acc, course=None):
    config = get_preset("fast").config
    losses = np.column_stack([np.arange(1, 201), np.linspace(2.3, 0.1, 200)])
    return make_stored_run(name, config, 100, losses, [(0, 2.3, 0.1), (100, 0.2, acc - 0.01), (200, 0.1, acc)],
                           preset="fast", course_accuracy=course)


def test_store_round_trip_and_summary(store):
    run = _stored("fast-1", 0.97)
    store.add(run)
    (store.folder / "broken.json").write_text("{not json")
    [loaded] = store.runs()  # the broken file is skipped
    assert loaded == run
    assert loaded.loss_epochs[0] == pytest.approx(0.01) and loaded.loss_epochs[-1] == pytest.approx(2.0)
    assert [p[0] for p in loaded.eval_points] == [0.0, 1.0, 2.0]
    assert loaded.final_accuracy == 0.97
    # the EMA is bias-corrected: its first value is the first loss
    assert loaded.loss[0] == pytest.approx(2.3)
    store.remove("fast-1")
    assert store.runs() == []


def test_view_overlays_ticked_runs_and_lists_course_numbers(qtbot, store):
    store.add(_stored("mlp", 0.903, course=90.3))
    store.add(_stored("mlp-dropout", 0.865, course=86.5))
    view = CompareView(store)
    qtbot.addWidget(view)
    view.show()
    assert view.list.count() == 2 and view.ticked_names() == ["mlp", "mlp-dropout"]
    assert len(view._items) == 4  # loss and accuracy curve per run
    x, y = view._items[1][0].getData()
    assert list(x) == [0.0, 1.0, 2.0] and y[-1] == pytest.approx(90.3)
    view.list.item(1).setCheckState(Qt.Unchecked)
    assert len(view._items) == 2
    assert view.table.item(0, 1).text() == "90.30 %" and view.table.item(0, 2).text() == "90.3 %"
    again = CompareView(store)  # kept runs survive a restart
    qtbot.addWidget(again)
    assert [again.list.item(i).text() for i in range(again.list.count())] == ["mlp", "mlp-dropout"]


def sequence_box(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    window.docks["compare_dock"].show()
    window.docks["compare_dock"].raise_()
    qtbot.waitUntil(window.compare.course_button.isVisible)
    qtbot.mouseClick(window.compare.course_button, Qt.LeftButton)
    box = window.findChild(QMessageBox, "course_sequence_box")
    assert box is not None and box.isVisible()
    return box


def test_the_course_sequence_explains_asks_runs_at_full_speed_with_progress_and_stops(qtbot, window):
    from PySide6.QtWidgets import QMessageBox

    compare, sequence, speed = window.compare, window.sequence, window.actions_.speed
    speed.setCurrentIndex(1)                                        # the user watches at 5 steps/s
    run_id = window.last_snapshot.run_id
    box = sequence_box(qtbot, window)
    text = box.text()
    assert "mlp-dropout-relu-bn-he-adam" in text and "10 epochs" in text and "full speed" in text
    assert "Stop" in text and box.defaultButton() is box.button(QMessageBox.No)
    qtbot.mouseClick(box.button(QMessageBox.No), Qt.LeftButton)     # No does nothing
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not sequence.active and not compare.stop_button.isVisible() and speed.currentIndex() == 1
    window.controller.send(p.ProbeIndex(4))                         # the engine answers in order: nothing reset
    qtbot.waitUntil(lambda: window.last_snapshot.probe_index == 4, timeout=5000)
    assert window.last_snapshot.run_id == run_id

    box = sequence_box(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    assert sequence.active and sequence.current == "mlp"
    assert compare.sequence_label.isVisible() and compare.sequence_label.text() == "preset 1 of 6: mlp"
    assert compare.stop_button.isVisible() and not compare.course_button.isEnabled()
    assert speed.currentIndex() == speed.count() - 1 and window.actions_.speed_value() is None
    mlp = get_preset("mlp").config
    qtbot.waitUntil(lambda: window.last_snapshot.config == mlp and window.last_snapshot.state == "playing",
                    timeout=15000)
    qtbot.mouseClick(compare.stop_button, Qt.LeftButton)
    assert not sequence.active and not compare.sequence_label.isVisible() and compare.course_button.isEnabled()
    qtbot.waitUntil(lambda: window.last_snapshot.state == "paused", timeout=5000)
    assert speed.currentIndex() == 1 and compare.runs == []         # the speed comes back; nothing kept


def test_with_no_kept_run_the_view_says_what_fills_it_instead_of_empty_boxes(qtbot, store):
    view = CompareView(store)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    hint = view.empty_hint
    assert hint.isVisible() and "Keep this run" in hint.text() and "course presets" in hint.text()
    assert not view.list.isVisible() and not view.table.isVisible() and not view.delete_button.isEnabled()
    view.keep(_stored("fast-1", 0.97))                      # the first kept run: the list and table are back
    assert not hint.isVisible() and view.list.isVisible() and view.table.isVisible()
    assert view.list.count() == 1 and view.table.item(0, 0).text() == "fast-1"
    assert not view.delete_button.isEnabled()               # Delete acts on the highlighted run: none yet
    view.list.setCurrentRow(0)
    assert view.delete_button.isEnabled()
    view.delete_button.click()                              # and the last one deleted: the hint again
    assert hint.isVisible() and not view.list.isVisible() and not view.delete_button.isEnabled()


def test_the_hint_keeps_room_for_all_its_text_when_the_font_grows(qtbot, store):
    """Presentation mode scales the font: the hint's minimum height follows, so a low dock
    scrolls rather than cutting its last lines off."""
    view = CompareView(store)
    qtbot.addWidget(view)
    view.show()
    hint = view.empty_hint
    needed = lambda: QLabel.heightForWidth(hint, hint.minimumWidth())   # noqa: E731
    assert hint.minimumHeight() >= needed() > 0
    before = hint.minimumHeight()
    font = hint.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    hint.setFont(font)
    qtbot.waitUntil(lambda: hint.minimumHeight() >= needed() > before)
