"""Reader and writer for Keras-style ``mnist.npz`` archives, never unpickling anything.

A Keras ``mnist.npz`` holds ``x_train`` ``(60000, 28, 28)`` uint8, ``y_train``,
``x_test`` and ``y_test``. :func:`read_npz` opens it with the one validating archive
reader (:func:`~backprop_viz.core.archive.open_npz`: regular files only; encrypted
members, unknown compression, bad ``.npy`` headers, object arrays, members over 1 GiB
or compression bombs are refused from their declared sizes before anything is
decompressed), checks that each key is present and shaped like
MNIST, accepts flattened ``(N, 784)`` images and ``(N, 1)`` labels, and reports every
problem as a :class:`DataError` naming the file and the key. Optional ``x_val``/``y_val``
keys become the validation set and an optional ``class_names`` string array the class
names; :func:`write_npz` writes that layout atomically (it is also the catalogue's
storage format for imported datasets). With ``mmap=True`` (the catalogue's own files,
only ever replaced atomically) the arrays of an uncompressed archive are read-only memory
maps of it, CRC-checked, shared by every process that maps them (:mod:`.shared`).
"""

from __future__ import annotations

import os

import numpy as np

from backprop_viz.core.archive import ArchiveError, NpzArchive, open_npz
from backprop_viz.data.dataset import MNIST_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.limits import MAX_DECODED_BYTES
from backprop_viz.data.mapping import map_npz
from backprop_viz.data.storage import atomic_writer

KERAS_KEYS = ("x_train", "y_train", "x_test", "y_test")


def _whole_numbers(array: np.ndarray, key: str, top: int, name: str) -> np.ndarray:
    if array.dtype.kind == "b" or array.dtype.kind not in "iuf":
        raise DataError(f"{key} has dtype {array.dtype}, expected integers", path=name)
    if array.size == 0:
        return array.astype(np.uint8)
    if array.dtype == np.uint8 and top >= 255:
        return array   # every value fits (and a memory map stays one)
    if array.dtype.kind == "f":
        if not np.isfinite(array).all():
            raise DataError(f"{key} contains NaN or infinite values", path=name)
        if not (array == np.round(array)).all():
            raise DataError(f"{key} contains values that are not whole numbers", path=name)
    low, high = array.min(), array.max()
    if low < 0 or high > top:
        bad = low if low < 0 else high
        raise DataError(f"{key} contains the value {bad:g}, outside 0..{top}", path=name)
    return array.astype(np.uint8, copy=False)


def _member(archive: NpzArchive, key: str, name: str, mapped: dict | None = None) -> np.ndarray:
    if mapped and key in mapped:
        return mapped[key]
    try:
        return archive.read(key)
    except ArchiveError as exc:
        raise DataError(f"{key} cannot be read ({exc})", path=name) from None


def _open(path, name: str) -> NpzArchive:
    try:
        return open_npz(path, MAX_DECODED_BYTES)
    except FileNotFoundError:
        raise DataError("no such file", path=name) from None
    except OSError as exc:
        raise DataError(f"not a valid .npz archive ({exc.strerror or exc})", path=name) from None
    except ArchiveError as exc:
        problem = str(exc)
        if problem == "not an .npz archive":
            try:
                with open(path, "rb") as handle:
                    head = handle.read(6)
            except OSError:
                head = b""
            if head == b"\x93NUMPY":
                problem = "holds a single .npy array, not an .npz archive with " + ", ".join(KERAS_KEYS)
            elif not head:
                problem = "not a valid .npz archive (the file is empty)"
        elif problem.startswith("damaged or truncated"):
            problem = f"not a valid .npz archive ({problem})"
        raise DataError(problem, path=name) from None


def _dataset(archive, x_key: str, y_key: str, name: str, source: str,
             class_names: tuple[str, ...], mapped: dict | None = None) -> Dataset:
    images, labels = _member(archive, x_key, name, mapped), _member(archive, y_key, name, mapped)
    if images.ndim == 2 and images.shape[1] == 784:
        images = images.reshape(-1, 28, 28)
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise DataError(f"{x_key} has shape {images.shape}, expected (N, 28, 28)", path=name)
    if labels.ndim == 2 and labels.shape[1] == 1:
        labels = labels[:, 0]
    if labels.ndim != 1:
        raise DataError(f"{y_key} has shape {labels.shape}, expected (N,)", path=name)
    if len(images) != len(labels):
        raise DataError(f"{x_key} has {len(images)} images but {y_key} has "
                        f"{len(labels)} labels", path=name)
    images = _whole_numbers(images, x_key, 255, name)
    labels = _whole_numbers(labels, y_key, len(class_names) - 1, name)
    return Dataset(images, labels, source, class_names)


def read_npz(path: str | os.PathLike, source: str | None = None,
             class_names: tuple[str, ...] | None = None, mmap: bool = False) -> Splits:
    """Train/test (and validation, when present) sets of a Keras-style ``.npz``; with
    ``mmap``, memory maps of its arrays where the archive stores them uncompressed."""
    name = str(path)
    source = source or name
    archive = _open(path, name)
    with archive:
        files = list(archive.members)
        missing = [key for key in KERAS_KEYS if key not in files]
        if missing:
            raise DataError(f"missing key(s) {', '.join(missing)} (an MNIST .npz needs "
                            f"{', '.join(KERAS_KEYS)})", path=name)
        if class_names is None:
            class_names = MNIST_CLASSES
            if "class_names" in files:
                stored = _member(archive, "class_names", name)
                if stored.ndim != 1 or stored.dtype.kind != "U" or not 2 <= len(stored) <= 256:
                    raise DataError("class_names must be a 1-D array of 2 to 256 strings",
                                    path=name)
                class_names = tuple(str(c) for c in stored)
        keys = [k for k in (*KERAS_KEYS, "x_val", "y_val") if k in files]
        mapped = map_npz(path, keys) if mmap else None
        train = _dataset(archive, "x_train", "y_train", name, f"{source} (train)",
                         class_names, mapped)
        test = _dataset(archive, "x_test", "y_test", name, f"{source} (test)", class_names,
                        mapped)
        validation = None
        if "x_val" in files or "y_val" in files:
            validation = _dataset(archive, "x_val", "y_val", name,
                                  f"{source} (validation)", class_names, mapped)
    return Splits(train, test, validation)


def write_npz(path: str | os.PathLike, splits: Splits, compress: bool = False) -> None:
    """Write ``splits`` with the Keras keys (+ ``x_val``/``y_val``, ``class_names``)."""
    arrays = {"x_train": splits.train.images, "y_train": splits.train.labels,
              "x_test": splits.test.images, "y_test": splits.test.labels,
              "class_names": np.array(splits.train.class_names, dtype=str)}
    if splits.validation is not None:
        arrays["x_val"] = splits.validation.images
        arrays["y_val"] = splits.validation.labels
    with atomic_writer(path) as handle:
        (np.savez_compressed if compress else np.savez)(handle, **arrays)
