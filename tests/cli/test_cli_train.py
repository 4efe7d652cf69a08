"""``backprop-viz train`` on the bundled MNIST (one short epoch per test at most)."""

import contextlib
import io
import json
import re

import numpy as np
import pytest

from backprop_viz.cli.main import main
from backprop_viz.core import get_preset
from backprop_viz.core.modelfile import load_model
from backprop_viz.core.threads import blas_threads, recommended_blas_threads

JSON_KEYS = {"epoch", "step", "train_loss", "test_loss", "test_accuracy", "epoch_seconds", "samples_per_s",
             "elapsed_seconds"}


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def fast_epoch(tmp_path_factory):
    """The `fast` preset for one epoch on all 60,000 images, saved (a few seconds)."""
    path = tmp_path_factory.mktemp("fast") / "fast.npz"
    code, out, err = run_cli(["train", "--preset", "fast", "--epochs", "1", "--save", str(path)])
    return code, out, err, path


def test_fast_preset_one_epoch_reaches_90_percent(fast_epoch):
    code, out, err, path = fast_epoch
    assert code == 0, err
    assert err == ""                     # stderr is not a terminal: no progress bar, no warnings
    lines = out.strip().splitlines()
    c = get_preset("fast").config
    assert lines[0].startswith(f"fast: {c.architecture} {c.activation}/{c.output} {c.loss}, {c.optimizer} "
                               f"lr {c.lr:g}, batch {c.batch_size}, 1 epochs")
    assert "60,000 training / 10,000 test samples" in lines[0]
    epoch_lines = [line for line in lines if line.startswith("epoch ")]
    assert len(epoch_lines) == 1
    m = re.match(r"epoch 1/1  loss (\d+\.\d+)  test loss (\d+\.\d+)  accuracy (\d+\.\d+) %  ([\d,]+) samples/s",
                 epoch_lines[0])
    assert m, epoch_lines[0]
    assert float(m.group(3)) >= 90.0
    assert float(m.group(1)) < 2.3 and int(m.group(4).replace(",", "")) > 0
    assert lines[-1] == f"saved {path}"


def test_saved_model_loads_and_reproduces_the_printed_accuracy(fast_epoch):
    from backprop_viz.data.bundled import load_bundled_mnist

    code, out, _, path = fast_epoch
    assert code == 0
    network, config, extra = load_model(path)
    assert config == get_preset("fast").config.replace(epochs=1)
    assert extra == {"epochs": 1, "steps": -(-60_000 // config.batch_size)}
    test = load_bundled_mnist().test
    # the same BLAS thread count as the CLI, so even the last bits of every product agree
    with blas_threads(recommended_blas_threads(config.sizes, config.batch_size)):
        _, accuracy = network.evaluate(test.inputs("unit", np.float32), test.one_hot(0, 1, np.float32),
                                       test.labels)
    printed = float(re.search(r"accuracy (\d+\.\d+) %", out).group(1))
    assert f"{100 * accuracy:.2f}" == f"{printed:.2f}"


def test_json_gives_one_parseable_line_per_epoch(tmp_path):
    path = tmp_path / "small.npz"
    code, out, err = run_cli(["train", "--preset", "fast", "--hidden", "32", "--batch", "256", "--epochs", "2",
                              "--json", "--save", str(path)])
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 2                                 # nothing but the JSON lines on stdout
    records = [json.loads(line) for line in lines]
    for k, r in enumerate(records, start=1):
        assert set(r) == JSON_KEYS
        assert r["epoch"] == k and r["step"] == 235 * k      # ceil(60000 / 256) = 235
        assert 0.8 < r["test_accuracy"] <= 1.0
        assert 0 < r["train_loss"] < 2.3 and 0 < r["test_loss"] < 2.3
        assert r["samples_per_s"] > 0 and r["epoch_seconds"] > 0
        assert r["samples_per_s"] == pytest.approx(60_000 / r["epoch_seconds"])
    assert records[1]["elapsed_seconds"] > records[0]["elapsed_seconds"]
    network, config, extra = load_model(path)
    assert config.hidden == (32,) and config.batch_size == 256 and extra == {"epochs": 2, "steps": 470}


def test_json_with_a_validation_split_and_a_target_accuracy():
    code, out, err = run_cli(["train", "--preset", "fast", "--hidden", "16", "--batch", "500", "--epochs", "3",
                              "--validation", "5000", "--target-accuracy", "50", "--json"])
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1                                 # the target was reached after epoch 1
    r = json.loads(lines[0])
    assert {"validation_loss", "validation_accuracy"} <= set(r) and "test_accuracy" not in r
    assert r["step"] == 110                                # 55,000 / 500
    assert r["validation_accuracy"] >= 0.5


def test_a_diverging_run_stops_with_exit_3_and_keeps_finite_parameters(tmp_path):
    path = tmp_path / "diverged.npz"
    code, out, err = run_cli(["train", "--preset", "fast", "--activation", "identity", "--output", "identity",
                              "--loss", "squared_error", "--optimizer", "sgd", "--lr", "100", "--save", str(path)])
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and "Warning" not in err
    assert "diverged at step" in err and "last finite parameters" in err
    network, _, extra = load_model(path)                   # load_model refuses NaN/Inf arrays
    assert extra["epochs"] == 0 and extra["steps"] >= 1
    assert all(np.isfinite(v).all() for d in network.get_params() for v in d.values())


def test_an_unusable_save_path_is_refused_before_training(tmp_path):
    code, out, err = run_cli(["train", "--preset", "fast", "--save", str(tmp_path)])
    assert code == 2 and out == ""
    assert err.startswith("backprop-viz train: error: save: ") and "folder" in err
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    code, out, err = run_cli(["train", "--preset", "fast", "--save", str(blocker / "model.npz")])
    assert code == 2 and out == "" and "save" in err and "Traceback" not in err


def test_threads_must_be_positive():
    code, out, err = run_cli(["train", "--threads", "0"])
    assert code == 2 and err.startswith("backprop-viz train: error: threads: ") and out == ""
