"""What a lesson is, as the app uses it: immutable, picklable dataclasses read from a lesson file.

A :class:`Lesson` has an ``id``, a ``title``, ``text`` and end-of-lesson ``summary`` in
every language of :data:`LANGUAGES` (each a :class:`Text`: ``text.get("ko")``), the
network to use (a preset name and its :class:`~backprop_viz.core.config.Config` with the
file's overrides), a :class:`Setup` (steps to train first, the phase to start at), a :class:`Perspective` (which docks of the main window to show, which to
raise, which element to highlight — dock names are :data:`DOCKS`, the keys of
``gui.window_docks.DOCK_TITLES``), one :class:`Action` the learner takes in the real app
(a name of :data:`ACTIONS` with its arguments and a hint), and its :class:`Question`\\ s.
A question has a ``kind`` of :data:`KINDS`, a prompt, the ``quantity`` it checks (see
:mod:`.quantity`), named ``terms`` (further quantities, evaluated in order, usable in the
quantity, the prompt and the explanation as ``{name}``), a :class:`Tolerance`, and an
explanation template shown after a wrong answer. :meth:`Question.quantities` is what to
ask the engine for (``LessonValues``); judging an answer is :mod:`.answers`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from backprop_viz.core.config import Config

LANGUAGES = ("en", "ko")
KINDS = ("sign", "choice", "number", "direction")
SOURCES = ("step", "probe")
WHEN = ("after_action", "now")
#: the main window's docks (the keys of ``gui.window_docks.DOCK_TITLES``; a test keeps them equal)
DOCKS = ("hyperparams_dock", "probe_dock", "layers_dock", "weights_dock", "diagram_dock", "inspector_dock",
         "health_dock", "race_dock", "gradcheck_dock", "browser_dock", "evaluation_dock", "drawing_dock",
         "compare_dock", "loss_step_dock", "weight_edit_dock", "who_pushed_dock", "input_gradient_dock",
         "gradient_noise_dock")
#: the learner's actions: name -> {argument: type}; what each does is in the README's Lessons section
ACTIONS = {
    "none": {},
    "phase": {"until": str},          # press Phase until the step has completed this phase
    "step": {"count": int},           # whole minibatches
    "epoch": {"count": int},          # run to the end of the epoch (count epochs)
    "pick_sample": {"index": int},    # follow this test sample as the probe
    "set_lr": {"lr": float},          # change the learning rate, then step
    "reset": {},                      # a fresh network of the lesson's preset
    "race": {},                       # start the numerical-vs-backprop race
    "draw": {},                       # draw a digit on the pad
    "compare": {"presets": list},     # train the given presets side by side
}
#: sign answers, direction answers
SIGNS = ("negative", "zero", "positive")
DIRECTIONS = ("down", "same", "up")


@dataclass(frozen=True)
class Text:
    """The same text in every language: ``{"en": …, "ko": …}``."""

    by_language: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, mapping: dict) -> "Text":
        return cls(tuple((k, str(v)) for k, v in mapping.items()))

    def get(self, language: str = "en") -> str:
        """The text in ``language``, else in English."""
        d = dict(self.by_language)
        return d.get(language) or d.get("en", "")

    def __str__(self) -> str:
        return self.get("en")


@dataclass(frozen=True)
class Tolerance:
    """How close an answer must be: ``absolute`` or ``relative`` (a fraction of |value|)."""

    amount: float = 0.0
    relative: bool = False

    def allows(self, answer: float, value: float) -> bool:
        limit = self.amount * abs(value) if self.relative else self.amount
        return abs(answer - value) <= limit + 1e-12

    def __str__(self) -> str:
        return f"{self.amount * 100:g}%" if self.relative else f"{self.amount:g}"


@dataclass(frozen=True)
class Perspective:
    docks: tuple[str, ...] = ()       # docks to show (others keep their state)
    raised: str | None = None         # the dock brought to the front
    highlight: str | None = None      # the element to highlight, as a quantity, e.g. "delta[L]"


@dataclass(frozen=True)
class Setup:
    """How the lesson starts, after the reset to its network: ``steps`` whole minibatches
    trained first, then the current step brought to ``phase`` (``None``: left as it is)."""

    steps: int = 0
    phase: str | None = None


@dataclass(frozen=True)
class Action:
    name: str = "none"
    args: tuple[tuple[str, object], ...] = ()
    hint: Text = Text()

    def arg(self, key: str, default=None):
        return dict(self.args).get(key, default)


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    prompt: Text
    quantity: str
    explanation: Text
    tolerance: Tolerance = Tolerance()
    terms: tuple[tuple[str, str], ...] = ()      # (name, quantity), in order
    choices: tuple[Text, ...] = ()               # choice: the labels; the quantity is the right index
    magnitude: str | None = None                 # direction: the amount the learner estimates
    magnitude_tolerance: Tolerance | None = None
    source: str = "step"                         # step: the latest minibatch; probe: the probe sample
    when: str = "after_action"                   # after_action: asked before the action, checked after it;
    #                                              now: asked and checked on the state the action left
    line: int = 0                                # where the question starts in its file

    def quantities(self) -> dict[str, str]:
        """Everything to evaluate, in order: the terms, then ``value`` (and ``magnitude``)."""
        q = dict(self.terms)
        q["value"] = self.quantity
        if self.magnitude is not None:
            q["magnitude"] = self.magnitude
        return q

    def required_phase(self) -> str:
        """How far the step must have got for every quantity of this question to be known."""
        from backprop_viz.core.trace import PHASES
        from backprop_viz.lessons.quantity import required_phase

        quantities = self.quantities()
        return max((required_phase(text, quantities) for text in quantities.values()), key=PHASES.index)


@dataclass(frozen=True)
class Lesson:
    id: str
    title: Text
    text: Text
    summary: Text
    preset: str
    config: Config
    perspective: Perspective
    action: Action
    questions: tuple[Question, ...]
    setup: Setup = Setup()
    path: str = ""
    overrides: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    @property
    def file(self) -> Path:
        return Path(self.path)
