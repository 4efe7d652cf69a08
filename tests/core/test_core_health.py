"""Health notes fire on constructed bad cases (real engine, small blob problems) and stay
quiet on a healthy run; NaN/Inf is caught from hand-built statistics."""

import math

import numpy as np
import pytest

from backprop_viz.core import Config, Network, Trainer, make_optimizer
from backprop_viz.core.health import WARMUP_STEPS, Note, health_notes
from backprop_viz.core.trace import LayerTrace, StepTrace


def train(blobs, steps=WARMUP_STEPS + 2, capture="stats", tweak=None, **options):
    """``steps`` minibatch steps on the blobs; ``tweak(params)`` edits the initial parameters."""
    options = {"n_inputs": 20, "hidden": (32, 16), "batch_size": 32, "optimizer": "sgd", "lr": 0.05, **options}
    config = Config(**options)
    net = Network.from_config(config)
    if tweak is not None:
        params = net.get_params()
        tweak(params)
        net.set_params(params)
    trainer = Trainer(net, make_optimizer(config, net.param_triples()), capture=capture)
    n = config.batch_size
    for s in range(steps):
        i = (s * n) % (len(blobs.x_train) - n)
        trainer.step(blobs.x_train[i:i + n], blobs.t_train[i:i + n], blobs.y_train[i:i + n])
    return trainer.trace, config


def kinds(notes):
    return {(n.kind, n.layer) for n in notes}


def test_healthy_run_has_no_notes(blobs):
    trace, config = train(blobs, steps=30, optimizer="adam", lr=0.001)
    assert health_notes(trace, config) == []
    assert health_notes(None, config) == []


def test_dead_relus_from_very_negative_biases(blobs):
    def negative_biases(params):
        params[0]["b"][:] = -100.0

    trace, config = train(blobs, tweak=negative_biases, capture="full")
    assert trace.layers[0].stats["dead_frac"] == 1.0
    notes = health_notes(trace, config)
    dead = [n for n in notes if n.kind == "dead_relu"]
    # layer 2 sees only zeros (z = b = 0 ≤ 0), so it is dead too
    assert [n.layer for n in dead] == [1, 2]
    assert dead[0].level == "warning" and "100%" in dead[0].title and dead[0].fix
    assert trace.layers[0].stats["grad_norm"] == 0.0


def test_dead_relus_are_not_judged_on_single_samples(blobs):
    # with batch 1 about half of the ReLUs are silent for any one sample: not "dead"
    trace, config = train(blobs, batch_size=1, steps=WARMUP_STEPS + 2)
    assert trace.layers[0].stats["dead_frac"] > 0.2
    assert not [n for n in health_notes(trace, config) if n.kind == "dead_relu"]


def test_sigmoids_saturate_with_huge_weights(blobs):
    def huge(params):
        for p in params[:-1]:
            p["W"] *= 30.0

    trace, config = train(blobs, tweak=huge, activation="sigmoid")
    assert trace.layers[0].stats["saturated_frac"] > 0.5
    notes = [n for n in health_notes(trace, config) if n.kind == "saturated"]
    assert 1 in {n.layer for n in notes} and "sigmoid" in notes[0].title


def test_confident_softmax_outputs_are_not_called_saturated(blobs):
    trace, config = train(blobs, steps=60, optimizer="adam", lr=0.01)
    assert trace.layers[-1].stats["saturated_frac"] > 0.5   # a confident classifier
    assert not [n for n in health_notes(trace, config) if n.kind == "saturated"]


def test_too_large_and_too_small_learning_rates(blobs):
    trace, config = train(blobs, lr=2.0, hidden=(32,))
    assert max(layer.stats["update_ratio"] for layer in trace.layers) > 1e-2
    assert "update_ratio_high" in {n.kind for n in health_notes(trace, config)}
    trace, config = train(blobs, lr=1e-6, hidden=(32,))
    low = [n for n in health_notes(trace, config) if n.kind == "update_ratio_low"]
    assert {n.layer for n in low} == {1, 2}
    assert "Raise the learning rate" in low[0].fix


def test_update_ratio_is_not_judged_during_warm_up(blobs):
    trace, config = train(blobs, lr=2.0, hidden=(32,), steps=1)
    assert trace.layers[0].stats["update_ratio"] > 1e-2
    assert not [n for n in health_notes(trace, config) if n.kind.startswith("update_ratio")]


def test_vanishing_gradients_in_a_deep_sigmoid_net(blobs):
    trace, config = train(blobs, hidden=(16,) * 8, activation="sigmoid", init="xavier_normal", steps=1)
    g = [layer.stats["grad_norm"] for layer in trace.layers]
    assert g[0] < 1e-3 * g[-1]
    assert ("vanishing", 1) in kinds(health_notes(trace, config))


def test_exploding_gradients_with_huge_initial_weights(blobs):
    def huge(params):
        for p in params:
            p["W"] *= 8.0

    trace, config = train(blobs, hidden=(32,) * 4, activation="identity", output="identity",
                          loss="squared_error", lr=1e-12, steps=1, tweak=huge)
    assert max(layer.stats["grad_norm"] for layer in trace.layers) > 1e3
    notes = health_notes(trace, config)
    exploding = [n for n in notes if n.kind == "exploding"]
    assert exploding and exploding[0].level == "error"
    assert notes[0].level == "error"   # errors first


def hand_trace(loss=0.5, stats=None):
    stats = stats or [{"grad_norm": 1.0, "update_ratio": 1e-3}, {"grad_norm": 1.0, "update_ratio": 1e-3}]
    layers = tuple(LayerTrace(index=i + 1, activation="relu" if i == 0 else "softmax", n_in=4, n_out=4, stats=s)
                   for i, s in enumerate(stats))
    return StepTrace(step=50, epoch=0, phase="update", loss=loss, lr=0.1, capture="stats", layers=layers)


def test_nan_and_inf_are_errors():
    config = Config(hidden=(4,), n_inputs=4, n_outputs=4)
    assert health_notes(hand_trace(), config) == []
    notes = health_notes(hand_trace(loss=math.nan), config)
    assert [(n.level, n.kind, n.layer) for n in notes] == [("error", "nonfinite", None)]
    assert "nan" in notes[0].title.lower() and "learning rate" in notes[0].fix
    notes = health_notes(hand_trace(stats=[{"grad_norm": math.inf, "update_ratio": 1e-3},
                                           {"grad_norm": 1.0, "update_ratio": np.float32("nan")}]), config)
    assert [(n.kind, n.layer) for n in notes] == [("nonfinite", 1), ("nonfinite", 2)]
    assert "grad_norm" in notes[0].title and "update_ratio" in notes[1].title


def test_note_reads_as_a_sentence():
    note = Note("warning", 2, "t", "Explanation.", "Fix.", "x")
    assert note.where == "layer 2" and Note("error", None, "t", "e", "f").where == "network"


@pytest.mark.parametrize("ratio,kind", [(5e-2, "update_ratio_high"), (5e-5, "update_ratio_low"), (1e-3, None)])
def test_update_ratio_thresholds(ratio, kind):
    config = Config(hidden=(4,), n_inputs=4, n_outputs=4)
    trace = hand_trace(stats=[{"grad_norm": 1.0, "update_ratio": ratio}, {"grad_norm": 1.0, "update_ratio": 1e-3}])
    assert [n.kind for n in health_notes(trace, config)] == ([kind] if kind else [])


def test_no_gradient_at_all_is_not_called_a_small_update():
    # every ReLU dead upstream: dW = 0 and ΔW = 0; "raise the learning rate" would be wrong advice
    config = Config(hidden=(4,), n_inputs=4, n_outputs=4)
    trace = hand_trace(stats=[{"grad_norm": 0.0, "update_ratio": 0.0}, {"grad_norm": 0.0, "update_ratio": 0.0}])
    assert not [n for n in health_notes(trace, config) if n.kind == "update_ratio_low"]


def test_small_update_fix_depends_on_the_optimizer():
    stats = [{"grad_norm": 1.0, "update_ratio": 1e-6}, {"grad_norm": 1.0, "update_ratio": 1e-3}]
    sgd = health_notes(hand_trace(stats=stats), Config(hidden=(4,), n_inputs=4, n_outputs=4, optimizer="sgd"))
    adam = health_notes(hand_trace(stats=stats), Config(hidden=(4,), n_inputs=4, n_outputs=4, optimizer="adam"))
    assert "momentum or Adam" in sgd[0].fix and adam[0].fix == "Raise the learning rate."
