"""quote_extractor: quotations and their speakers (STUB — issue 5 replaces it).

Contract kept by the real component: sets ``doc._.quotes`` to a list of
:class:`pipeline.records.Quote`, each naming its rule id and ``self.version``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent, read_yaml


class QuoteExtractor(RuleSetComponent):
    data_file = "quotes.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        raw = read_yaml(path / "rules.yaml") if path.is_dir() else read_yaml(path)
        return {"version": (raw or {}).get("version", "quote_rules.v0")}

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        doc._.quotes = []
        return doc


@Language.factory("quote_extractor", requires=["token.dep"], assigns=["doc._.quotes"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
