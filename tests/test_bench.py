"""bench/bench.py judges the targets only on the corpus sizes they are set for (no benchmark is run here)."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("bench", REPO / "bench" / "bench.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

RESULT = {
    "throughput": {"workers_1": {"ratio": 0.9}, "workers_2": {"ratio": 1.1}},
    "scaling_2_vs_1_workers": 1.8,
    "memory": {"ratio": 1.1},
    "rerun": {"unchanged_speedup": 30.0, "rules_only_speedup": 4.0},
}


def test_bench_full_run_is_judged_against_every_target():
    assert bench.targets_met(RESULT, 1.0, 10.0) == {
        "extract_vs_bare_pipe": True, "scaling_2_vs_1_workers": True, "peak_rss_large_vs_small": True,
        "unchanged_rerun_speedup": True, "rules_only_rerun_speedup": False,
    }


@pytest.mark.parametrize(("small", "large"), [(0.1, 1.0), (1.0, 2.0), (0.5, 10.0)])
def test_bench_sample_run_says_the_targets_do_not_apply(small, large):
    assert bench.targets_met(RESULT, small, large) is None
    note = bench.sample_note(small, large)
    assert f"--small {small:g} --large {large:g}" in note and "do not apply to a sample" in note
