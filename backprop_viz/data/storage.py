"""Where the data package keeps files, and how it writes them without half-files.

The cache folder is ``$BACKPROP_VIZ_CACHE_DIR`` when set (tests point it at a temporary
folder), else the per-user cache folder from ``platformdirs``. Everything written
there goes through :func:`atomic_writer`: data are written to a uniquely named hidden
temporary file in the destination folder, flushed, and moved into place with
``os.replace`` only when complete, so a crash, a failed download or two processes
writing the same file at once can never leave a partial file that later loads. The
temporary's name carries the writer's process id (:mod:`backprop_viz.core.atomic`), and
every save first removes the temporaries that killed writers left in its folder;
:func:`remove_stale_temporaries` does the same for the cache folders (run at start).
Also here: streaming SHA-256 helpers.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np

from backprop_viz.core.atomic import make_temp, remove_stale_temps

CACHE_ENV = "BACKPROP_VIZ_CACHE_DIR"
APP_NAME = "backprop-viz"
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def make_temp_file(dest: Path) -> tuple[int, str]:
    """A hidden temporary file beside ``dest``, named after this process, with the
    permissions a new file would get (``mkstemp`` alone makes it owner-only); temporaries
    of writers that are gone are removed from the folder first."""
    dest = Path(dest)
    remove_stale_temps(dest.parent)
    fd, tmp = make_temp(dest, ".part")
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)
    except OSError:  # pragma: no cover - e.g. filesystems without modes
        pass
    return fd, tmp


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def downloads_dir() -> Path:
    """Where ``backprop-viz data download`` puts the MNIST files."""
    return cache_dir() / "mnist"


def imported_dir() -> Path:
    """Where ``backprop-viz data import`` puts converted datasets."""
    return cache_dir() / "datasets"


def decoded_dir() -> Path:
    """Where decoded arrays of the bundled MNIST are kept for fast warm loads."""
    return cache_dir() / "decoded"


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success move it to ``path``.

    On any exception the temporary file is removed and ``path`` is left untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = make_temp_file(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data)


def atomic_save_npz(path: str | os.PathLike, **arrays: np.ndarray) -> None:
    """Write an uncompressed ``.npz`` of plain (non-object) arrays atomically."""
    for name, array in arrays.items():
        if np.asarray(array).dtype.hasobject:
            raise ValueError(f"array {name!r} has an object dtype")
    with atomic_writer(path) as handle:
        np.savez(handle, **arrays)


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def sha256_bytes(data) -> str:
    return hashlib.sha256(data).hexdigest()


def remove_process_files(pid: int, suffixes: tuple[str, ...]) -> int:
    """Remove this app's files named ``backprop-viz-<pid>-…<suffix>`` (shared-memory slots,
    dataset share files) that process ``pid`` left in ``/dev/shm`` or the temporary folder,
    e.g. when it was killed; returns how many were removed. (A file another process has
    mapped stays readable there: a mapping needs no name.)"""
    prefix, removed = f"backprop-viz-{pid}-", 0
    for directory in dict.fromkeys(("/dev/shm", tempfile.gettempdir())):
        try:
            names = os.listdir(directory)
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffixes):
                try:
                    os.unlink(os.path.join(directory, name))
                    removed += 1
                except OSError:   # removed meanwhile (or, on Windows, still mapped)
                    pass
    return removed


def remove_stale_temporaries(folders=None) -> int:
    """Remove temporaries of killed saves from ``folders`` (default: every cache folder);
    how many were removed. The app runs it at start."""
    if folders is None:
        folders = [cache_dir(), downloads_dir(), imported_dir(), decoded_dir()]
    return sum(remove_stale_temps(folder) for folder in folders)
