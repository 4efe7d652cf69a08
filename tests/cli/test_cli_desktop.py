"""``backprop-viz install-desktop`` (a .desktop entry and icons, removable again) and
``python -m backprop_viz`` behaving like ``backprop-viz``."""

from __future__ import annotations

import subprocess
import sys

from backprop_viz.cli.main import main


def test_install_and_uninstall_the_desktop_entry(tmp_path, capsys):
    assert main(["install-desktop", "--prefix", str(tmp_path)]) == 0
    entry = (tmp_path / "applications" / "backprop-viz.desktop").read_text(encoding="utf-8")
    assert entry.startswith("[Desktop Entry]\n") and "\nIcon=backprop-viz\n" in entry
    assert "\nExec=" in entry and "Terminal=false" in entry and "Comment[ko]=" in entry
    for size in (16, 32, 48, 64, 128, 256):
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "backprop-viz.png"
        assert png.read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "backprop-viz.svg").read_text().startswith("<svg")
    assert "installed" in capsys.readouterr().out
    assert main(["install-desktop", "--prefix", str(tmp_path), "--uninstall"]) == 0
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_python_dash_m_is_the_backprop_viz_command():
    from backprop_viz import __version__

    done = subprocess.run([sys.executable, "-m", "backprop_viz", "--version"], capture_output=True, text=True, check=False,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"backprop-viz {__version__}"
    bad = subprocess.run([sys.executable, "-m", "backprop_viz", "predict"], capture_output=True, text=True, check=False,
                         timeout=60)
    assert bad.returncode == 2 and "usage: backprop-viz predict" in bad.stderr
