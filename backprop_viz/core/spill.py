"""Checkpoint buffers kept in a temporary file instead of the process's memory.

A run's timeline holds up to its budget (200 MB by default) of checkpoints that are written
once and read only when the learner rewinds. Kept as NumPy arrays they were most of the
engine's memory. :class:`SpillFile` keeps the older ones (the timeline moves a checkpoint
here once it is more than 50 steps old, :meth:`~.checkpoints.CheckpointMemory._cool`: the
newest are thinned away within seconds, and writing each would keep the disk busy) in one
anonymous temporary file on disk (``O_TMPFILE`` on Linux, in ``/var/tmp`` where it can: it
has no name, and its space goes back when the process ends, even if it is killed). A
:class:`FileBuffer` stands for one checkpoint's flat buffer, with the ``size``, ``dtype``,
``nbytes``, slicing and ``np.asarray`` the timeline uses. Written pages sit in the operating system's file
cache while memory is free (a rewind reads them back about as fast as a copy) and are the
first thing it can drop under pressure, where arrays were the process's own memory. Freed
regions are reused. Where the file cannot be made or written (no ``pwritev``/``preadv``, a
full disk) buffers stay in memory, as before: :meth:`SpillFile.keep` never fails for want of
a file. NumPy only.
"""

from __future__ import annotations

import bisect
import os
import tempfile
import threading
import weakref

import numpy as np

#: whether this platform has the positioned vector reads and writes spilling uses
SUPPORTED = hasattr(os, "pwritev") and hasattr(os, "preadv")


class FileBuffer:
    """One flat buffer of ``size`` elements of ``dtype`` at ``offset`` in a :class:`SpillFile`.
    Reading gives new arrays (slices with step 1, or the whole through ``np.asarray``); the
    region goes back to the file when the buffer is garbage."""

    ndim = 1

    def __init__(self, spill: SpillFile, offset: int, size: int, dtype):
        self.spill, self.offset, self.size, self.dtype = spill, offset, int(size), np.dtype(dtype)
        self.nbytes = self.size * self.dtype.itemsize
        weakref.finalize(self, spill._release, offset, self.nbytes)

    @property
    def shape(self) -> tuple[int]:
        return (self.size,)

    def __len__(self) -> int:
        return self.size

    def fill(self, flat: np.ndarray) -> None:
        """Write ``flat`` (``size`` elements of ``dtype``, C-contiguous) here."""
        if flat.shape != (self.size,) or flat.dtype != self.dtype or not flat.flags.c_contiguous:
            raise ValueError(f"a {flat.dtype} array {flat.shape} does not fill a buffer of {self.size} {self.dtype}")
        self.spill._write(self.offset, memoryview(flat).cast("B"))

    def read_into(self, start: int, out: np.ndarray) -> None:
        """Elements ``start … start + out.size`` into the C-contiguous array ``out``."""
        if not out.flags.c_contiguous or out.dtype != self.dtype or not 0 <= start <= self.size - out.size:
            raise ValueError("read_into needs a C-contiguous array of the buffer's dtype within it")
        self.spill._read(self.offset + start * self.dtype.itemsize, memoryview(out).cast("B"))

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("a FileBuffer is read in slices with step 1")
        start, stop, _ = key.indices(self.size)
        out = np.empty(max(stop - start, 0), self.dtype)
        self.read_into(start, out)
        return out

    def __array__(self, dtype=None, copy=None):
        if copy is False:
            raise ValueError("a FileBuffer is read from its file: it cannot be viewed without a copy")
        whole = self[:]
        return whole if dtype is None else whole.astype(dtype, copy=False)


def default_folder() -> str | None:
    """A folder on disk for the file: ``/var/tmp`` where it is writable (``/tmp`` is often
    ``tmpfs``, i.e. memory, on Fedora, Arch or Debian 13), else the system's temporary folder."""
    if os.path.isdir("/var/tmp") and os.access("/var/tmp", os.W_OK | os.X_OK):
        return "/var/tmp"
    return None


class SpillFile:
    """An anonymous temporary file in ``folder`` (:func:`default_folder` by default), opened on
    first use, holding :class:`FileBuffer` regions. A new region takes the smallest free hole it
    fits (the rest stays free), holes next to each other merge, and a hole at the end shortens
    the file, so the file stays as large as what is held (plus holes too small to use) whatever
    the sizes. ``use_file=False`` keeps every buffer in memory. Any thread may read and write
    (positioned calls); allocation is locked, release is not (a list's append)."""

    def __init__(self, folder: str | None = None, use_file: bool = True):
        self.folder = default_folder() if folder is None else folder
        self._file = None
        self._failed = not (SUPPORTED and use_file)
        self._end = 0
        self._holes: list[list[int]] = []         # [offset, nbytes] of free regions, by offset
        self._released: list[tuple[int, int]] = []   # (offset, nbytes) of buffers gone, not yet holes
        self._lock = threading.Lock()

    @property
    def in_use(self) -> bool:
        """Whether buffers go to the file (False once it could not be made or written)."""
        return not self._failed

    @property
    def size(self) -> int:
        """Bytes up to the end of the last region in use or free (the file's length, once a
        new buffer has cut a free end off)."""
        return self._end

    def keep(self, flat: np.ndarray):
        """The flat array ``flat`` as a :class:`FileBuffer` in a region of the file, or ``flat``
        itself where the file cannot be used (then never again)."""
        buffer = self._new(flat.size, flat.dtype)
        if buffer is not None:
            try:
                buffer.fill(flat)
                return buffer
            except OSError:          # a full disk, a file system gone: memory from now on
                self._failed = True
        return flat

    def _new(self, size: int, dtype) -> FileBuffer | None:
        if self._failed:
            return None
        nbytes = int(size) * np.dtype(dtype).itemsize
        with self._lock:
            if self._file is None:
                try:
                    self._file = tempfile.TemporaryFile(prefix="backprop-viz-timeline-", dir=self.folder)
                except OSError:
                    self._failed = True
                    return None
                weakref.finalize(self, self._file.close)
            self._collect_holes()
            fits = [h for h in self._holes if h[1] >= nbytes]
            if fits:
                hole = min(fits, key=lambda h: h[1])
                offset = hole[0]
                hole[0], hole[1] = hole[0] + nbytes, hole[1] - nbytes
                if hole[1] == 0:
                    self._holes.remove(hole)
            else:
                offset, self._end = self._end, self._end + nbytes
        return FileBuffer(self, offset, size, dtype)

    def _collect_holes(self) -> None:
        """Released regions into the holes, neighbours merged, a hole at the end cut off (locked)."""
        if not self._released:
            return
        while self._released:
            bisect.insort(self._holes, list(self._released.pop()))
        merged = [self._holes[0]]
        for hole in self._holes[1:]:
            last_end = merged[-1][0] + merged[-1][1]
            if hole[0] <= last_end:       # touching (or, were a region ever released twice, overlapping)
                merged[-1][1] = max(last_end, hole[0] + hole[1]) - merged[-1][0]
            else:
                merged.append(hole)
        if merged[-1][0] + merged[-1][1] == self._end:
            self._end = merged.pop()[0]
            try:
                os.ftruncate(self._file.fileno(), self._end)
            except OSError:
                pass
        self._holes = merged

    def _release(self, offset: int, nbytes: int) -> None:
        # (no lock: a buffer may be collected in any thread, even one inside _new holding it)
        self._released.append((offset, nbytes))

    def _write(self, offset: int, data: memoryview) -> None:
        fd, done = self._file.fileno(), 0
        while done < data.nbytes:              # (a positioned write may write less than asked)
            n = os.pwritev(fd, [data[done:]], offset + done)
            if n <= 0:
                raise OSError("the timeline's file took no more bytes")
            done += n

    def _read(self, offset: int, out: memoryview) -> None:
        fd, done = self._file.fileno(), 0
        while done < out.nbytes:
            n = os.preadv(fd, [out[done:]], offset + done)
            if n <= 0:
                raise OSError("the timeline's file ended early")
            done += n
