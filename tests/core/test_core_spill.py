"""The timeline's checkpoint buffers in a temporary file: what is read back is what was written,
regions are reused, any failure falls back to memory, and a long run's checkpoints stay out of
the process's own memory while rewinds stay bit for bit."""

from __future__ import annotations

import gc
import os
import tracemalloc

import numpy as np
import pytest

from backprop_viz.core import spill as spill_module
from backprop_viz.core import timeline
from backprop_viz.core.checkpoints import RECENT
from backprop_viz.core.presets import PRESETS
from backprop_viz.core.run import Run
from backprop_viz.core.runfile import load_run, save_run
from backprop_viz.core.spill import FileBuffer, SpillFile

needs_file = pytest.mark.skipif(not spill_module.SUPPORTED, reason="no pwritev/preadv on this platform")


def pieces(dtype, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.standard_normal((30, 7)).astype(dtype), rng.standard_normal(5).astype(dtype),
            rng.standard_normal(300).astype(dtype)]


def joined(arrays):
    return np.concatenate([a.reshape(-1) for a in arrays])


@needs_file
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_a_kept_buffer_reads_back_what_was_written(dtype):
    arrays = pieces(dtype)
    flat = np.concatenate([a.reshape(-1) for a in arrays])
    buf = SpillFile().keep(joined(arrays))
    assert isinstance(buf, FileBuffer)
    assert (buf.size, buf.dtype, buf.nbytes, len(buf)) == (flat.size, np.dtype(dtype), flat.nbytes, flat.size)
    np.testing.assert_array_equal(np.asarray(buf), flat)
    np.testing.assert_array_equal(buf[210:215], flat[210:215])
    np.testing.assert_array_equal(buf[500:], flat[500:])
    out = np.zeros(7, dtype)
    buf.read_into(14, out)                                  # straight into an array
    np.testing.assert_array_equal(out, arrays[0][2])
    with pytest.raises(TypeError):
        buf[::2]


@needs_file
def test_regions_of_buffers_gone_are_reused_so_the_file_does_not_grow():
    sp = SpillFile()
    arrays = pieces(np.float32)
    held = [sp.keep(joined(arrays)) for _ in range(4)]
    size = os.fstat(sp._file.fileno()).st_size
    offsets = {b.offset for b in held}
    del held[1:3]
    gc.collect()
    again = [sp.keep(joined(pieces(np.float32, seed=k))) for k in (1, 2)]
    assert {b.offset for b in again} <= offsets                      # the freed regions, not new ones
    assert os.fstat(sp._file.fileno()).st_size == size == sp.size
    np.testing.assert_array_equal(np.asarray(again[1]), np.concatenate([a.reshape(-1) for a in pieces(np.float32, 2)]))
    np.testing.assert_array_equal(np.asarray(held[0]), np.concatenate([a.reshape(-1) for a in arrays]))


@needs_file
def test_buffers_of_other_sizes_share_the_holes_and_a_free_end_shortens_the_file():
    sp = SpillFile()
    big = [np.arange(1000, dtype=np.float64)]                 # 8,000 bytes each
    held = [sp.keep(joined(big)) for _ in range(4)]
    del held[1:3]                                             # a 16,000-byte hole in the middle
    gc.collect()
    small = [sp.keep(np.full(600, k, np.float64)) for k in range(3)]   # 4,800 bytes each
    assert sp.size == 32_000                                  # all three in the hole: the file did not grow
    assert sorted(b.offset for b in small) == [8_000, 12_800, 17_600]
    for k, b in enumerate(small):
        np.testing.assert_array_equal(np.asarray(b), np.full(600, k))
    np.testing.assert_array_equal(np.asarray(held[1]), big[0])   # the buffer after the hole untouched
    del held[1], small[:], b
    gc.collect()
    sp.keep(np.zeros(10))                       # (holes are gathered when a buffer is made)
    assert sp.size == 8_000 + 80 and os.fstat(sp._file.fileno()).st_size == sp.size   # the free end cut off


@needs_file
def test_a_file_buffer_is_never_handed_out_as_a_view():
    buf = SpillFile().keep(joined(pieces(np.float32)))
    if np.lib.NumpyVersion(np.__version__) >= "2.0.0":
        with pytest.raises(ValueError):
            np.asarray(buf, copy=False)
    a, b = np.asarray(buf), np.asarray(buf)
    a[0] = 123.0
    assert b[0] != 123.0 and buf[0:1][0] != 123.0               # each read a copy of its own


@needs_file
def test_short_positioned_reads_and_writes_are_continued(monkeypatch):
    real_write, real_read = os.pwritev, os.preadv
    monkeypatch.setattr(os, "pwritev", lambda fd, bufs, off: real_write(fd, [bufs[0][:100]], off))
    monkeypatch.setattr(os, "preadv", lambda fd, bufs, off: real_read(fd, [bufs[0][:64]], off))
    arrays = pieces(np.float32)
    buf = SpillFile().keep(joined(arrays))
    assert isinstance(buf, FileBuffer)
    np.testing.assert_array_equal(np.asarray(buf), np.concatenate([a.reshape(-1) for a in arrays]))


@needs_file
def test_a_full_disk_keeps_buffers_in_memory_from_then_on(monkeypatch):
    sp = SpillFile()
    before = sp.keep(joined(pieces(np.float32)))

    def full(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "pwritev", full)
    arrays = pieces(np.float32, seed=3)
    after = sp.keep(joined(arrays))
    assert isinstance(after, np.ndarray) and not sp.in_use
    np.testing.assert_array_equal(after, np.concatenate([a.reshape(-1) for a in arrays]))
    assert isinstance(sp.keep(joined(pieces(np.float32, seed=4))), np.ndarray)   # no more tries
    np.testing.assert_array_equal(np.asarray(before), np.concatenate([a.reshape(-1) for a in pieces(np.float32)]))


def test_no_file_where_one_cannot_be_made_or_is_not_wanted(tmp_path):
    arrays = pieces(np.float32)
    for sp in (SpillFile(folder=str(tmp_path / "missing")), SpillFile(use_file=False)):
        buf = sp.keep(joined(arrays))
        assert isinstance(buf, np.ndarray) and not sp.in_use
        np.testing.assert_array_equal(buf, np.concatenate([a.reshape(-1) for a in arrays]))


def small_adam():
    c = PRESETS["mlp-dropout-relu-bn-he-adam"].config
    return c.replace(n_inputs=20, hidden=(64, 32), batch_size=8, epochs=40)


@needs_file
def test_a_long_runs_older_checkpoints_go_to_the_file_and_rewind_exactly(make_blob_data, monkeypatch):
    monkeypatch.setattr(timeline, "COST_RATIO", 0)        # a checkpoint every 2 steps, however cheap
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small_adam(), data)
    run.timeline.every = 2
    run.run_epoch()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for _ in range(20):
            run.run_epoch()
        grown = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    tl = run.timeline
    head = tl.checkpoints[-1].step - RECENT      # (as of the latest capture, when they last moved)
    old = [c for c in tl.checkpoints if c.step < head]
    new = [c for c in tl.checkpoints if c.step >= head]
    assert len(old) > 100 and RECENT // 2 <= len(new) <= RECENT // 2 + 1   # (every 2 steps: the newest 50 dense)
    assert all(isinstance(c.buffer, FileBuffer) for c in old) and tl.spill.in_use
    assert all(isinstance(c.buffer, np.ndarray) for c in new)  # the newest, thinned soonest: memory
    in_file = sum(c.buffer.nbytes for c in old)
    assert in_file > 2_000_000                                 # megabytes of checkpoints in the file ...
    assert grown < in_file / 4                                 # ... which NumPy does not hold
    final = [p.copy() for _, p, _ in run.network.param_triples()]
    run.rewind(200)
    while run.epoch < 21:
        run.run_epoch()
    for (_, p, _), q in zip(run.network.param_triples(), final):
        np.testing.assert_array_equal(p, q)


@needs_file
def test_a_loaded_runs_checkpoints_go_to_the_file(tmp_path, make_blob_data, monkeypatch):
    monkeypatch.setattr(timeline, "COST_RATIO", 0)
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small_adam(), data)
    run.timeline.every = 2
    run.fit(3)
    back = load_run(save_run(tmp_path / "run.npz", run), data).timeline
    assert len(back.checkpoints) == len(run.timeline.checkpoints)
    for a, b in zip(run.timeline.checkpoints, back.checkpoints):
        assert isinstance(b.buffer, FileBuffer)
        np.testing.assert_array_equal(np.asarray(a.buffer), np.asarray(b.buffer))


def test_the_timeline_tells_how_much_of_it_is_in_memory(make_blob_data, monkeypatch):
    monkeypatch.setattr(timeline, "COST_RATIO", 0)
    data = make_blob_data(n_train=200, n_eval=50)
    run = Run(small_adam(), data)
    run.timeline.every = 2
    run.fit(6)
    tl = run.timeline
    orders = {id(c.order): c.order.nbytes for c in tl.checkpoints if c.order is not None}
    arrays = [b for b in [c.buffer for c in tl.checkpoints] + tl._spare if isinstance(b, np.ndarray)]
    assert len(tl.checkpoints) > 10 and (len(arrays) < len(tl.checkpoints) or not tl.spill.in_use)
    assert tl.bytes_in_memory == sum(orders.values()) + sum(b.nbytes for b in arrays)   # orders, the newest
    kept = timeline.Timeline(run, spill=False)                                       # all in memory
    kept.capture(run, pinned=True)
    assert kept.bytes_in_memory == kept.held_bytes > 0


@needs_file
def test_a_failed_read_of_the_file_leaves_the_run_as_it_was(make_blob_data, monkeypatch):
    monkeypatch.setattr(timeline, "COST_RATIO", 0)
    run = Run(small_adam(), make_blob_data(n_train=200, n_eval=50))
    run.timeline.every = 2
    run.fit(4)
    assert isinstance(run.timeline.nearest(10).buffer, FileBuffer)
    before, step = params_of(run), run.global_step

    def broken(*args):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(os, "preadv", broken)
    with pytest.raises(OSError):
        run.rewind(10)
    assert run.global_step == step
    for p, q in zip(params_of(run), before):
        np.testing.assert_array_equal(p, q)


def params_of(run):
    return [p.copy() for _, p, _ in run.network.param_triples()]
