"""``backprop-viz data info|import`` in-process, its errors, and one real subprocess run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from backprop_viz.cli.main import main
from backprop_viz.data import Dataset, write_csv, write_idx


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("BACKPROP_VIZ_CACHE_DIR", str(cache))
    return cache


@pytest.fixture
def csv_pair(tmp_path):
    rng = np.random.default_rng(0)
    sets = [Dataset(rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
                    np.arange(n, dtype=np.uint8) % 10, "cli") for n in (20, 10)]
    write_csv(tmp_path / "in" / "mnist_train.csv", sets[0])
    write_csv(tmp_path / "in" / "mnist_test.csv", sets[1], header=True)
    return tmp_path / "in"


def test_info_lists_bundled_mnist_with_checksums(capsys, private_cache):
    assert main(["data", "info"]) == 0
    out = capsys.readouterr().out
    assert f"cache folder: {private_cache}" in out
    assert "mnist  [bundled]  train 60,000  test 10,000" in out
    assert ("71524e2cd1ad2968737f7f2f2ff69cbfc32df8ccddff51593f7cb2d4e0eb5b64  "
            "train-images-idx3-ubyte.gz") in out


def test_import_then_info_json(csv_pair, capsys, private_cache):
    assert main(["data", "import", str(csv_pair / "mnist_train.csv"), "--name", "course"]) == 0
    assert "imported" in capsys.readouterr().out
    assert (private_cache / "datasets" / "course" / "dataset.npz").is_file()
    assert main(["data", "info", "--json"]) == 0
    entries = {e["name"]: e for e in json.loads(capsys.readouterr().out)}
    assert entries["course"]["counts"] == {"train": 20, "test": 10}
    assert entries["course"]["kind"] == "imported" and entries["course"]["problem"] is None
    assert entries["mnist"]["class_names"] == [str(d) for d in range(10)]


def test_info_on_a_path(csv_pair, capsys):
    assert main(["data", "info", str(csv_pair)]) == 0
    out = capsys.readouterr().out
    assert "train           20 images" in out and "test            10 images" in out


@pytest.mark.parametrize("content, problem", [
    (b"5," + b"0," * 782 + b"0\n", "line 1 has 784 values, expected 785"),
    (b"", "file is empty"),
    (b"\x1f\x8b\x08\x00garbage", "broken gzip data"),
])
def test_user_errors_are_one_line_exit_2(tmp_path, capsys, content, problem):
    bad = tmp_path / "mnist_train.csv"
    bad.write_bytes(content)
    for argv in (["data", "import", str(bad)], ["data", "info", str(bad)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"backprop-viz data: error: {bad}: {problem}")
        assert err.count("\n") == 1 and "Traceback" not in err


def test_import_name_clash_and_missing_path(csv_pair, tmp_path, capsys):
    assert main(["data", "import", str(csv_pair), "--name", "x"]) == 0
    assert main(["data", "import", str(csv_pair), "--name", "x"]) == 2
    assert "already imported" in capsys.readouterr().err
    assert main(["data", "import", str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_wrong_idx_magic_through_the_cli(tmp_path, capsys):
    folder = tmp_path / "idx"
    images = np.zeros((2, 28, 28), np.uint8)
    write_idx(folder / "train-images-idx3-ubyte", images)
    write_idx(folder / "train-labels-idx1-ubyte", images)  # images where labels belong
    write_idx(folder / "t10k-images-idx3-ubyte", images)
    write_idx(folder / "t10k-labels-idx1-ubyte", np.zeros(2, np.uint8))
    assert main(["data", "info", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'train-labels-idx1-ubyte'}: wrong IDX magic number 2051" in err


def test_data_without_action_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["data"])
    assert info.value.code == 2


def test_subprocess_data_info(tmp_path):
    env = dict(os.environ, BACKPROP_VIZ_CACHE_DIR=str(tmp_path / "sub-cache"))
    proc = subprocess.run([sys.executable, "-m", "backprop_viz.cli.main", "data", "info"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "mnist  [bundled]  train 60,000  test 10,000" in proc.stdout
    assert proc.stderr == ""
