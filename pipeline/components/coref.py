"""actor_coref: pronouns and definite descriptions -> actors.

Resolved mentions are stored as ``doc.spans["coref"]`` with ``span.kb_id_`` =
the actor they refer to and ``span.label_`` = the kind of mention (``pronoun``,
``description``, ``modifier``, ``former_latter``), so
:func:`pipeline.docs.actor_of` finds them and they survive a DocBin round
trip; the person mentions whose gender is known go to ``doc.spans["gender"]``
(label male/female, kb_id the actor) for the quote stage. The heuristics are
in :mod:`pipeline.actors.coref`, the word lists and
weights in ``configs/coref.yaml``. The actor types come from the gazetteer of
the ``actor_linker`` component when the pipeline has one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors.coref import CorefRules, gender_spans, mention_spans, resolve_with_genders
from pipeline.components.base import RuleSetComponent
from pipeline.ruledata import RuleDataError, read_yaml
from pipeline.docs import COREF, GENDER, guarded

LINKER = "actor_linker"


class ActorCoref(RuleSetComponent):
    data_file = "coref.json"

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        self.rules: CorefRules | None = None

    def load_data(self, path: Path) -> dict[str, Any]:
        raw = read_yaml(path)
        gender = raw.get("gender") if isinstance(raw, dict) else None
        if isinstance(gender, dict) and "first_names_file" in gender:
            names = path.parent / str(gender["first_names_file"])
            try:
                lines = names.read_text(encoding="utf8").splitlines()
            except OSError as exc:
                raise RuleDataError(f"{path}: cannot read gender.first_names_file {names}: {exc.strerror}") from exc
            rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
            bad = next((n for n, row in enumerate(rows) if len(row) != 2), None)
            if bad is not None:
                raise RuleDataError(f"{names}: expected 'name<TAB>male|female' lines, got {rows[bad]!r}")
            gender["first_names"] = {name.strip().lower(): g.strip() for name, g in rows}
        try:
            return CorefRules.model_validate(raw).model_dump()
        except ValidationError as exc:
            raise RuleDataError(f"{path}: invalid coreference rules, fix the keys named below:\n{exc}") from exc

    def compile(self) -> None:
        self.rules = CorefRules.model_validate(self.require_data())

    def _info(self, actor: str):
        """The linker's gazetteer record of ``actor`` (None without a linker or for an unknown actor)."""
        return self.nlp.get_pipe(LINKER).info(actor) if LINKER in self.nlp.pipe_names else None

    def actor_type(self, actor: str) -> str | None:
        info = self._info(actor)
        return info.type if info is not None else None

    def actor_facts(self, actor: str) -> frozenset[str]:
        """The state facts (regions, forms of government) the gazetteer records for ``actor``."""
        info = self._info(actor)
        return info.facts if info is not None else frozenset()

    def __call__(self, doc: Doc) -> Doc:
        self.require_data()
        found = guarded(doc, self.name, [doc], lambda d: [resolve_with_genders(d, self.rules, self.actor_type, self.actor_facts)])
        mentions, genders = found[0] if found else ([], {})
        doc.spans[COREF] = mention_spans(doc, mentions)
        doc.spans[GENDER] = gender_spans(doc, genders)
        return doc


@Language.factory("actor_coref", requires=["doc.ents", "token.dep"], assigns=["doc.spans"])
def make_actor_coref(nlp: Language, name: str) -> ActorCoref:
    return ActorCoref(nlp, name)
