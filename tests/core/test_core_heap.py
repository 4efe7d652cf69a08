"""Freed heap pages go back to the system: ``trim_heap`` releases them on glibc, and
``HeapTrimmer`` trims at most once per interval."""

import os
import sys

import pytest

from backprop_viz.core import heap


def resident_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not sys.platform.startswith("linux") or heap._malloc_trim() is None,
                    reason="malloc_trim is glibc's")
def test_trimming_returns_a_fragmented_heap_to_the_system():
    blocks = [bytes(2000) for _ in range(20000)]   # ~40 MB from malloc (above pymalloc's sizes)
    keep = blocks[::64]                              # one in 64 stays: the heap cannot shrink by itself
    del blocks
    before = resident_bytes()
    assert heap.trim_heap() is True
    assert before - resident_bytes() > 10 * 2 ** 20
    assert len(keep) == 313


def test_the_trimmer_trims_once_per_interval(monkeypatch):
    calls, now = [], [100.0]
    monkeypatch.setattr(heap, "trim_heap", lambda: calls.append(now[0]) or True)
    trimmer = heap.HeapTrimmer(interval=20.0, clock=lambda: now[0])
    for t in (100.0, 110.0, 119.9, 120.0, 125.0, 140.5):
        now[0] = t
        trimmer.maybe_trim()
    assert calls == [120.0, 140.5] and trimmer.trims == 2
