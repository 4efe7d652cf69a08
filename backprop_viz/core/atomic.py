"""Temporary files of atomic saves: named after their writer, removed when it is gone.

Every file the program saves (models, runs, datasets, downloads) is written to a hidden
temporary file beside its destination and renamed into place when complete. A save that
is killed leaves that temporary behind; :func:`make_temp` therefore puts the writer's
process id in its name (``.model.npz.<pid>.<random>.tmp``) and :func:`remove_stale_temps`,
run before every save into a folder (and by the app at start for the folders it knows),
removes the temporaries whose writer no longer runs — never one a live process is still
writing. Temporaries of older versions (no process id) are removed once their
destination exists and they are more than an hour old.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

TEMP_SUFFIXES = (".tmp", ".part")
_OURS = re.compile(r"^\.(?P<dest>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]{8}(?P<suffix>\.tmp|\.part)$")
_LEGACY = re.compile(r"^\.(?P<dest>.+)\.[A-Za-z0-9_]{8}(?P<suffix>\.tmp|\.part)$")
LEGACY_AGE_S = 3600.0


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (this process does; on Windows, assumed)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":   # os.kill would end the process there: assume it lives
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # e.g. another user's process
        return True
    return True


def make_temp(dest: str | os.PathLike, suffix: str = ".tmp") -> tuple[int, str]:
    """``(fd, path)`` of a new hidden temporary beside ``dest``, named after this process."""
    dest = Path(dest)
    return tempfile.mkstemp(prefix=f".{dest.name}.{os.getpid()}.", suffix=suffix, dir=dest.parent)


def remove_stale_temps(folder: str | os.PathLike) -> int:
    """Remove temporaries of this program's saves in ``folder`` whose writer is gone; how many."""
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    now = time.time()
    for name in names:
        if not name.startswith(".") or not name.endswith(TEMP_SUFFIXES):
            continue
        path = os.path.join(folder, name)
        ours = _OURS.match(name)
        if ours:
            stale = not process_alive(int(ours.group("pid")))
        else:
            legacy = _LEGACY.match(name)
            try:
                stale = bool(legacy) and os.path.exists(os.path.join(folder, legacy.group("dest"))) \
                    and now - os.lstat(path).st_mtime > LEGACY_AGE_S
            except OSError:
                stale = False
        if stale:
            try:
                if os.path.isfile(path) and not os.path.islink(path):
                    os.unlink(path)
                    removed += 1
            except OSError:
                pass
    return removed
