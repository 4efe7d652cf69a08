"""The ceilings every data reader enforces, and streams that enforce them while decompressing.

Documented limits (a dataset of a few hundred thousand 28×28 images stays well inside):

* :data:`MAX_DECODED_BYTES` — 1 GiB: the most any one decompressed stream (``.gz``),
  ``.npz`` member or pickle may hold once decoded;
* :data:`MAX_ROWS` — 1,000,000 images in one CSV file (784 MB of pixels);
* :data:`MAX_RATIO` — beyond the first :data:`RATIO_FREE_BYTES` (64 MiB), a compressed
  stream may not expand more than 100× (real MNIST files expand 5–15×; a compression
  bomb of zeros about 1,000×), so a bomb is refused after a fraction of a second.

:class:`BoundedReader` wraps a decompressing stream and raises :class:`DataError` as
soon as a limit is passed; :func:`open_data_file` opens a path for reading, refusing a
FIFO, device or socket (opening a FIFO would wait forever for a writer).
"""

from __future__ import annotations

import os

from backprop_viz.core.archive import (
    MAX_RATIO,
    RATIO_FREE_BYTES,
    ArchiveError,
    check_regular,
    open_regular,
)
from backprop_viz.data.errors import DataError

MAX_DECODED_BYTES = 1 << 30
MAX_ROWS = 1_000_000

__all__ = ["MAX_DECODED_BYTES", "MAX_RATIO", "MAX_ROWS", "RATIO_FREE_BYTES", "BoundedReader",
           "open_data_file", "refuse_special"]


def open_data_file(path: str | os.PathLike):
    """``path`` opened for binary reading; :class:`DataError` for anything but a regular file."""
    try:
        return open_regular(path)
    except ArchiveError as exc:
        raise DataError(str(exc), path=path) from None
    except OSError as exc:
        raise DataError(f"cannot open file ({exc.strerror or exc})", path=path) from None


def refuse_special(path: str | os.PathLike) -> None:
    """:class:`DataError` when ``path`` exists but is a FIFO, device or socket."""
    try:
        check_regular(path)
    except ArchiveError as exc:
        raise DataError(str(exc), path=path) from None


class BoundedReader:
    """``read``/``readline``/``readinto`` of ``stream`` (decompressed data), refusing more than
    ``limit`` bytes in all or an expansion of more than :data:`MAX_RATIO` times the bytes
    consumed from ``raw`` (the compressed file)."""

    def __init__(self, stream, raw, name: str, limit: int = MAX_DECODED_BYTES):
        self._stream, self._raw, self._name, self._limit = stream, raw, name, limit
        self._start = raw.tell() if raw is not None else 0
        self.count = 0

    def _account(self, n: int) -> None:
        self.count += n
        if self.count > self._limit:
            raise DataError(f"decompresses to more than {self._limit:,} bytes, the most a data "
                            "file may hold", path=self._name)
        if self._raw is not None and self.count > RATIO_FREE_BYTES:
            consumed = max(self._raw.tell() - self._start, 1)
            if self.count > MAX_RATIO * consumed:
                raise DataError(f"{consumed:,} compressed bytes expand to more than {self.count:,} "
                                f"(over {MAX_RATIO}×): refused as a compression bomb", path=self._name)

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0 or n > self._limit - self.count + 1:
            n = self._limit - self.count + 1
        data = self._stream.read(n)
        self._account(len(data))
        return data

    def readline(self, limit: int = -1) -> bytes:
        data = self._stream.readline(limit)
        self._account(len(data))
        return data

    def readinto(self, buffer) -> int:
        got = self._stream.readinto(buffer)
        self._account(got or 0)
        return got
