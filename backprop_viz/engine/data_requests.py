"""Requests about datasets: importing a user's file into the catalogue, on the engine's side.

Reading and converting a CSV, IDX, npz or pickle file is heavy work (a 785-column CSV of
60,000 rows takes seconds), so the GUI asks the engine for it like for any computation
(:mod:`.workbench`); the answer is the new catalogue entry, which the GUI lists and the
user can then train on with *Apply and reset*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from backprop_viz.engine.protocol import Request
from backprop_viz.engine.workbench import handles


@dataclass(frozen=True)
class ImportDataset(Request):
    """Import the dataset file or folder at ``path`` into the cache; answer: its catalogue entry."""

    path: str = ""
    long: ClassVar[bool] = True    # seconds of work: quick requests must not wait behind it


@handles(ImportDataset)
def _import(request: ImportDataset, bench, progress, cancelled):
    from backprop_viz.data import import_path

    return import_path(request.path)
