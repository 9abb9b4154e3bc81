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
from spacy.tokens import Doc, Span

from pipeline.components.base import RuleSetComponent, read_yaml

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


class ActorLinker(RuleSetComponent):
    data_file = "actors.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        raw = read_yaml(path) or {}
        return {"version": raw.get("version", "actors.v0"), "actors": raw.get("actors", [])}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        doc.ents = [
            Span(doc, e.start, e.end, label=e.label_, kb_id=e.text if e.label_ in ACTOR_LABELS else "")
            for e in doc.ents
        ]
        return doc


@Language.factory("actor_linker", requires=["doc.ents"], assigns=["doc.ents", "token.ent_kb_id"])
def make_actor_linker(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp, name)
