"""Run: the schedule that the CLI and the GUI drive (on 10-class blobs, n_inputs=20)."""

import math

import numpy as np
import pytest

from backprop_viz.core import Config, ConfigError, Network, Run
from backprop_viz.core.batches import batches_per_epoch, iterate_minibatches


def blob_config(**changes):
    options = dict(n_inputs=20, hidden=(32,), n_outputs=10, activation="relu", optimizer="adam", lr=0.01,
                   batch_size=64, epochs=3, seed=0)
    options.update(changes)
    return Config(**options)


def test_fit_learns_a_separable_problem(blobs):
    run = Run(blob_config(), blobs)
    loss0, acc0 = run.evaluate()
    records = run.fit()
    assert acc0 < 0.5                                        # not solved before training
    assert records[-1].eval_accuracy >= 0.95
    assert records[-1].eval_loss < loss0 / 3
    assert records[-1].train_loss < records[0].train_loss


def test_fit_with_the_lecture_setup_learns_too(make_blob_data):
    data = make_blob_data(off=0.01, on=0.99)
    config = blob_config(activation="sigmoid", output="sigmoid", loss="squared_error", optimizer="sgd", lr=0.5,
                         batch_size=1, epochs=1, target_off=0.01, target_on=0.99)
    records = Run(config, data).fit()
    assert records[0].eval_accuracy >= 0.9 and records[0].step == 500


def test_epoch_records_count_steps_and_samples(blobs):
    config = blob_config(epochs=2)
    run = Run(config, blobs)
    seen = []
    records = run.fit(on_epoch=seen.append)
    assert run.steps_per_epoch == math.ceil(500 / 64) == 8
    assert [r.epoch for r in records] == [1, 2] and [r.step for r in records] == [8, 16]
    assert seen == records == run.history.epochs
    assert len(run.history.step_losses) == 16
    assert run.epoch == 2 and run.global_step == 16
    for r in records:
        assert r.seconds > 0 and r.samples_per_s == pytest.approx(500 / r.seconds)
        assert 0 <= r.eval_accuracy <= 1 and math.isfinite(r.eval_loss)
    # the train loss is the sample-weighted mean of the epoch's minibatch losses (7×64 + 52)
    weights = np.array([64] * 7 + [52])
    for k, r in enumerate(records):
        losses = np.array(run.history.step_losses[8 * k:8 * (k + 1)])
        assert r.train_loss == pytest.approx(float(losses @ weights) / 500, rel=1e-9)
    assert (records[-1].eval_loss, records[-1].eval_accuracy) == run.evaluate()


def test_each_epoch_visits_every_sample_once_in_a_new_order(blobs):
    run = Run(blob_config(batch_size=100), blobs, capture="full")
    orders = []
    for _ in range(2):
        seen = []
        for _ in range(run.steps_per_epoch):
            run.step()
            seen.extend(run.trainer.trace.indices.tolist())
        orders.append(seen)
    assert sorted(orders[0]) == sorted(orders[1]) == list(range(500))
    assert orders[0] != orders[1]
    trace = run.trainer.trace
    np.testing.assert_array_equal(trace.x, blobs.x_train[trace.indices])
    np.testing.assert_array_equal(trace.labels, blobs.y_train[trace.indices])


def test_the_epoch_order_is_the_generators_permutation_kept_as_int32(blobs):
    """The order costs half of NumPy's int64 (the timeline keeps one per epoch), with the same draw:
    minibatches, and so training, are what the int64 permutation gave."""
    run = Run(blob_config(batch_size=20), blobs, capture="full")   # 25 steps an epoch
    run.step()
    assert run._order.dtype == np.int32
    np.testing.assert_array_equal(run._order, np.random.default_rng([0, 2]).permutation(500))
    np.testing.assert_array_equal(run.trainer.trace.indices, run._order[:20])
    for _ in range(14):
        run.step()
    mid_epoch = [c for c in run.timeline.checkpoints if c.order is not None]
    assert mid_epoch and all(c.order is run._order for c in mid_epoch)   # (the timeline shares the run's)

def test_step_phase_cycles_forward_backward_update(blobs):
    run = Run(blob_config(batch_size=100), blobs, capture="stats")
    phases = []
    records = []
    for _ in range(3 * 6):
        phase, record = run.step_phase()
        phases.append(phase)
        records.append(record)
        if phase != "update":
            assert run.global_step == len([p for p in phases if p == "update"])
    assert phases == ["forward", "backward", "update"] * 6
    assert run.global_step == 6
    # epoch 1 ends with the update of step 5 (500 / 100)
    finished = [k for k, r in enumerate(records) if r is not None]
    assert finished == [14] and records[14].epoch == 1 and records[14].step == 5
    assert run.step_in_epoch == 1 and run.epoch == 1


def test_reset_restores_the_initial_weights(blobs):
    config = blob_config()
    run = Run(config, blobs)
    initial = run.network.get_params()
    run.fit(1)
    assert not np.array_equal(run.network.get_params()[0]["W"], initial[0]["W"])
    run.reset()
    for a, b in zip(initial, run.network.get_params()):
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])
    assert run.global_step == 0 and run.epoch == 0 and run.history.epochs == [] and run.history.step_losses == []
    fresh = Network.from_config(config).get_params()
    np.testing.assert_array_equal(fresh[0]["W"], initial[0]["W"])
    # the same run again gives the same losses
    first = [run.step()[0] for _ in range(3)]
    run.reset()
    assert [run.step()[0] for _ in range(3)] == first
    run.reset(config.replace(hidden=(8,), seed=4))
    assert run.network.sizes == (20, 8, 10) and run.config.seed == 4


def test_set_lr_takes_effect_from_the_next_update(blobs):
    run = Run(blob_config(optimizer="sgd", lr=0.1), blobs, capture="full")
    run.step()
    run.set_lr(0.5)
    assert run.optimizer.lr == 0.5 and run.config.lr == 0.5
    run.step()
    layer = run.trainer.trace.layers[0]
    assert run.trainer.trace.lr == 0.5
    np.testing.assert_allclose(layer.W_after, layer.W_before - 0.5 * layer.dW, rtol=1e-5, atol=1e-7)
    with pytest.raises(ConfigError, match="^lr"):
        run.set_lr(-1.0)
    assert run.optimizer.lr == 0.5 and run.config.lr == 0.5


def test_run_epoch_calls_on_step_after_every_update(blobs):
    run = Run(blob_config(batch_size=50), blobs)
    steps = []
    record = run.run_epoch(on_step=lambda r: steps.append((r.global_step, r.step_in_epoch)))
    # after the last update the epoch is finished: the next one has 0 steps done
    assert steps == [(k, k) for k in range(1, 10)] + [(10, 0)]
    assert record.step == 10


def test_batches_helpers():
    assert batches_per_epoch(500, 64) == 8 and batches_per_epoch(500, 64, drop_last=True) == 7
    assert batches_per_epoch(500, 500) == 1
    batches = list(iterate_minibatches(10, 4, np.random.default_rng(0)))
    assert [len(b) for b in batches] == [4, 4, 2]
    assert sorted(np.concatenate(batches).tolist()) == list(range(10))
    assert [len(b) for b in iterate_minibatches(10, 4, np.random.default_rng(0), drop_last=True)] == [4, 4]
    unshuffled = np.concatenate(list(iterate_minibatches(10, 3, np.random.default_rng(0), shuffle=False)))
    np.testing.assert_array_equal(unshuffled, np.arange(10))
    with pytest.raises(ValueError):
        list(iterate_minibatches(0, 4, np.random.default_rng(0)))
