"""Hostile files (issue #15): every reader refuses them with one clear error, bounded in work.

One regression test per class: archive oddities through every ``.npz`` reader (datasets,
models, runs), declared-size and compression bombs refused before decompressing, the
pickle that crashed CPython, the pickle-scanner DoS, FIFOs, semicolon CSVs, the ceilings
and stale temporaries of killed saves. Work is bounded by counts (opcodes, bytes), never
asserted with a clock.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys

import numpy as np
import pytest

from backprop_viz.core import Config, Network
from backprop_viz.core.modelfile import ModelFileError, load_model, save_model
from backprop_viz.core.run import Run, TrainingData
from backprop_viz.core.runfile import load_run, save_run
from backprop_viz.data import (
    DataError,
    Dataset,
    limits,
    read_csv,
    read_idx,
    read_npz,
    read_pkl,
    write_csv,
)
from backprop_viz.data.loader import load_path
from backprop_viz.data.pklfile import safe_loads

sys.path.insert(0, os.path.dirname(__file__))
import hostile

CONFIG = Config(n_inputs=12, hidden=(5,), n_outputs=4, seed=1)


def keras(make_ds, compress=False) -> bytes:
    train, test = make_ds(10, seed=1), make_ds(4, seed=2)
    return hostile.npz_bytes({"x_train": train.images, "y_train": train.labels,
                              "x_test": test.images, "y_test": test.labels}, compress)


def model_bytes(tmp_path) -> bytes:
    return save_model(tmp_path / "m.npz", Network.from_config(CONFIG), CONFIG).read_bytes()


def run_bytes(tmp_path) -> tuple[bytes, TrainingData]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 12)).astype(np.float32)
    y = rng.integers(0, 4, 40)
    t = np.eye(4, dtype=np.float32)[y]
    data = TrainingData(x[:30], t[:30], y[:30], x[30:], t[30:], y[30:])
    run = Run(CONFIG.replace(batch_size=8), data)
    run.step()
    return save_run(tmp_path / "r.npz", run).read_bytes(), data


def refusal(reader, path, error=(DataError, ModelFileError)) -> str:
    with pytest.raises(error) as info:
        reader(path)
    text = str(info.value)
    assert str(path) in text and "\n" not in text
    return text


# -- archives: one validating reader for datasets, models and runs ---------------------------------

def readers(tmp_path, make_ds):
    """(name, valid archive bytes, a member to break, the reader)."""
    run, data = run_bytes(tmp_path)
    return [("dataset", keras(make_ds), "x_train.npy", read_npz),
            ("model", model_bytes(tmp_path), "layer1/W.npy", load_model),
            ("run", run, "optimizer/0.npy", lambda p: load_run(p, data))]


@pytest.mark.parametrize("edit, problem", [
    (dict(flags=1), "encrypted"),
    (dict(method=12), "compression method 12 is not supported"),
    (dict(method=99), "compression method 99 is not supported"),
    (dict(size=3 << 30), "more than the"),            # a member declaring 3 GB: refused unread
])
def test_zip_oddities_are_one_clear_error_in_every_reader(tmp_path, make_ds, edit, problem):
    for kind, valid, member, reader in readers(tmp_path, make_ds):
        path = tmp_path / f"{kind}.npz"
        path.write_bytes(hostile.edit_member(valid, member, **edit))
        assert problem in refusal(reader, path), kind


@pytest.mark.parametrize("header, problem", [
    ("{'descr': '<f4', 'fortran_order': False, 'shape': (3, }", "header is not readable"),
    ("{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776,), }", "declares shape"),
    ("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (3,), }", "unsupported array type"),
    ("{'descr': '<f4', 'fortran_order': False, 'shape': (-3,), }", "is not a shape"),
    ("__import__('os').system('touch npy-ran')", "header is not readable"),
])
def test_bad_npy_headers_are_one_clear_error_in_every_reader(tmp_path, make_ds, monkeypatch, header, problem):
    monkeypatch.chdir(tmp_path)
    member = hostile.npy_bytes(header, b"\0" * 12)
    for kind, name, reader in (("dataset", "x_train.npy", read_npz), ("model", "layer1/W.npy", load_model)):
        path = tmp_path / f"{kind}.npz"
        path.write_bytes(hostile.zip_of({"__meta__.npy": hostile.npy_bytes(
            "{'descr': '|u1', 'fortran_order': False, 'shape': (2,), }", b"{}"), name: member}))
        assert problem in refusal(reader, path), kind
    assert not (tmp_path / "npy-ran").exists()


def test_a_keras_bomb_is_refused_from_its_declared_size(tmp_path, make_ds):
    # 2 MB inflating to 2.35 GB of images was accepted: now refused before decompressing
    path = tmp_path / "mnist.npz"
    path.write_bytes(hostile.edit_member(keras(make_ds, compress=True), "x_train.npy", size=2_350_000_000))
    assert "more than the 1,073,741,824 bytes allowed" in refusal(read_npz, path)


def test_a_compression_ratio_over_100_is_refused(tmp_path, make_ds):
    path = tmp_path / "mnist.npz"
    path.write_bytes(hostile.edit_member(keras(make_ds, compress=True), "x_train.npy", size=500 << 20))
    assert "compression bomb" in refusal(read_npz, path)


def test_a_model_with_a_huge_extra_member_is_refused_unread(tmp_path):
    valid = hostile.npz_bytes({"__meta__": hostile.model_meta(CONFIG.to_dict()),
                               **{f"layer{k}/{n}": v for k, d in enumerate(Network.from_config(CONFIG).get_params(), 1)
                                  for n, v in d.items()}, "extra": np.zeros(10, np.uint8)})
    path = tmp_path / "m.npz"
    path.write_bytes(hostile.edit_member(valid, "extra.npy", size=900 << 20))
    assert "extra" in refusal(load_model, path)


# -- pickles ------------------------------------------------------------------------------------------

def test_the_dtype_setstate_crash_is_a_clear_error():
    with pytest.raises(DataError, match="crash.pkl: not a valid pickle of NumPy arrays"):
        safe_loads(hostile.dtype_setstate_crash(), "crash.pkl")


def test_the_crash_pickle_inside_an_array_is_refused(tmp_path):
    data = hostile.dtype_setstate_crash()[:-1]     # the crafted dtype, then use it in an array
    data += (b"\x94cnumpy._core.multiarray\n_reconstruct\ncnumpy\nndarray\nK\x00\x85C\x01b\x87R"
             b"(K\x01K\x02\x85h\x00\x89C\x10" + b"\0" * 16 + b"tb.")
    with pytest.raises(DataError, match="not a valid pickle"):
        safe_loads(data, "crash.pkl")


def test_the_none_opcode_bomb_stops_after_a_bounded_number_of_operations(tmp_path):
    path = tmp_path / "mnist.pkl.gz"
    path.write_bytes(hostile.none_bomb(8))
    assert "more than 100,000 pickle operations" in refusal(read_pkl, path)


def test_a_declared_length_beyond_the_file_is_refused_before_reading():
    data = b"\x80\x04\x8e" + (1 << 40).to_bytes(8, "little") + b"xx"
    with pytest.raises(DataError, match="declares 1,099,511,627,776 bytes"):
        safe_loads(data, "long.pkl")


# -- streams: gzip bombs and ceilings ----------------------------------------------------------------

def test_a_csv_gz_bomb_is_refused_by_its_ratio(tmp_path):
    row = ("0," * 784 + "0\n").encode() * 600      # ~1 MB of valid rows, repeated
    path = tmp_path / "mnist_train.csv.gz"
    path.write_bytes(hostile.gzip_stream(row, 100))   # 94 MB of rows from ~100 KB
    assert "compression bomb" in refusal(read_csv, path)


def test_an_idx_gz_bomb_is_refused_by_its_ratio(tmp_path):
    head = b"\0\0\x08\x03" + (200_000).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(head) + hostile.gzip_stream(b"\0" * (1 << 20), 150))
    assert "compression bomb" in refusal(read_idx, path)


def test_the_csv_row_ceiling(tmp_path, make_ds, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    monkeypatch.setattr("backprop_viz.data.csvfile.MAX_ROWS", 5)
    write_csv(tmp_path / "a.csv", make_ds(8))
    assert "more than 5 images" in refusal(read_csv, tmp_path / "a.csv")


@pytest.mark.parametrize("sep", [b";", b"\t"])
def test_semicolon_and_tab_separated_csv_load(tmp_path, make_ds, sep):
    ds = make_ds(6)
    write_csv(tmp_path / "a.csv", ds, header=True)
    (tmp_path / "b.csv").write_bytes((tmp_path / "a.csv").read_bytes().replace(b",", sep))
    back = read_csv(tmp_path / "b.csv")
    np.testing.assert_array_equal(back.images, ds.images)
    np.testing.assert_array_equal(back.labels, ds.labels)


def test_a_one_column_csv_says_what_was_expected(tmp_path):
    (tmp_path / "a.csv").write_text("label pixels\n1 2 3\n")
    assert "separated by commas, semicolons or tabs" in refusal(read_csv, tmp_path / "a.csv")


# -- FIFOs and other special files -------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("name, reader", [
    ("mnist.npz", read_npz), ("mnist.pkl.gz", read_pkl), ("mnist_train.csv", read_csv),
    ("train-images-idx3-ubyte", read_idx), ("data.bin", load_path), ("model.npz", load_model),
])
def test_a_fifo_is_refused_instead_of_waiting_forever(tmp_path, name, reader):
    path = tmp_path / name
    os.mkfifo(path)
    assert "not a regular file" in refusal(reader, path)


def test_a_device_is_refused(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(DataError, match="not a regular file"):
        load_path("/dev/zero")


# -- temporaries of killed saves ------------------------------------------------------------------------

def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize("save, name, suffix", [
    (lambda p: save_model(p, Network.from_config(CONFIG), CONFIG), "model.npz", ".tmp"),
    (lambda p: write_csv(p, Dataset(np.zeros((1, 28, 28), np.uint8), np.zeros(1, np.uint8), "x")), "a.csv",
     ".part"),
])
def test_the_next_save_removes_temporaries_of_killed_saves(tmp_path, save, name, suffix):
    dead = tmp_path / f".{name}.{dead_pid()}.abcdefgh{suffix}"
    live = tmp_path / f".{name}.{os.getpid()}.zyxwvuts{suffix}"
    other = tmp_path / ".someone-elses.tmp"
    for path in (dead, live, other):
        path.write_bytes(b"half a file")
    save(tmp_path / name)
    assert not dead.exists() and live.exists() and other.exists()
    assert (tmp_path / name).is_file()


def test_cache_temporaries_are_removed_at_start(private_cache):
    folder = private_cache / "datasets"
    folder.mkdir(parents=True)
    dead = folder / f".dataset.npz.{dead_pid()}.abcdefgh.part"
    dead.write_bytes(b"x")
    from backprop_viz.data.storage import remove_stale_temporaries

    assert remove_stale_temporaries() == 1 and not dead.exists()
