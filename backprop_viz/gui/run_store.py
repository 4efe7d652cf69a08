"""Finished runs kept for comparison: their curves, stored as small JSON files.

A :class:`StoredRun` holds what the comparison view overlays — the smoothed training
loss (subsampled to at most ``MAX_POINTS`` points) and the evaluation results per
epoch — plus the configuration and the course's reported accuracy for presets. The
:class:`RunStore` keeps one JSON file per run in the user data folder (``platformdirs``;
``BACKPROP_VIZ_DATA_DIR`` overrides it), written atomically; unreadable files are
skipped, never fatal. :func:`branch_curve` smooths a timeline line's losses (a branch's parent)
the same way for Compare. Qt-free, so the store can be tested and scripted on its own.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from backprop_viz.core.atomic import make_temp, remove_stale_temps

MAX_POINTS = 2000
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class StoredRun:
    name: str
    config: dict
    steps_per_epoch: int
    loss_epochs: list            # x of the smoothed loss curve, in epochs
    loss: list                   # smoothed minibatch loss
    eval_points: list            # [[epoch, loss, accuracy], ...] at every evaluation
    eval_name: str = "test"
    preset: str | None = None
    course_accuracy: float | None = None
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="microseconds"))

    @property
    def final_accuracy(self) -> float | None:
        return self.eval_points[-1][2] if self.eval_points else None


def make_stored_run(name: str, config, steps_per_epoch: int, step_losses: np.ndarray, eval_points,
                    eval_name: str = "test", preset: str | None = None, course_accuracy: float | None = None,
                    alpha: float = 0.98) -> StoredRun:
    """Summarise a run: ``step_losses`` ``(n, 2)`` of (step, loss); ``eval_points`` of (step, loss, acc)."""
    steps = np.asarray(step_losses, dtype=float).reshape(-1, 2)
    smooth = smoothed(steps[:, 1], alpha)
    keep = np.unique(np.linspace(0, len(steps) - 1, min(len(steps), MAX_POINTS)).astype(int)) if len(steps) else []
    per = max(int(steps_per_epoch), 1)
    return StoredRun(
        name=name, config=config.to_dict(), steps_per_epoch=per,
        loss_epochs=[float(v) for v in steps[keep, 0] / per] if len(steps) else [],
        loss=[float(v) for v in smooth[keep]] if len(steps) else [],
        eval_points=[[float(st) / per, float(lo), float(acc)] for st, lo, acc in eval_points],
        eval_name=eval_name, preset=preset, course_accuracy=course_accuracy)


def smoothed(losses, alpha: float = 0.98) -> np.ndarray:
    """The bias-corrected moving average of ``losses``, as the curves view shows it."""
    smooth = np.empty(len(losses))
    s = 0.0
    for i, x in enumerate(np.asarray(losses, dtype=float)):
        s = alpha * s + (1 - alpha) * x
        smooth[i] = s / (1 - alpha ** (i + 1))
    return smooth


def branch_curve(losses, branch_step: int, steps_per_epoch: int, alpha: float = 0.98) -> tuple:
    """A timeline line's smoothed loss from ``branch_step`` on, as ``(epochs, loss)`` (at most
    ``MAX_POINTS`` points): what Compare draws of a branch's parent beside the branch."""
    losses = np.asarray(losses, dtype=float).reshape(-1)
    if len(losses) <= branch_step:
        return np.zeros(0), np.zeros(0)
    smooth = smoothed(losses, alpha)[branch_step:]
    steps = np.arange(branch_step + 1, len(losses) + 1)
    keep = np.unique(np.linspace(0, len(steps) - 1, min(len(steps), MAX_POINTS)).astype(int))
    return steps[keep] / max(int(steps_per_epoch), 1), smooth[keep]


def default_folder() -> Path:
    if os.environ.get("BACKPROP_VIZ_DATA_DIR"):
        return Path(os.environ["BACKPROP_VIZ_DATA_DIR"]) / "runs"
    from platformdirs import user_data_dir

    return Path(user_data_dir("backprop-viz", appauthor=False)) / "runs"


class RunStore:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder is not None else default_folder()

    def _path(self, name: str) -> Path:
        return self.folder / f"{_SAFE.sub('-', name).strip('-') or 'run'}.json"

    def add(self, run: StoredRun) -> Path:
        """Store ``run`` (replacing one with the same name), atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(run.name)
        remove_stale_temps(self.folder)   # left by a save that was killed
        fd, tmp = make_temp(path, ".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(run), fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def runs(self) -> list[StoredRun]:
        """Every readable stored run, oldest first."""
        found = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            try:
                found.append(StoredRun(**json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, TypeError):
                continue
        return sorted(found, key=lambda r: r.created)

    def remove(self, name: str) -> None:
        self._path(name).unlink(missing_ok=True)
