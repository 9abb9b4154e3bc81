"""bench/blind_sets.py: which pages a blind set may take, and what is wrong with a set file."""

from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("blind_sets", REPO / "bench" / "blind_sets.py")
blind_sets = importlib.util.module_from_spec(spec)
spec.loader.exec_module(blind_sets)

ROW = {"subject": "Fooland", "relation": "funds", "object": "Bar Front", "modality": "asserted", "required": True,
       "evidence": "Fooland pays the Bar Front"}
GOOD = {"id": "S-001", "text": "Fooland pays the Bar Front.", "source_url": "https://news.example/1", "relations": [ROW]}


def _write(path, recs):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in recs), encoding="utf8")
    return path


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({**GOOD, "relations": [{**ROW, "relation": "arms"}]}, "relation 'arms'"),
        ({**GOOD, "relations": [{**ROW, "modality": "hedged"}]}, "modality 'hedged'"),
        ({**GOOD, "relations": [{**ROW, "required": "yes"}]}, "'required' must be true or false"),
        ({**GOOD, "relations": [{**ROW, "object": ""}]}, "no subject or object"),
        ({**GOOD, "relations": [{**ROW, "object_is_phrase": True}]}, "a phrase object must be required: false"),
        ({**GOOD, "relations": [{**ROW, "evidence": "Fooland arms"}]}, "the evidence is not in the text"),
        ({k: v for k, v in GOOD.items() if k != "source_url"}, "no 'source_url'"),
        ("{not json", "not JSON"),
    ],
)
def test_blind_sets_check_names_each_problem(tmp_path, record, problem):
    found, _ = blind_sets.problems(_write(tmp_path / "set.jsonl", [record]))
    assert len(found) == 1 and problem in found[0]


def test_blind_sets_check_counts_a_well_formed_set(tmp_path):
    trap = {**GOOD, "id": "S-002", "relations": [{**ROW, "required": False}]}
    pages = [{**GOOD, "id": f"S-1{n}", "source_url": "https://news.example/many"} for n in range(4)]
    found, summary = blind_sets.problems(_write(tmp_path / "set.jsonl", [GOOD, trap, {**GOOD}, *pages]))
    assert found == ["set.jsonl:3: id S-001 repeated", "set.jsonl: 4 passages from one page (at most 3): "
                     "https://news.example/many"]
    assert summary == "set.jsonl: 7 passages, 2 pages, 1 with no required row, required rows {'funds': 6}"


def test_blind_sets_pages_taken_by_earlier_rounds_or_this_rounds_sets(tmp_path, monkeypatch):
    monkeypatch.setattr(blind_sets, "DEV", tmp_path / "absent.jsonl")
    (tmp_path / "blind_pages_round1.txt").write_text(
        "# a header line\n" + blind_sets.digest("https://old.example/a") + "\n", encoding="utf8")
    ours = _write(tmp_path / "set.jsonl", [GOOD])
    taken = blind_sets.taken_digests(tmp_path, [ours])
    assert taken == {blind_sets.digest("https://old.example/a"), blind_sets.digest(GOOD["source_url"])}
    assert blind_sets.digest("https://new.example/b") not in taken


def test_blind_sets_split_keeps_a_page_whole_and_is_repeatable(tmp_path):
    recs = [{**GOOD, "id": f"S-{n:03}", "source_url": f"https://news.example/{n // 2}"} for n in range(20)]
    path = _write(tmp_path / "set.jsonl", recs)
    read, kept = blind_sets.split([path], seed=7, share=0.3)
    assert len(read) + len(kept) == 20 and len(kept) == 6  # 3 of the 10 pages, two passages each
    assert not {r["source_url"] for r in read} & {r["source_url"] for r in kept}
    assert (read, kept) == blind_sets.split([path], seed=7, share=0.3)


def test_blind_sets_pooled_counts_sum_the_sets():
    def result(tp, fp, fn, mod):
        return {"relations": {"tp": tp, "fp": fp, "fn": fn, "modality_accuracy": mod, "modality_matched": tp,
                              "attribution_accuracy": None, "attribution_matched": 0,
                              "per_relation": {"funds": {"tp": tp, "fp": fp, "fn": fn}}}}

    lines = blind_sets.pooled({"B": result(3, 1, 4, 1.0), "A": result(1, 1, 0, 0.0)})
    assert lines[0].startswith("A ") and "1 right / 1 wrong / 0 missed" in lines[0]
    assert lines[2] == ("pooled       F1 0.571  P 0.667 R 0.500  4 right / 2 wrong / 4 missed; modality 3/4, "
                        "source 0/0")
    assert lines[3] == "by relation: funds 0.571"
