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


def write_archive(path, meta: dict, arrays: dict[str, np.ndarray]) -> Path:
    """Write ``meta`` (JSON) and ``arrays`` to one ``.npz`` atomically (temporary file, then rename)."""
    path = Path(path)
    payload = {"__meta__": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_archive(path, fmt: str, version: int, error=None) -> tuple[dict, dict[str, np.ndarray], callable]:
    """Read an archive written by :func:`write_archive` whose description says ``fmt``/``version``.

    Returns ``(meta, arrays, fail)``; ``fail(problem)`` raises ``error`` (default
    :class:`ModelFileError`) with the file's name, for the caller's own checks.
    """
    path = Path(path)
    error = error or ModelFileError
    kind = fmt.replace("backprop-viz-", "")

    def fail(problem: str):
        raise error(f"{path}: {problem}")

    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        fail("no such file")
    except OSError as exc:
        fail(f"cannot read the file ({exc.strerror or exc})")
    if head != _ZIP_MAGIC:
        # np.load would take any other content for a pickle (or a bare .npy array)
        fail(f"not a backprop-viz {kind} file (not an .npz archive)")
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
        fail(f"not a backprop-viz {kind} file (no description inside)")
    try:
        meta = json.loads(files.pop("__meta__").tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        fail("the description inside is not valid JSON")
    if not isinstance(meta, dict) or meta.get("format") != fmt:
        fail(f"not a backprop-viz {kind} file")
    if meta.get("version") != version:
        fail(f"format version {meta.get('version')!r} is not supported (this version reads {version})")
    return meta, files, fail


def param_arrays(network: Network) -> dict[str, np.ndarray]:
    """The network's parameters named ``layer1/W``, ``layer1/b``, … (copies)."""
    return {f"layer{k}/{name}": value
            for k, layer_params in enumerate(network.get_params(), start=1) for name, value in layer_params.items()}


def network_from(meta: dict, files: dict[str, np.ndarray], fail) -> tuple[Network, Config]:
    """Build the network ``meta["config"]`` describes and load its parameters from ``files``
    (popping them), checking every array's name, shape, dtype and finiteness."""
    try:
        config = Config.from_dict(meta["config"])
    except (ConfigError, KeyError, TypeError, AttributeError) as exc:
        fail(f"invalid configuration: {exc}")
    network = Network.from_config(config)
    params = []
    for k, layer_expected in enumerate(network.get_params(), start=1):
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
    network.set_params(params)
    return network, config


def save_model(path, network: Network, config: Config, extra: dict | None = None) -> Path:
    meta = {"format": FORMAT, "version": VERSION, "config": config.to_dict(), "extra": extra or {}}
    return write_archive(path, meta, param_arrays(network))


def load_model(path) -> tuple[Network, Config, dict]:
    """Return ``(network, config, extra)`` from a file written by :func:`save_model`."""
    meta, files, fail = read_archive(path, FORMAT, VERSION)
    network, config = network_from(meta, files, fail)
    if files:
        fail(f"unexpected arrays: {', '.join(sorted(files))}")
    return network, config, meta.get("extra", {})
