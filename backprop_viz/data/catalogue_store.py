"""The catalogue of datasets on this machine, and ``data import`` into the cache.

:func:`catalogue` lists what can be loaded without a network: the bundled MNIST, a
downloaded MNIST in the cache, Fashion-MNIST where Debian's package installs it, and
every dataset imported with :func:`import_path`, each with its set sizes, class names
and checksums; ``backprop-viz data info`` prints it and the GUI offers the same list.
Importing loads any supported format with :func:`load_path`, writes it as one ``.npz``
plus a ``meta.json`` into a hidden temporary folder of the cache and renames that
folder into place, so an interrupted import leaves nothing that looks like a dataset.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from backprop_viz.data.bundled import BUNDLED_FILES, bundled_dir, expected_checksums, \
    load_bundled_mnist
from backprop_viz.data.dataset import FASHION_CLASSES, MNIST_CLASSES, Splits
from backprop_viz.data.errors import DataError
from backprop_viz.data.idx import find_idx_files, read_idx_header
from backprop_viz.data.loader import FASHION_SYSTEM_DIR, identify, load_path
from backprop_viz.data.npzfile import write_npz
from backprop_viz.data.storage import downloads_dir, imported_dir, sha256_file

RESERVED_NAMES = ("mnist", "mnist-downloaded", "fashion-mnist")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class CatalogueEntry:
    """One dataset the app can load: where it is, how big, which classes, checksums."""

    name: str
    kind: str  # "bundled", "downloaded", "system" or "imported"
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    class_names: tuple[str, ...] = MNIST_CLASSES
    checksums: dict[str, str] = field(default_factory=dict)
    problem: str | None = None

    def load(self, validation: int = 0, seed: int = 0, stratified: bool = False) -> Splits:
        if self.problem:
            raise DataError(self.problem, path=self.path)
        if self.kind == "bundled":
            return load_bundled_mnist(validation, seed=seed, stratified=stratified)
        # imported files are only ever replaced atomically: safe to map, shared by processes
        splits = load_path(self.path, mmap=self.kind == "imported")
        return splits.with_validation(validation, seed=seed, stratified=stratified)


def _idx_entry(name: str, kind: str, folder: Path, class_names,
               checksums: dict[str, str] | None = None) -> CatalogueEntry:
    try:
        files = find_idx_files(folder)
        if files is None:
            raise DataError("the IDX files are missing", path=folder)
        counts = {split: read_idx_header(files[split, "images"])[1][0]
                  for split in ("train", "test")}
        if checksums is None:
            checksums = {path.name: sha256_file(path) for path in files.values()}
    except (DataError, OSError) as exc:
        return CatalogueEntry(name, kind, folder, class_names=class_names, problem=str(exc))
    return CatalogueEntry(name, kind, folder, counts, tuple(class_names), checksums)


def _imported_entry(folder: Path) -> CatalogueEntry:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        entry = CatalogueEntry(
            str(meta["name"]), "imported", folder / "dataset.npz",
            {str(k): int(v) for k, v in meta["counts"].items()},
            tuple(str(c) for c in meta["class_names"]),
            {"dataset.npz": str(meta["sha256"])})
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return CatalogueEntry(folder.name, "imported", folder,
                              problem=f"damaged catalogue entry ({type(exc).__name__}: {exc})")
    if not entry.path.is_file():
        return CatalogueEntry(entry.name, "imported", entry.path, problem="dataset.npz missing")
    return entry


def catalogue() -> list[CatalogueEntry]:
    """Every dataset available offline, bundled first, then cached and installed ones."""
    entries = [_idx_entry("mnist", "bundled", bundled_dir(), MNIST_CLASSES, {
        name: sha for name, sha in expected_checksums().items()
        if name in BUNDLED_FILES.values()})]
    if downloads_dir().is_dir() and any(downloads_dir().iterdir()):
        entries.append(_idx_entry("mnist-downloaded", "downloaded", downloads_dir(),
                                  MNIST_CLASSES))
    if FASHION_SYSTEM_DIR.is_dir():
        entries.append(_idx_entry("fashion-mnist", "system", FASHION_SYSTEM_DIR,
                                  FASHION_CLASSES))
    if imported_dir().is_dir():
        for folder in sorted(imported_dir().iterdir()):
            if folder.is_dir() and not folder.name.startswith("."):
                entries.append(_imported_entry(folder))
    return entries


def find_entry(name: str) -> CatalogueEntry:
    for entry in catalogue():
        if entry.name == name:
            return entry
    known = ", ".join(e.name for e in catalogue())
    raise DataError(f"no dataset named {name!r} in the catalogue (available: {known})",
                    path=imported_dir())


def _default_name(path: Path, splits: Splits) -> str:
    kind = identify(splits, path)
    stem = path.name.lower().split(".")[0] if path.name else "dataset"
    if kind == "unknown" or kind in stem:
        base = stem
    else:
        base = kind if stem in kind else f"{kind}-{stem}"
    base = re.sub(r"[^a-z0-9._-]+", "-", base).strip("-._")[:55] or "dataset"
    return f"{base}-imported" if base in RESERVED_NAMES else base


def import_path(path: str | os.PathLike, name: str | None = None,
                force: bool = False) -> CatalogueEntry:
    """Load ``path`` (any supported format) and store it in the catalogue as ``name``."""
    path = Path(path).expanduser()
    splits = load_path(path)
    name = (name or _default_name(path, splits)).lower()
    if not _NAME_RE.match(name) or name in RESERVED_NAMES:
        raise DataError(f"{name!r} cannot be used as a dataset name (use 1-64 letters, digits, "
                        f"'.', '_' or '-'; not {', '.join(RESERVED_NAMES)})", path=path)
    root = imported_dir()
    final = root / name
    if final.exists() and not force:
        raise DataError(f"a dataset named {name!r} is already imported (choose another "
                        "--name or use --force to replace it)", path=final)
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".import-{name}.", dir=root))
    except OSError as exc:
        raise DataError(f"cannot write to the cache ({exc.strerror or exc})", path=root) from None
    try:
        write_npz(staging / "dataset.npz", splits)
        meta = {"format": 1, "name": name, "source": str(path),
                "counts": splits.counts(), "class_names": list(splits.class_names),
                "sha256": sha256_file(staging / "dataset.npz"),
                "imported": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        (staging / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        old = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f".old-{name}.", dir=root))
            os.replace(final, old / name)
        os.replace(staging, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise DataError(f"cannot write to the cache ({exc.strerror or exc})", path=final) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return _imported_entry(final)
