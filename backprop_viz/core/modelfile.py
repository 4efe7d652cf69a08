"""Model files: a network's arrays plus a JSON description, in one ``.npz`` (no pickle).

``save_model`` writes atomically (a temporary file in the same folder, named after the
writing process, then ``os.replace``; temporaries of killed saves are removed by the next
save), so a crash mid-save never corrupts an existing file. ``load_model`` reads through
the one validating archive reader (:mod:`.archive`: regular files only, declared sizes
checked before anything is decompressed) and checks the format version, the
configuration (the same rules as the CLI and the panel, and whether it fits in memory),
every array's name, shape and dtype — from the members' headers, before the network is
built or any array is read — and that all values are finite; it raises
:class:`ModelFileError` saying what is wrong. :func:`check_fits` refuses a valid model
made for other data (another number of inputs or classes) with a coded message.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from .archive import ArchiveError, NpzArchive, open_npz
from .atomic import make_temp, remove_stale_temps
from .config import Config
from .errors import CodedError, ConfigError
from .memory import check_memory, param_shapes
from .messages import Message, english
from .network import Network

FORMAT = "backprop-viz-model"
VERSION = 1
#: the JSON description may hold at most this many bytes
MAX_META_BYTES = 1 << 20


class ModelFileError(ValueError):
    """A model file that cannot be loaded; the message names the file and the problem."""


class ModelFitError(ModelFileError, CodedError):
    """A valid model that was made for other data: ``message`` says what it is and why."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(english(message))

    def __reduce__(self):
        return type(self), (self.message,)


def check_fits(config: Config, n_inputs: int, n_outputs: int, data: str = "the data") -> None:
    """Refuse a model of ``config`` for data with ``n_inputs`` per image and ``n_outputs`` classes."""
    if config.n_inputs != n_inputs or config.n_outputs != n_outputs:
        raise ModelFitError(Message("model.does_not_fit", (config.architecture, config.n_inputs,
                                                           config.n_outputs, data, n_inputs, n_outputs)))


def write_archive(path, meta: dict, arrays: dict[str, np.ndarray]) -> Path:
    """Write ``meta`` (JSON) and ``arrays`` to one ``.npz`` atomically (temporary file, then rename)."""
    path = Path(path)
    payload = {"__meta__": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays}
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path.parent)
    fd, tmp = make_temp(path, ".tmp")
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


class Arrays:
    """The arrays of an open archive, read only when popped; ``declared`` says what each holds."""

    def __init__(self, archive: NpzArchive, fail):
        self._archive, self._fail = archive, fail
        self._keys = [k for k in archive.members if k != "__meta__"]

    def __contains__(self, key) -> bool:
        return key in self._keys

    def __bool__(self) -> bool:
        return bool(self._keys)

    def __iter__(self):
        return iter(list(self._keys))

    def declared(self, key: str) -> tuple[tuple, np.dtype]:
        member = self._archive.members[key]
        return member.shape, member.dtype.newbyteorder("=")

    def pop(self, key: str, *default):
        if key not in self._keys:
            if default:
                return default[0]
            raise KeyError(key)
        self._keys.remove(key)
        try:
            return self._archive.read(key)
        except ArchiveError as exc:
            self._fail(str(exc))

    def close(self) -> None:
        self._archive.close()


def read_archive(path, fmt: str, version: int, error=None) -> tuple[dict, Arrays, callable]:
    """Open an archive written by :func:`write_archive` whose description says ``fmt``/``version``.

    Returns ``(meta, arrays, fail)``: ``arrays`` reads each array when popped (close it when
    done); ``fail(problem)`` raises ``error`` (default :class:`ModelFileError`) with the
    file's name, for the caller's own checks.
    """
    path = Path(path)
    error = error or ModelFileError
    kind = fmt.replace("backprop-viz-", "")

    def fail(problem: str):
        raise error(f"{path}: {problem}")

    try:
        archive = open_npz(path)
    except FileNotFoundError:
        fail("no such file")
    except OSError as exc:
        fail(f"cannot read the file ({exc.strerror or exc})")
    except ArchiveError as exc:
        problem = str(exc)
        if problem == "not an .npz archive":
            # np.load would take any other content for a pickle (or a bare .npy array)
            fail(f"not a backprop-viz {kind} file (not an .npz archive)")
        plain = "pickled objects" in problem or problem.startswith(("is a folder", "not a regular file"))
        fail(problem if plain else f"not a valid {kind} file: {problem}")
    files = Arrays(archive, fail)
    try:
        if "__meta__" not in archive.members:
            fail(f"not a backprop-viz {kind} file (no description inside)")
        shape, dtype = archive.members["__meta__"].shape, archive.members["__meta__"].dtype
        if dtype != np.uint8 or len(shape) != 1 or shape[0] > MAX_META_BYTES:
            fail(f"not a backprop-viz {kind} file (the description is not JSON text)")
        try:
            raw = archive.read("__meta__")
        except ArchiveError as exc:
            fail(f"damaged or truncated .npz ({exc})")
        try:
            meta = json.loads(raw.tobytes().decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            fail("the description inside is not valid JSON")
        if not isinstance(meta, dict) or meta.get("format") != fmt:
            fail(f"not a backprop-viz {kind} file")
        if meta.get("version") != version:
            fail(f"format version {repr(meta.get('version'))[:40]} is not supported (this version reads {version})")
        if not isinstance(meta.get("extra", {}), dict):
            fail("the description's extra field is not a dictionary")
    except BaseException:
        files.close()
        raise
    return meta, files, fail


def config_of(meta: dict, fail) -> Config:
    """The configuration of a description, validated like the CLI's and the panel's, and
    refused when training it would not fit in memory."""
    try:
        config = Config.from_dict(meta["config"])
    except (ConfigError, KeyError, TypeError, AttributeError, ValueError) as exc:
        fail(f"invalid configuration: {exc}")
    try:
        check_memory(config)
    except ConfigError as exc:
        fail(str(exc))
    return config


def param_arrays(network: Network) -> dict[str, np.ndarray]:
    """The network's parameters named ``layer1/W``, ``layer1/b``, … (copies)."""
    return {f"layer{k}/{name}": value
            for k, layer_params in enumerate(network.get_params(), start=1) for name, value in layer_params.items()}


def network_from(meta: dict, files: Arrays, fail) -> tuple[Network, Config]:
    """Build the network ``meta["config"]`` describes and load its parameters from ``files``
    (popping them), checking every array's name, shape and dtype from the archive's headers
    before the network is built, then each array's values (finite)."""
    config = config_of(meta, fail)
    dtype = np.dtype(config.dtype)
    expected = param_shapes(config)
    for key, shape in expected.items():
        if key not in files:
            fail(f"missing array {key}")
        found_shape, found_dtype = files.declared(key)
        if found_shape != shape:
            fail(f"array {key} has shape {found_shape}, expected {shape}")
        if found_dtype != dtype:
            fail(f"array {key} has dtype {found_dtype}, expected {dtype}")
    network = Network.from_config(config)
    params = []
    for k, layer_expected in enumerate(network.get_params(), start=1):
        layer = {}
        for name in layer_expected:
            key = f"layer{k}/{name}"
            value = files.pop(key)
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
    try:
        unexpected = sorted(set(files) - set(param_shapes(config_of(meta, fail))))
        if unexpected:   # refused before anything is read (an extra member may be huge)
            fail(f"unexpected arrays: {', '.join(unexpected)[:200]}")
        network, config = network_from(meta, files, fail)
    finally:
        files.close()
    return network, config, meta.get("extra", {})
