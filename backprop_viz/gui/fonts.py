"""A Korean-capable font for the Korean interface, on Linux, macOS and Windows.

When Korean is selected, :func:`apply_language_font` adds the first installed family of
:data:`KOREAN_FAMILIES` (Noto Sans CJK KR on Linux, Malgun Gothic on Windows, Apple SD
Gothic Neo on macOS, …), or any installed family that supports the Korean writing
system, to the application font's fallback families, so Hangul never falls through to
boxes while Latin text and symbols keep their usual font; switching back to English
restores the original font. When the system has no
such font it returns ``False`` and the window shows :func:`missing_font_text` once.
:func:`set_scale` enlarges the application font (presentation mode) for either language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

KOREAN_FAMILIES = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Nanum Gothic", "Malgun Gothic",
                   "Apple SD Gothic Neo", "AppleGothic", "Source Han Sans KR", "UnDotum")
_original: QFont | None = None
_scale = 1.0
_language = "en"


def scale() -> float:
    """How much larger than usual the application font is (1.0, or more in presentation mode)."""
    return _scale


def set_scale(factor: float) -> None:
    """Make the application font ``factor`` times its usual size (1.0: the usual size)."""
    global _scale
    _scale = float(factor)
    apply_language_font(_language)


def korean_families() -> list[str]:
    """Installed families that can show Hangul: the preferred ones first, in order."""
    installed = set(QFontDatabase.families())
    preferred = [f for f in KOREAN_FAMILIES if f in installed]
    others = [f for f in QFontDatabase.families(QFontDatabase.Korean) if f not in preferred]
    return preferred + sorted(others)


def apply_language_font(code: str) -> bool:
    """Give the application font a Korean-capable family for ``"ko"`` (restore it for
    other languages); ``False`` when Korean is asked for and no such font is installed."""
    global _original, _language
    app = QApplication.instance()
    if _original is None:
        _original = QFont(app.font())
    _language = code
    base = QFont(_original)
    if _scale != 1.0:
        base.setPointSizeF(_original.pointSizeF() * _scale)
    if code != "ko":
        if app.font() != base:
            app.setFont(base)
        return True
    families = korean_families()
    if not families:
        if app.font() != base:
            app.setFont(base)
        return False
    font = QFont(base)   # Latin letters and symbols (‖, ∂, δ) stay in the usual font; Hangul falls back
    font.setFamilies(list(_original.families() or [_original.family()]) + families[:2])
    app.setFont(font)
    return True


def missing_font_text() -> str:
    return QCoreApplication.translate(
        "Fonts", "No Korean font is installed, so Korean text may show as boxes. Install one and restart: "
        "on Debian/Ubuntu the package fonts-noto-cjk (or fonts-nanum); on Windows and macOS a Korean font "
        "(Malgun Gothic, Apple SD Gothic Neo) comes with the system.")
