"""Switching the running window to Korean and back: every visible text follows, at once."""

from __future__ import annotations

import pytest
from i18n_helpers import HANGUL, english_catalogue, strip_markup, untranslated, visible_texts
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QSlider,
                               QTabBar, QTabWidget, QToolBar, QWidget)

from backprop_viz.gui import fonts, i18n
from backprop_viz.gui.views.common import InfoButton

AREAS = ("window", "toolbar", "status", "hyperparams_dock", "probe_dock", "curves")


def switch(qtbot, window, code):
    window.menus.language_actions[code].trigger()   # View → Language, as a user does
    QApplication.processEvents()
    qtbot.waitUntil(lambda: i18n.current_language() == code)


def area_texts(window) -> dict[str, list[str]]:
    """The texts of the window's parts and of each dock's view (raising each in turn)."""
    parts = {"window": [t for w, t in visible_texts(window) if w in ("window title", "menu", "action")],
             "toolbar": [t for _, t in visible_texts(window.findChild(QToolBar, "training_toolbar"))],
             "status": [t for _, t in visible_texts(window.status)],
             "curves": [t for _, t in visible_texts(window.curves)]}
    for name, dock in window.docks.items():
        dock.raise_()
        QApplication.processEvents()
        parts[name] = [t for _, t in visible_texts(dock)]
    return parts


@pytest.fixture
def trained(qtbot, window):
    """The window after two training steps (every view has numbers to word)."""
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key_N)
    # step 2 is shown and nothing newer waits for a refresh: every view holds the same numbers
    qtbot.waitUntil(lambda: window.last_snapshot.global_step == 2
                    and window.controller.latest is window.last_snapshot, timeout=5000)
    return window


def test_switching_to_korean_and_back_rewords_every_view(qtbot, trained):
    window = trained
    english = area_texts(window)
    switch(qtbot, window, "ko")
    korean = area_texts(window)
    for area, texts in korean.items():   # the window, the controls and every view changed language
        assert texts != english[area], area
        assert any(HANGUL.search(t) for t in texts), area
    catalogue = {s for s in english_catalogue() if untranslated(s)}
    leftovers = []
    def bad(root):
        return [(where, t) for where, t in visible_texts(root)
                if strip_markup(t).strip() in catalogue or t in catalogue or untranslated(t)]

    for name, dock in window.docks.items():
        dock.raise_()
        QApplication.processEvents()
        leftovers += bad(dock)
        for tabs in dock.findChildren(QTabWidget):   # the pages behind the other tabs too
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                leftovers += bad(tabs.currentWidget())
            tabs.setCurrentIndex(0)
    leftovers += [(where, t) for where, t in visible_texts(window) if untranslated(t) or t in catalogue]
    assert leftovers == [], "\n".join(map(repr, leftovers))
    assert QSettings().value(i18n.SETTINGS_KEY) == "ko"
    switch(qtbot, window, "en")
    back = area_texts(window)
    assert back["window"] == english["window"] and back["toolbar"] == english["toolbar"]
    assert back["hyperparams_dock"] == english["hyperparams_dock"]
    still = [(area, t) for area, texts in back.items() for t in texts
             if HANGUL.search(t) and t not in i18n.LANGUAGES.values()]   # "한국어" names itself
    assert still == [], still


def test_language_choice_is_remembered_and_the_system_language_is_the_default(qtbot, make_window, monkeypatch):
    settings = QSettings()
    settings.remove(i18n.SETTINGS_KEY)
    monkeypatch.setattr(i18n, "system_language", lambda: "ko")
    first = make_window()
    assert i18n.current_language() == "ko" and HANGUL.search(first.windowTitle())
    assert first.menus.language_actions["ko"].isChecked()
    switch(qtbot, first, "en")
    first.close()
    second = make_window()   # the choice wins over the system's language
    assert i18n.current_language() == "en" and not HANGUL.search(second.windowTitle())


def test_help_dialogs_speak_the_language(qtbot, window):
    switch(qtbot, window, "ko")
    about = window.show_about()
    assert HANGUL.search(about.text()) and "MNIST" in about.text() and "CC BY-SA 3.0" in about.text()
    assert "NumPy" in about.text() and HANGUL.search(about.windowTitle())
    about.close()
    shortcuts = window.show_shortcuts()
    assert HANGUL.search(shortcuts.text()) and "Shift+N" in shortcuts.text()
    shortcuts.close()


def test_every_control_has_a_tooltip_and_every_view_a_note(qtbot, window):
    missing = []
    controls = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider)
    for w in window.findChildren(QWidget):
        if not isinstance(w, controls) or w.objectName().startswith("qt_") or isinstance(w.parent(), QTabBar) or w.window() is not window:
            continue
        if isinstance(w.parent(), QToolBar) and not w.toolTip():
            continue   # a toolbar's button shows its action, whose tooltip is checked below
        if not w.toolTip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}")
    missing += [a.objectName() for a in window.actions_.all() if not a.toolTip()]
    assert missing == []
    views = [window.curves, window.probe_view, *window.views.values()]
    switch(qtbot, window, "ko")
    for view in views:
        button = view.findChild(InfoButton)
        assert button is not None and view.info_text and button.toolTip() == view.info_text, view.objectName()
        assert HANGUL.search(view.info_text), view.objectName()


def test_korean_gets_a_korean_font_and_english_its_own_back(qtbot, window, monkeypatch):
    monkeypatch.setattr(fonts, "korean_families", lambda: ["Korean Test Font"])
    before = QFont(QApplication.font())
    switch(qtbot, window, "ko")
    assert "Korean Test Font" in QApplication.font().families()
    assert not window.notice.isVisible()
    switch(qtbot, window, "en")
    assert QApplication.font() == before


def test_without_a_korean_font_a_notice_says_which_package_to_install_once(qtbot, window, monkeypatch):
    monkeypatch.setattr(fonts, "korean_families", lambda: [])
    switch(qtbot, window, "ko")
    assert window.notice.isVisible() and "fonts-noto-cjk" in window.notice.label.text()
    assert HANGUL.search(window.notice.label.text())   # worded in the language just chosen
    window.notice.hide()
    switch(qtbot, window, "en")
    switch(qtbot, window, "ko")
    assert not window.notice.isVisible()   # once is enough
    switch(qtbot, window, "en")
