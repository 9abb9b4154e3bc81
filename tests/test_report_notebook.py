"""notebooks/explore.ipynb runs end to end on a predictions folder, so it cannot rot."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from report_fixture import require, write_fixture

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "notebooks" / "explore.ipynb"


def test_notebook_explore_runs_on_a_predictions_folder(tmp_path, monkeypatch):
    for module in ("nbclient", "nbformat", "ipykernel", "duckdb"):
        require(f"the Python package {module}", importlib.util.find_spec(module))
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("PREDICTIONS", str(write_fixture(tmp_path / "pred")))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()  # raises on any cell error

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    who_quotes_whom = next(c for c in nb.cells if "JOIN entities e ON" in c.source).outputs[0]["data"]["text/plain"]
    assert who_quotes_whom.split("\n")[1].split()[1:5] == ["Ali", "Vaezi", "Hezbollah", "1"]
    joined = next(c for c in nb.cells if "JOIN quotes q USING (doc_id)" in c.source).outputs[0]["data"]["text/plain"]
    assert "Ali Vaezi" in joined and "070" in joined  # relations of d1 beside its quotation, with their event codes
    assert "5 evidence sentences match their offsets" in "".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2  # the network and the timeline
