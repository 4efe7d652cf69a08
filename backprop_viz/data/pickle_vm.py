"""A pickle reader of our own for NumPy-array pickles: no ``pickle.Unpickler``, no NumPy ``__setstate__``.

:func:`safe_loads` interprets the few opcodes that pickles of tuples and lists of NumPy
arrays use (protocols 0 to 5, Python 2's ``mnist.pkl.gz`` included) and nothing else. Its
globals are tokens: ``numpy.ndarray``, ``numpy.dtype``, ``_reconstruct``, ``_frombuffer``
(protocol 5 arrays written in-band) and ``_codecs.encode``; any other global is refused
before anything is looked up. Arrays are never rebuilt by NumPy's reconstruction
functions from file-controlled state (a hostile ``dtype.__setstate__`` crashed CPython):
the reader collects *(shape, dtype text, raw bytes)*, validates each — a plain number
type of at most 8 bytes, a byte order, a shape whose size matches the bytes exactly —
and builds the array with ``np.frombuffer``. The work is bounded: at most
:data:`MAX_OPS` opcodes (a pickle of a few arrays needs a few hundred; 1 GiB of ``NONE``
opcodes stops after 100,000), declared lengths no larger than what is left of the byte
budget, nesting at most :data:`MAX_DEPTH` deep. Every problem is a :class:`DataError`.
"""

from __future__ import annotations

import io
import struct

from backprop_viz.data.errors import DataError
from backprop_viz.data.pickle_arrays import (
    GLOBALS,
    MAX_DEPTH,
    BadPickle,
    PickledArray,
    PickledDtype,
    Py2Str,
    call,
    resolve,
    text,
)

MAX_OPS = 100_000


class _Machine:
    def __init__(self, stream, budget: int):
        self.stream, self.left = stream, budget
        self.stack: list = []
        self.marks: list[int] = []
        self.memo: dict = {}

    def take(self, n: int) -> bytes:
        if n < 0 or n > self.left:
            raise BadPickle(f"declares {n:,} bytes, more than the pickle may hold")
        data = self.stream.read(n) if n else b""
        if len(data) < n:
            raise BadPickle("the pickle is truncated")
        self.left -= n
        return data

    def number(self, n: int, fmt: str) -> int:
        return struct.unpack(fmt, self.take(n))[0]

    def line(self) -> bytes:
        data = self.stream.readline(257)
        if not data.endswith(b"\n") or len(data) > 256:
            raise BadPickle("a text line in the pickle is missing or too long")
        self.left -= len(data)
        return data[:-1]

    def pop_mark(self) -> list:
        if not self.marks:
            raise BadPickle("no mark on the stack")
        at = self.marks.pop()
        items = self.stack[at:]
        del self.stack[at:]
        return items

    def pop(self):
        if len(self.stack) <= (self.marks[-1] if self.marks else 0):
            raise BadPickle("the stack is empty")
        return self.stack.pop()

    def mark(self) -> None:
        if len(self.marks) >= 4 * MAX_DEPTH:
            raise BadPickle(f"nested more than {4 * MAX_DEPTH} levels deep")
        self.marks.append(len(self.stack))

    def global_(self, module: str, name: str):
        token = GLOBALS.get((module, name))
        if token is None:
            raise DataError(f"refusing to load {module[:60]}.{name[:60]} from a pickle: only NumPy "
                            "arrays are allowed")
        return token

    def run(self):
        for _ in range(MAX_OPS):
            code = self.take(1)
            handler = _OPS.get(code)
            if handler is None:
                raise BadPickle(f"pickle opcode {code!r} is not allowed in a pickle of NumPy arrays")
            if handler(self) is _STOP:
                if len(self.stack) != 1 or self.marks:
                    raise BadPickle("the pickle ends with a malformed stack")
                return resolve(self.stack[0])
        raise BadPickle(f"more than {MAX_OPS:,} pickle operations: not a pickle of a few NumPy arrays")


_STOP = object()


def _build(m: _Machine) -> None:
    state = m.pop()
    target = m.pop()
    if not isinstance(target, (PickledArray, PickledDtype)):
        raise BadPickle("the pickle sets the state of something that is not an array")
    target.build(state)
    m.stack.append(target)


def _memo_get(m: _Machine, key) -> None:
    if key not in m.memo:
        raise BadPickle("the pickle refers to a value it never stored")
    m.stack.append(m.memo[key])


def _memo_put(m: _Machine, key) -> None:
    if not m.stack or len(m.memo) >= MAX_OPS:
        raise BadPickle("nothing to store")
    m.memo[key] = m.stack[-1]


def _int_line(m: _Machine) -> None:
    text = m.line()
    if text in (b"00", b"01"):
        m.stack.append(text == b"01")
        return
    try:
        m.stack.append(int(text))
    except ValueError:
        raise BadPickle("malformed integer in the pickle") from None


def _long1(m: _Machine) -> None:
    n = m.take(1)[0]
    if n > 8:
        raise BadPickle("an integer of more than 8 bytes in the pickle")
    m.stack.append(int.from_bytes(m.take(n), "little", signed=True))


def _stack_global(m: _Machine) -> None:
    name, module = m.pop(), m.pop()
    m.stack.append(m.global_(text(module), text(name)))


def _text_global(m: _Machine) -> None:
    module, name = m.line().decode("latin-1"), m.line().decode("latin-1")
    m.stack.append(m.global_(module, name))


def _unicode(m: _Machine, n: int) -> None:
    try:
        m.stack.append(m.take(n).decode("utf-8", "surrogatepass"))
    except UnicodeDecodeError:
        raise BadPickle("malformed text in the pickle") from None


def _append(m: _Machine, items: list) -> None:
    target = m.pop()
    if not isinstance(target, list):
        raise BadPickle("the pickle appends to something that is not a list")
    target.extend(items)
    m.stack.append(target)


def _set_items(m: _Machine, items: list) -> None:
    target = m.pop()
    if not isinstance(target, dict) or len(items) % 2:
        raise BadPickle("the pickle sets items of something that is not a dictionary")
    for key, value in zip(items[::2], items[1::2]):
        target[key] = value   # an unhashable key raises TypeError: refused
    m.stack.append(target)


def _dict(m: _Machine) -> None:
    items = m.pop_mark()
    if len(items) % 2:
        raise BadPickle("a dictionary with an odd number of items")
    m.stack.append(dict(zip(items[::2], items[1::2])))


def _out_of_band(m: _Machine) -> None:
    raise BadPickle("refusing out-of-band buffers (NEXT_BUFFER/READONLY_BUFFER): arrays must be written in-band")


_OPS = {
    b"\x80": lambda m: m.take(1), b"\x95": lambda m: m.take(8), b".": lambda m: _STOP,
    b"(": lambda m: m.mark(),
    b")": lambda m: m.stack.append(()), b"t": lambda m: m.stack.append(tuple(m.pop_mark())),
    b"\x85": lambda m: m.stack.append((m.pop(),)),
    b"\x86": lambda m: m.stack.append(tuple(reversed([m.pop(), m.pop()]))),
    b"\x87": lambda m: m.stack.append(tuple(reversed([m.pop(), m.pop(), m.pop()]))),
    b"]": lambda m: m.stack.append([]), b"l": lambda m: m.stack.append(m.pop_mark()),
    b"a": lambda m: _append(m, [m.pop()]), b"e": lambda m: _append(m, m.pop_mark()),
    b"}": lambda m: m.stack.append({}), b"d": _dict,
    b"s": lambda m: _set_items(m, list(reversed([m.pop(), m.pop()]))), b"u": lambda m: _set_items(m, m.pop_mark()),
    b"N": lambda m: m.stack.append(None), b"\x88": lambda m: m.stack.append(True),
    b"\x89": lambda m: m.stack.append(False),
    b"J": lambda m: m.stack.append(m.number(4, "<i")), b"K": lambda m: m.stack.append(m.take(1)[0]),
    b"M": lambda m: m.stack.append(m.number(2, "<H")), b"I": _int_line, b"\x8a": _long1,
    b"G": lambda m: m.stack.append(m.number(8, ">d")),
    b"U": lambda m: m.stack.append(Py2Str(m.take(m.take(1)[0]))),
    b"T": lambda m: m.stack.append(Py2Str(m.take(m.number(4, "<i")))),
    b"\x8c": lambda m: _unicode(m, m.take(1)[0]), b"X": lambda m: _unicode(m, m.number(4, "<I")),
    b"\x8d": lambda m: _unicode(m, m.number(8, "<Q")),
    b"C": lambda m: m.stack.append(m.take(m.take(1)[0])),
    b"B": lambda m: m.stack.append(m.take(m.number(4, "<I"))),
    b"\x8e": lambda m: m.stack.append(m.take(m.number(8, "<Q"))),
    b"\x96": lambda m: m.stack.append(m.take(m.number(8, "<Q"))),   # in-band bytearray: read as bytes
    b"\x97": _out_of_band, b"\x98": _out_of_band,
    b"c": _text_global, b"\x93": _stack_global,
    b"R": lambda m: m.stack.append(call(*reversed([m.pop(), m.pop()]))), b"b": _build,
    b"q": lambda m: _memo_put(m, m.take(1)[0]), b"r": lambda m: _memo_put(m, m.number(4, "<I")),
    b"p": lambda m: _memo_put(m, m.line()), b"\x94": lambda m: _memo_put(m, len(m.memo)),
    b"h": lambda m: _memo_get(m, m.take(1)[0]), b"j": lambda m: _memo_get(m, m.number(4, "<I")),
    b"g": lambda m: _memo_get(m, m.line()),
}


def safe_loads(data, name: str = "<bytes>", budget: int | None = None):
    """The tuples, lists and NumPy arrays pickled in ``data`` (bytes or a binary stream)."""
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
    if budget is None:
        budget = len(data) if isinstance(data, (bytes, bytearray, memoryview)) else 1 << 30
    try:
        return _Machine(stream, budget).run()
    except DataError as exc:
        raise DataError(exc.problem, path=name) from None
    except BadPickle as exc:
        raise DataError(f"not a valid pickle of NumPy arrays ({exc})", path=name) from None
    except (struct.error, ValueError, TypeError, OverflowError, MemoryError, RecursionError) as exc:
        raise DataError(f"not a valid pickle of NumPy arrays ({type(exc).__name__}: {exc})", path=name) from None
