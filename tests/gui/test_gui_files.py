"""Keep and share work from the window: model and run files, exports, recent files,
dropped files, remembered settings, run comparison."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from backprop_viz.core.modelfile import load_model
from backprop_viz.core.presets import get_preset
from backprop_viz.gui.sequence import load_last_config
from backprop_viz.engine import protocol as p


def snap(window):
    return window.last_snapshot


def steps(qtbot, window, n):
    target = snap(window).global_step + n
    for _ in range(n):
        qtbot.keyClick(window, Qt.Key_N)
    qtbot.waitUntil(lambda: snap(window).global_step == target, timeout=10000)


def test_save_model_then_open_it_in_a_new_run(qtbot, window, tmp_path):
    steps(qtbot, window, 5)
    path = window.files.save_model(tmp_path / "m.npz")
    network, config, extra = load_model(path)
    np.testing.assert_array_equal(network.get_params()[0]["W"], snap(window).network.get_params()[0]["W"])
    assert extra["steps"] == 5 and str(path) in window.files.recent()
    qtbot.keyClick(window, Qt.Key_R)
    qtbot.waitUntil(lambda: snap(window).global_step == 0 and snap(window).run_id == 2, timeout=5000)
    window.files.open_path(path)
    qtbot.waitUntil(lambda: snap(window).run_id == 3, timeout=10000)
    np.testing.assert_array_equal(snap(window).network.get_params()[0]["W"], network.get_params()[0]["W"])
    assert "Opened" in window.notice.label.text()


def test_save_run_and_resume_it_exactly(qtbot, window, tmp_path):
    steps(qtbot, window, 4)
    path = tmp_path / "run.npz"
    with qtbot.waitSignal(window.controller.file_saved, timeout=5000):
        window.files.save_run(path)
    steps(qtbot, window, 3)
    expected = window.curves.losses[4:, 1].copy()           # the three steps after the save
    window.files.open_path(path)                             # as a drop or File → Recent would
    qtbot.waitUntil(lambda: snap(window).global_step == 4 and len(window.curves.losses) == 4, timeout=10000)
    steps(qtbot, window, 3)
    np.testing.assert_array_equal(window.curves.losses[4:, 1], expected)


def test_exports_write_weights_history_and_a_png(qtbot, window, tmp_path):
    steps(qtbot, window, 3)
    written = window.files.export_weights(tmp_path / "w.csv")
    assert sorted(p.name for p in written) == ["w_W1.csv", "w_W2.csv", "w_W3.csv", "w_b1.csv", "w_b2.csv", "w_b3.csv"]
    np.testing.assert_allclose(np.loadtxt(tmp_path / "w_W2.csv", delimiter=","),
                               snap(window).network.get_params()[1]["W"], rtol=1e-6)
    history = window.files.export_history(tmp_path / "h.csv").read_text().splitlines()
    assert history[0] == "step,loss,eval_loss,eval_accuracy" and len(history) == 1 + 1 + 3
    assert history[1].startswith("0,,") and history[2].startswith("1,")
    png = window.files.save_window_png(tmp_path / "shot.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_bad_model_file_is_refused_with_a_message(qtbot, window, tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 this is not a zip")
    window.controller.send(p.LoadModel(str(bad)))
    qtbot.waitUntil(lambda: window.notice.isVisible() and "bad.npz" in window.notice.label.text(), timeout=5000)
    steps(qtbot, window, 1)  # still usable


def test_dropping_a_model_file_opens_it(qtbot, window, tmp_path):
    steps(qtbot, window, 2)
    path = window.files.save_model(tmp_path / "dropped.npz")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: snap(window).run_id == 2, timeout=10000)


def test_settings_survive_a_restart(qtbot, make_window):
    first = make_window(get_preset("fast").config)
    first.hyper.lr.clear()
    qtbot.keyClicks(first.hyper.lr, "0.005")
    first.close()
    config, preset, dataset = load_last_config(QSettings())
    assert config.lr == 0.005 and dataset == "mnist"
    second = make_window(config, preset)
    assert second.hyper.lr.text() == "0.005" and snap(second).lr == 0.005


def test_keep_a_run_and_overlay_it(qtbot, window):
    steps(qtbot, window, 3)
    window.keep_run("three steps")
    assert window.compare.ticked_names() == ["three steps"]
    stored = window.compare.runs[0]
    assert stored.preset == "fast" and len(stored.loss) == 3 and stored.eval_points[0][0] == 0.0
    assert len(window.compare._items) == 2


def test_course_sequence_trains_presets_one_after_another(qtbot, window, monkeypatch):
    from backprop_viz.core import presets
    from backprop_viz.gui import sequence

    small = presets.get_preset("fast").config.replace(hidden=(16,), epochs=1, batch_size=256)
    fake = {"mlp": presets.Preset("mlp", "", small, 90.3),
            "mlp-dropout": presets.Preset("mlp-dropout", "", small.replace(dropout=0.5), 86.5)}
    monkeypatch.setattr(sequence, "get_preset", lambda name: fake[name])
    monkeypatch.setattr(window.sequence, "presets", ("mlp", "mlp-dropout"))
    window.compare.course_button.click()
    from PySide6.QtWidgets import QMessageBox
    box = window.findChild(QMessageBox, "course_sequence_box")
    assert "mlp-dropout" in box.text()
    box.button(QMessageBox.Yes).click()
    qtbot.waitUntil(lambda: not window.sequence.active, timeout=60000)
    kept = {r.name: r for r in window.compare.runs}
    assert set(kept) == {"mlp", "mlp-dropout"}
    assert kept["mlp"].course_accuracy == 90.3 and kept["mlp-dropout"].config["dropout"] == 0.5
    assert all(r.eval_points[-1][0] == 1.0 for r in kept.values())   # each ran its full epoch
    assert window.compare.table.item(1, 2).text() == "86.5 %"
