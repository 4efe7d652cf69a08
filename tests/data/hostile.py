"""Builders of hostile files for the tests (and the corpus): zip edits, .npy headers, bombs.

Each builder returns bytes (or writes a file) that a reader must refuse with one clear
error. Zip members are edited in both their local header and the central directory, so
the archive stays readable to ``zipfile`` and only the edited field is wrong.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib

import numpy as np

LOCAL, CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


def npy_bytes(header: str, data: bytes = b"") -> bytes:
    """A version 1.0 ``.npy`` with ``header`` (padded, newline-terminated) and ``data``."""
    text = header.encode("latin-1")
    pad = 64 - (10 + len(text) + 1) % 64
    text += b" " * pad + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text + data


def zip_of(members: dict[str, bytes], compress: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def npz_bytes(arrays: dict[str, np.ndarray], compress: bool = False) -> bytes:
    buffer = io.BytesIO()
    (np.savez_compressed if compress else np.savez)(buffer, **arrays)
    return buffer.getvalue()


def edit_member(data: bytes, member: str, *, flags: int | None = None, method: int | None = None,
                size: int | None = None) -> bytes:
    """``data`` (a zip) with ``member``'s flag bits, compression method or declared size changed."""
    out = bytearray(data)
    name = member.encode()
    for magic, base in ((LOCAL, 0), (CENTRAL, 2)):
        at = 0
        while (at := bytes(out).find(magic, at)) >= 0:
            name_len = struct.unpack_from("<H", out, at + 26 + base)[0]
            start = at + (30 if base == 0 else 46)
            if bytes(out[start:start + name_len]) == name:
                if flags is not None:
                    struct.pack_into("<H", out, at + 6 + base, flags)
                if method is not None:
                    struct.pack_into("<H", out, at + 8 + base, method)
                if size is not None:
                    struct.pack_into("<I", out, at + 22 + base, size)
            at += 4
    return bytes(out)


def model_meta(config_dict: dict, fmt: str = "backprop-viz-model") -> np.ndarray:
    meta = {"format": fmt, "version": 1, "config": config_dict, "extra": {}}
    return np.frombuffer(json.dumps(meta).encode(), np.uint8)


def gzip_stream(block: bytes, repeats: int) -> bytes:
    """gzip of ``block`` repeated ``repeats`` times, compressed block by block (little memory)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [comp.compress(block) for _ in range(repeats)]
    return b"".join(parts) + comp.flush()


def none_bomb(megabytes: int) -> bytes:
    """A gzip'd pickle of ``megabytes`` MiB of NONE opcodes (the scanner DoS, scaled down)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [comp.compress(b"\x80\x02")] + [comp.compress(b"N" * (1 << 20)) for _ in range(megabytes)]
    return b"".join(parts) + comp.flush()


def dtype_setstate_crash() -> bytes:
    """The pickle that made ``np.dtype.__setstate__`` crash CPython (issue #15): a float64
    dtype given the state ``(3, 'N', None, -1, -1, 0)``, inside an array of MNIST's shape."""
    return (b"\x80\x02cnumpy\ndtype\nq\x00X\x02\x00\x00\x00f8\x89\x88\x87R"
            b"(K\x03X\x01\x00\x00\x00NNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb.")
