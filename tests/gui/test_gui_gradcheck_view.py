"""The gradient-check view: asks a real engine for gradient_check of its current network
and shows exactly its figures, per array, with pass/fail and the threshold in words; a
broken derivative makes the right arrays fail; without an engine it waits."""

from __future__ import annotations

import numpy as np
import pytest
from engine_helpers import start_engine
from engine_helpers import steps as train_steps
from PySide6.QtCore import Qt

from backprop_viz.core import activations
from backprop_viz.core.gradcheck import gradient_check
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits
from backprop_viz.engine.requests import training_batch
from backprop_viz.gui.views.gradcheck_view import GradCheckView

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture
def engines(qtbot, mnist):
    """``make(config)``: a started thread engine training ``config`` on 2,000 MNIST images."""
    made = []

    def make(config):
        made.append(start_engine(qtbot, config, Splits(mnist.train.subset(slice(0, 2000)), mnist.test)))
        return made[-1]

    yield make
    for controller in made:
        assert controller.shutdown(3000)


@pytest.fixture
def make_snapshot(qtbot, engines, view):
    """``make_snapshot(config, steps)``: ``(snapshot, controller)`` of a real engine after ``steps``
    minibatches, the view connected to it (``run=controller``: more steps of the same engine)."""
    def make(config=SMALL, steps: int = 0, run=None):
        controller = run or engines(config)
        view.set_engine(controller)
        return train_steps(qtbot, controller, steps), controller

    return make


def make_view(qtbot):
    v = GradCheckView()
    qtbot.addWidget(v)
    v.resize(900, 650)
    v.show()
    return v


@pytest.fixture
def view(qtbot):
    return make_view(qtbot)


def run_check(qtbot, view):
    """Click "Check gradient" and wait for the background job's result."""
    with qtbot.waitSignal(view.checked, timeout=10000):
        qtbot.mouseClick(view.button, Qt.LeftButton)
        assert view.job is not None and not view.button.isEnabled()
    assert view.job is None and view.button.isEnabled()
    return view.result


def test_the_view_shows_the_engines_gradient_check(qtbot, view, make_snapshot):
    snapshot, engine = make_snapshot(SMALL.replace(dropout=0.3), steps=2)
    view.show_snapshot(snapshot)
    assert "784-32-16-10" in view.caption.text() and "dropout 0.3" in view.caption.text()
    view.entries.setValue(40)
    shown = run_check(qtbot, view)
    x, t = training_batch(engine.worker.engine.splits.train, snapshot.config, 4)
    ref = gradient_check(snapshot.network, x, t, max_entries=40, seed=snapshot.config.seed)
    assert [p.name for p in shown.params] == [p.name for p in ref.params] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    rows = view.agreement.row_texts()
    for p, q, row, shape in zip(shown.params, ref.params, rows, view.agreement.shapes):
        np.testing.assert_array_equal(p.indices, q.indices)
        assert p.rel_error == q.rel_error and p.max_abs_error == q.max_abs_error
        assert row == [f"{p.name}  ({'×'.join(map(str, shape))})", f"{p.n_checked:,} / {p.n_total:,}",
                       f"{p.rel_error:.2e}", f"{p.max_abs_error:.1e}", "pass ✔"]
    assert rows[0][1] == "40 / 25,088" and rows[-1][1] == "10 / 10"
    verdict = view.verdict.text()
    assert verdict.startswith("✔ All 6 parameter arrays pass") and f"{ref.max_rel_error:.1e}" in verdict
    assert "1e-6" in view.threshold.text() and "six significant digits" in view.threshold.text()
    points = np.concatenate([s.getData()[0] for s in view.agreement.scatters])
    assert len(points) == sum(p.n_checked for p in ref.params)


def test_a_wrong_derivative_fails_the_layers_it_feeds(qtbot, view, make_snapshot, monkeypatch):
    snapshot, _ = make_snapshot(SMALL, steps=1)
    view.show_snapshot(snapshot)
    view.entries.setValue(20)
    original = activations.ReLU.backprop
    monkeypatch.setattr(activations.ReLU, "backprop", lambda self, g, z, a: original(self, g, z, a) * 1.05)
    result = run_check(qtbot, view)
    verdicts = {row[0].split()[0]: row[4] for row in view.agreement.row_texts()}
    # a wrong ReLU derivative corrupts every gradient below the output layer's own
    assert verdicts == {"W1": "FAIL ✘", "b1": "FAIL ✘", "W2": "FAIL ✘", "b2": "FAIL ✘", "W3": "pass ✔",
                        "b3": "pass ✔"}
    assert not result.passed
    assert view.verdict.text().startswith("✘ W1, b1, W2, b2 FAIL")
    assert view.agreement.worst[0][4] > 1e-3


def test_batch_norm_network_needs_two_samples_and_passes(qtbot, view, make_snapshot):
    snapshot, _ = make_snapshot(SMALL.replace(batch_norm=True), steps=1)
    view.show_snapshot(snapshot)
    assert view.samples.minimum() == 2
    view.entries.setValue(15)
    result = run_check(qtbot, view)
    assert {"gamma1", "beta1", "gamma2", "beta2"} <= {p.name for p in result.params} and result.passed


def test_nothing_to_check_before_a_network_and_a_late_result_after_clear_is_ignored(qtbot, qapp, view,
                                                                                     make_snapshot):
    assert not view.button.isEnabled() and view.check() is None
    snapshot, _ = make_snapshot(SMALL, steps=1)
    view.show_snapshot(snapshot)
    assert [r[1] for r in view.agreement.row_texts()] == ["0 / 25,088", "0 / 32", "0 / 512", "0 / 16", "0 / 160",
                                                          "0 / 10"]
    job = view.check()
    answered = []
    job.done.connect(answered.append)
    view.clear()                                             # training reset while the check runs
    qtbot.waitUntil(lambda: bool(answered), timeout=10000)   # the engine's answer arrives, late
    assert view.result is None and view.agreement.result is None and not view.button.isEnabled()


def test_view_basics(view):
    assert view.objectName() == "gradcheck_view"
    assert "numerical derivative" in view.info_text and "diagonal" in view.info_text
    assert view.samples.value() == 4 and view.entries.value() == 100


def test_show_snapshot_is_cheap_and_the_verdict_names_the_step_checked(qtbot, view, make_snapshot):
    snapshot, run = make_snapshot(SMALL, steps=1)
    view.show_snapshot(snapshot)
    items = list(view.agreement.scatters)
    later, _ = make_snapshot(run=run, steps=1)
    view.show_snapshot(later)
    assert view.agreement.scatters == items and "after 2 steps" in view.caption.text()
    view.entries.setValue(10)
    run_check(qtbot, view)
    assert "network at step 2" in view.verdict.text()


def test_without_an_engine_it_waits_and_a_refusal_is_shown(qtbot, engines, make_snapshot):
    bare = make_view(qtbot)
    snapshot, controller = make_snapshot(SMALL, steps=1)
    bare.show_snapshot(snapshot)
    assert bare.check() is None and not bare.button.isEnabled()
    bare.set_engine(controller)
    assert bare.button.isEnabled()
    bare.samples.setMinimum(0)
    bare.samples.setValue(0)                                 # the engine refuses: a reason, not a crash
    with qtbot.waitSignal(bare.checked, timeout=10000) as blocker:
        bare.check()
    assert blocker.args == [None] and "could not run" in bare.verdict.text() and "sample" in bare.verdict.text()
    assert bare.button.isEnabled() and bare.job is None
