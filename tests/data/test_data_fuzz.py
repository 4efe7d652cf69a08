"""Property-based fuzzing: random and mutated IDX/CSV/pickle/npz/model input loads or raises DataError.

Any other exception (IndexError, MemoryError, a NumPy error, ...) fails the test, and
whatever loads must be a valid dataset. The runs are deterministic (``derandomize``: the
same cases every run, on every machine), and every input that ever failed is kept in
``fuzz_corpus/`` and replayed by :func:`test_the_corpus_of_past_failures`.
"""

from __future__ import annotations

import atexit
import gzip
import os
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backprop_viz.core import Config, Network
from backprop_viz.core.modelfile import ModelFileError, load_model
from backprop_viz.core.run import TrainingData
from backprop_viz.core.runfile import load_run
from backprop_viz.data import DataError, Dataset, read_csv, read_idx, read_npz, read_pkl, write_csv
from backprop_viz.data.idx import read_idx_bytes
from backprop_viz.data.pklfile import safe_loads
from backprop_viz.data.pngfolder import decode_png

sys.path.insert(0, os.path.dirname(__file__))
import hostile  # noqa: E402

FUZZ = settings(max_examples=150, deadline=None, database=None, derandomize=True,
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


VALID_NPZ = hostile.npz_bytes({"x_train": IMAGES, "y_train": LABELS, "x_test": IMAGES, "y_test": LABELS})
MODEL_CONFIG = Config(n_inputs=12, hidden=(5,), n_outputs=4, seed=1)
VALID_MODEL = hostile.npz_bytes({"__meta__": hostile.model_meta(MODEL_CONFIG.to_dict()), **{
    f"layer{k}/{n}": v for k, d in enumerate(Network.from_config(MODEL_CONFIG).get_params(), 1) for n, v in d.items()}})


def file_ok_or_refused(reader, data: bytes, name: str) -> None:
    path = os.path.join(TMP, name)
    with open(path, "wb") as handle:
        handle.write(data)
    try:
        reader(path)
    except (DataError, ModelFileError) as exc:
        assert str(exc).startswith(path) and "\n" not in str(exc)


@FUZZ
@given(EDITS, st.booleans())
def test_npz_mutations_never_escape(edits, compress):
    valid = VALID_NPZ if not compress else hostile.npz_bytes(
        {"x_train": IMAGES, "y_train": LABELS, "x_test": IMAGES, "y_test": LABELS}, True)
    file_ok_or_refused(read_npz, mutate(valid, edits), "fuzz.npz")


@FUZZ
@given(EDITS)
def test_model_mutations_never_escape(edits):
    file_ok_or_refused(load_model, mutate(VALID_MODEL, edits), "fuzz-model.npz")


CORPUS = Path(__file__).parent / "fuzz_corpus"
#: corpus files that are valid (they failed once by being refused)
LOADS = {"csv-semicolons.csv", "pkl-protocol5-inband.pkl"}


def _corpus_run_data() -> TrainingData:
    x = np.random.default_rng(0).normal(size=(40, 12)).astype(np.float32)
    y = np.arange(40) % 4
    t = np.eye(4, dtype=np.float32)[y]
    return TrainingData(x[:30], t[:30], y[:30], x[30:], t[30:], y[30:])


def _png(path):
    with open(path, "rb") as handle:
        return decode_png(handle.read(), str(path))


READERS = {"pkl": read_pkl, "npz": read_npz, "csv": read_csv, "idx": read_idx, "png": _png,
           "model": load_model, "run": lambda p: load_run(p, _corpus_run_data())}


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir() if p.name != "README.md"))
def test_the_corpus_of_past_failures(name):
    reader = READERS[name.split("-", 1)[0]]
    path = CORPUS / name
    if name in LOADS or "-loads" in name:
        reader(path)
        return
    with pytest.raises((DataError, ModelFileError)) as info:
        reader(path)
    assert str(info.value).startswith(str(path)) and "\n" not in str(info.value)
