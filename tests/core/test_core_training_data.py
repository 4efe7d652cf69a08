"""TrainingData: the minibatch's inputs are exactly the dataset's own scaling of its pixels,
whether they come through the 256-value table or, for ``pixel / 255``, a division."""

import numpy as np
import pytest

from backprop_viz.core import Config
from backprop_viz.core.training_data import TrainingData
from backprop_viz.data import Splits, load_bundled_mnist


@pytest.fixture(scope="module")
def splits():
    full = load_bundled_mnist()
    return Splits(train=full.train.subset(np.arange(300)), test=full.test.subset(np.arange(100)))


@pytest.mark.parametrize("scaling, dtype, divides", [("unit", "float32", True), ("unit", "float64", True),
                                                     ("lecture", "float32", False)])
def test_minibatch_inputs_equal_the_datasets_own_scaling_bit_for_bit(splits, scaling, dtype, divides):
    config = Config(hidden=(8,), input_scaling=scaling, dtype=dtype)
    data = TrainingData.from_splits(splits, config)
    assert (data.x_divisor is not None) is divides
    idx = np.array([0, 17, 299, 5, 5])
    got = data.train_inputs(idx)
    expected = splits.train.inputs(scaling, dtype=np.dtype(dtype))[idx]
    assert got.dtype == np.dtype(dtype) and got.shape == (5, 784)
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_array_equal(got, data.x_lut.take(data.x_train[idx]))   # the table agrees too
    assert set(np.unique(data.x_train)) >= {0, 255}                          # both ends were exercised


@pytest.mark.parametrize("scaling, dtype", [("unit", "float32"), ("unit", "float64"), ("lecture", "float32")])
def test_the_evaluation_set_reads_as_the_datasets_own_scaling_without_a_float_copy(splits, scaling, dtype):
    config = Config(hidden=(8,), input_scaling=scaling, dtype=dtype)
    data = TrainingData.from_splits(splits, config)
    expected = splits.test.inputs(scaling, dtype=np.dtype(dtype)).reshape(100, -1)
    x = data.x_eval
    assert x.pixels.dtype == np.uint8 and x.pixels.nbytes == 100 * 784      # the pixels, not floats
    assert len(x) == 100 and x.shape == (100, 784) and x.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(x[7], expected[7])
    np.testing.assert_array_equal(x[10:40], expected[10:40])
    np.testing.assert_array_equal(np.asarray(x), expected)
    net_input = np.asarray(x[:5], dtype=np.dtype(dtype))
    assert net_input.dtype == np.dtype(dtype) and net_input.flags.c_contiguous
