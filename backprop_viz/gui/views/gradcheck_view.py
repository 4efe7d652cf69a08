"""Gradient check of the app's current network: is backprop computing the right gradient?

Press "Check gradient": the engine (a :class:`~backprop_viz.engine.requests.GradCheck`
request) runs :func:`~backprop_viz.core.gradcheck.gradient_check` on a float64 copy of
the current network (any architecture the app builds: batch norm in training mode,
dropout masks drawn once and frozen), a small batch of real training samples, and
compares backprop's derivative with the central difference ``(E(w + ε) − E(w − ε)) / 2ε``
for a few random entries of every parameter array. The verdict line and the table show
each array's relative error with pass/fail; the threshold is explained in words
underneath; the scatter and the worst entries (:class:`AgreementPanel`) show where the
two disagree — the tool to reach for after changing a derivative.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from backprop_viz.engine.requests import GradCheck
from backprop_viz.gui.i18n import Retranslatable
from backprop_viz.gui.texts import loss_name

from .agreement import THRESHOLD_TEXT, AgreementPanel, arrays_of
from .common import info_button

INFO = QT_TRANSLATE_NOOP("GradCheckView", "A gradient check: backprop's gradient is compared with the numerical derivative (E(w + ε) − E(w − ε)) / 2ε "
        "of the same network on the same samples, in float64, for a few random entries of every parameter array "
        "(W = weights, b = biases, gamma/beta = batch norm of layer l). If backprop has a bug — a wrong f′(z), a "
        "missing 1/N, a transposed matrix — the two disagree and that array fails. Dropout masks are drawn once and "
        "kept, so the loss is a fixed function of the weights. The scatter shows every checked entry: all points on "
        "the diagonal means agreement.")
THRESHOLD_WORDS = QT_TRANSLATE_NOOP(
    "GradCheckView", "<b>Threshold.</b> An array passes when its relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) is "
    "below {0}: the two gradients agree to about six significant digits. A correct backward pass typically lands "
    "between 1e-11 and 1e-7 (the numerical derivative itself is only that accurate: its ε = 1e-5 step leaves an "
    "error of order ε², and rounding the loss adds some); a wrong derivative gives 1e-3 or more. When an array's "
    "true gradient is about zero (a bias right before batch norm), the denominator is raised to the rounding-noise "
    "level, so noise alone never fails it.")


class GradCheckView(Retranslatable, QWidget):
    checked = Signal(object)   # the GradCheckResult shown, or None when the check could not run

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gradcheck_view")
        self.snapshot = None
        self.engine = None           # the TrainingController that computes (set_engine)
        self.result = None
        self.job = None
        self._serial = 0
        self.samples = QSpinBox()
        self.samples.setObjectName("gradcheck_samples")
        self.samples.setRange(1, 256)
        self.samples.setValue(4)
        self.entries = QSpinBox()
        self.entries.setObjectName("gradcheck_entries")
        self.entries.setRange(1, 5000)
        self.entries.setValue(100)
        self.button = QPushButton()
        self.button.setObjectName("gradcheck_run")
        self.button.setEnabled(False)
        panel = QLabel()
        self.info = info_button("", panel)
        top = QHBoxLayout()
        top.addWidget(self.samples)
        top.addWidget(self.entries)
        top.addWidget(self.button)
        top.addStretch(1)
        top.addWidget(self.info)
        self.caption = QLabel()
        self.caption.setObjectName("gradcheck_caption")
        self.caption.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("gradcheck_verdict")
        self.verdict.setWordWrap(True)
        self.threshold = QLabel()
        self.threshold.setObjectName("gradcheck_threshold")
        self.threshold.setWordWrap(True)
        self.threshold.setStyleSheet("QLabel { color: #444; }")
        self.agreement = AgreementPanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(panel)
        layout.addWidget(self.caption)
        layout.addWidget(self.verdict)
        layout.addWidget(self.threshold)
        layout.addWidget(self.agreement, 1)
        self.button.clicked.connect(lambda: self.check())
        self._verdict = self._prompt
        self._last_verdict = (None, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.info_text = self.tr(INFO)
        self.info.set_text(self.info_text)
        self.samples.setSuffix(self.tr(" samples"))
        self.samples.setToolTip(self.tr("The small batch of training samples the loss E is computed on; 2–8 is "
                                        "plenty"))
        self.entries.setSuffix(self.tr(" entries per array"))
        self.entries.setToolTip(self.tr("Random entries checked in each parameter array (all of them when the array "
                                        "is smaller). Each costs two forward passes; 100 takes a few seconds."))
        self.button.setText(self.tr("Check gradient"))
        self.button.setToolTip(self.tr("Compare backprop with the numerical derivative on the current network"))
        self.threshold.setText(self.tr(THRESHOLD_WORDS).format(THRESHOLD_TEXT))
        if self.engine is None:
            self.caption.setText(self.tr("Waiting for the engine…"))
        elif self.snapshot is None:
            self.caption.setText(self.tr("Waiting for the network…"))
        else:
            self._describe(self.snapshot)
        self._set_verdict(*self._last_verdict)
        if self.result is None and self.job is None and self.agreement.names:
            self._waiting()

    def _prompt(self) -> str:
        return self.tr("Press “Check gradient” to compare backprop with the numerical derivative.")

    def _describe(self, snapshot) -> None:
        c = snapshot.config
        extras = [s for s, on in ((self.tr("batch norm"), c.batch_norm),
                                  (self.tr("dropout {0:g}").format(c.dropout), c.dropout > 0)) if on]
        self.caption.setText(self.tr("Current network: {arch} ({params:,} parameters), {act} hidden, {out} output + "
                                     "{loss}{extras} · after {steps:,} steps · checked in float64").format(
            arch=c.architecture, params=snapshot.network.n_params, act=c.activation, out=c.output,
            loss=loss_name(c.loss), extras="".join(", " + e for e in extras), steps=snapshot.global_step))

    def show_snapshot(self, snapshot) -> None:
        """Remember the current network (cheap); the check runs when asked."""
        if snapshot is None or snapshot.network is None:
            return
        self.snapshot = snapshot
        c = snapshot.config
        self._describe(snapshot)
        self.samples.setMinimum(2 if c.batch_norm else 1)  # batch norm needs a batch to normalise over
        self.button.setEnabled(self.job is None and self.engine is not None)
        names, shapes, layers = arrays_of(snapshot.network)
        if self.result is None and self.job is None and (self.agreement.names, self.agreement.shapes) != (
                tuple(names), tuple(shapes)):
            self.agreement.set_arrays(names, shapes, layers)
            self._waiting()

    def _waiting(self) -> None:
        self.agreement.set_waiting(self._prompt(),
                                   self.tr("Press “Check gradient”: every checked\nentry becomes a point "
                                           "(backprop, numerical).\nAgreement puts it on the diagonal."))

    def set_engine(self, controller) -> None:
        """The :class:`~backprop_viz.gui.controller.TrainingController` that runs the checks."""
        self.engine = controller
        self.button.setEnabled(self.snapshot is not None and self.job is None)
        if self.snapshot is None:
            self.caption.setText(self.tr("Waiting for the network…"))

    def set_dataset(self, dataset) -> None:
        """Nothing to do: the engine checks on the first samples of its own training set."""

    def clear(self) -> None:
        self.snapshot = None
        self.result = None
        self._serial += 1  # a check still running belongs to the old network: ignore it
        self.job = None
        self.button.setEnabled(False)
        self.caption.setText(self.tr("Waiting for the network…") if self.engine is not None
                             else self.tr("Waiting for the engine…"))
        self._set_verdict(None, 0, self._prompt)
        self.agreement.clear()

    def check(self):
        """Ask the engine for a gradient check of its current network; returns the
        :class:`~backprop_viz.gui.controller.PendingRequest` (``done(GradCheckAnswer)``), or
        ``None`` without a network or an engine."""
        if self.snapshot is None or self.engine is None:
            return None
        config = self.snapshot.config
        n, entries = self.samples.value(), self.entries.value()
        self._serial += 1
        serial = self._serial
        self.button.setEnabled(False)
        self._set_verdict(None, 0, lambda: self.tr("Checking {0} on {1} samples…").format(config.architecture, n))
        self.job = self.engine.request(GradCheck, samples=n, entries=entries,
                                       on_done=lambda answer: self._on_done(serial, answer),
                                       on_failed=lambda message: self._on_failed(serial, message))
        return self.job

    def _on_done(self, serial: int, answer) -> None:
        """A :class:`~backprop_viz.engine.requests.GradCheckAnswer`; one for a cleared network is ignored."""
        if serial != self._serial:
            return
        self.job = None
        self.button.setEnabled(self.snapshot is not None)
        self.result = result = answer.result
        self.agreement.set_arrays([p.name for p in result.params], answer.shapes, answer.layers)
        self.agreement.show_result(result)
        self._set_verdict(result, answer.step)
        self.checked.emit(result)

    def _on_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self.job = None
        self.button.setEnabled(self.snapshot is not None)
        self._set_verdict(None, 0, lambda: self.tr("The check could not run: {0}").format(message))
        self.checked.emit(None)

    def _set_verdict(self, result, step: int = 0, text=None) -> None:
        """The verdict of ``result`` (``None``: ``text()``, or the last waiting text), kept for re-wording."""
        self._last_verdict = (result, step)
        if result is None:
            if text is not None:
                self._verdict = text
            self.verdict.setText(self._verdict())
            self.verdict.setStyleSheet("")
            return
        failed = [p.name for p in result.params if not p.passed]
        if failed:
            text = self.tr("✘ {0} FAIL: backprop and the numerical derivative disagree there (largest relative error "
                           "{1:.1e}, threshold {2}; network at step {3:,}). Look for a wrong derivative in that "
                           "layer.").format(", ".join(failed), result.max_rel_error, THRESHOLD_TEXT, step)
            style = "QLabel { background: #fde2e2; color: #8b1a1a; padding: 6px; font-weight: bold; }"
        else:
            text = self.tr("✔ All {0} parameter arrays pass: backprop's gradient matches the numerical derivative "
                           "(largest relative error {1:.1e}, threshold {2}; network at step {3:,}).").format(
                len(result.params), result.max_rel_error, THRESHOLD_TEXT, step)
            style = "QLabel { background: #dcf5dc; color: #1d5c1d; padding: 6px; font-weight: bold; }"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)
