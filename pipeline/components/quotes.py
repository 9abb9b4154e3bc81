"""quote_extractor: quotations and their speakers (rules in pipeline/quotes/).

Sets ``doc._.quotes`` to a list of :class:`pipeline.records.Quote`, each
naming its rule id and ``self.version``. The rule data is
``configs/quotes/rules.yaml`` plus the shared cue-verb lexicon it names; both
are read once and travel inside a saved model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import RuleSetComponent
from pipeline.ruledata import RuleDataError, read_yaml
from pipeline.quotes.extract import extract_quotes
from pipeline.quotes.rules import QuoteRuleData, QuoteRules


class QuoteExtractor(RuleSetComponent):
    data_file = "quotes.json"

    def load_data(self, path: Path) -> dict[str, Any]:
        rules_file = path / "rules.yaml" if path.is_dir() else path
        raw = read_yaml(rules_file)
        if not isinstance(raw, dict) or "cue_verbs_file" not in raw:
            raise RuleDataError(f"{rules_file}: expected a mapping with 'version', 'cue_verbs_file' and the quote rules")
        cue_file = rules_file.parent / str(raw.pop("cue_verbs_file"))
        try:
            lines = cue_file.read_text(encoding="utf8").splitlines()
        except OSError as exc:
            raise RuleDataError(f"{rules_file}: cannot read cue_verbs_file {cue_file}: {exc.strerror}") from exc
        raw["cue_verbs"] = [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]
        try:
            return QuoteRuleData.model_validate(raw).model_dump()
        except ValidationError as exc:
            raise RuleDataError(f"{rules_file}: invalid quote rules:\n{exc}") from exc

    def compile(self) -> None:
        self.rules = QuoteRules.from_data(self.require_data())

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        doc._.quotes = extract_quotes(doc, self.rules)
        return doc


@Language.factory("quote_extractor", requires=["token.dep", "token.lemma", "doc.ents"], assigns=["doc._.quotes"])
def make_quote_extractor(nlp: Language, name: str) -> QuoteExtractor:
    return QuoteExtractor(nlp, name)
