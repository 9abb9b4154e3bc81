"""Round 18 (r18learn): bench/learned_sets.py scores sets never trained on (``--test``) per set and pooled, rules
alone and rules + model at each threshold (aggregates only)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("learned_sets", REPO / "bench" / "learned_sets.py")
learned_sets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(learned_sets)


def _fake_score(arts, model, classes, threshold):
    """What score_with was asked: the documents, with or without the model, at which threshold."""
    return {"docs": sorted(arts), "model": model, "threshold": threshold if model is not None else None,
            "added": 0, "added_right": 0, "precision": 1.0, "f1": 1.0}


@pytest.mark.parametrize("tests, expected", [
    ({"a.jsonl": ["a1", "a2"], "b.jsonl": ["b1"]},
     {"a.jsonl": ["a1", "a2"], "b.jsonl": ["b1"], "pooled": ["a1", "a2", "b1"]}),
    # trap: one set alone is still pooled (the pooled line is that set's documents, not empty)
    ({"a.jsonl": ["a1"]}, {"a.jsonl": ["a1"], "pooled": ["a1"]}),
])
def test_learned_sets_test_scores_per_set_and_pooled(monkeypatch, tests, expected):
    monkeypatch.setattr(learned_sets, "score_with", _fake_score)
    out = learned_sets.test_scores(tests, "MODEL", None, [0.7, 0.9])
    assert {name: m["rules"]["docs"] for name, m in out.items()} == expected
    for m in out.values():
        assert m["rules"]["model"] is None  # rules alone
        assert {t: (x["model"], x["threshold"]) for t, x in m["thresholds"].items()} == {0.7: ("MODEL", 0.7),
                                                                                          0.9: ("MODEL", 0.9)}
    assert "pooled" in learned_sets._test_lines("x", out)
