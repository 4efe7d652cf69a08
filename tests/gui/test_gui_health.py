"""The health view lists the rules' notes for the current step — coloured, with the
explanation and the fix — or says all is healthy; before the first step it says what it checks."""

import dataclasses
import math

import pytest

from backprop_viz.core.presets import get_preset
from backprop_viz.core.trace import LayerTrace, StepTrace
from backprop_viz.gui.views.health import HealthView

SMALL = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture
def view(qtbot):
    v = HealthView()
    qtbot.addWidget(v)
    v.resize(700, 500)
    return v


def html(view):
    return view.text.toHtml()


def test_before_the_first_step_it_explains_the_checks(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=0)
    view.show_snapshot(snap)
    assert view.notes == [] and "no training step yet" in view.status.text()
    page = view.text.toPlainText()
    assert "press Step" in page and "update ratio" in page and "dead" in page and "NaN" in page


def test_a_healthy_step_says_so_with_the_numbers(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=3)
    view.show_snapshot(snap)
    assert view.notes == []
    assert "All healthy" in view.text.toPlainText() and "all healthy" in view.status.text()
    for layer in snap.trace.layers:   # the table of what was judged
        assert f"{layer.stats['grad_norm']:.2g}" in view.text.toPlainText()


def test_dead_relus_show_a_warning_with_a_fix(view, make_snapshot):
    _, run = make_snapshot(SMALL, steps=0)
    params = run.network.get_params()
    params[0]["b"][:] = -50.0
    run.network.set_params(params)
    snap, _ = make_snapshot(run=run, steps=1)
    view.show_snapshot(snap)
    dead = [n for n in view.notes if n.kind == "dead_relu"]
    assert dead and dead[0].layer == 1
    page = view.text.toPlainText()
    assert "layer 1: 100% of the ReLUs are dead" in page and "Try: Lower the learning rate" in page
    assert "#fff4ce" in html(view) and "warning" in view.status.text()


def test_nan_loss_is_a_red_error(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=1)
    layers = tuple(dataclasses.replace(layer, stats={**layer.stats, "grad_norm": math.inf})
                   for layer in snap.trace.layers)
    bad = dataclasses.replace(snap, trace=dataclasses.replace(snap.trace, loss=math.nan, layers=layers))
    view.show_snapshot(bad)
    assert [(n.kind, n.layer) for n in view.notes] == [("nonfinite", None), ("nonfinite", 1), ("nonfinite", 2),
                                                       ("nonfinite", 3)]
    assert "#fde2e2" in html(view) and "4 errors" in view.status.text()
    assert "layer 2: NaN/Inf in grad_norm" in view.text.toPlainText()
    assert "The loss is nan" in view.text.toPlainText()


def test_notes_follow_the_trace_and_clear_resets(view, make_snapshot):
    snap, _ = make_snapshot(SMALL, steps=1)
    stats = ({"grad_norm": 1.0, "update_ratio": 0.5}, {"grad_norm": 1.0, "update_ratio": 1e-3})
    layers = tuple(LayerTrace(index=i + 1, activation=a, n_in=4, n_out=4, stats=s)
                   for i, (a, s) in enumerate(zip(("relu", "softmax"), stats)))
    trace = StepTrace(step=40, epoch=0, phase="update", loss=0.3, lr=0.1, capture="stats", layers=layers)
    view.show_snapshot(dataclasses.replace(snap, trace=trace))
    assert [n.kind for n in view.notes] == ["update_ratio_high"]
    assert "Updates too large" in view.text.toPlainText()
    view.show_snapshot(snap)
    assert view.notes == []
    view.clear()
    assert view.notes == [] and "waiting" in view.status.text()
    assert view.objectName() == "health_view" and "update ratio" in view.info_text
