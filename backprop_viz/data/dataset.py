"""The one in-memory dataset type every reader produces, and train/validation splits.

A :class:`Dataset` holds read-only uint8 images ``(N, 28, 28)`` and integer labels
``(N,)`` in 0..9, plus where they came from and the class names. It converts itself to
network inputs (``x/255``, the lecture's ``x/255*0.99+0.01`` or standardised with the
MNIST mean/std) with in-place vectorised arithmetic in the requested dtype, builds
one-hot targets with any off/on values, and iterates seeded shuffled minibatches by
delegating to :func:`backprop_viz.core.batches.iterate_minibatches` (only indices are
permuted, the data are never copied per epoch). :class:`Splits` bundles train / test / optional
validation, and :func:`split_validation` carves a seeded, optionally stratified
validation set out of a training set. A dataset whose arrays are read-only maps of a file
(:mod:`backprop_viz.data.shared`) pickles as a reference to that file, not as its pixels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from backprop_viz.core.batches import iterate_minibatches
from backprop_viz.data.errors import DataError
from backprop_viz.data.mapping import ArrayRef, array_ref, open_ref

MNIST_CLASSES: tuple[str, ...] = tuple(str(d) for d in range(10))
FASHION_CLASSES: tuple[str, ...] = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)
MNIST_MEAN = 0.1307
MNIST_STD = 0.3081
SCALINGS = ("unit", "lecture", "standard")
IMAGE_SHAPE = (28, 28)


def _readonly(array: np.ndarray) -> np.ndarray:
    """A C-contiguous, non-writeable view (or copy) of ``array``."""
    array = np.ascontiguousarray(array)
    if array.flags.writeable:
        array = array.view()
        array.flags.writeable = False
    return array


def _scale(flat: np.ndarray, scaling: str, dtype) -> np.ndarray:
    """``flat`` (uint8) converted to ``dtype`` and scaled in place, vectorised."""
    if scaling not in SCALINGS:
        raise ValueError(f"unknown scaling {scaling!r}; choose one of {', '.join(SCALINGS)}")
    out = flat.astype(dtype)
    out /= out.dtype.type(255)
    if scaling == "lecture":
        out *= out.dtype.type(0.99)
        out += out.dtype.type(0.01)
    elif scaling == "standard":
        out -= out.dtype.type(MNIST_MEAN)
        out /= out.dtype.type(MNIST_STD)
    return out


@dataclass(frozen=True, eq=False)
class Dataset:
    """Images, labels, origin and class names of one set (train, test, ...)."""

    images: np.ndarray
    labels: np.ndarray
    source: str = "unknown"
    class_names: tuple[str, ...] = MNIST_CLASSES

    def __post_init__(self) -> None:
        images, labels = np.asarray(self.images), np.asarray(self.labels)
        if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != IMAGE_SHAPE:
            raise DataError(f"images must be uint8 (N, 28, 28), got {images.dtype} "
                            f"{images.shape}", path=self.source)
        if labels.ndim != 1 or labels.dtype.kind not in "iu":
            raise DataError(f"labels must be a 1-D integer array, got {labels.dtype} "
                            f"{labels.shape}", path=self.source)
        if len(labels) != len(images):
            raise DataError(f"{len(images)} images but {len(labels)} labels", path=self.source)
        if labels.dtype not in (np.uint8, np.int64):
            labels = labels.astype(np.int64)
        if len(labels) and (int(labels.min()) < 0 or int(labels.max()) >= len(self.class_names)):
            bad = int(np.flatnonzero((labels < 0) | (labels >= len(self.class_names)))[0])
            raise DataError(f"label {int(labels[bad])} at index {bad} is outside "
                            f"0..{len(self.class_names) - 1}", path=self.source)
        object.__setattr__(self, "images", _readonly(images))
        object.__setattr__(self, "labels", _readonly(labels))
        object.__setattr__(self, "class_names", tuple(str(c) for c in self.class_names))

    def __reduce_ex__(self, protocol):
        """Arrays mapped from a file pickle as references to it (see :mod:`.shared`), so
        another process maps the same pages instead of receiving a copy; others as usual."""
        refs = [array_ref(self.images), array_ref(self.labels)]
        if refs == [None, None]:
            return super().__reduce_ex__(protocol)
        images, labels = (ref if ref is not None else array
                          for ref, array in zip(refs, (self.images, self.labels)))
        return _mapped_dataset, (images, labels, self.source, self.class_names)

    def __len__(self) -> int:
        return int(self.images.shape[0])

    def __repr__(self) -> str:
        return f"Dataset({len(self)} images from {self.source!r})"

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    def inputs(self, scaling: str = "unit", dtype=np.float32) -> np.ndarray:
        """Flattened network inputs ``(N, 784)`` (a fresh, writeable array)."""
        return _scale(self.images.reshape(len(self), -1), scaling, dtype)

    def one_hot(self, off: float = 0.0, on: float = 1.0, dtype=np.float32) -> np.ndarray:
        """Targets ``(N, n_classes)``: ``on`` at the label, ``off`` elsewhere."""
        out = np.full((len(self), self.n_classes), off, dtype=dtype)
        out[np.arange(len(self)), self.labels] = on
        return out

    def class_counts(self) -> np.ndarray:
        """How many images of each class (length ``n_classes``)."""
        return np.bincount(self.labels, minlength=self.n_classes)

    def subset(self, idx, source: str | None = None) -> "Dataset":
        """The images and labels at ``idx`` (an index array, mask or slice)."""
        if isinstance(idx, slice):
            images, labels = self.images[idx], self.labels[idx]
        else:
            idx = np.asarray(idx)
            if idx.dtype != bool:
                idx = idx.astype(np.intp, copy=False)
            images, labels = self.images[idx], self.labels[idx]
        return Dataset(images, labels, self.source if source is None else source,
                       self.class_names)

    def minibatches(self, batch_size: int, rng: np.random.Generator, shuffle: bool = True,
                    drop_last: bool = False) -> Iterator[np.ndarray]:
        """Index arrays of one epoch; gather a batch with ``x[idx]``."""
        return iterate_minibatches(len(self), batch_size, rng, shuffle=shuffle,
                                   drop_last=drop_last)


def _mapped_dataset(images, labels, source: str, class_names) -> Dataset:
    """Unpickle a :class:`Dataset` whose arrays may be references to mapped files."""
    return Dataset(open_ref(images) if isinstance(images, ArrayRef) else images,
                   open_ref(labels) if isinstance(labels, ArrayRef) else labels,
                   source, class_names)


@dataclass(frozen=True, eq=False)
class Splits:
    """A dataset's train and test sets and, optionally, a validation set."""

    train: Dataset
    test: Dataset
    validation: Dataset | None = None

    @property
    def class_names(self) -> tuple[str, ...]:
        return self.train.class_names

    def counts(self) -> dict[str, int]:
        out = {"train": len(self.train)}
        if self.validation is not None:
            out["validation"] = len(self.validation)
        out["test"] = len(self.test)
        return out

    def with_validation(self, n_val: int = 5000, seed: int = 0,
                        stratified: bool = False) -> "Splits":
        """These splits with ``n_val`` training images moved to a validation set."""
        if n_val <= 0:
            return self
        train, val = split_validation(self.train, n_val, seed=seed, stratified=stratified)
        return Splits(train, self.test, val)


def _stratified_pick(labels: np.ndarray, n_val: int, rng: np.random.Generator,
                     n_classes: int) -> np.ndarray:
    counts = np.bincount(labels, minlength=n_classes)
    share = counts * (n_val / len(labels))
    quota = np.floor(share).astype(np.int64)
    # Largest remainders get the leftover places (ties broken by class order).
    order = np.argsort(-(share - quota), kind="stable")
    quota[order[:n_val - int(quota.sum())]] += 1
    picked = []
    for cls in range(n_classes):
        members = np.flatnonzero(labels == cls)
        picked.append(rng.choice(members, size=min(int(quota[cls]), len(members)),
                                 replace=False))
    return np.concatenate(picked) if picked else np.empty(0, np.intp)


def split_validation(train: Dataset, n_val: int = 5000, seed: int = 0,
                     stratified: bool = False) -> tuple[Dataset, Dataset]:
    """Split ``train`` into (rest, validation) with ``n_val`` images, seeded.

    Both parts keep the original order of their images. ``stratified`` gives the
    validation set the class proportions of ``train`` (largest-remainder rounding).
    """
    n = len(train)
    if not 0 < int(n_val) < n:
        raise DataError(f"validation size {n_val} must be between 1 and {n - 1} "
                        f"(the training set has {n} images)", path=train.source)
    rng = np.random.default_rng(seed)
    if stratified:
        val_idx = _stratified_pick(np.asarray(train.labels), int(n_val), rng, train.n_classes)
    else:
        val_idx = rng.permutation(n)[:int(n_val)]
    mask = np.zeros(n, dtype=bool)
    mask[val_idx] = True
    rest = train.subset(~mask, source=f"{train.source} minus validation")
    val = train.subset(mask, source=f"{train.source} validation")
    return rest, val
