"""The gradient-noise request: how far one minibatch's gradient agrees with a large batch's.

:class:`GradientAgreement` asks for the cosine agreement
(:func:`backprop_viz.core.analyses.gradient_agreement`) between the gradient of the last
shown minibatch (the snapshot's trace) and the gradient on a fixed reference of the first
:data:`REFERENCE_SIZE` training samples, both at the weights that minibatch's step started
from (its ``W_before``, ``b_before``), in training mode. The engine computes it only when the
gradient-noise view asks, once per refresh while that view is on screen, on the workbench
thread; the scaled reference batch is kept between requests. Registered by
:mod:`.analysis_requests`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from backprop_viz.core.analyses import gradient_agreement
from backprop_viz.engine.analysis_requests import _last_step
from backprop_viz.engine.protocol import Request
from backprop_viz.engine.requests import _network_of, training_batch
from backprop_viz.engine.workbench import handles

#: samples of the fixed reference batch (the first ones of the training split)
REFERENCE_SIZE = 2000
_REFERENCE: dict = {}    # (id of the training split, scaling key) -> (x_ref, t_ref)


@dataclass(frozen=True)
class GradientAgreement(Request):
    """Cosine agreement of the last minibatch's gradient with the reference gradient."""

    latest_wins: ClassVar[bool] = True


@dataclass(frozen=True)
class AgreementAnswer:
    cosine: float        # 1: same direction as the reference gradient; 0: unrelated; NaN: a zero gradient
    step: int            # the minibatch's step
    batch_size: int
    reference: int       # samples in the reference batch
    run_id: int


def _reference(bench, config):
    train = bench.splits.train
    key = (id(train), config.input_scaling, config.target_off, config.target_on, config.dtype, config.n_inputs)
    if key not in _REFERENCE:
        _REFERENCE.clear()   # one reference at a time: the current data and scaling
        _REFERENCE[key] = training_batch(train, config, REFERENCE_SIZE, np.dtype(config.dtype))
    return _REFERENCE[key]


@handles(GradientAgreement)
def _gradient_agreement(request: GradientAgreement, bench, progress, cancelled) -> AgreementAnswer:
    snap = _network_of(bench, request)
    trace = _last_step(snap)
    net = snap.network.frozen()
    for layer, lt in zip(net.layers, trace.layers):   # the weights the minibatch's gradient was taken at
        if lt.W_before is not None:
            layer.W, layer.b = np.array(lt.W_before), np.array(lt.b_before)
    x_ref, t_ref = _reference(bench, snap.config)
    cosine = gradient_agreement(net, trace.x, trace.targets, x_ref, t_ref)
    return AgreementAnswer(cosine, trace.step, len(trace.x), len(x_ref), snap.run_id)
