"""Model files: bit-exact round trip, atomic saves, and a distinct refusal for each bad file."""

import io
import json
import os
import zipfile

import numpy as np
import pytest

from backprop_viz.core import Config, Network
from backprop_viz.core import modelfile
from backprop_viz.core.modelfile import ModelFileError, load_model, save_model


def trained_net(config):
    net = Network.from_config(config)
    rng = np.random.default_rng(5)
    params = net.get_params()
    for d in params:
        for k in d:
            d[k] = (d[k] + rng.standard_normal(d[k].shape)).astype(d[k].dtype)
            if k == "running_var":
                d[k] = np.abs(d[k]) + 0.1
    net.set_params(params)
    return net


CONFIG = Config(n_inputs=12, hidden=(7, 5), n_outputs=4, batch_norm=True, dropout=0.2, seed=3)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_save_load_round_trip_is_bit_exact(tmp_path, dtype):
    config = CONFIG.replace(dtype=dtype)
    net = trained_net(config)
    path = save_model(tmp_path / "sub" / "model.npz", net, config, {"epochs": 3, "note": "ok"})
    assert path == tmp_path / "sub" / "model.npz" and path.is_file()
    loaded, loaded_config, extra = load_model(path)
    assert loaded_config == config and extra == {"epochs": 3, "note": "ok"}
    for a, b in zip(net.get_params(), loaded.get_params()):
        assert set(a) == set(b)
        for k in a:
            assert b[k].dtype == np.dtype(dtype)
            np.testing.assert_array_equal(a[k], b[k])
    x = np.random.default_rng(0).standard_normal((5, 12))
    np.testing.assert_array_equal(loaded.infer(x), net.infer(x))
    assert not list(tmp_path.glob("sub/.*.tmp"))


def test_saving_over_an_existing_file_replaces_it(tmp_path):
    path = tmp_path / "m.npz"
    save_model(path, trained_net(CONFIG), CONFIG)
    other = CONFIG.replace(hidden=(3,))
    save_model(path, Network.from_config(other), other)
    assert load_model(path)[1] == other


def test_an_interrupted_save_keeps_the_previous_file_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "model.npz"
    save_model(path, trained_net(CONFIG), CONFIG, {"version": "old"})
    old_bytes = path.read_bytes()

    def broken_savez(file, **arrays):
        file.write(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", broken_savez)
    with pytest.raises(OSError, match="disk full"):
        save_model(path, Network.from_config(CONFIG), CONFIG, {"version": "new"})
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]
    monkeypatch.undo()
    assert load_model(path)[2] == {"version": "old"}


def test_a_keyboard_interrupt_during_save_also_cleans_up(tmp_path, monkeypatch):
    def interrupted(file, **arrays):
        raise KeyboardInterrupt

    monkeypatch.setattr(np, "savez", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_model(tmp_path / "m.npz", Network.from_config(CONFIG), CONFIG)
    assert list(tmp_path.iterdir()) == []


# -- refusals ---------------------------------------------------------------------------------

def refusal(path) -> str:
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "\n" not in message
    return message


def write_npz(path, meta=None, **arrays):
    """A model file written by hand (meta None: the real description of CONFIG)."""
    net = Network.from_config(CONFIG)
    content = {f"layer{k}/{name}": v for k, d in enumerate(net.get_params(), 1) for name, v in d.items()}
    if meta is None:
        meta = {"format": modelfile.FORMAT, "version": modelfile.VERSION, "config": CONFIG.to_dict(), "extra": {}}
    content["__meta__"] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
    content.update(arrays)
    content = {k: v for k, v in content.items() if v is not None}
    with open(path, "wb") as fh:
        np.savez(fh, **content)
    return path


def test_the_hand_written_file_itself_loads(tmp_path):
    assert load_model(write_npz(tmp_path / "ok.npz"))[1] == CONFIG


def test_missing_file(tmp_path):
    assert "no such file" in refusal(tmp_path / "nope.npz")


def test_truncated_file(tmp_path):
    good = save_model(tmp_path / "good.npz", trained_net(CONFIG), CONFIG)
    cut = tmp_path / "cut.npz"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    message = refusal(cut)
    assert "truncated" in message


def test_not_an_npz(tmp_path):
    text = tmp_path / "notes.npz"
    text.write_text("just some text, not a model\n")
    message = refusal(text)
    assert "not an .npz" in message and "pickle" not in message
    empty = tmp_path / "empty.npz"
    empty.write_bytes(b"")
    assert "not an .npz" in refusal(empty)
    npy = tmp_path / "array.npy"
    np.save(npy, np.arange(4))
    assert "not an .npz" in refusal(npy)
    assert refusal(tmp_path) != message           # a folder: still a clear refusal


def test_an_npz_that_is_not_a_model(tmp_path):
    other = tmp_path / "other.npz"
    np.savez(other, x=np.arange(3))
    assert "no description inside" in refusal(other)
    assert "not a backprop-viz model" in refusal(write_npz(tmp_path / "f.npz", meta={"format": "something"}))


def test_wrong_version(tmp_path):
    meta = {"format": modelfile.FORMAT, "version": 99, "config": CONFIG.to_dict(), "extra": {}}
    message = refusal(write_npz(tmp_path / "v.npz", meta=meta))
    assert "version 99" in message and "not supported" in message


def test_invalid_configuration(tmp_path):
    meta = {"format": modelfile.FORMAT, "version": modelfile.VERSION,
            "config": {**CONFIG.to_dict(), "lr": -1}, "extra": {}}
    message = refusal(write_npz(tmp_path / "c.npz", meta=meta))
    assert "invalid configuration" in message and "lr" in message
    meta["config"] = [1, 2]
    assert "invalid configuration" in refusal(write_npz(tmp_path / "c2.npz", meta=meta))


def test_wrong_shapes(tmp_path):
    message = refusal(write_npz(tmp_path / "s.npz", **{"layer2/W": np.zeros((5, 7), np.float32)}))
    assert "layer2/W" in message and "shape (5, 7)" in message and "expected (7, 5)" in message


def test_wrong_dtype(tmp_path):
    message = refusal(write_npz(tmp_path / "d.npz", **{"layer1/b": np.zeros(7, np.float64)}))
    assert "layer1/b" in message and "dtype float64" in message


def test_missing_and_unexpected_arrays(tmp_path):
    assert "missing array layer3/W" in refusal(write_npz(tmp_path / "m.npz", **{"layer3/W": None}))
    assert "unexpected arrays: layer9/W" in refusal(
        write_npz(tmp_path / "u.npz", **{"layer9/W": np.zeros(2, np.float32)}))


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_nan_or_infinite_weights(tmp_path, bad):
    W = np.zeros((12, 7), np.float32)
    W[3, 4] = bad
    message = refusal(write_npz(tmp_path / "n.npz", **{"layer1/W": W}))
    assert "layer1/W" in message and "NaN or infinite" in message


def test_a_pickled_object_array_inside_is_refused_without_running_it(tmp_path):
    class Boom:
        def __reduce__(self):
            return (os.system, ("echo pwned > " + str(tmp_path / "pwned"),))

    path = tmp_path / "evil.npz"
    buffer = io.BytesIO()
    np.savez(buffer, **{"__meta__": np.array([Boom()], dtype=object)})
    path.write_bytes(buffer.getvalue())
    message = refusal(path)
    assert "pickled objects" in message
    assert not (tmp_path / "pwned").exists()


def test_distinct_messages_for_each_problem(tmp_path):
    """Every refusal says something different (after the file name)."""
    good = save_model(tmp_path / "good.npz", trained_net(CONFIG), CONFIG)
    (tmp_path / "cut.npz").write_bytes(good.read_bytes()[:300])
    (tmp_path / "text.npz").write_text("hello")
    evil = io.BytesIO()
    np.savez(evil, a=np.array([{"x": 1}], dtype=object))
    (tmp_path / "evil.npz").write_bytes(evil.getvalue())
    W = np.full((12, 7), np.nan, np.float32)
    meta = {"format": modelfile.FORMAT, "version": 2, "config": CONFIG.to_dict(), "extra": {}}
    paths = {
        "missing": tmp_path / "missing.npz",
        "truncated": tmp_path / "cut.npz",
        "not npz": tmp_path / "text.npz",
        "version": write_npz(tmp_path / "v.npz", meta=meta),
        "shape": write_npz(tmp_path / "s.npz", **{"layer1/W": np.zeros((2, 2), np.float32)}),
        "nan": write_npz(tmp_path / "nan.npz", **{"layer1/W": W}),
        "pickle": tmp_path / "evil.npz",
    }
    problems = {}
    for what, path in paths.items():
        with pytest.raises(ModelFileError) as info:
            load_model(path)
        problems[what] = str(info.value)[len(str(path)) + 2:]
    assert len(set(problems.values())) == len(problems), problems
    assert zipfile.is_zipfile(tmp_path / "evil.npz")      # the pickle case really is an npz


# -- issue #15: models for other networks, huge configurations -----------------------------------------

def test_a_model_for_another_network_is_refused_saying_what_it_is(tmp_path):
    from backprop_viz.core.messages import Message
    from backprop_viz.core.modelfile import ModelFitError, check_fits

    for outputs in (5, 1000):
        config = Config(n_inputs=100, hidden=(30,), n_outputs=outputs)
        _, loaded, _ = load_model(save_model(tmp_path / f"m{outputs}.npz", Network.from_config(config), config))
        with pytest.raises(ModelFitError) as info:
            check_fits(loaded, 784, 10, "MNIST")
        assert str(info.value) == (f"the model is a 100-30-{outputs} network (100 inputs, {outputs} outputs) "
                                   "but MNIST has 784 inputs per image and 10 classes, so it cannot be used on it")
        assert info.value.full_message == Message("model.does_not_fit", ("100-30-" + str(outputs), 100, outputs,
                                                                         "MNIST", 784, 10))
        assert isinstance(info.value, ModelFileError)
    check_fits(CONFIG, 12, 4)      # a model that fits passes


def test_a_tiny_file_asking_for_a_huge_network_is_refused_before_building_it(tmp_path, monkeypatch):
    """A 1 KB file configuring sixteen 8,192-unit float64 layers (and no arrays) passed 4 GB."""
    def no_building(*_):
        raise AssertionError("the network was built before the file was checked")

    monkeypatch.setattr(Network, "from_config", classmethod(no_building))
    huge = CONFIG.replace(n_inputs=784, hidden=(8192,) * 16, n_outputs=10, dtype="float64", batch_norm=False)
    meta = {"format": modelfile.FORMAT, "version": modelfile.VERSION, "config": huge.to_dict(), "extra": {}}
    path = tmp_path / "huge.npz"
    with open(path, "wb") as fh:
        np.savez(fh, __meta__=np.frombuffer(json.dumps(meta).encode(), np.uint8))
    assert path.stat().st_size < 2048
    message = refusal(path)
    assert "missing array layer1/W" in message or "memory" in message
    from backprop_viz.core import memory

    monkeypatch.setattr(memory, "available_bytes", lambda: 2 * 10**9)
    assert "needs about 43.2 GB of memory" in refusal(path) and "more than the 2.0 GB available" in refusal(path)


def test_declared_shapes_are_checked_before_any_array_is_read(tmp_path, monkeypatch):
    from backprop_viz.core import archive

    path = write_npz(tmp_path / "s.npz", **{"layer2/W": np.zeros((5, 7), np.float32)})
    read = []
    monkeypatch.setattr(archive.NpzArchive, "read", lambda self, key, _r=archive.NpzArchive.read: (
        read.append(key), _r(self, key))[1])
    assert "layer2/W has shape (5, 7)" in refusal(path)
    assert read == ["__meta__"]
