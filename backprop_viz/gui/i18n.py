"""Which language the GUI speaks, and switching it while the app runs.

Every GUI string goes through Qt's translation machinery (``self.tr()`` in QObject
subclasses, ``QCoreApplication.translate(context, text)`` elsewhere, one context per
class). The compiled catalogues ``backprop_viz_<code>.qm`` are package data of
``backprop_viz.resources`` (folder ``i18n``), built from the ``.ts`` sources by
``scripts/update_translations.py``. :func:`set_language` removes the installed
translators and installs the new language's — ours and Qt's own ``qtbase_<code>.qm``
for standard buttons — so Qt sends ``QEvent.LanguageChange`` to every widget; widgets
that mix in :class:`Retranslatable` then re-set their texts in ``retranslate()``. The
choice is kept in ``QSettings`` (``ui/language``); without one the system locale decides.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

#: language code → its own name (shown as such in every language, as usual for language menus)
LANGUAGES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "ui/language"
CATALOGUE = "backprop_viz_{code}.qm"

_installed: list[QTranslator] = []
_language: str | None = None


def catalogue_dir() -> Path:
    """The folder holding the compiled catalogues (inside the installed package)."""
    return Path(str(resources.files("backprop_viz.resources") / "i18n"))


def system_language() -> str:
    """``"ko"`` on a Korean system locale, ``"en"`` otherwise."""
    return "ko" if QLocale.system().language() == QLocale.Korean else "en"


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen in View → Language, else the system's."""
    value = (settings if settings is not None else QSettings()).value(SETTINGS_KEY)
    return value if value in LANGUAGES else system_language()


def save_language(code: str, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def current_language() -> str:
    return _language or "en"


def set_language(code: str) -> bool:
    """Install the catalogues of ``code`` (replacing the previous language's); widgets
    retranslate on the ``LanguageChange`` event Qt posts. ``False`` when our catalogue
    is missing (the English source texts show then)."""
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; known: {', '.join(LANGUAGES)}")
    if code == _language:
        return bool(_installed)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    ours = QTranslator(app)
    found = ours.load(CATALOGUE.format(code=code), str(catalogue_dir()))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    if code != "en":   # Qt's own strings: message box buttons, dock buttons, context menus
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _language = code
    return found


class Retranslatable:
    """Mixin for widgets (list it before the Qt base class): calls ``self.retranslate()``
    on every ``QEvent.LanguageChange``; ``__init__`` calls it once for the first texts."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError
