"""Read a predictions folder (written by ``python -m pipeline extract``) as plain rows."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.store import read_committed

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


def load_predictions(folder: str | Path) -> Predictions:
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder: pass the --output folder of 'python -m pipeline extract'")
    tables, metadata = {}, {}
    for name, table in read_committed(folder).items():  # committed parts only: a consistent snapshot
        tables[name] = table.to_pylist()
        meta = table.schema.metadata or {}
        metadata = metadata or {k.decode(): v.decode() for k, v in meta.items() if not k.startswith(b"ARROW")}
    documents = sorted(tables.pop("documents"), key=lambda d: (d["date"] is None, d["date"] or "", d["doc_id"] or ""))
    return Predictions(documents=documents, metadata=metadata, **tables)


def rule_versions(metadata: dict[str, str]) -> dict[str, str]:
    """The rule-set versions recorded in the file metadata (empty when absent or unreadable)."""
    try:
        versions = json.loads(metadata.get("rules", "{}"))
    except json.JSONDecodeError:
        return {}
    return versions if isinstance(versions, dict) else {}
