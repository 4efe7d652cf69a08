"""The one validating reader of ``.npz`` archives (datasets, models, runs), and safe opening.

Every ``.npz`` the program reads from a user goes through :func:`open_npz`, which never
hands the file to ``np.load``: it opens only regular files (a FIFO or a device would
block forever, :func:`open_regular`), reads the zip directory and refuses encrypted
members, compression methods other than stored and deflated, more than
:data:`MAX_MEMBERS` members, members that declare more than the caller's ceiling
(default :data:`MAX_MEMBER_BYTES`) or that would inflate more than :data:`MAX_RATIO`
times their compressed size (compression bombs) — all from the *declared* sizes,
before anything is decompressed. Each member's ``.npy`` header is parsed here with
``ast.literal_eval`` on at most :data:`MAX_HEADER_BYTES` (plain numbers and text only:
object arrays are never unpickled) and its shape must account for exactly the bytes the
member declares. The data of a member are read only when asked for
(:meth:`NpzArchive.read`), in chunks, with the zip CRC checked. Every problem is an
:class:`ArchiveError` whose text says what is wrong; callers add the file's name.
"""

from __future__ import annotations

import ast
import os
import re
import stat
import struct
import zipfile
import zlib
from typing import BinaryIO, NamedTuple

import numpy as np

#: the largest member (decoded bytes) any archive may hold unless a caller allows more
MAX_MEMBER_BYTES = 1 << 30
#: a member may inflate at most this many times its compressed size ...
MAX_RATIO = 100
#: ... once it is larger than this (small members compress as they like)
RATIO_FREE_BYTES = 64 << 20
MAX_MEMBERS = 4096
MAX_HEADER_BYTES = 1 << 16
_CHUNK = 1 << 22
_DESCR = re.compile(r"^[<>|=]?(b1|[iu][1248]|f[248]|U\d{1,4})$")
_MAGIC = b"\x93NUMPY"


class ArchiveError(ValueError):
    """An archive (or path) that cannot be read safely; the text says why (no file name)."""


def open_regular(path) -> BinaryIO:
    """``path`` opened for binary reading, refusing anything but a regular file.

    Opened non-blocking first, so a FIFO is refused instead of waiting for a writer.
    ``OSError`` (missing file, no permission) passes through to the caller.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ArchiveError("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise ArchiveError("not a regular file (a pipe, device or socket); give a file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_regular(path) -> None:
    """Refuse a path that exists but is neither a regular file nor a folder."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise ArchiveError("not a regular file (a pipe, device or socket); give a file")


class Member(NamedTuple):
    """A validated ``.npy`` member: where it is and what it declares."""

    info: zipfile.ZipInfo
    shape: tuple
    dtype: np.dtype
    fortran: bool
    header_bytes: int

    @property
    def nbytes(self) -> int:
        return self.info.file_size - self.header_bytes


def _parse_header(raw: bytes, key: str) -> tuple[tuple, np.dtype, bool]:
    try:
        header = ast.literal_eval(raw.decode("latin-1"))
    except Exception:
        raise ArchiveError(f"{key}: the .npy header is not readable") from None
    if not isinstance(header, dict) or set(header) != {"descr", "fortran_order", "shape"}:
        raise ArchiveError(f"{key}: the .npy header is not a plain array header")
    descr, fortran, shape = header["descr"], header["fortran_order"], header["shape"]
    if descr in ("|O", "O", "<O", ">O"):
        raise ArchiveError(f"{key} is an object array; pickled data are never loaded "
                           "(refused: contains pickled objects)")
    if not isinstance(descr, str) or not _DESCR.match(descr):
        raise ArchiveError(f"{key}: unsupported array type {str(descr)[:40]!r} (numbers or text only)")
    if not isinstance(fortran, bool):
        raise ArchiveError(f"{key}: the .npy header's fortran_order is not true or false")
    if not isinstance(shape, tuple) or len(shape) > 32 or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape):
        raise ArchiveError(f"{key}: the .npy header's shape {str(shape)[:60]} is not a shape")
    return shape, np.dtype(descr), fortran


class NpzArchive:
    """An open, validated ``.npz``: its members' declared shapes, read one at a time."""

    def __init__(self, handle: BinaryIO, max_member_bytes: int = MAX_MEMBER_BYTES):
        self._handle = handle
        try:
            self._zip = zipfile.ZipFile(handle)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
                NotImplementedError, RuntimeError, OverflowError, struct.error, MemoryError) as exc:
            raise ArchiveError(f"damaged or truncated .npz ({type(exc).__name__}: {exc})") from None
        if len(infos) > MAX_MEMBERS:
            raise ArchiveError(f"holds {len(infos)} members, more than the {MAX_MEMBERS} allowed")
        self.members: dict[str, Member] = {}
        for info in infos:
            key = info.filename.removesuffix(".npy")
            if not info.filename.endswith(".npy") or key in self.members:
                raise ArchiveError(f"member {info.filename[:80]!r} is not an array of an .npz")
            self._check_declared(info, key, max_member_bytes)
            self.members[key] = self._member(info, key)

    @staticmethod
    def _check_declared(info: zipfile.ZipInfo, key: str, ceiling: int) -> None:
        if info.flag_bits & 0x1:
            raise ArchiveError(f"{key}: the member is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveError(f"{key}: compression method {info.compress_type} is not supported "
                               "(only stored and deflated)")
        if info.file_size > ceiling:
            raise ArchiveError(f"{key}: declares {info.file_size:,} bytes, more than the "
                               f"{ceiling:,} bytes allowed")
        if info.file_size > RATIO_FREE_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(f"{key}: {info.compress_size:,} compressed bytes would expand to "
                               f"{info.file_size:,} (more than {MAX_RATIO}×): refused as a compression bomb")

    def _open(self, info: zipfile.ZipInfo):
        try:
            return self._zip.open(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError,
                RuntimeError, zlib.error, struct.error) as exc:
            raise ArchiveError(f"{info.filename}: damaged or truncated .npz ({exc})") from None

    def _member(self, info: zipfile.ZipInfo, key: str) -> Member:
        try:
            with self._open(info) as stream:
                magic = stream.read(8)
                if len(magic) < 8 or magic[:6] != _MAGIC or (magic[6], magic[7]) not in ((1, 0), (2, 0), (3, 0)):
                    raise ArchiveError(f"{key}: not an .npy array (bad magic or version)")
                size_bytes = 2 if magic[6] == 1 else 4
                length = int.from_bytes(stream.read(size_bytes), "little")
                if length > MAX_HEADER_BYTES:
                    raise ArchiveError(f"{key}: the .npy header declares {length:,} bytes, "
                                       f"more than {MAX_HEADER_BYTES:,}")
                raw = stream.read(length)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, struct.error) as exc:
            raise ArchiveError(f"{key}: damaged or truncated .npz ({exc})") from None
        if len(raw) < length:
            raise ArchiveError(f"{key}: damaged or truncated .npz (the .npy header is cut short)")
        shape, dtype, fortran = _parse_header(raw, key)
        header_bytes = 8 + size_bytes + length
        count = 1
        for n in shape:
            count *= n
        nbytes = count * dtype.itemsize
        if header_bytes + nbytes != info.file_size:
            raise ArchiveError(f"{key}: the .npy header declares shape {shape} of {dtype} "
                               f"({nbytes:,} bytes) but the member holds "
                               f"{max(info.file_size - header_bytes, 0):,}")
        return Member(info, shape, dtype, fortran, header_bytes)

    def read(self, key: str) -> np.ndarray:
        """The array of member ``key`` (native byte order, writable), CRC-checked."""
        member = self.members[key]
        out = np.empty(member.nbytes, np.uint8)
        try:
            with self._open(member.info) as stream:
                stream.read(member.header_bytes)
                pos = 0
                while pos < member.nbytes:
                    chunk = stream.read(min(_CHUNK, member.nbytes - pos))
                    if not chunk:
                        break
                    out[pos:pos + len(chunk)] = np.frombuffer(chunk, np.uint8)
                    pos += len(chunk)
                stream.read(1)   # reach the end: the CRC is checked there
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, struct.error, ValueError) as exc:
            raise ArchiveError(f"{key}: damaged or truncated .npz ({exc})") from None
        if pos < member.nbytes:
            raise ArchiveError(f"{key}: damaged or truncated .npz (the data are cut short)")
        array = out.view(member.dtype)
        if member.fortran:
            array = array.reshape(member.shape[::-1]).T
        else:
            array = array.reshape(member.shape)
        if member.dtype.byteorder not in "=|":
            array = array.astype(member.dtype.newbyteorder("="))
        return array

    def close(self) -> None:
        try:
            self._zip.close()
        finally:
            self._handle.close()

    def __enter__(self) -> NpzArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_npz(path, max_member_bytes: int = MAX_MEMBER_BYTES) -> NpzArchive:
    """Open and validate the ``.npz`` at ``path`` (see the module's description).

    Raises :class:`ArchiveError` for a file that is not a safe, well-formed archive and
    ``OSError`` when it cannot be opened at all.
    """
    handle = open_regular(path)
    try:
        if handle.read(4) != b"PK\x03\x04":
            raise ArchiveError("not an .npz archive")
        handle.seek(0)
        return NpzArchive(handle, max_member_bytes)
    except BaseException:
        handle.close()
        raise
