"""Frames between the processes: objects, arrays through the pipe or a shared-memory slot."""

import io
import os

import numpy as np
import pytest

from backprop_viz.engine.frames import SLOT_THRESHOLD, SlotReader, SlotRing, read_frame, write_frame


class Pipe(io.RawIOBase):
    """An in-memory byte pipe with the readinto/write/flush a frame needs."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def readable(self):
        return True

    def write(self, b):
        self.data += bytes(b)
        return len(b)

    def readinto(self, view):
        n = min(len(view), len(self.data))
        view[:n] = self.data[:n]
        del self.data[:n]
        return n


def test_small_objects_and_arrays_round_trip_through_the_pipe():
    pipe = Pipe()
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    assert write_frame(pipe, ("snapshot", {"a": a, "n": 3})) is None
    (kind, payload), slot = read_frame(pipe)
    assert kind == "snapshot" and slot is None and payload["n"] == 3
    np.testing.assert_array_equal(payload["a"], a)
    assert payload["a"].dtype == np.float32 and not payload["a"].flags.writeable   # read-only on arrival
    assert pipe.data == b""


def test_large_arrays_go_through_a_slot_and_the_slot_comes_back(tmp_path):
    pipe, ring, reader = Pipe(), SlotRing(count=1, directory=str(tmp_path)), SlotReader()
    big = np.random.default_rng(0).standard_normal((300, 300))   # 720 kB > threshold
    assert big.nbytes >= SLOT_THRESHOLD
    slot = write_frame(pipe, [big, big[:, :5].copy(), "label"], ring)
    assert slot is not None and not ring.has_free()
    # the pipe carried only the small description, not the arrays
    assert len(pipe.data) < 4096
    (arrays, slot_read) = read_frame(pipe, reader)
    obj, got_slot = arrays, slot_read
    assert got_slot == slot
    np.testing.assert_array_equal(obj[0], big)
    np.testing.assert_array_equal(obj[1], big[:, :5])
    assert obj[2] == "label" and not obj[0].flags.writeable
    # the reader's copy survives the writer reusing the slot
    ring.release(slot)
    assert ring.has_free()
    slot2 = write_frame(pipe, [np.zeros_like(big)], ring)
    assert slot2 == slot
    np.testing.assert_array_equal(obj[0], big)
    (again, _) = read_frame(pipe, reader)
    assert not again[0].any()
    # both sides mapped the file: its name is gone, nothing is left in the directory
    reader.close()
    ring.close()
    assert os.listdir(tmp_path) == []


def test_without_a_free_slot_a_frame_falls_back_to_the_pipe(tmp_path):
    pipe, ring = Pipe(), SlotRing(count=2, directory=str(tmp_path))
    big = np.ones(100_000)
    assert ring.has_free()
    first = write_frame(pipe, big, ring)
    second = write_frame(pipe, big * 2, ring)
    assert not ring.has_free()                 # both slots wait for the reader
    third = write_frame(pipe, big * 3, ring)   # with none left, the pipe carries it
    assert first is not None and second is not None and third is None
    reader = SlotReader()
    for k in (1, 2, 3):
        np.testing.assert_array_equal(read_frame(pipe, reader)[0], big * k)
    reader.close()
    ring.close()


def test_a_slot_grows_for_a_bigger_frame(tmp_path):
    pipe, ring, reader = Pipe(), SlotRing(count=1, directory=str(tmp_path)), SlotReader()
    for n in (40_000, 400_000):
        data = np.arange(n, dtype=np.float64)
        slot = write_frame(pipe, data, ring)
        np.testing.assert_array_equal(read_frame(pipe, reader)[0], data)
        ring.release(slot)
    reader.close()
    ring.close()
    assert os.listdir(tmp_path) == []


def test_a_truncated_frame_is_an_eof_error():
    pipe = Pipe()
    write_frame(pipe, np.arange(1000))
    del pipe.data[-10:]
    with pytest.raises(EOFError):
        read_frame(pipe)


def test_without_room_for_a_slot_the_frame_takes_the_pipe(tmp_path, monkeypatch):
    import backprop_viz.engine.frames as frames

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(frames.os, "posix_fallocate", full, raising=False)
    monkeypatch.setattr(frames.os, "ftruncate", full)
    pipe, ring = Pipe(), SlotRing(count=1, directory=str(tmp_path))
    big = np.arange(200_000, dtype=np.float64)
    assert write_frame(pipe, big, ring) is None
    assert ring.has_free()                     # the slot was handed back
    np.testing.assert_array_equal(read_frame(pipe)[0], big)
    assert os.listdir(tmp_path) == []
    ring.close()


def test_slot_files_of_a_dead_writer_can_be_found_and_removed(tmp_path, monkeypatch):
    import backprop_viz.engine.frames as frames

    monkeypatch.setattr(frames.tempfile, "gettempdir", lambda: str(tmp_path))
    ring = SlotRing(count=1, directory=str(tmp_path))
    write_frame(Pipe(), np.ones(100_000), ring)        # the reader never maps it (the writer "dies")
    other = tmp_path / "backprop-viz-1-x.slot"          # another process's slot stays
    other.write_bytes(b"")
    assert frames.remove_slot_files(os.getpid()) == 1
    assert os.listdir(tmp_path) == [other.name]
    ring.close()
