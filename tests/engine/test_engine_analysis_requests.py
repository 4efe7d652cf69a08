"""The gradient-analysis requests (engine/analysis_requests.py, engine/edit_requests.py) answered
through a real EngineLoop in a thread, each checked against a computation done here: the loss
along the step starts at the step's own loss, lands at the trained network at s = 1 and has
slope −lr·‖g‖² for SGD; the input gradient is the core's; who-pushed sums to the step's dW;
EditWeight changes exactly one weight of the real run and UndoEdit restores every parameter
bit for bit; editing while training is refused; "make it a …" reaches its digit on a trained
network (the final image, classified here, is that digit); bad requests are refused with a reason.
"""

from __future__ import annotations

import numpy as np
import pytest
from loop_helpers import ThreadEngine

from backprop_viz.core import input_gradient
from backprop_viz.core.messages import english
from backprop_viz.core.network import Network
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits, load_bundled_mnist
from backprop_viz.engine import protocol as p
from backprop_viz.engine.analysis_requests import (
    InputGradient,
    InputGradientAnswer,
    LossAlongStep,
    LossAlongStepAnswer,
    MadeIt,
    MakeItA,
    WhoPushed,
    WhoPushedAnswer,
)
from backprop_viz.engine.edit_requests import (
    MAX_FLIPS,
    EditAnswer,
    EditWeight,
    UndoEdit,
    Undone,
)
from backprop_viz.engine.requests import scaled
from backprop_viz.engine.snapshot import Snapshot

CONFIG = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture(scope="module")
def splits():
    mnist = load_bundled_mnist()
    return Splits(mnist.train.subset(slice(0, 2000)), mnist.test)


class Engine(ThreadEngine):
    def __init__(self, splits, config=CONFIG):
        super().__init__(splits, config)
        self.ready = self.wait_for(lambda r: isinstance(r, Snapshot))     # the fresh network, before any step

    def snapshot(self, steps: int = 0, phases: int = 0) -> Snapshot:
        """Train ``steps`` minibatches (or ``phases`` phases), each captured; the snapshot after them."""
        for command in [p.Step()] * steps + [p.Phase()] * phases:
            self.loop.send(command)
        shown = [self.wait_for(lambda r: isinstance(r, Snapshot)) for _ in range(steps + phases)]
        return shown[-1] if shown else self.ready


@pytest.fixture
def make_engine(splits):
    engines = []

    def make(config=CONFIG):
        engines.append(Engine(splits, config))
        return engines[-1]

    yield make
    for e in engines:
        e.stop()


def params_bytes(network):
    return [{k: v.tobytes() for k, v in d.items()} for d in network.get_params()]


# -- loss along the step -----------------------------------------------------------------------
def test_loss_along_an_sgd_step_starts_at_its_loss_lands_on_the_new_weights_with_slope_minus_lr_g2(make_engine,
                                                                                                    splits):
    engine = make_engine(CONFIG.replace(optimizer="sgd", lr=0.1))
    snap = engine.snapshot(steps=3)
    got = engine.ask(LossAlongStep, span=3.0, points=31, eval_samples=300).value
    assert isinstance(got, LossAlongStepAnswer) and got.optimizer == "sgd" and got.step == 3
    trace = snap.trace
    assert got.s[0] == 0 and got.s[10] == pytest.approx(1.0) and got.s[-1] == pytest.approx(3.0)
    assert got.minibatch[0] == pytest.approx(trace.loss, rel=1e-5)
    after = snap.network.evaluate(trace.x, trace.targets, trace.labels)[0]   # θ_before + 1·ΔW = θ_after
    assert got.minibatch[10] == pytest.approx(after, rel=1e-4)
    g2 = sum(float(np.sum(np.square(lt.dW, dtype=np.float64)) + np.sum(np.square(lt.db, dtype=np.float64)))
             for lt in trace.layers)
    assert got.slope == pytest.approx(-0.1 * g2, rel=1e-4)
    np.testing.assert_allclose(got.tangent, got.minibatch[0] + got.s * got.slope)
    before = Network.from_config(snap.config)
    before.set_params([{"W": lt.W_before, "b": lt.b_before} for lt in trace.layers])
    x_eval = splits.test.inputs(CONFIG.input_scaling, np.float32)[:300]
    t_eval = splits.test.one_hot(CONFIG.target_off, CONFIG.target_on, np.float32)[:300]
    expected = before.evaluate(x_eval, t_eval, np.asarray(splits.test.labels[:300]))[0]
    assert got.evaluation[0] == pytest.approx(expected, rel=1e-5) and got.split == "test"


def test_loss_along_the_step_uses_the_steps_own_dropout_masks(make_engine):
    engine = make_engine(CONFIG.replace(dropout=0.4))
    snap = engine.snapshot(steps=2)
    got = engine.ask(LossAlongStep, points=5).value
    assert got.optimizer == "adam" and got.minibatch[0] == pytest.approx(snap.trace.loss, rel=1e-5)


def test_before_a_whole_step_the_analyses_say_what_they_need(make_engine):
    engine = make_engine()
    refused = engine.ask(WhoPushed, layer=1, i=0, j=0)
    assert isinstance(refused, p.Refused) and refused.message.code == "analysis.no_backward"
    engine.snapshot(phases=2)                            # forward and backward, no update yet
    refused = engine.ask(LossAlongStep)
    assert isinstance(refused, p.Refused) and refused.message.code == "analysis.no_update"
    assert "update ΔW" in english(refused.message)
    assert isinstance(engine.ask(WhoPushed, layer=2, i=3, j=4).value, WhoPushedAnswer)


# -- input gradient ----------------------------------------------------------------------------
def test_input_gradient_of_the_probe_and_of_given_pixels(make_engine, splits):
    engine = make_engine()
    snap = engine.snapshot(steps=3)
    got = engine.ask(InputGradient).value
    assert isinstance(got, InputGradientAnswer) and not got.own_answer and got.label == snap.probe.label
    expected = input_gradient(snap.network, snap.probe.x, snap.probe.targets, training=False)[0]
    np.testing.assert_allclose(got.gradient, expected, rtol=1e-6, atol=1e-9)
    assert got.gradient.shape == (784,) and np.abs(got.gradient).max() > 0
    digit = np.asarray(splits.test.images[5])
    mine = engine.ask(InputGradient, pixels=digit).value            # no label: the network's own answer
    x = scaled(digit, snap.config)
    answer = int(snap.network.infer(x)[0].argmax())
    assert mine.own_answer and mine.label == answer and mine.source == "given pixels"
    t = np.eye(10, dtype=np.float32)[[answer]]
    np.testing.assert_allclose(mine.gradient, input_gradient(snap.network, x, t, training=False)[0], rtol=1e-6,
                               atol=1e-9)


# -- who pushed this weight? -------------------------------------------------------------------
def test_who_pushed_sums_to_the_steps_dW_and_names_the_samples(make_engine):
    engine = make_engine()
    snap = engine.snapshot(steps=2)
    lt = snap.trace.layers[1]
    i, j = int(np.abs(lt.dW).argmax() // lt.n_out), int(np.abs(lt.dW).argmax() % lt.n_out)
    got = engine.ask(WhoPushed, layer=2, i=i, j=j).value
    assert got.contributions.shape == (16,) and got.total == pytest.approx(float(lt.dW[i, j]), rel=1e-4)
    assert got.dW == float(lt.dW[i, j]) and got.step == 2
    np.testing.assert_array_equal(got.indices, snap.trace.indices)
    assert list(got.contributions[got.order]) == sorted(got.contributions, reverse=True)
    unit = engine.ask(WhoPushed, layer=2, j=j).value
    expected = np.abs(lt.delta[:, j]) * np.abs(lt.a_prev).sum(axis=1)
    np.testing.assert_allclose(unit.contributions, expected, rtol=1e-5)
    assert unit.dW is None and unit.i is None and np.all(unit.contributions >= np.abs(got.contributions) - 1e-9)


# -- editing a weight --------------------------------------------------------------------------
def test_edit_a_weight_then_undo_restores_the_exact_parameters(make_engine):
    engine = make_engine()
    snap = engine.snapshot(steps=3)
    run = engine.loop.run
    before = params_bytes(run.network)
    W3 = run.network.layers[2].W
    dW = snap.trace.layers[2].dW
    i, j = divmod(int(np.abs(dW).argmax()), dW.shape[1])     # a weight the minibatch cares about
    old = float(W3[i, j])
    got = engine.ask(EditWeight, layer=3, i=i, j=j, value=old + 1e-3).value
    assert isinstance(got, EditAnswer) and got.old == old and got.new == pytest.approx(old + 1e-3, rel=1e-6)
    changed = [(k, name) for k, (a, b) in enumerate(zip(before, params_bytes(run.network)))
               for name in a if a[name] != b[name]]
    assert changed == [(2, "W")] and float(W3[i, j]) == got.new
    assert np.count_nonzero(W3 != np.frombuffer(before[2]["W"], W3.dtype).reshape(W3.shape)) == 1
    predicted, actual = got.minibatch
    assert actual == pytest.approx(predicted, rel=0.05) and predicted != 0
    assert got.probe is not None and got.probe[1] == pytest.approx(got.probe[0], rel=0.05)
    assert got.probe_before == pytest.approx(snap.network.infer(snap.probe.x)[0], rel=1e-5)
    assert got.edits == 1
    undone = engine.ask(UndoEdit).value
    assert isinstance(undone, Undone) and undone.value == old and undone.edits == 0
    assert params_bytes(run.network) == before
    again = engine.ask(UndoEdit)
    assert isinstance(again, p.Refused) and again.message.code == "analysis.nothing_to_undo"


def test_a_large_edit_lists_the_test_digits_whose_answer_flips(make_engine, splits):
    engine = make_engine()
    snap = engine.snapshot(steps=20)
    run = engine.loop.run
    x = splits.test.inputs(CONFIG.input_scaling, np.float32)
    before = run.network.predict(x)
    busiest = int(snap.trace.layers[2].a_prev.mean(axis=0).argmax())      # the most active hidden unit
    got = engine.ask(EditWeight, layer=3, i=busiest, j=6, value=500.0).value   # a huge vote for "6"
    now = run.network.predict(x)
    assert got.n_flips > MAX_FLIPS and len(got.flips) == MAX_FLIPS
    np.testing.assert_array_equal(now[got.flips], got.flips_after)
    assert np.all(got.flips_after == 6) and np.all(got.flips_before != 6)
    assert got.n_flips == np.count_nonzero(now != before) and np.all(now[now != before] == 6)
    np.testing.assert_array_equal(before[got.flips], got.flips_before)
    assert isinstance(engine.ask(UndoEdit).value, Undone)
    np.testing.assert_array_equal(run.network.predict(x), before)


def test_edit_while_training_is_refused_and_an_edit_trained_over_cannot_be_undone(make_engine):
    engine = make_engine()
    engine.snapshot(steps=1)
    assert isinstance(engine.ask(EditWeight, layer=1, i=300, j=2, value=0.5).value, EditAnswer)
    engine.loop.send(p.Speed(steps_per_s=20))
    engine.loop.send(p.Play())
    engine.wait_for(lambda r: isinstance(r, p.StateChanged) and r.state == "playing")
    refused = engine.ask(EditWeight, layer=1, i=0, j=0, value=1.0)
    assert isinstance(refused, p.Refused) and refused.message.code == "analysis.edit_needs_pause"
    assert "pause" in english(refused.message)
    engine.wait_for(lambda r: isinstance(r, Snapshot) and r.global_step >= 3)      # it trained over the edit
    engine.loop.send(p.Pause())
    engine.wait_for(lambda r: isinstance(r, p.StateChanged) and r.state == "paused")
    refused = engine.ask(UndoEdit)
    assert isinstance(refused, p.Refused) and refused.message.code == "analysis.edit_outdated"


# -- "make it a …" -----------------------------------------------------------------------------
def test_make_it_a_reaches_the_target_digit_on_a_trained_network(make_engine):
    engine = make_engine()
    engine.loop.send(p.RunEpochs(1))
    engine.wait_for(lambda r: isinstance(r, p.StateChanged) and r.state == "paused")
    snap = engine.wait_for(lambda r: isinstance(r, Snapshot))      # the state it paused in
    assert snap.epoch == 1
    start = int(snap.network.infer(snap.probe.x)[0].argmax())
    target = (start + 3) % 10
    got = engine.ask(MakeItA, target=target, step=0.02, max_steps=300).value
    assert isinstance(got, MadeIt) and got.reached and got.steps >= 1
    assert got.probabilities[0].argmax() == start and got.probabilities[-1].argmax() == target
    final = got.pixels[-1]
    assert int(snap.network.infer(scaled(final, snap.config))[0].argmax()) == target    # checked here
    assert 0 < got.pixels_changed < 784 and got.pixels_changed == np.count_nonzero(final != got.pixels[0])
    assert got.pixels.shape == (got.steps + 1, 28, 28) and got.pixels.dtype == np.uint8


# -- bad requests ------------------------------------------------------------------------------
@pytest.mark.parametrize("request_type, fields, words", [
    (WhoPushed, {"layer": 4, "i": 0, "j": 0}, "layer must be 1 to 3"),
    (WhoPushed, {"layer": 2, "i": 32, "j": 0}, "W2 is 32×16"),
    (EditWeight, {"layer": 1, "i": 0, "j": 0, "value": "abc"}, "finite number"),
    (MakeItA, {"target": 12}, "label must be 0 to 9"),
    (MakeItA, {"target": 1, "pixels": np.zeros(5)}, "784 pixels"),
    (LossAlongStep, {"points": 1}, "2 to 1000 points"),
    (InputGradient, {"label": -1}, "label must be 0 to 9"),
])
def test_a_bad_request_is_refused_with_a_reason(make_engine, request_type, fields, words):
    engine = make_engine()
    engine.snapshot(steps=1)
    refused = engine.ask(request_type, **fields)
    assert isinstance(refused, p.Refused) and words in english(refused.message)
    assert isinstance(engine.ask(InputGradient).value, InputGradientAnswer)     # still answering
