"""Property-based fuzzing: random and mutated IDX/CSV/pickle input loads or raises DataError.

Any other exception (IndexError, MemoryError, a NumPy error, ...) fails the test, and
whatever loads must be a valid dataset.
"""

from __future__ import annotations

import atexit
import gzip
import os
import pickle
import shutil
import tempfile

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_viz.data import DataError, Dataset, read_csv, write_csv
from backprop_viz.data.idx import read_idx_bytes
from backprop_viz.data.pklfile import safe_loads

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
RNG = np.random.default_rng(0)
IMAGES = RNG.integers(0, 256, (3, 28, 28), dtype=np.uint8)
LABELS = np.array([4, 0, 9], np.uint8)
IDX_IMAGES = (b"\0\0\x08\x03" + (3).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2
              + IMAGES.tobytes())
IDX_LABELS = b"\0\0\x08\x01" + (3).to_bytes(4, "big") + LABELS.tobytes()
TMP = tempfile.mkdtemp(prefix="bpv-fuzz-")
atexit.register(shutil.rmtree, TMP, True)
_csv_path = os.path.join(TMP, "valid.csv")
write_csv(_csv_path, Dataset(IMAGES, LABELS, "fuzz"))
with open(_csv_path, "rb") as _handle:
    CSV = _handle.read()


def mutate(data: bytes, edits) -> bytes:
    out = bytearray(data)
    for kind, pos, value in edits:
        if not out:
            out.append(value)
            continue
        pos %= len(out)
        if kind == 0:
            out[pos] = value
        elif kind == 1:
            del out[pos:pos + value % 64 + 1]
        elif kind == 2:
            out.insert(pos, value)
        else:
            del out[pos:]
    return bytes(out)


EDITS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 1 << 30), st.integers(0, 255)),
                 min_size=1, max_size=6)


def idx_ok_or_data_error(data: bytes) -> None:
    try:
        array = read_idx_bytes(data, "fuzz.idx")
    except DataError as exc:
        assert str(exc).startswith("fuzz.idx: ")
        return
    assert isinstance(array, np.ndarray) and 1 <= array.ndim <= 4


@FUZZ
@given(st.binary(max_size=300))
def test_idx_random_bytes(data):
    idx_ok_or_data_error(data)
    idx_ok_or_data_error(b"\0\0" + data)
    idx_ok_or_data_error(gzip.compress(data))


@FUZZ
@given(st.sampled_from([IDX_IMAGES, IDX_LABELS]), EDITS, st.booleans())
def test_idx_mutated_valid_files(valid, edits, compress):
    data = mutate(valid, edits)
    idx_ok_or_data_error(gzip.compress(data, mtime=0) if compress else data)


@FUZZ
@given(st.sampled_from([IDX_IMAGES, IDX_LABELS]), EDITS)
def test_idx_mutated_gzip_streams(valid, edits):
    idx_ok_or_data_error(mutate(gzip.compress(valid, mtime=0), edits))


def csv_ok_or_data_error(data: bytes) -> None:
    path = os.path.join(TMP, "fuzz.csv")
    with open(path, "wb") as handle:
        handle.write(data)
    try:
        ds = read_csv(path)
    except DataError as exc:
        assert str(exc).startswith(path + ": ")
        return
    assert ds.images.shape[1:] == (28, 28) and ds.images.dtype == np.uint8
    assert len(ds) >= 1 and int(ds.labels.max()) <= 9


CSV_ALPHABET = st.sampled_from(list(b"0123456789,\n\r -.eNaif\t\"x") + [0, 255])


@FUZZ
@given(st.one_of(st.binary(max_size=400), st.lists(CSV_ALPHABET, max_size=400).map(bytes)))
def test_csv_random_bytes(data):
    csv_ok_or_data_error(data)


@FUZZ
@given(EDITS, st.booleans())
def test_csv_mutated_valid_files(edits, compress):
    data = mutate(CSV, edits)
    csv_ok_or_data_error(gzip.compress(data, mtime=0) if compress else data)


@FUZZ
@given(st.integers(0, 2), st.lists(st.tuples(st.integers(0, 2), st.integers(0, 784),
                                            st.sampled_from(["", "-1", "256", "1e9", "nan",
                                                             " 7", "3.0", "a", "00012"])),
                                  min_size=1, max_size=4))
def test_csv_cell_level_mutations(_, edits):
    rows = [[str(v) for v in [int(lab), *img.reshape(-1)]] for lab, img in zip(LABELS, IMAGES)]
    for row, col, text in edits:
        rows[row][col] = text
    csv_ok_or_data_error(("\n".join(",".join(r) for r in rows) + "\n").encode())


VALID_PICKLE = pickle.dumps(((IMAGES.reshape(3, -1) / 256.0, LABELS),) * 2, protocol=2)


@FUZZ
@given(EDITS)
def test_pickle_mutations_never_escape(edits):
    try:
        safe_loads(mutate(VALID_PICKLE, edits), "fuzz.pkl")
    except DataError as exc:
        assert str(exc).startswith("fuzz.pkl: ")
