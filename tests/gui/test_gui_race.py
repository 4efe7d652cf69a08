"""The race view, driven through its widgets with a real engine (a thread engine in the test
process, so the race's timings can be recorded): the numbers it shows are the extrapolations
of the measured wall time (the median entry a detail), a race stops at any moment without
leaving the engine busy, and the agreement part reports exactly the gradient check's
figures for the entries computed."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backprop_viz.core.gradcheck import COURSE_NUMERICAL_EPOCH_S, format_duration, gradient_check
from backprop_viz.core.gradrace import BACKPROP_EVERY, GradientRace, entry_errors
from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.core.threads import blas_threads
from backprop_viz.engine import protocol
from backprop_viz.engine import race_job
from backprop_viz.gui.controller import TrainingController
from backprop_viz.gui.race_worker import COURSE_PARAMS, RaceProgress, RaceRunner, course_config, sample_batch
from backprop_viz.gui.views.race import NETWORKS, RaceView

CURRENT = len(NETWORKS)   # index of "current network" in the picker


@pytest.fixture
def make_engine(qtbot, mnist):
    """``make_engine(config=None)``: a started thread engine on bundled MNIST, its first network shown."""
    controllers = []

    def make(config=None):
        config = config or get_preset("fast").config.replace(hidden=(16,))
        controller = TrainingController(config, loader=lambda c, d: mnist, engine="thread")
        controllers.append(controller)
        controller.start()
        qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.network is not None,
                        timeout=15000)
        return controller

    yield make
    for controller in controllers:
        assert controller.shutdown(5000)


@pytest.fixture
def view(qtbot, make_engine):
    v = RaceView()
    qtbot.addWidget(v)
    v.resize(900, 650)
    v.show()
    v.set_engine(make_engine())
    yield v
    assert v.shutdown(2000)
    assert not v.runner.is_running()


def pick(view, index: int, batch: int = 1) -> None:
    view.network_box.setCurrentIndex(index)
    view.batch.setValue(batch)


def race(qtbot, view, max_entries: int, timeout: int = 10000) -> RaceProgress:
    with qtbot.waitSignal(view.runner.finished, timeout=timeout):
        view.start(max_entries=max_entries)
    return view.last_progress


def text(view, key: str) -> str:
    return view.counters[key].text()


@pytest.fixture
def entry_times(monkeypatch):
    """The seconds of every numerical entry the race computes, per architecture."""
    times: dict[str, list[float]] = {}
    lock = threading.Lock()
    original = GradientRace.entries

    def recording(self, *args, **kwargs):
        for entry in original(self, *args, **kwargs):
            with lock:
                times.setdefault(self.architecture, []).append(entry.seconds)
            yield entry

    monkeypatch.setattr(GradientRace, "entries", recording)
    return times


@pytest.fixture
def backprop_times(monkeypatch):
    """The seconds of every timed backprop pass of the race, per architecture."""
    times: dict[str, list[float]] = {}
    original = GradientRace.time_backprop

    def recording(self, *args, **kwargs):
        seconds = original(self, *args, **kwargs)
        times.setdefault(self.architecture, []).append(seconds)
        return seconds

    monkeypatch.setattr(GradientRace, "time_backprop", recording)
    return times


def test_counters_are_the_extrapolation_of_the_measured_entry_time(qtbot, view, entry_times, backprop_times):
    pick(view, 0, batch=4)                                   # 784-8-10, 4 samples per gradient
    p = race(qtbot, view, max_entries=300)
    assert p.state == "finished" and p.done == 300 and p.architecture == "784-8-10" and p.batch_size == 4
    measured = entry_times["784-8-10"]
    assert len(measured) == 300
    per_entry = float(np.median(measured))                   # the median entry: a detail
    assert p.entry_s == per_entry and p.numerical_s == pytest.approx(sum(measured))
    assert p.wall_s >= p.numerical_s                          # end to end: every entry's own time and more
    n = 784 * 8 + 8 + 8 * 10 + 10
    assert p.total == n == 6370
    wall_entry = p.wall_s / 300                               # the extrapolations' basis (issue #19)
    gradient, epoch = wall_entry * n, wall_entry * n * 60_000 / 4
    assert p.result.numerical_gradient_s == pytest.approx(gradient, rel=1e-12)
    assert p.result.numerical_epoch_s == pytest.approx(epoch, rel=1e-12)
    assert text(view, "done") == "300 of 6,370 parameters"
    assert text(view, "per_entry") == f"{format_duration(per_entry)} (median of 300)"
    assert text(view, "gradient") == (f"<b>{format_duration(p.result.numerical_gradient_s)}</b> = 6,370 × "
                                      f"{format_duration(p.result.numerical_entry_s)} (wall time per entry)")
    assert text(view, "epoch") == f"<b>{format_duration(p.result.numerical_epoch_s)}</b> = 15,000 gradients"
    assert text(view, "range") == "— (timed per tenth of the gradient)"    # 300 entries: not a tenth of 6,370
    bp = p.backprop_gradient_s
    # the median of the passes timed all along: 5 before the race, one every BACKPROP_EVERY entries
    timed = backprop_times["784-8-10"]
    assert len(timed) == 5 + 300 // BACKPROP_EVERY
    assert bp == float(np.median(timed)) and bp > 0
    assert text(view, "bp_gradient").startswith(f"<b>{format_duration(bp)}</b> for all 6,370")
    assert text(view, "bp_epoch") == f"<b>{format_duration(bp * 15_000)}</b> = 15,000 gradients"
    assert text(view, "ratio") == f"<b>backprop is {gradient / bp:,.0f}× faster</b> per gradient"
    # not the course's setting: 784-30-10 at batch 1 is measured for a moment, wall time per entry × 23,860 × 60,000
    course = float(np.median(entry_times["784-30-10"]))
    assert p.course_entry_s == course and COURSE_PARAMS == 23_860
    assert p.course_result.entries_timed == len(entry_times["784-30-10"]) >= 50
    course_epoch = p.course_result.numerical_entry_s * 23_860 * 60_000
    assert p.course_epoch_s == pytest.approx(course_epoch, rel=1e-12)
    assert f"<b>{format_duration(p.course_epoch_s)}</b> on this machine" in text(view, "course")
    assert "the course measured <b>20 h 22 min</b>" in text(view, "course")
    assert view.progress_bar.value() == 300 and view.progress_bar.maximum() == 6370
    assert view.start_button.isEnabled() and not view.stop_button.isEnabled()


def test_the_course_network_at_batch_1_is_its_own_course_figure(qtbot, view, entry_times):
    pick(view, 1)                                            # 784-30-10, batch 1: the course's setting
    p = race(qtbot, view, max_entries=200)
    assert set(entry_times) == {"784-30-10"}                 # no separate measurement
    assert p.course_entry_s == p.entry_s == float(np.median(entry_times["784-30-10"]))
    assert p.result.numerical_epoch_s == pytest.approx(p.course_epoch_s, rel=1e-12)
    assert f"<b>{format_duration(p.result.numerical_epoch_s)}</b>" in text(view, "course")
    assert format_duration(COURSE_NUMERICAL_EPOCH_S["784-30-10"]) == "20 h 22 min"


def test_784_8_10_shows_the_course_measurement_beside_its_epoch_and_its_range(qtbot, view):
    pick(view, 0)
    p = race(qtbot, view, max_entries=1300)                  # two tenths of 6,370 entries, each timed end to end
    assert text(view, "epoch").endswith("· course: 7 h 53 min")
    assert p.result.numerical_epoch_s == pytest.approx(p.wall_s / 1300 * 6370 * 60_000, rel=1e-12)
    assert len(p.block_s) == 2
    low, high = p.result.numerical_epoch_spread_s
    assert low == pytest.approx(min(p.block_s) * 6370 * 60_000, rel=1e-12)
    assert high == pytest.approx(max(p.block_s) * 6370 * 60_000, rel=1e-12)
    assert text(view, "range") == f"{format_duration(low)} – {format_duration(high)} (fastest and slowest tenth)"


@pytest.mark.parametrize("when", ["at once", "after the first report", "mid-race"])
def test_stop_ends_the_race_in_the_engine(qtbot, view, when):
    pick(view, 2)                                            # 784-100-10: 79,510 entries, seconds to finish
    view.start()
    if when != "at once":
        qtbot.waitUntil(lambda: view.last_progress is not None and view.last_progress.done >=
                        (0 if when == "after the first report" else 500), timeout=10000)
    assert view.runner.is_running()
    qtbot.mouseClick(view.stop_button, Qt.LeftButton)
    # the engine checks the cancel before every entry (tests/engine/test_engine_race_job.py counts
    # the entries after it: at most one); here the race's end arrives from the engine
    qtbot.waitUntil(lambda: not view.runner.is_running(), timeout=5000)
    qtbot.waitUntil(lambda: view.start_button.isEnabled())
    assert not view.stop_button.isEnabled()
    p = view.last_progress
    if p is not None:
        assert p.state == "stopped" and p.done < p.total
        assert "Stopped after" in view.status.text()


def test_a_new_race_replaces_a_running_one_and_old_reports_are_dropped(qtbot, view):
    pick(view, 2)
    view.start()
    qtbot.waitUntil(lambda: view.last_progress is not None and view.last_progress.done > 0, timeout=10000)
    first = view.runner.race
    pick(view, 0)
    p = race(qtbot, view, max_entries=120)
    qtbot.waitUntil(lambda: first.ended, timeout=5000)       # cancelled in the engine
    assert p.architecture == "784-8-10" and p.done == 120
    assert sum(q.n_checked for q in view.agreement.result.params) == 120   # nothing of the old race


def test_agreement_reports_the_engines_gradient_check_of_the_same_entries(qtbot, view):
    pick(view, 1)
    p = race(qtbot, view, max_entries=400)
    shown = view.agreement.result
    assert sum(q.n_checked for q in shown.params) == 400
    assert [q.name for q in shown.params] == ["W1", "b1", "W2", "b2"]          # every array from the start
    config = course_config((30,))
    x, t = sample_batch(config, 1)
    indices = {q.name: q.indices for q in shown.params}
    with blas_threads(1):   # as the worker: bit-identical forward passes
        ref = gradient_check(Network.from_config(config), x, t, indices=indices)
    rows = view.agreement.row_texts()
    for q, r, row in zip(shown.params, ref.params, rows):
        np.testing.assert_array_equal(q.indices, r.indices)
        np.testing.assert_array_equal(q.analytic, r.analytic)
        np.testing.assert_array_equal(q.numerical, r.numerical)
        assert q.rel_error == r.rel_error
        assert q.floor == r.floor
        assert row[0].startswith(q.name) and row[2] == f"{q.rel_error:.2e}" and row[4] == "pass ✔"
        assert row[1] == f"{q.n_checked:,} / {q.n_total:,}"
    assert shown.loss == ref.loss == p.loss
    # the worst list: each entry's own relative error, largest first
    errors = [w[4] for w in view.agreement.worst]
    assert errors == sorted(errors, reverse=True) and len(errors) > 0
    num = np.concatenate([q.numerical for q in shown.params])
    ana = np.concatenate([q.analytic for q in shown.params])
    assert errors[0] == pytest.approx(entry_errors(num, ana, p.loss, p.eps).max(), rel=1e-12)
    # the scatter: numerical (y) against backprop (x), on the y = x diagonal
    xs = np.concatenate([item.getData()[0] for item in view.agreement.scatters])
    ys = np.concatenate([item.getData()[1] for item in view.agreement.scatters])
    assert len(xs) == 400
    np.testing.assert_allclose(ys, xs, rtol=1e-5, atol=1e-9)
    dx, dy = view.agreement.diagonal.getData()
    assert list(dx) == list(dy)


def test_current_network_is_raced_as_it_is(qtbot, view, make_engine):
    config = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16, batch_norm=True)
    engine = make_engine(config)                             # the engine trains (and shows) this network
    engine.send(protocol.Step())
    engine.send(protocol.Step())
    qtbot.waitUntil(lambda: engine.latest.global_step == 2, timeout=10000)
    snapshot = engine.latest
    view.set_engine(engine)
    assert not view.network_box.model().item(CURRENT).isEnabled()
    view.show_snapshot(snapshot)
    assert view.network_box.model().item(CURRENT).isEnabled()
    assert "784-32-16-10" in view.network_box.itemText(CURRENT)
    view.network_box.setCurrentIndex(CURRENT)
    assert view.batch.minimum() == 2                         # batch norm needs a batch
    before = snapshot.network.get_params()
    p = race(qtbot, view, max_entries=150)
    assert p.architecture == "784-32-16-10" and p.total == snapshot.network.n_params and p.batch_size == 2
    assert {"gamma1", "beta1"} <= set(p.names)
    assert view.agreement.result.passed
    for a, b in zip(before, snapshot.network.get_params()):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])
    view.clear()                                             # training was reset: the old network is gone
    assert not view.network_box.model().item(CURRENT).isEnabled() and view.network_box.currentIndex() == 1
    assert view.last_progress is None and text(view, "gradient") == "—"


def test_a_failing_race_reports_and_frees_the_runner(qtbot, view, monkeypatch):
    def unreadable(*args, **kwargs):
        raise ValueError("the samples have 3 inputs but the network expects 784")

    monkeypatch.setattr(race_job, "training_batch", unreadable)   # the engine's race fails
    with qtbot.waitSignal(view.runner.finished, timeout=5000):
        view.start()
    assert view.status.text().startswith("The race failed: ")
    assert "the samples have 3 inputs" in view.status.text()
    assert not view.runner.is_running() and view.start_button.isEnabled()


def test_progress_reports_are_rate_limited(qtbot, make_engine):
    runner = RaceRunner()
    runner.set_engine(make_engine())
    reports = []
    runner.progress.connect(reports.append)
    begin = time.perf_counter()
    runner.start(hidden=(100,), batch_size=1, max_entries=4000, calibrate_course=False)
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=10000)
    qtbot.waitUntil(lambda: reports and reports[-1].state == "finished", timeout=2000)
    elapsed = time.perf_counter() - begin
    assert len(reports) <= 2 + elapsed * 20                  # first + ≤ 20 per second + last
    assert sum(len(r.new_arrays) for r in reports) == 4000   # yet no entry is lost
    assert [r.done for r in reports] == sorted(r.done for r in reports)


def test_known_numbers():
    p = RaceProgress("finished", "784-30-10", ("W1",), ((784, 30),), (1,), 0.5, 1e-5, 1, 23_860, 23_860, 1.3, 1.2,
                     5e-5, 2e-4, 5e-5, wall_s=1.193)         # 5e-5 s per entry end to end
    assert p.result.numerical_gradient_s == pytest.approx(1.193)
    assert p.result.numerical_epoch_s == pytest.approx(1.193 * 60_000)
    assert p.result.speedup == pytest.approx(5965.0)
    assert p.course_epoch_s == pytest.approx(5e-5 * 23_860 * 60_000)


def test_view_basics(view):
    assert view.objectName() == "race_view" and view.agreement.objectName() == "agreement_panel"
    assert "two forward passes" in view.info_text and "20 h 22 min" in view.info_text
    plot = view.agreement.plot.getPlotItem()
    assert plot.getAxis("bottom").labelText == "backprop ∂E/∂w"
    assert plot.getAxis("left").labelText.startswith("numerical ∂E/∂w")
    assert [view.network_box.itemText(i).split(" ")[0] for i in range(3)] == ["784-8-10", "784-30-10", "784-100-10"]
    assert view.network_box.currentIndex() == 1 and view.batch.value() == 1
    assert "20 h 22 min" in text(view, "course")
    assert view.agreement.row_texts()[0][:2] == ["W1  (784×30)", "0 / 23,520"]


def test_without_an_engine_the_view_waits(qtbot):
    v = RaceView()
    qtbot.addWidget(v)
    assert not v.start_button.isEnabled() and v.status.text() == "Waiting for the engine…"
    v.start(max_entries=10)                                  # nothing to run it on: no crash, no race
    assert not v.runner.is_running() and v.last_progress is None
    assert v.shutdown(100)


def test_show_snapshot_is_cheap_when_the_network_keeps_its_shape(view, make_snapshot):
    snapshot, run = make_snapshot(get_preset("fast").config.replace(hidden=(16,), batch_size=8), steps=1)
    view.show_snapshot(snapshot)
    view.network_box.setCurrentIndex(CURRENT)
    rows, items = view.agreement.row_texts(), list(view.agreement.scatters)
    assert rows[0][:2] == ["W1  (784×16)", "0 / 12,544"]
    later, _ = make_snapshot(run=run, steps=1)                # the next training step: same shapes
    view.show_snapshot(later)
    assert view.snapshot is later and view.agreement.scatters == items   # nothing rebuilt
