"""The training toolbar's icons, drawn with QPainter: no font glyph, no image file.

Glyphs such as ⏸ are missing from many systems' default fonts (Debian's DejaVu has no
⏸ or ⏭) and then show as empty boxes, so :func:`training_icon` paints each symbol —
play, pause, step, phase, epoch, run, reset — as vector shapes on a 24-unit grid, at
every usual size and at twice that for high-DPI screens. The colour is the palette's
button text, so the icons follow the theme; Qt derives the disabled look itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

NAMES = ("play", "pause", "step", "phase", "epoch", "run_n", "reset")
SIZES = (16, 20, 24, 32, 48, 64)
GRID = 24.0


def _triangle(x: float, y: float, w: float, h: float) -> QPainterPath:
    """A right-pointing triangle in the box ``(x, y, w, h)``."""
    path = QPainterPath(QPointF(x, y))
    path.lineTo(x + w, y + h / 2)
    path.lineTo(x, y + h)
    path.closeSubpath()
    return path


def _bar(x: float, y: float, w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), 0.8, 0.8)
    return path


def _shapes(name: str) -> QPainterPath:
    """The filled shapes of ``name`` on the 24-unit grid."""
    path = QPainterPath()
    if name == "play":
        path.addPath(_triangle(6, 4, 14, 16))
    elif name == "pause":
        path.addPath(_bar(5.5, 4, 4.5, 16))
        path.addPath(_bar(14, 4, 4.5, 16))
    elif name == "step":                    # play one, then stop: ▶|
        path.addPath(_triangle(4, 5, 11, 14))
        path.addPath(_bar(16, 5, 3.5, 14))
    elif name == "epoch":                   # run to the end of the epoch: ▶▶|
        path.addPath(_triangle(2, 6, 8, 12))
        path.addPath(_triangle(10, 6, 8, 12))
        path.addPath(_bar(18.5, 6, 3, 12))
    elif name == "run_n":                   # keep running: ▶▶
        path.addPath(_triangle(3, 5, 9, 14))
        path.addPath(_triangle(12, 5, 9, 14))
    elif name == "phase":                   # one of three stages: ● – ○ – ○ (drawn in _paint)
        path.addEllipse(QPointF(4, 12), 2.8, 2.8)
    return path


def _paint(painter: QPainter, name: str, color: QColor) -> None:
    painter.setPen(Qt.NoPen)
    painter.setBrush(color)
    painter.drawPath(_shapes(name))
    if name == "phase":
        painter.setPen(QPen(color, 1.7))
        painter.setBrush(Qt.NoBrush)
        for x in (12, 20):
            painter.drawLine(QPointF(x - 5.2, 12), QPointF(x - 2.2, 12))
            painter.drawEllipse(QPointF(x, 12), 2.2, 2.2)
    elif name == "reset":                   # a circular arrow turning back to the start: ↺
        pen = QPen(color, 2.6, Qt.SolidLine, Qt.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawArc(QRectF(4.5, 4.5, 15, 15), 90 * 16, -290 * 16)   # clockwise from the top
        painter.setPen(Qt.NoPen)
        painter.setBrush(color)
        head = QPainterPath(QPointF(13.5, 0.8))
        head.lineTo(13.5, 9.2)
        head.lineTo(8.2, 5.0)
        head.closeSubpath()
        painter.drawPath(head)


def icon_pixmap(name: str, size: int, color: QColor | None = None) -> QPixmap:
    """``name``'s symbol as a transparent ``size`` × ``size`` pixmap."""
    if name not in NAMES:
        raise ValueError(f"unknown icon {name!r}; known: {', '.join(NAMES)}")
    if color is None:
        color = QApplication.palette().color(QPalette.ButtonText)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.scale(size / GRID, size / GRID)
    _paint(painter, name, color)
    painter.end()
    return pixmap


def training_icon(name: str, color: QColor | None = None) -> QIcon:
    """An icon for the training action ``name`` (one of :data:`NAMES`), at every usual size."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(icon_pixmap(name, size, color))
    return icon
