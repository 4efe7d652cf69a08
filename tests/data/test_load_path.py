"""load_path: one dataset in every format loads bit-identically; sniffing; Fashion-MNIST."""

from __future__ import annotations

import gzip
import hashlib
import pickle
import shutil

import numpy as np
import pytest

import backprop_viz.data.loader as loader
from backprop_viz.data import (FASHION_CLASSES, MNIST_CLASSES, DataError, Dataset, Splits,
                               load_path, write_csv, write_idx, write_npz, write_png_folder)
from backprop_viz.data.loader import identify, load_fashion_mnist


def write_idx_folder(folder, splits, gz=True):
    ext = ".gz" if gz else ""
    write_idx(folder / f"train-images-idx3-ubyte{ext}", splits.train.images)
    write_idx(folder / f"train-labels-idx1-ubyte{ext}", splits.train.labels)
    write_idx(folder / f"t10k-images-idx3-ubyte{ext}", splits.test.images)
    write_idx(folder / f"t10k-labels-idx1-ubyte{ext}", splits.test.labels)


def same(a: Splits, b: Splits):
    for x, y in ((a.train, b.train), (a.test, b.test)):
        assert x.images.dtype == y.images.dtype == np.uint8
        assert x.images.tobytes() == y.images.tobytes()
        assert x.labels.astype(np.uint8).tobytes() == y.labels.astype(np.uint8).tobytes()


@pytest.fixture
def every_format(tmp_path, small_splits):
    s = small_splits
    write_idx_folder(tmp_path / "idx", s)
    write_idx_folder(tmp_path / "idx-raw", s, gz=False)
    write_csv(tmp_path / "csv" / "mnist_train.csv", s.train)
    write_csv(tmp_path / "csv" / "mnist_test.csv", s.test, header=True)
    write_npz(tmp_path / "npz" / "mnist.npz", s)
    (tmp_path / "pkl").mkdir()
    with gzip.open(tmp_path / "pkl" / "mnist.pkl.gz", "wb") as handle:
        pickle.dump(tuple((ds.images.reshape(len(ds), -1) / np.float32(256), ds.labels)
                          for ds in (s.train, s.test)), handle, protocol=2)
    return tmp_path


@pytest.mark.parametrize("where", ["idx", "idx-raw", "csv", "npz", "pkl",
                                   "idx/t10k-labels-idx1-ubyte.gz", "csv/mnist_test.csv",
                                   "npz/mnist.npz", "pkl/mnist.pkl.gz"])
def test_every_format_is_bit_identical(every_format, small_splits, where):
    loaded = load_path(every_format / where)
    same(loaded, small_splits)
    assert loaded.class_names == MNIST_CLASSES and where.split("/")[0] in loaded.train.source


def test_png_folder_via_load_path(tmp_path, small_splits):
    images = np.array(small_splits.train.images)
    images[:, :, [0, -1]] = 0  # MNIST-like black border: no inversion
    order = np.argsort(small_splits.train.labels, kind="stable")
    # PNG folders have no order of their own: write and compare sorted by label.
    train = Dataset(images[order], small_splits.train.labels[order], "png")
    write_png_folder(tmp_path / "png" / "train", train)
    loaded = load_path(tmp_path / "png")
    assert loaded.train.images.tobytes() == train.images.tobytes()
    assert loaded.train.labels.tolist() == train.labels.tolist() and len(loaded.test) == 0


def test_content_sniffing_ignores_misleading_names(every_format, tmp_path):
    odd = tmp_path / "odd"
    odd.mkdir()
    shutil.copy(every_format / "npz" / "mnist.npz", odd / "data.bin")
    shutil.copy(every_format / "pkl" / "mnist.pkl.gz", odd / "digits.dat")
    assert len(load_path(odd / "data.bin").train) == 30
    assert len(load_path(odd / "digits.dat").test) == 12


def test_lone_csv_without_partner_has_empty_test_set(tmp_path, small_splits):
    write_csv(tmp_path / "digits.csv", small_splits.train)
    loaded = load_path(tmp_path / "digits.csv")
    assert len(loaded.train) == 30 and len(loaded.test) == 0
    assert "no test set" in loaded.test.source


@pytest.mark.parametrize("name, content, problem", [
    ("missing", None, "no such file or folder"),
    ("e.bin", b"", "file is empty"),
    ("x.bin", b"\xff\xfe\x00junk", "unrecognised data format"),
    ("empty", "dir", "no supported dataset in this folder"),
    ("g.gz", b"\x1f\x8b\x08\x00junk", "broken gzip data"),
])
def test_unusable_paths(tmp_path, name, content, problem):
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(DataError, match=problem) as info:
        load_path(path)
    assert str(info.value).startswith(str(path))


def test_fashion_folder_by_name_gets_fashion_class_names(tmp_path, small_splits):
    write_idx_folder(tmp_path / "fashion-mnist", small_splits)
    loaded = load_path(tmp_path / "fashion-mnist")
    assert loaded.class_names == FASHION_CLASSES
    assert loaded.train.class_names[0] == "T-shirt/top"
    assert loaded.train.source.startswith("Fashion-MNIST from ")


def test_fashion_recognised_by_label_checksum_in_any_folder(tmp_path, small_splits,
                                                           monkeypatch):
    digest = hashlib.sha256(small_splits.train.labels.tobytes()).hexdigest()
    monkeypatch.setitem(loader.LABEL_SHA256, digest, ("fashion-mnist", "train"))
    write_idx_folder(tmp_path / "clothes", small_splits)
    write_csv(tmp_path / "clothes-csv" / "train.csv", small_splits.train)
    assert load_path(tmp_path / "clothes").class_names == FASHION_CLASSES
    assert load_path(tmp_path / "clothes-csv").class_names == FASHION_CLASSES


def test_bundled_mnist_is_identified_as_mnist():
    from backprop_viz.data import load_bundled_mnist

    assert identify(load_bundled_mnist(), "/somewhere/fashion") == "mnist"


def test_load_fashion_mnist_from_the_debian_location(tmp_path, small_splits, monkeypatch):
    system = tmp_path / "usr" / "share" / "datasets" / "fashion-mnist"
    monkeypatch.setattr(loader, "FASHION_SYSTEM_DIR", system)
    with pytest.raises(DataError, match="apt install dataset-fashion-mnist"):
        load_fashion_mnist(system)
    write_idx_folder(system, small_splits)
    loaded = load_fashion_mnist(system)
    assert loaded.class_names == FASHION_CLASSES and len(loaded.train) == 30
    write_idx_folder(tmp_path / "plain", small_splits)
    with pytest.raises(DataError, match="does not hold Fashion-MNIST"):
        load_fashion_mnist(tmp_path / "plain")


@pytest.mark.skipif(not loader.FASHION_SYSTEM_DIR.is_dir(),
                    reason="Debian's dataset-fashion-mnist package is not installed")
def test_installed_fashion_mnist():  # pragma: no cover - depends on the machine
    loaded = load_fashion_mnist()
    assert loaded.counts() == {"train": 60000, "test": 10000}
    assert loaded.class_names == FASHION_CLASSES
