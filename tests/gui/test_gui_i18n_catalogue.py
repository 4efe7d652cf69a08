"""The translation catalogues: complete, well-formed, current, shipped — and no GUI string
bypasses them (a static check of the code that sets texts)."""

from __future__ import annotations

import ast
import importlib.util
import re
import string
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "backprop_viz" / "resources" / "i18n"
GUI = ROOT / "backprop_viz" / "gui"


def messages(ts: Path):
    """``(context, message element)`` of every live message of a ``.ts`` file."""
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            if m.find("translation").get("type") not in ("obsolete", "vanished"):
                yield ctx.findtext("name"), m


def fields(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?\w+", text))


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_string_has_a_finished_translation_that_keeps_its_placeholders(language):
    problems, count = [], 0
    for ctx, m in messages(I18N / f"backprop_viz_{language}.ts"):
        count += 1
        source, translation = m.findtext("source"), m.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if m.get("numerus") == "yes" \
            else [translation.text or ""]
        where = f"{ctx}: {source!r}"
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{where} has no finished translation")
            continue
        for form in forms:
            if m.get("numerus") == "yes" and "%n" not in form:
                problems.append(f"{where}: plural form without %n: {form!r}")
            if not set(fields(source)) <= set(fields(form)):   # a placeholder dropped: a number goes missing
                problems.append(f"{where}: placeholders {fields(source)} vs {fields(form)}")
            try:   # every placeholder the translation uses is one the code fills in
                named = {f: 1234.5 for f in fields(source) if f and not f.isdigit()}
                named.setdefault("label", "x")   # config errors may name the field's label too
                form.format(*[1234.5] * (len(fields(source)) + 1), **named)
            except (KeyError, IndexError, ValueError) as exc:
                problems.append(f"{where}: {form!r} cannot be formatted: {exc!r}")
            if tags(source) != tags(form) or source.count("\n") != form.count("\n"):
                problems.append(f"{where}: markup or line breaks differ in {form!r}")
    assert count > 500
    assert not problems, "\n".join(problems)


def test_korean_catalogue_is_korean():
    hangul = re.compile(r"[\uac00-\ud7a3]")
    plain = [(ctx, m.findtext("source")) for ctx, m in messages(I18N / "backprop_viz_ko.ts")
             if re.search(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", m.findtext("source"))) and not hangul.search(
                 "".join(m.find("translation").itertext()))]
    # the few that stay as they are: notation, names, version lines
    allowed = {"{0} ({1})", "relu", "leaky_relu", "adam", "Python {0} · NumPy {1} · PySide6 {2} (Qt {3}) · pyqtgraph {4}",
               "he_normal", "he_uniform", "xavier_normal", "xavier_uniform"}
    assert [s for _, s in plain if s not in allowed] == []


def test_the_catalogues_are_current_and_compiled(tmp_path, monkeypatch):
    """lupdate over the GUI (and the message templates) finds exactly the catalogue's strings,
    and lrelease of the committed sources gives exactly the committed .qm files. The tools
    are the running interpreter's, found with no virtual environment on ``PATH``."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    script = load_script()
    script.lupdate(tmp_path, languages=("ko",))
    fresh = {(ctx, m.findtext("source")) for ctx, m in messages(tmp_path / "backprop_viz_ko.ts")}
    for language in ("ko", "en"):
        kept = {(ctx, m.findtext("source")) for ctx, m in messages(I18N / f"backprop_viz_{language}.ts")}
        assert fresh - kept == set(), f"new strings missing from {language}.ts: run scripts/update_translations.py"
        assert kept - fresh == set(), f"{language}.ts keeps strings the code no longer has"
    for language in ("ko", "en"):
        (tmp_path / f"backprop_viz_{language}.ts").write_bytes((I18N / f"backprop_viz_{language}.ts").read_bytes())
    script.lrelease(tmp_path)
    for language in ("ko", "en"):   # the committed .qm says what the committed .ts says
        fresh_qm, kept_qm = QTranslator(), QTranslator()
        assert fresh_qm.load(str(tmp_path / f"backprop_viz_{language}.qm"))
        assert kept_qm.load(str(I18N / f"backprop_viz_{language}.qm"))
        for ctx, m in messages(I18N / f"backprop_viz_{language}.ts"):
            source = m.findtext("source")
            for n in (1, 2):
                assert kept_qm.translate(ctx, source, None, n) == fresh_qm.translate(ctx, source, None, n), \
                    f"{language}.qm is stale ({ctx}: {source!r}): run scripts/update_translations.py"


def test_compiled_catalogues_are_package_data():
    folder = resources.files("backprop_viz.resources") / "i18n"
    for language in ("ko", "en"):
        assert (folder / f"backprop_viz_{language}.qm").is_file()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "i18n/*.qm" in package_data["backprop_viz.resources"]


#: calls that put their (first) text argument on screen
SETTERS = {"setText", "setToolTip", "setStatusTip", "setWindowTitle", "setTitle", "setPlaceholderText", "setSuffix",
           "setPrefix", "setSpecialValueText", "setFormat", "addTab", "setTabText", "addItem", "addItems",
           "setItemText", "addAction", "addMenu", "showMessage", "setLabel", "setHtml", "show_notice", "set_note",
           "setAccessibleName", "setHorizontalHeaderLabels", "set_waiting", "show_blank", "setPlainText", "drawText"}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMessageBox", "QToolButton",
           "QDockWidget", "QMenu", "QToolBar", "TextItem"}
#: literal words allowed on screen without translation: pyqtgraph axis names and the notation
LITERAL_OK = {"left", "bottom", "right", "top", "max", "a_L", "a_prev", "dW", "lr", "std", "log", "delta"}


def _words(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    else:
        return []
    text = re.sub(r"<[^>]*>|&\w+;", " ", "".join(parts))
    return [w for w in re.findall(r"[A-Za-z][A-Za-z_]+", text) if w not in LITERAL_OK]


def test_no_gui_text_is_set_from_a_plain_string_literal():
    """Words reach the screen only through tr()/translate(): a literal (or f-string) handed
    straight to a text setter or a widget constructor is a string the catalogue cannot see."""
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name not in SETTERS and name not in WIDGETS:
                continue
            args = node.args[:1] if name == "show_notice" else node.args
            for arg in [*args, *(k.value for k in node.keywords if k.arg in ("text", "title", "name"))]:
                if _words(arg):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(…{_words(arg)}…)")
    assert not problems, "\n".join(problems)
