"""The main window's menus and its two help dialogs.

File (Quit), Training (the shared training actions), View (every dock, Reset layout,
Language: English / 한국어 — applied at once, without a restart) and Help (Tour,
Keyboard shortcuts with the training keys, Tab and Esc, About with the icon, versions,
licence and the data's attribution, Report a problem: :mod:`.about`). The language names are written in their own language, as language
menus usually are.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from backprop_viz.gui.i18n import LANGUAGES, current_language


class WindowMenus(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = self.file_menu.addAction("")
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut("Ctrl+Q")
        self.quit_action.triggered.connect(window.close)
        self.training_menu = bar.addMenu("")
        for a in window.actions_.all():
            self.training_menu.addAction(a)
        self.training_menu.addAction(window.actions_.restart_engine)   # visible only while no engine runs
        self.view_menu = bar.addMenu("")
        for dock in window.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.reset_layout_action = self.view_menu.addAction("", window.reset_layout)
        self.presentation_action = self.view_menu.addAction("")
        self.presentation_action.setObjectName("presentation_action")
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+Shift+P")])
        self.presentation_action.toggled.connect(window.set_presentation)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("language_menu")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        bar.addMenu(window.lessons.menu)   # Lessons (issue #16): backprop_viz.gui.lessons.menu
        self.help_menu = bar.addMenu("")
        self.tour_action = self.help_menu.addAction("", window.start_tour)
        self.tour_action.setObjectName("tour_action")
        self.shortcuts_action = self.help_menu.addAction("", window.show_shortcuts)
        self.about_action = self.help_menu.addAction("", window.show_about)
        self.report_action = self.help_menu.addAction("", self.report_problem)
        self.report_action.setObjectName("report_action")
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("Quit"))
        self.quit_action.setStatusTip(self.tr("Close the window (the layout is remembered)"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.reset_layout_action.setText(self.tr("Reset layout"))
        self.reset_layout_action.setStatusTip(self.tr("Put every panel back where it was at the first start"))
        self.presentation_action.setText(self.tr("Presentation mode"))
        self.presentation_action.setStatusTip(self.tr("Larger text and thicker lines in every view, for a projector"))
        self.language_menu.setTitle(self.tr("Language"))
        self.language_menu.setToolTip(self.tr("The language of the interface; it changes at once"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tour_action.setText(self.tr("Tour"))
        self.tour_action.setStatusTip(self.tr("A short guided tour of the window"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        self.about_action.setText(self.tr("About backprop-viz"))
        self.report_action.setText(self.tr("Report a problem"))
        self.report_action.setStatusTip(self.tr("Copy the versions, platform and fonts a bug report needs to the "
                                                "clipboard"))
        self.show_language(current_language())

    def show_language(self, code: str) -> None:
        for c, action in self.language_actions.items():
            action.setChecked(c == code)

    # -- dialogs ---------------------------------------------------------------------------------
    def show_shortcuts(self) -> QMessageBox:
        rows = self.window.actions_.shortcut_rows() + [
            (QKeySequence(QKeySequence.Undo).toString(QKeySequence.NativeText),
             self.tr("Undo the last stroke on the drawing pad")),
            (self.tr("Tab, Shift+Tab"), self.tr("Move between the controls; Enter presses the focused button")),
            (QKeySequence(Qt.Key_Escape).toString(QKeySequence.NativeText), self.tr("Close the tour")),
            (self.quit_action.shortcut().toString(QKeySequence.NativeText), self.tr("Quit"))]
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>&nbsp;{escape(t)}</td></tr>" for k, t in rows)
        note = escape(self.tr("The training keys work everywhere in the window, also while the tour is open — "
                              "except while you type in a text field."))
        box = QMessageBox(QMessageBox.Information, self.tr("Keyboard shortcuts"),
                          f"<table>{table}</table><p>{note}</p>", QMessageBox.Close, self.window)
        box.setTextFormat(Qt.RichText)
        box.setObjectName("shortcuts_box")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        from backprop_viz.gui.about import show_about

        return show_about(self.window)

    def report_problem(self) -> str:
        """Copy the diagnostic block to the clipboard and say so in the status bar; returns it."""
        from backprop_viz.gui.about import copy_diagnostics

        text = copy_diagnostics()
        self.window.statusBar().showMessage(self.tr("The details for a bug report are on the clipboard: paste them "
                                                    "into your report"), 8000)
        return text
