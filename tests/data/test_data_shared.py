"""The dataset once in memory for every process: shared maps, cheap pickles, their files."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import textwrap

import numpy as np
import pytest

from backprop_viz.core.config import Config
from backprop_viz.core.run import TrainingData
from backprop_viz.data import (
    DataError,
    Dataset,
    Splits,
    bundled,
    find_entry,
    import_path,
    load_bundled_mnist,
    load_path,
    remove_share_files,
    remove_stale_share_files,
    share_splits,
    shared,
    write_npz,
)
from backprop_viz.data.mapping import array_ref

PARTS = ("train", "test", "validation")


@pytest.fixture(autouse=True)
def no_leftovers():
    """Remove this process's share files after each test (mappings stay readable)."""
    yield
    remove_share_files(os.getpid())


@pytest.fixture
def fresh():
    bundled.clear_memo()
    yield
    bundled.clear_memo()


def arrays_of(splits: Splits):
    for part in PARTS:
        ds = getattr(splits, part)
        if ds is not None:
            yield f"{part}.images", ds.images
            yield f"{part}.labels", ds.labels


def assert_same(a: Splits, b: Splits) -> None:
    assert a.counts() == b.counts()
    for part in PARTS:
        x, y = getattr(a, part), getattr(b, part)
        assert (x is None) == (y is None)
        if x is not None:
            assert (x.source, x.class_names) == (y.source, y.class_names)
            np.testing.assert_array_equal(x.images, y.images)
            np.testing.assert_array_equal(x.labels, y.labels)


def plain_copy(splits: Splits) -> Splits:
    """The same splits held in ordinary (private, writeable-then-frozen) arrays."""
    def copy(ds):
        return None if ds is None else Dataset(np.array(ds.images), np.array(ds.labels),
                                               ds.source, ds.class_names)
    return Splits(copy(splits.train), copy(splits.test), copy(splits.validation))


def own_share_files() -> list[str]:
    out = []
    for directory in dict.fromkeys(("/dev/shm", tempfile.gettempdir())):
        if os.path.isdir(directory):
            out += [os.path.join(directory, n) for n in os.listdir(directory)
                    if n.startswith(shared.share_prefix()) and n.endswith(".share")]
    return out


def test_shared_mnist_pickles_tiny_and_unpickles_equal():
    splits = share_splits(load_bundled_mnist())
    buffers = []
    data = pickle.dumps(splits, protocol=5, buffer_callback=buffers.append)
    assert len(data) < 20_000 and buffers == []   # no pixels in or beside the pickle
    back = pickle.loads(data)
    assert_same(back, splits)
    assert all(array_ref(array) is not None for _, array in arrays_of(back))


def test_plain_dataset_still_pickles_its_arrays(small_splits):
    buffers = []
    data = pickle.dumps(small_splits.train, protocol=5, buffer_callback=buffers.append)
    assert len(buffers) == 2 and array_ref(small_splits.train.images) is None
    back = pickle.loads(data, buffers=buffers)
    np.testing.assert_array_equal(back.images, small_splits.train.images)
    assert len(pickle.dumps(small_splits.train)) > small_splits.train.images.nbytes


CHILD = textwrap.dedent("""
    import hashlib, json, pickle, sys
    from backprop_viz.data.mapping import array_ref
    splits = pickle.loads(sys.stdin.buffer.read())
    out = {}
    for part in ("train", "test", "validation"):
        ds = getattr(splits, part)
        out[part] = [hashlib.sha256(ds.images.tobytes()).hexdigest(),
                     hashlib.sha256(ds.labels.tobytes()).hexdigest(),
                     array_ref(ds.images) is not None, ds.source]
    print(json.dumps(out))
""")


def test_another_process_maps_the_same_pixels():
    splits = share_splits(load_bundled_mnist(validation=5000, seed=2))
    data = pickle.dumps(splits, protocol=5)
    done = subprocess.run([sys.executable, "-c", CHILD], input=data, capture_output=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode()
    got = json.loads(done.stdout)
    for part in PARTS:
        ds = getattr(splits, part)
        assert got[part] == [hashlib.sha256(ds.images.tobytes()).hexdigest(),
                             hashlib.sha256(ds.labels.tobytes()).hexdigest(), True, ds.source]


@pytest.mark.parametrize("stratified", [False, True])
def test_validation_split_shared_equals_todays(stratified):
    base = load_bundled_mnist()
    today = plain_copy(base).with_validation(5000, seed=11, stratified=stratified)
    mine = share_splits(load_bundled_mnist(validation=5000, seed=11, stratified=stratified))
    assert mine.counts() == {"train": 55000, "validation": 5000, "test": 10000}
    assert_same(mine, today)
    assert_same(pickle.loads(pickle.dumps(mine)), today)


def test_shared_arrays_are_read_only(small_splits):
    splits = share_splits(small_splits.with_validation(6, seed=0))
    for name, array in arrays_of(splits):
        assert array_ref(array) is not None, name
        assert not array.flags.writeable
        with pytest.raises(ValueError):
            array[0] = 1
        with pytest.raises(ValueError):
            array.setflags(write=True)


def test_dataset_api_works_on_maps(small_splits):
    splits = share_splits(small_splits)
    plain = small_splits.train
    mapped = splits.train
    np.testing.assert_array_equal(mapped.inputs("lecture"), plain.inputs("lecture"))
    np.testing.assert_array_equal(mapped.one_hot(0.01, 0.99), plain.one_hot(0.01, 0.99))
    np.testing.assert_array_equal(mapped.class_counts(), plain.class_counts())
    np.testing.assert_array_equal(mapped.subset([3, 1]).images, plain.images[[3, 1]])
    rng_a, rng_b = np.random.default_rng(5), np.random.default_rng(5)
    for a, b in zip(mapped.minibatches(8, rng_a), plain.minibatches(8, rng_b)):
        np.testing.assert_array_equal(a, b)
    # the engine's training data gathers rows straight from the mapped pixels
    data = TrainingData.from_splits(splits, Config(hidden=(8,)))
    reference = TrainingData.from_splits(small_splits, Config(hidden=(8,)))
    np.testing.assert_array_equal(data.train_inputs([0, 5, 7]), reference.train_inputs([0, 5, 7]))
    np.testing.assert_array_equal(data.x_eval, reference.x_eval)


def test_removed_or_replaced_share_file_is_a_clear_error(small_splits):
    splits = share_splits(small_splits)
    path = array_ref(splits.train.images).path
    data = pickle.dumps(splits)
    os.unlink(path)
    with pytest.raises(DataError, match="is gone") as info:
        pickle.loads(data)
    assert info.value.path == path
    with open(path, "wb") as handle:       # something else under the same name
        handle.write(b"\0" * 100_000)
    with pytest.raises(DataError, match="replaced"):
        pickle.loads(data)
    # sharing again notices the file is not its own any more and writes a fresh one
    again = share_splits(splits)
    assert array_ref(again.train.images).path != path
    assert_same(pickle.loads(pickle.dumps(again)), small_splits)


def test_mapped_bundled_mnist_writes_no_share_file():
    splits = load_bundled_mnist()
    before = own_share_files()
    assert share_splits(splits) is splits
    assert own_share_files() == before


def test_unused_share_files_are_removed_by_a_later_call(make_ds):
    first = share_splits(Splits(make_ds(20, seed=1), make_ds(5, seed=2)))
    path = array_ref(first.train.images).path
    del first
    share_splits(Splits(make_ds(20, seed=3), make_ds(5, seed=4)))
    assert os.path.exists(path)      # a receiver may still be about to map it
    share_splits(Splits(make_ds(20, seed=5), make_ds(5, seed=6)))
    assert not os.path.exists(path)


def test_files_in_use_here_survive_later_calls(make_ds):
    kept = share_splits(Splits(make_ds(20, seed=1), make_ds(5, seed=2)))
    for seed in range(3):
        share_splits(Splits(make_ds(20, seed=10 + seed), make_ds(5, seed=20 + seed)))
    assert_same(pickle.loads(pickle.dumps(kept)), kept)


DYING = textwrap.dedent("""
    import os, sys
    sys.path[:0] = [{tests!r}]
    from conftest import make_dataset
    from backprop_viz.data import Splits, share_splits
    from backprop_viz.data.mapping import array_ref
    s = share_splits(Splits(make_dataset(40), make_dataset(10, seed=1)))
    print(array_ref(s.train.images).path, flush=True)
    os._exit(0)   # killed: no clean-up at exit
""")


def test_stale_share_files_of_a_dead_process_are_removed(small_splits):
    mine = array_ref(share_splits(small_splits).train.images).path
    script = DYING.format(tests=os.path.dirname(__file__))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    dead = done.stdout.strip()
    assert os.path.exists(dead) and os.path.exists(mine)
    assert remove_stale_share_files() >= 1
    assert not os.path.exists(dead) and os.path.exists(mine)
    # ... and every share_splits call sweeps them too
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    dead = done.stdout.strip()
    assert os.path.exists(dead)
    share_splits(small_splits.with_validation(3))
    assert not os.path.exists(dead) and os.path.exists(mine)


def test_parent_removes_a_childs_share_files(small_splits):
    splits = share_splits(small_splits)
    path = array_ref(splits.train.images).path
    assert remove_share_files(os.getpid()) == 1 and not os.path.exists(path)
    np.testing.assert_array_equal(splits.train.images, small_splits.train.images)  # still mapped


def _replace(path, data: bytes) -> None:
    """Swap ``path`` for ``data`` without touching the bytes of a live mapping."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(data)
    os.replace(tmp, path)


@pytest.mark.parametrize("damage", ["truncated", "flipped byte"])
def test_damaged_decoded_cache_falls_back_to_decoding(fresh, private_cache, monkeypatch, damage):
    load_bundled_mnist()
    cache = next((private_cache / "decoded").glob("mnist-*.npz"))
    data = bytearray(cache.read_bytes())
    if damage == "truncated":
        data = data[:len(data) // 2]
    else:
        data[len(data) // 3] ^= 0x5A   # inside x_train's pixels: only the CRC can tell
    _replace(cache, bytes(data))
    bundled.clear_memo()
    decoded = []
    original = bundled._decode
    monkeypatch.setattr(bundled, "_decode", lambda folder: decoded.append(1) or original(folder))
    splits = load_bundled_mnist()
    assert decoded == [1]
    assert list(splits.train.labels[:5]) == [5, 0, 4, 1, 9]
    assert array_ref(splits.train.images).path == str(cache)   # rewritten, then mapped
    reference = plain_copy(splits)
    bundled.clear_memo()
    monkeypatch.setattr(bundled, "_decode", lambda folder: pytest.fail("cache not used"))
    assert_same(load_bundled_mnist(), reference)


def test_imported_dataset_is_mapped_but_user_files_are_not(small_splits, tmp_path):
    user_file = tmp_path / "mine.npz"
    write_npz(user_file, small_splits)
    assert array_ref(load_path(user_file).train.images) is None   # may change under us
    import_path(user_file, name="mine")
    splits = find_entry("mine").load()
    assert array_ref(splits.train.images) is not None
    assert len(pickle.dumps(splits)) < 5_000
    assert_same(pickle.loads(pickle.dumps(share_splits(splits))), splits)


def test_share_splits_refuses_other_things(small_splits):
    with pytest.raises(TypeError, match="needs a Splits"):
        share_splits(small_splits.train)
