"""Folders of PNG digits (``0/ ... 9/``), decoded with the standard library, no Qt, no Pillow.

:func:`decode_png` reads non-interlaced 8-bit PNGs (grey, grey+alpha, RGB, RGBA,
palette): it checks the signature and every chunk's CRC, inflates the image data with a
size limit and undoes the five scanline filters. Colour is reduced to luminance, alpha
composited over black, and a digit drawn dark on a light background (bright border) is
inverted to MNIST's light-on-dark. Images must be 28x28. :func:`read_png_folder` reads
one folder per label (``0`` to ``9``), optionally below ``train/`` and ``test/``;
:func:`write_png` and :func:`write_png_folder` write greyscale PNGs (used by tests and
to export digits).
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.storage import atomic_write_bytes

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def _chunks(data: bytes, name: str):
    pos = len(PNG_SIGNATURE)
    while True:
        if pos + 8 > len(data):
            raise DataError("PNG is truncated (no IEND chunk)", path=name)
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) < length or len(crc) < 4:
            raise DataError(f"PNG is truncated inside its {kind!r} chunk", path=name)
        if zlib.crc32(kind + body) != struct.unpack(">I", crc)[0]:
            raise DataError(f"PNG {kind!r} chunk has a bad CRC (corrupted file)", path=name)
        yield kind, body
        if kind == b"IEND":
            return
        pos += 12 + length


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def _unfilter(raw: bytes, height: int, stride: int, bpp: int, name: str) -> np.ndarray:
    rows = np.frombuffer(raw, np.uint8).reshape(height, stride + 1)
    out = np.zeros((height + 1, stride), np.uint8)  # row 0 is the all-zero "previous" row
    for y in range(height):
        kind, line, prev = rows[y, 0], rows[y, 1:], out[y]
        if kind == 0:
            out[y + 1] = line
        elif kind == 1:
            out[y + 1] = np.cumsum(line.reshape(-1, bpp), axis=0, dtype=np.uint8).ravel()
        elif kind == 2:
            out[y + 1] = line + prev
        elif kind in (3, 4):
            cur, up = bytearray(line.tobytes()), prev.tobytes()
            for i in range(stride):
                a = cur[i - bpp] if i >= bpp else 0
                c = up[i - bpp] if i >= bpp else 0
                pred = (a + up[i]) >> 1 if kind == 3 else _paeth(a, up[i], c)
                cur[i] = (cur[i] + pred) & 0xFF
            out[y + 1] = np.frombuffer(bytes(cur), np.uint8)
        else:
            raise DataError(f"PNG row {y} uses unknown filter type {kind}", path=name)
    return out[1:]


def decode_png(data: bytes, name: str = "<png>", size: tuple[int, int] = (28, 28)) -> np.ndarray:
    """The greyscale uint8 image ``(height, width)`` of an 8-bit non-interlaced PNG."""
    if not data.startswith(PNG_SIGNATURE):
        raise DataError("not a PNG file (wrong signature)", path=name)
    header, palette, idat = None, None, []
    for kind, body in _chunks(data, name):
        if kind == b"IHDR" and len(body) == 13:
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = np.frombuffer(body, np.uint8)[:len(body) // 3 * 3].reshape(-1, 3)
        elif kind == b"IDAT":
            idat.append(body)
    if header is None:
        raise DataError("PNG has no valid IHDR chunk", path=name)
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in _CHANNELS or interlace:
        raise DataError(f"unsupported PNG: bit depth {depth}, colour type {colour}, "
                        f"interlace {interlace} (need 8-bit, non-interlaced)", path=name)
    if size is not None and (height, width) != tuple(size):
        raise DataError(f"image is {width}x{height} pixels, expected {size[1]}x{size[0]}",
                        path=name)
    if width * height > 1 << 24 or not width or not height:
        raise DataError(f"image size {width}x{height} is not supported", path=name)
    bpp = _CHANNELS[colour]
    expected = height * (width * bpp + 1)
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(b"".join(idat), expected)
    except zlib.error as exc:
        raise DataError(f"PNG image data are corrupted ({exc})", path=name) from None
    if len(raw) != expected:
        raise DataError(f"PNG image data hold {len(raw)} bytes, expected {expected}",
                        path=name)
    pixels = _unfilter(raw, height, width * bpp, bpp, name).reshape(height, width, bpp)
    if colour == 3:
        if palette is None or int(pixels.max()) >= len(palette):
            raise DataError("PNG palette is missing or too short", path=name)
        pixels = palette[pixels[..., 0]]
    values = pixels.astype(np.float64)
    alpha = values[..., -1] / 255.0 if colour in (4, 6) else 1.0
    colours = values[..., :3] if colour in (2, 3, 6) else values[..., :1]
    grey = colours @ np.array([0.299, 0.587, 0.114]) if colours.shape[-1] == 3 \
        else colours[..., 0]
    return np.clip(np.round(grey * alpha), 0, 255).astype(np.uint8)


def _mnist_polarity(image: np.ndarray) -> np.ndarray:
    border = np.concatenate((image[0], image[-1], image[:, 0], image[:, -1]))
    return 255 - image if border.mean() > 127 else image


def _read_digit_folders(folder: Path, source: str, class_names) -> Dataset:
    images, labels = [], []
    for label in range(len(class_names)):
        sub = folder / str(label)
        if not sub.is_dir():
            continue
        for file in sorted(sub.iterdir()):
            if file.suffix.lower() != ".png" or not file.is_file():
                continue
            try:
                data = file.read_bytes()
            except OSError as exc:
                raise DataError(f"cannot read file ({exc.strerror or exc})", path=file) from None
            images.append(_mnist_polarity(decode_png(data, str(file))))
            labels.append(label)
    if not images:
        raise DataError("no .png images in folders 0 to 9", path=folder)
    return Dataset(np.stack(images), np.array(labels, np.uint8), source, class_names)


def is_png_folder(folder: str | os.PathLike) -> bool:
    folder = Path(folder)
    return any((folder / str(d)).is_dir() for d in range(10)) or (
        (folder / "train").is_dir() and any((folder / "train" / str(d)).is_dir()
                                            for d in range(10)))


def read_png_folder(folder: str | os.PathLike, source: str | None = None,
                    class_names: tuple[str, ...] = MNIST_CLASSES) -> Splits:
    """PNGs in ``folder/<label>/`` (or ``train/<label>``, ``test/<label>``) as Splits.

    A folder without ``train/``/``test/`` becomes the training set, with an empty test set.
    """
    folder = Path(folder)
    source = source or str(folder)
    if (folder / "train").is_dir():
        train = _read_digit_folders(folder / "train", f"{source} (train)", class_names)
        if (folder / "test").is_dir():
            test = _read_digit_folders(folder / "test", f"{source} (test)", class_names)
        else:
            test = train.subset(np.arange(0), source=f"{source} (no test set)")
        return Splits(train, test)
    train = _read_digit_folders(folder, source, class_names)
    return Splits(train, train.subset(np.arange(0), source=f"{source} (no test set)"))


def encode_png(image: np.ndarray) -> bytes:
    """An 8-bit greyscale PNG of ``image`` (uint8, ``(height, width)``)."""
    image = np.ascontiguousarray(image, dtype=np.uint8)
    height, width = image.shape
    raw = np.zeros((height, width + 1), np.uint8)
    raw[:, 1:] = image

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    return (PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw.tobytes(), 6)) + chunk(b"IEND", b""))


def write_png(path: str | os.PathLike, image: np.ndarray) -> None:
    atomic_write_bytes(path, encode_png(image))


def write_png_folder(folder: str | os.PathLike, dataset: Dataset) -> None:
    """Write each image as ``folder/<label>/<index>.png``."""
    folder = Path(folder)
    for index, (image, label) in enumerate(zip(dataset.images, dataset.labels)):
        write_png(folder / str(int(label)) / f"{index:05d}.png", image)
