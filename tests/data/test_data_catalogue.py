"""The dataset catalogue and ``import_path``: listing, replacing, damage, atomicity."""

from __future__ import annotations

import json

import numpy as np
import pytest

import backprop_viz.data.catalogue_store as catalogue_module
import backprop_viz.data.loader as loader
from backprop_viz.data import (FASHION_CLASSES, DataError, catalogue, find_entry, import_path,
                               write_csv, write_idx)


def names(entries):
    return [e.name for e in entries]


def test_bundled_entry_lists_counts_and_checksums():
    entries = catalogue()
    bundled = entries[0]
    assert (bundled.name, bundled.kind) == ("mnist", "bundled")
    assert bundled.counts == {"train": 60000, "test": 10000}
    assert bundled.checksums["train-images-idx3-ubyte.gz"].startswith("71524e2c")
    assert bundled.problem is None
    assert list(bundled.load(validation=5000).validation.labels.shape) == [5000]


def test_import_csv_pair_then_load_from_catalogue(tmp_path, small_splits, private_cache):
    write_csv(tmp_path / "course" / "mnist_train.csv", small_splits.train)
    write_csv(tmp_path / "course" / "mnist_test.csv", small_splits.test)
    entry = import_path(tmp_path / "course" / "mnist_train.csv", name="course")
    assert entry.counts == {"train": 30, "test": 12}
    assert entry.path == private_cache / "datasets" / "course" / "dataset.npz"
    assert names(catalogue()) == ["mnist", "course"]
    loaded = find_entry("course").load(validation=6)
    assert loaded.counts() == {"train": 24, "validation": 6, "test": 12}
    assert np.array_equal(find_entry("course").load().test.images, small_splits.test.images)
    meta = json.loads((entry.path.parent / "meta.json").read_text())
    assert meta["source"].endswith("mnist_train.csv") and len(meta["sha256"]) == 64


def test_default_name_replace_and_reserved_names(tmp_path, small_splits):
    write_csv(tmp_path / "my digits.csv", small_splits.train)
    assert import_path(tmp_path / "my digits.csv").name == "my-digits"
    with pytest.raises(DataError, match="already imported"):
        import_path(tmp_path / "my digits.csv")
    assert import_path(tmp_path / "my digits.csv", force=True).counts["train"] == 30
    for bad in ("mnist", "../escape", "a/b", ""):
        with pytest.raises(DataError, match="cannot be used as a dataset name"):
            import_path(tmp_path / "my digits.csv", name=bad or " ")
    hidden = [p.name for p in (catalogue_module.imported_dir()).iterdir()]
    assert hidden == ["my-digits"]


def test_fashion_import_keeps_class_names(tmp_path, small_splits):
    folder = tmp_path / "fashion"
    write_idx(folder / "train-images-idx3-ubyte", small_splits.train.images)
    write_idx(folder / "train-labels-idx1-ubyte", small_splits.train.labels)
    write_idx(folder / "t10k-images-idx3-ubyte", small_splits.test.images)
    write_idx(folder / "t10k-labels-idx1-ubyte", small_splits.test.labels)
    entry = import_path(folder)
    assert entry.name == "fashion-mnist-imported"  # "fashion-mnist" is the system copy
    assert entry.class_names == FASHION_CLASSES
    assert find_entry(entry.name).load().class_names == FASHION_CLASSES


def test_interrupted_import_leaves_nothing(tmp_path, small_splits, monkeypatch):
    write_csv(tmp_path / "d.csv", small_splits.train)

    def failing_write(path, splits, compress=False):
        path.write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(catalogue_module, "write_npz", failing_write)
    with pytest.raises(KeyboardInterrupt):
        import_path(tmp_path / "d.csv", name="d")
    assert list(catalogue_module.imported_dir().iterdir()) == []
    assert names(catalogue()) == ["mnist"]


def test_damaged_entries_are_listed_with_their_problem(tmp_path, small_splits):
    write_csv(tmp_path / "d.csv", small_splits.train)
    entry = import_path(tmp_path / "d.csv", name="d")
    (entry.path.parent / "meta.json").write_text("{not json")
    damaged = find_entry("d")
    assert "damaged catalogue entry" in damaged.problem
    with pytest.raises(DataError, match="damaged catalogue entry"):
        damaged.load()
    with pytest.raises(DataError, match="no dataset named 'nope'"):
        find_entry("nope")


def test_system_fashion_and_downloaded_entries(tmp_path, small_splits, monkeypatch,
                                               private_cache):
    system = tmp_path / "fashion-mnist"
    write_idx(system / "train-images-idx3-ubyte.gz", small_splits.train.images)
    write_idx(system / "train-labels-idx1-ubyte.gz", small_splits.train.labels)
    write_idx(system / "t10k-images-idx3-ubyte.gz", small_splits.test.images)
    write_idx(system / "t10k-labels-idx1-ubyte.gz", small_splits.test.labels)
    monkeypatch.setattr(catalogue_module, "FASHION_SYSTEM_DIR", system)
    monkeypatch.setattr(loader, "FASHION_SYSTEM_DIR", system)
    (private_cache / "mnist").mkdir(parents=True)
    (private_cache / "mnist" / "train-images-idx3-ubyte.gz").write_bytes(b"partial")
    entries = {e.name: e for e in catalogue()}
    fashion = entries["fashion-mnist"]
    assert fashion.kind == "system" and fashion.counts == {"train": 30, "test": 12}
    assert fashion.class_names == FASHION_CLASSES and len(fashion.checksums) == 4
    assert fashion.load().class_names == FASHION_CLASSES
    assert "missing" in entries["mnist-downloaded"].problem
