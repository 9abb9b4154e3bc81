"""bench/gold_names.py: the gazetteer's canonical names against the names a gold set gives the same actor."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

sys.path.insert(0, str(REPO / "bench"))
from gold_names import mismatches  # noqa: E402

REAL_DEV = SHARED / "gold" / "real" / "relations_dev.jsonl"


def _gold(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    rows = [{"modality": "asserted", **row} for row in rows]  # (a valid gold row: FORMAT.md requires a modality)
    path.write_text(json.dumps({"id": "x", "text": "", "relations": rows}) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # the gold calls the actor by a name of ours that is not our canonical one
        ({"subject": "ELN", "relation": "backs", "object": "Hamas"}, {("ELN", "National Liberation Army")}),
        # our canonical name among the alts: no mismatch
        ({"subject": "Kabul", "subject_alts": ["Afghanistan"], "relation": "backs", "object": "Hamas"}, set()),
        # a name we do not know: nothing to compare
        ({"subject": "Nowhere Brigade", "relation": "backs", "object": "Hamas"}, set()),
        # a phrase object is no actor
        ({"subject": "Hamas", "relation": "denies", "object": "ELN", "object_is_phrase": True}, set()),
    ],
)
def test_gold_names_mismatches(tmp_path, gazetteer, row, expected):
    assert set(mismatches([_gold(tmp_path, [row])], gazetteer)) == expected


@pytest.mark.skipif(not REAL_DEV.exists(), reason=f"{REAL_DEV} absent (set NEWS_SHARED to the shared folder)")
def test_gold_names_real_dev_uses_our_canonical_names(gazetteer):
    assert mismatches([REAL_DEV], gazetteer) == {}
