"""The requests the GUI may send the engine, and how the engine answers each.

Each is a :class:`~.protocol.Request` (its ``tag`` chosen by the GUI) with the handler that
computes its answer on the engine's :class:`~.workbench.Workbench`: the test-set
evaluation behind the confusion matrix, the drawing pad's preprocessing and prediction,
a gradient check, and a freshly initialised network's parameters for the inspector. A
request that names no network uses the one of the last snapshot the engine sent, which is
the one the GUI shows; data come from the engine's own (memory-mapped) splits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from backprop_viz.core.config import Config
from backprop_viz.engine.protocol import Request
from backprop_viz.engine.workbench import handles


def _network_of(bench, request):
    """The last snapshot the engine sent, which must hold a network."""
    snap = bench.snapshot
    if snap is None or snap.network is None:
        raise RuntimeError("no network yet: the engine is still starting")
    return snap


def training_batch(dataset, config: Config, n: int, dtype=np.float64) -> tuple[np.ndarray, np.ndarray]:
    """The first ``n`` samples of ``dataset`` scaled as ``config`` says (float64 by default)."""
    n = min(int(n), len(dataset))
    sub = dataset.subset(np.arange(n))
    x = sub.inputs(config.input_scaling, dtype)
    if x.shape[1] != config.n_inputs:
        raise ValueError(f"the samples have {x.shape[1]} inputs but the network expects {config.n_inputs}")
    return x, sub.one_hot(config.target_off, config.target_on, dtype)


def evaluation_split(splits):
    """``(dataset, name)`` the run is evaluated on: the validation split if any, else test."""
    if splits.validation is not None:
        return splits.validation, "validation"
    return splits.test, "test"


# -- evaluation --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Evaluate(Request):
    """Evaluate the shown network on the whole evaluation split."""

    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class EvaluationAnswer:
    run_id: int
    epoch: int
    global_step: int
    split: str
    evaluation: Any          # core.evaluation.Evaluation


@handles(Evaluate)
def _evaluate(request: Evaluate, bench, progress, cancelled) -> EvaluationAnswer:
    from backprop_viz.core.evaluation import evaluate

    snap = _network_of(bench, request)
    dataset, name = evaluation_split(bench.splits)
    config = snap.config
    x = dataset.inputs(config.input_scaling, dtype=np.dtype(config.dtype))
    return EvaluationAnswer(snap.run_id, snap.epoch, snap.global_step, name,
                            evaluate(snap.network, x, np.asarray(dataset.labels)))


# -- the drawing pad ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Classify(Request):
    """Preprocess a drawing (``ink``: the canvas as floats in 0..1) MNIST-style, or a picture
    (``image``: the bytes of an image file, e.g. a photo, named ``name``) through the photo
    stages, or take ``pixels`` (uint8 28×28) as they are, and classify them with the shown network."""

    ink: Any = None
    pixels: Any = None
    image: bytes | None = None
    name: str = "<image>"
    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class Classified:
    pixels: np.ndarray                 # the 28×28 uint8 input the network saw
    details: Any                       # core.preprocess.Preprocessed (None for given pixels)
    probabilities: np.ndarray | None   # the network's output a_L (None: no network yet / blank)
    run_id: int
    global_step: int
    stages: Any = None                 # core.preprocess_photo.PhotoStages of a picture (else None)


@handles(Classify)
def _classify(request: Classify, bench, progress, cancelled) -> Classified:
    from backprop_viz.core.preprocess import preprocess_details

    details = stages = None
    if request.image is not None:
        from backprop_viz.core.preprocess_photo import photo_stages
        from backprop_viz.data.images import MAX_FILE_BYTES, decode_image

        if len(request.image) > MAX_FILE_BYTES:
            raise ValueError(f"{request.name}: the picture is larger than {MAX_FILE_BYTES >> 20} MB")
        stages = photo_stages(decode_image(bytes(request.image), request.name))
        details = stages.details
        pixels, blank = details.image, details.bbox is None
    elif request.pixels is not None:
        pixels = np.asarray(request.pixels)
        if pixels.size != 28 * 28:
            raise ValueError(f"a digit to classify has 28×28 = 784 pixels, not {pixels.size}")
        pixels = np.clip(pixels, 0, 255).astype(np.uint8).reshape(28, 28)
        blank = not pixels.any()
    elif request.ink is not None:
        details = preprocess_details(request.ink)
        pixels, blank = details.image, details.bbox is None
    else:
        raise ValueError("nothing to classify: send the drawing's ink, a picture or 28×28 pixels")
    snap = bench.snapshot
    if snap is None or snap.network is None or blank:
        return Classified(pixels, details, None, 0 if snap is None else snap.run_id, 0, stages)
    if snap.config.n_inputs != 28 * 28:
        raise ValueError(f"the drawing pad needs a network with 784 inputs (28×28 pixels); this one has "
                         f"{snap.config.n_inputs}")
    x = scaled(pixels, snap.config)
    out = np.asarray(snap.network.infer(x)[0], dtype=float)
    return Classified(pixels, details, out, snap.run_id, snap.global_step, stages)


def scaled(pixels: np.ndarray, config: Config) -> np.ndarray:
    """``pixels`` scaled the way the run scales its data: ``(1, 784)``."""
    from backprop_viz.data import Dataset

    ds = Dataset(np.asarray(pixels, np.uint8).reshape(1, 28, 28), np.zeros(1, np.int64), "drawing",
                 tuple(str(k) for k in range(config.n_outputs)))
    return ds.inputs(config.input_scaling, dtype=np.dtype(config.dtype))


# -- gradient check ----------------------------------------------------------------------------
@dataclass(frozen=True)
class GradCheck(Request):
    """Numerical vs backprop gradient of the shown network on the first ``samples`` training
    samples, at most ``entries`` entries per parameter array."""

    samples: int = 4
    entries: int | None = None


@dataclass(frozen=True)
class GradCheckAnswer:
    result: Any              # core.gradcheck.GradCheckResult
    names: list
    shapes: list
    layers: list
    step: int


@handles(GradCheck)
def _gradcheck(request: GradCheck, bench, progress, cancelled) -> GradCheckAnswer:
    from backprop_viz.core.gradcheck import gradient_check

    snap = _network_of(bench, request)
    network, config = snap.network, snap.config
    if int(request.samples) < (2 if config.batch_norm else 1):
        raise ValueError(f"a gradient check needs at least {2 if config.batch_norm else 1} sample(s), "
                         f"not {request.samples}")
    if request.entries is not None and int(request.entries) < 1:
        raise ValueError(f"check at least one entry per array, not {request.entries}")
    x, t = training_batch(bench.splits.train, config, request.samples)
    result = gradient_check(network, x, t, max_entries=request.entries, seed=config.seed)
    triples = network.param_triples()
    layers = [layer.index for layer in network.layers for _ in layer.params()]
    return GradCheckAnswer(result, [n for n, _, _ in triples], [a.shape for _, a, _ in triples], layers,
                           snap.global_step)


# -- the inspector -----------------------------------------------------------------------------
@dataclass(frozen=True)
class InitialParams(Request):
    """The freshly initialised parameters of ``config`` (rebuilt from its seed, as a reset does;
    ``None``: the shown run's config); answer: ``[{"W": …, "b": …, …}, …]`` per layer."""

    config: Config | None = None


@handles(InitialParams)
def _initial_params(request: InitialParams, bench, progress, cancelled) -> list:
    from backprop_viz.core.network import Network

    config = request.config if request.config is not None else _network_of(bench, request).config
    if not isinstance(config, Config):
        raise ValueError(f"InitialParams needs a Config, not {type(config).__name__}")
    return Network.from_config(config).get_params()
from backprop_viz.engine import race_job  # noqa: F401,E402 - registers the race
