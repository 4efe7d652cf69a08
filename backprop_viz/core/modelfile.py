"""Model files: a network's arrays plus a JSON description, in one ``.npz`` (no pickle).

``save_model`` writes atomically (a temporary file in the same folder, then
``os.replace``), so a crash mid-save never corrupts an existing file. ``load_model``
validates the format version, the configuration, every array's name, shape and dtype
and that all values are finite, and raises :class:`ModelFileError` saying what is wrong.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
import zlib
from pathlib import Path

import numpy as np

from .config import Config
from .errors import ConfigError
from .network import Network

FORMAT = "backprop-viz-model"
_ZIP_MAGIC = b"PK\x03\x04"
VERSION = 1


class ModelFileError(ValueError):
    """A model file that cannot be loaded; the message names the file and the problem."""


def save_model(path, network: Network, config: Config, extra: dict | None = None) -> Path:
    path = Path(path)
    meta = {"format": FORMAT, "version": VERSION, "config": config.to_dict(), "extra": extra or {}}
    arrays = {"__meta__": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)}
    for k, layer_params in enumerate(network.get_params(), start=1):
        for name, value in layer_params.items():
            arrays[f"layer{k}/{name}"] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_model(path) -> tuple[Network, Config, dict]:
    """Return ``(network, config, extra)`` from a file written by :func:`save_model`."""
    path = Path(path)

    def fail(problem: str):
        raise ModelFileError(f"{path}: {problem}")

    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        fail("no such file")
    except OSError as exc:
        fail(f"cannot read the file ({exc.strerror or exc})")
    if head != _ZIP_MAGIC:
        # np.load would take any other content for a pickle (or a bare .npy array)
        fail("not a backprop-viz model file (not an .npz archive)")
    try:
        with np.load(path, allow_pickle=False) as npz:
            files = {name: npz[name] for name in npz.files}
    except FileNotFoundError:
        fail("no such file")
    except ValueError as exc:
        if "pickle" in str(exc):     # an object array: loading it would run pickle
            fail(f"refused: contains pickled objects ({exc})")
        fail(f"damaged or truncated .npz ({exc})")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        fail(f"damaged or truncated .npz ({exc})")
    if "__meta__" not in files:
        fail("not a backprop-viz model file (no description inside)")
    try:
        meta = json.loads(files.pop("__meta__").tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        fail("the description inside is not valid JSON")
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        fail("not a backprop-viz model file")
    if meta.get("version") != VERSION:
        fail(f"format version {meta.get('version')!r} is not supported (this version reads {VERSION})")
    try:
        config = Config.from_dict(meta["config"])
    except (ConfigError, KeyError, TypeError, AttributeError) as exc:
        fail(f"invalid configuration: {exc}")
    network = Network.from_config(config)
    expected = network.get_params()
    params = []
    for k, layer_expected in enumerate(expected, start=1):
        layer = {}
        for name, ref in layer_expected.items():
            key = f"layer{k}/{name}"
            if key not in files:
                fail(f"missing array {key}")
            value = files.pop(key)
            if value.shape != ref.shape:
                fail(f"array {key} has shape {value.shape}, expected {ref.shape}")
            if value.dtype != ref.dtype:
                fail(f"array {key} has dtype {value.dtype}, expected {ref.dtype}")
            if not np.all(np.isfinite(value)):
                fail(f"array {key} contains NaN or infinite values")
            layer[name] = value
        params.append(layer)
    if files:
        fail(f"unexpected arrays: {', '.join(sorted(files))}")
    network.set_params(params)
    return network, config, meta.get("extra", {})
