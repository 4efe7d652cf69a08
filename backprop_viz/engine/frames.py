"""Messages between the GUI process and the engine process: pickled frames on pipes,
large arrays through shared memory.

A frame is an 8-byte length, a small pickle ``(where, body)``, then (``where[0] ==
"pipe"``) the body's out-of-band buffers on the pipe. ``body`` is a protocol-5 pickle
whose NumPy arrays travel out of band, so each array is copied once on each side and
never through the pickle itself. Snapshots, the frequent and large frames, put their
buffers into one of a few shared-memory slots (:class:`SlotRing`, files in
``/dev/shm`` where it exists, mapped by both processes) instead of the pipe: a pipe
moved 6 MB in 12 ms here, a slot in under 1 ms. The reader copies the buffers out and
hands the slot straight back; a slot is written only when free, and with none free a
frame takes the pipe. (Where a file cannot be removed while mapped, as on Windows, each
side removes it again after unmapping; without ``posix_fallocate``, as on macOS, slot
space is not reserved up front.) Both ends are this app's own processes; files from
elsewhere never go through pickle.
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import tempfile
import threading
from dataclasses import dataclass

from backprop_viz.data.storage import remove_process_files

LENGTH = struct.Struct("<Q")
#: below this many buffer bytes a snapshot goes through the pipe (not worth a slot)
SLOT_THRESHOLD = 256 * 1024


@dataclass(frozen=True)
class ReleaseSlot:
    """The reader copied a frame's arrays out of ``slot``: the writer may reuse it."""

    slot: int


def read_exact(stream, n: int) -> bytearray:
    """Exactly ``n`` bytes from a binary stream; ``EOFError`` if it ends first."""
    buf = bytearray(n)
    view, got = memoryview(buf), 0
    while got < n:
        k = stream.readinto(view[got:])
        if not k:
            raise EOFError("the other process closed the pipe")
        got += k
    return buf


def _dump(obj) -> tuple[bytes, list[memoryview]]:
    buffers: list = []
    body = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
    return body, [b.raw() for b in buffers]


def write_frame(stream, obj, ring: "SlotRing | None" = None) -> int | None:
    """Write ``obj`` as one frame; through a free slot of ``ring`` when given and worth it.
    Returns the slot used (the reader must :meth:`SlotRing.release` it), else ``None``."""
    body, raws = _dump(obj)
    sizes = [r.nbytes for r in raws]
    slot = ring.acquire(sum(sizes)) if ring is not None and sum(sizes) >= SLOT_THRESHOLD else None
    if slot is None:
        head = pickle.dumps((("pipe", sizes), body), protocol=5)
        stream.write(LENGTH.pack(len(head)) + head)
        for r in raws:
            stream.write(r)
    else:
        placed = ring.write(slot, raws)
        head = pickle.dumps((("slot", slot, ring.path(slot), placed), body), protocol=5)
        stream.write(LENGTH.pack(len(head)) + head)
    stream.flush()
    return slot


class SlotReader:
    """The reading side's mappings of the writer's slot files (one per slot, remapped when
    the writer grows a slot into a new file)."""

    def __init__(self):
        self._maps: dict[int, tuple[str, mmap.mmap]] = {}

    def buffer(self, slot: int, path: str, offset: int, size: int) -> bytes:
        known = self._maps.get(slot)
        if known is None or known[0] != path:
            if known is not None:
                known[1].close()
                _unlink(known[0])   # (Windows keeps a mapped file: its first removal may have failed)
            with open(path, "rb") as fh:
                mapping = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            _unlink(path)   # both sides have it mapped: the file's name is no longer needed
            self._maps[slot] = known = (path, mapping)
        return known[1][offset:offset + size]   # a copy (bytes: read-only arrays)

    def close(self) -> None:
        for path, mapping in self._maps.values():
            mapping.close()
            _unlink(path)
        self._maps.clear()


def read_frame(stream, slots: SlotReader | None = None):
    """Read one frame; returns ``(obj, slot)`` (``slot`` is ``None`` for pipe frames)."""
    (n,) = LENGTH.unpack(read_exact(stream, LENGTH.size))
    where, body = pickle.loads(read_exact(stream, n))
    if where[0] == "pipe":
        buffers = [memoryview(read_exact(stream, size)).toreadonly() for size in where[1]]
        return pickle.loads(body, buffers=buffers), None
    _, slot, path, placed = where
    slots = slots if slots is not None else SlotReader()
    buffers = [slots.buffer(slot, path, offset, size) for offset, size in placed]
    return pickle.loads(body, buffers=buffers), slot


class SlotRing:
    """The writing side's ``count`` shared-memory slots; each grows (into a new file) when a
    frame needs more room. ``acquire`` takes a free slot, ``release`` (called when the
    reader is done, possibly from another thread) frees it. How many snapshots may be in
    flight is not decided here but by :class:`~.flow.SnapshotFlow`; with no slot free a
    frame simply takes the pipe."""

    def __init__(self, count: int = 3, directory: str | None = None):
        if directory is None and os.path.isdir("/dev/shm"):
            directory = "/dev/shm"
        self.directory = directory
        self._free = list(range(count))
        self._lock = threading.Lock()
        self._files: dict[int, tuple[str, mmap.mmap]] = {}

    def has_free(self) -> bool:
        with self._lock:
            return bool(self._free)

    def acquire(self, nbytes: int) -> int | None:
        with self._lock:
            if not self._free:
                return None
            slot = self._free.pop(0)
        known = self._files.get(slot)
        if known is None or len(known[1]) < nbytes:
            if known is not None:
                known[1].close()
                _unlink(known[0])
            size = max(nbytes + nbytes // 4, mmap.PAGESIZE)
            try:
                self._files[slot] = self._new_file(size)
            except OSError:   # no room anywhere: this frame takes the pipe
                self._files.pop(slot, None)
                self.release(slot)
                return None
        return slot

    def _new_file(self, size: int) -> tuple[str, mmap.mmap]:
        """A slot file of ``size`` bytes whose space is reserved now: writing into a mapping of a
        full tmpfs or disk would kill the process (SIGBUS) instead of raising. A small
        ``/dev/shm`` (64 MB in a default Docker container) gives way to the temporary folder."""
        last = None
        for directory in dict.fromkeys((self.directory, None)):
            try:
                fd, path = tempfile.mkstemp(prefix=slot_prefix(), suffix=".slot", dir=directory)
            except OSError as exc:
                last = exc
                continue
            try:
                if hasattr(os, "posix_fallocate"):
                    os.posix_fallocate(fd, 0, size)
                else:
                    os.ftruncate(fd, size)
                return path, mmap.mmap(fd, size)
            except OSError as exc:
                last = exc
                _unlink(path)
            finally:
                os.close(fd)
        raise last or OSError("no room for a snapshot slot")

    def path(self, slot: int) -> str:
        return self._files[slot][0]

    def write(self, slot: int, raws) -> list[tuple[int, int]]:
        """Copy ``raws`` into ``slot``; returns their ``(offset, size)``."""
        mapping = self._files[slot][1]
        placed, offset = [], 0
        for r in raws:
            size = r.nbytes
            mapping[offset:offset + size] = r
            placed.append((offset, size))
            offset += (size + 63) // 64 * 64   # aligned, as NumPy likes its data
        return placed

    def release(self, slot: int) -> None:
        with self._lock:
            if slot not in self._free:
                self._free.append(slot)

    def close(self) -> None:
        """Unmap every slot and remove any file the reader has not removed."""
        for path, mapping in self._files.values():
            mapping.close()
            _unlink(path)
        self._files.clear()


def slot_prefix(pid: int | None = None) -> str:
    """Slot files carry their writer's process id, so they can be found if it dies."""
    return f"backprop-viz-{os.getpid() if pid is None else pid}-"


def remove_slot_files(pid: int) -> int:
    """Remove the slot files left by process ``pid`` (e.g. killed between creating a slot
    and the reader mapping it); returns how many there were."""
    return remove_process_files(pid, (".slot",))


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:   # already removed by the reader (or, on Windows, still mapped there)
        pass
