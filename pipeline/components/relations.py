"""relation_extractor: funds / trains / backs / denies (STUB — issue 4 replaces it).

Contract kept by the real component: sets ``doc._.relations`` to a list of
:class:`pipeline.records.Relation`, each naming its rule id and ``self.version``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent, read_yaml


class RelationExtractor(RuleSetComponent):
    data_file = "relations.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        raw = read_yaml(path / "rules.yaml") if path.is_dir() else read_yaml(path)
        return {"version": (raw or {}).get("version", "relation_rules.v0")}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        doc._.relations = []
        return doc


@Language.factory("relation_extractor", requires=["doc.ents", "token.dep"], assigns=["doc._.relations"])
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(nlp, name)
