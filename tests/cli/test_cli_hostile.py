"""Issue #15 on the command line: hostile files and settings give one line and exit code 2.

Models for another network, networks too large for the memory available, batch norm at
batch size 1, FIFOs, ``--threads`` beyond the cores, non-UTF-8 file names.
"""

from __future__ import annotations

import os

import numpy as np
import pytest

from backprop_viz.cli import options
from backprop_viz.cli.main import main
from backprop_viz.core import Config, Network
from backprop_viz.core.modelfile import save_model
from backprop_viz.data import Dataset, write_csv
from backprop_viz.data.pngfolder import write_png


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPROP_VIZ_CACHE_DIR", str(tmp_path / "cache"))


def one_line_error(capsys, argv, code=2) -> str:
    assert main([str(a) for a in argv]) == code
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def small_csv(tmp_path):
    rng = np.random.default_rng(0)
    ds = Dataset(rng.integers(0, 256, (20, 28, 28), dtype=np.uint8), np.arange(20, dtype=np.uint8) % 10, "x")
    write_csv(tmp_path / "mnist_train.csv", ds)
    write_csv(tmp_path / "mnist_test.csv", ds)
    return tmp_path / "mnist_train.csv"


@pytest.mark.parametrize("outputs", [5, 1000])
def test_a_model_for_another_network_is_refused_by_evaluate_and_predict(tmp_path, capsys, small_csv, outputs):
    config = Config(n_inputs=100, hidden=(30,), n_outputs=outputs)
    model = save_model(tmp_path / "other.npz", Network.from_config(config), config)
    png = tmp_path / "digit.png"
    write_png(png, np.zeros((28, 28), np.uint8))
    line = one_line_error(capsys, ["evaluate", model, "--data", small_csv])
    assert f"the model is a 100-30-{outputs} network (100 inputs, {outputs} outputs)" in line
    assert "784 inputs per image and 10 classes" in line
    line = one_line_error(capsys, ["predict", model, png])
    assert f"100-30-{outputs} network" in line and "a 28×28 digit image has 784 inputs" in line


def test_a_network_too_large_for_the_memory_is_refused_before_building(capsys, monkeypatch):
    from backprop_viz.core import memory

    monkeypatch.setattr(memory, "available_bytes", lambda: 4 * 10**9)
    line = one_line_error(capsys, ["train", "--hidden", ",".join(["8192"] * 16), "--dtype", "float64"])
    assert line.startswith("backprop-viz train: error: hidden: a 784-8192-")
    assert "needs about 43.2 GB of memory" in line and "4.0 GB available" in line


def test_batch_norm_with_batch_size_1_is_refused(capsys):
    line = one_line_error(capsys, ["train", "--batch-norm", "--batch", "1"])
    assert "batch_size: batch norm cannot train with batch size 1" in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("argv", [["data", "import", "{fifo}"], ["data", "info", "{fifo}"],
                                  ["evaluate", "{fifo}"], ["predict", "{model}", "{fifo}"]])
def test_a_fifo_is_refused_not_waited_on(tmp_path, capsys, argv):
    fifo = tmp_path / "mnist.npz"
    os.mkfifo(fifo)
    config = Config(hidden=(8,))
    model = save_model(tmp_path / "m.npz", Network.from_config(config), config)
    line = one_line_error(capsys, [a.format(fifo=fifo, model=model) for a in argv])
    assert "not a regular file" in line


def test_threads_are_capped_at_the_cores_with_a_note(monkeypatch, capsys):
    monkeypatch.setattr(options, "available_cores", lambda: 2)
    assert options.capped_threads(16) == 2
    assert "note: --threads 16 is more than the 2 core(s) available; using 2" in capsys.readouterr().err
    assert options.capped_threads(2) == 2 and options.capped_threads(None) is None
    assert capsys.readouterr().err == ""
    with pytest.raises(ValueError, match="threads: must be a whole number ≥ 1, got 0"):
        options.capped_threads(0)


def test_a_non_utf8_file_name_imports_and_prints(tmp_path, capsys, small_csv):
    folder = os.fsencode(tmp_path)
    name = folder + b"/caf\xe9_train.csv"
    os.rename(small_csv, name)
    os.rename(tmp_path / "mnist_test.csv", folder + b"/caf\xe9_test.csv")
    assert main(["data", "import", os.fsdecode(name), "--name", "cafe"]) == 0
    out = capsys.readouterr().out
    assert "imported " in out and "caf?_train.csv" in out and "'cafe'" in out
    assert main(["data", "info", os.fsdecode(name)]) == 0
    assert "caf?_train.csv" in capsys.readouterr().out
