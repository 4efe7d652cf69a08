"""Run files: resuming continues exactly like a run never interrupted; bad files are refused."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from backprop_viz.core.config import Config
from backprop_viz.core.run import Run, TrainingData
from backprop_viz.core.runfile import RunFileError, load_run, read_run_config, save_run


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(10, 20)) * 3
    y = rng.integers(0, 10, 600)
    x = (centres[y] + rng.normal(size=(600, 20))).astype(np.float32)
    t = np.eye(10, dtype=np.float32)[y]
    return TrainingData(x[:500], t[:500], y[:500], x[500:], t[500:], y[500:])


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_resume_continues_identically(tmp_path, data, optimizer):
    config = Config(n_inputs=20, hidden=(16, 8), optimizer=optimizer, lr=0.01, batch_size=32, dropout=0.3,
                    batch_norm=optimizer == "adam", epochs=3)
    straight = Run(config, data)
    interrupted = Run(config, data)
    for _ in range(23):  # mid-epoch (16 steps per epoch): the order and position matter
        straight.step()
        interrupted.step()
    path = save_run(tmp_path / "run.npz", interrupted)
    del interrupted
    resumed = load_run(path, data)
    assert resumed.global_step == 23 and resumed.epoch == 1 and resumed.step_in_epoch == 7
    # (saved as int64, as files always had it; loaded as the run keeps it)
    assert resumed._order.dtype == np.int32
    orders = [c.order for c in resumed.timeline.checkpoints if c.order is not None]
    assert orders and all(o.dtype == np.int32 for o in orders)
    assert any(o is resumed._order for o in orders)   # the epoch's order once, shared as before saving
    assert resumed.history.step_losses == straight.history.step_losses
    assert [r.eval_accuracy for r in resumed.history.epochs] == [r.eval_accuracy for r in straight.history.epochs]
    expected = [straight.step()[0] for _ in range(20)]
    got = [resumed.step()[0] for _ in range(20)]
    assert got == expected  # bit-identical: same minibatches, dropout masks and optimizer state
    for a, b in zip(straight.network.get_params(), resumed.network.get_params()):
        for name in a:
            np.testing.assert_array_equal(a[name], b[name])
    assert read_run_config(path) == config


def test_a_run_cannot_be_saved_mid_step(tmp_path, data):
    run = Run(Config(n_inputs=20, hidden=(8,), batch_size=50), data)
    run.step_phase()
    with pytest.raises(RunFileError, match="step is under way"):
        save_run(tmp_path / "run.npz", run)


def _rewrite(path, out, change):
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w") as z:
        for n, b in members.items():
            z.writestr(n, b)
    return out


def _meta_change(fn):
    def change(members):
        arr = np.load(__import__("io").BytesIO(members["__meta__.npy"]))
        meta = json.loads(arr.tobytes())
        fn(meta)
        buf = __import__("io").BytesIO()
        np.save(buf, np.frombuffer(json.dumps(meta).encode(), np.uint8))
        members["__meta__.npy"] = buf.getvalue()
    return change


def test_bad_run_files_are_refused_with_their_own_message(tmp_path, data):
    config = Config(n_inputs=20, hidden=(8,), optimizer="adam", batch_size=50)
    run = Run(config, data)
    run.step()
    good = save_run(tmp_path / "good.npz", run)
    other = TrainingData(data.x_train[:400], data.t_train[:400], data.y_train[:400],
                         data.x_eval, data.t_eval, data.y_eval)
    with pytest.raises(RunFileError, match="400"):
        load_run(good, other)
    cases = {
        "version": _meta_change(lambda m: m.update(version=99)),
        "optimizer state is for": _meta_change(lambda m: m["counters"].update(optimizer="sgd")),
        "not a permutation": lambda m: m.update({"order.npy": _npy(np.zeros(500, np.int64))}),
        "optimizer state array 0": lambda m: m.update({"optimizer/0.npy": _npy(np.full((20, 8), np.nan, np.float32))}),
    }
    run._order = run._order if run._order is not None else np.arange(500)
    good = save_run(tmp_path / "good.npz", run)
    for message, change in cases.items():
        bad = _rewrite(good, tmp_path / f"bad-{len(message)}.npz", change)
        with pytest.raises(RunFileError, match=message):
            load_run(bad, data)
    (tmp_path / "model-not-run.npz").write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(RunFileError, match="damaged or truncated"):
        load_run(tmp_path / "model-not-run.npz", data)


def _npy(array):
    import io

    buf = io.BytesIO()
    np.save(buf, array)
    return buf.getvalue()


@pytest.mark.parametrize("change, message", [
    (lambda m: m["counters"].update(lr=-5), "invalid learning rate: lr: must be a number in (0, 100], got -5"),
    (lambda m: m["counters"].update(lr="fast"), "invalid learning rate"),
    (lambda m: m["counters"].pop("step"), "counter 'step' is missing"),
    (lambda m: m["counters"].update(epoch="3"), "counter 'epoch' must be a whole number"),
    (lambda m: m["counters"].update(pos=-1), "counter 'pos' must be a whole number ≥ 0"),
    (lambda m: m["counters"].update(pos=10_000), "beyond the 500 training samples"),
    (lambda m: m["counters"].update(optimizer_t=1.5), "counter 'optimizer_t' must be a whole number"),
    (lambda m: m["counters"].update(train_seconds=None), "counter 'train_seconds' must be a number"),
    (lambda m: m.pop("counters"), "no counters"),
    (lambda m: m.update(rng=[1, 2]), "random generators"),
    (lambda m: m["rng"].update(order={"bit_generator": "PCG64", "state": "x"}), "invalid random generator state"),
    (lambda m: m.update(epochs=[{"epoch": 1}]), "epoch record 1"),
    (lambda m: m.update(extra=[1]), "extra field"),
    (lambda m: m["config"].update(batch_norm=True, batch_size=1), "batch size 1"),
])
def test_every_field_of_a_run_file_is_validated(tmp_path, data, change, message):
    """Issue #15: lr -5 resumed and trained; missing or mistyped counters gave KeyError/AttributeError."""
    run = Run(Config(n_inputs=20, hidden=(8,), optimizer="adam", batch_size=50), data)
    run.step()
    good = save_run(tmp_path / "good.npz", run)
    bad = _rewrite(good, tmp_path / "bad.npz", _meta_change(change))
    with pytest.raises(RunFileError) as info:
        load_run(bad, data)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_a_run_file_with_an_extra_array_is_refused_before_reading_it(tmp_path, data, monkeypatch):
    run = Run(Config(n_inputs=20, hidden=(8,), batch_size=50), data)
    good = save_run(tmp_path / "good.npz", run)
    bad = _rewrite(good, tmp_path / "bad.npz", lambda m: m.update({"junk.npy": _npy(np.zeros(3))}))
    from backprop_viz.core import archive

    read = []
    monkeypatch.setattr(archive.NpzArchive, "read", lambda self, key, _r=archive.NpzArchive.read: (
        read.append(key), _r(self, key))[1])
    with pytest.raises(RunFileError, match="unexpected arrays: junk"):
        load_run(bad, data)
    assert read == ["__meta__"]
