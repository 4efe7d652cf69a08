"""Keras-style .npz: round trips, flattened layouts, and refusal of bad or unsafe archives."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_viz.data import FASHION_CLASSES, DataError, Splits, read_npz, write_npz


def keras_arrays(make_ds):
    train, test = make_ds(20, seed=3), make_ds(8, seed=4)
    return {"x_train": np.array(train.images), "y_train": np.array(train.labels),
            "x_test": np.array(test.images), "y_test": np.array(test.labels)}


def test_keras_layout_round_trip(tmp_path, make_ds):
    arrays = keras_arrays(make_ds)
    np.savez(tmp_path / "mnist.npz", **arrays)
    splits = read_npz(tmp_path / "mnist.npz")
    np.testing.assert_array_equal(splits.train.images, arrays["x_train"])
    np.testing.assert_array_equal(splits.test.labels, arrays["y_test"])
    assert splits.validation is None and splits.train.source.endswith("mnist.npz (train)")


def test_write_npz_keeps_validation_and_class_names(tmp_path, make_ds):
    splits = Splits(make_ds(9).subset(slice(None)), make_ds(4), make_ds(3))
    splits = Splits(*(type(ds)(ds.images, ds.labels, "x", FASHION_CLASSES)
                      for ds in (splits.train, splits.test, splits.validation)))
    write_npz(tmp_path / "d.npz", splits, compress=True)
    back = read_npz(tmp_path / "d.npz")
    assert back.class_names == FASHION_CLASSES
    np.testing.assert_array_equal(back.validation.images, splits.validation.images)


def test_flattened_images_float_whole_numbers_and_column_labels(tmp_path, make_ds):
    arrays = keras_arrays(make_ds)
    flat = dict(arrays, x_train=arrays["x_train"].reshape(20, 784).astype(np.float32),
                y_train=arrays["y_train"].astype(np.int64)[:, None])
    np.savez_compressed(tmp_path / "flat.npz", **flat)
    back = read_npz(tmp_path / "flat.npz")
    np.testing.assert_array_equal(back.train.images, arrays["x_train"])
    np.testing.assert_array_equal(back.train.labels, arrays["y_train"])


class Boom:
    def __reduce__(self):
        import os
        return (os.system, ("touch npz-was-executed",))


@pytest.mark.parametrize("change, problem", [
    (lambda a: a.pop("y_test"), "missing key(s) y_test"),
    (lambda a: [a.pop("x_train"), a.pop("x_test")], "missing key(s) x_train, x_test"),
    (lambda a: a.update(x_train=np.zeros((20, 28, 27), np.uint8)),
     "x_train has shape (20, 28, 27), expected (N, 28, 28)"),
    (lambda a: a.update(y_test=np.zeros((8, 10), np.uint8)),
     "y_test has shape (8, 10), expected (N,)"),
    (lambda a: a.update(y_train=np.zeros(19, np.uint8)),
     "x_train has 20 images but y_train has 19 labels"),
    (lambda a: a.update(y_train=np.full(20, 11)), "y_train contains the value 11, outside 0..9"),
    (lambda a: a.update(x_test=np.full((8, 28, 28), 300)), "x_test contains the value 300"),
    (lambda a: a.update(x_test=np.full((8, 28, 28), -1.0)), "x_test contains the value -1"),
    (lambda a: a.update(x_test=np.full((8, 28, 28), 0.5)), "x_test contains values that are not"),
    (lambda a: a.update(x_test=np.full((8, 28, 28), np.nan)), "x_test contains NaN"),
    (lambda a: a.update(y_test=np.array(["a"] * 8)), "y_test has dtype <U1"),
    (lambda a: a.update(y_train=np.array([Boom()] * 20, dtype=object)),
     "y_train is an object array; pickled data are never loaded"),
])
def test_bad_archives(tmp_path, make_ds, monkeypatch, change, problem):
    monkeypatch.chdir(tmp_path)
    arrays = keras_arrays(make_ds)
    change(arrays)
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(DataError) as info:
        read_npz(tmp_path / "bad.npz")
    assert str(info.value).startswith(f"{tmp_path / 'bad.npz'}: ")
    assert problem in str(info.value)
    assert not (tmp_path / "npz-was-executed").exists()


@pytest.mark.parametrize("content, problem", [
    (b"", "not a valid .npz archive"),
    (b"PK\x03\x04 truncated zip", "not a valid .npz archive"),
    (b"just some text", "not an .npz archive"),
])
def test_not_an_archive(tmp_path, content, problem):
    (tmp_path / "x.npz").write_bytes(content)
    with pytest.raises(DataError, match=problem) as info:
        read_npz(tmp_path / "x.npz")
    assert str(tmp_path / "x.npz") in str(info.value)


def test_single_npy_array_and_truncated_archive(tmp_path, make_ds):
    np.save(tmp_path / "one.npy", np.zeros(3))
    with pytest.raises(DataError, match="single .npy array"):
        read_npz(tmp_path / "one.npy")
    np.savez(tmp_path / "t.npz", **keras_arrays(make_ds))
    data = (tmp_path / "t.npz").read_bytes()
    (tmp_path / "t.npz").write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(DataError, match="t.npz: "):
        read_npz(tmp_path / "t.npz")
