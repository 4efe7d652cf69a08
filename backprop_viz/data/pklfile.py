"""Safe reader for the classic ``mnist.pkl.gz``: a restricted unpickler, never ``pickle.load``.

The classic file (from the Theano tutorials) is a gzip-compressed Python 2 pickle of
three ``(x, y)`` tuples (train 50,000, validation 10,000, test 10,000) with float
images ``(N, 784)`` in [0, 1) and integer labels. Unpickling a user's file with plain
``pickle`` can run any function, so :class:`SafeUnpickler` resolves only the handful
of NumPy names an array pickle needs (``_reconstruct``, ``_frombuffer``, ``dtype`` and
``_codecs.encode`` for protocol-2 bytes), each wrapped to reject object dtypes; any
other global (``os.system``, ``builtins.eval``, ...) raises :class:`DataError` before it
is looked up. The result must be tuples of numeric arrays; float pixels are turned back
into uint8 exactly (multiples of 1/255 or 1/256), otherwise the file is refused.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import pickle
import pickletools
import zlib

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError

_MAX_PICKLE_BYTES = 1 << 30


class _NdarrayType:
    """Stands in for ``numpy.ndarray`` in a pickle; only ``_reconstruct`` accepts it."""


def _plain_dtype(dtype) -> np.dtype:
    dtype = np.dtype(dtype)
    if dtype.hasobject:
        raise DataError("refusing to load an object array from a pickle: only NumPy arrays "
                        "of numbers are allowed")
    return dtype


def _reconstruct(subtype, shape, dtype_code):
    if subtype is not _NdarrayType:
        raise pickle.UnpicklingError("only plain numpy arrays are allowed")
    return np.ndarray.__new__(np.ndarray, shape, _plain_dtype(dtype_code))


def _frombuffer(buffer, dtype, shape, order):
    # bytes(): never export a view of a (mutable) bytearray from a hostile pickle — if the
    # reshape below fails, the bytearray could be freed while the view still exists
    return np.frombuffer(bytes(buffer), dtype=_plain_dtype(dtype)).reshape(shape, order=order).copy()


def _make_dtype(spec, align=False, copy=False):
    if not isinstance(spec, str):
        raise pickle.UnpicklingError("dtype specification must be a string")
    return _plain_dtype(np.dtype(spec, align=bool(align), copy=bool(copy)))


def _encode(text, encoding="utf-8"):
    try:
        codec = codecs.lookup(str(encoding)).name
    except LookupError:
        raise pickle.UnpicklingError(f"unknown text encoding {str(encoding)[:40]!r}") from None
    if not isinstance(text, str) or codec not in ("iso8859-1", "latin-1"):
        raise pickle.UnpicklingError("only latin-1 text to bytes is allowed")
    return text.encode("latin-1")


_ALLOWED = {
    ("numpy", "ndarray"): _NdarrayType,
    ("numpy", "dtype"): _make_dtype,
    ("numpy.core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy._core.multiarray", "_reconstruct"): _reconstruct,
    ("numpy.core.numeric", "_frombuffer"): _frombuffer,
    ("numpy._core.numeric", "_frombuffer"): _frombuffer,
    ("_codecs", "encode"): _encode,
}


class SafeUnpickler(pickle.Unpickler):
    """Unpickles NumPy arrays, tuples, lists and plain values; refuses every other global."""

    def find_class(self, module: str, name: str):
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise DataError(f"refusing to load {module}.{name} from a pickle: only NumPy "
                            "arrays are allowed") from None

    def persistent_load(self, pid):
        raise pickle.UnpicklingError("persistent references are not allowed")


#: opcodes that make mutable or out-of-band buffers: a hostile file could have NumPy view
#: a bytearray that is then resized or freed (CPython's SystemError, found by fuzzing);
#: MNIST pickles (protocol 2) never use them
_REFUSED_OPCODES = {"BYTEARRAY8", "NEXT_BUFFER", "READONLY_BUFFER"}


def safe_loads(data: bytes, name: str = "<bytes>"):
    """Unpickle ``data`` with :class:`SafeUnpickler` (Python 2 pickles as latin-1)."""
    try:
        for opcode, _, _ in pickletools.genops(data):
            if opcode.name in _REFUSED_OPCODES:
                raise DataError(f"refusing pickle opcode {opcode.name} (mutable or out-of-band buffers)",
                                path=name)
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - genops reports malformed data in many ways
        raise DataError(f"not a valid pickle of NumPy arrays ({type(exc).__name__}: {exc})", path=name) from None
    try:
        return SafeUnpickler(io.BytesIO(data), encoding="latin1").load()
    except DataError as exc:
        raise DataError(exc.problem, path=name) from None
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            IndexError, KeyError, OverflowError, MemoryError, RecursionError,
            UnicodeError, LookupError) as exc:
        raise DataError(f"not a valid pickle of NumPy arrays ({type(exc).__name__}: {exc})",
                        path=name) from None


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
    if not np.isfinite(x).all():
        raise DataError(f"{what} images contain NaN or infinite values", path=name)
    for scale in (255.0, 256.0):
        scaled = x.astype(np.float64) * scale
        rounded = np.round(scaled)
        if (np.abs(scaled - rounded) < 1e-3).all() and rounded.min(initial=0) >= 0 \
                and rounded.max(initial=0) <= 255:
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
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_PICKLE_BYTES + 1)
    except OSError as exc:
        raise DataError(f"cannot open file ({exc.strerror or exc})", path=name) from None
    if not raw:
        raise DataError("file is empty", path=name)
    if raw[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
                raw = gz.read(_MAX_PICKLE_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError(f"broken gzip data ({exc})", path=name) from None
    if len(raw) > _MAX_PICKLE_BYTES:
        raise DataError(f"pickle is larger than {_MAX_PICKLE_BYTES} bytes", path=name)
    obj = safe_loads(raw, name)
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
