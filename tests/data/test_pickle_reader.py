"""mnist.pkl.gz through the restricted unpickler: real layouts load, code never runs."""

from __future__ import annotations

import gzip
import os
import pickle

import numpy as np
import pytest

from backprop_viz.data import DataError, read_pkl
from backprop_viz.data.pklfile import safe_loads


def classic(make_ds, scale=256.0):
    sets = [make_ds(20, seed=5), make_ds(6, seed=6), make_ds(7, seed=7)]
    obj = tuple(((ds.images.reshape(len(ds), 784) / scale).astype(np.float32),
                 ds.labels.astype(np.int64)) for ds in sets)
    return sets, obj


def dump(path, obj, protocol=2):
    with gzip.open(path, "wb") as handle:
        pickle.dump(obj, handle, protocol=protocol)


def test_protocol_5_in_band_arrays_load(tmp_path, make_ds):
    # protocol 5 writes NumPy data in-band as BYTEARRAY8 through _frombuffer: read as bytes,
    # the array built from (shape, dtype, raw bytes) after checking them
    sets, obj = classic(make_ds)
    dump(tmp_path / "mnist.pkl.gz", obj, 5)
    splits = read_pkl(tmp_path / "mnist.pkl.gz")
    for got, want in zip((splits.train, splits.validation, splits.test), sets):
        np.testing.assert_array_equal(got.images, want.images)
        np.testing.assert_array_equal(got.labels, want.labels)


def test_out_of_band_buffers_are_refused_with_a_reason():
    data = pickle.dumps(pickle.PickleBuffer(np.zeros(4, np.uint8)), protocol=5,
                        buffer_callback=lambda _: False)
    with pytest.raises(DataError, match="out-of-band"):
        safe_loads(data, "oob.pkl")


@pytest.mark.parametrize("protocol", [2, 4])
@pytest.mark.parametrize("scale", [255.0, 256.0])
def test_classic_layout_loads_exactly(tmp_path, make_ds, protocol, scale):
    sets, obj = classic(make_ds, scale)
    dump(tmp_path / "mnist.pkl.gz", obj, protocol)
    splits = read_pkl(tmp_path / "mnist.pkl.gz")
    for got, want in zip((splits.train, splits.validation, splits.test), sets):
        np.testing.assert_array_equal(got.images, want.images)
        np.testing.assert_array_equal(got.labels, want.labels)


def test_legacy_numpy_module_names_and_plain_pickle(tmp_path, make_ds):
    sets, obj = classic(make_ds)
    data = pickle.dumps((obj[0], obj[2]), protocol=2)
    assert b"numpy._core.multiarray" in data
    (tmp_path / "old.pkl").write_bytes(data.replace(b"numpy._core.multiarray",
                                                    b"numpy.core.multiarray"))
    splits = read_pkl(tmp_path / "old.pkl")
    assert splits.validation is None and len(splits.test) == 7
    np.testing.assert_array_equal(splits.test.images, sets[2].images)


class SystemCall:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


class EvalCall:
    def __reduce__(self):
        return (eval, ("__import__('os').system('touch eval-ran')",))


@pytest.mark.parametrize("make_payload, refused", [
    (lambda m: SystemCall(m), "system"),
    (lambda m: ((np.zeros(3), SystemCall(m)), (np.zeros(3), np.zeros(3))), "system"),
    (lambda m: EvalCall(), ".eval"),
    (lambda m: np.array([SystemCall(m)], dtype=object), "an object array"),
])
def test_code_in_a_pickle_is_refused_and_never_runs(tmp_path, monkeypatch, make_payload, refused):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "os-system-ran"
    dump(tmp_path / "evil.pkl.gz", make_payload(marker))
    with pytest.raises(DataError) as info:
        read_pkl(tmp_path / "evil.pkl.gz")
    message = str(info.value)
    assert message.startswith(f"{tmp_path / 'evil.pkl.gz'}: refusing to load ")
    assert refused in message and "only NumPy arrays" in message
    assert not marker.exists() and not (tmp_path / "eval-ran").exists()


def test_object_dtype_without_globals_is_refused():
    data = pickle.dumps(np.array([1, "x"], dtype=object), protocol=2)
    with pytest.raises(DataError, match="obj.pkl: refusing to load an object array"):
        safe_loads(data, "obj.pkl")


@pytest.mark.parametrize("obj, problem", [
    ({"x": 1}, "expected (train, validation, test) or (train, test)"),
    ((np.zeros(3),), "expected (train, validation, test)"),
    (((np.zeros((2, 784)), np.zeros(2, np.int64)),) * 2 + ((np.zeros(2), np.zeros(2)),),
     "test images are float64 (2,)"),
    (((np.full((2, 784), 0.3), np.zeros(2, np.int64)),) * 2,
     "train images are floats that are not multiples of 1/255 or 1/256"),
    (((np.full((2, 784), np.nan), np.zeros(2, np.int64)),) * 2, "NaN"),
    (((np.zeros((2, 784)), np.array([0, 12])),) * 2, "train label 12 at index 1 is outside"),
    (((np.zeros((2, 784)), np.zeros(3, np.int64)),) * 2, "train set has 2 images but 3 labels"),
    (((np.zeros((2, 784)), np.zeros(2)),) * 2, "train labels are float64"),
])
def test_wrong_structures(tmp_path, obj, problem):
    dump(tmp_path / "m.pkl.gz", obj)
    with pytest.raises(DataError) as info:
        read_pkl(tmp_path / "m.pkl.gz")
    assert str(info.value).startswith(str(tmp_path / "m.pkl.gz")) and problem in str(info.value)


@pytest.mark.parametrize("content, problem", [
    (b"", "file is empty"),
    (b"\x1f\x8b\x08\x00garbage", "broken gzip data"),
    (gzip.compress(pickle.dumps((1, 2)))[:-12], "broken gzip data"),
    (pickle.dumps((np.zeros(4), np.zeros(4)), protocol=2)[:-20], "not a valid pickle"),
    (b"\x80\x05\x95garbage", "not a valid pickle"),
])
def test_broken_files(tmp_path, content, problem):
    (tmp_path / "b.pkl").write_bytes(content)
    with pytest.raises(DataError, match=problem) as info:
        read_pkl(tmp_path / "b.pkl")
    assert str(tmp_path / "b.pkl") in str(info.value)
