"""Read-only memory maps of data files, and the small references that stand for them.

:func:`map_array` maps one array's bytes of a file read-only (an ``np.memmap`` of bytes,
the *root*, viewed as the array) and remembers which file it is: path, offset and an
identity (device, inode, size, modification time) taken from the very descriptor that was
mapped. The operating system keeps one copy of the pages however many processes map the
file, and an array no longer used is unmapped with its pages. :func:`array_ref` turns such
an array (or a contiguous slice of it) into an :class:`ArrayRef` (path, offset, dtype,
shape, identity: a few hundred bytes when pickled) and :func:`open_ref` maps it again in
another process, raising :class:`DataError` when the file is gone or was replaced since.
:func:`map_npz` maps the members of an uncompressed ``.npz`` (``np.savez`` output: the
bundled MNIST's decoded cache and imported datasets), checking each member's CRC-32 from
the archive so a damaged file is refused exactly as reading it would. Mappings are cached
per process (weakly), so one array is mapped once however many references name it.
"""

from __future__ import annotations

import os
import struct
import threading
import weakref
import zipfile
import zlib
from typing import NamedTuple

import numpy as np

from backprop_viz.data.errors import DataError

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")   # a zip member's local file header
_roots: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
_lock = threading.Lock()


class ArrayRef(NamedTuple):
    """Where a read-only array lives in a file: enough for another process to map it."""

    path: str
    offset: int
    dtype: str
    shape: tuple
    identity: tuple   # (device, inode, size, mtime_ns) of the file when it was mapped


def _identity(st: os.stat_result) -> tuple:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def map_file(path: str | os.PathLike, offset: int = 0, length: int | None = None,
             identity: tuple | None = None) -> np.memmap:
    """Bytes ``offset .. offset+length`` (default: to the end) of the file at ``path``, mapped
    read-only (the same mapping when already mapped). With ``identity``, a file that is not
    that one raises :class:`DataError`."""
    path = os.path.abspath(path)
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            found = _identity(st)
            if identity is not None and tuple(identity) != found:
                raise DataError("the shared data file was replaced since it was shared; "
                                "load the dataset again", path=path)
            length = st.st_size - offset if length is None else int(length)
            if offset < 0 or length <= 0 or offset + length > st.st_size:
                raise DataError(f"bytes {offset}..{offset + length} are not in the data file "
                                f"({st.st_size} bytes)", path=path)
            key = (path, found, offset, length)
            with _lock:
                root = _roots.get(key)
                if root is None:
                    root = np.memmap(handle, dtype=np.uint8, mode="r", offset=offset,
                                     shape=(length,))
                    root._bpv_file = (path, found, offset)
                    _roots[key] = root
    except FileNotFoundError:
        raise DataError("the shared data file is gone (the process that shared it ended or "
                        "removed it); load the dataset again", path=path) from None
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot map the data file ({exc})", path=path) from None
    return root


def view(root: np.memmap, dtype, shape, offset: int = 0) -> np.ndarray:
    """The read-only array ``dtype``/``shape`` at byte ``offset`` of the mapping ``root``."""
    dtype = np.dtype(dtype)
    shape = tuple(int(n) for n in shape)
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    if dtype.hasobject or offset < 0 or offset + nbytes > root.shape[0]:
        raise DataError(f"{dtype} {shape} at offset {offset} does not fit in the data file",
                        path=root._bpv_file[0])
    return np.asarray(root[offset:offset + nbytes]).view(dtype).reshape(shape)


def map_array(path: str | os.PathLike, offset: int, dtype, shape,
              identity: tuple | None = None) -> np.ndarray:
    """The array ``dtype``/``shape`` at byte ``offset`` of ``path``, in a mapping of its own
    (unmapped, pages and all, when the array is no longer used)."""
    dtype = np.dtype(dtype)
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    return view(map_file(path, offset, nbytes, identity), dtype, shape)


def root_of(array: np.ndarray) -> np.memmap | None:
    base = array
    while base is not None:
        if getattr(base, "_bpv_file", None) is not None:
            return base
        base = getattr(base, "base", None)
    return None


def array_ref(array: np.ndarray) -> ArrayRef | None:
    """The reference of ``array`` when it is a C-contiguous view into a mapped file, else ``None``."""
    if not isinstance(array, np.ndarray) or array.nbytes == 0 or not array.flags.c_contiguous:
        return None
    root = root_of(array)
    if root is None:
        return None
    delta = array.__array_interface__["data"][0] - root.__array_interface__["data"][0]
    if delta < 0 or delta + array.nbytes > root.shape[0]:
        return None
    path, identity, offset = root._bpv_file
    return ArrayRef(path, int(offset + delta), array.dtype.str, tuple(array.shape), identity)


def ref_is_current(ref: ArrayRef) -> bool:
    """Does ``ref``'s path still name the very file it was mapped from?"""
    try:
        return _identity(os.stat(ref.path)) == tuple(ref.identity)
    except OSError:
        return False


def open_ref(ref: ArrayRef) -> np.ndarray:
    """Map the array ``ref`` names (:class:`DataError` if its file is gone or changed)."""
    if not isinstance(ref, ArrayRef):
        raise DataError(f"not a shared-array reference: {type(ref).__name__}")
    return map_array(ref.path, ref.offset, ref.dtype, ref.shape, ref.identity)


def _npy_header(handle) -> tuple[tuple, np.dtype]:
    """(shape, dtype) of the ``.npy`` data starting at ``handle``'s position."""
    version = np.lib.format.read_magic(handle)
    reader = (np.lib.format.read_array_header_1_0 if version == (1, 0)
              else np.lib.format.read_array_header_2_0)
    shape, fortran, dtype = reader(handle)
    if fortran or dtype.hasobject:
        raise ValueError("not a C-ordered plain array")
    return shape, dtype


def map_npz(path: str | os.PathLike, keys, verify: bool = True) -> dict[str, np.ndarray] | None:
    """The members ``keys`` of an uncompressed ``.npz`` as read-only maps (one mapping each),
    or ``None`` when the file is missing, compressed, damaged (CRC-32 mismatch with
    ``verify``) or not such an archive."""
    try:
        out = {}
        with open(path, "rb") as handle:
            identity = _identity(os.fstat(handle.fileno()))
            with zipfile.ZipFile(handle) as archive:
                infos = {key: archive.getinfo(f"{key}.npy") for key in keys}
            for key, info in infos.items():
                if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
                    return None
                handle.seek(info.header_offset)
                fields = _LOCAL_HEADER.unpack(handle.read(_LOCAL_HEADER.size))
                if fields[0] != b"PK\x03\x04":
                    return None
                start = info.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1]
                handle.seek(start)
                shape, dtype = _npy_header(handle)
                header = handle.tell() - start
                nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
                if header + nbytes != info.file_size:
                    return None
                handle.seek(start)
                crc = zlib.crc32(handle.read(header))
                array = (map_array(path, start + header, dtype, shape, identity) if nbytes
                         else np.zeros(shape, dtype))
                if verify and zlib.crc32(array.reshape(-1).view(np.uint8), crc) != info.CRC:
                    return None
                out[key] = array
        return out
    except (DataError, OSError, ValueError, KeyError, EOFError, struct.error, zipfile.BadZipFile):
        return None
