"""The per-layer training statistics of every captured step of a run, kept whatever is on screen.

The trainer computes cheap statistics for each layer on every step it captures
(``LayerTrace.stats``: ``a_std``, ``dead_frac`` or ``saturated_frac``, ``grad_norm``,
``update_ratio``). :class:`StatsHistory` collects them from every snapshot that arrives —
the controller feeds it, not a view, so a hidden "Over time" tab misses nothing — keyed by
step: a step seen again (the same trace in a later snapshot, or its later phases) overwrites
its point. Where the engine says training ran uncaptured for a while (``Snapshot.stats_gap``)
a NaN point is put between the two steps, so a chart drawn with ``connect="finite"`` shows a
gap there rather than a straight line. The history of the run a Reset replaced is kept, so
an Undo (the old run id again) brings it back. Memory stays bounded in long sessions: each
line is a :class:`BoundedSeries` of at most :data:`CAPACITY` float32 points, thinned to every
other point (gaps kept) whenever it fills up.
"""

from __future__ import annotations

import numpy as np

STAT_KEYS = ("a_std", "dead_frac", "saturated_frac", "grad_norm", "update_ratio")
#: points kept per line (a chart a few hundred pixels wide shows no more)
CAPACITY = 4096


class BoundedSeries:
    """``(step, value)`` points in step order, at most ``capacity`` of them: when full, every
    other point is dropped (NaN gap markers and the newest point stay) and from then on a point
    closer than ``stride`` steps to the one before replaces that one's value. A repeated step
    overwrites its point; older steps are ignored."""

    def __init__(self, capacity: int = CAPACITY):
        self.capacity = capacity
        self._x = np.zeros(capacity, np.float64)
        self._y = np.zeros(capacity, np.float32)
        self.n = 0
        self.stride = 1.0

    def add(self, step: float, value: float) -> bool:
        """Add or overwrite; returns whether anything changed."""
        n, x, y = self.n, self._x, self._y
        if n and step < x[n - 1]:
            return False
        near = n and (step == x[n - 1] or (step - x[n - 1] < self.stride and not np.isnan(y[n - 1])
                                           and not np.isnan(value) and n > 1))
        if near:
            if y[n - 1] == np.float32(value):
                return False
            y[n - 1] = value
            return True
        if n == self.capacity:
            self._thin()
            n = self.n
        x[n], y[n] = step, value
        self.n = n + 1
        return True

    def _thin(self) -> None:
        keep = np.zeros(self.n, bool)
        keep[::2] = True
        keep[-1] = True
        keep |= np.isnan(self._y[:self.n])
        if keep.sum() > 3 * self.capacity // 4:    # mostly gaps: thin them too
            keep[:] = False
            keep[::2] = True
            keep[-1] = True
        m = int(keep.sum())
        self._x[:m], self._y[:m] = self._x[:self.n][keep], self._y[:self.n][keep]
        self.n = m
        self.stride *= 2

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._x[:self.n].copy(), self._y[:self.n].astype(np.float64)


class StatsHistory:
    def __init__(self):
        self.run_id = None
        self.version = 0                         # grows with every change (charts redraw when it moved)
        self._layers: list[dict[str, BoundedSeries]] = []
        self._last_step = 0
        self._previous: tuple | None = None      # (run_id, layers, last step) of the run before

    def clear(self) -> None:
        self.run_id, self._layers, self._last_step = None, [], 0
        self.version += 1

    def record(self, snapshot) -> bool:
        """Add the stats of ``snapshot.trace`` (if any); returns whether anything changed."""
        if snapshot.run_id != self.run_id:
            self._switch(snapshot.run_id)
        trace = snapshot.trace
        if trace is None or not trace.layers or not any(lt.stats for lt in trace.layers):
            return False
        if len(self._layers) != len(trace.layers):
            self._layers = [{} for _ in trace.layers]
        gap = bool(getattr(snapshot, "stats_gap", False)) and trace.step > self._last_step + 1
        changed = False
        for series, lt in zip(self._layers, trace.layers):
            for key in STAT_KEYS:
                if key in lt.stats:
                    line = series.setdefault(key, BoundedSeries())
                    if gap and line.n:
                        line.add((self._last_step + trace.step) / 2, np.nan)   # a break in the line
                    changed = line.add(trace.step, float(lt.stats[key])) or changed
        self._last_step = max(self._last_step, trace.step)
        if changed:
            self.version += 1
        return changed

    def _switch(self, run_id) -> None:
        """A new run (or, for an undone reset, the one before it again)."""
        if self._previous is not None and self._previous[0] == run_id:
            current = (self.run_id, self._layers, self._last_step)
            _, self._layers, self._last_step = self._previous
            self._previous = current
        else:
            self._previous = (self.run_id, self._layers, self._last_step) if self.run_id is not None else None
            self._layers, self._last_step = [], 0
        self.run_id = run_id
        self.version += 1

    @property
    def n_layers(self) -> int:
        return len(self._layers)

    def keys(self, layer: int) -> set[str]:
        """The statistics recorded for ``layer`` (1-based)."""
        return set(self._layers[layer - 1]) if 0 < layer <= len(self._layers) else set()

    def series(self, layer: int, key: str) -> tuple[np.ndarray, np.ndarray]:
        """``(steps, values)`` of ``key`` for ``layer`` (1-based); NaN values mark gaps."""
        if not 0 < layer <= len(self._layers) or key not in self._layers[layer - 1]:
            return np.zeros(0), np.zeros(0)
        return self._layers[layer - 1][key].data()
