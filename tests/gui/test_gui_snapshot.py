"""Snapshots built from a real run carry copies of the trace and the probe's passes."""

import numpy as np


def test_snapshot_holds_read_only_copies(make_snapshot):
    snap, run = make_snapshot(steps=2)
    assert snap.global_step == 2 and snap.trace.phase == "update"
    layer = snap.trace.layers[0]
    assert not layer.dW.flags.writeable
    before = layer.W_after.copy()
    run.step()  # training on does not change what the snapshot shows
    np.testing.assert_array_equal(layer.W_after, before)
    assert not np.array_equal(run.network.layers[0].W, before)
    assert snap.new_losses.shape == (2, 2) and list(snap.new_losses[:, 0]) == [1.0, 2.0]
    assert snap.probe.label == int(run.data.y_eval[0]) and snap.probe.layers[0].dW is not None
    assert snap.probe.output.shape == (1, 10) and np.isclose(snap.probe.output.sum(), 1.0, atol=1e-5)


def test_phase_snapshots_fill_in_order(make_snapshot):
    snap, run = make_snapshot(steps=1, phases=1)
    assert snap.phase == "forward" and snap.trace.layers[-1].delta is None
    snap, _ = make_snapshot(run=run, steps=0, phases=1)
    assert snap.phase == "backward" and snap.trace.layers[-1].delta is not None
    assert snap.trace.layers[-1].W_after is None
