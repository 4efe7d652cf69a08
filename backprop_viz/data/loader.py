"""Open any supported dataset file or folder: format sniffing and dataset identification.

:func:`load_path` accepts a folder holding the four IDX files (raw or ``.gz``, e.g.
``/usr/share/datasets/fashion-mnist``), ``mnist_train.csv``/``mnist_test.csv``,
``mnist.npz``, ``mnist.pkl.gz``, an imported catalogue entry or PNG folders ``0``-``9``;
or a single file of those formats, recognised by its content first and its name
second (a lone ``*train*.csv`` picks up its ``*test*`` partner); a FIFO, device or
socket is refused instead of read (it would block forever). :func:`identify`
tells MNIST from Fashion-MNIST by the SHA-256 of the training labels (any file
format, same order) or, failing that, a folder or file name containing "fashion",
and the sets get the matching class names.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from pathlib import Path

import numpy as np

from backprop_viz.data.csvfile import read_csv
from backprop_viz.data.dataset import FASHION_CLASSES, Dataset, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.idx import IDX_STEMS, find_idx_files, read_idx_pair
from backprop_viz.data.limits import open_data_file, refuse_special
from backprop_viz.data.npzfile import read_npz
from backprop_viz.data.pklfile import read_pkl
from backprop_viz.data.pngfolder import is_png_folder, read_png_folder

FASHION_SYSTEM_DIR = Path("/usr/share/datasets/fashion-mnist")
# SHA-256 of the raw label bytes (the IDX label files without their 8-byte header).
LABEL_SHA256 = {
    "1feba77c54802fa5339a11837ea4b2866434b83314ec45192930f1df69120c13": ("mnist", "train"),
    "ddeff807876a9661a1110d45c266c86239a3a1b7d37da0c3716a7a683c852ff5": ("mnist", "test"),
    "657fbd221bfc9f4198cc14b5619cc33ec57c58dd0e47af4d99d6650759e869a7": ("fashion-mnist",
                                                                         "train"),
    "3d0e6c6ea990b53b6f8f500a41cac93881d981b315f84578b7d915342ade01e9": ("fashion-mnist",
                                                                         "test"),
}
DATASET_TITLES = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}
SUPPORTED = ("the four IDX files, mnist_train.csv + mnist_test.csv, mnist.npz, "
             "mnist.pkl.gz or PNG folders 0-9")


def identify(splits: Splits, path: str | os.PathLike = "") -> str:
    """"mnist", "fashion-mnist" or "unknown" (by label checksums, then by name)."""
    for ds in (splits.train, splits.test):
        digest = hashlib.sha256(np.ascontiguousarray(ds.labels, np.uint8).tobytes()).hexdigest()
        if digest in LABEL_SHA256:
            return LABEL_SHA256[digest][0]
    path = Path(path)
    near = path.name if path.is_dir() else f"{path.parent.name} {path.name}"
    return "fashion-mnist" if "fashion" in near.lower() else "unknown"


def _retitle(ds: Dataset | None, source: str, class_names) -> Dataset | None:
    return None if ds is None else Dataset(ds.images, ds.labels, source, class_names)


def _finish(splits: Splits, path: Path) -> Splits:
    kind = identify(splits, path)
    names = FASHION_CLASSES if kind == "fashion-mnist" else splits.class_names
    base = f"{DATASET_TITLES[kind]} from {path}" if kind in DATASET_TITLES else str(path)
    return Splits(_retitle(splits.train, f"{base} (train)", names),
                  _retitle(splits.test, f"{base} ({'test' if len(splits.test) else 'no test set'})",
                           names),
                  _retitle(splits.validation, f"{base} (validation)", names))


def _empty(source: str) -> Dataset:
    return Dataset(np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.uint8), source)


def _load_idx_folder(files: dict) -> Splits:
    return Splits(read_idx_pair(files["train", "images"], files["train", "labels"]),
                  read_idx_pair(files["test", "images"], files["test", "labels"]))


def _csv_partner(path: Path) -> tuple[Path, Path | None]:
    """(train file, test file or None) for a CSV named like ``*train*`` or ``*test*``."""
    name = path.name
    for mine, other in (("train", "test"), ("test", "train")):
        if mine in name.lower():
            at = name.lower().rindex(mine)
            partner = path.with_name(name[:at] + other + name[at + len(mine):])
            if partner.is_file():
                return (path, partner) if mine == "train" else (partner, path)
    return path, None


def _load_csv(path: Path) -> Splits:
    train_path, test_path = _csv_partner(path)
    train = read_csv(train_path)
    test = read_csv(test_path) if test_path else _empty(f"{path} (no test set)")
    return Splits(train, test)


def _gz_head(path: Path) -> bytes:
    try:
        with open_data_file(path) as raw, gzip.GzipFile(fileobj=raw, mode="rb") as handle:
            return handle.read(8)
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"broken gzip data ({exc})", path=path) from None


def _is_idx_head(head: bytes) -> bool:
    return len(head) >= 4 and head[:2] == b"\0\0" and head[2] in (8, 9, 11, 12, 13, 14)


def _load_file(path: Path, mmap: bool = False) -> Splits:
    name = path.name.lower()
    with open_data_file(path) as handle:
        try:
            head = handle.read(8)
        except OSError as exc:
            raise DataError(f"cannot read file ({exc.strerror or exc})", path=path) from None
    if not head:
        raise DataError("file is empty", path=path)
    inner = _gz_head(path) if head[:2] == b"\x1f\x8b" else head
    idx_names = {stem for stems in IDX_STEMS.values() for stem in stems}
    if head.startswith(b"PK") or name.endswith(".npz"):
        return read_npz(path, mmap=mmap)
    if inner[:1] == b"\x80" or name.endswith((".pkl", ".pkl.gz", ".pickle")):
        return read_pkl(path)
    if _is_idx_head(inner) or name.removesuffix(".gz") in idx_names:
        files = find_idx_files(path.parent)
        if files is None:
            raise DataError(f"an IDX file needs its partners ({SUPPORTED})", path=path)
        return _load_idx_folder(files)
    if name.endswith((".csv", ".csv.gz")) or inner[:1].isdigit() or inner[:1].isalpha():
        return _load_csv(path)
    raise DataError(f"unrecognised data format; supported: {SUPPORTED}", path=path)


def _load_folder(folder: Path, mmap: bool = False) -> Splits:
    files = find_idx_files(folder)
    if files is not None:
        return _load_idx_folder(files)
    if (folder / "dataset.npz").is_file():
        return read_npz(folder / "dataset.npz", mmap=mmap)
    for stem in ("mnist_train", "train"):
        for ext in (".csv", ".csv.gz"):
            if (folder / (stem + ext)).is_file():
                return _load_csv(folder / (stem + ext))
    csvs = sorted(p for p in folder.glob("*train*.csv*") if p.suffix in (".csv", ".gz"))
    if csvs:
        return _load_csv(csvs[0])
    for name in ("mnist.npz", "mnist.pkl.gz", "mnist.pkl"):
        if (folder / name).is_file():
            return _load_file(folder / name)
    if is_png_folder(folder):
        return read_png_folder(folder)
    raise DataError(f"no supported dataset in this folder (expected {SUPPORTED})", path=folder)


def load_path(path: str | os.PathLike, mmap: bool = False) -> Splits:
    """Train/test (and validation, if the format has one) from any supported file or folder.
    ``mmap``: serve an uncompressed ``.npz`` as read-only memory maps (only for files that are
    never changed in place, like the catalogue's: a file cut short under a map crashes)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise DataError("no such file or folder", path=path)
    refuse_special(path)
    splits = _load_folder(path, mmap) if path.is_dir() else _load_file(path, mmap)
    return _finish(splits, path)


def load_fashion_mnist(folder: str | os.PathLike = FASHION_SYSTEM_DIR) -> Splits:
    """Fashion-MNIST from ``folder`` (default: where Debian's package installs it)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError("Fashion-MNIST is not installed here (on Debian or Ubuntu: "
                        "apt install dataset-fashion-mnist)", path=folder)
    splits = load_path(folder)
    if splits.class_names != FASHION_CLASSES:
        raise DataError("this folder does not hold Fashion-MNIST", path=folder)
    return splits
