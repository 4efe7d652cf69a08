"""Folders of digit images (``0/ ... 9/``), decoded with Pillow (:mod:`.images`), no Qt.

Each file is decoded by :func:`~.images.decode_image` — PNG of any kind (8- or 16-bit,
interlaced, palette with transparency), JPEG, BMP, GIF, WebP, TIFF — to luminance with
transparency over black, and a digit drawn dark on a light background (bright border) is
inverted to MNIST's light-on-dark. Images must be 28x28. :func:`read_png_folder` reads
one folder per label (``0`` to ``9``), optionally below ``train/`` and ``test/``, and can
report its progress (an argument, or :func:`reporting` for every folder read in a block); :func:`write_png` and :func:`write_png_folder` write greyscale PNGs
(used by tests and to export digits).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from pathlib import Path

import numpy as np

from backprop_viz.data.dataset import MNIST_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.images import decode_image, encode_png, write_png

__all__ = ["IMAGE_SUFFIXES", "decode_png", "encode_png", "is_png_folder", "read_png_folder", "reporting", "write_png",
           "write_png_folder"]

#: ``progress(done, total)`` for the folders read in this context (see :func:`reporting`)
_PROGRESS: contextvars.ContextVar = contextvars.ContextVar("png_folder_progress", default=None)

#: the files a digit folder's images may be
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")


def decode_png(data: bytes, name: str = "<png>", size: tuple[int, int] | None = (28, 28)) -> np.ndarray:
    """The greyscale uint8 image ``(height, width)`` in ``data`` (any format Pillow reads;
    the name stays from the days of the hand-written PNG decoder)."""
    return decode_image(data, name, size)


def _mnist_polarity(image: np.ndarray) -> np.ndarray:
    border = np.concatenate((image[0], image[-1], image[:, 0], image[:, -1]))
    return 255 - image if border.mean() > 127 else image


def _files(folder: Path, class_names) -> list[tuple[Path, int]]:
    found = []
    for label in range(len(class_names)):
        sub = folder / str(label)
        if sub.is_dir():
            found += [(file, label) for file in sorted(sub.iterdir())
                      if file.suffix.lower() in IMAGE_SUFFIXES and file.is_file()]
    return found


def _read_digit_folders(files, folder: Path, source: str, class_names, progress, done: int, total: int) -> Dataset:
    if not files:
        raise DataError("no .png (or other image) files in folders 0 to 9", path=folder)
    images = np.empty((len(files), 28, 28), np.uint8)
    for i, (file, _) in enumerate(files):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise DataError(f"cannot read file ({exc.strerror or exc})", path=file) from None
        images[i] = _mnist_polarity(decode_image(data, str(file), (28, 28)))
        if progress is not None and (i % 256 == 255 or i == len(files) - 1):
            progress(done + i + 1, total)
    labels = np.array([label for _, label in files], np.uint8)
    return Dataset(images, labels, source, class_names)


@contextlib.contextmanager
def reporting(progress):
    """Within this block, folders read without a ``progress`` argument report to ``progress``
    (how ``data import`` shows a bar without every loader passing it along)."""
    token = _PROGRESS.set(progress)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


def is_png_folder(folder: str | os.PathLike) -> bool:
    folder = Path(folder)
    return any((folder / str(d)).is_dir() for d in range(10)) or (
        (folder / "train").is_dir() and any((folder / "train" / str(d)).is_dir()
                                            for d in range(10)))


def read_png_folder(folder: str | os.PathLike, source: str | None = None,
                    class_names: tuple[str, ...] = MNIST_CLASSES, progress=None) -> Splits:
    """Images in ``folder/<label>/`` (or ``train/<label>``, ``test/<label>``) as Splits.

    A folder without ``train/``/``test/`` becomes the training set, with an empty test set.
    ``progress(done, total)``, if given (or set by :func:`reporting`), is called every 256
    images and at the end.
    """
    folder = Path(folder)
    source = source or str(folder)
    progress = progress if progress is not None else _PROGRESS.get()
    if (folder / "train").is_dir():
        train_files = _files(folder / "train", class_names)
        test_files = _files(folder / "test", class_names) if (folder / "test").is_dir() else None
        total = len(train_files) + len(test_files or [])
        train = _read_digit_folders(train_files, folder / "train", f"{source} (train)", class_names,
                                    progress, 0, total)
        if test_files is not None:
            test = _read_digit_folders(test_files, folder / "test", f"{source} (test)", class_names,
                                       progress, len(train_files), total)
        else:
            test = train.subset(np.arange(0), source=f"{source} (no test set)")
        return Splits(train, test)
    files = _files(folder, class_names)
    train = _read_digit_folders(files, folder, source, class_names, progress, 0, len(files))
    return Splits(train, train.subset(np.arange(0), source=f"{source} (no test set)"))


def write_png_folder(folder: str | os.PathLike, dataset: Dataset) -> None:
    """Write each image as ``folder/<label>/<index>.png``."""
    folder = Path(folder)
    for index, (image, label) in enumerate(zip(dataset.images, dataset.labels)):
        write_png(folder / str(int(label)) / f"{index:05d}.png", image)
