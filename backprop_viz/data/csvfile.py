"""Streamed reader and vectorised writer for the course's 785-column MNIST CSV files.

Each row is the label then the 784 pixel values (0..255); a header row is recognised
when its first cell is not a number, CRLF line ends and gzip compression are accepted,
and so are semicolons or tabs instead of commas (detected from the first line). Only
regular files are opened, a gzip stream is read through the ceilings of :mod:`.limits`
(1 GiB decoded, no compression bombs) and at most 1,000,000 rows are read.
The reader never loops over values in Python: it reads the file in 1 MiB blocks cut at
line ends, finds separators and digits with NumPy, assembles the (at most 3-digit)
numbers arithmetically and writes them straight into one preallocated output array,
so memory stays near the size of the decoded images. Blocks that hold anything
unusual (blank lines, decimals such as ``12.0``, spaces, wrong row lengths, bad
values) go through a per-row path that parses them with NumPy or reports the first
problem as a :class:`DataError` with file, line and column.
"""

from __future__ import annotations

import gzip
import os
import zlib

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset
from backprop_viz.data.errors import DataError
from backprop_viz.data.limits import MAX_ROWS, BoundedReader, open_data_file
from backprop_viz.data.storage import atomic_writer

N_COLUMNS = 785
_BLOCK = 1 << 20
_MAX_LINE = 1 << 20
_MIN_ROW_BYTES = 2 * N_COLUMNS - 1  # one digit per value plus separators


class _Rows:
    """A growable pair of output arrays (images ``(cap, 784)``, labels ``(cap,)``)."""

    def __init__(self, capacity: int, name: str) -> None:
        capacity = min(capacity, MAX_ROWS)
        self.name = name
        self.images = np.empty((max(capacity, 1), N_COLUMNS - 1), np.uint8)
        self.labels = np.empty(max(capacity, 1), np.uint8)
        self.n = 0

    def add(self, values: np.ndarray) -> None:
        k = len(values)
        if self.n + k > MAX_ROWS:
            raise DataError(f"holds more than {MAX_ROWS:,} images, the most a CSV file may hold",
                            path=self.name)
        if self.n + k > len(self.labels):
            cap = min(max(self.n + k, len(self.labels) * 3 // 2), MAX_ROWS)
            images = np.empty((cap, N_COLUMNS - 1), np.uint8)
            images[:self.n] = self.images[:self.n]
            labels = np.empty(cap, np.uint8)
            labels[:self.n] = self.labels[:self.n]
            self.images, self.labels = images, labels
        self.labels[self.n:self.n + k] = values[:, 0]
        self.images[self.n:self.n + k] = values[:, 1:]
        self.n += k


def _fast_values(chunk: bytes, n_classes: int) -> np.ndarray | None:
    """The ``(rows, 785)`` uint16 values of a clean chunk, or None if it needs a closer look."""
    raw = np.frombuffer(chunk, np.uint8)
    if b"\r" in chunk:
        raw = raw[raw != 13]
    digit = raw - np.uint8(48)
    is_digit = digit < 10
    sep_pos = np.flatnonzero(~is_digit)
    if len(sep_pos) == 0 or len(sep_pos) % N_COLUMNS:
        return None
    seps = raw[sep_pos]
    is_nl = seps == 10
    if not np.all(is_nl | (seps == 44)):
        return None
    lengths = np.diff(sep_pos, prepend=-1) - 1
    if lengths.min() < 1 or lengths.max() > 3:
        return None
    # Every row must be exactly 784 commas then a newline.
    if not np.array_equal(np.flatnonzero(is_nl), np.arange(N_COLUMNS - 1, len(sep_pos),
                                                           N_COLUMNS)):
        return None
    digit *= is_digit
    padded = np.concatenate((np.zeros(3, np.uint8), digit)).astype(np.uint16)
    at = sep_pos + 3
    values = padded[at - 1] + padded[at - 2] * np.uint16(10)
    values += padded[at - 3] * (lengths == 3) * np.uint16(100)
    values = values.reshape(-1, N_COLUMNS)
    if values[:, 0].max() >= n_classes or values[:, 1:].max() > 255:
        return None
    return values


def _cell_problem(cell: bytes, column: int, n_classes: int) -> str | None:
    shown = cell.decode("utf-8", "replace").strip()[:24]
    try:
        value = float(cell)
    except ValueError:
        return f"non-numeric value {shown!r} in column {column}"
    what = "label" if column == 1 else "pixel"
    top = n_classes - 1 if column == 1 else 255
    if np.isnan(value):
        return f"NaN {what} in column {column}"
    if np.isinf(value):
        return f"infinite {what} in column {column}"
    if value != int(value):
        return f"{what} {shown} in column {column} is not a whole number"
    if value < 0:
        return f"{what} {shown} in column {column} is below 0"
    if value > top:
        return f"{what} {shown} in column {column} is above {top}"
    return None


def _slow_values(chunk: bytes, first_line: int, name: str, n_classes: int) -> np.ndarray:
    """Parse a chunk row by row (NumPy per row), or raise for the first bad row."""
    rows = []
    for offset, line in enumerate(chunk.split(b"\n")[:-1]):
        if not line.strip():
            continue
        line_no = first_line + offset
        cells = line.split(b",")
        if len(cells) != N_COLUMNS:
            raise DataError(f"line {line_no} has {len(cells)} values, expected "
                            f"{N_COLUMNS} (label then 784 pixels)", path=name)
        try:
            row = np.array(cells).astype(np.float64)
            ok = np.isfinite(row).all() and (row == np.round(row)).all() and row.min() >= 0 \
                and row[0] < n_classes and row[1:].max() <= 255
        except (ValueError, TypeError):
            ok = False
        if not ok:
            for column, cell in enumerate(cells, start=1):
                problem = _cell_problem(cell, column, n_classes)
                if problem:
                    raise DataError(f"line {line_no}: {problem}", path=name)
            raise DataError(f"line {line_no} cannot be read", path=name)  # pragma: no cover
        rows.append(row.astype(np.uint16))
    return np.array(rows, np.uint16).reshape(-1, N_COLUMNS)


def _is_header(line: bytes) -> bool:
    first = line.split(b",", 1)[0].strip().strip(b"\"'")
    try:
        float(first)
    except ValueError:
        return bool(first)
    return False


_SEPARATORS = {b";": "semicolons", b"\t": "tabs"}


def _separator(line: bytes) -> bytes | None:
    """The separator of a first line that uses semicolons or tabs instead of commas."""
    if b"," in line:
        return None
    counts = {sep: line.count(sep) for sep in _SEPARATORS}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def _parse(handle, name: str, capacity: int, n_classes: int) -> _Rows:
    rows = _Rows(capacity, name)
    pending, line_no, started, sep = b"", 1, False, None
    while True:
        block = handle.read(_BLOCK)
        if sep and block:
            block = block.replace(sep, b",")
        data = pending + block if block else pending
        if not block:
            if not data.strip():
                break
            data += b"\n"
        if not started:
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            nl = data.find(b"\n")
            if nl < 0 and block:
                if len(data) > _MAX_LINE:
                    raise DataError(f"line 1 is longer than {_MAX_LINE} bytes; not a "
                                    "785-column CSV", path=name)
                pending = data
                continue
            started = True
            sep = _separator(data[:nl] if nl >= 0 else data)
            if sep:
                data = data.replace(sep, b",")
                nl = data.find(b"\n")
            if _is_header(data[:nl]):
                columns = data[:nl].count(b",") + 1
                if columns != N_COLUMNS:
                    raise DataError(f"header row has {columns} columns, expected {N_COLUMNS} values "
                                    "(label then 784 pixels) separated by commas, semicolons or tabs",
                                    path=name)
                data, line_no = data[nl + 1:], 2
        cut = data.rfind(b"\n") + 1
        pending, chunk = data[cut:], data[:cut]
        if len(pending) > _MAX_LINE:
            long_line = line_no + chunk.count(b"\n")
            raise DataError(f"line {long_line} is longer than "
                            f"{_MAX_LINE} bytes; not a 785-column CSV", path=name)
        if chunk:
            values = _fast_values(chunk, n_classes)
            if values is None:
                values = _slow_values(chunk, line_no, name, n_classes)
            rows.add(values)
            line_no += chunk.count(b"\n")
        if not block:
            break
    return rows


def read_csv(path: str | os.PathLike, source: str | None = None,
             class_names: tuple[str, ...] = MNIST_CLASSES) -> Dataset:
    """A 785-column MNIST CSV (optionally gzip-compressed) as a :class:`Dataset`."""
    name = str(path)
    handle = open_data_file(path)
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise DataError("file is empty", path=name)
        compressed = handle.read(2) == b"\x1f\x8b"
        handle.seek(0)
        try:
            if compressed:
                with gzip.GzipFile(fileobj=handle, mode="rb") as gz:
                    rows = _parse(BoundedReader(gz, handle, name), name, 4 * size // _MIN_ROW_BYTES + 1,
                                  len(class_names))
            else:
                rows = _parse(handle, name, size // _MIN_ROW_BYTES + 1, len(class_names))
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise DataError(f"broken gzip data ({exc})", path=name) from None
        except OSError as exc:
            raise DataError(f"cannot read file ({exc.strerror or exc})", path=name) from None
    if rows.n == 0:
        raise DataError("no data rows (expected a label and 784 pixels per line)", path=name)
    images = rows.images[:rows.n].reshape(rows.n, 28, 28)
    return Dataset(images, rows.labels[:rows.n], source or name, class_names)


def _token_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    comma = np.zeros((256, 4), np.uint8)
    newline = np.zeros((256, 4), np.uint8)
    lengths = np.zeros(256, np.intp)
    for value in range(256):
        text = str(value).encode()
        comma[value, :len(text) + 1] = np.frombuffer(text + b",", np.uint8)
        newline[value, :len(text) + 1] = np.frombuffer(text + b"\n", np.uint8)
        lengths[value] = len(text) + 1
    return comma, newline, lengths


def write_csv(path: str | os.PathLike, dataset: Dataset, header: bool = False,
              compress: bool | None = None, rows_per_block: int = 2000) -> None:
    """Write ``dataset`` as a 785-column CSV (vectorised; atomic; gzip for ``.gz``)."""
    comma, newline, lengths = _token_tables()
    if compress is None:
        compress = str(path).endswith(".gz")
    with atomic_writer(path) as raw:
        out = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if compress else raw
        if header:
            names = [f"{r}x{c}" for r in range(1, 29) for c in range(1, 29)]
            out.write(("label," + ",".join(names) + "\n").encode())
        flat = dataset.images.reshape(len(dataset), -1)
        for start in range(0, len(dataset), rows_per_block):
            values = np.empty((min(rows_per_block, len(dataset) - start), N_COLUMNS), np.uint8)
            values[:, 0] = dataset.labels[start:start + len(values)]
            values[:, 1:] = flat[start:start + len(values)]
            tokens = comma[values]
            tokens[:, -1] = newline[values[:, -1]]
            keep = np.arange(4) < lengths[values][..., None]
            out.write(tokens[keep].tobytes())
        if compress:
            out.close()
