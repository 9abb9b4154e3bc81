"""python -m pipeline review: predictions -> Label Studio tasks -> (reviewed) export -> gold that eval scores.

The reviewer is simulated here by editing the exported annotations; tests/test_review_labelstudio.py
does the same through a real Label Studio server.
"""

from __future__ import annotations

import copy
import json

import pytest
from report_fixture import EVIL_ACTOR, write_fixture

from pipeline.cli import main
from pipeline.evaluate import score_files
from pipeline.review import LABEL_CONFIG, ReviewError, _codepoint, _utf16, export_tasks, gold_of, import_gold


def reviewed(tasks: list[dict]) -> list[dict]:
    """What Label Studio exports when a reviewer submits every pre-annotation unchanged."""
    out = []
    for n, task in enumerate(copy.deepcopy(tasks)):
        task |= {"id": n + 1, "annotations": [{"id": 100 + n, "result": task.pop("predictions")[0]["result"],
                                               "was_cancelled": False, "updated_at": "2026-01-01T00:00:00Z"}]}
        out.append(task)
    return out


def region(task: dict, text: str) -> str:
    return next(r["id"] for r in task["annotations"][0]["result"] if r.get("value", {}).get("text") == text)


@pytest.fixture()
def predictions(tmp_path):
    return write_fixture(tmp_path / "pred")


def test_review_export_writes_tasks_and_config(predictions, tmp_path, capsys):
    assert main(["review", "export", "--predictions", str(predictions), "--output", str(tmp_path / "tasks.json")]) == 0
    assert "wrote 3 tasks" in capsys.readouterr().out  # d4 failed to read: nothing to review
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert [t["data"]["doc_id"] for t in tasks] == ["d1", "d2", "d3"]
    assert (tmp_path / "tasks.label_config.xml").read_text(encoding="utf-8").strip() == LABEL_CONFIG
    result = tasks[0]["predictions"][0]["result"]
    links = [(r["from_id"], r["to_id"], r["labels"]) for r in result if r["type"] == "relation"]
    assert ([lab for _, _, lab in links]) == [["funds", "reported"], ["trains", "reported"], ["said"]]
    text = tasks[0]["data"]["text"]
    for r in result:
        if r["type"] == "labels":
            assert text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]  # no astral characters here


def test_review_unchanged_review_is_the_predictions(predictions, tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(reviewed(export_tasks(predictions))), encoding="utf-8")
    gold, n, unreviewed = import_gold(export, tmp_path / "reviewed.jsonl")
    assert (n, unreviewed) == (3, 0)
    report = score_files([gold], predictions)
    assert (report["relations"]["precision"], report["relations"]["recall"]) == (1.0, 1.0)
    assert report["quotes"]["direct_partial"]["precision"] == 1.0
    assert report["entities"]["f1"] == 1.0
    record = json.loads(gold.read_text(encoding="utf-8").splitlines()[1])
    assert {"subject": EVIL_ACTOR, "relation": "denies", "object": "Iran", "modality": "asserted"} in record["relations"]


def test_review_correction_is_what_eval_sees(predictions, tmp_path):
    tasks = reviewed(export_tasks(predictions))
    d1 = tasks[0]
    result = d1["annotations"][0]["result"]
    funds = next(r for r in result if r["type"] == "relation" and "funds" in r["labels"])
    funds["labels"] = ["backs", "asserted"]  # the reviewer reads "funds with cash" as general backing
    said = next(r for r in result if r["type"] == "relation" and r["labels"] == ["said"])
    said["from_id"] = region(d1, "Hezbollah")  # ... and gives the quotation to the group, not its spokesman
    gold = gold_of(d1)
    assert {"subject": "Iran", "relation": "backs", "object": "Hezbollah", "modality": "asserted"} in gold["relations"]
    assert gold["quotes"] == [{"quote": "We back Hezbollah fully,", "speaker": "Hezbollah", "kind": "direct"}]

    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")
    import_gold(export, tmp_path / "reviewed.jsonl")
    report = score_files([tmp_path / "reviewed.jsonl"], predictions)
    assert report["relations"]["per_relation"]["funds"]["fp"] == 1 and report["relations"]["per_relation"]["backs"]["fn"] == 1
    assert report["quotes"]["direct_partial"]["fp"] == 1  # Ali Vaezi is now the wrong speaker


def test_review_unreviewed_and_cancelled_tasks_are_not_gold(predictions):
    task = reviewed(export_tasks(predictions))[0]
    assert gold_of({**task, "annotations": []}) is None
    task["annotations"][0]["was_cancelled"] = True
    assert gold_of(task) is None


def test_review_import_of_something_else_says_what_to_export(tmp_path):
    bad = tmp_path / "export.json"
    bad.write_text('{"tasks": []}', encoding="utf-8")
    with pytest.raises(ReviewError, match="export the project from Label Studio as 'JSON'"):
        import_gold(bad, tmp_path / "gold.jsonl")


@pytest.mark.parametrize(("text", "codepoint", "utf16"), [("abc", 2, 2), ("a😀b", 2, 3), ("😀😀x", 3, 5), ("é", 1, 1)])
def test_review_offsets_convert_between_code_points_and_utf16(text, codepoint, utf16):
    assert _utf16(text, codepoint) == utf16
    assert _codepoint(text, utf16) == codepoint
