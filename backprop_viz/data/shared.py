"""One copy of a dataset in memory for every process: :func:`share_splits`.

The training engine loads the data and sends them to the GUI process; copying ~55 MB
through a pipe would leave a full copy in each. Instead every array of the
:class:`Splits` that :func:`share_splits` returns is a read-only memory map of a file
(:mod:`.mapping`), and such a :class:`Dataset` pickles as a reference to its file (a few
hundred bytes); the receiver maps the same file, so the operating system keeps one copy
of the pages for both. Arrays already mapped from a file that is still in place (the
bundled MNIST's decoded cache, imported catalogue datasets) are reused as they are. Others
(a validation split carved from the training set, a dataset read from a CSV or IDX files)
are written once into a *share file*, in ``/dev/shm`` when it exists and has room to
spare (snapshot slots live there too), else in the temporary folder: written under a
``.part`` name and renamed when complete, named ``backprop-viz-<pid>-*.share`` after
the writing process. A share file is removed once its writer no longer uses it and another
:func:`share_splits` call has come between (the receiver has long mapped it by then; a
mapped file needs no name), when the writer exits normally, by :func:`remove_share_files`
(the parent of a process that died) and by :func:`remove_stale_share_files` (files of
processes that are gone; run at every call).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import tempfile
import threading
import weakref

import numpy as np

from backprop_viz.core.atomic import process_alive
from backprop_viz.data.dataset import Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.mapping import array_ref, map_array, ref_is_current, root_of
from backprop_viz.data.storage import remove_process_files

SHARE_SUFFIX = ".share"
#: /dev/shm is used only when this much room stays free after the file (snapshot slots)
SHM_HEADROOM = 64 * 1024 * 1024
ALIGN = 64
_NAME = re.compile(r"^backprop-viz-(\d+)-.*\.share(\.part)?$")
_lock = threading.Lock()
_calls = 0
_written: dict[str, list] = {}   # path -> [call that wrote it, arrays mapped here, writer pid]


def share_prefix(pid: int | None = None) -> str:
    """Share files carry their writer's process id, so they can be found if it dies."""
    return f"backprop-viz-{os.getpid() if pid is None else pid}-"


def _share_dirs(nbytes: int) -> list[str]:
    dirs = []
    if os.path.isdir("/dev/shm"):
        with contextlib.suppress(OSError):
            st = os.statvfs("/dev/shm")
            if st.f_bavail * st.f_frsize >= nbytes + SHM_HEADROOM:
                dirs.append("/dev/shm")
    dirs.append(tempfile.gettempdir())
    return dirs


def _unlink(path: str) -> bool:
    try:
        os.unlink(path)
        return True
    except OSError:
        return False


def _write_share_file(arrays: list[np.ndarray]) -> tuple[str, list[int]]:
    """Write ``arrays`` (aligned, back to back) into a new share file; its path and offsets."""
    offsets, total = [], 0
    for array in arrays:
        total = -(-total // ALIGN) * ALIGN
        offsets.append(total)
        total += array.nbytes
    last = None
    for directory in _share_dirs(total):
        try:
            fd, tmp = tempfile.mkstemp(prefix=share_prefix(), suffix=SHARE_SUFFIX + ".part",
                                       dir=directory)
        except OSError as exc:
            last = exc
            continue
        try:
            with os.fdopen(fd, "wb") as handle:
                for offset, array in zip(offsets, arrays):
                    handle.seek(offset)
                    handle.write(np.ascontiguousarray(array).reshape(-1).view(np.uint8).data)
            final = tmp.removesuffix(".part")
            os.replace(tmp, final)
            return final, offsets
        except OSError as exc:   # e.g. no room left: try the next folder
            last = exc
            _unlink(tmp)
    raise DataError(f"cannot write the dataset for sharing ({last})",
                    path=_share_dirs(total)[-1])


def _release(path: str) -> None:
    """One of the writer's own mappings of ``path`` is gone (called by the garbage collector)."""
    entry = _written.get(path)
    if entry is not None:
        entry[1] -= 1


def _prune() -> None:
    """Remove this process's share files it no longer maps, written before the last call."""
    for path, (call, mapped, pid) in list(_written.items()):
        if mapped <= 0 and call < _calls - 1 and pid == os.getpid():
            _unlink(path)
            _written.pop(path, None)


def _needs_writing(array: np.ndarray) -> bool:
    if array.nbytes == 0:
        return False   # an empty array pickles in a few bytes anyway
    ref = array_ref(array)
    return ref is None or not ref_is_current(ref)


def share_splits(splits: Splits) -> Splits:
    """``splits`` with every array a read-only map of a file (equal contents, same sources,
    class names and order), ready to be pickled to another process cheaply."""
    global _calls
    if not isinstance(splits, Splits):
        raise TypeError(f"share_splits needs a Splits, got {type(splits).__name__}")
    remove_stale_share_files()
    sets = [splits.train, splits.test, splits.validation]
    pending = [(i, name) for i, ds in enumerate(sets) if ds is not None
               for name in ("images", "labels") if _needs_writing(getattr(ds, name))]
    with _lock:
        _calls += 1
        _prune()
        if not pending:
            return splits
        arrays = [getattr(sets[i], name) for i, name in pending]
        path, offsets = _write_share_file(arrays)
        _written[path] = [_calls, len(arrays), os.getpid()]
    for (i, name), offset, array in zip(pending, offsets, arrays):
        ds = sets[i]
        mapped = map_array(path, offset, array.dtype, array.shape)
        weakref.finalize(root_of(mapped), _release, path)
        parts = {"images": ds.images, "labels": ds.labels, name: mapped}
        sets[i] = Dataset(parts["images"], parts["labels"], ds.source, ds.class_names)
    return Splits(*sets)


def remove_share_files(pid: int) -> int:
    """Remove the share files left by process ``pid``; how many there were. (Those another
    process has mapped stay readable there: a mapping needs no name.)"""
    return remove_process_files(pid, (".share", ".share.part"))


def remove_stale_share_files() -> int:
    """Remove share files whose writing process no longer exists; how many there were."""
    pids = set()
    for directory in dict.fromkeys(("/dev/shm", tempfile.gettempdir())):
        with contextlib.suppress(OSError):
            pids.update(int(m.group(1)) for m in map(_NAME.match, os.listdir(directory)) if m)
    return sum(remove_share_files(pid) for pid in pids if pid != os.getpid() and not process_alive(pid))


@atexit.register
def _remove_own_files() -> None:
    for path, (_, _, pid) in list(_written.items()):
        if pid == os.getpid():   # never a forked child's parent's files: it still uses them
            _unlink(path)
            _written.pop(path, None)
