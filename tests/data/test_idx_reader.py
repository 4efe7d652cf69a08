"""IDX reader and writer: round trips, folder detection and every kind of bad file."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest

from backprop_viz.data import DataError, read_idx, read_idx_pair, write_idx
from backprop_viz.data.idx import find_idx_files, read_idx_bytes, read_idx_header


def idx_bytes(array: np.ndarray, code: int = 0x08) -> bytes:
    return (bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
            + array.tobytes())


@pytest.mark.parametrize("suffix", ["", ".gz"])
@pytest.mark.parametrize("dtype", ["u1", "i1", "i2", "i4", "f4", "f8"])
def test_round_trip_every_type(tmp_path, suffix, dtype):
    array = (np.arange(2 * 3 * 4) - 7).astype(dtype).reshape(2, 3, 4)
    if dtype == "u1":
        array = array.astype(np.uint8) + 7
    path = tmp_path / f"a-idx{suffix}"
    write_idx(path, array)
    back = read_idx(path)
    assert back.dtype == array.dtype and back.dtype.isnative
    np.testing.assert_array_equal(back, array)
    assert (path.read_bytes()[:2] == b"\x1f\x8b") == bool(suffix)


def test_writer_matches_the_published_layout(tmp_path):
    labels = np.array([5, 0, 4], np.uint8)
    write_idx(tmp_path / "l", labels)
    assert (tmp_path / "l").read_bytes() == b"\0\0\x08\x01\0\0\0\x03\x05\x00\x04"
    assert read_idx_header(tmp_path / "l") == (2049, (3,))


def test_gzip_is_detected_by_content_not_name(tmp_path):
    array = np.arange(6, dtype=np.uint8)
    (tmp_path / "plain.gz").write_bytes(idx_bytes(array))
    (tmp_path / "packed").write_bytes(gzip.compress(idx_bytes(array)))
    np.testing.assert_array_equal(read_idx(tmp_path / "plain.gz"), array)
    np.testing.assert_array_equal(read_idx(tmp_path / "packed"), array)


def test_pair_reads_as_dataset(tmp_path, make_ds):
    ds = make_ds(12)
    write_idx(tmp_path / "i.gz", ds.images)
    write_idx(tmp_path / "l.gz", ds.labels)
    back = read_idx_pair(tmp_path / "i.gz", tmp_path / "l.gz", source="pair")
    np.testing.assert_array_equal(back.images, ds.images)
    np.testing.assert_array_equal(back.labels, ds.labels)
    assert back.source == "pair"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


GOOD_IMAGES = np.zeros((3, 28, 28), np.uint8)
GOOD_LABELS = np.array([1, 2, 3], np.uint8)


@pytest.mark.parametrize("data, problem", [
    (b"", "file is empty"),
    (b"\0\0", "truncated IDX header"),
    (b"\0\0\x08\x03\0\0\0\x03", "truncated IDX header"),
    (idx_bytes(GOOD_IMAGES)[:-100], "file is truncated"),
    (idx_bytes(GOOD_IMAGES) + b"\0", "unexpected bytes after"),
    (b"\x12\x34\x08\x01" + b"\0" * 8, "wrong IDX magic number 305399809"),
    (b"\0\0\x07\x01\0\0\0\x01\x00", "wrong IDX magic number"),
    (b"\0\0\x08\x00", "declares 0 dimensions"),
    (b"\0\0\x08\x07" + b"\0" * 28, "declares 7 dimensions"),
    (b"\0\0\x0e\x03\xff\xff\xff\xff\xff\xff\xff\xff\0\0\0\x10", "more than the"),
    (b"\x1f\x8b\x08\x00garbage-that-is-not-deflate", "broken gzip data"),
    (gzip.compress(idx_bytes(GOOD_IMAGES))[:-30], "broken gzip data"),
    (gzip.compress(idx_bytes(GOOD_IMAGES)[:-5]), "file is truncated"),
])
def test_bad_files_raise_named_errors(tmp_path, data, problem):
    path = write(tmp_path, "bad-idx3-ubyte", data)
    with pytest.raises(DataError) as info:
        read_idx(path)
    assert str(info.value).startswith(str(path) + ": ")
    assert problem in str(info.value)
    with pytest.raises(DataError, match="<memory>"):
        read_idx_bytes(data, "<memory>")


def test_missing_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="cannot open file"):
        read_idx(tmp_path / "nope")


@pytest.mark.parametrize("images, labels, bad, problem", [
    (GOOD_LABELS, GOOD_LABELS, "images", "wrong IDX magic number 2049 for an images file"),
    (GOOD_IMAGES, GOOD_IMAGES, "labels", "wrong IDX magic number 2051 for a labels file"),
    (np.zeros((3, 27, 28), np.uint8), GOOD_LABELS, "images", "images are 27x28 pixels"),
    (GOOD_IMAGES.astype(">i4"), GOOD_LABELS, "images", "wrong IDX magic number 3075"),
    (GOOD_IMAGES, np.array([1, 2], np.uint8), "labels", "3 images in images.idx but 2 labels"),
    (GOOD_IMAGES, np.array([1, 12, 3], np.uint8), "labels", "label 12 at index 1 is outside"),
    (GOOD_IMAGES[:0], GOOD_LABELS[:0], "labels", "holds no labels"),
])
def test_bad_pairs_name_the_file_and_problem(tmp_path, images, labels, bad, problem):
    write_idx(tmp_path / "images.idx", images)
    write_idx(tmp_path / "labels.idx", labels)
    with pytest.raises(DataError) as info:
        read_idx_pair(tmp_path / "images.idx", tmp_path / "labels.idx")
    assert str(info.value).startswith(str(tmp_path / f"{bad}.idx") + ": ")
    assert problem in str(info.value)


def test_find_idx_files_accepts_standard_names(tmp_path):
    assert find_idx_files(tmp_path) is None
    for name in ("train-images-idx3-ubyte.gz", "train-labels.idx1-ubyte",
                 "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte.gz"):
        (tmp_path / name).write_bytes(b"x")
    files = find_idx_files(tmp_path)
    assert files["train", "labels"].name == "train-labels.idx1-ubyte"
    assert files["test", "labels"].name == "t10k-labels-idx1-ubyte.gz"


def test_incomplete_idx_folder_names_the_missing_files(tmp_path):
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(b"x")
    with pytest.raises(DataError, match="missing train-labels-idx1-ubyte, t10k-images"):
        find_idx_files(tmp_path)
