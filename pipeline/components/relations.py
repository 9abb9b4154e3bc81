"""relation_extractor: funds / trains / backs / denies between canonical actors.

Sets ``doc._.relations`` to a list of :class:`pipeline.records.Relation`, one
per (subject, relation, object) and evidence sentence, each naming its rule id
and the rule-set version. Rules and vocabularies live in ``configs/relations/``
(see docs/relations.md); the extraction itself is :mod:`pipeline.relations`.
Sentences in page furniture are skipped; a sentence that raises is skipped
and recorded in ``doc._.skipped``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors.gazetteer import (
    Gazetteer,
    de_facto_states,
    person_offices,
    person_states,
    state_armies,
    state_bodies,
    warring_armies,
)
from pipeline.components.base import RuleSetComponent
from pipeline.docs import content_sents, guarded
from pipeline.relations import (
    Grammar,
    RuleSet,
    compile_ruleset,
    load_ruleset,
    sentence_relations,
    with_de_facto_states,
    with_leaders,
    with_person_offices,
    with_state_armies,
    with_warring_armies,
    with_state_organs,
)


def with_gazetteer(rules: RuleSet, gazetteer: Gazetteer | None) -> RuleSet:
    """``rules`` with what they read from the actor gazetteer: a state's civil organs as their state
    (:func:`state_bodies`), a state's army a description names as its state (:func:`state_armies`), an army at war
    for rule of its state as itself (:func:`warring_armies`), a de-facto
    state's demonym on a group noun as the de-facto state (:func:`de_facto_states`), the state each recorded head of
    state or government leads (:func:`person_states`) and the body each recorded official speaks for
    (:func:`person_offices`). Without a gazetteer, ``rules``."""
    rules = with_state_organs(rules, state_bodies(gazetteer))
    rules = with_state_armies(rules, state_armies(gazetteer))
    rules = with_warring_armies(rules, warring_armies(gazetteer))
    rules = with_de_facto_states(rules, de_facto_states(gazetteer))
    rules = with_leaders(rules, person_states(gazetteer))
    return with_person_offices(rules, person_offices(gazetteer))


class RelationExtractor(RuleSetComponent):
    data_file = "relations.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        return load_ruleset(path)

    def compile(self) -> None:
        self.rules = compile_ruleset(self.require_data())
        self._organs_read = False  # (read from the actor linker's gazetteer on the first Doc, once both are loaded)

    def use_gazetteer(self, gazetteer: Gazetteer | None) -> None:
        """Read what the rules take from ``gazetteer`` (:func:`with_gazetteer`); done on the first Doc with the
        pipeline's actor linker, or called first by a caller that runs the extractor alone."""
        self.rules = with_gazetteer(self.rules, gazetteer)
        self._organs_read = True

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        if not self._organs_read:
            linker = self.nlp.get_pipe("actor_linker") if "actor_linker" in self.nlp.pipe_names else None
            self.use_gazetteer(linker.gazetteer if linker else None)
        extract = partial(sentence_relations, rules=self.rules, g=Grammar(doc, self.rules))
        doc._.relations = guarded(doc, self.name, content_sents(doc), extract)
        return doc


@Language.factory("relation_extractor", requires=["doc.ents", "token.dep"], assigns=["doc._.relations"])
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
