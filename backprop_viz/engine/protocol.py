"""What the GUI and the engine say to each other: typed commands in, typed reports out.

Every command is a frozen dataclass the GUI sends (:meth:`EngineLoop.send
<backprop_viz.engine.loop.EngineLoop.send>` in a thread, a pickled frame to the engine
process); every report is a frozen dataclass the engine hands to its ``out`` callback —
a :class:`~backprop_viz.engine.snapshot.Snapshot`, or one of the small reports below.
Training commands drive the run (:mod:`.loop` has one dispatch table for them);
:class:`Request` subclasses ask for a computation on the engine's side (:mod:`.workbench`,
answered with :class:`Progress` and then :class:`Answer` or :class:`Refused` carrying the
request's ``tag``), so the GUI never computes. Texts a user reads travel as
:class:`~backprop_viz.core.messages.Message` codes with arguments and are worded in the
user's language by the GUI. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backprop_viz.core.config import Config
from backprop_viz.core.errors import CodedError
from backprop_viz.core.messages import Message, english


def message_of(exc: BaseException) -> Message:
    """What an exception tells the user, as a :class:`Message` (its code when it has one)."""
    full = getattr(exc, "full_message", None) if isinstance(exc, CodedError) else None
    if isinstance(full, Message):
        return full
    return Message.text(str(exc))


class EngineRefusal(CodedError):
    """A command or request the engine will not carry out, with a coded reason."""

    def __init__(self, code: str, *args):
        self.message = Message(code, args)
        super().__init__(english(self.message))

    @property
    def full_message(self) -> Message:
        return self.message

    def __reduce__(self):
        return type(self), (self.message.code, *self.message.args)


# -- commands: GUI → engine ---------------------------------------------------------------------
@dataclass(frozen=True)
class Command:
    """Base of everything the GUI sends."""


@dataclass(frozen=True)
class Play(Command):
    """Train until the run has completed ``config.epochs`` epochs; a finished run trains one
    epoch more and its ``epochs`` is raised by one, so every count the GUI shows agrees."""


@dataclass(frozen=True)
class Pause(Command):
    """Stop after the current minibatch; the state is shown in full."""


@dataclass(frozen=True)
class Step(Command):
    """One whole minibatch (forward, backward, update), shown with its full trace."""


@dataclass(frozen=True)
class Phase(Command):
    """One phase of the current minibatch: forward, then backward, then update."""


@dataclass(frozen=True)
class RunEpochs(Command):
    """Train ``count`` more epochs (1: to the end of the current one and stop)."""

    count: int = 1


@dataclass(frozen=True)
class Reset(Command):
    """A fresh network: ``config`` (``None``: the running one) on ``dataset`` (``None``: the same)."""

    config: Config | None = None
    dataset: str | None = None


@dataclass(frozen=True)
class Speed(Command):
    """At most ``steps_per_s`` minibatches a second; ``None``: as fast as possible."""

    steps_per_s: float | None = None


@dataclass(frozen=True)
class SetLive(Command):
    """Change settings that apply from the next step without a reset (learning rate, …)."""

    changes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class EvalEvery(Command):
    """Evaluate on a fixed 1,000-sample subset every ``steps`` updates (0: off)."""

    steps: int = 0


@dataclass(frozen=True)
class ProbeIndex(Command):
    """Follow sample ``index`` of the evaluation split as the probe."""

    index: int = 0


@dataclass(frozen=True)
class ProbeInput(Command):
    """Follow a sample given as raw 0–255 pixels (28×28 or 784) as the probe; ``source``
    says where it came from (``"training image #30"``, ``"your drawing"``)."""

    pixels: Any
    label: int | None = None
    source: str = "custom sample"


@dataclass(frozen=True)
class TrainSample(Command):
    """One backprop step on one sample (e.g. the user's drawing)."""

    pixels: Any
    label: int = 0
    source: str = "your drawing"


@dataclass(frozen=True)
class SaveRun(Command):
    path: str


@dataclass(frozen=True)
class LoadRun(Command):
    path: str


@dataclass(frozen=True)
class LoadModel(Command):
    path: str


@dataclass(frozen=True)
class Stop(Command):
    """End the engine (it reports :class:`Stopped`)."""


@dataclass(frozen=True)
class Taken(Command):
    """The GUI took snapshot ``serial`` (and so every one before it): room for more live
    snapshots (see :class:`~backprop_viz.engine.flow.SnapshotFlow`)."""

    serial: int


@dataclass(frozen=True)
class Request(Command):
    """A computation on the engine's side, answered under ``tag`` (chosen by the GUI)."""

    tag: int = 0


@dataclass(frozen=True)
class Cancel(Command):
    """Stop the request ``tag`` at its next check (a race stops within one entry)."""

    tag: int


# -- reports: engine → GUI (besides Snapshot) ----------------------------------------------------
@dataclass(frozen=True)
class Report:
    """Base of the engine's small reports."""


@dataclass(frozen=True)
class StateChanged(Report):
    state: str                     # "paused" | "playing" | "stepping"


@dataclass(frozen=True)
class DataLoaded(Report):
    splits: Any                    # the Splits the run trains on (memory-mapped: pickles small)


@dataclass(frozen=True)
class Failed(Report):
    """A command failed; the engine paused and stays usable."""

    error: str                     # the exception's type name
    message: Any                   # a Message (code and arguments) or the exception's own text


@dataclass(frozen=True)
class Diverged(Report):
    message: Any                   # a Message


@dataclass(frozen=True)
class Saved(Report):
    path: str


@dataclass(frozen=True)
class Loaded(Report):
    path: str


@dataclass(frozen=True)
class Stopped(Report):
    pass


@dataclass(frozen=True)
class Progress(Report):
    """Part of the answer to request ``tag`` (e.g. a race's counters so far)."""

    tag: int
    value: Any


@dataclass(frozen=True)
class Answer(Report):
    """The answer to request ``tag``."""

    tag: int
    value: Any


@dataclass(frozen=True)
class Superseded(Report):
    """Request ``tag`` was replaced by a newer one of its kind before it ran: no answer comes."""

    tag: int


@dataclass(frozen=True)
class Refused(Report):
    """Request ``tag`` could not be answered: ``message`` says why."""

    tag: int
    error: str
    message: Any


# -- appended commands ------------------------------------------------------------------------------
@dataclass(frozen=True)
class UndoReset(Command):
    """Bring back the run the last :class:`Reset` replaced, exactly as it was (parameters,
    optimizer state, step, history); refused when there is none."""


@dataclass(frozen=True)
class FollowMinibatch(Command):
    """The per-sample views (Layers, Backprop inspector, Network diagram) go back from the
    inspected sample to the current minibatch; the probe keeps its sample."""


@dataclass(frozen=True)
class ApplyEdit(Command):
    """Write ``value`` into ``W[i, j]`` of ``layer`` (1-based) of the run, on the engine loop's own
    thread, if it still holds ``expect`` and the run is paused between steps; a snapshot follows.
    Sent by the weight-edit requests (:mod:`.edit_requests`), never by the GUI; ``done(error)``
    (``None`` on success) tells the request how it went."""

    layer: int
    i: int
    j: int
    value: float
    expect: float
    done: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Rewind(Command):
    """Put the run into its exact state after ``step`` updates (:meth:`Run.rewind
    <backprop_viz.core.run.Run.rewind>`) and show that step in full, its trace recomputed."""

    step: int


@dataclass(frozen=True)
class Branch(Command):
    """Change live settings (lr, optimizer, momentum, weight_decay, batch_size, dropout) at the
    current step; a rewound run becomes a branch of its timeline (the parent kept for Compare)."""

    changes: dict = field(default_factory=dict)
