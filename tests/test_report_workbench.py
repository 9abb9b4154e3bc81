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
    edges = Counter({(i, i + 1): 1 for i in range(39)})  # one chain of 40 actors
    first, again = layout(edges, {}), layout(edges, {})
    assert first == again and len(first) == 40
    assert max(max(p) for p in first.values()) == round(110 * 40 ** 0.5)
    assert layout(Counter(), {}) == {}


def test_workbench_layout_packs_separate_groups_without_overlap():
    pairs = Counter({(2 * i, 2 * i + 1): 1 for i in range(30)})  # thirty separate pairs, like a week of news
    boxes = [(min(pos[2 * i][0], pos[2 * i + 1][0]), max(pos[2 * i][0], pos[2 * i + 1][0]),
              min(pos[2 * i][1], pos[2 * i + 1][1]), max(pos[2 * i][1], pos[2 * i + 1][1])) for i in range(30)
             for pos in [layout(pairs, {})]]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2], (a, b)
