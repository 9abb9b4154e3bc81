"""The identity check behind the pattern migration (bench/relation_rows.py): its dump reproduces the relations
table of an extract run, and its diff fails on any changed column."""

from __future__ import annotations

import importlib.util
import json

import pandas as pd
import pytest

from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("relation_rows", REPO / "bench" / "relation_rows.py")
relation_rows = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(relation_rows)

ROW = {"set": "s", "doc_id": "d1", "subject": "Iran", "relation": "funds", "object": "Hamas", "rule": "funds.verb"}


@pytest.mark.parametrize(
    ("new", "status", "shown"),
    [
        ([ROW], 0, []),
        ([{**ROW, "rule": "funds.give"}], 1, ['- {"doc_id"', '+ {"doc_id"']),  # a rule id is a column like any other
        ([ROW, {**ROW, "object": "Hezbollah"}], 1, ['+ {"doc_id"']),
        ([], 1, ['- {"doc_id"']),
    ],
)
def test_relations_migration_diff_fails_on_any_difference(tmp_path, capsys, new, status, shown):
    old_file, new_file = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old_file.write_text(json.dumps(ROW, sort_keys=True) + "\n", encoding="utf8")
    new_file.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in new), encoding="utf8")
    assert relation_rows.diff(old_file, new_file) == status
    out = capsys.readouterr().out
    assert all(line in out for line in shown)


@pytest.mark.slow
def test_relations_migration_dump_reproduces_the_extracted_table(tmp_path):
    """Rows dumped from the stored Docs are exactly the relations table the extract run wrote."""
    from pipeline.runner import run_extract

    out = tmp_path / "out"
    run_extract([REPO / "data" / "raw" / "relation_cases.jsonl"], out)
    relation_rows.dump([out], tmp_path / "rows.jsonl")
    dumped = [json.loads(line) for line in (tmp_path / "rows.jsonl").read_text(encoding="utf8").splitlines()]
    table = pd.read_parquet(out / "relations.parquet")
    assert len(dumped) == len(table) > 50
    expected = table.astype(object).where(table.notna(), None).to_dict("records")
    key = lambda r: json.dumps({k: r[k] for k in ("doc_id", "subject", "relation", "object", "evidence_start", "rule")})  # noqa: E731
    got = sorted(dumped, key=key)
    derived = {"subject_qid", "object_qid"}  # filled by the table writer from subject/object and the gazetteer
    for row, want in zip(got, sorted(expected, key=key)):
        assert {k: row[k] for k in want if k not in derived} == {k: v for k, v in want.items() if k not in derived}
