"""Run comparison: kept runs are stored, listed, overlaid, and survive a new view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backprop_viz.core.presets import get_preset
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
