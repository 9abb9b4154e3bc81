"""Typed records yielded by the extractors.

Records carry character offsets into the original input text and never the
doc_id: the runner adds it when it turns records into table rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["PERSON", "ORG", "GPE", "NORP", "LOC"]
RelationType = Literal["funds", "trains", "backs", "denies"]
Modality = Literal["asserted", "reported", "alleged", "negated"]
QuoteKind = Literal["direct", "partial", "indirect"]

ENTITY_LABELS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "LOC")
RELATION_TYPES: tuple[str, ...] = ("funds", "trains", "backs", "denies")
MODALITIES: tuple[str, ...] = ("asserted", "reported", "alleged", "negated")
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect")


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention and the actor it names (if any)."""

    start: int
    end: int
    text: str
    label: str
    actor: str | None
    actor_qid: str | None
    actor_type: str | None
    sent_index: int
    source: str  # "model" or the rule that added/changed the span


@dataclass(frozen=True, slots=True)
class Relation:
    """subject --relation--> object, as the article presents it."""

    subject: str
    relation: str
    object: str
    modality: str
    attributed_to: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    subject_text: str
    subject_start: int
    subject_end: int
    object_text: str
    object_start: int
    object_end: int
    cue: str
    rule: str
    rules_version: str
    subject_qid: str | None = None  # filled by the table writer from the gazetteer
    object_qid: str | None = None
    cameo_code: str | None = None  # event codes of the relation (configs/relations/event_codes.yaml)
    plover_code: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement and who made it."""

    quote: str
    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    role: str | None
    audience: str | None
    rule: str
    rules_version: str
    speaker_qid: str | None = None  # filled by the table writer from the gazetteer
