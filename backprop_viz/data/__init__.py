"""Datasets for backprop-viz: every MNIST format, the bundled copy, splits (pure NumPy).

Readers turn IDX (raw or ``.gz``), the course's 785-column CSV, Keras ``mnist.npz``, the
classic ``mnist.pkl.gz`` (through a restricted unpickler) and PNG folders into one
:class:`Dataset` type; :func:`load_path` sniffs any of them, :func:`load_bundled_mnist`
loads the copy shipped in ``resources/`` fast and verified, and :func:`split_validation`
carves a validation set; :func:`share_splits` makes every array a read-only memory map
that another process maps too instead of receiving a copy. Downloading, importing and
the catalogue of datasets on this machine back the ``backprop-viz data`` command. Bad input always raises
:class:`DataError` naming the file and the problem. Nothing here imports Qt.
"""

from backprop_viz.data.bundled import load_bundled_mnist
from backprop_viz.data.catalogue_store import CatalogueEntry, catalogue, find_entry, import_path
from backprop_viz.data.csvfile import read_csv, write_csv
from backprop_viz.data.dataset import (
    FASHION_CLASSES,
    MNIST_CLASSES,
    MNIST_MEAN,
    MNIST_STD,
    SCALINGS,
    Dataset,
    Splits,
    split_validation,
)
from backprop_viz.data.download import download_mnist
from backprop_viz.data.errors import DataError
from backprop_viz.data.idx import read_idx, read_idx_pair, write_idx
from backprop_viz.data.loader import identify, load_fashion_mnist, load_path
from backprop_viz.data.npzfile import read_npz, write_npz
from backprop_viz.data.pklfile import read_pkl
from backprop_viz.data.pngfolder import read_png_folder, write_png_folder
from backprop_viz.data.shared import remove_share_files, remove_stale_share_files, share_splits
from backprop_viz.data.storage import cache_dir

__all__ = [
    "CatalogueEntry", "DataError", "Dataset", "FASHION_CLASSES", "MNIST_CLASSES", "MNIST_MEAN",
    "MNIST_STD", "SCALINGS", "Splits", "cache_dir", "catalogue", "download_mnist",
    "find_entry", "identify", "import_path", "load_bundled_mnist", "load_fashion_mnist",
    "load_path", "read_csv", "read_idx", "read_idx_pair", "read_npz", "read_pkl",
    "read_png_folder", "remove_share_files", "remove_stale_share_files", "share_splits",
    "split_validation", "write_csv", "write_idx", "write_npz",
    "write_png_folder",
]
