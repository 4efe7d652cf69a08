"""The engine's requests (engine/requests.py) answered through a real EngineLoop in a thread,
each against the same computation done directly with the core: Evaluate = core evaluate,
Classify = network.infer on the scaled pixels (and the preprocessing of a drawing),
GradCheck = gradient_check on the same batch, InitialParams = Network.from_config; a bad
request is Refused with a readable reason and the engine keeps answering."""

from __future__ import annotations

import io
import queue

import numpy as np
import pytest
from loop_helpers import ThreadEngine

from backprop_viz.core.evaluation import evaluate
from backprop_viz.core.gradcheck import gradient_check
from backprop_viz.core.messages import english
from backprop_viz.core.network import Network
from backprop_viz.core.preprocess import preprocess_details
from backprop_viz.core.presets import get_preset
from backprop_viz.data import Splits, load_bundled_mnist
from backprop_viz.engine import protocol as p
from backprop_viz.engine.loop import EngineLoop
from backprop_viz.engine.requests import (
    Classified,
    Classify,
    Evaluate,
    EvaluationAnswer,
    GradCheck,
    GradCheckAnswer,
    InitialParams,
    evaluation_split,
    scaled,
    training_batch,
)
from backprop_viz.engine.snapshot import Snapshot

CONFIG = get_preset("fast").config.replace(hidden=(32, 16), batch_size=16)


@pytest.fixture(scope="module")
def splits():
    mnist = load_bundled_mnist()
    return Splits(mnist.train.subset(slice(0, 2000)), mnist.test)


class Engine(ThreadEngine):
    def __init__(self, splits):
        super().__init__(splits, CONFIG)

    def snapshot(self, steps: int = 0) -> Snapshot:
        """Train ``steps`` minibatches (full traces) and return the snapshot after them."""
        target = (self.loop.latest.global_step if self.loop.latest is not None else 0) + steps
        for _ in range(steps):
            self.loop.send(p.Step())
        return self.wait_for(lambda r: isinstance(r, Snapshot) and r.global_step == target)


@pytest.fixture
def engine(splits):
    e = Engine(splits)
    yield e
    e.stop()


def test_evaluate_answers_core_evaluate_of_the_shown_network(engine, splits):
    snap = engine.snapshot(steps=5)
    answer = engine.ask(Evaluate)
    assert isinstance(answer, p.Answer) and isinstance(answer.value, EvaluationAnswer)
    got = answer.value
    dataset, name = evaluation_split(splits)
    assert name == "test" and (got.run_id, got.epoch, got.global_step, got.split) == (snap.run_id, 0, 5, "test")
    x = dataset.inputs(CONFIG.input_scaling, dtype=np.dtype(CONFIG.dtype))
    expected = evaluate(snap.network, x, np.asarray(dataset.labels))
    assert got.evaluation.n == 10000 and got.evaluation.accuracy == expected.accuracy
    np.testing.assert_array_equal(got.evaluation.confusion, expected.confusion)
    np.testing.assert_array_equal(got.evaluation.predictions, snap.network.predict(x))


def test_classify_given_pixels_is_network_infer(engine, splits):
    snap = engine.snapshot(steps=3)
    digit = np.asarray(splits.test.images[7])
    answer = engine.ask(Classify, pixels=digit)
    got = answer.value
    assert isinstance(got, Classified) and got.details is None and got.global_step == 3
    np.testing.assert_array_equal(got.pixels, digit)
    expected = snap.network.infer(scaled(digit, snap.config))[0]
    np.testing.assert_allclose(got.probabilities, expected, rtol=1e-6)
    assert got.probabilities.sum() == pytest.approx(1.0, abs=1e-4)


def test_classify_a_drawing_preprocesses_it_like_the_core(engine):
    snap = engine.snapshot()
    ink = np.zeros((280, 280), np.float32)
    ink[40:240, 130:150] = 1.0                  # a thick vertical stroke: a "1"
    got = engine.ask(Classify, ink=ink).value
    expected = preprocess_details(ink)
    np.testing.assert_array_equal(got.pixels, expected.image)
    assert got.details.bbox == expected.bbox and got.details.scale == expected.scale
    np.testing.assert_allclose(got.probabilities, snap.network.infer(scaled(expected.image, snap.config))[0],
                               rtol=1e-6)
    blank = engine.ask(Classify, ink=np.zeros((280, 280), np.float32)).value
    assert blank.probabilities is None and not blank.pixels.any()


def test_gradcheck_passes_on_the_same_batch_as_the_core(engine, splits):
    snap = engine.snapshot(steps=2)
    got = engine.ask(GradCheck, samples=3, entries=12).value
    assert isinstance(got, GradCheckAnswer) and got.step == 2
    x, t = training_batch(splits.train, snap.config, 3)
    expected = gradient_check(snap.network, x, t, max_entries=12, seed=snap.config.seed)
    assert got.result.passed and got.names == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert got.shapes == [(784, 32), (32,), (32, 16), (16,), (16, 10), (10,)] and got.layers == [1, 1, 2, 2, 3, 3]
    for a, b in zip(got.result.params, expected.params):
        np.testing.assert_array_equal(a.indices, b.indices)
        assert a.rel_error == b.rel_error


def test_initial_params_are_the_configs_fresh_network(engine):
    engine.snapshot()
    config = CONFIG.replace(seed=5, hidden=(8,))
    got = engine.ask(InitialParams, config=config).value
    expected = Network.from_config(config).get_params()
    assert len(got) == len(expected) == 2
    for a, b in zip(got, expected):
        assert a.keys() == b.keys()
        for key in a:
            np.testing.assert_array_equal(a[key], b[key])
    shown = engine.ask(InitialParams).value          # no config: the shown run's
    np.testing.assert_array_equal(shown[0]["W"], Network.from_config(CONFIG).get_params()[0]["W"])


@pytest.mark.parametrize("request_type, fields, words", [
    (Classify, {"pixels": np.zeros(5)}, "784 pixels"),
    (Classify, {}, "nothing to classify"),
    (Classify, {"ink": np.zeros(7)}, "2-D"),
    (GradCheck, {"samples": 0}, "at least 1 sample"),
    (GradCheck, {"samples": 2, "entries": 0}, "at least one entry"),
    (InitialParams, {"config": "784-10"}, "needs a Config"),
])
def test_a_bad_request_is_refused_with_a_reason_and_the_engine_answers_on(engine, request_type, fields, words):
    snap = engine.snapshot()
    refused = engine.ask(request_type, **fields)
    assert isinstance(refused, p.Refused) and refused.error == "ValueError"
    assert words in english(refused.message)
    again = engine.ask(Classify, pixels=np.zeros((28, 28), np.uint8))   # still alive, still answering
    assert isinstance(again, p.Answer) and again.value.run_id == snap.run_id


def test_requests_before_any_network_are_refused_not_fatal(splits):
    e = Engine.__new__(Engine)
    e.reports = queue.Queue()
    e.loop = EngineLoop(CONFIG, e.reports.put, loader=lambda c, d: splits)
    e.tags = iter(range(1, 100))
    e.loop.workbench.start()                  # the workbench alone: no run, no snapshot yet
    try:
        refused = e.ask(Evaluate)
        assert isinstance(refused, p.Refused) and "engine is still starting" in english(refused.message)
    finally:
        e.loop.workbench.stop()


def test_classify_a_picture_runs_the_photo_stages_in_the_engine(engine):
    from PIL import Image

    from backprop_viz.core.preprocess_photo import photo_stages

    snap = engine.snapshot()
    paper = np.full((120, 90), 210, np.uint8)
    paper[20:100, 40:52] = 30                      # a dark "1" on paper
    buffer = io.BytesIO()
    Image.fromarray(paper).save(buffer, "JPEG", quality=90)
    got = engine.ask(Classify, image=buffer.getvalue(), name="one.jpg").value
    expected = photo_stages(np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("L")))
    assert got.stages is not None and got.stages.inverted
    np.testing.assert_array_equal(got.pixels, expected.image)
    np.testing.assert_array_equal(got.stages.ink, expected.ink)
    np.testing.assert_allclose(got.probabilities, snap.network.infer(scaled(expected.image, snap.config))[0],
                               rtol=1e-6)
    refused = engine.ask(Classify, image=b"not a picture", name="notes.txt")
    assert isinstance(refused, p.Refused) and refused.error == "DataError"
    assert "notes.txt" in english(refused.message) and "not an image file" in english(refused.message)
