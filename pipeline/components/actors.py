"""actor_linker: canonical actors for entities (STUB — issue 3 replaces it).

Contract kept by the real component: after it runs, every entity in
``doc.ents`` that names an actor has ``ent.kb_id_`` = canonical actor name,
entities inside ``doc.spans["boilerplate"]`` are gone, and ``self.version``
names the gazetteer version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent, read_yaml

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


class ActorLinker(RuleSetComponent):
    data_file = "actors.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        raw = read_yaml(path) or {}
        return {"version": raw.get("version", "actors.v0"), "actors": raw.get("actors", [])}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        ents = []
        for ent in doc.ents:
            if ent.label_ in ACTOR_LABELS:
                ent = doc[ent.start : ent.end]
                ents.append(doc.char_span(ent.start_char, ent.end_char, label=ent.label_ or "ORG", kb_id=ent.text))
        doc.ents = [e for e in ents if e is not None] + [e for e in doc.ents if e.label_ not in ACTOR_LABELS]
        return doc


@Language.factory("actor_linker", requires=["doc.ents"], assigns=["doc.ents", "token.ent_kb_id"])
def make_actor_linker(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp, name)
