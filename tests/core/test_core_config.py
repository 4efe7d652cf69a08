"""Config validation: every invalid hyperparameter raises ConfigError naming the field
and the allowed values or range."""

import math

import numpy as np
import pytest

from backprop_viz.core import Config, ConfigError, Run, TrainingData, get_preset, parse_hidden
from backprop_viz.core.config import check_batch_size


def refused(**changes) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        Config(**changes)
    return info.value


@pytest.mark.parametrize("changes,field,allowed", [
    ({"hidden": (100, 0)}, "hidden", "1 to 8192"),
    ({"hidden": (-5,)}, "hidden", "1 to 8192"),
    ({"hidden": (10_000,)}, "hidden", "1 to 8192"),
    ({"hidden": (2.5,)}, "hidden", "1 to 8192"),
    ({"lr": -0.1}, "lr", "(0, 100]"),
    ({"lr": 0.0}, "lr", "(0, 100]"),
    ({"lr": 0}, "lr", "(0, 100]"),
    ({"lr": math.nan}, "lr", "(0, 100]"),
    ({"lr": math.inf}, "lr", "(0, 100]"),
    ({"lr": "0.1"}, "lr", "(0, 100]"),
    ({"dropout": 1.0}, "dropout", "[0, 1)"),
    ({"dropout": -0.1}, "dropout", "[0, 1)"),
    ({"dropout": math.nan}, "dropout", "[0, 1)"),
    ({"activation": "swish"}, "activation", "sigmoid, tanh, relu, leaky_relu, identity"),
    ({"activation": "softmax"}, "activation", "sigmoid, tanh, relu, leaky_relu, identity"),
    ({"output": "relu", "loss": "squared_error"}, "output", "softmax, sigmoid, identity, tanh"),
    ({"loss": "hinge"}, "loss", "cross_entropy, squared_error"),
    ({"init": "zeros"}, "init", "normal, uniform, xavier_normal, xavier_uniform, he_normal, he_uniform"),
    ({"optimizer": "rmsprop"}, "optimizer", "sgd, momentum, adam"),
    ({"dtype": "float16"}, "dtype", "float32, float64"),
    ({"input_scaling": "minmax"}, "input_scaling", "unit, lecture, standard"),
    ({"batch_size": 0}, "batch_size", "1 to"),
    ({"batch_size": 2 ** 21}, "batch_size", "1 to"),
    ({"epochs": 0}, "epochs", "1 to"),
    ({"momentum": 1.0}, "momentum", "[0, 1)"),
    ({"beta2": -0.5}, "beta2", "[0, 1)"),
    ({"eps": 0.0}, "eps", "(0, 1]"),
    ({"weight_decay": -1e-4}, "weight_decay", "[0, 1]"),
    ({"n_inputs": 0}, "n_inputs", "1 to"),
    ({"n_outputs": 0}, "n_outputs", "1 to"),
    ({"seed": -1}, "seed", "≥ 0"),
    ({"batch_norm": "yes"}, "batch_norm", "true or false"),
    ({"init_scale": 0.0}, "init_scale", "(0, 100]"),
    ({"target_on": 0.0, "target_off": 0.5}, "target_on", "larger than target_off"),
    ({"validation": -1}, "validation", "≥ 0"),
])
def test_each_invalid_field_is_named_with_what_is_allowed(changes, field, allowed):
    error = refused(**changes)
    assert error.field == field
    message = str(error)
    assert message.startswith(f"{field}: ")
    assert allowed in message
    assert "\n" not in message


def test_cross_entropy_needs_softmax():
    error = refused(output="sigmoid", loss="cross_entropy")
    assert error.field == "loss" and "softmax" in str(error) and "squared_error" in str(error)
    Config(output="sigmoid", loss="squared_error")       # the valid combination


def test_the_bad_value_is_quoted():
    assert "got 0" in str(refused(hidden=(0,)))
    assert "'swish'" in str(refused(activation="swish"))
    assert "nan" in str(refused(lr=float("nan")))


def test_valid_edges_are_accepted():
    c = Config(hidden=(1, 8192), lr=100, dropout=0.0, momentum=0.0, weight_decay=1.0, batch_size=1, seed=0)
    assert c.sizes == (784, 1, 8192, 10)
    Config(dropout=0.999, lr=1e-12, hidden=())


def test_replace_validates_and_refuses_unknown_names():
    c = Config()
    assert c.replace(lr=0.5).lr == 0.5 and c.lr == 0.001          # immutable: a copy
    with pytest.raises(ConfigError) as info:
        c.replace(learning_rate=0.1)
    assert info.value.field == "learning_rate"
    assert "lr" in str(info.value) and "batch_size" in str(info.value)   # lists the known names
    with pytest.raises(ConfigError, match="^lr: "):
        c.replace(lr=-1)


def test_config_is_frozen_and_hidden_becomes_a_tuple():
    c = Config(hidden=[30, 20])
    assert c.hidden == (30, 20) and c.architecture == "784-30-20-10"
    with pytest.raises(Exception):
        c.lr = 1.0


def test_to_dict_from_dict_round_trip():
    c = get_preset("mlp-dropout-relu-bn-he-adam").config.replace(seed=7, dtype="float64")
    d = c.to_dict()
    assert d["hidden"] == [512, 256] and "extra" not in d
    assert Config.from_dict(d) == c
    d["lr"] = -3
    with pytest.raises(ConfigError, match="^lr"):
        Config.from_dict(d)


def test_parse_hidden():
    assert parse_hidden("256,128") == (256, 128)
    assert parse_hidden(" 100 ") == (100,)
    assert parse_hidden("64, 32") == (64, 32)
    assert parse_hidden("") == ()
    with pytest.raises(ConfigError) as info:
        parse_hidden("256;128")
    assert info.value.field == "hidden" and "256,128" in str(info.value)


def test_batch_larger_than_the_data_is_refused_by_check_batch_size_and_run():
    c = Config(n_inputs=4, hidden=(3,), n_outputs=2, batch_size=64)
    check_batch_size(c, 64)
    with pytest.raises(ConfigError) as info:
        check_batch_size(c, 63)
    assert info.value.field == "batch_size" and "1 to 63" in str(info.value)
    x = np.zeros((50, 4), np.float32)
    t = np.zeros((50, 2), np.float32)
    y = np.zeros(50, np.int64)
    data = TrainingData(x, t, y, x, t, y)
    with pytest.raises(ConfigError) as info:
        Run(c, data)
    assert info.value.field == "batch_size" and "50 training samples" in str(info.value)
    run = Run(c.replace(batch_size=50), data)
    with pytest.raises(ConfigError, match="batch_size"):
        run.reset(c.replace(batch_size=51))
    assert run.config.batch_size == 50         # the refused config was not taken


def test_unknown_preset_lists_the_known_ones():
    with pytest.raises(ConfigError) as info:
        get_preset("nope")
    assert info.value.field == "preset"
    assert "'nope'" in str(info.value) and "lecture-backprop" in str(info.value) and "fast" in str(info.value)


def test_config_error_is_a_value_error():
    assert isinstance(refused(lr=-1), ValueError)


def test_numpy_scalars_are_accepted_as_plain_numbers():
    """Scripts often pass np.int64 / np.float32 (from arrays); they validate like Python
    numbers and the config stays JSON-serialisable (model files store it as JSON)."""
    import json

    c = Config(hidden=np.array([30, 20]), lr=np.float32(0.5), batch_size=np.int64(8),
               batch_norm=np.bool_(True), dropout=np.float64(0.25))
    assert c.hidden == (30, 20) and type(c.hidden[0]) is int
    assert type(c.lr) is float and c.lr == 0.5 and type(c.batch_size) is int and c.batch_norm is True
    assert json.loads(json.dumps(c.to_dict()))["hidden"] == [30, 20]
    with pytest.raises(ConfigError, match="^lr"):
        Config(lr=np.float32(-1))
    with pytest.raises(ConfigError, match="^hidden"):
        Config(hidden=np.array([30, 0]))


@pytest.mark.parametrize("hidden", [100, "100", None])
def test_hidden_must_be_a_list_of_sizes(hidden):
    error = refused(hidden=hidden)
    assert error.field == "hidden" and "(256, 128)" in str(error)


# -- issue #15 ------------------------------------------------------------------------------------------

def test_batch_norm_with_batch_size_1_is_refused_with_the_reason():
    from backprop_viz.core.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        Config(batch_norm=True, batch_size=1)
    assert info.value.field == "batch_size" and info.value.message.code == "config.batch_norm.batch_one"
    assert "batch norm cannot train with batch size 1" in str(info.value)
    with pytest.raises(ConfigError):
        Config(batch_size=1).replace(batch_norm=True)
    assert Config(batch_norm=True, batch_size=2).batch_size == 2 and Config(batch_size=1).batch_size == 1


def test_memory_estimate_counts_parameters_gradients_optimizer_and_activations():
    from backprop_viz.core.memory import check_memory, count_params, estimate_bytes, param_shapes

    c = Config(n_inputs=784, hidden=(100,), n_outputs=10, optimizer="adam", batch_size=64, dtype="float32")
    assert count_params(c) == 784 * 100 + 100 + 100 * 10 + 10
    assert param_shapes(c) == {"layer1/W": (784, 100), "layer1/b": (100,), "layer2/W": (100, 10), "layer2/b": (10,)}
    # 4 copies (W, dW, Adam's two moments) + 5 activations a sample for 2,048 evaluation samples
    assert estimate_bytes(c) == (4 * count_params(c) + 5 * 2048 * (784 + 100 + 10)) * 4
    assert estimate_bytes(c.replace(optimizer="sgd")) < estimate_bytes(c) < estimate_bytes(c.replace(dtype="float64"))
    assert check_memory(c, available=10**9) == estimate_bytes(c)
    huge = c.replace(hidden=(8192,) * 16, dtype="float64")
    with pytest.raises(ValueError) as info:
        check_memory(huge, available=8 * 10**9)
    assert info.value.message.code == "config.memory.too_large"
    assert "needs about 43.2 GB" in str(info.value) and "8.0 GB available" in str(info.value)
