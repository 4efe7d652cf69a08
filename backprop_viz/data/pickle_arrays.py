"""The values a NumPy-array pickle may build, each validated: never NumPy's own reconstruction.

Used by :mod:`.pickle_vm`. Globals are tokens (:data:`GLOBALS`); calling one
(:func:`call`) makes a pending :class:`PickledArray` (``_reconstruct``), a
:class:`PickledDtype` (``numpy.dtype``: a plain number type of at most 8 bytes; a byte
order from its state, nothing else of it), an in-band protocol-5 array
(``_frombuffer``) or latin-1 bytes (``_codecs.encode``). An array is made by
:func:`make_array` from *(raw bytes, dtype, shape, order)* only after the shape's size is
checked against the bytes, with ``np.frombuffer``; :func:`resolve` replaces pending arrays
by theirs in the final tuples and lists, refusing nesting deeper than :data:`MAX_DEPTH`.
Problems raise :class:`BadPickle`.
"""

from __future__ import annotations

import re

import numpy as np

from backprop_viz.data.errors import DataError

MAX_DEPTH = 16
_SPEC = re.compile(r"^(b1|[iu][1248]|f[248])$")


class Py2Str(bytes):
    """A Python 2 ``str``: bytes that also serve as latin-1 text (dtype names, raw data)."""


class Token:
    def __init__(self, name: str):
        self.name = name


_NDARRAY, _DTYPE, _RECONSTRUCT, _FROMBUFFER, _ENCODE = (
    Token(n) for n in ("ndarray", "dtype", "_reconstruct", "_frombuffer", "encode"))
GLOBALS = {("numpy", "ndarray"): _NDARRAY, ("numpy", "dtype"): _DTYPE,
           ("numpy.core.multiarray", "_reconstruct"): _RECONSTRUCT,
           ("numpy._core.multiarray", "_reconstruct"): _RECONSTRUCT,
           ("numpy.core.numeric", "_frombuffer"): _FROMBUFFER,
           ("numpy._core.numeric", "_frombuffer"): _FROMBUFFER, ("_codecs", "encode"): _ENCODE}


class BadPickle(Exception):
    """A malformed or refused pickle (turned into a DataError with the file's name)."""


class PickledDtype:
    def __init__(self, spec):
        spec = text(spec)
        if spec in ("O", "O4", "O8"):
            raise DataError("refusing to load an object array from a pickle: only NumPy arrays of numbers "
                            "are allowed")
        if not _SPEC.match(spec):
            raise BadPickle(f"unsupported array type {spec[:20]!r} in the pickle (numbers only)")
        self.dtype = np.dtype(spec)

    def build(self, state) -> None:
        if not isinstance(state, tuple) or len(state) not in (8, 9) or type(state[0]) is not int \
                or state[0] != 3:
            raise BadPickle("malformed dtype state in the pickle")
        order = text(state[1])
        if order not in ("<", ">", "|", "=") or any(v is not None for v in state[2:5]):
            raise BadPickle("refusing a structured or unusual dtype in the pickle")
        if order in "<>" and self.dtype.itemsize > 1:
            self.dtype = self.dtype.newbyteorder(order)


class PickledArray:
    def __init__(self):
        self.array = None

    def build(self, state) -> None:
        if not isinstance(state, tuple) or len(state) not in (4, 5):
            raise BadPickle("malformed array state in the pickle")
        shape, dtype, fortran, raw = state[-4:]
        self.array = make_array(raw, dtype, shape, "F" if fortran else "C")


def text(value) -> str:
    if isinstance(value, Py2Str):
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    raise BadPickle("expected text in the pickle")


def make_array(raw, dtype, shape, order) -> np.ndarray:
    if not isinstance(dtype, PickledDtype):
        raise BadPickle("an array's type is not a NumPy dtype")
    if isinstance(raw, str):
        try:
            raw = raw.encode("latin-1")
        except UnicodeEncodeError:
            raise BadPickle("an array's data are not bytes") from None
    if not isinstance(raw, bytes) or not isinstance(shape, tuple) or len(shape) > 32 or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape):
        raise BadPickle("an array's shape or data are malformed")
    if order not in ("C", "F"):
        raise BadPickle("an array's memory order is malformed")
    count = 1
    for n in shape:
        count *= n
    if count * dtype.dtype.itemsize != len(raw):
        raise BadPickle(f"an array of shape {shape} and type {dtype.dtype} needs "
                   f"{count * dtype.dtype.itemsize:,} bytes, the pickle holds {len(raw):,}")
    flat = np.frombuffer(raw, dtype.dtype) if raw else np.zeros(0, dtype.dtype)
    return flat.reshape(shape, order=order)


def call(func, args):
    if not isinstance(args, tuple):
        raise BadPickle("malformed call arguments in the pickle")
    if func is _RECONSTRUCT:
        if len(args) != 3 or args[0] is not _NDARRAY:
            raise BadPickle("only plain numpy arrays are allowed")
        return PickledArray()
    if func is _DTYPE:
        if not 1 <= len(args) <= 3:
            raise BadPickle("malformed dtype in the pickle")
        return PickledDtype(args[0])
    if func is _FROMBUFFER:
        if len(args) != 4:
            raise BadPickle("malformed in-band array in the pickle")
        return make_array(args[0], args[1], args[2], text(args[3]))
    if func is _ENCODE:
        if len(args) != 2 or text(args[1]).lower().replace("-", "") not in ("latin1", "iso88591"):
            raise BadPickle("only latin-1 text to bytes is allowed")
        return text(args[0]).encode("latin-1")
    raise BadPickle("this pickle calls something that is not a NumPy array constructor")


def resolve(obj, depth: int = 0):
    if depth > MAX_DEPTH:
        raise BadPickle(f"nested more than {MAX_DEPTH} levels deep")
    if isinstance(obj, PickledArray):
        if obj.array is None:
            raise BadPickle("an array without data")
        return obj.array
    if isinstance(obj, (tuple, list)):
        return type(obj)(resolve(o, depth + 1) for o in obj)
    if isinstance(obj, dict):
        return {key: resolve(value, depth + 1) for key, value in obj.items()}
    if isinstance(obj, (Token, PickledDtype)):
        raise BadPickle("a NumPy type where data were expected")
    return obj
