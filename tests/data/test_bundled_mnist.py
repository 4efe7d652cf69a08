"""The bundled MNIST: checksums, known first labels, splits, and the decoded-array cache."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import backprop_viz.data.bundled as bundled
from backprop_viz.data import DataError, load_bundled_mnist

FIRST_TRAIN = [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
FIRST_TEST = [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]


@pytest.fixture
def fresh():
    """Forget in-process copies before and after, so the disk paths really run."""
    bundled.clear_memo()
    yield
    bundled.clear_memo()


def test_gz_files_match_sha256sums():
    folder = bundled.bundled_dir()
    listed = dict(reversed(line.split()) for line in
                  (folder / "SHA256SUMS").read_text().splitlines() if line.strip())
    assert set(listed) == set(bundled.BUNDLED_FILES.values())
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert bundled.verify_bundled() == listed


def test_shapes_and_first_labels():
    splits = load_bundled_mnist()
    assert splits.counts() == {"train": 60000, "test": 10000}
    assert splits.train.images.shape == (60000, 28, 28) and splits.train.images.dtype == np.uint8
    assert list(splits.train.labels[:10]) == FIRST_TRAIN
    assert list(splits.test.labels[:10]) == FIRST_TEST
    assert not splits.train.images.flags.writeable and splits.train.images.flags.c_contiguous
    assert splits.train.source == "bundled MNIST (train)"
    # The well-known pixel statistics (mean 0.1307, std 0.3081 on the training set).
    assert abs(splits.train.images.mean() / 255 - 0.1307) < 1e-3
    assert abs(splits.train.images.std() / 255 - 0.3081) < 1e-3


def test_validation_split_55000_5000_10000():
    splits = load_bundled_mnist(validation=5000, seed=3)
    assert splits.counts() == {"train": 55000, "validation": 5000, "test": 10000}
    again = load_bundled_mnist(validation=5000, seed=3)
    np.testing.assert_array_equal(splits.validation.labels, again.validation.labels)
    strat = load_bundled_mnist(validation=5000, stratified=True)
    share = strat.validation.class_counts() / 5000
    full = load_bundled_mnist().train.class_counts() / 60000
    assert np.abs(share - full).max() < 2e-4
    assert list(strat.test.labels[:10]) == FIRST_TEST


def test_decoded_cache_is_written_then_used(fresh, private_cache, monkeypatch):
    load_bundled_mnist()
    cached = list((private_cache / "decoded").glob("mnist-*.npz"))
    assert len(cached) == 1 and not list((private_cache / "decoded").glob(".*"))
    bundled.clear_memo()

    def no_decoding(folder):
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(bundled, "_decode", no_decoding)
    assert list(load_bundled_mnist().train.labels[:10]) == FIRST_TRAIN


def test_damaged_cache_is_ignored_and_rewritten(fresh, private_cache):
    # (damage is swapped in whole, as the app writes: bytes under a live map never change)
    load_bundled_mnist()
    cache = next((private_cache / "decoded").glob("mnist-*.npz"))
    cut = cache.with_suffix(".cut")
    cut.write_bytes(cache.read_bytes()[:1000])
    os.replace(cut, cache)
    bundled.clear_memo()
    assert list(load_bundled_mnist().test.labels[:10]) == FIRST_TEST
    assert bundled._read_cache(cache) is not None
    # Well-formed but wrong contents (labels out of range) are not trusted either.
    np.savez(cut, x_train=np.zeros((60000, 28, 28), np.uint8),
             y_train=np.full(60000, 99, np.uint8), x_test=np.zeros((10000, 28, 28), np.uint8),
             y_test=np.zeros(10000, np.uint8))
    os.replace(cut.with_suffix(".cut.npz"), cache)
    bundled.clear_memo()
    assert list(load_bundled_mnist().train.labels[:10]) == FIRST_TRAIN


def test_unwritable_cache_falls_back_to_decoding(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BACKPROP_VIZ_CACHE_DIR", str(blocker))
    assert list(load_bundled_mnist().train.labels[:10]) == FIRST_TRAIN


def test_damaged_bundled_file_is_detected(fresh, tmp_path, monkeypatch):
    copy = tmp_path / "mnist"
    shutil.copytree(bundled.bundled_dir(), copy)
    target = copy / "t10k-labels-idx1-ubyte.gz"
    data = bytearray(target.read_bytes())
    data[-10] ^= 0xFF
    target.write_bytes(bytes(data))
    monkeypatch.setattr(bundled, "bundled_dir", lambda: copy)
    with pytest.raises(DataError, match="SHA-256 mismatch") as info:
        load_bundled_mnist()
    assert str(info.value).startswith(str(target))


SCRIPT = """
import json, sys
from backprop_viz.data import load_bundled_mnist
s = load_bundled_mnist()
print(json.dumps([s.train.labels[:10].tolist(), s.test.labels[:10].tolist()]))
"""


@pytest.mark.slow
def test_concurrent_first_loads_share_one_cache(tmp_path):
    env = dict(os.environ, BACKPROP_VIZ_CACHE_DIR=str(tmp_path / "shared"))
    procs = [subprocess.Popen([sys.executable, "-c", SCRIPT], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert json.loads(out) == [FIRST_TRAIN, FIRST_TEST]
    decoded = Path(tmp_path / "shared" / "decoded")
    assert [p.name.startswith("mnist-") for p in decoded.iterdir()] == [True]
    assert bundled._read_cache(next(decoded.iterdir())) is not None
