"""The Dataset type: validation, read-only arrays, conversions, minibatches, splits."""

from __future__ import annotations

import numpy as np
import pytest

import backprop_viz.data.dataset as dataset_module
from backprop_viz.core.batches import iterate_minibatches
from backprop_viz.data import (FASHION_CLASSES, MNIST_CLASSES, DataError, Dataset, Splits,
                               split_validation)


def test_arrays_are_read_only_and_contiguous(make_ds):
    ds = make_ds(20)
    assert ds.images.dtype == np.uint8 and ds.images.shape == (20, 28, 28)
    assert ds.images.flags.c_contiguous and not ds.images.flags.writeable
    assert not ds.labels.flags.writeable
    with pytest.raises(ValueError):
        ds.images[0, 0, 0] = 1
    assert len(ds) == 20 and ds.class_names == MNIST_CLASSES


def test_caller_array_is_not_frozen_but_dataset_view_is():
    images = np.zeros((3, 28, 28), np.uint8)
    ds = Dataset(images, np.array([0, 1, 2]), "x")
    assert images.flags.writeable and not ds.images.flags.writeable
    assert ds.labels.dtype == np.int64


@pytest.mark.parametrize("images, labels, problem", [
    (np.zeros((2, 28, 27), np.uint8), np.zeros(2, np.uint8), "(N, 28, 28)"),
    (np.zeros((2, 28, 28), np.float32), np.zeros(2, np.uint8), "uint8"),
    (np.zeros((2, 28, 28), np.uint8), np.zeros(3, np.uint8), "2 images but 3 labels"),
    (np.zeros((2, 28, 28), np.uint8), np.array([0, 10]), "label 10 at index 1"),
    (np.zeros((2, 28, 28), np.uint8), np.array([0.0, 1.0]), "integer"),
])
def test_invalid_arrays_raise_data_error(images, labels, problem):
    with pytest.raises(DataError, match=r"^where: .*") as info:
        Dataset(images, labels, "where")
    assert problem in str(info.value)


def test_inputs_scalings_are_exact():
    images = np.arange(784 * 2, dtype=np.int64).reshape(2, 28, 28) % 256
    ds = Dataset(images.astype(np.uint8), np.array([3, 4]), "ramp")
    x = images.reshape(2, 784).astype(np.float64)
    unit = ds.inputs()
    assert unit.dtype == np.float32 and unit.shape == (2, 784)
    np.testing.assert_array_equal(unit, (x / 255).astype(np.float32))
    np.testing.assert_allclose(ds.inputs("lecture", np.float64), x / 255 * 0.99 + 0.01,
                               rtol=0, atol=1e-15)
    np.testing.assert_allclose(ds.inputs("standard", np.float64),
                               (x / 255 - 0.1307) / 0.3081, rtol=0, atol=1e-14)
    assert ds.inputs("lecture").min() == np.float32(0.01)
    unit[0, 0] = 5.0  # a fresh array each time, the dataset is untouched
    assert ds.inputs()[0, 0] == 0.0
    with pytest.raises(ValueError, match="scaling"):
        ds.inputs("bogus")


def test_one_hot_with_custom_off_on(make_ds):
    ds = make_ds(15)
    plain = ds.one_hot()
    assert plain.shape == (15, 10) and plain.dtype == np.float32
    np.testing.assert_array_equal(plain.argmax(1), ds.labels)
    np.testing.assert_array_equal(plain.sum(1), np.ones(15))
    lecture = ds.one_hot(0.01, 0.99, dtype=np.float64)
    assert set(np.unique(lecture)) == {0.01, 0.99}
    assert (lecture[np.arange(15), ds.labels] == 0.99).all()


def test_subset_by_indices_mask_and_slice(make_ds):
    ds = make_ds(10)
    sub = ds.subset([7, 2])
    np.testing.assert_array_equal(sub.images, ds.images[[7, 2]])
    np.testing.assert_array_equal(sub.labels, ds.labels[[7, 2]])
    assert not sub.images.flags.writeable and sub.source == ds.source
    assert len(ds.subset(ds.labels == ds.labels[0])) == int((ds.labels == ds.labels[0]).sum())
    assert len(ds.subset(slice(2, 5))) == 3
    assert len(ds.subset(np.arange(0))) == 0


def test_minibatches_delegate_to_core_iterator(make_ds, monkeypatch):
    ds = make_ds(25)
    got = list(ds.minibatches(8, np.random.default_rng(3)))
    want = list(iterate_minibatches(25, 8, np.random.default_rng(3)))
    assert [len(b) for b in got] == [8, 8, 8, 1]
    for a, b in zip(got, want):
        np.testing.assert_array_equal(a, b)
    assert len(list(ds.minibatches(8, np.random.default_rng(3), drop_last=True))) == 3
    calls = []

    def spy(n, batch_size, rng, shuffle=True, drop_last=False):
        calls.append((n, batch_size, shuffle, drop_last))
        return iter(())

    monkeypatch.setattr(dataset_module, "iterate_minibatches", spy)
    list(ds.minibatches(4, np.random.default_rng(0), shuffle=False, drop_last=True))
    assert calls == [(25, 4, False, True)]


def test_epochs_differ_but_are_seeded(make_ds):
    ds = make_ds(50)
    rng_a, rng_b = np.random.default_rng(9), np.random.default_rng(9)
    epoch1 = np.concatenate(list(ds.minibatches(10, rng_a)))
    epoch2 = np.concatenate(list(ds.minibatches(10, rng_a)))
    assert sorted(epoch1) == list(range(50)) and not np.array_equal(epoch1, epoch2)
    np.testing.assert_array_equal(epoch1, np.concatenate(list(ds.minibatches(10, rng_b))))


def test_split_validation_is_a_seeded_partition(make_ds):
    ds = make_ds(100)
    rest, val = split_validation(ds, 20, seed=5)
    assert (len(rest), len(val)) == (80, 20)
    joined = np.concatenate([rest.images.reshape(80, -1), val.images.reshape(20, -1)])
    assert len({row.tobytes() for row in joined}) == 100  # disjoint and complete
    again_rest, again_val = split_validation(ds, 20, seed=5)
    np.testing.assert_array_equal(val.images, again_val.images)
    other = split_validation(ds, 20, seed=6)[1]
    assert not np.array_equal(val.images, other.images)


def test_stratified_split_keeps_class_proportions():
    labels = np.repeat(np.arange(10), [50, 10, 20, 20, 100, 40, 30, 30, 100, 100])
    ds = Dataset(np.zeros((len(labels), 28, 28), np.uint8), labels.astype(np.uint8), "s")
    rest, val = split_validation(ds, 50, seed=0, stratified=True)
    assert len(val) == 50
    np.testing.assert_array_equal(val.class_counts(), [5, 1, 2, 2, 10, 4, 3, 3, 10, 10])
    np.testing.assert_array_equal(rest.class_counts() + val.class_counts(), ds.class_counts())


@pytest.mark.parametrize("n_val", [0, -1, 100, 250])
def test_split_validation_rejects_bad_sizes(make_ds, n_val):
    with pytest.raises(DataError, match="validation size"):
        split_validation(make_ds(100, source="train-set"), n_val)


def test_splits_counts_and_with_validation(make_ds):
    splits = Splits(make_ds(40), make_ds(10))
    assert splits.counts() == {"train": 40, "test": 10}
    assert splits.with_validation(0) is splits
    three = splits.with_validation(8, seed=1, stratified=True)
    assert three.counts() == {"train": 32, "validation": 8, "test": 10}


def test_fashion_class_names():
    assert len(FASHION_CLASSES) == 10
    assert FASHION_CLASSES[0] == "T-shirt/top" and FASHION_CLASSES[-1] == "Ankle boot"
