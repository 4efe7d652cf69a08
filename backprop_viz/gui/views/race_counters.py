"""The race's counters: numerical differentiation and backprop side by side, and the course's setting.

Two boxes of figures — on the numerical side the entries done, the elapsed time, the
median entry (a detail), one gradient (wall time per entry, end to end, × parameters),
one epoch (× 60,000 / batch gradients) and its range (at the rate of the fastest and the
slowest tenth of the gradient); on the backprop side its gradient, its epoch, the ratio
and the course's own backprop time — and a banner with the course's setting (784-30-10,
batch 1) next to the course's measured 20 h 22 min. :meth:`RaceCounters.show_progress`
fills them from a :class:`~backprop_viz.engine.race_job.RaceProgress`; every text follows
the language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from backprop_viz.core.gradcheck import COURSE_BACKPROP_TRAINING_S, COURSE_NUMERICAL_EPOCH_S
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.race_worker import COURSE_ARCHITECTURE, COURSE_EPOCH_S, COURSE_SAMPLES
from backprop_viz.gui.texts import duration

NUMERICAL_ROWS = (("done", QT_TRANSLATE_NOOP("RaceCounters", "entries done")),
                  ("elapsed", QT_TRANSLATE_NOOP("RaceCounters", "elapsed")),
                  ("per_entry", QT_TRANSLATE_NOOP("RaceCounters", "time per entry")),
                  ("gradient", QT_TRANSLATE_NOOP("RaceCounters", "one gradient")),
                  ("epoch", QT_TRANSLATE_NOOP("RaceCounters", "one epoch")),
                  ("range", QT_TRANSLATE_NOOP("RaceCounters", "epoch range")))
BACKPROP_ROWS = (("bp_gradient", QT_TRANSLATE_NOOP("RaceCounters", "one gradient")),
                 ("bp_epoch", QT_TRANSLATE_NOOP("RaceCounters", "one epoch")),
                 ("ratio", QT_TRANSLATE_NOOP("RaceCounters", "ratio")),
                 ("bp_course", QT_TRANSLATE_NOOP("RaceCounters", "the course")))
TITLES = (QT_TRANSLATE_NOOP("RaceCounters", "Numerical differentiation — 2 forward passes per parameter"),
          QT_TRANSLATE_NOOP("RaceCounters", "Backpropagation — 1 forward + 1 backward pass for all"))


class RaceCounters(Retranslatable, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress = None
        self.counters: dict[str, QLabel] = {}
        self.boxes, self.labels = [], []
        sides = QHBoxLayout()
        for rows in (NUMERICAL_ROWS, BACKPROP_ROWS):
            box = QGroupBox()
            form = QFormLayout(box)
            form.setVerticalSpacing(2)
            for key, text in rows:
                value = QLabel("—")
                value.setObjectName(f"race_{key}")
                value.setWordWrap(True)
                self.counters[key] = value
                label = QLabel()
                self.labels.append((label, text))
                form.addRow(label, value)
            sides.addWidget(box, 1)
            self.boxes.append(box)
        banner = self.counters["course"] = QLabel("")
        banner.setObjectName("race_course")
        banner.setWordWrap(True)
        banner.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #e6d9a8; padding: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sides)
        layout.addWidget(banner)
        self.retranslate()

    def retranslate(self) -> None:
        for box, title in zip(self.boxes, TITLES):
            box.setTitle(self.tr(title))
        for label, text in self.labels:
            label.setText(self.tr(text))
        self.counters["course"].setToolTip(self.tr(
            "The course's setting: 784-30-10, sigmoid, squared error, batch 1, one epoch = 60,000 numerical "
            "gradients. Measured here for a moment when another network is raced."))
        self.counters["range"].setToolTip(self.tr(
            "One epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end: "
            "how much the machine's other work moves the figure."))
        if self.progress is None:
            self.reset()
        else:
            self.show_progress(self.progress)

    def reset(self) -> None:
        """Before a race: dashes, and the course's figures."""
        self.progress = None
        for label in self.counters.values():
            label.setText("—")
        self._course_texts()

    def _course_texts(self) -> None:
        self.counters["bp_course"].setText(self.tr("trained 784-100-10 for one epoch in {0}").format(
            duration(COURSE_BACKPROP_TRAINING_S["784-100-10"])))
        self.counters["course"].setText(self.tr(
            "The course's setting (784-30-10, batch 1, 60,000 samples): the course measured {0} for one epoch of "
            "numerical differentiation. Start the race to measure it on this machine.").format(duration(COURSE_EPOCH_S)))

    def show_progress(self, p) -> None:
        """The figures of race report ``p``."""
        self.progress = p
        r, c = p.result, self.counters
        gradients = COURSE_SAMPLES / p.batch_size
        self._course_texts()
        c["done"].setText(self.tr("{0:,} of {1:,} parameters").format(p.done, p.total))
        c["elapsed"].setText(duration(p.elapsed_s))
        if p.done:
            c["per_entry"].setText(self.tr("{0} (median of {1:,})").format(duration(r.median_entry_s), p.done))
            c["gradient"].setText(self.tr("<b>{0}</b> = {1:,} × {2} (wall time per entry)").format(
                duration(r.numerical_gradient_s), p.total, duration(r.numerical_entry_s)))
            spread = r.numerical_epoch_spread_s
            c["range"].setText(self.tr("— (timed per tenth of the gradient)") if spread is None else
                               self.tr("{0} – {1} (fastest and slowest tenth)").format(*map(duration, spread)))
            course = COURSE_NUMERICAL_EPOCH_S.get(p.architecture) if p.batch_size == 1 else None
            course = None if p.architecture == COURSE_ARCHITECTURE else course  # the banner says it
            c["epoch"].setText(self.tr("<b>{0}</b> = {1:,.0f} gradients").format(duration(r.numerical_epoch_s), gradients)
                               + (self.tr(" · course: {0}").format(duration(course)) if course else ""))
            c["ratio"].setText(self.tr("<b>backprop is {0:,.0f}× faster</b> per gradient").format(r.speedup))
        course = p.course
        if course is not None:
            spread = course.numerical_epoch_spread_s
            c["course"].setText(self.tr(
                "The course's setting (784-30-10, batch 1, 60,000 samples): one epoch of numerical differentiation "
                "would take <b>{0}</b> on this machine — the course measured <b>{1}</b>.").format(
                duration(course.numerical_epoch_s), duration(COURSE_EPOCH_S))
                + ("" if spread is None else self.tr(" Fastest to slowest tenth: {0} – {1}.").format(
                    *map(duration, spread))))
        c["bp_gradient"].setText(self.tr("<b>{0}</b> for all {1:,} (median pass)").format(
            duration(p.backprop_gradient_s), p.total))
        c["bp_epoch"].setText(self.tr("<b>{0}</b> = {1:,.0f} gradients").format(duration(r.backprop_epoch_s),
                                                                                gradients))
