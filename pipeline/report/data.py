"""Read a predictions folder (written by ``python -m pipeline extract``) as plain rows."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import SCHEMAS, TABLES

Row = dict[str, Any]


@dataclass(frozen=True)
class Predictions:
    """The four tables of one predictions folder; rows are dicts with None for nulls."""

    documents: list[Row]
    entities: list[Row]
    relations: list[Row]
    quotes: list[Row]
    metadata: dict[str, str] = field(default_factory=dict)  # pipeline version, model, rules

    def by_doc(self, table: str) -> dict[str, list[Row]]:
        """The rows of a table, grouped by doc_id."""
        out: dict[str, list[Row]] = defaultdict(list)
        for row in getattr(self, table):
            out[row["doc_id"]].append(row)
        return out

    @property
    def dates(self) -> dict[str, str | None]:
        return {d["doc_id"]: d["date"] for d in self.documents}

    @property
    def actors(self) -> set[str]:
        """Canonical actors named in the entities table."""
        return {e["actor"] for e in self.entities if e["actor"]}


def _read_table(folder: Path, name: str) -> tuple[pa.Table, dict[str, str]]:
    path = folder / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: --predictions must be a folder written by 'python -m pipeline extract --output DIR'"
        )
    files = [path] if path.is_file() else sorted(p for p in path.glob("*.parquet") if not p.name.startswith("."))
    if not files:
        return SCHEMAS[name].empty_table(), {}
    table = pa.concat_tables(pq.read_table(f) for f in files)
    missing = set(SCHEMAS[name].names) - set(table.column_names)
    if missing:
        raise ValueError(f"{path} lacks the columns {sorted(missing)}: it was written by another pipeline version; re-run extract")
    meta = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items() if not k.startswith(b"ARROW")}
    return table.select(SCHEMAS[name].names).cast(SCHEMAS[name]), meta


def load_predictions(folder: str | Path) -> Predictions:
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder: pass the --output folder of 'python -m pipeline extract'")
    tables, metadata = {}, {}
    for name in TABLES:
        table, meta = _read_table(folder, name)
        tables[name] = table.to_pylist()
        metadata = metadata or meta
    documents = sorted(tables.pop("documents"), key=lambda d: (d["date"] is None, d["date"] or "", d["doc_id"] or ""))
    return Predictions(documents=documents, metadata=metadata, **tables)


def rule_versions(metadata: dict[str, str]) -> dict[str, str]:
    """The rule-set versions recorded in the file metadata (empty when absent or unreadable)."""
    try:
        versions = json.loads(metadata.get("rules", "{}"))
    except json.JSONDecodeError:
        return {}
    return versions if isinstance(versions, dict) else {}
