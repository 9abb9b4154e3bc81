"""The output tables: explicit Arrow schemas and records -> Arrow tables.

Every table is written with these schemas (never inferred), so empty parts
and pandas versions cannot make column types drift.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

import pyarrow as pa

TABLES = ("documents", "entities", "relations", "quotes")

_str = pa.string()
_int = pa.int64()

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _str),
            ("status", _str),  # ok | failed
            ("error", _str),  # why it failed (null when ok)
            ("failed_stage", _str),  # read | ner | relations | quotes (null when ok)
            ("warnings", pa.list_(_str)),  # units a component skipped, and why
            ("date", _str),
            ("title", _str),
            ("url", _str),
            ("source", _str),  # file (and line/row) it was read from
            ("n_chars", _int),
            ("n_words", _int),
            ("content_hash", _str),
            ("text", _str),  # the text exactly as read: every offset indexes it
        ]
    ),
    "entities": pa.schema(
        [
            ("doc_id", _str),
            ("start", _int),
            ("end", _int),
            ("text", _str),
            ("label", _str),
            ("actor", _str),
            ("actor_qid", _str),
            ("actor_type", _str),
            ("sent_index", _int),
            ("source", _str),
        ]
    ),
    "relations": pa.schema(
        [
            ("doc_id", _str),
            ("subject", _str),
            ("relation", _str),
            ("object", _str),
            ("subject_qid", _str),  # Wikidata QIDs of known actors, else null
            ("object_qid", _str),
            ("modality", _str),
            ("attributed_to", _str),
            ("evidence", _str),
            ("evidence_start", _int),
            ("evidence_end", _int),
            ("subject_text", _str),
            ("subject_start", _int),
            ("subject_end", _int),
            ("object_text", _str),
            ("object_start", _int),
            ("object_end", _int),
            ("cue", _str),
            ("rule", _str),
            ("rules_version", _str),
            ("cameo_code", _str),  # CAMEO event code; null for negated rows (docs/analysts.md)
            ("plover_code", _str),  # PLOVER event type; null for negated rows and denies
        ]
    ),
    "quotes": pa.schema(
        [
            ("doc_id", _str),
            ("quote", _str),
            ("start", _int),
            ("end", _int),
            ("kind", _str),
            ("speaker", _str),
            ("speaker_qid", _str),
            ("speaker_text", _str),
            ("speaker_start", _int),
            ("speaker_end", _int),
            ("cue", _str),
            ("role", _str),
            ("audience", _str),
            ("rule", _str),
            ("rules_version", _str),
        ]
    ),
}


def rows_of(doc_id: str, records: Sequence[Any]) -> list[dict[str, Any]]:
    """Dataclass records of one document as table rows."""
    return [{"doc_id": doc_id, **{f.name: getattr(r, f.name) for f in fields(r)}} for r in records]  # flat: no asdict deep copy


def to_table(name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table with the pinned schema; unknown keys are an error."""
    schema = SCHEMAS[name]
    extra = set().union(*(r.keys() for r in rows)) - set(schema.names) if rows else set()
    if extra:
        raise ValueError(f"rows for table '{name}' have columns not in its schema: {sorted(extra)}")
    return pa.Table.from_pylist(list(rows), schema=schema)
