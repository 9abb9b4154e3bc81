"""SQL over an output folder with DuckDB: one view per table, so ``relations JOIN quotes USING (doc_id)`` just works.

    from pipeline.query import connect
    con = connect("data/processed")
    con.sql("SELECT r.subject, r.relation, r.object, q.speaker, q.quote FROM relations r JOIN quotes q USING (doc_id)")

The views hold the committed parts at the time of the call (``pipeline.store.read_committed``: safe while a run
writes the folder), as Arrow tables in memory: connect again after a new extract.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.store import read_committed


def connect(predictions: str | Path, con: duckdb.DuckDBPyConnection | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection (new, or ``con``) with the views documents, entities, relations and quotes."""
    con = con or duckdb.connect()
    for name, table in read_committed(predictions).items():
        con.register(name, table)
    return con
