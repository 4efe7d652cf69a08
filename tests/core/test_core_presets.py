"""The course presets match the issue's description."""

import pytest

from backprop_viz.core import NOTEBOOK_PRESETS, PRESETS, Config, Network, get_preset
from backprop_viz.core.config import validate

EXPECTED_NAMES = ["lecture-backprop", "lecture-numerical", "mlp", "mlp-dropout", "mlp-dropout-relu",
                  "mlp-dropout-relu-bn", "mlp-dropout-relu-bn-he", "mlp-dropout-relu-bn-he-adam", "fast"]


def test_all_presets_exist_and_are_valid():
    assert list(PRESETS) == EXPECTED_NAMES
    for name, preset in PRESETS.items():
        assert preset.name == name and get_preset(name) is preset
        assert isinstance(preset.config, Config)
        validate(preset.config)
        assert Config.from_dict(preset.config.to_dict()) == preset.config
        assert preset.description
        Network.from_config(preset.config.replace(hidden=(3,) * len(preset.config.hidden)))  # buildable


def test_lecture_backprop():
    p = get_preset("lecture-backprop")
    c = p.config
    assert c.architecture == "784-100-10"
    assert (c.activation, c.output, c.loss) == ("sigmoid", "sigmoid", "squared_error")
    assert (c.batch_size, c.lr, c.epochs, c.optimizer) == (1, 0.3, 1, "sgd")
    assert (c.input_scaling, c.target_off, c.target_on) == ("lecture", 0.01, 0.99)
    assert c.init == "he_normal" and c.init_scale is None        # randn / sqrt(n_in / 2)
    assert (c.dropout, c.batch_norm, c.weight_decay) == (0.0, False, 0.0)
    assert p.course_accuracy == 94.11 and "28.9" in p.course_note


def test_lecture_numerical():
    c = get_preset("lecture-numerical").config
    assert c.architecture == "784-30-10" and c.lr == 0.01
    assert (c.activation, c.output, c.loss, c.input_scaling) == ("sigmoid", "sigmoid", "squared_error", "lecture")
    assert (c.target_off, c.target_on, c.batch_size) == (0.01, 0.99, 1)


NOTEBOOK = {
    # name: (activation, dropout, batch_norm, init, optimizer, lr, course accuracy)
    "mlp": ("sigmoid", 0.0, False, "uniform", "momentum", 0.01, 90.3),
    "mlp-dropout": ("sigmoid", 0.5, False, "uniform", "momentum", 0.01, 86.5),
    "mlp-dropout-relu": ("relu", 0.5, False, "uniform", "momentum", 0.01, 97.4),
    "mlp-dropout-relu-bn": ("relu", 0.5, True, "uniform", "momentum", 0.01, 97.9),
    "mlp-dropout-relu-bn-he": ("relu", 0.5, True, "he_uniform", "momentum", 0.01, 97.3),
    "mlp-dropout-relu-bn-he-adam": ("relu", 0.5, True, "he_uniform", "adam", 0.01, 98.0),
}


def test_the_six_notebook_presets_in_order():
    assert NOTEBOOK_PRESETS == tuple(NOTEBOOK)


@pytest.mark.parametrize("name", list(NOTEBOOK))
def test_notebook_preset(name):
    activation, dropout, bn, init, optimizer, lr, accuracy = NOTEBOOK[name]
    p = get_preset(name)
    c = p.config
    assert c.architecture == "784-512-256-10"
    assert (c.batch_size, c.epochs) == (32, 10)
    assert (c.output, c.loss, c.input_scaling) == ("softmax", "cross_entropy", "unit")
    assert (c.target_off, c.target_on) == (0.0, 1.0)
    assert (c.activation, c.dropout, c.batch_norm, c.init, c.optimizer, c.lr) == (activation, dropout, bn, init,
                                                                                    optimizer, lr)
    if optimizer == "momentum":
        assert c.momentum == 0.5
    assert c.weight_decay == 0.0
    assert p.course_accuracy == accuracy


def test_notebook_presets_add_one_idea_at_a_time():
    fields = ("activation", "dropout", "batch_norm", "init", "optimizer", "lr")
    configs = [get_preset(n).config for n in NOTEBOOK_PRESETS]
    for before, after in zip(configs, configs[1:]):
        changed = {f for f in fields if getattr(before, f) != getattr(after, f)}
        assert changed and (len(changed) == 1 or changed == {"optimizer", "lr"}), changed


def test_fast_preset_fits_mnist():
    """Its hyperparameters are tuned elsewhere; it must stay an MNIST classifier."""
    c = get_preset("fast").config
    assert (c.n_inputs, c.n_outputs) == (784, 10)
    assert get_preset("fast").course_accuracy is None
