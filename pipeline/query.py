"""SQL over an output folder with DuckDB: one view per table, so ``relations JOIN quotes USING (doc_id)`` just works.

    from pipeline.query import connect
    con = connect("data/processed")
    con.sql("SELECT r.subject, r.relation, r.object, q.speaker, q.quote FROM relations r JOIN quotes q USING (doc_id)")

The views read the part files present when ``connect`` is called (the same files ``pandas.read_parquet``
reads; files being written, whose names start with '.', are left out): connect again after a new extract.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.tables import SCHEMAS, TABLES


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(predictions: str | Path, con: duckdb.DuckDBPyConnection | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection (new, or ``con``) with the views documents, entities, relations and quotes."""
    folder = Path(predictions)
    if not (folder / "documents.parquet").exists():
        raise FileNotFoundError(f"{folder} holds no documents.parquet: pass the --output folder of 'python -m pipeline extract'")
    con = con or duckdb.connect()
    for name in TABLES:
        path = folder / f"{name}.parquet"
        files = [path] if path.is_file() else sorted(p for p in path.glob("*.parquet") if not p.name.startswith("."))
        if files:
            source = f"read_parquet([{', '.join(_sql_string(str(f)) for f in files)}], union_by_name = true)"
        else:  # a table with no rows yet still has its columns
            con.register(f"_{name}_empty", SCHEMAS[name].empty_table())
            source = f"_{name}_empty"
        con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM {source}")
    return con
