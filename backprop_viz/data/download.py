"""``backprop-viz data download``: fetch MNIST from public mirrors, verified and atomic.

Each of the four files is requested from the mirrors in turn (the defaults, or those in
``$BACKPROP_VIZ_MNIST_MIRRORS`` / passed by the caller) with a socket timeout, streamed
into a hidden temporary file beside its destination while a progress bar (tqdm) is drawn
on stderr, checked (complete ``Content-Length``, valid gzip, SHA-256 of the decompressed
IDX content equal to the known MNIST value; the gzip wrapper differs between mirrors)
and only then moved into place with ``os.replace``. Any failure (HTTP error, refused
connection, stall, truncation, corruption) deletes the temporary file and moves on to
the next mirror; when all fail a :class:`DataError` lists what each mirror did.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import http.client
import os
import zlib
from pathlib import Path
from typing import TextIO

from backprop_viz.data.errors import DataError
from backprop_viz.data.storage import downloads_dir, make_temp_file

MIRRORS_ENV = "BACKPROP_VIZ_MNIST_MIRRORS"
DEFAULT_MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
)
# SHA-256 of the decompressed IDX files (identical on every mirror and in resources/).
MNIST_CONTENT_SHA256 = {
    "train-images-idx3-ubyte.gz":
        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte.gz":
        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte.gz":
        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte.gz":
        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
_CHUNK = 1 << 16


class _Failed(Exception):
    """One attempt at one URL failed; the message says how."""


def mirrors(explicit: list[str] | tuple[str, ...] | None = None) -> list[str]:
    """The mirrors to try: ``explicit``, else ``$BACKPROP_VIZ_MNIST_MIRRORS``, else defaults."""
    if explicit:
        return list(explicit)
    env = os.environ.get(MIRRORS_ENV, "").replace(",", " ").split()
    return env or list(DEFAULT_MIRRORS)


def _bar(stream: TextIO | None, label: str, total: int | None):
    """A tqdm progress bar for one file on ``stream`` (silent for ``None``)."""
    from tqdm import tqdm

    return tqdm(total=total, desc=f"{label:<28}", unit="B", unit_scale=True, file=stream, disable=stream is None,
                mininterval=0.1, ascii=True, leave=True)


def _note(stream: TextIO | None, label: str, text: str) -> None:
    if stream is not None:
        stream.write(f"\n{label}: {text}\n")
        stream.flush()


def content_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a gzip file's decompressed content (raises ``_Failed`` if not gzip)."""
    digest = hashlib.sha256()
    try:
        with gzip.open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except (OSError, EOFError, zlib.error) as exc:
        raise _Failed(f"not valid gzip data ({exc})") from None
    return digest.hexdigest()


def _describe(exc: BaseException, timeout: float) -> str:
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError):
        return f"no data for {timeout:g} s (timed out)"
    return f"{type(reason).__name__}: {reason}"


def _fetch(url: str, target: Path, expected: str, timeout: float,
           progress: TextIO | None) -> None:
    import urllib.error
    import urllib.request

    fd, tmp = make_temp_file(target)
    try:
        with os.fdopen(fd, "wb") as out:
            request = urllib.request.Request(url, headers={"User-Agent": "backprop-viz"})
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    length = response.headers.get("Content-Length")
                    total = int(length) if length and length.isdigit() else None
                    done = 0
                    with _bar(progress, target.name, total) as bar:
                        while block := response.read(_CHUNK):
                            out.write(block)
                            done += len(block)
                            bar.update(len(block))
            except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
                raise _Failed(_describe(exc, timeout)) from None
            if total is not None and done != total:
                raise _Failed(f"transfer truncated: got {done} of {total} bytes")
            out.flush()
            os.fsync(out.fileno())
        actual = content_sha256(tmp)
        if actual != expected:
            raise _Failed(f"SHA-256 mismatch: content is {actual[:16]}..., "
                          f"expected {expected[:16]}...")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def download_mnist(dest: str | os.PathLike | None = None,
                   mirror_urls: list[str] | tuple[str, ...] | None = None,
                   timeout: float = 30.0, progress: TextIO | None = None,
                   force: bool = False) -> Path:
    """Download and verify the four MNIST files into ``dest`` (default: the cache)."""
    dest = Path(dest) if dest is not None else downloads_dir()
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create the download folder ({exc.strerror or exc})",
                        path=dest) from None
    urls = mirrors(mirror_urls)
    for name, expected in MNIST_CONTENT_SHA256.items():
        target = dest / name
        if target.is_file() and not force:
            with contextlib.suppress(_Failed):
                if content_sha256(target) == expected:
                    if progress is not None:
                        progress.write(f"{name:<28} already downloaded and verified\n")
                    continue
        failures = []
        for base in urls:
            url = base.rstrip("/") + "/" + name
            try:
                _fetch(url, target, expected, timeout, progress)
                break
            except _Failed as exc:
                failures.append(f"{url}: {exc}")
                if progress is not None:
                    _note(progress, name, f"{exc}; trying the next mirror" if base != urls[-1] else str(exc))
            except OSError as exc:
                raise DataError(f"cannot write the download ({exc.strerror or exc})",
                                path=target) from None
        else:
            raise DataError("download failed on every mirror: " + "; ".join(failures),
                            path=target)
    return dest
