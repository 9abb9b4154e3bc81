"""actor_linker: entities cleaned, completed from the gazetteer and linked to actors.

After it runs, every entity in ``doc.ents`` with a label in PERSON, ORG, GPE,
NORP, LOC has ``ent.kb_id_`` = the canonical actor it names ("" when it names
none, e.g. "Gaza" as a place) and ``ent.id_`` = the rule that made or changed
it ("model" when the model's span was kept). Nothing is added inside
``doc.spans["boilerplate"]``. ``self.version`` names the gazetteer version.
The rules are in :mod:`pipeline.actors.linking`; the data in
``configs/actors.yaml`` and ``configs/actors/``.

``info(name)`` tells the table writer an actor's QID, type and parent:
``nlp.get_pipe("actor_linker").info("Quds Force")`` -> ``ActorInfo(name="Quds Force",
qid=None, type="armed_group", parent="Islamic Revolutionary Guard Corps")``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors.gazetteer import ActorInfo, Gazetteer, LinkingRules, load_gazetteer_data
from pipeline.actors.linking import ActorMatcher, link_entities
from pipeline.components.base import RuleSetComponent
from pipeline.docs import guarded


class ActorLinker(RuleSetComponent):
    data_file = "actors.json"

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        self.gazetteer: Gazetteer | None = None
        self.matcher: ActorMatcher | None = None

    def load_data(self, path: Path) -> dict[str, Any]:
        return load_gazetteer_data(path)

    def compile(self) -> None:
        data = self.require_data()
        self.gazetteer = Gazetteer(data)
        self.matcher = ActorMatcher(self.gazetteer, LinkingRules.model_validate(data["rules"]), self.nlp)

    def info(self, name: str) -> ActorInfo | None:
        """Canonical name, QID, type and parent of the actor ``name`` (canonical name or alias), or None."""
        self.require_data()
        return self.gazetteer.info(name)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        # a Doc the rules fail on keeps the model's entities, and the failure is recorded
        guarded(doc, self.name, [doc], lambda d: link_entities(d, self.matcher) or [])
        return doc


@Language.factory("actor_linker", requires=["doc.ents"], assigns=["doc.ents", "token.ent_kb_id"])
def make_actor_linker(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp, name)
