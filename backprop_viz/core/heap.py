"""Give the C heap's free pages back to the operating system during a long session.

Training allocates and frees the same few large buffers thousands of times a second (a
batch's ``z``, ``a``, ``delta``, a snapshot's arrays). glibc's allocator keeps the freed
space of its arenas instead of returning it, so over an hour a process's resident memory
creeps up by a few bytes per step although nothing is held (issue #15 measured it with
``tracemalloc``: Python's own allocations were flat). ``malloc_trim(0)`` returns every
whole free page of every arena. :class:`HeapTrimmer` calls it at most once per interval
(a trim walks the heap, about a millisecond), from the engine's loop and the GUI's timer.
Where the C library is not glibc (macOS, Windows, musl) trimming is a no-op.
"""

from __future__ import annotations

import ctypes
import sys
import time

_TRIM = None
_LOOKED = False


def _malloc_trim():
    """glibc's ``malloc_trim``, or ``None`` where there is none."""
    global _TRIM, _LOOKED
    if not _LOOKED:
        _LOOKED = True
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(None)   # the C library this process already runs on
                _TRIM = libc.malloc_trim
                _TRIM.argtypes = [ctypes.c_size_t]
                _TRIM.restype = ctypes.c_int
            except (OSError, AttributeError):
                _TRIM = None
    return _TRIM


def trim_heap() -> bool:
    """Return the heap's free pages to the system; ``True`` if memory was released."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


class HeapTrimmer:
    """Calls :func:`trim_heap` at most once per ``interval`` seconds (``clock`` for tests)."""

    def __init__(self, interval: float = 20.0, clock=time.monotonic):
        self.interval = interval
        self.clock = clock
        self._last = clock()
        self.trims = 0

    def maybe_trim(self) -> bool:
        """Trim if ``interval`` has passed since the last trim; ``True`` if it trimmed."""
        now = self.clock()
        if now - self._last < self.interval:
            return False
        self._last = now
        self.trims += 1
        trim_heap()
        return True
