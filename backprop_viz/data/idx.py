"""Reader and writer for IDX files (LeCun's MNIST format), raw or gzip-compressed.

An IDX file is a 4-byte magic number (two zero bytes, a data-type code, the number of
dimensions), one big-endian uint32 per dimension, then the values in C order.
:func:`read_idx` checks the declared size against the file's real length (raw files)
or a 2 GiB limit (gzip streams, read through the compression-bomb check of :mod:`.limits`;
only regular files are opened) before allocating, reads in chunks into one
preallocated array, and turns truncation, trailing bytes, unknown type codes or gzip garbage into a
:class:`DataError` naming the file. :func:`read_idx_pair` validates an images/labels
pair as MNIST (magic 2051 with 28x28 uint8 images, magic 2049 labels in 0..9, equal
counts) and :func:`find_idx_files` recognises the four standard files in a folder.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset
from backprop_viz.data.errors import DataError
from backprop_viz.data.limits import BoundedReader, open_data_file
from backprop_viz.data.storage import atomic_writer

GZIP_MAGIC = b"\x1f\x8b"
IMAGES_MAGIC, LABELS_MAGIC = 0x803, 0x801  # 2051 and 2049
MAX_IDX_BYTES = 1 << 31
_CHUNK = 1 << 22
_TYPES = {0x08: np.dtype("u1"), 0x09: np.dtype("i1"), 0x0B: np.dtype(">i2"),
          0x0C: np.dtype(">i4"), 0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8")}
_CODES = {dt.newbyteorder("="): code for code, dt in _TYPES.items()}

# (split, kind) -> the stems the four standard files go by (plus an optional ".gz").
IDX_STEMS = {
    ("train", "images"): ("train-images-idx3-ubyte", "train-images.idx3-ubyte"),
    ("train", "labels"): ("train-labels-idx1-ubyte", "train-labels.idx1-ubyte"),
    ("test", "images"): ("t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte",
                         "test-images-idx3-ubyte"),
    ("test", "labels"): ("t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte",
                         "test-labels-idx1-ubyte"),
}


def _read_stream(handle, name: str, size: int | None = None) -> np.ndarray:
    head = handle.read(4)
    if not head:
        raise DataError("file is empty", path=name)
    if len(head) < 4:
        raise DataError(f"truncated IDX header ({len(head)} of 4 magic bytes)", path=name)
    magic = int.from_bytes(head, "big")
    if head[0] or head[1] or head[2] not in _TYPES:
        raise DataError(f"wrong IDX magic number {magic} (0x{magic:08x}); not an IDX file",
                        path=name)
    ndim = head[3]
    if not 1 <= ndim <= 4:
        raise DataError(f"IDX magic number {magic} declares {ndim} dimensions "
                        "(expected 1 to 4)", path=name)
    dims_raw = handle.read(4 * ndim)
    if len(dims_raw) < 4 * ndim:
        raise DataError(f"truncated IDX header (the {ndim} dimension sizes are incomplete)",
                        path=name)
    shape = struct.unpack(f">{ndim}I", dims_raw)
    dtype = _TYPES[head[2]]
    count = 1
    for dim in shape:
        count *= dim
    total = count * dtype.itemsize
    if total > MAX_IDX_BYTES:
        raise DataError(f"IDX header declares shape {shape}, {total} bytes, more than the "
                        f"{MAX_IDX_BYTES} bytes allowed", path=name)
    if size is not None and size - 4 - 4 * ndim < total:
        raise DataError(f"file is truncated: the header declares shape {shape} "
                        f"({total} data bytes) but only {size - 4 - 4 * ndim} follow", path=name)
    out = np.empty(count, dtype=dtype)
    view = memoryview(out).cast("B") if total else memoryview(b"")
    pos = 0
    while pos < total:
        got = handle.readinto(view[pos:pos + _CHUNK])
        if not got:
            break
        pos += got
    if pos < total:
        raise DataError(f"file is truncated: the header declares shape {shape} "
                        f"({total} data bytes) but only {pos} follow", path=name)
    if handle.read(1):
        raise DataError(f"unexpected bytes after the {total} data bytes the header "
                        f"declares (shape {shape})", path=name)
    out = out.reshape(shape)
    return out if dtype.byteorder in "=|" else out.astype(dtype.newbyteorder("="))


def _read_handle(handle, name: str, compressed: bool, size: int | None) -> np.ndarray:
    try:
        if compressed:
            with gzip.GzipFile(fileobj=handle, mode="rb") as gz:
                return _read_stream(BoundedReader(gz, handle, name, MAX_IDX_BYTES + 64), name)
        return _read_stream(handle, name, size)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise DataError(f"broken gzip data ({exc})", path=name) from None
    except OSError as exc:
        if compressed:
            raise DataError(f"broken gzip data ({exc})", path=name) from None
        raise DataError(f"cannot read file ({exc.strerror or exc})", path=name) from None


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """The array stored in an IDX file (gzip detected from the content, not the name)."""
    name = str(path)
    with open_data_file(path) as handle:
        compressed = handle.read(2) == GZIP_MAGIC
        handle.seek(0)
        return _read_handle(handle, name, compressed, os.fstat(handle.fileno()).st_size)


def read_idx_bytes(data: bytes, name: str = "<bytes>") -> np.ndarray:
    """Like :func:`read_idx` for the bytes of a file."""
    return _read_handle(io.BytesIO(data), name, data[:2] == GZIP_MAGIC, len(data))


def write_idx(path: str | os.PathLike, array: np.ndarray, compress: bool | None = None) -> None:
    """Write ``array`` as an IDX file (gzip when ``compress`` or the name ends in .gz)."""
    array = np.asarray(array)
    code = _CODES.get(array.dtype.newbyteorder("="))
    if code is None or not 1 <= array.ndim <= 4:
        raise ValueError(f"IDX cannot store a {array.ndim}-D {array.dtype} array")
    header = bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    body = np.ascontiguousarray(array, dtype=_TYPES[code]).tobytes()
    if compress is None:
        compress = str(path).endswith(".gz")
    with atomic_writer(path) as handle:
        if compress:
            with gzip.GzipFile(filename="", mode="wb", fileobj=handle, mtime=0) as gz:
                gz.write(header)
                gz.write(body)
        else:
            handle.write(header)
            handle.write(body)


def read_idx_pair(images_path: str | os.PathLike, labels_path: str | os.PathLike,
                  source: str | None = None,
                  class_names: tuple[str, ...] = MNIST_CLASSES) -> Dataset:
    """An MNIST-style images/labels IDX pair as a :class:`Dataset`."""
    images, labels = read_idx(images_path), read_idx(labels_path)
    magic_i = (_CODES.get(images.dtype, 0) << 8) | images.ndim
    if images.dtype != np.uint8 or images.ndim != 3:
        raise DataError(f"wrong IDX magic number {magic_i} for an images file "
                        f"(expected {IMAGES_MAGIC}: uint8, 3 dimensions)", path=images_path)
    if images.shape[1:] != (28, 28):
        raise DataError(f"wrong IDX dimensions: images are {images.shape[1]}x"
                        f"{images.shape[2]} pixels, expected 28x28", path=images_path)
    magic_l = (_CODES.get(labels.dtype, 0) << 8) | labels.ndim
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise DataError(f"wrong IDX magic number {magic_l} for a labels file "
                        f"(expected {LABELS_MAGIC}: uint8, 1 dimension)", path=labels_path)
    if len(images) != len(labels):
        raise DataError(f"{len(images)} images in {Path(images_path).name} but "
                        f"{len(labels)} labels in {Path(labels_path).name}", path=labels_path)
    if len(labels) == 0:
        raise DataError("the file holds no labels", path=labels_path)
    if int(labels.max()) > len(class_names) - 1:
        bad = int(np.argmax(labels > len(class_names) - 1))
        raise DataError(f"label {int(labels[bad])} at index {bad} is outside "
                        f"0..{len(class_names) - 1}", path=labels_path)
    return Dataset(images, labels, source or str(images_path), class_names)


def find_idx_files(folder: str | os.PathLike) -> dict[tuple[str, str], Path] | None:
    """The four standard IDX files in ``folder``, or None when it holds none of them.

    Raises :class:`DataError` when only some of the four are there.
    """
    folder = Path(folder)
    found: dict[tuple[str, str], Path] = {}
    for key, stems in IDX_STEMS.items():
        for stem in stems:
            for name in (stem, stem + ".gz"):
                if (folder / name).is_file():
                    found.setdefault(key, folder / name)
    if not found:
        return None
    missing = [IDX_STEMS[key][0] for key in IDX_STEMS if key not in found]
    if missing:
        raise DataError(f"incomplete IDX folder: missing {', '.join(missing)} (.gz)",
                        path=folder)
    return found


def read_idx_header(path: str | os.PathLike) -> tuple[int, tuple[int, ...]]:
    """The magic number and shape an IDX file declares, reading only its header."""
    name = str(path)
    try:
        with open_data_file(path) as handle:
            compressed = handle.read(2) == GZIP_MAGIC
            handle.seek(0)
            stream = gzip.GzipFile(fileobj=handle, mode="rb") if compressed else handle
            head = stream.read(4)
            if len(head) < 4 or head[0] or head[1] or not 1 <= head[3] <= 4:
                raise DataError("not an IDX file (wrong magic number)", path=name)
            dims = stream.read(4 * head[3])
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"cannot read IDX header ({exc})", path=name) from None
    if len(dims) < 4 * head[3]:
        raise DataError("truncated IDX header", path=name)
    return int.from_bytes(head, "big"), struct.unpack(f">{head[3]}I", dims)
