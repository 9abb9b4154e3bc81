"""Every module of the package imports on its own, as the first pipeline module of an interpreter.

An import cycle between our modules only shows when one of them is imported
first (``python -c "import pipeline.relations"``), which a test run that has
already imported the rest never does. One child interpreter imports each
module after forgetting every ``pipeline`` module (third-party packages stay
loaded: they cannot take part in our cycles), so the check costs seconds, not
a minute of interpreter start-ups. A module that needs an optional package this
environment lacks (``pipeline.relations.encoder`` without torch) is passed over:
its import error names that package, never one of ours.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO

CHILD = r"""
import importlib, importlib.util, json, pkgutil, sys, traceback
import pipeline
names = sorted(m.name for m in pkgutil.walk_packages(pipeline.__path__, "pipeline.") if m.name != "pipeline.__main__")
failures = {}
for name in names:
    for loaded in [k for k in sys.modules if k == "pipeline" or k.startswith("pipeline.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:  # an optional third-party package not installed is no cycle (a cycle names ours)
        missing = getattr(exc.__cause__, "name", None) or exc.name or ""
        if missing.split(".")[0] in ("", "pipeline") or importlib.util.find_spec(missing.split(".")[0]) is not None:
            failures[name] = traceback.format_exc(limit=-3)
    except Exception:
        failures[name] = traceback.format_exc(limit=-3)
print(json.dumps({"modules": names, "failures": failures}))
"""


def test_imports_every_module_imports_first_in_a_fresh_interpreter():
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert len(result["modules"]) > 40 and "pipeline.runner" in result["modules"]
    assert result["failures"] == {}, "\n".join(f"{n}:\n{tb}" for n, tb in result["failures"].items())
