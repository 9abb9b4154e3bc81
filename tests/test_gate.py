"""The gold gate: extract each gold set with the real model and hold every metric to its floor (slow)."""

from __future__ import annotations

import pytest

from pipeline.config import REPO_ROOT
from pipeline.evaluate import check_floors, gold_files, load_floors, score_files
from pipeline.runner import run_extract
from tests.conftest import SEEDS_DIR, SEEDS_GOLD, require_shared

pytestmark = pytest.mark.slow

FLOORS = REPO_ROOT / "data" / "gold" / "floors.yaml"
GOLD_SETS = {
    # floors section: (inputs, gold)
    "samples": (REPO_ROOT / "data" / "raw", REPO_ROOT / "data" / "gold"),
    "seeds": (SEEDS_DIR, SEEDS_GOLD),
}


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gate_metrics_hold_their_floors(name, tmp_path):
    inputs, gold = GOLD_SETS[name]
    if name == "seeds":
        require_shared(gold)
    floors = load_floors(FLOORS).get(name)
    if not floors:
        pytest.skip(f"no floors committed for gold set '{name}' in {FLOORS}")
    summary = run_extract([inputs], tmp_path)
    assert summary.n_failed == 0, summary.failed
    report = score_files(gold_files([gold]), tmp_path)
    assert not report["documents"]["missing_predictions"]
    assert check_floors(report, floors) == []
