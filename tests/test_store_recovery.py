"""OutputStore: atomic part commits, recovery after a killed run, one writer at a time (no model)."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pytest

from pipeline import load_tables
from pipeline.store import OutputStore
from pipeline.tables import SCHEMAS, TABLES, to_table


def _doc_row(doc_id: str) -> dict:
    return {"doc_id": doc_id, "status": "ok", "warnings": [], "content_hash": "h", "text": "x"}


def _part(*doc_ids: str, fingerprints: dict | None = None) -> dict[str, pa.Table]:
    meta = {b"fingerprints": json.dumps(fingerprints or {"ner": "f"}).encode()}
    tables = {name: to_table(name, []) for name in TABLES}
    tables["documents"] = to_table("documents", [_doc_row(d) for d in doc_ids]).replace_schema_metadata(meta)
    return tables


def test_store_commit_part_is_readable_with_pandas_and_keeps_metadata(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        store.commit_part(0, _part("a", "b"), b"docs")
        store.commit_part(1, _part("c", fingerprints={"ner": "f", "quotes": "q"}), b"docs")
    assert store.parts() == [0, 1]
    assert sorted(pd.read_parquet(tmp_path / "documents.parquet")["doc_id"]) == ["a", "b", "c"]
    assert store.fingerprints(1) == {"ner": "f", "quotes": "q"}
    assert store.read_docs(0) == b"docs"


def test_store_recover_removes_temporary_files_and_uncommitted_parts(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        store.commit_part(0, _part("a"), b"docs")
        # a run killed while writing part 1: some files renamed, the documents file never
        tables = _part("b")
        store.write_table("entities", 1, tables["entities"])
        store.docs_path(1).write_bytes(b"partial")
        (tmp_path / "relations.parquet" / ".part-000001.parquet.123.tmp").write_bytes(b"half a file")
    with store.writing():
        pass
    remaining = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert remaining == sorted([".lock", "docs/part-000000.spacy"] + [f"{n}.parquet/part-000000.parquet" for n in TABLES])


def test_store_delete_part_uncommits_first(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        store.commit_part(0, _part("a"), b"docs")
        store.commit_part(1, _part("b"), b"docs")
        store.delete_part(0)
    assert store.parts() == [1]
    assert not store.docs_path(0).exists()


def test_store_rejects_a_second_writer(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        with pytest.raises(OSError, match="another run is writing"):
            with OutputStore(tmp_path).writing():
                pass
    with store.writing():  # released
        pass


def test_store_rejects_a_table_without_the_pinned_schema(tmp_path):
    store = OutputStore(tmp_path)
    bad = pa.table({"doc_id": ["a"]})
    with store.writing(), pytest.raises(ValueError, match="pinned schema"):
        store.write_table("documents", 0, bad)
    assert SCHEMAS["documents"].names[0] == "doc_id"


# -- readers see committed parts only ---------------------------------------------------


def _with_entities(tables: dict[str, pa.Table], doc_id: str, n: int) -> dict[str, pa.Table]:
    rows = [{"doc_id": doc_id, "start": i, "end": i + 1, "text": "x", "label": "GPE"} for i in range(n)]
    return {**tables, "entities": to_table("entities", rows)}


def test_store_load_tables_ignores_parts_a_killed_run_left_uncommitted(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        store.commit_part(0, _with_entities(_part("a"), "a", 2), b"docs")
        # killed while writing part 1: its entities file is in place, its documents file never came
        store.write_table("entities", 1, _with_entities(_part("b"), "b", 5)["entities"])
    tables = load_tables(tmp_path)
    assert list(tables["documents"].doc_id) == ["a"] and list(tables["entities"].doc_id) == ["a", "a"]
    assert len(pd.read_parquet(tmp_path / "entities.parquet")) == 7  # what a plain reader of the folder sees


def test_store_load_tables_reads_a_document_in_two_parts_from_the_newer(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        store.commit_part(0, _with_entities(_part("a", "b"), "a", 1), b"docs")
        # a changed 'a' committed in part 1; the run died before dropping its old rows from part 0
        store.commit_part(1, _with_entities(_part("a"), "a", 3), b"docs")
    tables = load_tables(tmp_path)
    assert sorted(tables["documents"].doc_id) == ["a", "b"]
    assert list(tables["entities"].start) == [0, 1, 2]


def test_store_load_tables_of_a_stage_not_run_and_of_an_empty_folder(tmp_path):
    store = OutputStore(tmp_path)
    with store.writing():
        pass
    empty = load_tables(tmp_path)
    assert [list(t.columns) for t in empty.values()] == [SCHEMAS[n].names for n in TABLES]
    with store.writing():
        store.commit_part(0, {"documents": _part("a")["documents"]}, b"docs")  # e.g. --stages ner: no quotes file
    assert list(load_tables(tmp_path, ("quotes",))["quotes"].columns) == SCHEMAS["quotes"].names
    with pytest.raises(FileNotFoundError, match="documents.parquet is missing"):
        load_tables(tmp_path / "nope")
