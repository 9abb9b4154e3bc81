"""The interactive network's data (pipeline.report.workbench): compact rows, anchors, a seeded layout."""

from __future__ import annotations

import json
from collections import Counter

from report_fixture import EVIL_ACTOR, write_fixture

from pipeline.report.data import load_predictions
from pipeline.report.html import build_context
from pipeline.report.workbench import layout


def test_workbench_payload_is_data_without_markup(tmp_path):
    payload = str(build_context(load_predictions(write_fixture(tmp_path / "pred")), "t")["workbench"])
    assert "<" not in payload  # safe inside <script type="application/json">
    data = json.loads(payload)
    names = {a[0] for a in data["actors"].values()}
    assert {"Iran", "Hezbollah", EVIL_ACTOR, "Ali Vaezi"} <= names and "Reuters" not in names  # Reuters is only a source
    trains = next(r for r in data["rels"] if r[1] == "trains")
    assert (data["actors"][str(trains[0])][0], trains[4], trains[5]) == ("Russia", 0, 1)  # article a0, anchor a0-r1
    assert trains[9:] == ["072", "AID"]
    assert set(data["pos"]) == {str(i) for r in data["rels"] for i in (r[0], r[2]) if isinstance(i, int)}


def test_workbench_layout_is_seeded_and_spreads_with_size():
    edges = Counter({(i, (i * 7 + 3) % 40): 1 for i in range(40)})
    first, again = layout(edges, {}), layout(edges, {})
    assert first == again and len(first) == 40
    side = max(max(p) for p in first.values())
    assert 400 <= side <= 110 * 40 ** 0.5 + 1
    assert layout(Counter(), {}) == {}
