"""Safe reader for the classic ``mnist.pkl.gz``: our own pickle reader, never ``pickle.load``.

The classic file (from the Theano tutorials) is a gzip-compressed Python 2 pickle of
three ``(x, y)`` tuples (train 50,000, validation 10,000, test 10,000) with float
images ``(N, 784)`` in [0, 1) and integer labels. Unpickling a user's file with plain
``pickle`` can run any function, and even NumPy's own array reconstruction trusts the
file (a crafted dtype state crashed CPython), so :func:`~.pickle_vm.safe_loads`
interprets the pickle itself and builds every array from validated (shape, dtype, raw
bytes); any other global (``os.system``, ``builtins.eval``, ...) is refused before it is
looked up. The file is streamed (gzip included) through the ceilings of :mod:`.limits`
(1 GiB decoded, no compression bombs) and only regular files are opened. The result
must be tuples of numeric arrays; float pixels are turned back into uint8 exactly
(multiples of 1/255 or 1/256), chunk by chunk, otherwise the file is refused.
"""

from __future__ import annotations

import gzip
import os
import zlib

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.limits import MAX_DECODED_BYTES, BoundedReader, open_data_file
from backprop_viz.data.pickle_vm import safe_loads

_MAX_PICKLE_BYTES = MAX_DECODED_BYTES
_ROWS = 8192   # float pixels are converted this many images at a time

__all__ = ["read_pkl", "safe_loads"]


def _pixels(x: np.ndarray, what: str, name: str) -> np.ndarray:
    if x.ndim == 2 and x.shape[1] == 784:
        x = x.reshape(-1, 28, 28)
    if x.ndim != 3 or x.shape[1:] != (28, 28) or x.dtype.kind not in "uif":
        raise DataError(f"{what} images are {x.dtype} {x.shape}, expected (N, 784) numbers",
                        path=name)
    if x.dtype.kind in "ui":
        if x.size and (x.min() < 0 or x.max() > 255):
            raise DataError(f"{what} images have values outside 0..255", path=name)
        return x.astype(np.uint8)
    out = np.empty(x.shape, np.uint8)
    for start in range(0, len(x), _ROWS):
        out[start:start + _ROWS] = _float_pixels(x[start:start + _ROWS], what, name)
    return out


def _float_pixels(x: np.ndarray, what: str, name: str) -> np.ndarray:
    if not np.isfinite(x).all():
        raise DataError(f"{what} images contain NaN or infinite values", path=name)
    for scale in (255.0, 256.0):
        with np.errstate(over="ignore", invalid="ignore"):   # huge finite values: refused below
            scaled = x.astype(np.float64) * scale
            rounded = np.round(scaled)
            close = bool((np.abs(scaled - rounded) < 1e-3).all())
        if close and rounded.min(initial=0) >= 0 and rounded.max(initial=0) <= 255:
            return rounded.astype(np.uint8)
    raise DataError(f"{what} images are floats that are not multiples of 1/255 or 1/256 "
                    "in [0, 1]", path=name)


def _labels(y: np.ndarray, what: str, name: str) -> np.ndarray:
    if y.ndim != 1 or y.dtype.kind not in "ui":
        raise DataError(f"{what} labels are {y.dtype} {y.shape}, expected (N,) integers",
                        path=name)
    if y.size and (y.min() < 0 or y.max() > 9):
        bad = int(np.flatnonzero((y < 0) | (y > 9))[0])
        raise DataError(f"{what} label {int(y[bad])} at index {bad} is outside 0..9",
                        path=name)
    return y.astype(np.uint8)


def read_pkl(path: str | os.PathLike, source: str | None = None,
             class_names: tuple[str, ...] = MNIST_CLASSES) -> Splits:
    """The sets of an ``mnist.pkl(.gz)``: (train, validation, test) or (train, test)."""
    name = str(path)
    with open_data_file(path) as handle:
        try:
            head = handle.read(2)
            if not head:
                raise DataError("file is empty", path=name)
            handle.seek(0)
            if head == b"\x1f\x8b":
                with gzip.GzipFile(fileobj=handle, mode="rb") as gz:
                    obj = safe_loads(BoundedReader(gz, handle, name, _MAX_PICKLE_BYTES), name,
                                     _MAX_PICKLE_BYTES)
            else:
                obj = safe_loads(handle, name, min(os.fstat(handle.fileno()).st_size, _MAX_PICKLE_BYTES))
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError(f"broken gzip data ({exc})", path=name) from None
    if not isinstance(obj, (tuple, list)) or len(obj) not in (2, 3) or not all(
            isinstance(part, (tuple, list)) and len(part) == 2
            and all(isinstance(a, np.ndarray) for a in part) for part in obj):
        raise DataError("expected (train, validation, test) or (train, test) tuples of "
                        "(images, labels) NumPy arrays", path=name)
    whats = ("train", "validation", "test") if len(obj) == 3 else ("train", "test")
    sets = {}
    source = source or name
    for what, (x, y) in zip(whats, obj):
        images, labels = _pixels(x, what, name), _labels(y, what, name)
        if len(images) != len(labels):
            raise DataError(f"{what} set has {len(images)} images but {len(labels)} labels",
                            path=name)
        sets[what] = Dataset(images, labels, f"{source} ({what})", class_names)
    return Splits(sets["train"], sets["test"], sets.get("validation"))
