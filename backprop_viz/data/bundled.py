"""The MNIST copy shipped in ``resources/mnist``: verified, decoded once, then loaded fast.

:func:`load_bundled_mnist` checks the four ``.gz`` files against ``SHA256SUMS`` (once
per process), decodes them with the IDX reader and keeps the arrays in an in-process
memo (mapped ones only while in use). So that later processes start quickly it also stores the decoded arrays as an
uncompressed ``.npz`` in the cache folder, named after the checksums and written
atomically (a concurrent or interrupted write can never be read half-done), and serves
them as read-only memory maps of that file (CRC-32 of every member checked first), so
every process using them shares one copy of the pages and pickles them as a reference
(:mod:`.shared`). A missing, damaged or unwritable cache silently falls back to decoding
the ``.gz`` files.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from importlib import resources
from pathlib import Path

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.idx import read_idx_pair
from backprop_viz.data.mapping import array_ref, map_npz
from backprop_viz.data.storage import atomic_save_npz, decoded_dir, sha256_file

BUNDLED_FILES = {
    ("train", "images"): "train-images-idx3-ubyte.gz",
    ("train", "labels"): "train-labels-idx1-ubyte.gz",
    ("test", "images"): "t10k-images-idx3-ubyte.gz",
    ("test", "labels"): "t10k-labels-idx1-ubyte.gz",
}
_COUNTS = {"train": 60000, "test": 10000}
_CACHE_KEYS = ("x_train", "y_train", "x_test", "y_test")
_lock = threading.Lock()
_verified: dict[str, str] = {}
_memo: dict[str, tuple] = {}   # key -> (train, test), or weak references to mapped ones


def bundled_dir() -> Path:
    """The folder holding the bundled MNIST files."""
    return Path(str(resources.files("backprop_viz.resources") / "mnist"))


def expected_checksums(folder: Path | None = None) -> dict[str, str]:
    """File name -> SHA-256 from ``SHA256SUMS``."""
    sums = (folder or bundled_dir()) / "SHA256SUMS"
    try:
        lines = sums.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeError) as exc:
        raise DataError(f"cannot read the checksum list ({exc})", path=sums) from None
    out = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2:
            out[parts[1].lstrip("*")] = parts[0].lower()
    return out


def verify_bundled(folder: Path | None = None) -> dict[str, str]:
    """Check every bundled ``.gz`` against ``SHA256SUMS``; return name -> checksum."""
    folder = folder or bundled_dir()
    expected = expected_checksums(folder)
    for name in BUNDLED_FILES.values():
        path = folder / name
        if name not in expected:
            raise DataError(f"{name} is not listed in SHA256SUMS", path=folder / "SHA256SUMS")
        if _verified.get(str(path)) == expected[name]:
            continue
        try:
            actual = sha256_file(path)
        except OSError as exc:
            raise DataError(f"cannot read bundled file ({exc.strerror or exc})",
                            path=path) from None
        if actual != expected[name]:
            raise DataError(f"SHA-256 mismatch: {actual}, SHA256SUMS says {expected[name]} "
                            "(the bundled file is damaged; reinstall backprop-viz)", path=path)
        _verified[str(path)] = actual
    return {name: expected[name] for name in BUNDLED_FILES.values()}


def _cache_key(checksums: dict[str, str]) -> str:
    joined = "".join(checksums[name] for name in sorted(checksums))
    return hashlib.sha256(joined.encode()).hexdigest()[:24]


def _read_cache(path: Path) -> tuple[np.ndarray, ...] | None:
    """The cached arrays, mapped read-only from ``path``, or ``None`` unless intact."""
    members = map_npz(path, _CACHE_KEYS)
    if members is None:
        return None
    arrays = tuple(members[key] for key in _CACHE_KEYS)
    shapes_ok = (arrays[0].shape == (_COUNTS["train"], 28, 28)
                 and arrays[1].shape == (_COUNTS["train"],)
                 and arrays[2].shape == (_COUNTS["test"], 28, 28)
                 and arrays[3].shape == (_COUNTS["test"],))
    if not shapes_ok or any(a.dtype != np.uint8 for a in arrays):
        return None
    return arrays


def _decode(folder: Path) -> tuple[np.ndarray, ...]:
    train = read_idx_pair(folder / BUNDLED_FILES["train", "images"],
                          folder / BUNDLED_FILES["train", "labels"])
    test = read_idx_pair(folder / BUNDLED_FILES["test", "images"],
                         folder / BUNDLED_FILES["test", "labels"])
    return train.images, train.labels, test.images, test.labels


def _as_sets(arrays) -> tuple[Dataset, Dataset]:
    return (Dataset(arrays[0], arrays[1], "bundled MNIST (train)", MNIST_CLASSES),
            Dataset(arrays[2], arrays[3], "bundled MNIST (test)", MNIST_CLASSES))


def _base_sets() -> tuple[Dataset, Dataset]:
    folder = bundled_dir()
    key = _cache_key(verify_bundled(folder))
    with _lock:
        sets = _remembered(key)
        if sets is not None:
            return sets
        cache = decoded_dir() / f"mnist-{key}.npz"
        arrays = _read_cache(cache) if cache.is_file() else None
        try:
            sets = _as_sets(arrays) if arrays is not None else None
        except DataError:  # a damaged cache is rebuilt, never trusted
            sets = None
        if sets is None:
            arrays = _decode(folder)
            try:
                atomic_save_npz(cache, **dict(zip(_CACHE_KEYS, arrays)))
                arrays = _read_cache(cache) or arrays   # served mapped, like a warm load
            except OSError:
                pass  # a read-only or missing cache folder only costs speed (and sharing)
            sets = _as_sets(arrays)
        # mapped sets are remembered only while in use: mapping again is cheap, and pages
        # nobody uses any more (the full training set once a validation split is carved
        # and shared) then leave this process's memory
        mapped = array_ref(sets[0].images) is not None
        _memo[key] = tuple(weakref.ref(ds) for ds in sets) if mapped else sets
        return sets


def _remembered(key: str) -> tuple[Dataset, Dataset] | None:
    entry = _memo.get(key)
    if entry is not None and isinstance(entry[0], weakref.ref):
        entry = tuple(ref() for ref in entry)
        return None if None in entry else entry
    return entry


def load_bundled_mnist(validation: int = 0, seed: int = 0, stratified: bool = False) -> Splits:
    """The shipped MNIST: 60,000 train / 10,000 test, or with ``validation`` images
    (e.g. 5000) moved from train to a seeded validation set (55,000 / 5,000 / 10,000)."""
    train, test = _base_sets()
    return Splits(train, test).with_validation(validation, seed=seed, stratified=stratified)


def clear_memo() -> None:
    """Forget the in-process copies and verifications (used by tests and benchmarks)."""
    with _lock:
        _memo.clear()
        _verified.clear()
