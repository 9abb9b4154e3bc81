"""pipeline.query.connect: DuckDB views over an output folder."""

from __future__ import annotations

import pytest
from report_fixture import write_fixture

from pipeline.query import connect
from pipeline.tables import SCHEMAS, TABLES


def test_query_relations_join_quotes_using_doc_id(tmp_path):
    con = connect(write_fixture(tmp_path / "it's pred"))  # a quote in the path must not break the SQL
    rows = con.execute("""SELECT r.subject, r.relation, r.object, q.speaker
                          FROM relations r JOIN quotes q USING (doc_id) ORDER BY doc_id, r.evidence_start""").fetchall()
    assert rows == [("Iran", "funds", "Hezbollah", "Ali Vaezi"), ("Russia", "trains", "Hezbollah", "Ali Vaezi"),
                    (rows[2][0], "denies", "Iran", rows[2][0]), ("Iran", "funds", rows[2][0], rows[2][0])]
    assert con.execute("SELECT count(*) FROM relations WHERE cameo_code = '070'").fetchone() == (1,)


def test_query_empty_table_keeps_its_columns(tmp_path):
    for name in TABLES:
        (tmp_path / f"{name}.parquet").mkdir()
    con = connect(tmp_path)
    assert [c[0] for c in con.sql("SELECT * FROM relations").description] == SCHEMAS["relations"].names
    assert con.execute("SELECT count(*) FROM quotes").fetchone() == (0,)


def test_query_wrong_folder_says_what_to_pass(tmp_path):
    with pytest.raises(FileNotFoundError, match="--output DIR"):
        connect(tmp_path)
