"""The Lessons menu: the built-in lessons (finished ones ticked), continue, a teacher's file, the record.

*Lessons → 1. … 10.* starts a lesson; *Continue* goes back to where the learner left off;
*Open lesson file…* loads a teacher's lesson file — its problems are listed with their
line numbers (:func:`backprop_viz.lessons.check_lesson_file`), never a traceback;
*Export my answers…* writes every answer so far as CSV
(:func:`backprop_viz.lessons.write_answers`); *Leave lesson* ends the mode.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from backprop_viz.gui.i18n import Retranslatable, current_language
from backprop_viz.lessons import check_lesson_file, load_lesson, write_answers


class LessonsMenu(Retranslatable, QMenu):
    def __init__(self, mode):
        super().__init__(mode.window)
        self.setObjectName("lessons_menu")
        self.mode = mode
        self.lesson_actions = []
        for k, lesson in enumerate(mode.lessons):
            action = self.addAction("")
            action.setObjectName(f"lesson_action_{lesson.id}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=k: self.mode.start(k))
            self.lesson_actions.append(action)
        self.addSeparator()
        self.continue_action = self.addAction("", lambda: self.mode.start(None))
        self.open_action = self.addAction("", lambda: self.open_file())
        self.export_action = self.addAction("", lambda: self.export())
        self.addSeparator()
        self.leave_action = self.addAction("", mode.leave)
        self.leave_action.setObjectName("leave_lesson_action")
        self.retranslate()

    def refresh(self) -> None:
        done = set(self.mode.progress.completed())
        lang = current_language()
        for k, (action, lesson) in enumerate(zip(self.lesson_actions, self.mode.lessons)):
            action.setText(f"&{k + 1}. {lesson.title.get(lang)}" if k < 9 else f"1&0. {lesson.title.get(lang)}")
            action.setChecked(lesson.id in done)
        self.leave_action.setEnabled(self.mode.active)
        self.export_action.setEnabled(bool(self.mode.records))

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Lessons"))
        self.continue_action.setText(self.tr("Continue where I left off"))
        self.open_action.setText(self.tr("Open lesson file…"))
        self.export_action.setText(self.tr("Export my answers…"))
        self.leave_action.setText(self.tr("Leave lesson"))
        self.mode.panel.retranslate()
        self.refresh()

    # -- files ------------------------------------------------------------------------------------
    def open_file(self, path: str | None = None):
        """Load a teacher's lesson file and start it; its problems (with line numbers) if it has any."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.mode.window, self.tr("Open lesson file"), "",
                                                  self.tr("Lesson files (*.toml);;All files (*)"))
            if not path:
                return None
        problems = check_lesson_file(path)
        if problems:
            rows = "".join(self.tr("<li>line {0}: {1}</li>").format(p.line, escape(p.message)) for p in problems)
            box = QMessageBox(QMessageBox.Warning, self.tr("This lesson file has problems"),
                              self.tr("<p>{0} cannot be used yet:</p><ul>{1}</ul>").format(
                                  escape(Path(path).name), rows), QMessageBox.Close, self.mode.window)
            box.setTextFormat(Qt.RichText)
            box.setObjectName("lesson_problems_box")
            box.setAttribute(Qt.WA_DeleteOnClose)
            box.open()
            self.problems_box = box
            return problems
        return self.mode.start(load_lesson(path))

    def export(self, path: str | None = None) -> int | None:
        """Write the answers so far as CSV; the number of rows written."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.mode.window, self.tr("Export my answers"), "my_answers.csv",
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return None
        try:
            rows = write_answers(path, self.mode.records)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.mode.window.notice.show_notice(
                lambda: self.tr("Could not write {0}: {1}").format(path, reason), "error")
            return None
        self.mode.window.notice.show_notice(
            lambda: self.tr("{0} answers written to {1}.").format(rows, path), "info", timeout_ms=8000)
        return rows
