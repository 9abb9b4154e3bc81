"""Candidate entity mentions: the record the linking rules pass between their steps.

The bottom module of the linking rules (:mod:`pipeline.actors.linking` and
:mod:`pipeline.actors.persons` both import it, and it imports neither).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.actors.gazetteer import Form
from pipeline.records import ENTITY_LABELS

#: the entity labels the linker owns (the ones the entities table reports); DATE, MONEY... are the model's
ACTOR_LABELS = ENTITY_LABELS
#: rule name of a model span kept as is
MODEL = "model"


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate entity: token range, label, actor ("" = none) and the rule that made it."""

    start: int
    end: int
    label: str
    actor: str
    source: str
    form: Form | None = None  # the gazetteer form it matched, if any
    model_label: str | None = None  # the model's label for the same span, when the gazetteer overrode it

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end

    def covers(self, other: Mention) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def length(self) -> int:
        return self.end - self.start
