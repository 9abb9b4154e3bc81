"""actor_coref: pronouns and definite descriptions -> actors (STUB — issue 3 replaces it).

Contract kept by the real component: resolved mentions are stored as
``doc.spans["coref"]`` with ``span.kb_id_`` = the actor they refer to, so
:func:`pipeline.docs.actor_of` finds them and they survive a DocBin round trip.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent, read_yaml
from pipeline.docs import COREF


class ActorCoref(RuleSetComponent):
    data_file = "coref.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        raw = read_yaml(path) or {}
        return {"version": raw.get("version", "coref.v0")}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        doc.spans[COREF] = []
        return doc


@Language.factory("actor_coref", requires=["doc.ents"], assigns=["doc.spans"])
def make_actor_coref(nlp: Language, name: str) -> ActorCoref:
    return ActorCoref(nlp, name)
