"""The core, the engine host, the data package and the CLI never import Qt (checked in a
fresh interpreter)."""

import json
import subprocess
import sys

CHECK = r"""
import json, sys
import backprop_viz.core
import backprop_viz.core.modelfile, backprop_viz.core.gradcheck, backprop_viz.core.threads
import backprop_viz.data
import backprop_viz.engine.host, backprop_viz.engine.loop, backprop_viz.engine.frames, backprop_viz.engine.snapshot
import backprop_viz.cli.main
backprop_viz.cli.main.build_parser()      # imports every subcommand module
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"))
print(json.dumps({"qt": loaded, "core": "backprop_viz.core.network" in sys.modules,
                  "cli": "backprop_viz.cli.train_cmd" in sys.modules,
                  "engine": "backprop_viz.engine.loop" in sys.modules}))
"""


def test_core_engine_data_and_cli_never_import_qt():
    proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # the imports really happened (so the empty list below means something)
    assert result["core"] and result["cli"] and result["engine"]
    assert result["qt"] == []


def test_core_imports_nothing_but_numpy_and_threadpoolctl():
    code = ("import json, sys; before = set(sys.modules); import backprop_viz.core; "
            "print(json.dumps(sorted(set(sys.modules) - before)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    new = json.loads(proc.stdout)
    assert "backprop_viz.core.network" in new
    tops = {m.split(".")[0] for m in new}
    third_party = tops - set(sys.stdlib_module_names) - {"backprop_viz", "numpy", "threadpoolctl"}
    # numpy pulls in a few private helpers of its own (e.g. _cython_...)
    assert not {m for m in third_party if not m.startswith("_")}, third_party
    # the engine depends on nothing else of the project
    assert not [m for m in new if m.startswith(("backprop_viz.data", "backprop_viz.cli", "backprop_viz.gui"))]
