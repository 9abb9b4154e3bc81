"""The units of work of a run and the identity of a documents row.

A task is a :class:`NewPart` (inputs to parse into a new part) or a
:class:`PartUpdate` (a stored part to bring up to date); a worker
(:mod:`pipeline.worker`) turns it into a :class:`PartResult`. A documents row
is keyed by its doc_id (a document that could not be read: by id, source and
error, see :func:`row_key`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from pipeline.config import Stage
from pipeline.readers import InputDoc, InputFailure

# which stage produces which table (documents is rewritten by every stage)
TABLE_STAGE: dict[str, Stage] = {"entities": "ner", "relations": "relations", "quotes": "quotes"}
RULE_STAGES: tuple[Stage, ...] = ("relations", "quotes")
META_COLUMNS = ("source", "date", "title", "url")  # input fields that may change without a re-parse
KEY_COLUMNS = ["doc_id", "content_hash", "error", "failed_stage", *META_COLUMNS]
RETRY = ""  # stands for the content hash of a document whose parse failed: never matches, so it is retried


@dataclass
class NewPart:
    """Parse these inputs into part ``part_id`` and run ``stages`` over them."""

    part_id: int
    items: list[InputDoc | InputFailure]
    stages: list[Stage]
    fingerprints: dict[str, str]  # the client's, checked by the worker


@dataclass
class PartUpdate:
    """Bring stored part ``part_id`` up to date without re-parsing it."""

    part_id: int
    documents: pa.Table  # as stored, with its file metadata
    tables: dict[str, pa.Table]  # the other stored tables (only when rows are dropped)
    docbin: bytes | None  # the stored Docs (only when rows are dropped or stages re-run)
    drop: frozenset[str]  # keys of rows to remove
    patches: dict[str, dict[str, str | None]]  # key -> new values of META_COLUMNS
    stages: list[Stage]  # rule stages to re-run
    fingerprints: dict[str, str]


Task = NewPart | PartUpdate


@dataclass
class PartResult:
    """Files of one part to (re)write; tables carry their file metadata."""

    part_id: int
    tables: dict[str, pa.Table]
    docbin: bytes | None  # None: keep the stored Docs
    n_words: int  # words of the documents a stage ran on


def row_key(doc_id: str, content_hash: str | None, source: str | None, error: str | None) -> str:
    """The identity of a documents row across runs.

    A readable document is its doc_id (ids are unique among them); a document
    that could not be read has no text, and several may share an id, so its
    source and error are part of its identity.
    """
    if content_hash is not None:
        return doc_id
    return f"\0{doc_id}\0{source}\0{error}"


def item_key(item: InputDoc | InputFailure) -> str:
    if isinstance(item, InputDoc):
        return row_key(item.doc_id, item.content_hash, None, None)
    return row_key(item.doc_id, None, item.source, f"read: {item.error}")


def key_of(row: dict[str, Any]) -> str:
    return row_key(row["doc_id"], row["content_hash"], row["source"], row["error"])


def meta_of(item: InputDoc | InputFailure) -> dict[str, str | None]:
    return {c: getattr(item, c, None) for c in META_COLUMNS}


def digest(meta: dict[str, str | None]) -> bytes:
    return hashlib.blake2b(json.dumps([meta[c] for c in META_COLUMNS]).encode("utf8", "surrogatepass"), digest_size=8).digest()
