"""``backprop-viz lessons`` (cli/lessons_cmd.py): lists the ten lessons in either language,
and ``--check`` prints FILE:LINE: problems with exit code 2, or ok with exit code 0."""

from __future__ import annotations

import re

from backprop_viz.cli.main import main
from backprop_viz.lessons import builtin_dir


def test_lists_ten_lessons_in_english_and_korean(capsys):
    assert main(["lessons", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10 and "mnist" in lines[0] and "The output error delta_L" in lines[5]
    assert lines[7].rstrip().endswith("(3 questions)")
    assert main(["lessons", "--lang", "ko"]) == 0
    ko = capsys.readouterr().out.splitlines()
    assert len(ko) == 10 and "출력층의 오차" in ko[5] and ko[7].rstrip().endswith("(3 문항)")


def test_check_reports_file_and_line_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    text = (builtin_dir() / "06-output-error.toml").read_text("utf-8")
    text = text.replace('quantity = "delta[L][0, k]"', 'quantity = "delta[L][0, kk]"').replace("\nko = \"출력층의 오차 delta_L\"", "")
    bad.write_text(text, encoding="utf-8")
    assert main(["lessons", "--check", str(bad)]) == 2
    out = capsys.readouterr().out.splitlines()
    lines = text.splitlines()
    quantity_line = lines.index('quantity = "delta[L][0, kk]"') + 1
    expected = {f"{bad}:{lines.index('[title]') + 1}: missing translation: the title has no 'ko' text",
                f"{bad}:{quantity_line}: unknown quantity 'kk' at column 13"}
    assert expected <= {re.sub(r" — did you mean.*", "", line) for line in out}
    assert all(re.match(rf"{re.escape(str(bad))}:\d+: ", line) for line in out)


def test_check_of_good_files_exits_0(capsys):
    files = [str(p) for p in sorted(builtin_dir().glob("*.toml"))]
    assert main(["lessons", "--check", *files]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{f}: ok" for f in files]


def test_a_malformed_file_is_one_line_not_a_traceback(tmp_path, capsys):
    bad = tmp_path / "broken.toml"
    bad.write_text('id = "x"\n[title\n', encoding="utf-8")
    assert main(["lessons", "--check", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out.startswith(f"{bad}:2: malformed TOML") and err == ""


def test_the_readme_example_is_a_good_lesson(tmp_path):
    from pathlib import Path

    from backprop_viz.lessons import load_lesson

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    section = readme.split("## Lessons", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    lesson = load_lesson(path)
    assert lesson.id == "output-error" and lesson.questions[0].kind == "sign"
